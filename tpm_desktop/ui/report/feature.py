"""File → Export Report…, Export Department Reports…, Export Poster… and Edit Findings…"""

from __future__ import annotations

from PySide6.QtGui import QAction

from tpm_desktop.ui import prompts
from tpm_desktop.ui.actions import make_action
from tpm_desktop.ui.feature import DocumentContext, Feature
from tpm_desktop.ui.report.dialog import ReportDialog
from tpm_desktop.ui.report.findings_dialog import FindingsDialog
from tpm_desktop.ui.report.job import Scope
from tpm_desktop.ui.report.poster_dialog import PosterDialog


class ReportFeature(Feature):
    """PDF reports for the management and for every department, and the map poster."""

    dialog: ReportDialog | None = None
    findings_dialog: FindingsDialog | None = None
    poster_dialog: PosterDialog | None = None

    def install(self) -> None:
        window = self.window
        self.action_report = make_action(
            window,
            self.tr("Export &Report…"),
            self.export_report,
            None,
            self.tr("Write the executive report as PDF"),
            "x-office-document",
        )
        self.action_department_reports = make_action(
            window,
            self.tr("Export &Department Reports…"),
            self.export_department_reports,
            None,
            self.tr("Write one PDF report per department into a folder"),
        )
        self.action_poster = make_action(
            window,
            self.tr("Export Pos&ter…"),
            self.export_poster,
            None,
            self.tr("Write the whole touchpoint map as a poster: A2, A1 or A4 tiles"),
        )
        self.action_findings = make_action(
            window,
            self.tr("Edit &Findings…"),
            self.edit_findings,
            None,
            self.tr("Reword, reorder or switch off the findings the reports print"),
        )
        for action in self.actions():
            window.file_menu.insertAction(window.file_import_export, action)
            action.setEnabled(False)

    def actions(self) -> list[QAction]:
        """The feature's menu actions."""
        return [
            self.action_report,
            self.action_department_reports,
            self.action_poster,
            self.action_findings,
        ]

    def document_opened(self, context: DocumentContext) -> None:
        super().document_opened(context)
        for action in self.actions():
            action.setEnabled(True)

    def document_closed(self) -> None:
        if self.dialog is not None:
            self.dialog.reject()
        if self.findings_dialog is not None:
            self.findings_dialog.reject()
        if self.poster_dialog is not None:
            self.poster_dialog.reject()
        for action in self.actions():
            action.setEnabled(False)
        super().document_closed()

    def export_report(self) -> ReportDialog | None:
        """Open the dialog for the executive report."""
        return self._open(Scope.EXECUTIVE)

    def export_department_reports(self) -> ReportDialog | None:
        """Open the dialog for all department reports."""
        return self._open(Scope.ALL_DEPARTMENTS)

    def export_poster(self) -> PosterDialog | None:
        """Open the dialog for the map poster."""
        if self.context is None:
            return None
        document = self.context.document
        dialog = PosterDialog(self.window, document.state, document.path, self.window.language)
        self.poster_dialog = dialog
        dialog.finished.connect(self._on_poster_finished)
        dialog.open()
        return dialog

    def _on_poster_finished(self) -> None:
        if self.poster_dialog is not None:
            self.poster_dialog.deleteLater()
        self.poster_dialog = None

    def edit_findings(self) -> FindingsDialog | None:
        """Open the dialog that edits the printed findings (in the project's language)."""
        if self.context is None:
            return None
        if self.context.document.read_only:
            prompts.show_info(
                self.window,
                self.tr("Edit Findings"),
                self.tr("The project is open read-only; the findings cannot be changed."),
            )
            return None
        language = self.context.document.state.project.language
        dialog = FindingsDialog(self.window, self.context.editor, language)
        self.findings_dialog = dialog
        dialog.finished.connect(self._on_findings_finished)
        dialog.open()
        return dialog

    def _on_findings_finished(self) -> None:
        if self.findings_dialog is not None:
            self.findings_dialog.deleteLater()
        self.findings_dialog = None

    def _open(self, scope: Scope) -> ReportDialog | None:
        if self.context is None:
            return None
        document = self.context.document
        dialog = ReportDialog(
            self.window, document.state, document.path, self.window.language, scope
        )
        self.dialog = dialog
        dialog.finished.connect(self._on_dialog_finished)
        dialog.open()
        return dialog

    def _on_dialog_finished(self) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = None

"""File → Import touchpoints… (the wizard) and File → Export touchpoints…."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QStyle

from tpm_desktop.core.defaults import new_project_state
from tpm_desktop.core.edits import project as project_edits
from tpm_desktop.core.errors import TpmError
from tpm_desktop.core.state import ProjectState
from tpm_desktop.core.text import MAX_NAME_LENGTH, clean_line
from tpm_desktop.reports.touchpoint_export import export_touchpoints
from tpm_desktop.ui import prompts
from tpm_desktop.ui.actions import make_action
from tpm_desktop.ui.feature import DocumentContext, Feature
from tpm_desktop.ui.importer.wizard import ImportWizard
from tpm_desktop.ui.preferences import default_criteria
from tpm_desktop.ui.table_files import save_filter, with_table_suffix

EXPORT_DIR_KEY = "importer/export_dir"


class ImportExportFeature(Feature):
    """The two File menu entries and what they do with the open document."""

    def install(self) -> None:
        """Add the actions before the File menu's import/export separator."""
        window = self.window
        self.wizard: ImportWizard | None = None
        self._for_new_project = False
        self.action_import = make_action(
            window,
            self.tr("&Import Touchpoints…"),
            self.start_import,
            "Ctrl+Shift+I",
            self.tr("Add touchpoints from an Excel or CSV table"),
            "document-import",
        )
        self.action_import.setObjectName("action_import_touchpoints")
        self.action_export = make_action(
            window,
            self.tr("&Export Touchpoints…"),
            self.export,
            "Ctrl+Shift+E",
            self.tr("Write the touchpoints as an Excel or CSV table"),
            "document-export",
        )
        self.action_export.setObjectName("action_export_touchpoints")
        window.file_menu.insertActions(
            window.file_import_export, [self.action_import, self.action_export]
        )
        icon = QIcon.fromTheme("x-office-spreadsheet")
        if icon.isNull():
            icon = QApplication.style().standardIcon(
                QStyle.StandardPixmap.SP_FileDialogDetailedView
            )
        window.welcome.add_start_action(
            icon,
            self.tr("Start from a spreadsheet"),
            self.tr("A new project made from your Excel or CSV list of touchpoints"),
            self.start_project_from_table,
        )
        self._update_actions()

    def document_opened(self, context: DocumentContext) -> None:
        """Enable the actions."""
        super().document_opened(context)
        self._update_actions()

    def document_closed(self) -> None:
        """Close a running wizard and disable the actions."""
        if self.wizard is not None and not self._for_new_project:
            self.wizard.finished.disconnect(self._on_wizard_finished)
            self.wizard.reject()
            self.wizard.deleteLater()
            self.wizard = None
        super().document_closed()
        self._update_actions()

    def _update_actions(self) -> None:
        context = self.context
        self.action_import.setEnabled(context is not None and not context.document.read_only)
        self.action_export.setEnabled(context is not None)

    # -- import ---------------------------------------------------------------------------

    def start_import(self, path: Path | None = None) -> ImportWizard | None:
        """Open the wizard (window-modal); the import happens when it is accepted."""
        if self.context is None:
            return None
        if self.wizard is not None:
            self.wizard.raise_()
            return self.wizard
        return self._open_wizard(self.context.document.state, False, path)

    def start_project_from_table(self, path: Path | None = None) -> ImportWizard | None:
        """The wizard for a new project: it holds the imported lanes and touchpoints only."""
        if self.wizard is not None:
            self.wizard.raise_()
            return self.wizard
        state = new_project_state(
            language=self.window.language, criteria=default_criteria(), starter_lanes=False
        )
        return self._open_wizard(state, True, path)

    def _open_wizard(
        self, state: ProjectState, for_new_project: bool, path: Path | None
    ) -> ImportWizard:
        self._for_new_project = for_new_project
        self.wizard = ImportWizard(state, self.window.language, self.window)
        self.wizard.finished.connect(self._on_wizard_finished)
        self.wizard.open()
        if path is not None:
            self.wizard.open_file(path)
        return self.wizard

    def _on_wizard_finished(self, result: int) -> None:
        wizard, self.wizard = self.wizard, None
        if wizard is None:
            return
        wizard.deleteLater()
        plan = wizard.plan
        if result != QDialog.DialogCode.Accepted or plan is None:
            return
        if self._for_new_project:
            self._create_project(wizard)
            return
        if self.context is None:
            return
        count = len(plan.valid_rows)
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            applied = self.context.editor.apply_changes(
                self.tr("Import %n touchpoint(s)", "", count), plan.changes
            )
        except TpmError as error:
            QApplication.restoreOverrideCursor()
            prompts.show_error(
                self.window, self.tr("Import touchpoints"), error.message(self.window.language)
            )
            return
        QApplication.restoreOverrideCursor()
        if not applied:  # the working copy refused it; the window has said why
            return
        self.context.selection.set(plan.touchpoint_ids)
        self.window.show_status(self.tr("%n touchpoint(s) imported", "", count), 8000)

    def _create_project(self, wizard: ImportWizard) -> None:
        """A new, untitled project holding the import; it counts as unsaved work."""
        plan, state = wizard.plan, wizard.state
        assert plan is not None
        state.apply(plan.changes)
        if wizard.loaded is not None:
            name = clean_line(wizard.loaded.path.stem)[:MAX_NAME_LENGTH]
            if name:
                state.apply(project_edits.update_project(state, name=name))
        if not self.window.files.new_project(state) or self.context is None:
            return
        # Not yet saved anywhere: closing must ask, as for any unsaved edit.
        self.context.document.undo_stack.resetClean()
        self.context.selection.set(plan.touchpoint_ids)
        count = len(plan.valid_rows)
        self.window.show_status(self.tr("%n touchpoint(s) imported", "", count), 8000)

    # -- export ---------------------------------------------------------------------------

    def export(self) -> bool:
        """Ask for a file name and write the touchpoint table; True when written."""
        if self.context is None:
            return False
        document = self.context.document
        settings = QSettings()
        folder = settings.value(EXPORT_DIR_KEY) or (
            str(document.path.parent) if document.path else str(Path.home())
        )
        suggestion = Path(str(folder)) / (
            self.tr("%1 touchpoints").replace("%1", document.display_name) + ".xlsx"
        )
        chosen, selected = QFileDialog.getSaveFileName(
            self.window, self.tr("Export touchpoints"), str(suggestion), save_filter()
        )
        if not chosen:
            return False
        path = with_table_suffix(Path(chosen), selected)
        try:
            count = export_touchpoints(document.state, path)
        except TpmError as error:
            prompts.show_error(
                self.window, self.tr("Export touchpoints"), error.message(self.window.language)
            )
            return False
        settings.setValue(EXPORT_DIR_KEY, str(path.parent))
        self.window.show_status(
            self.tr("%n touchpoint(s) exported to %1", "", count).replace("%1", path.name), 8000
        )
        return True

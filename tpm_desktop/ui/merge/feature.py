"""File → Merge Changes From…, File → Project History and Edit → Touchpoint History."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from tpm_desktop.core.history import history
from tpm_desktop.core.journal_read import JournalError
from tpm_desktop.ui import prompts
from tpm_desktop.ui.actions import make_action
from tpm_desktop.ui.feature import DocumentContext, Feature
from tpm_desktop.ui.merge.flow import merge_file
from tpm_desktop.ui.merge.history_dialog import HistoryDialog


class MergeFeature(Feature):
    """Offers merging another copy of the project into the open one, and its history."""

    history_dialog: HistoryDialog | None = None

    def install(self) -> None:
        """Add merging and the project history to File, a touchpoint's history to Edit."""
        window = self.window
        self.action_merge = make_action(
            window,
            self.tr("&Merge Changes From…"),
            self.choose_and_merge,
            "Ctrl+Shift+M",
            self.tr("Take the changes of another copy of this project (review first)"),
            "document-import",
        )
        self.action_merge.setObjectName("action_merge")
        self.action_merge.setEnabled(False)
        window.file_menu.insertAction(window.file_import_export, self.action_merge)
        self.action_project_history = make_action(
            window,
            self.tr("Project &History…"),
            self.show_project_history,
            "Ctrl+Alt+H",
            self.tr("Every change of the project: what, who and when, merges included"),
            "document-open-recent",
        )
        self.action_project_history.setObjectName("action_project_history")
        self.action_project_history.setEnabled(False)
        window.file_menu.insertAction(window.file_import_export, self.action_project_history)
        self.action_touchpoint_history = make_action(
            window,
            self.tr("Touchpoint &History…"),
            self.show_touchpoint_history,
            "Ctrl+Shift+H",
            self.tr("Every change of the selected touchpoint: field, before and after, who, when"),
        )
        self.action_touchpoint_history.setObjectName("action_touchpoint_history")
        self.action_touchpoint_history.setEnabled(False)
        window.edit_menu.insertAction(
            window.edit_settings_separator, self.action_touchpoint_history
        )

    def document_opened(self, context: DocumentContext) -> None:
        """Enable merging into documents that can be edited."""
        super().document_opened(context)
        self.action_merge.setEnabled(not context.document.read_only)
        self.action_project_history.setEnabled(True)
        context.selection.selection_changed.connect(self._on_selection_changed)
        self._on_selection_changed(context.selection.ids)

    def document_closed(self) -> None:
        """Nothing to merge into."""
        super().document_closed()
        self.action_merge.setEnabled(False)
        self.action_project_history.setEnabled(False)
        self.action_touchpoint_history.setEnabled(False)
        if self.history_dialog is not None:
            self.history_dialog.close()
            self.history_dialog = None

    def _on_selection_changed(self, ids: list[int]) -> None:
        self.action_touchpoint_history.setEnabled(bool(ids))

    def show_project_history(self) -> HistoryDialog | None:
        """Open the whole project's history."""
        if self.context is None:
            return None
        return self._show_history(None, self.tr("Project History"))

    def show_touchpoint_history(self) -> HistoryDialog | None:
        """Open the history of the current touchpoint."""
        if self.context is None or self.context.selection.current is None:
            return None
        state = self.context.document.state
        touchpoint = state.touchpoints.get(self.context.selection.current)
        if touchpoint is None:
            return None
        title = self.tr("History of “%1”").replace("%1", touchpoint.name)
        return self._show_history(touchpoint.uuid, title, touchpoint.name)

    def _show_history(
        self, subject: str | None, title: str, subject_name: str | None = None
    ) -> HistoryDialog | None:
        assert self.context is not None
        document = self.context.document
        try:
            change_sets = document.project.journal(subject)
            whole = document.project.journal() if subject is not None else None
        except JournalError as exc:
            prompts.show_error(
                self.window,
                self.tr("Project History"),
                self.tr(
                    "The history of this file cannot be read (%1). The project itself is "
                    "not affected."
                ).replace("%1", str(exc)),
            )
            return None
        if self.history_dialog is not None:
            self.history_dialog.close()
        dialog = HistoryDialog(
            history(document.state, change_sets, whole_journal=whole),
            title,
            self.window,
            subject=subject_name,
        )
        dialog.setObjectName("history_dialog")
        dialog.finished.connect(self._on_history_closed)
        self.history_dialog = dialog
        dialog.show()
        return dialog

    def _on_history_closed(self) -> None:
        self.history_dialog = None

    def choose_and_merge(self) -> bool:
        """Ask for the other copy, then review and merge it."""
        if self.context is None:
            return False
        document = self.context.document
        start = str(document.path.parent) if document.path else str(Path.home())
        path, _ = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Merge Changes From"),
            start,
            self.tr("TPM projects (*.tpm);;All files (*)"),
        )
        if not path:
            return False
        return self.merge_path(Path(path))

    def merge_path(self, path: Path) -> bool:
        """Review and merge the copy at `path`."""
        if self.context is None:
            return False
        merged = merge_file(self.window, self.context, path, self.window.language)
        if merged:
            self.window.show_status(self.tr("Merged the changes of “%1”.").replace("%1", path.name))
        return merged

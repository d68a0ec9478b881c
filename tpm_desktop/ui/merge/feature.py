"""File → Merge Changes From…: the menu entry and its file dialog."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from tpm_desktop.ui.actions import make_action
from tpm_desktop.ui.feature import DocumentContext, Feature
from tpm_desktop.ui.merge.flow import merge_file


class MergeFeature(Feature):
    """Offers merging another copy of the project into the open one."""

    def install(self) -> None:
        """Add the action after Save As in the File menu."""
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

    def document_opened(self, context: DocumentContext) -> None:
        """Enable merging into documents that can be edited."""
        super().document_opened(context)
        self.action_merge.setEnabled(not context.document.read_only)

    def document_closed(self) -> None:
        """Nothing to merge into."""
        super().document_closed()
        self.action_merge.setEnabled(False)

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

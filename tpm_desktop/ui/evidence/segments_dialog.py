"""Edit Segments: the project's customer segments (name, profile, colour)."""

from __future__ import annotations

import contextlib

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tpm_desktop.core.changes import Delta
from tpm_desktop.core.model import Segment
from tpm_desktop.ui import prompts
from tpm_desktop.ui.assessment.common import run_edit
from tpm_desktop.ui.evidence.segments_panel import swatch
from tpm_desktop.ui.feature import DocumentContext


class SegmentsDialog(QDialog):
    """Add, rename, describe, colour and delete customer segments; each edit is undoable."""

    belongs_to_document = True

    def __init__(self, context: DocumentContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Customer Segments"))
        self.resize(560, 380)
        layout = QHBoxLayout(self)
        left = QVBoxLayout()
        self.list = QListWidget()
        self.list.setObjectName("segment_list")
        self.list.currentRowChanged.connect(self._show_current)
        left.addWidget(self.list)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.clicked.connect(self.add_segment)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.clicked.connect(self.delete_segment)
        row.addWidget(self.add_button)
        row.addWidget(self.delete_button)
        left.addLayout(row)
        layout.addLayout(left, 1)
        right = QVBoxLayout()
        form = QFormLayout()
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(300)
        self.name_edit.editingFinished.connect(self._save_name)
        self.profile_edit = QPlainTextEdit()
        self.profile_edit.setPlaceholderText(self.tr("Who they are, what they need, how they buy"))
        self.colour_button = QPushButton(self.tr("Colour…"))
        self.colour_button.clicked.connect(self._choose_colour)
        self.save_profile = QPushButton(self.tr("Save Profile"))
        self.save_profile.clicked.connect(self._save_profile)
        form.addRow(self.tr("Name:"), self.name_edit)
        form.addRow(self.tr("Profile:"), self.profile_edit)
        form.addRow("", self.save_profile)
        form.addRow(self.tr("Colour:"), self.colour_button)
        right.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        right.addWidget(buttons)
        layout.addLayout(right, 2)
        context.document.changed.connect(self._on_changed)
        self._fill()

    def _on_changed(self, delta: Delta) -> None:
        if delta.touches(Segment):
            self._fill()

    def done(self, result: int) -> None:
        """Stop following the document when closed."""
        with contextlib.suppress(RuntimeError, TypeError):
            self.context.document.changed.disconnect(self._on_changed)
        super().done(result)

    def _segments(self) -> list[Segment]:
        return self.context.document.state.segments()

    def _fill(self) -> None:
        row = max(0, self.list.currentRow())
        self.list.blockSignals(True)
        self.list.clear()
        for segment in self._segments():
            item = QListWidgetItem(swatch(segment.color), segment.name[:80])
            self.list.addItem(item)
        self.list.blockSignals(False)
        if self.list.count():
            self.list.setCurrentRow(min(row, self.list.count() - 1))
        self._show_current()

    def _current(self) -> Segment | None:
        segments = self._segments()
        row = self.list.currentRow()
        return segments[row] if 0 <= row < len(segments) else None

    def _show_current(self, *_args: object) -> None:
        segment = self._current()
        for widget in (self.name_edit, self.profile_edit, self.colour_button, self.save_profile):
            widget.setEnabled(segment is not None)
        self.delete_button.setEnabled(segment is not None)
        self.name_edit.setText(segment.name if segment else "")
        self.profile_edit.setPlainText(segment.profile if segment else "")

    def add_segment(self) -> None:
        """A new segment, chosen for editing."""
        name = self.tr("New segment")
        if run_edit(self, lambda: self.context.editor.add_segment(name)):
            self.list.setCurrentRow(self.list.count() - 1)
            self.name_edit.setFocus()
            self.name_edit.selectAll()

    def delete_segment(self) -> None:
        """Delete the chosen segment after asking."""
        segment = self._current()
        if segment is None:
            return
        if prompts.confirm(
            self,
            self.tr("Delete segment"),
            self.tr("Delete the segment “%1” with its experiences and scores?").replace(
                "%1", segment.name[:80]
            ),
        ):
            run_edit(self, lambda: self.context.editor.delete_segment(segment.id))

    def _save_name(self) -> None:
        segment = self._current()
        if segment is not None and self.name_edit.text() != segment.name:
            text = self.name_edit.text()
            run_edit(self, lambda: self.context.editor.update_segment(segment.id, name=text))

    def _save_profile(self) -> None:
        segment = self._current()
        if segment is not None:
            text = self.profile_edit.toPlainText()
            run_edit(self, lambda: self.context.editor.update_segment(segment.id, profile=text))

    def _choose_colour(self) -> None:
        segment = self._current()
        if segment is None:
            return
        colour = prompts.ask_colour(self, self.tr("Segment colour"), segment.color)
        if colour:
            run_edit(self, lambda: self.context.editor.update_segment(segment.id, color=colour))

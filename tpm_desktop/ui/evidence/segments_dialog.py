"""Edit Segments: the project's customer segments (name, profile, colour, picture).

A picture is read and checked like an image attachment (decoded by Pillow; a
renamed file or a decompression bomb is refused with a message) and counts
towards the project's attachment limit.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tpm_desktop.core.attachments import (
    MAX_PROJECT_BYTES,
    MB,
    WARN_PROJECT_BYTES,
    attached_bytes,
    project_room,
    read_attachment,
    thumbnail_png,
)
from tpm_desktop.core.changes import Delta
from tpm_desktop.core.enums import EvidenceKind
from tpm_desktop.core.errors import EditError
from tpm_desktop.core.model import Segment
from tpm_desktop.ui import prompts
from tpm_desktop.ui.assessment.common import run_edit, ui_language
from tpm_desktop.ui.evidence.segments_panel import swatch
from tpm_desktop.ui.feature import DocumentContext

PICTURE_SIZE = 72  # pixels of the preview's longer side


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
        self.picture_label = QLabel()
        self.picture_label.setObjectName("segment_picture")
        self.picture_label.setFixedSize(PICTURE_SIZE, PICTURE_SIZE)
        self.picture_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture_label.setStyleSheet("QLabel { border: 1px solid palette(mid); }")
        self.picture_button = QPushButton(self.tr("Picture…"))
        self.picture_button.setToolTip(self.tr("A PNG or JPEG photo of the persona"))
        self.picture_button.clicked.connect(self.choose_picture)
        self.remove_picture_button = QPushButton(self.tr("Remove Picture"))
        self.remove_picture_button.clicked.connect(self.remove_picture)
        picture_row = QHBoxLayout()
        picture_row.addWidget(self.picture_label)
        picture_buttons = QVBoxLayout()
        picture_buttons.addWidget(self.picture_button)
        picture_buttons.addWidget(self.remove_picture_button)
        picture_buttons.addStretch(1)
        picture_row.addLayout(picture_buttons)
        picture_row.addStretch(1)
        form.addRow(self.tr("Picture:"), picture_row)
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
        for widget in (
            self.name_edit,
            self.profile_edit,
            self.colour_button,
            self.save_profile,
            self.picture_button,
        ):
            widget.setEnabled(segment is not None)
        self.delete_button.setEnabled(segment is not None)
        self.name_edit.setText(segment.name if segment else "")
        self.profile_edit.setPlainText(segment.profile if segment else "")
        self.remove_picture_button.setEnabled(segment is not None and bool(segment.picture))
        self._show_picture(segment)

    def _show_picture(self, segment: Segment | None) -> None:
        png = thumbnail_png(segment.picture, PICTURE_SIZE) if segment and segment.picture else None
        pixmap = QPixmap()
        if png is not None and pixmap.loadFromData(png, "PNG"):
            self.picture_label.setPixmap(pixmap)
            self.picture_label.setToolTip("")
        else:
            self.picture_label.clear()
            self.picture_label.setText(self.tr("none"))

    def choose_picture(self) -> None:
        """Ask for an image file and make it the chosen segment's picture."""
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Segment picture"),
            "",
            self.tr("Images (%1)").replace("%1", "*.png *.jpg *.jpeg"),
        )
        if name:
            self.set_picture_from(Path(name))

    def set_picture_from(self, path: Path) -> bool:
        """Check an image file and set it as the picture; a refused one is explained."""
        segment = self._current()
        if segment is None:
            return False
        try:
            attachment = read_attachment(path)
            if attachment.kind is not EvidenceKind.IMAGE:
                raise EditError("not_an_image", path)
        except EditError as error:
            prompts.show_error(
                self, self.tr("The picture was not set"), error.message(ui_language())
            )
            return False
        state = self.context.document.state
        adding = len(attachment.data) - len(segment.picture or b"")
        if project_room(state, adding) == "warn" and not prompts.confirm(
            self,
            self.tr("Set the picture anyway?"),
            self.tr(
                "The project's attachments would take %1 MB. Past %2 MB the file gets slow "
                "to open and to send; the limit is %3 MB."
            )
            .replace("%1", str((attached_bytes(state) + adding) // MB))
            .replace("%2", str(WARN_PROJECT_BYTES // MB))
            .replace("%3", str(MAX_PROJECT_BYTES // MB)),
        ):
            return False
        data = attachment.data
        return run_edit(self, lambda: self.context.editor.update_segment(segment.id, picture=data))

    def remove_picture(self) -> None:
        """Take the chosen segment's picture away (undoable)."""
        segment = self._current()
        if segment is not None and segment.picture:
            run_edit(self, lambda: self.context.editor.update_segment(segment.id, picture=None))

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

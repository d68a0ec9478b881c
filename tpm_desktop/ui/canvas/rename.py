"""Renaming a card in place: one line editor over the card, Enter keeps, Escape cancels."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRectF, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

from tpm_desktop.core.text import MAX_NAME_LENGTH
from tpm_desktop.ui.canvas.common import run_edit

if TYPE_CHECKING:
    from tpm_desktop.ui.canvas.view import MapView


class NameEditor(QLineEdit):
    """A line editor that reports Escape and losing the focus."""

    cancelled = Signal()
    finished = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("map_rename_editor")
        self.setMaxLength(MAX_NAME_LENGTH)
        self.setStyleSheet(
            "#map_rename_editor { border: 2px solid #1d6fdc; border-radius: 4px;"
            " padding: 2px 4px; background: white; }"
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter keeps the name, Escape drops it."""
        if event.key() == Qt.Key.Key_Escape:
            self.cancelled.emit()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.finished.emit()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        """Clicking elsewhere keeps the name, as in a spreadsheet."""
        super().focusOutEvent(event)
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            self.finished.emit()


class InlineRename(QObject):
    """Owns the single inline editor of the map (created on demand)."""

    def __init__(self, view: MapView) -> None:
        super().__init__(view)
        self.view = view
        self.editor: NameEditor | None = None
        self.touchpoint_id: int | None = None
        self._closing = False

    def start(self, touchpoint_id: int) -> bool:
        """Open the editor over a card; False when the card is not shown or not editable."""
        view, scene = self.view, self.view.map_scene
        if scene is None or view.editor is None or view.editor.document.read_only:
            return False
        self.commit()
        if not view.reveal(touchpoint_id):
            return False
        rect = scene.arrangement.card_rect(touchpoint_id)
        if rect is None:
            return False
        area = view.mapFromScene(QRectF(rect.x, rect.y, rect.width, rect.height)).boundingRect()
        editor = NameEditor(view.viewport())
        editor.setText(scene.document.state.touchpoints[touchpoint_id].name[:MAX_NAME_LENGTH])
        height = max(28, editor.sizeHint().height())
        editor.setGeometry(area.left(), area.top(), max(area.width(), 200), height)
        editor.selectAll()
        editor.finished.connect(self.commit)
        editor.cancelled.connect(self.cancel)
        self.editor, self.touchpoint_id = editor, touchpoint_id
        editor.show()
        editor.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    @property
    def active(self) -> bool:
        """True while a card is being renamed."""
        return self.editor is not None

    def commit(self) -> None:
        """Store the typed name (one undo step) and close the editor."""
        if self.editor is None or self._closing:
            return
        text, touchpoint_id = self.editor.text(), self.touchpoint_id
        self._close()
        view = self.view
        scene, editor = view.map_scene, view.editor
        if scene is None or editor is None or touchpoint_id is None:
            return
        touchpoint = scene.document.state.touchpoints.get(touchpoint_id)
        if touchpoint is None or not text.strip() or text.strip() == touchpoint.name:
            return
        run_edit(view, lambda: editor.rename_touchpoint(touchpoint_id, text))

    def cancel(self) -> None:
        """Close the editor and keep the old name."""
        if self.editor is not None and not self._closing:
            self._close()

    def _close(self) -> None:
        self._closing = True
        editor = self.editor
        self.editor, self.touchpoint_id = None, None
        if editor is not None:
            editor.hide()
            editor.deleteLater()
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        self._closing = False

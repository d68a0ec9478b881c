"""The journey view widget: shows the journey scene, turns clicks into selection."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QContextMenuEvent, QKeyEvent, QMouseEvent, QPainter, QResizeEvent
from PySide6.QtWidgets import QGraphicsView, QWidget

from tpm_desktop.document.selection import TouchpointSelection
from tpm_desktop.ui.journey.items import ChipItem
from tpm_desktop.ui.journey.scene import JourneyScene

RESIZE_DELAY_MS = 120


def nearest_chip(chips: dict[int, ChipItem], start: int, dx: int, dy: int) -> int | None:
    """The chip closest to `start` in a direction (sideways distance counts double)."""
    origin = chips[start].sceneBoundingRect().center()
    best: tuple[float, int] | None = None
    for tid, chip in chips.items():
        centre = chip.sceneBoundingRect().center()
        along = (centre.x() - origin.x()) * dx + (centre.y() - origin.y()) * dy
        if tid == start or along <= 1:
            continue
        across = abs((centre.x() - origin.x()) * dy) + abs((centre.y() - origin.y()) * dx)
        score = along + 2 * across
        if best is None or score < best[0]:
            best = (score, tid)
    return None if best is None else best[1]


class JourneyView(QGraphicsView):
    """A scrollable view of the journey scene at 100 %."""

    touchpoint_activated = Signal(int)  # a chip was double-clicked
    menu_requested = Signal(object, QPoint)  # touchpoint id or None, global position
    width_changed = Signal()  # the room for the columns changed (debounced)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("journey_view")
        self.journey = JourneyScene()
        self.setScene(self.journey)
        self.selection: TouchpointSelection | None = None
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setDragMode(QGraphicsView.DragMode.NoDrag)
        self._resize_timer = QTimer(self)
        self._resize_timer.setSingleShot(True)
        self._resize_timer.setInterval(RESIZE_DELAY_MS)
        self._resize_timer.timeout.connect(self.width_changed)
        self._last_width = 0

    def room(self) -> float:
        """The width the columns may take (the viewport's, less a margin)."""
        return max(400.0, self.viewport().width() - 24.0)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """A click on a chip selects its touchpoint (Ctrl adds or removes it)."""
        if event.button() != Qt.MouseButton.LeftButton or self.selection is None:
            super().mousePressEvent(event)
            return
        tid = self.journey.touchpoint_at(self.mapToScene(event.position().toPoint()))
        ids = self.selection.ids
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier and tid is not None:
            ids = [i for i in ids if i != tid] if tid in ids else [*ids, tid]
            self.selection.set(ids)
        else:
            self.selection.set([] if tid is None else [tid])
        event.accept()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        """A double-click on a chip asks to edit the touchpoint."""
        tid = self.journey.touchpoint_at(self.mapToScene(event.position().toPoint()))
        if tid is not None and event.button() == Qt.MouseButton.LeftButton:
            self.touchpoint_activated.emit(tid)
            event.accept()
            return
        super().mouseDoubleClickEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        """Right-click: the chip's touchpoint is selected and the menu asked for."""
        tid = self.journey.touchpoint_at(self.mapToScene(event.pos()))
        if tid is not None and self.selection is not None and tid not in self.selection.ids:
            self.selection.set([tid])
        self.menu_requested.emit(tid, event.globalPos())
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Arrow keys move the selection to the nearest chip that way; Return renames it."""
        key = event.key()
        steps = {
            Qt.Key.Key_Left: (-1, 0),
            Qt.Key.Key_Right: (1, 0),
            Qt.Key.Key_Up: (0, -1),
            Qt.Key.Key_Down: (0, 1),
        }
        current = self.selection.current if self.selection is not None else None
        chips = self.journey.chips
        if key in steps and self.selection is not None and chips:
            if current not in chips:
                target = next(iter(self.journey.grid.ids()), None) if self.journey.grid else None
            else:
                target = nearest_chip(chips, current, *steps[key])
            if target is not None:
                self.selection.set([target])
                self.reveal(target)
            event.accept()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and current in chips:
            self.touchpoint_activated.emit(current)
            event.accept()
            return
        super().keyPressEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Lay the columns out again for the new width, once the resizing pauses."""
        super().resizeEvent(event)
        if event.size().width() != self._last_width:
            self._last_width = event.size().width()
            self._resize_timer.start()

    def reveal(self, touchpoint_id: int) -> None:
        """Scroll the chip of a touchpoint into view."""
        chip = self.journey.chips.get(touchpoint_id)
        if chip is not None:
            self.ensureVisible(chip.sceneBoundingRect(), 40, 40)

"""Mouse gestures of the map view: panning, dragging cards, dragging lane headers.

Drags are handled in the view's own mouse events (no QDrag), so a drag of many
cards is one editor call on release, and Escape cancels it cleanly.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from tpm_desktop.core.axes import Cell
from tpm_desktop.core.enums import Dimension
from tpm_desktop.core.state import LANE_FIELDS
from tpm_desktop.ui.canvas.card_item import qcolor
from tpm_desktop.ui.canvas.common import run_edit
from tpm_desktop.ui.canvas.header_items import LaneHeaderItem

if TYPE_CHECKING:
    from tpm_desktop.ui.canvas.arrangement import Arrangement
    from tpm_desktop.ui.canvas.view import MapView


class Pan:
    """Middle button, or Space with the left button, drags the map."""

    def __init__(self, view: MapView) -> None:
        self.view = view
        self.button: Qt.MouseButton | None = None
        self._last = QPointF()

    def press(self, event: QMouseEvent) -> bool:
        """Start panning when the button (and Space) says so."""
        button = event.button()
        if button == Qt.MouseButton.MiddleButton or (
            button == Qt.MouseButton.LeftButton and self.view.space_held
        ):
            self.button = button
            self._last = event.position()
            self.view.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            return True
        return False

    def move(self, event: QMouseEvent) -> bool:
        """Scroll by the mouse's movement."""
        if self.button is None:
            return False
        delta = event.position() - self._last
        self._last = event.position()
        view = self.view
        view.horizontalScrollBar().setValue(view.horizontalScrollBar().value() - round(delta.x()))
        view.verticalScrollBar().setValue(view.verticalScrollBar().value() - round(delta.y()))
        return True

    def release(self, event: QMouseEvent) -> bool:
        """Stop panning."""
        if self.button is None or event.button() != self.button:
            return False
        self.button = None
        if self.view.space_held:
            self.view.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
        else:
            self.view.viewport().unsetCursor()
        return True


def indicator_line(arrangement: Arrangement, cell: Cell, landing: int, moving: set[int]) -> QLineF:
    """The insertion line drawn before the `landing`-th staying shown card of a cell."""
    layout = arrangement.layout
    m = layout.metrics
    shown = arrangement.cards(cell)
    staying = [i for i in shown if i not in moving]
    row_id, column_id = cell
    box = layout.cell_rect(row_id, column_id)
    x = box.x + m.cell_padding
    if not staying:
        y = box.y + m.cell_padding - m.card_gap / 2
    elif landing >= len(staying):
        rect = layout.card_rect(row_id, column_id, shown.index(staying[-1]))
        y = rect.bottom + m.card_gap / 2
    else:
        rect = layout.card_rect(row_id, column_id, shown.index(staying[landing]))
        y = rect.y - m.card_gap / 2
    return QLineF(x, y, x + m.card_width, y)


class CardDrag:
    """Press on a card to select it; drag to move the selected cards into a cell."""

    def __init__(self, view: MapView) -> None:
        self.view = view
        self.pressed: int | None = None
        self.dragging = False
        self.moving: list[int] = []
        self._press = QPointF()
        self._grab = QPointF()
        self._toggle_off = False
        self._target: tuple[Cell, int] | None = None

    def press(self, event: QMouseEvent, touchpoint_id: int) -> None:
        """Select the card (Ctrl toggles) and remember where the drag may start."""
        view = self.view
        selection = view.selection
        if selection is None:
            return
        ids = selection.ids
        control = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        self._toggle_off = False
        if control and touchpoint_id in ids:
            self._toggle_off = True  # decided on release: a drag keeps it selected
        elif control:
            view.select([touchpoint_id, *ids])
        elif touchpoint_id not in ids:
            view.select([touchpoint_id])
        else:
            view.select([touchpoint_id, *(i for i in ids if i != touchpoint_id)])
        self.pressed = touchpoint_id
        self._press = event.position()
        self.dragging = False

    def move(self, event: QMouseEvent) -> bool:
        """Start the drag once the mouse has travelled far enough, then follow it."""
        if self.pressed is None:
            return False
        if not self.dragging:
            distance = (event.position() - self._press).manhattanLength()
            if distance < QApplication.startDragDistance():
                return True
            if not self._begin():
                return True
        self.track(event.position())
        return True

    def _begin(self) -> bool:
        view, scene = self.view, self.view.map_scene
        if scene is None or view.selection is None or view.editor is None:
            return False
        if view.editor.document.read_only:
            return False
        arrangement = scene.arrangement
        self.moving = [i for i in view.selection.ids if arrangement.is_shown(i)]
        if not self.moving:
            return False
        self.dragging = True
        self._toggle_off = False
        rect = arrangement.card_rect(self.pressed) if self.pressed is not None else None
        press_scene = view.mapToScene(self._press.toPoint())
        self._grab = (
            QPointF(press_scene.x() - rect.x, press_scene.y() - rect.y) if rect else QPointF()
        )
        first = scene.document.state.touchpoints[self.moving[0]]
        scene.ghost.set_cards(first.name[:200], len(self.moving), qcolor(scene.colour_of(first.id)))
        scene.ghost.show()
        for touchpoint_id in self.moving:
            item = scene.card_item(touchpoint_id)
            if item is not None:
                item.setOpacity(0.35)
        view.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
        view.start_autoscroll()
        return True

    def track(self, pos: QPointF) -> None:
        """Move the ghost and the drop feedback to a viewport position."""
        scene = self.view.map_scene
        if not self.dragging or scene is None:
            return
        point = self.view.mapToScene(pos.toPoint())
        scene.ghost.setPos(point - self._grab)
        arrangement = scene.arrangement
        moving = set(self.moving)
        target = (
            None
            if self.view.header_at(pos)
            else arrangement.drop_target(point.x(), point.y(), moving)
        )
        if target is None:
            self._target = None
            scene.indicator.hide()
            return
        cell, index, _ = target
        self._target = (cell, index)
        hidden_field = LANE_FIELDS[arrangement.axes.hidden]
        touchpoints = scene.document.state.touchpoints
        hidden = [getattr(touchpoints[i], hidden_field) for i in self.moving]
        landing = arrangement.landing_index(cell, index, hidden, moving)
        box = arrangement.layout.cell_rect(*cell)
        scene.indicator.show_target(
            QRectF(box.x, box.y, box.width, box.height),
            indicator_line(arrangement, cell, landing, moving),
        )

    def release(self, event: QMouseEvent) -> bool:
        """Drop the cards (one undo step), or finish a click."""
        if self.pressed is None or event.button() != Qt.MouseButton.LeftButton:
            return self.pressed is not None
        view = self.view
        if self.dragging:
            self.track(event.position())
            target, moving = self._target, list(self.moving)
            self._end()
            scene, editor = view.map_scene, view.editor
            if target is not None and scene is not None and editor is not None:
                (row_id, column_id), index = target
                axes = scene.axes
                run_edit(
                    view,
                    lambda: editor.move_touchpoints(axes, moving, row_id, column_id, index),
                )
                view.select(moving)
        else:
            selection = view.selection
            pressed = self.pressed
            if selection is not None and self._toggle_off:
                view.select([i for i in selection.ids if i != pressed])
            elif not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                view.select([pressed])
            self.pressed = None
        return True

    def cancel(self) -> bool:
        """Abandon a drag (Escape); True when there was one."""
        if self.pressed is None:
            return False
        was_dragging = self.dragging
        self._end()
        return was_dragging

    def _end(self) -> None:
        scene = self.view.map_scene
        if scene is not None:
            scene.ghost.hide()
            scene.indicator.hide()
            for touchpoint_id in self.moving:
                item = scene.card_item(touchpoint_id)
                if item is not None:
                    item.setOpacity(1.0)
        self.view.stop_autoscroll()
        self.view.viewport().unsetCursor()
        self.pressed = None
        self.dragging = False
        self.moving = []
        self._target = None


class LaneDrag:
    """Drag a lane header along its axis to reorder the lanes; a click selects its cards."""

    def __init__(self, view: MapView) -> None:
        self.view = view
        self.header: LaneHeaderItem | None = None
        self.dragging = False
        self._press = QPointF()
        self._index: int | None = None

    def press(self, event: QMouseEvent, header: LaneHeaderItem) -> None:
        """Remember the header; the drag starts when the mouse moves."""
        self.header = header
        self._press = event.position()
        self.dragging = False
        self._index = None

    def move(self, event: QMouseEvent) -> bool:
        """Follow the mouse with an insertion line between lanes."""
        if self.header is None:
            return False
        if not self.dragging:
            if (event.position() - self._press).manhattanLength() < (
                QApplication.startDragDistance()
            ):
                return True
            editor = self.view.editor
            if editor is None or editor.document.read_only:
                return True
            self.dragging = True
            self.header.set_dragging(True)
            self.view.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            self.view.start_autoscroll()
        self.track(event.position())
        return True

    def track(self, pos: QPointF) -> None:
        """Compute the lane index under a viewport position and show it."""
        scene = self.view.map_scene
        header = self.header
        if not self.dragging or scene is None or header is None:
            return
        point = self.view.mapToScene(pos.toPoint())
        layout = scene.arrangement.layout
        boxes = layout.rows if header.is_row else layout.columns
        others = [box for box in boxes if box.lane.id != header.lane_id]
        coordinate = point.y() if header.is_row else point.x()
        index = sum(1 for box in others if box.start + box.size / 2 < coordinate)
        if header.dimension is Dimension.CHANNEL:
            same = [k for k, box in enumerate(others) if box.lane.group == header.lane.group]
            if same:
                index = max(same[0], min(index, same[-1] + 1))
        self._index = index
        if not others:
            edge = boxes[0].start
        elif index < len(others):
            edge = others[index].start
        else:
            edge = others[-1].end
        left, top = scene.pinned
        if header.is_row:
            line = QLineF(left, edge, layout.width, edge)
        else:
            line = QLineF(edge, top, edge, layout.height)
        scene.indicator.show_target(None, line)

    def release(self, event: QMouseEvent) -> bool:
        """Move the lane (one undo step), or select the lane's cards on a click."""
        header = self.header
        if header is None:
            return False
        view, scene = self.view, self.view.map_scene
        if self.dragging:
            index = self._index
            self.cancel()
            editor = view.editor
            if index is not None and editor is not None:
                dimension, lane_id = header.dimension, header.lane_id
                run_edit(view, lambda: editor.move_lane(dimension, lane_id, index))
        else:
            self.header = None
            if scene is not None:
                ids = [
                    i
                    for cell, cards in scene.arrangement.cells()
                    if cell[0 if header.is_row else 1] == header.lane_id
                    for i in cards
                ]
                if event.modifiers() & Qt.KeyboardModifier.ControlModifier and view.selection:
                    ids = [*view.selection.ids, *ids]
                view.select(ids)
        return True

    def cancel(self) -> bool:
        """Abandon the drag; True when there was one."""
        if self.header is None:
            return False
        was_dragging = self.dragging
        self.header.set_dragging(False)
        scene = self.view.map_scene
        if scene is not None:
            scene.indicator.hide()
        self.view.stop_autoscroll()
        self.view.viewport().unsetCursor()
        self.header = None
        self.dragging = False
        return was_dragging


class AutoScroll:
    """Scrolls the map while a drag is held near the viewport's border."""

    EDGE = 36  # pixels from the border
    STEP = 12

    def __init__(self, view: MapView) -> None:
        self.view = view
        self._timer = QTimer(view)
        self._timer.setInterval(30)
        self._timer.timeout.connect(self._step)

    def start(self) -> None:
        """Begin watching the mouse."""
        if not self._timer.isActive():
            self._timer.start()

    def stop(self) -> None:
        """Stop scrolling."""
        self._timer.stop()

    def _step(self) -> None:
        view = self.view
        pos = view.viewport().mapFromGlobal(view.cursor().pos())
        port = view.viewport().rect()
        area = port.adjusted(self.EDGE, self.EDGE, -self.EDGE, -self.EDGE)
        step = self.STEP
        dx = -step if pos.x() < area.left() else step if pos.x() > area.right() else 0
        dy = -step if pos.y() < area.top() else step if pos.y() > area.bottom() else 0
        if not port.contains(pos) or (dx == 0 and dy == 0):
            return
        view.horizontalScrollBar().setValue(view.horizontalScrollBar().value() + dx)
        view.verticalScrollBar().setValue(view.verticalScrollBar().value() + dy)
        view.card_drag.track(QPointF(pos))
        view.lane_drag.track(QPointF(pos))

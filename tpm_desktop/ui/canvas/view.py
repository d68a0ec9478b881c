"""The map view: zoom, pan, frozen headers, overview switch, tooltips and reveal.

Mouse gestures on cards and headers live in `gestures`, keyboard navigation in
`navigation`, inline renaming in `rename` and palette drops in `drop`; this
module routes the events to them.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QResizeEvent,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import QFrame, QGraphicsView, QToolTip, QWidget

from tpm_desktop.core import hyphenation
from tpm_desktop.core.axes import Cell
from tpm_desktop.core.geometry import map_y
from tpm_desktop.document.editor import Editor
from tpm_desktop.document.selection import TouchpointSelection
from tpm_desktop.ui.canvas import style
from tpm_desktop.ui.canvas.drop import PaletteDrop
from tpm_desktop.ui.canvas.gestures import AutoScroll, CardDrag, LaneDrag, Pan
from tpm_desktop.ui.canvas.header_items import LaneHeaderItem
from tpm_desktop.ui.canvas.looks import card_tooltip, folded_tooltip, heat_tooltip, lane_tooltip
from tpm_desktop.ui.canvas.navigation import move_selection
from tpm_desktop.ui.canvas.overlay_layout import place_overlays
from tpm_desktop.ui.canvas.overview_item import chip_label_fits
from tpm_desktop.ui.canvas.rename import InlineRename
from tpm_desktop.ui.canvas.scene import MapScene

ZOOM_STEP = 1.2


class MapView(QGraphicsView):
    """Shows a MapScene and turns mouse and keys into selection, edits and navigation."""

    zoom_changed = Signal(float)
    viewport_moved = Signal()
    menu_requested = Signal(object, QPoint)  # ("card", id) | ("lane", header) | ("cell", cell)
    lane_activated = Signal(object)  # LaneHeaderItem double-clicked

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("map_view")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontAdjustForAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setRubberBandSelectionMode(Qt.ItemSelectionMode.IntersectsItemShape)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAcceptDrops(True)
        self.viewport().setMouseTracking(True)
        self.editor: Editor | None = None
        self.selection: TouchpointSelection | None = None
        self.overlays: list[tuple[QWidget, Qt.Corner]] = []
        self.space_held = False
        self._hovered: int | None = None
        self._rubber_base: list[int] = []
        self._selecting_here = False
        self.pan = Pan(self)
        self.card_drag = CardDrag(self)
        self.lane_drag = LaneDrag(self)
        self.palette_drop = PaletteDrop(self)
        self.renamer = InlineRename(self)
        self.autoscroll = AutoScroll(self)
        self.rubberBandChanged.connect(self._on_rubber_band)
        self.horizontalScrollBar().valueChanged.connect(self._on_scrolled)
        self.verticalScrollBar().valueChanged.connect(self._on_scrolled)

    # -- document --------------------------------------------------------------------

    def attach(self, scene: MapScene, editor: Editor, selection: TouchpointSelection) -> None:
        """Show a document's scene and edit through its editor."""
        self.editor, self.selection = editor, selection
        # Card names are in the project's language: hyphenate them with its dictionary.
        hyphenation.set_language(editor.state.project.language)
        self.setScene(scene)
        scene.geometry_changed.connect(self._after_view_change)
        selection.selection_changed.connect(self._on_selection_changed)
        self.setTransform(QTransform())
        self._after_view_change()

    def detach(self) -> None:
        """Let go of the document (it may live on in another window)."""
        self.renamer.cancel()
        self.card_drag.cancel()
        self.lane_drag.cancel()
        if self.selection is not None:
            self.selection.selection_changed.disconnect(self._on_selection_changed)
        scene = self.map_scene
        if scene is not None:
            scene.geometry_changed.disconnect(self._after_view_change)
        self.setScene(None)  # type: ignore[arg-type]
        self.editor = self.selection = None
        self._hovered = None

    @property
    def map_scene(self) -> MapScene | None:
        """The scene shown, if any."""
        scene = self.scene()
        return scene if isinstance(scene, MapScene) else None

    # -- zoom and scrolling ------------------------------------------------------------------

    @property
    def zoom(self) -> float:
        """The current scale (1.0 = 100 %)."""
        return self.transform().m11()

    def fit_scale(self) -> float:
        """The scale at which the whole map fits the viewport."""
        scene = self.map_scene
        if scene is None:
            return 1.0
        layout = scene.arrangement.layout
        port = self.viewport().rect()
        return min((port.width() - 8) / layout.width, (port.height() - 8) / layout.height)

    def set_zoom(self, scale: float, anchor: QPointF | None = None) -> None:
        """Zoom to `scale`, keeping the scene point under `anchor` (viewport) in place.

        Crossing `style.OVERVIEW_SCALE` downwards turns cards into chips, crossing
        `style.CHIPS_UNTIL` upwards turns them back; the point under the anchor
        keeps its row and its place in it.
        """
        low = min(style.MIN_SCALE * 5, self.fit_scale() * 0.8)
        scale = max(low, min(style.MAX_SCALE, scale))
        if math.isclose(scale, self.zoom):
            return
        self.renamer.commit()
        port = self.viewport().rect()
        anchor = anchor if anchor is not None else QPointF(port.center())
        fixed = self.mapToScene(anchor.toPoint())
        scene = self.map_scene
        if scene is not None:
            chips = scale < (style.CHIPS_UNTIL if scene.overview_mode else style.OVERVIEW_SCALE)
            fixed = self._show_chips(chips, fixed)
        self.setTransform(QTransform.fromScale(scale, scale))
        moved = self.mapFromScene(fixed) - anchor.toPoint()
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() + moved.x())
        self.verticalScrollBar().setValue(self.verticalScrollBar().value() + moved.y())
        self._after_view_change()

    def _show_chips(self, chips: bool, point: QPointF) -> QPointF:
        """Chips or cards; returns where the scene point `point` lies afterwards."""
        scene = self.map_scene
        if scene is None or scene.overview_mode == chips:
            return point
        old = scene.arrangement.layout
        scene.set_overview(chips)
        return QPointF(point.x(), map_y(old, scene.arrangement.layout, point.y()))

    def zoom_in(self) -> None:
        """One step closer."""
        self.set_zoom(self.zoom * ZOOM_STEP)

    def zoom_out(self) -> None:
        """One step further away."""
        self.set_zoom(self.zoom / ZOOM_STEP)

    def zoom_actual(self) -> None:
        """100 %."""
        self.set_zoom(1.0)

    def zoom_fit(self) -> None:
        """The whole map in view: as cards if they are large enough there, else as chips."""
        scene = self.map_scene
        if scene is not None:
            # Decided from the size with cards, without laying the cards out for it.
            width, height = scene.arrangement.size_with(style.METRICS)
            port = self.viewport().rect()
            cards = min((port.width() - 8) / width, (port.height() - 8) / height)
            self._show_chips(cards < style.FIT_CARDS_FROM, QPointF())
        scale = self.fit_scale()
        if scene is not None and scene.overview_mode:
            scale = min(scale, style.CHIPS_UNTIL * 0.999)
        self.set_zoom(min(scale, style.MAX_SCALE))
        self.horizontalScrollBar().setValue(0)
        self.verticalScrollBar().setValue(0)

    def _on_scrolled(self) -> None:
        self.renamer.commit()
        self._pin_headers()
        self.place_overlays()
        self.viewport_moved.emit()

    def _after_view_change(self) -> None:
        scene = self.map_scene
        if scene is not None:
            scene.set_heat_mode(scene.overview_mode and not chip_label_fits(self.zoom))
        self._pin_headers()
        self.zoom_changed.emit(self.zoom)
        self.viewport_moved.emit()

    def _pin_headers(self) -> None:
        scene = self.map_scene
        if scene is not None:
            top_left = self.mapToScene(0, 0)
            scene.pin_headers(top_left.x(), top_left.y(), self.visible_scene_rect())

    def visible_scene_rect(self) -> QRectF:
        """The part of the scene in the viewport."""
        return self.mapToScene(self.viewport().rect()).boundingRect()

    def cell_area(self) -> QRectF:
        """The visible part of the scene that is not under the frozen headers."""
        scene = self.map_scene
        rect = self.visible_scene_rect()
        if scene is None:
            return rect
        layout = scene.arrangement.layout
        return rect.adjusted(layout.origin_x, layout.origin_y, 0, 0)

    def reveal(self, touchpoint_id: int) -> bool:
        """Scroll so that a card is visible beside the headers; False when it is hidden."""
        scene = self.map_scene
        if scene is not None and scene.arrangement.is_folded(touchpoint_id):
            cell = scene.arrangement.cell_of(touchpoint_id)
            if cell is not None:
                scene.toggle_cell(cell)  # behind "+N": unfold its cell
        rect = scene.arrangement.card_rect(touchpoint_id) if scene else None
        if rect is None:
            return False
        self.reveal_rect(QRectF(rect.x, rect.y, rect.width, rect.height))
        return True

    def reveal_rect(self, rect: QRectF, margin: float = 16.0) -> None:
        """Scroll the least needed to show a scene rectangle in the cell area."""
        area = self.cell_area()
        target = rect.adjusted(-margin, -margin, margin, margin)
        dx = dy = 0.0
        if target.width() > area.width() or target.left() < area.left():
            dx = target.left() - area.left()
        elif target.right() > area.right():
            dx = target.right() - area.right()
        if target.height() > area.height() or target.top() < area.top():
            dy = target.top() - area.top()
        elif target.bottom() > area.bottom():
            dy = target.bottom() - area.bottom()
        self._scroll_by(dx, dy)
        self._clear_overlays(rect, margin)

    def _scroll_by(self, dx: float, dy: float) -> None:
        """Scroll by a distance in scene units."""
        if dx:
            bar = self.horizontalScrollBar()
            bar.setValue(bar.value() + round(dx * self.zoom))
        if dy:
            bar = self.verticalScrollBar()
            bar.setValue(bar.value() + round(dy * self.zoom))

    def _clear_overlays(self, rect: QRectF, margin: float) -> None:
        """Scroll a revealed card out from under the legend and the minimap.

        Both sit in the bottom corners, so the card moves up above them when the map
        can scroll that far, else sideways, away from the corner.
        """
        for overlay, corner in self.overlays:
            if not overlay.isVisible():
                continue
            box = self.mapToScene(overlay.geometry()).boundingRect()
            if not rect.intersects(box):
                continue
            area = self.cell_area()
            up = rect.bottom() + margin - box.top()
            if rect.top() - margin - up >= area.top():
                self._scroll_by(0, up)
                box = self.mapToScene(overlay.geometry()).boundingRect()
                if not rect.intersects(box):
                    continue
            if corner in (Qt.Corner.BottomLeftCorner, Qt.Corner.TopLeftCorner):
                self._scroll_by(rect.left() - margin - box.right(), 0)
            else:
                self._scroll_by(rect.right() + margin - box.left(), 0)

    def center_on_scene(self, point: QPointF) -> None:
        """Centre the view on a scene point (the minimap's click)."""
        self.centerOn(point)

    # -- hit tests ---------------------------------------------------------------------

    def toggle_at(self, pos: QPoint | QPointF) -> Cell | None:
        """The cell whose "+N" (or "show fewer") chip is under a viewport position."""
        scene = self.map_scene
        if scene is None or not scene.overview_mode or scene.overview.heat_mode:
            return None
        if self.header_at(pos) is not None or self._over_corner(pos):
            return None
        point = self.mapToScene(QPointF(pos).toPoint())
        return scene.arrangement.toggle_at(point.x(), point.y())

    def touchpoint_at(self, pos: QPoint | QPointF) -> int | None:
        """The card under a viewport position (never one hidden by a header)."""
        scene = self.map_scene
        if scene is None or self.header_at(pos) is not None or self._over_corner(pos):
            return None
        point = self.mapToScene(QPointF(pos).toPoint())
        return scene.arrangement.card_at(point.x(), point.y())

    def cell_at(self, pos: QPoint | QPointF) -> Cell | None:
        """The cell under a viewport position."""
        scene = self.map_scene
        if scene is None or self.header_at(pos) is not None or self._over_corner(pos):
            return None
        point = self.mapToScene(QPointF(pos).toPoint())
        return scene.arrangement.layout.cell_at(point.x(), point.y())

    def header_at(self, pos: QPoint | QPointF) -> LaneHeaderItem | None:
        """The lane header under a viewport position."""
        for item in self.items(QPointF(pos).toPoint()):
            if isinstance(item, LaneHeaderItem):
                return item
        return None

    def _over_corner(self, pos: QPoint | QPointF) -> bool:
        scene = self.map_scene
        if scene is None:
            return False
        layout = scene.arrangement.layout
        point = self.mapToScene(QPointF(pos).toPoint())
        left, top = scene.pinned
        return point.x() < left + layout.origin_x or point.y() < top + layout.origin_y

    # -- selection -----------------------------------------------------------------------

    def select(self, ids: list[int]) -> None:
        """Select cards (the shared selection follows)."""
        if self.selection is not None:
            self._selecting_here = True
            try:
                self.selection.set(ids)
            finally:
                self._selecting_here = False

    def _on_selection_changed(self, ids: list[int]) -> None:
        # Selected elsewhere (a panel, a search): bring the current card into view.
        if not self._selecting_here and ids:
            self.reveal(ids[0])

    def _on_rubber_band(self, rect: QRect, start: QPointF, end: QPointF) -> None:
        scene = self.map_scene
        if scene is None or rect.isNull():
            return
        ids = scene.arrangement.cards_in(start.x(), start.y(), end.x(), end.y())
        self.select([*self._rubber_base, *(i for i in ids if i not in self._rubber_base)])

    # -- mouse -------------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """Pan, start dragging a card or a header, or start a rubber band."""
        self.renamer.commit()
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        if self.pan.press(event):
            return
        pos = event.position()
        if event.button() == Qt.MouseButton.LeftButton:
            header = self.header_at(pos)
            if header is not None:
                self.lane_drag.press(event, header)
                return
            if self._over_corner(pos):
                return
            cell = self.toggle_at(pos)
            if cell is not None and self.map_scene is not None:
                self.map_scene.toggle_cell(cell)  # "+N": the cell unfolds in place
                return
            touchpoint_id = self.touchpoint_at(pos)
            if touchpoint_id is not None:
                self.card_drag.press(event, touchpoint_id)
                return
            control = event.modifiers() & (
                Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
            )
            self._rubber_base = list(self.selection.ids) if control and self.selection else []
            if not control:
                self.select([])
        elif event.button() == Qt.MouseButton.RightButton:
            touchpoint_id = self.touchpoint_at(pos)
            if (
                touchpoint_id is not None
                and self.selection is not None
                and touchpoint_id not in self.selection.ids
            ):
                self.select([touchpoint_id])
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        """Pan, drag, rubber band, or just hover."""
        if self.pan.move(event) or self.card_drag.move(event) or self.lane_drag.move(event):
            return
        super().mouseMoveEvent(event)
        self._update_hover(event.position())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        """Finish what the press started."""
        if self.pan.release(event) or self.card_drag.release(event):
            return
        if self.lane_drag.release(event):
            return
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        """Rename a card inline, or a lane."""
        if event.button() != Qt.MouseButton.LeftButton:
            return
        pos = event.position()
        header = self.header_at(pos)
        if header is not None:
            self.lane_activated.emit(header)
            return
        touchpoint_id = self.touchpoint_at(pos)
        if touchpoint_id is not None:
            self.select([touchpoint_id])
            self.renamer.start(touchpoint_id)

    def _update_hover(self, pos: QPointF) -> None:
        scene = self.map_scene
        if scene is None:
            return
        hovered = self.touchpoint_at(pos) if not scene.overview_mode else None
        if hovered != self._hovered:
            scene.set_hovered(self._hovered, hovered)
            self._hovered = hovered
        over_header = self.header_at(pos) is not None
        if self.space_held:
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
        elif over_header:
            self.viewport().setCursor(Qt.CursorShape.SizeAllCursor)
        else:
            self.viewport().unsetCursor()

    def leaveEvent(self, event: QEvent) -> None:
        """No hover highlight once the mouse has left."""
        scene = self.map_scene
        if scene is not None:
            scene.set_hovered(self._hovered, None)
        self._hovered = None
        super().leaveEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        """Ctrl+wheel zooms at the mouse; Shift+wheel scrolls sideways."""
        modifiers = event.modifiers()
        delta = event.angleDelta().y() or event.angleDelta().x()
        if modifiers & Qt.KeyboardModifier.ControlModifier:
            if delta:
                self.set_zoom(self.zoom * ZOOM_STEP ** (delta / 120), event.position())
            event.accept()
            return
        if modifiers & Qt.KeyboardModifier.ShiftModifier and delta:
            bar = self.horizontalScrollBar()
            bar.setValue(bar.value() - delta)
            event.accept()
            return
        super().wheelEvent(event)

    def start_autoscroll(self) -> None:
        """Scroll while a drag is held near the border."""
        self.autoscroll.start()

    def stop_autoscroll(self) -> None:
        """Stop scrolling with the drag."""
        self.autoscroll.stop()

    # -- keys ------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Arrows move the selection, F2 renames, Space pans, Escape cancels."""
        key = event.key()
        if key == Qt.Key.Key_Space and not event.isAutoRepeat():
            self.space_held = True
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            return
        if key == Qt.Key.Key_Escape:
            if not (self.card_drag.cancel() or self.lane_drag.cancel()):
                self.select([])
            return
        if key == Qt.Key.Key_F2:
            if self.selection is not None and self.selection.current is not None:
                self.renamer.start(self.selection.current)
            return
        if move_selection(self, event):
            return
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        """Space let go: no more panning."""
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self.space_held = False
            self.viewport().unsetCursor()
            return
        super().keyReleaseEvent(event)

    # -- drops from the palette ----------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        """Accept the palette's entries."""
        self.palette_drop.enter(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        """Show where the new card would go (nothing outside the grid)."""
        self.palette_drop.move(event)

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        """Hide the drop feedback."""
        self.palette_drop.leave()

    def dropEvent(self, event: QDropEvent) -> None:
        """Create the touchpoint in the cell under the mouse."""
        self.palette_drop.drop(event)

    # -- tooltips, menus, layout ---------------------------------------------------------------

    def viewportEvent(self, event: QEvent) -> bool:
        """Card tooltips with the full name; lane tooltips with the full lane name."""
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            self._show_tooltip(event)
            return True
        return super().viewportEvent(event)

    def _show_tooltip(self, event: QHelpEvent) -> None:
        scene = self.map_scene
        pos = QPointF(event.pos())
        header = self.header_at(pos)
        text = ""
        if scene is not None and header is not None:
            text = lane_tooltip(scene.lane_record(header.dimension, header.lane_id))
        elif scene is not None and (cell := self.toggle_at(pos)) is not None:
            text = folded_tooltip(scene.document.state, scene.arrangement.folded(cell))
        elif scene is not None and scene.overview.heat_mode:
            text = heat_tooltip(scene.overview.heat_at(self.mapToScene(QPointF(pos).toPoint())))
        elif scene is not None:
            touchpoint_id = self.touchpoint_at(pos)
            if touchpoint_id is not None:
                text = card_tooltip(scene.document.state, touchpoint_id, scene.today)
        if text:
            QToolTip.showText(event.globalPos(), text, self.viewport())
        else:
            QToolTip.hideText()

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        """Ask the feature for the menu of what is under the mouse."""
        pos = QPointF(event.pos())
        header = self.header_at(pos)
        if header is not None:
            self.menu_requested.emit(("lane", header), event.globalPos())
            return
        touchpoint_id = self.touchpoint_at(pos)
        if touchpoint_id is not None:
            self.menu_requested.emit(("card", touchpoint_id), event.globalPos())
            return
        cell = self.cell_at(pos)
        if cell is not None:
            self.menu_requested.emit(("cell", cell), event.globalPos())

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Keep headers pinned and overlays in their corners."""
        super().resizeEvent(event)
        self.place_overlays()
        self._pin_headers()
        self.viewport_moved.emit()

    def place_overlays(self) -> None:
        """Put each overlay widget into its corner of the viewport (see overlays.place)."""
        place_overlays(self.viewport().rect(), self.overlays)

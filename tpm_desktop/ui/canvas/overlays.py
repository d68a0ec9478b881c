"""The legend of the colour mode and the overview map (shown beside the map)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QFontMetricsF, QMouseEvent, QPainter, QPaintEvent, QPen, QPixmap
from PySide6.QtWidgets import QWidget

from tpm_desktop.ui.canvas import style
from tpm_desktop.ui.canvas.card_item import qcolor
from tpm_desktop.ui.canvas.colours import LegendEntry
from tpm_desktop.ui.canvas.view import MapView

LEGEND_ROW = 19.0
LEGEND_PAD = 10.0
MAX_LABEL = 230.0


def legend_size(title: str, entries: list[LegendEntry], max_label: float = MAX_LABEL) -> QSize:
    """The size the legend needs."""
    label_metrics = QFontMetricsF(style.font(12))
    title_metrics = QFontMetricsF(style.font(12, True))
    width = max(
        [title_metrics.horizontalAdvance(title)]
        + [min(label_metrics.horizontalAdvance(e.label), max_label) + 22 for e in entries]
    )
    height = 2 * LEGEND_PAD + 20 + LEGEND_ROW * len(entries)
    return QSize(int(width + 2 * LEGEND_PAD) + 2, int(height))


def paint_legend(
    painter: QPainter,
    origin: QPointF,
    title: str,
    entries: list[LegendEntry],
    max_label: float = MAX_LABEL,
) -> None:
    """The legend box at `origin`: title, then a swatch and a label per entry."""
    size = legend_size(title, entries, max_label)
    box = QRectF(origin, QSize(size.width() - 1, size.height() - 1).toSizeF())
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(style.HEADER_LINE, 1.0))
    painter.setBrush(QColor(255, 255, 255, 238))
    painter.drawRoundedRect(box, 6, 6)
    painter.setPen(style.INK)
    painter.setFont(style.font(12, True))
    x, y = box.left() + LEGEND_PAD, box.top() + LEGEND_PAD
    painter.drawText(
        QRectF(x, y, box.width() - 2 * LEGEND_PAD, 18), Qt.AlignmentFlag.AlignVCenter, title
    )
    y += 22
    painter.setFont(style.font(12))
    metrics = QFontMetricsF(style.font(12))
    for entry in entries:
        painter.setPen(QPen(qcolor(entry.colour).darker(125), 1.0))
        painter.setBrush(qcolor(entry.colour))
        painter.drawRoundedRect(QRectF(x, y + 3, 14, 12), 3, 3)
        painter.setPen(style.INK)
        label = metrics.elidedText(entry.label, Qt.TextElideMode.ElideRight, max_label)
        painter.drawText(
            QRectF(x + 22, y, max_label, LEGEND_ROW), Qt.AlignmentFlag.AlignVCenter, label
        )
        y += LEGEND_ROW
    painter.restore()


class LegendOverlay(QWidget):
    """Explains the card colours of the current mode."""

    MAX_LABEL = 170.0  # narrow: the legend's column takes width from the map

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("map_legend")
        self.title = ""
        self.entries: list[LegendEntry] = []

    def set_legend(self, title: str, entries: list[LegendEntry]) -> None:
        """New content; the view places the widget again."""
        self.title, self.entries = title, entries
        self.setToolTip("\n".join(e.label for e in entries))  # the full names of elided labels
        self.updateGeometry()
        self.resize(self.sizeHint())
        self.update()

    def sizeHint(self) -> QSize:
        """Fits the title and every entry."""
        return legend_size(self.title, self.entries, self.MAX_LABEL)

    def paintEvent(self, event: QPaintEvent) -> None:
        """The legend box."""
        painter = QPainter(self)
        paint_legend(painter, QPointF(0, 0), self.title, self.entries, self.MAX_LABEL)


class MinimapOverlay(QWidget):
    """The whole map in small, with the visible part outlined; click or drag to go there."""

    WIDTH = 200
    HEIGHT = 180

    def __init__(self, view: MapView, parent: QWidget | None = None) -> None:
        super().__init__(parent if parent is not None else view.viewport())
        self.setObjectName("map_minimap")
        self.view = view
        self._pixmap: QPixmap | None = None
        self.wanted = True  # the user's choice; shown only when the map does not fit
        self._stale = True
        self._refresh = QTimer(self)
        self._refresh.setSingleShot(True)
        self._refresh.setInterval(150)
        self._refresh.timeout.connect(self._rebuild)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        view.viewport_moved.connect(self._on_viewport_moved)

    def map_changed(self) -> None:
        """Cards or geometry changed: redraw the small map soon (at most every 150 ms)."""
        self._stale = True
        if not self._refresh.isActive():
            self._refresh.start()

    def sizeHint(self) -> QSize:
        """The map's proportions within WIDTH x HEIGHT, and within a quarter of a small view."""
        scene = self.view.map_scene
        if scene is None:
            return QSize(self.WIDTH, 120)
        layout = scene.arrangement.layout
        viewport = self.view.viewport().size()
        width = min(self.WIDTH, max(120, viewport.width() // 4))
        height = min(self.HEIGHT, max(80, viewport.height() // 3))
        scale = min(width / max(layout.width, 1.0), height / max(layout.height, 1.0))
        return QSize(max(60, round(layout.width * scale)), max(48, round(layout.height * scale)))

    def _on_viewport_moved(self) -> None:
        scene = self.view.map_scene
        if scene is None:
            self.hide()
            return
        layout = scene.arrangement.layout
        whole = QRectF(0, 0, layout.width, layout.height)
        visible = self.view.visible_scene_rect()
        should_show = self.wanted and not visible.contains(whole.adjusted(1, 1, -1, -1))
        if should_show != self.isVisible():
            self.setVisible(should_show)
            if should_show:
                # Drawn soon, not in this zoom or scroll step.
                if self._stale and not self._refresh.isActive():
                    self._refresh.start()
                self.view.place_overlays()
        if self.isVisible():
            if self.sizeHint() != self.size():  # the view was resized
                self.map_changed()
            self.update()

    def _rebuild(self) -> None:
        scene = self.view.map_scene
        if scene is None or not self.isVisible():
            return
        size = self.sizeHint()
        if size != self.size():
            self.resize(size)
            self.view.place_overlays()
        layout = scene.arrangement.layout
        scale = self._current_scale()
        pixmap = QPixmap(size)
        pixmap.fill(QColor("#ffffff"))
        painter = QPainter(pixmap)
        painter.scale(scale, scale)
        painter.fillRect(QRectF(0, 0, layout.width, layout.origin_y), style.HEADER_BG)
        painter.fillRect(QRectF(0, 0, layout.origin_x, layout.height), style.HEADER_BG)
        for index, box in enumerate(layout.rows):
            if index % 2:
                painter.fillRect(
                    QRectF(layout.origin_x, box.start, layout.width, box.size), style.ROW_ODD
                )
        groups: dict[str, list[QRectF]] = {}
        colour_of = scene.colour_of
        for touchpoint_id, rect in scene.card_rects():
            groups.setdefault(colour_of(touchpoint_id), []).append(rect)
        painter.setPen(Qt.PenStyle.NoPen)
        for colour, rects in groups.items():
            painter.setBrush(qcolor(colour))
            painter.drawRects(rects)
        painter.end()
        self._pixmap = pixmap
        self._stale = False
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        """The cached small map and the viewport's outline."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self._pixmap is not None:
            painter.drawPixmap(0, 0, self._pixmap)
        visible = self.view.visible_scene_rect()
        s = self._current_scale()
        frame = QRectF(visible.x() * s, visible.y() * s, visible.width() * s, visible.height() * s)
        frame = frame.intersected(QRectF(self.rect()).adjusted(1, 1, -1, -1))
        painter.setPen(QPen(style.SELECTION, 1.5))
        painter.setBrush(QColor(29, 111, 220, 36))
        painter.drawRect(frame)
        painter.setPen(QPen(style.HEADER_LINE, 1.0))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """Go to the clicked place."""
        self._go(event.position())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        """Follow the mouse while the button is held."""
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._go(event.position())

    def _go(self, pos: QPointF) -> None:
        scale = self._current_scale()
        if scale > 0:
            self.view.center_on_scene(QPointF(pos.x() / scale, pos.y() / scale))

    def _current_scale(self) -> float:
        """Scene units to minimap pixels for the widget's present size."""
        scene = self.view.map_scene
        if scene is None:
            return 0.0
        layout = scene.arrangement.layout
        return min(self.width() / max(layout.width, 1.0), self.height() / max(layout.height, 1.0))

"""The portfolio matrix drawing: dots on two axes, four labelled quadrants, a legend.

The widget only draws what it is given (positions as fractions of the axes) and
reports clicks; the panel computes the points from the document.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QToolTip, QWidget

from tpm_desktop.ui.assessment.labels import shown, tip

QUADRANT_TINTS = {
    "top_left": "#f3f7fb",
    "top_right": "#eef7ee",
    "bottom_left": "#f7f3f3",
    "bottom_right": "#fbf5ea",
}
DOT_RADIUS = 5.0
HIT_RADIUS = 8.0
LEGEND_WIDTH = 170


@dataclass(frozen=True, slots=True)
class Point:
    """One touchpoint as a dot: where (0..1 on each axis), its colour and its name."""

    touchpoint_id: int
    x: float
    y: float
    color: QColor
    name: str


@dataclass(frozen=True, slots=True)
class Ticks:
    """Tick marks of one axis: fractions 0..1 and their labels."""

    positions: tuple[tuple[float, str], ...]
    title: str


class PortfolioMatrix(QWidget):
    """Draws the matrix and turns clicks into touchpoint ids."""

    touchpoint_clicked = Signal(int, bool)  # id, add to selection (Ctrl held)
    background_clicked = Signal()
    quadrant_double_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMouseTracking(True)
        # Small minimum: the bottom dock area must not force a tall window.
        # Low enough for a 768 px screen with the map above, high enough that the
        # dots of the sample are not squashed into a line.
        self.setMinimumSize(300, 220)
        self.points: list[Point] = []
        self.selected: set[int] = set()
        self.hovered: int | None = None
        self.x_ticks = Ticks((), "")
        self.y_ticks = Ticks((), "")
        self.middle = (0.5, 0.5)
        self.labels: dict[str, str] = {}
        self.legend: list[tuple[QColor, str]] = []
        self.note = ""
        self._position_key: tuple | None = None
        self._position_cache: list[QPointF] = []

    # -- data -----------------------------------------------------------------------------

    def set_content(
        self,
        points: list[Point],
        x_ticks: Ticks,
        y_ticks: Ticks,
        middle: tuple[float, float],
        labels: dict[str, str],
        legend: list[tuple[QColor, str]],
        note: str,
    ) -> None:
        """Replace everything shown."""
        self.points = points
        self._position_key = None  # new dots: positions are computed afresh
        self.x_ticks, self.y_ticks = x_ticks, y_ticks
        self.middle = middle
        self.labels = labels
        self.legend = legend
        self.note = note
        if self.hovered is not None and all(p.touchpoint_id != self.hovered for p in points):
            self.hovered = None
        self.update()

    def set_selected(self, ids: set[int]) -> None:
        """Highlight the selected touchpoints."""
        self.selected = ids
        self.update()

    # -- geometry -------------------------------------------------------------------------

    def plot_rect(self) -> QRectF:
        """The area the dots are drawn in."""
        metrics = self.fontMetrics()
        left = 14 + metrics.height() + metrics.horizontalAdvance("100 000") + 6
        bottom = 10 + 2 * metrics.height() + 8
        right = LEGEND_WIDTH + 16
        return QRectF(
            left, 12, max(40, self.width() - left - right), max(40, self.height() - 12 - bottom)
        )

    def data_rect(self) -> QRectF:
        """The part of the plot that values map onto (inset so edge dots stay whole)."""
        inset = DOT_RADIUS + 5
        return self.plot_rect().adjusted(inset, inset, -inset, -inset)

    def position(self, point: Point) -> QPointF:
        """Pixel position of a dot."""
        return self._place(point, self.data_rect())

    @staticmethod
    def _place(point: Point, data: QRectF) -> QPointF:
        return QPointF(
            data.left() + point.x * data.width(), data.bottom() - point.y * data.height()
        )

    def _positions(self) -> list[QPointF]:
        """Every dot's pixel position, kept until the size or the dots change."""
        key = (self.width(), self.height())
        if self._position_key != key:
            data = self.data_rect()
            self._position_cache = [self._place(point, data) for point in self.points]
            self._position_key = key
        return self._position_cache

    def point_at(self, pos: QPointF) -> Point | None:
        """The dot under a pixel position (the nearest within reach), or None."""
        best, best_distance = None, HIT_RADIUS**2
        x, y = pos.x(), pos.y()
        for point, p in zip(self.points, self._positions(), strict=True):
            distance = (p.x() - x) ** 2 + (p.y() - y) ** 2
            if distance <= best_distance:
                best, best_distance = point, distance
        return best

    def quadrant_at(self, pos: QPointF) -> str | None:
        """Which quadrant a pixel position lies in, or None outside the plot."""
        plot, data = self.plot_rect(), self.data_rect()
        if not plot.contains(pos):
            return None
        mid_x = data.left() + self.middle[0] * data.width()
        mid_y = data.bottom() - self.middle[1] * data.height()
        vertical = "top" if pos.y() < mid_y else "bottom"
        horizontal = "left" if pos.x() < mid_x else "right"
        return f"{vertical}_{horizontal}"

    # -- painting -------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        """Quadrants, axes, dots and legend."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        plot, data = self.plot_rect(), self.data_rect()
        mid_x = data.left() + self.middle[0] * data.width()
        mid_y = data.bottom() - self.middle[1] * data.height()
        quadrants = {
            "top_left": QRectF(QPointF(plot.left(), plot.top()), QPointF(mid_x, mid_y)),
            "top_right": QRectF(QPointF(mid_x, plot.top()), QPointF(plot.right(), mid_y)),
            "bottom_left": QRectF(QPointF(plot.left(), mid_y), QPointF(mid_x, plot.bottom())),
            "bottom_right": QRectF(QPointF(mid_x, mid_y), QPointF(plot.right(), plot.bottom())),
        }
        for key, rect in quadrants.items():
            painter.fillRect(rect, QColor(QUADRANT_TINTS[key]))
        self._paint_quadrant_labels(painter, quadrants)
        self._paint_axes(painter, plot, mid_x, mid_y)
        self._paint_points(painter)
        self._paint_legend(painter, plot)

    def _paint_quadrant_labels(self, painter: QPainter, quadrants: dict[str, QRectF]) -> None:
        font = QFont(self.font())
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor("#6b7785"))
        metrics = painter.fontMetrics()
        for key, rect in quadrants.items():
            text = self.labels.get(key, "")
            inner = rect.adjusted(8, 4, -8, -4)
            if not text or inner.width() < 20 or inner.height() < metrics.height():
                continue
            elided = metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(inner.width()))
            vertical = (
                Qt.AlignmentFlag.AlignTop if key.startswith("top") else Qt.AlignmentFlag.AlignBottom
            )
            horizontal = (
                Qt.AlignmentFlag.AlignLeft if key.endswith("left") else Qt.AlignmentFlag.AlignRight
            )
            painter.drawText(inner, int(vertical | horizontal), elided)
        painter.setFont(self.font())

    def _paint_axes(self, painter: QPainter, plot: QRectF, mid_x: float, mid_y: float) -> None:
        text_color = self.palette().color(self.foregroundRole())
        grid = QColor("#b8c2cc")
        painter.setPen(QPen(grid, 1, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(mid_x, plot.top()), QPointF(mid_x, plot.bottom()))
        painter.drawLine(QPointF(plot.left(), mid_y), QPointF(plot.right(), mid_y))
        painter.setPen(QPen(QColor("#8a96a3"), 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(plot)
        metrics = painter.fontMetrics()
        painter.setPen(text_color)
        data = self.data_rect()
        for fraction, label in self.x_ticks.positions:
            x = data.left() + fraction * data.width()
            painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 4))
            width = metrics.horizontalAdvance(label)
            painter.drawText(QPointF(x - width / 2, plot.bottom() + 6 + metrics.ascent()), label)
        for fraction, label in self.y_ticks.positions:
            y = data.bottom() - fraction * data.height()
            painter.drawLine(QPointF(plot.left() - 4, y), QPointF(plot.left(), y))
            width = metrics.horizontalAdvance(label)
            painter.drawText(QPointF(plot.left() - 7 - width, y + metrics.ascent() / 2 - 1), label)
        bold = QFont(self.font())
        bold.setBold(True)
        painter.setFont(bold)
        metrics = painter.fontMetrics()
        x_title = metrics.elidedText(
            self.x_ticks.title, Qt.TextElideMode.ElideRight, int(plot.width())
        )
        painter.drawText(
            QPointF(
                plot.center().x() - metrics.horizontalAdvance(x_title) / 2,
                plot.bottom() + 8 + metrics.height() + metrics.ascent(),
            ),
            x_title,
        )
        y_title = metrics.elidedText(
            self.y_ticks.title, Qt.TextElideMode.ElideRight, int(plot.height())
        )
        painter.save()
        painter.translate(6 + metrics.ascent(), plot.center().y())
        painter.rotate(-90)
        painter.drawText(QPointF(-metrics.horizontalAdvance(y_title) / 2, 0), y_title)
        painter.restore()
        painter.setFont(self.font())

    def _paint_points(self, painter: QPainter) -> None:
        positions = self._positions()
        selected = []
        pens: dict[int, QPen] = {}  # one pen per colour, not one per dot
        for point, center in zip(self.points, positions, strict=True):
            if point.touchpoint_id in self.selected:
                selected.append((point, center))
                continue
            pen = pens.get(point.color.rgba())
            if pen is None:
                pen = pens[point.color.rgba()] = QPen(point.color.darker(150), 1)
            painter.setPen(pen)
            painter.setBrush(point.color)
            painter.drawEllipse(center, DOT_RADIUS, DOT_RADIUS)
        for point, center in selected:
            painter.setPen(QPen(QColor("white"), 3))
            painter.setBrush(point.color)
            painter.drawEllipse(center, DOT_RADIUS + 2, DOT_RADIUS + 2)
            painter.setPen(QPen(QColor("#1d2733"), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(center, DOT_RADIUS + 3.5, DOT_RADIUS + 3.5)
        hovered = next((p for p in self.points if p.touchpoint_id == self.hovered), None)
        if hovered is not None:
            painter.setPen(QPen(QColor("#1d2733"), 1.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(self.position(hovered), DOT_RADIUS + 5, DOT_RADIUS + 5)

    def _paint_legend(self, painter: QPainter, plot: QRectF) -> None:
        metrics = painter.fontMetrics()
        x = plot.right() + 16
        width = LEGEND_WIDTH - 4
        note_height = 0
        if self.note:
            flags = int(Qt.AlignmentFlag.AlignBottom | Qt.TextFlag.TextWordWrap)
            bounds = metrics.boundingRect(0, 0, width, 10 * metrics.height(), flags, self.note)
            note_height = bounds.height()
            note_rect = QRectF(x, plot.bottom() - note_height, width, note_height)
            painter.setPen(self.palette().color(self.palette().ColorRole.PlaceholderText))
            painter.drawText(note_rect, flags, self.note)
        line = metrics.height() + 4
        available = max(0, int((plot.height() - note_height - 6) // line))
        items = self.legend
        if len(items) > available:
            items = items[: max(0, available - 1)]
        text_color = self.palette().color(self.foregroundRole())
        y = plot.top()
        for color, name in items:
            painter.setPen(QPen(color.darker(150), 1))
            painter.setBrush(color)
            painter.drawEllipse(QPointF(x + 5, y + line / 2), 4.5, 4.5)
            painter.setPen(text_color)
            text = metrics.elidedText(name, Qt.TextElideMode.ElideRight, LEGEND_WIDTH - 18)
            painter.drawText(QPointF(x + 15, y + line / 2 + metrics.ascent() / 2 - 1), text)
            y += line
        hidden = len(self.legend) - len(items)
        if hidden and available:
            painter.setPen(text_color)
            more = metrics.elidedText(
                self.tr("+ %n more", "", hidden), Qt.TextElideMode.ElideRight, LEGEND_WIDTH - 18
            )
            painter.drawText(QPointF(x + 15, y + line / 2 + metrics.ascent() / 2 - 1), more)

    # -- mouse ----------------------------------------------------------------------------

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        """Highlight the dot under the mouse and show its name."""
        point = self.point_at(event.position())
        hovered = None if point is None else point.touchpoint_id
        if hovered != self.hovered:
            self.hovered = hovered
            self.update()
        if point is not None:
            QToolTip.showText(event.globalPosition().toPoint(), tip(shown(point.name, 120)), self)
        else:
            QToolTip.hideText()

    def leaveEvent(self, event: object) -> None:
        """Forget the hovered dot."""
        if self.hovered is not None:
            self.hovered = None
            self.update()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """A click on a dot selects its touchpoint (Ctrl adds); elsewhere clears."""
        if event.button() != Qt.MouseButton.LeftButton:
            return
        point = self.point_at(event.position())
        additive = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if point is not None:
            self.touchpoint_clicked.emit(point.touchpoint_id, additive)
        elif self.plot_rect().contains(event.position()) and not additive:
            self.background_clicked.emit()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        """A double click beside the dots edits that quadrant's label."""
        if self.point_at(event.position()) is not None:
            return
        quadrant = self.quadrant_at(event.position())
        if quadrant is not None:
            self.quadrant_double_clicked.emit(quadrant)

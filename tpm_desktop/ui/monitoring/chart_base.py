"""What the monitoring charts share: a value axis with grid, legend entries, tags, hover tips.

Charts are painted with QPainter (no QtCharts, no web view). Each chart computes
its plot rectangle from the widths of its labels, so nothing is clipped at any
size, and keeps the painted points for tooltips.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from tpm_desktop.core.chart_scale import decimals_for
from tpm_desktop.ui.monitoring.formatting import format_number, plain_tip

GRID = QColor("#e3e6ea")
AXIS = QColor("#9aa3ad")
HOVER_RADIUS = 10.0


class ValueAxis:
    """Maps values onto a vertical pixel range."""

    def __init__(self, ticks: list[float], top: float, bottom: float) -> None:
        self.ticks = ticks
        self.low, self.high = ticks[0], ticks[-1]
        self.top, self.bottom = top, bottom
        self.step = ticks[1] - ticks[0] if len(ticks) > 1 else 1.0

    def y(self, value: float) -> float:
        """The pixel row of a value."""
        span = self.high - self.low or 1.0
        return self.bottom - (value - self.low) / span * (self.bottom - self.top)

    def labels(self, unit: str = "") -> list[str]:
        """Tick labels with as many decimals as the step needs."""
        decimals = decimals_for(self.step)
        suffix = f"\u00a0{unit}" if unit else ""
        return [format_number(t, decimals) + suffix for t in self.ticks]


class ChartWidget(QWidget):
    """Base class: background, fonts, empty message, and tooltips for painted points."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMouseTracking(True)
        self.setMinimumSize(200, 140)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        # Painted points and their tooltip text, for hovering.
        self.hover_points: list[tuple[QPointF, str]] = []

    def sizeHint(self) -> QSize:
        """Wide rather than tall: charts are time lines."""
        return QSize(560, 280)

    # -- painting ---------------------------------------------------------------------------

    def paintEvent(self, _event: QPaintEvent) -> None:
        """Fill the background and let the subclass paint."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().color(QPalette.ColorRole.Base))
        self.hover_points = []
        self.paint_chart(painter, QRectF(self.rect()).adjusted(8, 6, -8, -6))
        painter.end()

    def paint_chart(self, painter: QPainter, area: QRectF) -> None:
        """Paint into `area` (subclasses)."""

    def text_color(self) -> QColor:
        """The palette's text colour."""
        return self.palette().color(QPalette.ColorRole.Text)

    def muted_color(self) -> QColor:
        """A quieter colour for axis labels."""
        return self.palette().color(QPalette.ColorRole.PlaceholderText)

    def small_font(self) -> QFont:
        """The font for axis labels: the widget's font, one point smaller."""
        font = QFont(self.font())
        if font.pointSizeF() > 0:
            font.setPointSizeF(max(7.0, font.pointSizeF() - 1))
        return font

    def draw_message(self, painter: QPainter, area: QRectF, text: str) -> None:
        """A centred message instead of a chart (no data, nothing selected)."""
        painter.setPen(self.muted_color())
        painter.setFont(self.font())
        painter.drawText(area, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, text)

    def draw_value_grid(
        self, painter: QPainter, plot: QRectF, axis: ValueAxis, labels: list[str]
    ) -> None:
        """Horizontal grid lines with their labels right-aligned left of the plot."""
        painter.setFont(self.small_font())
        metrics = QFontMetricsF(painter.font())
        for tick, label in zip(axis.ticks, labels, strict=True):
            y = axis.y(tick)
            painter.setPen(QPen(GRID, 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(self.muted_color())
            box = QRectF(0, y - metrics.height() / 2, plot.left() - 6, metrics.height())
            painter.drawText(
                box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label
            )
        painter.setPen(QPen(AXIS, 1))
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())

    def legend_entry(
        self,
        painter: QPainter,
        x: float,
        y: float,
        pen: QPen,
        text: str,
        max_width: float,
        marker: bool = False,
    ) -> float:
        """A line sample and its text at (x, baseline-centre y); returns the x after it."""
        painter.setFont(self.small_font())
        metrics = QFontMetricsF(painter.font())
        painter.setPen(pen)
        painter.drawLine(QPointF(x, y), QPointF(x + 22, y))
        if marker:
            painter.setBrush(pen.color())
            painter.drawEllipse(QPointF(x + 11, y), 3, 3)
            painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(self.text_color())
        available = max(0.0, max_width - 28)
        shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, available)
        painter.drawText(QPointF(x + 28, y + metrics.ascent() / 2 - 1), shown)
        return x + 28 + metrics.horizontalAdvance(shown) + 16

    def draw_tag(
        self, painter: QPainter, left: float, y: float, text: str, fill: QColor, color: QColor
    ) -> QRectF:
        """A small rounded label centred vertically on y (the right-margin value tags)."""
        painter.setFont(self.small_font())
        metrics = QFontMetricsF(painter.font())
        box = QRectF(
            left,
            y - metrics.height() / 2 - 2,
            metrics.horizontalAdvance(text) + 10,
            metrics.height() + 4,
        )
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawRoundedRect(box, 3, 3)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(color)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
        return box

    def tag_width(self, text: str) -> float:
        """The width draw_tag needs for a text."""
        return QFontMetricsF(self.small_font()).horizontalAdvance(text) + 10

    # -- hovering ---------------------------------------------------------------------------

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        """Show the nearest point's value as a tooltip."""
        position = event.position()
        nearest = _nearest(self.hover_points, position, lambda p: p[0])
        if nearest is None:
            QToolTip.hideText()
        else:
            QToolTip.showText(event.globalPosition().toPoint(), plain_tip(nearest[1]), self)
        super().mouseMoveEvent(event)

    def tooltip_at(self, position: QPointF) -> str | None:
        """The tooltip text for a position (tests and accessibility)."""
        nearest = _nearest(self.hover_points, position, lambda p: p[0])
        return nearest[1] if nearest else None


def _nearest(
    items: list[tuple[QPointF, str]], position: QPointF, point: Callable
) -> tuple[QPointF, str] | None:
    best, best_distance = None, HOVER_RADIUS
    for item in items:
        delta = point(item) - position
        distance = (delta.x() ** 2 + delta.y() ** 2) ** 0.5
        if distance <= best_distance:
            best, best_distance = item, distance
    return best

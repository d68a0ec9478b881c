"""The chart of one KPI: values over time, the target line, the last value against the target."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, QLocale, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QWidget

from tpm_desktop.core.chart_scale import date_ticks, nice_ticks, value_range
from tpm_desktop.core.enums import Direction
from tpm_desktop.core.model import Kpi, Measurement
from tpm_desktop.core.monitoring import on_target
from tpm_desktop.ui.monitoring.chart_base import AXIS, ChartWidget, ValueAxis
from tpm_desktop.ui.monitoring.formatting import (
    BAD,
    GOOD,
    SERIES,
    format_date,
    format_value,
    short,
    target_text,
)

MAX_UNIT_ON_AXIS = 4  # longer units go into the legend instead of every tick label


class KpiChart(ChartWidget):
    """Measured values as a line over a calendar axis, with the target and the last value."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kpi_chart")
        self._kpi: Kpi | None = None
        self._measurements: list[Measurement] = []
        self._message = ""

    def set_data(self, kpi: Kpi | None, measurements: list[Measurement]) -> None:
        """Show a KPI with its measurements (oldest first)."""
        self._kpi = kpi
        self._measurements = list(measurements)
        self.update()

    def set_message(self, text: str) -> None:
        """The text shown when there is no KPI."""
        self._message = text
        self.update()

    # -- painting ---------------------------------------------------------------------------

    def paint_chart(self, painter: QPainter, area: QRectF) -> None:
        """Legend, good zone, grid, target, values and the right-margin tags."""
        kpi = self._kpi
        if kpi is None:
            self.draw_message(painter, area, self._message)
            return
        if not self._measurements:
            self.draw_message(
                painter,
                area,
                self.tr(
                    "No measurements yet.\nEnter them in the table beside the chart "
                    "or paste them from a spreadsheet."
                ),
            )
            return
        unit = short(kpi.unit, 20)
        axis_unit = unit if len(unit) <= MAX_UNIT_ON_AXIS else ""
        values = [m.value for m in self._measurements]
        last = self._measurements[-1]
        metrics = QFontMetricsF(self.small_font())
        line = metrics.height()

        # Vertical layout: legend, plot, two lines of date labels.
        legend_y = area.top() + line / 2 + 1
        plot_top = area.top() + line + 12
        plot_bottom = area.bottom() - 2 * line - 8
        if plot_bottom - plot_top < 40:
            self.draw_message(painter, area, short(kpi.name))
            return
        low, high = value_range([*values, *([kpi.target] if kpi.target is not None else [])])
        ticks = nice_ticks(low, high, max(2, int((plot_bottom - plot_top) / 34)))
        axis = ValueAxis(ticks, plot_top, plot_bottom)
        labels = axis.labels(axis_unit)
        label_width = max(metrics.horizontalAdvance(t) for t in labels)
        target_tag = format_value(kpi.target, unit) if kpi.target is not None else ""
        last_tag = format_value(last.value, unit)
        tag_space = max(self.tag_width(last_tag), self.tag_width(target_tag) if target_tag else 0)
        plot = QRectF(
            area.left() + label_width + 8,
            plot_top,
            max(40.0, area.width() - label_width - 8 - tag_space - 8),
            plot_bottom - plot_top,
        )

        # The side of the target that is good, tinted.
        if kpi.target is not None:
            target_y = min(max(axis.y(kpi.target), plot.top()), plot.bottom())
            zone = (
                QRectF(plot.left(), plot.top(), plot.width(), target_y - plot.top())
                if kpi.direction is Direction.HIGHER
                else QRectF(plot.left(), target_y, plot.width(), plot.bottom() - target_y)
            )
            tint = QColor(GOOD)
            tint.setAlpha(22)
            painter.fillRect(zone, tint)

        self.draw_value_grid(painter, plot, axis, labels)
        first_day, last_day = self._measurements[0].date, last.date
        x_of = _time_scale(first_day, last_day, plot)
        self._draw_date_axis(painter, plot, first_day, last_day, x_of)

        if kpi.target is not None:
            pen = QPen(GOOD, 1.6, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            y = axis.y(kpi.target)
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))

        points = [QPointF(x_of(m.date), axis.y(m.value)) for m in self._measurements]
        path = QPainterPath(points[0])
        for point in points[1:]:
            path.lineTo(point)
        painter.setPen(QPen(SERIES, 2))
        painter.drawPath(path)
        painter.setBrush(SERIES)
        painter.setPen(QPen(self.palette().base().color(), 1))
        for point, measurement in zip(points, self._measurements, strict=True):
            painter.drawEllipse(point, 3.2, 3.2)
            tip = f"{format_date(measurement.date)}: {format_value(measurement.value, unit)}"
            if measurement.note:
                tip += "\n" + short(measurement.note, 200)
            self.hover_points.append((point, tip))
        met = on_target(last.value, kpi.target, kpi.direction)
        last_color = SERIES if met is None else GOOD if met else BAD
        painter.setBrush(last_color)
        painter.setPen(QPen(self.palette().base().color(), 2))
        painter.drawEllipse(points[-1], 5.5, 5.5)
        painter.setBrush(Qt.BrushStyle.NoBrush)

        self._draw_tags(painter, plot, axis, kpi, last.value, target_tag, last_tag, last_color)
        self._draw_legend(painter, area, legend_y, kpi, unit, axis_unit)

    def _draw_tags(
        self,
        painter: QPainter,
        plot: QRectF,
        axis: ValueAxis,
        kpi: Kpi,
        last_value: float,
        target_tag: str,
        last_tag: str,
        last_color: QColor,
    ) -> None:
        """The target and the last value as tags right of the plot, kept apart."""
        height = QFontMetricsF(self.small_font()).height() + 6
        last_y = axis.y(last_value)
        left = plot.right() + 6
        if kpi.target is not None:
            target_y = axis.y(kpi.target)
            if abs(target_y - last_y) < height:
                # Too close: push them apart around their middle, the better one on top.
                middle = (target_y + last_y) / 2
                upper, lower = middle - height / 2, middle + height / 2
                target_y, last_y = (lower, upper) if last_y <= target_y else (upper, lower)
            fill = QColor(GOOD)
            fill.setAlpha(40)
            self.draw_tag(painter, left, target_y, target_tag, fill, GOOD.darker(120))
        self.draw_tag(painter, left, last_y, last_tag, last_color, QColor("white"))

    def _draw_legend(
        self, painter: QPainter, area: QRectF, y: float, kpi: Kpi, unit: str, axis_unit: str
    ) -> None:
        x = area.left()
        width = area.width()
        measured = self.tr("Measured")
        if unit and not axis_unit:
            measured = self.tr("Measured (%1)").replace("%1", unit)
        x = self.legend_entry(painter, x, y, QPen(SERIES, 2), measured, width / 2, marker=True)
        if kpi.target is not None:
            label = self.tr("Target %1").replace("%1", target_text(kpi.target, kpi.direction, unit))
            self.legend_entry(
                painter, x, y, QPen(GOOD, 1.6, Qt.PenStyle.DashLine), label, area.right() - x
            )

    def _draw_date_axis(
        self,
        painter: QPainter,
        plot: QRectF,
        first: date,
        last: date,
        x_of: Callable[[date], float],
    ) -> None:
        """Tick marks on the base line and dates under them; the year under January."""
        painter.setFont(self.small_font())
        metrics = QFontMetricsF(painter.font())
        locale = QLocale()
        sample = max(
            metrics.horizontalAdvance(locale.monthName(m, QLocale.FormatType.ShortFormat))
            for m in range(1, 13)
        )
        max_ticks = max(2, int(plot.width() / (sample + 18)))
        ticks = date_ticks(first, last, max_ticks)
        monthly = all(t.day == 1 for t in ticks) and (last - first).days > 70
        previous_year = None
        for tick in ticks:
            x = x_of(tick)
            if x < plot.left() - 0.5 or x > plot.right() + 0.5:
                continue
            painter.setPen(QPen(AXIS, 1))
            painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 4))
            qdate = QDate(tick.year, tick.month, tick.day)
            if monthly:
                top = locale.toString(qdate, "MMM")
                bottom = str(tick.year) if tick.year != previous_year else ""
            else:
                top = locale.toString(qdate, "d MMM")
                bottom = str(tick.year) if tick.year != previous_year else ""
            previous_year = tick.year
            painter.setPen(self.muted_color())
            for row, text in enumerate((top, bottom)):
                if not text:
                    continue
                width = metrics.horizontalAdvance(text)
                left = min(max(x - width / 2, plot.left() - 4), plot.right() + 4 - width)
                baseline = plot.bottom() + 6 + metrics.ascent() + row * metrics.height()
                painter.drawText(QPointF(left, baseline), text)


def _time_scale(first: date, last: date, plot: QRectF) -> Callable[[date], float]:
    """date -> x within the plot, with a little room at both ends."""
    span = (last - first).days
    pad = max(span * 0.03, 1.0) if span else 15.0
    start = first.toordinal() - pad
    total = span + 2 * pad

    def x_of(day: date) -> float:
        return plot.left() + (day.toordinal() - start) / total * plot.width()

    return x_of

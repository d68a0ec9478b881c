"""The weighted score of a touchpoint, or a department's mean, across all assessment rounds."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from tpm_desktop.core import scoring
from tpm_desktop.core.changes import Delta
from tpm_desktop.core.chart_scale import nice_ticks
from tpm_desktop.core.enums import Dimension
from tpm_desktop.core.model import (
    AssessmentRound,
    Criterion,
    Department,
    RoundTouchpoint,
    Score,
    Touchpoint,
)
from tpm_desktop.core.rounds import SeriesPoint, department_series, touchpoint_series
from tpm_desktop.ui.monitoring import formatting
from tpm_desktop.ui.monitoring.chart_base import AXIS, ChartWidget, ValueAxis
from tpm_desktop.ui.monitoring.formatting import (
    GOOD,
    SERIES,
    format_date,
    format_number,
    short,
)
from tpm_desktop.ui.monitoring.panel import ContextPanel, Notify

SELECTED = -1  # the subject combo's value for "the selected touchpoint"


class ScoreHistoryChart(ChartWidget):
    """Rounds side by side on the x axis; as-is and target weighted scores as lines."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("score_history_chart")
        self._points: list[SeriesPoint] = []
        self._scale = scoring.DEFAULT_SCALE
        self._message = ""

    def set_series(
        self, points: list[SeriesPoint], scale: scoring.Scale, message: str = ""
    ) -> None:
        """Show points (the last may be the current scores, round_id None)."""
        self._points = points
        self._scale = scale
        self._message = message
        self.update()

    def paint_chart(self, painter: QPainter, area: QRectF) -> None:
        """Legend, grid on the score scale, a column per round, the two lines."""
        known = [p for p in self._points if p.as_is is not None or p.target is not None]
        if self._message or not known:
            self.draw_message(
                painter, area, self._message or self.tr("Not rated in any round yet.")
            )
            return
        metrics = QFontMetricsF(self.small_font())
        line = metrics.height()
        plot_top = area.top() + line + 14
        plot_bottom = area.bottom() - 2 * line - 10
        ticks = nice_ticks(
            self._scale.minimum, self._scale.maximum, max(2, int((plot_bottom - plot_top) / 34))
        )
        axis = ValueAxis(ticks, plot_top, plot_bottom)
        labels = axis.labels()
        label_width = max(metrics.horizontalAdvance(t) for t in labels)
        plot = QRectF(
            area.left() + label_width + 8,
            plot_top,
            area.width() - label_width - 16,
            plot_bottom - plot_top,
        )
        self.draw_value_grid(painter, plot, axis, labels)
        count = len(self._points)
        column = plot.width() / count

        def x_of(i: int) -> float:
            return plot.left() + column * (i + 0.5)

        # Round names and dates under their columns, cut to the column's width.
        painter.setFont(self.small_font())
        for i, point in enumerate(self._points):
            x = x_of(i)
            painter.setPen(QPen(AXIS, 1))
            painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 4))
            painter.setPen(self.text_color() if point.round_id is not None else GOOD.darker(130))
            for row, text in enumerate((point.label, format_date(point.when))):
                shown = metrics.elidedText(short(text, 80), Qt.TextElideMode.ElideRight, column - 6)
                width = metrics.horizontalAdvance(shown)
                baseline = plot.bottom() + 6 + metrics.ascent() + row * line
                painter.drawText(QPointF(x - width / 2, baseline), shown)
                painter.setPen(self.muted_color())

        self._draw_line(
            painter,
            axis,
            x_of,
            [p.target for p in self._points],
            QPen(GOOD, 1.6, Qt.PenStyle.DashLine),
            False,
        )
        self._draw_line(
            painter, axis, x_of, [p.as_is for p in self._points], QPen(SERIES, 2.2), True
        )

        y = area.top() + line / 2 + 1
        x = self.legend_entry(
            painter,
            area.left(),
            y,
            QPen(SERIES, 2.2),
            self.tr("As-is (weighted score)"),
            area.width() / 2,
            marker=True,
        )
        self.legend_entry(
            painter,
            x,
            y,
            QPen(GOOD, 1.6, Qt.PenStyle.DashLine),
            self.tr("Target"),
            area.right() - x,
        )

    def _draw_line(
        self,
        painter: QPainter,
        axis: ValueAxis,
        x_of: Callable[[int], float],
        values: list[float | None],
        pen: QPen,
        labelled: bool,
    ) -> None:
        """A line through the known values (broken where a round has none).

        With `labelled`, points get markers (hollow for today's scores) and values.
        """
        path = QPainterPath()
        gap = True
        for i, value in enumerate(values):
            if value is None:
                gap = True
                continue
            point = QPointF(x_of(i), axis.y(value))
            if gap:
                path.moveTo(point)
            else:
                path.lineTo(point)
            gap = False
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
        if not labelled:
            return
        metrics = QFontMetricsF(self.small_font())
        painter.setFont(self.small_font())
        for i, value in enumerate(values):
            if value is None:
                continue
            point = QPointF(x_of(i), axis.y(value))
            current = self._points[i].round_id is None
            painter.setPen(QPen(pen.color(), 2))
            painter.setBrush(self.palette().base().color() if current else pen.color())
            painter.drawEllipse(point, 4.5, 4.5)
            text = format_number(value, 2)
            painter.setPen(self.text_color())
            width = metrics.horizontalAdvance(text)
            painter.drawText(QPointF(point.x() - width / 2, point.y() - 9), text)
            when = format_date(self._points[i].when)
            self.hover_points.append(
                (point, f"{short(self._points[i].label, 80)} ({when}): {text}")
            )
        painter.setBrush(Qt.BrushStyle.NoBrush)


class ScoreHistoryView(ContextPanel):
    """Chooses the subject (selected touchpoint or a department) and shows its history."""

    follows_selection = True

    def __init__(self, language: str, notify: Notify, parent: QWidget | None = None) -> None:
        super().__init__(language, notify, parent)
        self.subject_box = QComboBox()
        self.subject_box.setMinimumContentsLength(28)
        self.subject_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.subject_box.activated.connect(self._on_subject)
        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Show")))
        bar.addWidget(self.subject_box)
        bar.addWidget(self.title, 1)
        self.chart = ScoreHistoryChart()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(bar)
        layout.addWidget(self.chart, 1)
        self._subject = SELECTED

    def concerns(self, delta: Delta) -> bool:
        """Rounds, scores (for the current point), criteria and names."""
        return delta.touches(
            AssessmentRound, RoundTouchpoint, Score, Criterion, Touchpoint, Department
        )

    def _on_selection_changed(self, _ids: list[int]) -> None:
        if self._subject == SELECTED:
            self.invalidate()

    def clear(self) -> None:
        """No document."""
        self.subject_box.clear()
        self.title.clear()
        self.chart.set_series([], scoring.DEFAULT_SCALE, " ")

    def _on_subject(self, _index: int) -> None:
        self._subject = self.subject_box.currentData()
        self.invalidate()

    def refresh(self) -> None:
        """Fill the subjects and draw the chosen one's history."""
        assert self.context is not None
        state = self.context.document.state
        self.subject_box.clear()
        self.subject_box.addItem(self.tr("Selected touchpoint"), SELECTED)
        for department in state.lanes(Dimension.DEPARTMENT):
            self.subject_box.addItem(
                self.tr("Department: %1").replace("%1", short(department.name, 50)), department.id
            )
        index = self.subject_box.findData(self._subject)
        if index < 0:
            self._subject, index = SELECTED, 0
        self.subject_box.setCurrentIndex(index)
        scale = scoring.reference_scale(state.criteria)
        now = (self.tr("Today"), formatting.today())
        if not state.rounds():
            self.title.clear()
            self.chart.set_series([], scale, self.tr("No assessment round has been closed yet."))
            return
        if self._subject == SELECTED:
            touchpoint = state.touchpoints.get(self.current_touchpoint or -1)
            if touchpoint is None:
                self.title.clear()
                self.chart.set_series([], scale, self.tr("Select a touchpoint on the map."))
                return
            self.title.setText(short(touchpoint.name))
            points = touchpoint_series(state, touchpoint.id, current=now)
        else:
            department = state.get(Department, self._subject)
            self.title.setText(
                self.tr("Mean of the department's touchpoints") if department is not None else ""
            )
            points = department_series(state, self._subject, current=now)
        self.chart.set_series(points, scale)

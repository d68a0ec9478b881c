"""Small vector charts of the monitoring section: a KPI over time, scores over rounds."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from reportlab.graphics.shapes import Circle, Drawing, Line, PolyLine, String
from reportlab.lib.colors import Color

from tpm_desktop.core.enums import Direction
from tpm_desktop.reports.pdf import fonts
from tpm_desktop.reports.pdf.figures import KpiFigures
from tpm_desktop.reports.pdf.safe import line
from tpm_desktop.reports.pdf.styles import (
    ACCENT,
    FAINT,
    GOOD,
    HAIRLINE,
    INK,
    MUTED,
    NAVY,
    RULE,
    TREND_COLOURS,
    WARN,
)
from tpm_desktop.reports.pdf.textblock import elide, text_width
from tpm_desktop.reports.pdf.texts import Texts


def _string(
    x: float,
    y: float,
    text: str,
    size: float,
    colour: Color,
    anchor: str = "start",
    bold: bool = False,
) -> String:
    return String(
        x,
        y,
        text,
        fontName=fonts.BOLD if bold else fonts.REGULAR,
        fontSize=size,
        fillColor=colour,
        textAnchor=anchor,
    )


def nice_ticks(low: float, high: float, count: int = 3) -> list[float]:
    """Round tick values (1, 2, 2.5 or 5 times a power of ten) covering low..high."""
    if high <= low:
        high = low + (abs(low) * 0.2 or 1.0)
    raw = (high - low) / max(1, count)
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= raw)
    first = math.floor(low / step) * step
    ticks = []
    value = first
    while value < high + step * 0.999:
        ticks.append(round(value, 10))
        value += step
    return ticks


def new_drawing(width: float, height: float) -> Drawing:
    """A drawing whose default font is the report's (no stray Helvetica in the PDF)."""
    return Drawing(width, height, initialFontName=fonts.REGULAR, initialFontSize=7)


def kpi_chart(figures: KpiFigures, texts: Texts, width: float, height: float) -> Drawing:
    """One KPI: values over time, the target as a dashed line, the last value against it."""
    t = texts
    kpi = figures.kpi
    unit = line(kpi.unit, 12)
    last = figures.last
    drawing = new_drawing(width, height)
    drawing.add(
        _string(0, height - 8, elide(line(kpi.name, 80), fonts.BOLD, 7, width), 7, NAVY, bold=True)
    )
    value_text = ""
    if last is not None:
        # The arrow says where the values move, its colour whether that is good.
        arrow = t.trend_arrow(figures.trend, kpi.direction)
        arrow_colour = TREND_COLOURS.get(figures.trend, MUTED)
        drawing.add(_string(width, height - 18, arrow, 7.5, arrow_colour, "end", bold=True))
        value = t.measure(last.value, unit)
        colour = INK if figures.on_target is None else GOOD if figures.on_target else WARN
        arrow_width = text_width(f" {arrow}", fonts.BOLD, 7.5)
        drawing.add(_string(width - arrow_width, height - 18, value, 7.5, colour, "end", bold=True))
        value_text = f"{value} {arrow}"
    room = width - text_width(value_text, fonts.BOLD, 7.5) - 8
    subtitle = elide(line(figures.touchpoint.name, 80), fonts.REGULAR, 6.2, room)
    drawing.add(_string(0, height - 17.5, subtitle, 6.2, MUTED))
    left, right, bottom, top = 24.0, width - 3.0, 12.0, height - 27.0
    values = [m.value for m in figures.measurements]
    if not values:
        middle = (bottom + top) / 2
        drawing.add(_string((left + right) / 2, middle, t("no_measurements"), 6.5, FAINT, "middle"))
        drawing.add(Line(left, bottom, right, bottom, strokeColor=RULE, strokeWidth=0.5))
        return drawing
    pool = [*values, *([kpi.target] if kpi.target is not None else [])]
    ticks = nice_ticks(min(pool), max(pool))
    low, high = ticks[0], ticks[-1]

    def py(value: float) -> float:
        return bottom + (value - low) / ((high - low) or 1.0) * (top - bottom)

    first_day = figures.measurements[0].date.toordinal()
    last_day = figures.measurements[-1].date.toordinal()
    span = max(1, last_day - first_day)

    def px(day: int) -> float:
        if last_day == first_day:
            return (left + right) / 2
        return left + (day - first_day) / span * (right - left)

    for value in ticks:
        y = py(value)
        drawing.add(Line(left, y, right, y, strokeColor=HAIRLINE, strokeWidth=0.3))
        drawing.add(_string(left - 3, y - 2, t.compact(value), 6, MUTED, "end"))
    if kpi.target is not None:
        y = py(kpi.target)
        drawing.add(
            Line(left, y, right, y, strokeColor=ACCENT, strokeWidth=0.8, strokeDashArray=[2.5, 1.8])
        )
        better = "≥" if kpi.direction is Direction.HIGHER else "≤"
        label = f"{better} {t('target_value', value=t.measure(kpi.target, unit))}"
        label = elide(label, fonts.REGULAR, 6, right - left - 4)
        above = y + 2.5 if y + 9 < top else y - 7.5
        drawing.add(_string(right - 1, above, label, 6, ACCENT, "end"))
    points: list[float] = []
    for m in figures.measurements:
        points += [px(m.date.toordinal()), py(m.value)]
    if len(points) >= 4:
        drawing.add(PolyLine(points, strokeColor=NAVY, strokeWidth=1.1, strokeLineJoin=1))
    end_colour = NAVY if figures.on_target is None else GOOD if figures.on_target else WARN
    drawing.add(Circle(points[-2], points[-1], 2.2, fillColor=end_colour, strokeColor=None))
    drawing.add(_string(left, 3, t.month(figures.measurements[0].date), 6, MUTED))
    if last_day != first_day:
        drawing.add(_string(right, 3, t.month(figures.measurements[-1].date), 6, MUTED, "end"))
    return drawing


def rounds_chart(
    series: Sequence[tuple[str, Color, Sequence[float | None]]],
    labels: Sequence[str],
    scale: tuple[float, float],
    width: float,
    height: float,
    highlight: str,
    compact: Callable[[float], str],
) -> Drawing:
    """Mean weighted scores per round: one line per series, the highlighted one bold."""
    drawing = new_drawing(width, height)
    left, right, bottom, top = 26.0, width - 150.0, 16.0, height - 6.0
    known = [v for _name, _colour, values in series for v in values if v is not None]
    ticks = nice_ticks(
        max(scale[0], min(known, default=scale[0]) - 0.2),
        min(scale[1], max(known, default=scale[1]) + 0.2),
        4,
    )
    low, high = ticks[0], ticks[-1]
    span = (high - low) or 1.0
    count = max(1, len(labels) - 1)

    def px(index: int) -> float:
        return left + index / count * (right - left)

    def py(value: float) -> float:
        return bottom + (value - low) / span * (top - bottom)

    drawing.add(
        PolyLine([left, top, left, bottom, right, bottom], strokeColor=RULE, strokeWidth=0.5)
    )
    for tick in ticks:
        y = py(tick)
        drawing.add(Line(left, y, right, y, strokeColor=HAIRLINE, strokeWidth=0.3))
        drawing.add(_string(left - 4, y - 2, compact(tick), 6.5, MUTED, "end"))
    for index, label in enumerate(labels):
        anchor = "start" if index == 0 else "end" if index == len(labels) - 1 else "middle"
        drawing.add(
            _string(px(index), 5, elide(label, fonts.REGULAR, 6.5, 110), 6.5, MUTED, anchor)
        )
    legend_y = top - 4
    ordered = sorted(series, key=lambda s: s[0] == highlight)  # the highlight last, on top
    for name, colour, values in ordered:
        bold = name == highlight
        points: list[float] = []
        for index, value in enumerate(values):
            if value is not None:
                points += [px(index), py(value)]
        if len(points) >= 4:
            drawing.add(PolyLine(points, strokeColor=colour, strokeWidth=2.0 if bold else 0.9))
        for i in range(0, len(points), 2):
            drawing.add(
                Circle(
                    points[i],
                    points[i + 1],
                    2.0 if bold else 1.4,
                    fillColor=colour,
                    strokeColor=None,
                )
            )
    for name, colour, _values in series:
        drawing.add(
            Line(
                right + 14,
                legend_y + 2.5,
                right + 26,
                legend_y + 2.5,
                strokeColor=colour,
                strokeWidth=2.0 if name == highlight else 1.0,
            )
        )
        text = elide(line(name, 60), fonts.BOLD if name == highlight else fonts.REGULAR, 6.5, 118)
        drawing.add(_string(right + 30, legend_y, text, 6.5, INK, bold=name == highlight))
        legend_y -= 9.5
    return drawing

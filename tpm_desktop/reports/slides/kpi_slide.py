"""The KPI trends slide: where the key figures stand against their targets, and where they move.

The KPIs of super and focus touchpoints come first, then the others, each group
in ranking order.
"""

from __future__ import annotations

from tpm_desktop.core.monitoring import Trend
from tpm_desktop.reports.pdf.figures import KpiFigures
from tpm_desktop.reports.pdf.safe import line
from tpm_desktop.reports.slides import theme
from tpm_desktop.reports.slides.chrome import caption, content_slide
from tpm_desktop.reports.slides.context import SlideContext
from tpm_desktop.reports.slides.fitting import Para
from tpm_desktop.reports.slides.shapes import Box, Cell, Column, table, text_box
from tpm_desktop.reports.slides.theme import CONTENT_BOTTOM, CONTENT_TOP, CONTENT_WIDTH, MARGIN

COUNT = 10
CAPTION_ROOM = 24.0
TREND_COLOURS = {Trend.IMPROVING: theme.GOOD, Trend.WORSENING: theme.WARN}


def key_kpis(context: SlideContext) -> list[KpiFigures]:
    """The KPIs in the slide's order: key touchpoints first."""
    data = context.data
    key = {tp.id for tp in [*data.super_touchpoints(), *data.focus_touchpoints()]}
    figures = data.kpis()
    return [f for f in figures if f.touchpoint.id in key] + [
        f for f in figures if f.touchpoint.id not in key
    ]


def kpi_slide(context: SlideContext) -> None:
    """KPI, touchpoint, first and latest value, target and trend."""
    t = context.t
    slide = content_slide(context, t("slide_kpis"))
    figures = key_kpis(context)
    if not figures:
        text_box(
            slide,
            Box(MARGIN, CONTENT_TOP, CONTENT_WIDTH, 60),
            [Para(t("no_kpis"))],
            18,
            colour=theme.MUTED,
        )
        return
    shown = figures if len(figures) <= COUNT else figures[: COUNT - 1]
    rows: list[list[Cell | str]] = []
    for figure in shown:
        kpi, unit = figure.kpi, line(figure.kpi.unit, 20)
        first = figure.measurements[0] if figure.measurements else None
        last = figure.last
        colour = None
        if figure.on_target is not None:
            colour = theme.GOOD if figure.on_target else theme.WARN
        trend = f"{t.trend_arrow(figure.trend, kpi.direction)} {t.trend(figure.trend)}"
        rows.append(
            [
                Cell(line(kpi.name), bold=True),
                line(figure.touchpoint.name),
                t.measure(first.value, unit) if first else "",
                Cell(t.measure(last.value, unit), colour, True) if last else "",
                t.measure(kpi.target, unit) if kpi.target is not None else "",
                Cell(trend, TREND_COLOURS.get(figure.trend)),
            ]
        )
    if len(shown) < len(figures):
        more = t("and_more", count=t.integer(len(figures) - len(shown)))
        rows.append([Cell(more, theme.MUTED), "", "", "", "", ""])
    table(
        slide,
        Box(MARGIN, CONTENT_TOP, CONTENT_WIDTH, CONTENT_BOTTOM - CONTENT_TOP - CAPTION_ROOM),
        [
            Column(t("kpi"), 0.27, lines=2),
            Column(t("touchpoint"), 0.24, lines=2),
            Column(t("first_value"), 0.1, right=True),
            Column(t("latest_value"), 0.1, right=True),
            Column(t("target_short"), 0.1, right=True),
            Column(t("trend"), 0.19),
        ],
        rows,
        size=13,
    )
    caption(context, slide, t("kpis_caption"), CONTENT_BOTTOM - CAPTION_ROOM, CAPTION_ROOM)

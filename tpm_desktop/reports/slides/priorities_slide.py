"""The top priorities slide: the ten touchpoints with the highest priority index."""

from __future__ import annotations

from tpm_desktop.reports.pdf.safe import line
from tpm_desktop.reports.slides import theme
from tpm_desktop.reports.slides.chrome import caption, content_slide
from tpm_desktop.reports.slides.context import SlideContext
from tpm_desktop.reports.slides.fitting import Para
from tpm_desktop.reports.slides.shapes import Box, Cell, Column, table, text_box
from tpm_desktop.reports.slides.theme import CONTENT_BOTTOM, CONTENT_TOP, CONTENT_WIDTH, MARGIN

COUNT = 10
CAPTION_ROOM = 24.0


def priorities_slide(context: SlideContext) -> None:
    """Rank, name, department, scores, priority index and decision of the top ten."""
    t, data = context.t, context.data
    slide = content_slide(context, t("slide_priorities"))
    top = data.top_priority(COUNT)
    if not top:
        text_box(
            slide,
            Box(MARGIN, CONTENT_TOP, CONTENT_WIDTH, 60),
            [Para(t("nothing_rated"))],
            18,
            colour=theme.MUTED,
        )
        return
    rows = []
    for tp in top:
        metrics = data.metrics[tp.id]
        rows.append(
            [
                t.integer(data.rank[tp.id]),
                Cell(line(tp.name), bold=True),
                line(data.department_name(tp)),
                t.score(metrics.as_is),
                t.score(metrics.target),
                t.gap(metrics.as_is, metrics.target),
                Cell(t.index(metrics.priority), theme.NAVY, True),
                t.decision(tp.decision),
            ]
        )
    table(
        slide,
        Box(MARGIN, CONTENT_TOP, CONTENT_WIDTH, CONTENT_BOTTOM - CONTENT_TOP - CAPTION_ROOM),
        [
            Column("#", 0.05, right=True),
            Column(t("touchpoint"), 0.33, lines=2),
            Column(t("department"), 0.19),
            Column(t("as_is"), 0.075, right=True),
            Column(t("target"), 0.075, right=True),
            Column(t("gap"), 0.075, right=True),
            Column(t("priority_short"), 0.065, right=True),
            Column(t("decision"), 0.14),
        ],
        rows,
        size=13,
    )
    caption(context, slide, t("priorities_caption"), CONTENT_BOTTOM - CAPTION_ROOM, CAPTION_ROOM)

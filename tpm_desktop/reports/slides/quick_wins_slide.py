"""The quick wins slide: open measures that pay off soon, by due date."""

from __future__ import annotations

from tpm_desktop.core.model import Touchpoint
from tpm_desktop.reports.pdf.safe import line
from tpm_desktop.reports.slides import theme
from tpm_desktop.reports.slides.chrome import caption, content_slide
from tpm_desktop.reports.slides.context import SlideContext
from tpm_desktop.reports.slides.fitting import Para
from tpm_desktop.reports.slides.shapes import Box, Cell, Column, table, text_box
from tpm_desktop.reports.slides.theme import CONTENT_BOTTOM, CONTENT_TOP, CONTENT_WIDTH, MARGIN

COUNT = 10
CAPTION_ROOM = 24.0


def quick_wins_slide(context: SlideContext) -> None:
    """Measure, touchpoint, owner, due date, cost and status of the quick wins."""
    t, data = context.t, context.data
    slide = content_slide(context, t("slide_quick_wins"))
    wins = data.quick_wins()
    if not wins:
        text_box(
            slide,
            Box(MARGIN, CONTENT_TOP, CONTENT_WIDTH, 60),
            [Para(t("no_quick_wins"))],
            18,
            colour=theme.MUTED,
        )
        return
    shown = wins if len(wins) <= COUNT else wins[: COUNT - 1]
    rows: list[list[Cell | str]] = []
    for measure in shown:
        tp: Touchpoint | None = data.state.touchpoints.get(measure.touchpoint_id)
        overdue = data.is_overdue(measure)
        rows.append(
            [
                Cell(line(measure.title), bold=True),
                line(tp.name) if tp else "",
                line(measure.owner),
                Cell(t.date(measure.due_date), theme.WARN if overdue else None, overdue),
                t.money(measure.cost, context.currency) if measure.cost else "",
                t.status(measure.status),
            ]
        )
    if len(shown) < len(wins):
        more = t("and_more", count=t.integer(len(wins) - len(shown)))
        rows.append([Cell(more, theme.MUTED), "", "", "", "", ""])
    table(
        slide,
        Box(MARGIN, CONTENT_TOP, CONTENT_WIDTH, CONTENT_BOTTOM - CONTENT_TOP - CAPTION_ROOM),
        [
            Column(t("measure"), 0.32, lines=2),
            Column(t("touchpoint"), 0.22, lines=2),
            Column(t("owner"), 0.14),
            Column(t("due"), 0.11, right=True),
            Column(t("cost"), 0.1, right=True),
            Column(t("status"), 0.11),
        ],
        rows,
        size=13,
    )
    caption(context, slide, t("quick_wins_caption"), CONTENT_BOTTOM - CAPTION_ROOM, CAPTION_ROOM)

"""The budget slide: what is planned and left, by decision and by department."""

from __future__ import annotations

from pptx.slide import Slide

from tpm_desktop.core.enums import Decision
from tpm_desktop.reports.pdf.safe import line
from tpm_desktop.reports.slides import theme
from tpm_desktop.reports.slides.chrome import caption, content_slide
from tpm_desktop.reports.slides.context import SlideContext
from tpm_desktop.reports.slides.fitting import Para
from tpm_desktop.reports.slides.shapes import Box, Cell, Column, row_height, table, text_box
from tpm_desktop.reports.slides.theme import (
    CONTENT_BOTTOM,
    CONTENT_TOP,
    CONTENT_WIDTH,
    GUTTER,
    MARGIN,
    TABLE_SIZE,
)

HEADING_ROOM = 26.0
MAX_DEPARTMENTS = 7  # rows; more departments end in a row for the rest
CAPTION_ROOM = 24.0


def _heading(slide: Slide, text: str, x: float, y: float, width: float) -> None:
    text_box(slide, Box(x, y, width, HEADING_ROOM - 4), [Para(text, bold=True)], 14, 10,
             colour=theme.NAVY)  # fmt: skip


def budget_slide(context: SlideContext) -> None:
    """Three tables: the overview, the budget by decision, the budget by department."""
    t, data = context.t, context.data
    currency = context.currency
    slide = content_slide(context, t("slide_budget"))
    half = (CONTENT_WIDTH - GUTTER) / 2
    planned = data.planned_budget()
    total = data.project.total_budget

    overview: list[list[Cell | str]] = [[t("budget_planned"), t.money(planned, currency)]]
    unallocated = total - planned if total else 0.0
    if total:
        overview.append([t("budget_total"), t.money(total, currency)])
        warn = theme.WARN if unallocated < 0 else None
        overview.append(
            [t("budget_unallocated"), Cell(t.money(unallocated, currency), warn, bool(warn))]
        )
    overview.append([t("budget_measures"), t.money(data.measures_cost(), currency)])
    top = CONTENT_TOP
    _heading(slide, t("budget_overview"), MARGIN, top, half)
    columns = [Column(t("item"), 0.62), Column(t("amount"), 0.38, right=True)]
    table(slide, Box(MARGIN, top + HEADING_ROOM, half, 200), columns, overview)

    top += HEADING_ROOM + row_height(TABLE_SIZE) * (len(overview) + 1) + 18
    _heading(slide, t("budget_by_department"), MARGIN, top, half)
    by_department = []
    for department in data.departments:
        members = [tp for tp in data.touchpoints if tp.department_id == department.id]
        amount = data.planned_budget(members)
        if amount:
            by_department.append((amount, department.name, len(members)))
    by_department.sort(key=lambda row: -row[0])
    named = MAX_DEPARTMENTS if len(by_department) <= MAX_DEPARTMENTS else MAX_DEPARTMENTS - 1
    rows: list[list[Cell | str]] = [
        [line(name), t.money(amount, currency), t.percent(amount / planned)]
        for amount, name, _ in by_department[:named]
    ]
    if len(by_department) > named:
        rest = sum(amount for amount, _, _ in by_department[named:])
        count = len(by_department) - named
        rows.append(
            [
                Cell(t("other_departments", count=t.integer(count)), theme.MUTED),
                t.money(rest, currency),
                t.percent(rest / planned),
            ]
        )
    if not rows:
        rows = [[Cell(t("none"), theme.MUTED), "", ""]]
    columns = [
        Column(t("department"), 0.56, lines=2),
        Column(t("budget"), 0.26, right=True),
        Column(t("share"), 0.18, right=True),
    ]
    room = CONTENT_BOTTOM - CAPTION_ROOM - top - HEADING_ROOM
    table(slide, Box(MARGIN, top + HEADING_ROOM, half, room), columns, rows)

    right = MARGIN + half + GUTTER
    _heading(slide, t("budget_by_decision"), right, CONTENT_TOP, half)
    decisions = []
    for decision in Decision:
        members = [tp for tp in data.touchpoints if tp.decision is decision]
        if members:
            amount = data.planned_budget(members)
            decisions.append(
                [
                    Cell(t.decision(decision), bold=True),
                    t.integer(len(members)),
                    t.money(amount, currency),
                    t.percent(amount / planned) if planned else "",
                ]
            )
    columns = [
        Column(t("decision"), 0.34),
        Column(t("touchpoints_count"), 0.22, right=True),
        Column(t("budget"), 0.26, right=True),
        Column(t("share"), 0.18, right=True),
    ]
    table(slide, Box(right, CONTENT_TOP + HEADING_ROOM, half, 260), columns, decisions)
    if total and unallocated < 0:
        note = t("budget_over", amount=t.money(-unallocated, currency))
        caption(context, slide, note, CONTENT_BOTTOM - CAPTION_ROOM, CAPTION_ROOM)

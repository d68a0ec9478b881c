"""The ranking table: every touchpoint by priority index, on landscape pages."""

from __future__ import annotations

from reportlab.platypus import Flowable

from tpm_desktop.reports.pdf.blocks import spacer
from tpm_desktop.reports.pdf.context import ReportContext
from tpm_desktop.reports.pdf.options import Section
from tpm_desktop.reports.pdf.tables import criteria_key, touchpoint_table
from tpm_desktop.reports.pdf.textblock import TextBlock

MAX_CRITERIA_COLUMNS = 8

COLUMNS = (
    "rank",
    "code",
    "name",
    "department",
    "channel",
    "phase",
    "criteria",
    "as_is",
    "target",
    "gap",
    "priority",
    "experience",
    "decision",
    "budget",
)


def ranking_part(context: ReportContext) -> list[Flowable]:
    """The ranking section's story."""
    t, styles, data = context.t, context.styles, context.data
    width, _ = context.wide_frame
    columns = list(COLUMNS)
    if len(data.criteria) > MAX_CRITERIA_COLUMNS or not data.criteria:
        columns.remove("criteria")
    story: list[Flowable] = [
        context.heading(Section.RANKING),
        TextBlock(t("ranking_intro"), styles.body),
    ]
    if "criteria" in columns:
        story.append(TextBlock(criteria_key(context), styles.muted))
    story.append(spacer(6))
    if not data.ranked:
        story.append(TextBlock(t("no_touchpoints"), styles.muted))
    else:
        story.append(touchpoint_table(context, data.ranked, columns, width))
    context.step(1.0)
    return story

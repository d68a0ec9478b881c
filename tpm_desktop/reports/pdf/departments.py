"""One section per department: its figures, its touchpoints and its measures."""

from __future__ import annotations

from reportlab.platypus import CondPageBreak, Flowable

from tpm_desktop.core.model import Department
from tpm_desktop.reports.pdf.blocks import Tile, Tiles, spacer
from tpm_desktop.reports.pdf.comments_part import department_comments
from tpm_desktop.reports.pdf.context import ReportContext
from tpm_desktop.reports.pdf.measures import measures_table
from tpm_desktop.reports.pdf.options import Section
from tpm_desktop.reports.pdf.plan import section_key
from tpm_desktop.reports.pdf.safe import line
from tpm_desktop.reports.pdf.tables import touchpoint_table
from tpm_desktop.reports.pdf.textblock import TextBlock

COLUMNS = (
    "rank",
    "code",
    "name",
    "channel",
    "phase",
    "as_is",
    "target",
    "gap",
    "priority",
    "decision",
)
NEW_PAGE_BELOW = 0.4  # of the page: a department starts on a new page when less is left


def department_key(department: Department) -> str:
    """The bookmark key of a department's section."""
    return f"dep-{department.id}"


def shown_departments(context: ReportContext) -> list[Department]:
    """The departments that get a section: those with touchpoints (a department
    report always shows its own)."""
    data = context.data
    if context.department is not None:
        return list(data.departments)
    used = {tp.department_id for tp in data.touchpoints}
    return [d for d in data.departments if d.id in used]


def department_part(context: ReportContext) -> list[Flowable]:
    """The departments' story: a department starts a new page unless most of one is left."""
    t, data = context.t, context.data
    _, height = context.text_frame
    story: list[Flowable] = [context.heading(Section.DEPARTMENTS)]
    shown = shown_departments(context)
    for index, department in enumerate(shown):
        if index:
            story.append(CondPageBreak(height * NEW_PAGE_BELOW))
        story += _one_department(context, department)
        context.step((index + 1) / max(1, len(shown)))
    # Empty lanes are named in one line rather than given a page each.
    empty = [d for d in data.departments if d not in shown]
    if empty:
        names = ", ".join(line(d.name, 80) for d in empty)
        story += [
            spacer(10),
            TextBlock(t("departments_without", names=names), context.styles.muted),
        ]
    return story


def _one_department(context: ReportContext, department: Department) -> list[Flowable]:
    t, data, styles = context.t, context.data, context.styles
    width, _ = context.text_frame
    members = data.in_department(department.id)
    online = sum(1 for tp in members if data.is_online(tp))
    as_is, target = data.mean("as_is", members), data.mean("target", members)
    ids = {tp.id for tp in members}
    measures = [m for m in data.measures if m.touchpoint_id in ids]
    overdue = sum(1 for m in measures if data.is_overdue(m))
    story: list[Flowable] = [context.subheading(department_key(department))]
    contact = line(department.contact_person)
    if contact:
        if department.contact_email.strip():
            contact += f" · {line(department.contact_email)}"
        story.append(TextBlock(t("contact", contact=contact), styles.muted))
    story += [
        spacer(6),
        Tiles(
            [
                Tile(
                    t.integer(len(members)),
                    t("tile_touchpoints"),
                    t(
                        "online_offline",
                        online=t.integer(online),
                        offline=t.integer(len(members) - online),
                    ),
                ),
                Tile(t.score(as_is), t("tile_mean_as_is")),
                Tile(
                    t.score(target),
                    t("tile_mean_target"),
                    t(
                        "mean_gap",
                        gap=t.gap(as_is, target),
                    ),
                ),
                Tile(
                    t.money_short(data.planned_budget(members), data.project.currency),
                    t("tile_budget"),
                ),
                Tile(
                    t.integer(len(measures)),
                    t("tile_measures"),
                    t("overdue_count", count=t.integer(overdue)),
                ),
            ],
            styles,
        ),
        spacer(10),
    ]
    if members and context.department is not None and context.options.has(Section.RANKING):
        # A department report lists the same touchpoints in its ranking section.
        ranking = context.plan.get(section_key(Section.RANKING)).number
        story.append(TextBlock(t("touchpoints_in_ranking", section=ranking), styles.muted))
    elif members:
        story.append(TextBlock(t("department_touchpoints"), styles.h3))
        story.append(touchpoint_table(context, members, COLUMNS, width))
    else:
        story.append(TextBlock(t("no_touchpoints"), styles.muted))
    if measures and context.department is not None and context.options.has(Section.MEASURES):
        # A department report's measures plan holds exactly these measures.
        plan = context.plan.get(section_key(Section.MEASURES)).number
        story.append(TextBlock(t("measures_in_plan", section=plan), styles.muted))
    elif measures:
        story += [spacer(8), TextBlock(t("department_measures"), styles.h3)]
        story.append(measures_table(context, measures, width, with_department=False))
    if context.department is not None:  # remarks are for the department they are sent to
        story += department_comments(context, members)
    return story

"""The management summary: the whole project on one page.

Every list is capped and every name is cut to one line, so the page cannot
overflow whatever the project holds.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable, KeepInFrame, Table, TableStyle

from tpm_desktop.core.model import Touchpoint
from tpm_desktop.reports.pdf import fonts
from tpm_desktop.reports.pdf.blocks import Tile, Tiles, layout_table, spacer
from tpm_desktop.reports.pdf.context import ReportContext
from tpm_desktop.reports.pdf.options import Section
from tpm_desktop.reports.pdf.safe import line
from tpm_desktop.reports.pdf.styles import (
    EXPERIENCE_COLOURS,
    INK,
    MUTED,
    WARN,
    grid_table_style,
)
from tpm_desktop.reports.pdf.textblock import TextBlock, elide, text_width

FONT_SIZE = 7.0
PAD = 4.0
GUTTER = 14.0
MAX_DEPARTMENT_ROWS = 10
MAX_LIST = 8
MAX_EXPERIENCES = 5
WIDE_SHARE = 0.56


def column_widths(
    fractions: Sequence[float],
    header: Sequence[str],
    columns: Sequence[Sequence[str]],
    width: float,
    whole: Sequence[int] = (),
) -> list[float]:
    """Widths that give a column what its longest cell needs, from the room others leave.

    Every column gets at least its heading. Columns whose cells need no more than
    their share of `width` get just that; the others share the rest in proportion
    to their shares, so a name is cut only when the table is really full.
    """
    shares = [width * f for f in fractions]
    heads = [text_width(line(h), fonts.BOLD, FONT_SIZE) + 2 * PAD + 1 for h in header]
    needs = [
        max([head, *(text_width(line(v), fonts.REGULAR, FONT_SIZE) + 2 * PAD + 1 for v in column)])
        for head, column in zip(heads, columns, strict=True)
    ]
    if sum(needs) <= width:  # everything fits: the spare room goes by share
        spare = width - sum(needs)
        return [n + spare * f for n, f in zip(needs, fractions, strict=True)]
    # Columns in `whole` (a short label such as an experience) are never cut.
    short = [n <= s or i in whole for i, (n, s) in enumerate(zip(needs, shares, strict=True))]
    room = width - sum(n for n, fits in zip(needs, short, strict=True) if fits)
    long_shares = sum(s for s, fits in zip(shares, short, strict=True) if not fits) or 1.0
    widths = [
        n if fits else max(head, room * s / long_shares)
        for n, s, head, fits in zip(needs, shares, heads, short, strict=True)
    ]
    over = sum(widths) - width  # headings that took more than their share
    if over > 0:
        widest = max(range(len(widths)), key=lambda i: widths[i] - heads[i])
        widths[widest] -= over
    return widths


def fit(text: str, width: float, bold: bool = False) -> str:
    """A cell's text cut to one line of the column."""
    font = fonts.BOLD if bold else fonts.REGULAR
    return elide(line(text), font, FONT_SIZE, width - 2 * PAD)


class Block:
    """A captioned compact table of the summary."""

    def __init__(self, context: ReportContext, width: float) -> None:
        self.context = context
        self.width = width

    def table(
        self,
        caption: str,
        header: Sequence[str],
        rows: Sequence[Sequence[str]],
        fractions: Sequence[float],
        right: Sequence[int] = (),
        empty: str = "",
        styles: Sequence[tuple] = (),
        whole: Sequence[int] = (),
    ) -> list[Flowable]:
        """Caption and table; widths are fractions of the block's width."""
        columns = [[row[i] for row in rows] for i in range(len(fractions))]
        widths = column_widths(fractions, header, columns, self.width, whole)
        body = [[fit(value, widths[i]) for i, value in enumerate(row)] for row in rows]
        if not body:
            body = [[fit(empty or self.context.t("none"), self.width)] + [""] * (len(widths) - 1)]
        head = [fit(h, widths[i], bold=True) for i, h in enumerate(header)]
        table = Table([head, *body], colWidths=widths, hAlign="LEFT")
        style: TableStyle = grid_table_style(1, True, len(body), FONT_SIZE)
        style.add("TOPPADDING", (0, 0), (-1, -1), 2.1)
        style.add("BOTTOMPADDING", (0, 0), (-1, -1), 2.1)
        for column in right:
            style.add("ALIGN", (column, 0), (column, -1), "RIGHT")
        if not rows:
            style.add("SPAN", (0, 1), (-1, 1))
            style.add("TEXTCOLOR", (0, 1), (-1, 1), MUTED)
        for command in styles:
            style.add(*command)
        table.setStyle(style)
        return [TextBlock(caption, self.context.styles.h3), table]


def _pair(left: list[Flowable], right: list[Flowable], width: float, share: float = 0.5) -> Table:
    """Two blocks side by side with a gutter between them."""
    first = (width - GUTTER) * share
    return layout_table(
        [[left, right]],
        [first + GUTTER, width - first - GUTTER],
        [("RIGHTPADDING", (0, 0), (0, 0), GUTTER), ("BOTTOMPADDING", (0, 0), (-1, -1), 9)],
    )


def summary_part(context: ReportContext) -> list[Flowable]:
    """The summary page's story."""
    t, data = context.t, context.data
    width, height = context.text_frame
    half = (width - GUTTER) / 2
    block = Block(context, half)
    wide = Block(context, (width - GUTTER) * WIDE_SHARE)
    narrow = Block(context, (width - GUTTER) * (1 - WIDE_SHARE))
    touchpoints = data.touchpoints
    online, offline = data.online_offline()
    as_is, target = data.mean("as_is"), data.mean("target")
    overdue = len(data.overdue())
    quick = len(data.quick_wins())
    currency = data.project.currency
    planned = data.planned_budget()
    total = data.project.total_budget
    scale = data.scale
    department = context.department is not None
    if not total:
        budget_note = t("no_total_budget")
    elif department:
        budget_note = t("of_project_total", share=t.percent(planned / total))
    else:
        budget_note = t("of_total", total=t.money(total, currency))
    tiles = [
        Tile(
            t.integer(len(touchpoints)),
            t("tile_touchpoints"),
            t("online_offline", online=t.integer(online), offline=t.integer(offline)),
        ),
        Tile(
            t.score(as_is),
            t("tile_mean_as_is"),
            t("on_scale", low=t.number(scale.minimum, 0), high=t.number(scale.maximum, 0)),
        ),
        Tile(
            t.score(target),
            t("tile_mean_target"),
            t(
                "mean_gap",
                gap=t.gap(as_is, target),
            ),
        ),
        Tile(
            t.money_short(planned, currency),
            t("tile_budget"),
            budget_note,
        ),
        Tile(
            t.integer(len(data.measures)),
            t("tile_measures"),
            t("overdue_quick", overdue=t.integer(overdue), quick=t.integer(quick)),
        ),
    ]

    story: list[Flowable] = [context.heading(Section.SUMMARY)]
    story.append(
        TextBlock(
            t(
                "summary_intro" if context.department is None else "summary_intro_department",
                touchpoints=t.integer(len(touchpoints)),
                departments=t.integer(len(data.departments)),
                # A department counts the lanes its touchpoints use, not the project's.
                channels=t.integer(
                    data.used_lanes("channel_id") if department else len(data.channels)
                ),
                phases=t.integer(data.used_lanes("phase_id") if department else len(data.phases)),
                rated=t.integer(data.rated()),
            ),
            context.styles.muted,
        )
    )
    story += [spacer(8), Tiles(tiles, context.styles), spacer(10)]

    # Row 1: distribution (departments or channels) | phases and budget
    if context.department is None:
        left = _by_department(context, wide)
    else:
        left = _by_channel(context, wide)
    right = [*_by_phase(context, narrow), spacer(6), *_budget(context, narrow)]
    story.append(_pair(left, right, width, WIDE_SHARE))

    # Row 2: top 10 by priority | 10 largest gaps
    top = data.top_priority(10)
    top_rows = [
        [
            t.integer(data.rank[tp.id]),
            tp.name,
            _where(context, tp),
            t.index(data.metrics[tp.id].priority),
        ]
        for tp in top
    ]
    gaps = data.largest_gaps(10)
    gap_rows = [
        [
            tp.name,
            t.score(data.metrics[tp.id].as_is),
            t.score(data.metrics[tp.id].target),
            t.gap(data.metrics[tp.id].as_is, data.metrics[tp.id].target),
        ]
        for tp in gaps
    ]
    story.append(
        _pair(
            block.table(
                t("top_priority"),
                ["#", t("touchpoint"), _where_header(context), t("priority_short")],
                top_rows,
                (0.08, 0.5, 0.3, 0.12),
                right=(0, 3),
                empty=t("nothing_rated"),
            ),
            block.table(
                t("largest_gaps"),
                [t("touchpoint"), t("as_is"), t("target"), t("gap")],
                gap_rows,
                (0.52, 0.16, 0.16, 0.16),
                right=(1, 2, 3),
                empty=t("no_gaps"),
            ),
            width,
        )
    )

    # Row 3: super-touchpoints | quick wins
    supers = data.super_touchpoints()
    super_rows = [
        [tp.name, _where(context, tp), t.index(data.metrics[tp.id].priority)]
        for tp in _capped(supers, MAX_LIST)
    ]
    if len(supers) > MAX_LIST:
        super_rows[-1] = [t("and_more", count=t.integer(len(supers) - MAX_LIST + 1)), "", ""]
    wins = data.quick_wins()
    win_rows = []
    overdue_rows: list[int] = []
    for index, measure in enumerate(_capped(wins, MAX_LIST), start=1):
        if data.is_overdue(measure):
            overdue_rows.append(index)
        win_rows.append([measure.title, t.date(measure.due_date), t.status(measure.status)])
    if len(wins) > MAX_LIST:
        win_rows[-1] = [t("and_more", count=t.integer(len(wins) - MAX_LIST + 1)), "", ""]
    story.append(
        _pair(
            block.table(
                t("super_touchpoints"),
                [t("touchpoint"), _where_header(context), t("priority_short")],
                super_rows,
                (0.56, 0.32, 0.12),
                right=(2,),
                empty=t("no_super"),
            ),
            block.table(
                t("quick_wins"),
                [t("measure"), t("due"), t("status")],
                win_rows,
                (0.54, 0.24, 0.22),
                empty=t("no_quick_wins"),
                styles=[("TEXTCOLOR", (1, r), (1, r), WARN) for r in overdue_rows],
            ),
            width,
        )
    )

    # Row 4: worst | best experiences
    story.append(
        _pair(
            _experiences(context, block, best=False),
            _experiences(context, block, best=True),
            width,
        )
    )
    return [KeepInFrame(width, height, story, mode="shrink")]


def _where(context: ReportContext, tp: Touchpoint) -> str:
    """The second column of a list: the department, or the channel in a department report."""
    if context.department is None:
        return context.data.department_name(tp)
    return context.data.channel_name(tp)


def _where_header(context: ReportContext) -> str:
    return context.t("department") if context.department is None else context.t("channel")


def _capped(items: Sequence, limit: int) -> Sequence:
    return items[:limit]


def _by_department(context: ReportContext, block: Block) -> list[Flowable]:
    t, data = context.t, context.data
    counts = data.count_by("department_id")
    rows = []
    departments = data.departments
    shown = (
        departments
        if len(departments) <= MAX_DEPARTMENT_ROWS
        else departments[: MAX_DEPARTMENT_ROWS - 1]
    )
    for department in shown:
        members = [tp for tp in data.touchpoints if tp.department_id == department.id]
        online = sum(1 for tp in members if data.is_online(tp))
        rows.append(
            [
                department.name,
                t.integer(counts.get(department.id, 0)),
                t.integer(online),
                t.integer(len(members) - online),
                t.score(data.mean("as_is", members)),
                t.score(data.mean("target", members)),
            ]
        )
    if len(departments) > len(shown):
        rest_ids = {d.id for d in departments[len(shown) :]}
        members = [tp for tp in data.touchpoints if tp.department_id in rest_ids]
        online = sum(1 for tp in members if data.is_online(tp))
        rows.append(
            [
                t("other_departments", count=t.integer(len(rest_ids))),
                t.integer(len(members)),
                t.integer(online),
                t.integer(len(members) - online),
                t.score(data.mean("as_is", members)),
                t.score(data.mean("target", members)),
            ]
        )
    return block.table(
        t("by_department"),
        [
            t("department"),
            t("count_short"),
            t("online_short"),
            t("offline_short"),
            t("as_is"),
            t("target"),
        ],
        rows,
        (0.42, 0.11, 0.1, 0.1, 0.135, 0.135),
        right=(1, 2, 3, 4, 5),
    )


def _by_channel(context: ReportContext, block: Block) -> list[Flowable]:
    t, data = context.t, context.data
    counts = data.count_by("channel_id")
    rows = []
    for channel in data.channels:
        if not counts.get(channel.id):
            continue
        members = [tp for tp in data.touchpoints if tp.channel_id == channel.id]
        rows.append(
            [
                channel.name,
                t.kind(channel.kind),
                t.integer(len(members)),
                t.score(data.mean("as_is", members)),
                t.score(data.mean("target", members)),
            ]
        )
    if len(rows) > MAX_DEPARTMENT_ROWS:
        hidden = len(rows) - MAX_DEPARTMENT_ROWS + 1
        rows = [
            *rows[: MAX_DEPARTMENT_ROWS - 1],
            [t("and_more", count=t.integer(hidden)), "", "", "", ""],
        ]
    return block.table(
        t("by_channel"),
        [t("channel"), t("kind"), t("count_short"), t("as_is"), t("target")],
        rows,
        (0.4, 0.18, 0.12, 0.15, 0.15),
        right=(2, 3, 4),
        empty=t("no_touchpoints"),
    )


def _by_phase(context: ReportContext, block: Block) -> list[Flowable]:
    t, data = context.t, context.data
    rows = []
    for phase in data.phases[:6]:
        members = [tp for tp in data.touchpoints if tp.phase_id == phase.id]
        rows.append(
            [
                phase.name,
                t.integer(len(members)),
                t.score(data.mean("as_is", members)),
                t.score(data.mean("target", members)),
            ]
        )
    return block.table(
        t("by_phase"),
        [t("phase"), t("count_short"), t("as_is"), t("target")],
        rows,
        (0.46, 0.16, 0.19, 0.19),
        right=(1, 2, 3),
    )


def _budget(context: ReportContext, block: Block) -> list[Flowable]:
    t, data = context.t, context.data
    currency = data.project.currency
    planned = data.planned_budget()
    total = data.project.total_budget
    # A department report shows its own spending against the project's totals,
    # so what is left to allocate is the project's, and labelled so.
    own = "_department" if context.department is not None else ""
    unallocated = total - data.project_planned if total else 0.0
    rows = [[t(f"budget_planned{own}"), t.money(planned, currency)]]
    if total:
        rows.append([t("budget_total"), t.money(total, currency)])
        rows.append(
            [
                t("budget_unallocated_project" if own else "budget_unallocated"),
                t.money(unallocated, currency),
            ]
        )
    rows.append([t(f"budget_measures{own}"), t.money(data.measures_cost(), currency)])
    extra = []
    if total and unallocated < 0:
        extra.append(("TEXTCOLOR", (1, 3), (1, 3), WARN))
    return block.table(
        t("budget"), [t("item"), t("amount")], rows, (0.62, 0.38), right=(1,), styles=extra
    )


def _experiences(context: ReportContext, block: Block, best: bool) -> list[Flowable]:
    t, data = context.t, context.data
    chosen: list[Touchpoint] = data.experiences(best, MAX_EXPERIENCES)
    rows = [[tp.name, _where(context, tp), t.experience(tp.experience)] for tp in chosen]
    styles = []
    for row, tp in enumerate(chosen, start=1):
        colour = EXPERIENCE_COLOURS[(tp.experience or 0) + 2]
        styles.append(
            ("TEXTCOLOR", (2, row), (2, row), colour if abs(tp.experience or 0) == 2 else INK)
        )
    return block.table(
        t("best_experiences") if best else t("worst_experiences"),
        [t("touchpoint"), _where_header(context), t("experience")],
        rows,
        (0.48, 0.3, 0.22),
        empty=t("no_best") if best else t("no_worst"),
        styles=styles,
        whole=(2,),
    )


__all__ = ["summary_part"]

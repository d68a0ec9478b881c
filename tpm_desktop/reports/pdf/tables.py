"""Touchpoint tables shared by the ranking and the department sections."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.platypus import Table

from tpm_desktop.core.model import Touchpoint
from tpm_desktop.reports.pdf import fonts
from tpm_desktop.reports.pdf.blocks import cell, data_table
from tpm_desktop.reports.pdf.context import ReportContext
from tpm_desktop.reports.pdf.safe import line
from tpm_desktop.reports.pdf.styles import WARN
from tpm_desktop.reports.pdf.textblock import elide

CELL_SIZE = 7.0
PADDING = 8.0  # left + right padding of a cell


@dataclass(frozen=True)
class Column:
    """One column of a touchpoint table."""

    key: str
    header: str
    width: float
    right: bool = False


def one_line(text: str, width: float) -> str:
    """Text cut to one line of a column (plain table cells are not wrapped)."""
    return elide(line(text), fonts.REGULAR, CELL_SIZE, width - PADDING)


def touchpoint_table(
    context: ReportContext, touchpoints: Sequence[Touchpoint], keys: Sequence[str], width: float
) -> Table:
    """A table of touchpoints with the named columns; the name column takes the rest."""
    t, data, styles = context.t, context.data, context.styles
    criteria = data.criteria
    fixed = {
        "rank": Column("rank", "#", 22, True),
        "code": Column("code", t("short_id"), 36),
        "department": Column("department", t("department"), 86),
        "channel": Column("channel", t("channel"), 78),
        "phase": Column("phase", t("phase"), 68),
        "as_is": Column("as_is", t("as_is"), 30, True),
        "target": Column("target", t("target"), 33, True),
        "gap": Column("gap", t("gap"), 30, True),
        "priority": Column("priority", t("priority_short"), 24, True),
        "experience": Column("experience", t("experience_short"), 28, True),
        "decision": Column("decision", t("decision"), 66),
        "budget": Column("budget", t("budget_short"), 54, True),
    }
    columns: list[Column] = []
    for key in keys:
        if key == "criteria":
            columns += [
                Column(f"c{c.id}", t("criterion_short", number=i), 24, True)
                for i, c in enumerate(criteria, start=1)
            ]
        elif key != "name":
            columns.append(fixed[key])
        else:
            columns.append(Column("name", t("touchpoint"), 0))
    name_width = width - sum(c.width for c in columns)
    columns = [Column(c.key, c.header, name_width) if c.key == "name" else c for c in columns]
    currency = data.project.currency
    rows = []
    extra: list[tuple] = []
    for index, tp in enumerate(touchpoints, start=1):
        m = data.metrics[tp.id]
        scores = data.state.scores_of(tp.id) if "criteria" in keys else {}
        row: list[object] = []
        for column in columns:
            key = column.key
            if key == "name":
                text = f"{line(tp.name)} ★" if tp.is_super else line(tp.name)
                row.append(cell(text, styles.cell, max_lines=3))
            elif key == "rank":
                row.append(t.integer(data.rank[tp.id]))
            elif key == "code":
                row.append(one_line(tp.code, column.width))
            elif key == "department":
                row.append(one_line(data.department_name(tp), column.width))
            elif key == "channel":
                row.append(one_line(data.channel_name(tp), column.width))
            elif key == "phase":
                row.append(one_line(data.phase_name(tp), column.width))
            elif key == "as_is":
                row.append(t.score(m.as_is))
            elif key == "target":
                row.append(t.score(m.target))
            elif key == "gap":
                row.append(t.gap(m.as_is, m.target))
            elif key == "priority":
                row.append(t.index(m.priority))
            elif key == "experience":
                row.append("–" if tp.experience is None else t.signed_int(tp.experience))
                if (tp.experience or 0) <= -2:
                    position = columns.index(column)
                    extra.append(("TEXTCOLOR", (position, index), (position, index), WARN))
            elif key == "decision":
                row.append(one_line(t.decision(tp.decision), column.width))
            elif key == "budget":
                row.append("–" if tp.budget is None else t.money(tp.budget, currency))
            elif key.startswith("c"):
                score = scores.get(int(key[1:]))
                row.append(t.rating(score.as_is if score else None))
        rows.append(row)
    right = [i for i, c in enumerate(columns) if c.right]
    return data_table(
        [c.header for c in columns],
        rows,
        [c.width for c in columns],
        styles,
        right=right,
        extra=extra,
    )


def criteria_key(context: ReportContext) -> str:
    """The legend of the criterion columns: number, name and weight."""
    t = context.t
    return t(
        "criteria_key",
        items=" · ".join(
            t("criterion_item", number=i, name=line(c.name, 60), weight=t.number(c.weight, 1))
            for i, c in enumerate(context.data.criteria, start=1)
        ),
    )

"""The measures plan: owner, due date, status and cost; overdue measures stand out."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.platypus import Flowable, Table

from tpm_desktop.core.enums import MeasureStatus
from tpm_desktop.core.model import Measure
from tpm_desktop.reports.pdf import fonts
from tpm_desktop.reports.pdf.blocks import Tile, Tiles, cell, data_table, spacer
from tpm_desktop.reports.pdf.charts import new_drawing
from tpm_desktop.reports.pdf.context import ReportContext
from tpm_desktop.reports.pdf.options import Section
from tpm_desktop.reports.pdf.styles import INK, STATUS_COLOURS, WARN, WHITE, text_colour_on
from tpm_desktop.reports.pdf.tables import one_line
from tpm_desktop.reports.pdf.textblock import TextBlock, text_width


def measures_table(
    context: ReportContext, measures: Sequence[Measure], width: float, with_department: bool
) -> Table:
    """Measures with touchpoint, owner, due date, status and cost."""
    t, data, styles = context.t, context.data, context.styles
    currency = data.project.currency
    widths = {"owner": 78.0, "due": 62.0, "status": 62.0, "cost": 58.0}
    if with_department:
        widths["department"] = 80.0
    title_width = width - sum(widths.values())
    header = [t("measure")]
    if with_department:
        header.append(t("department"))
    header += [t("owner"), t("due"), t("status"), t("cost")]
    rows = []
    extra: list[tuple] = []
    due_column = 3 if with_department else 2
    for index, measure in enumerate(measures, start=1):
        tp = data.state.touchpoints.get(measure.touchpoint_id)
        title = [cell(measure.title, styles.cell_bold, max_lines=3)]
        if tp is not None:
            title.append(cell(tp.name, styles.cell_muted, max_lines=2))
        row: list[object] = [title]
        if with_department:
            row.append(one_line(data.department_name(tp) if tp else "", widths["department"]))
        due = t.date(measure.due_date)
        if data.is_overdue(measure):
            due = f"{due} · {t('overdue')}"
            extra += [
                ("TEXTCOLOR", (due_column, index), (due_column, index), WARN),
                ("FONT", (due_column, index), (due_column, index), fonts.BOLD, 7),
                ("LINEBEFORE", (0, index), (0, index), 2, WARN),
            ]
        row += [
            one_line(measure.owner, widths["owner"]),
            cell(due, styles.cell),
            one_line(t.status(measure.status), widths["status"]),
            "–" if measure.cost is None else t.money(measure.cost, currency),
        ]
        if data.is_quick_win(measure):
            row[0].append(cell(t("quick_win"), styles.cell_muted))
        rows.append(row)
    column_widths = [title_width] + [widths[k] for k in (["department"] if with_department else [])]
    column_widths += [widths["owner"], widths["due"], widths["status"], widths["cost"]]
    return data_table(header, rows, column_widths, styles, right=(len(header) - 1,), extra=extra)


def status_bar(context: ReportContext, width: float) -> Drawing:
    """Progress by status: one stacked bar of the measures' counts, with a legend."""
    t, data = context.t, context.data
    by_status = data.measures_by_status()
    total = sum(count for count, _ in by_status.values()) or 1
    height = 36.0
    drawing = new_drawing(width, height)
    x = 0.0
    bar_y, bar_h = 16.0, 14.0
    for status in MeasureStatus:
        count, _ = by_status[status]
        if not count:
            continue
        w = width * count / total
        colour = STATUS_COLOURS[status]
        drawing.add(Rect(x, bar_y, w, bar_h, fillColor=colour, strokeColor=WHITE, strokeWidth=0.8))
        label = t.integer(count)
        if text_width(label, fonts.BOLD, 7) + 6 < w:
            drawing.add(
                String(
                    x + w / 2,
                    bar_y + 4.2,
                    label,
                    fontName=fonts.BOLD,
                    fontSize=7,
                    fillColor=text_colour_on(colour),
                    textAnchor="middle",
                )
            )
        x += w
    x = 0.0
    for status in MeasureStatus:
        count, _cost = by_status[status]
        colour = STATUS_COLOURS[status]
        drawing.add(Rect(x, 2, 8, 7, fillColor=colour, strokeColor=None))
        text = f"{t.status(status)} {t.integer(count)}"
        drawing.add(String(x + 11, 3, text, fontName=fonts.REGULAR, fontSize=6.5, fillColor=INK))
        x += 11 + text_width(text, fonts.REGULAR, 6.5) + 14
    return drawing


def progress_tiles(context: ReportContext) -> Tiles:
    """Key figures of the plan: measures, done, overdue, cost."""
    t, data = context.t, context.data
    by_status = data.measures_by_status()
    done, _ = by_status[MeasureStatus.DONE]
    active = sum(by_status[s][0] for s in MeasureStatus if s is not MeasureStatus.DROPPED) or 0
    currency = data.project.currency
    open_cost = sum(by_status[s][1] for s in (MeasureStatus.PLANNED, MeasureStatus.IN_PROGRESS))
    return Tiles(
        [
            Tile(
                t.integer(len(data.measures)),
                t("tile_measures"),
                t("quick_count", count=t.integer(len(data.quick_wins()))),
            ),
            Tile(
                t.percent(done / active) if active else "–",
                t("tile_done"),
                t("done_of", done=t.integer(done), total=t.integer(active)),
            ),
            Tile(
                t.integer(len(data.overdue())),
                t("tile_overdue"),
                t("as_of", date=t.date(data.today)),
            ),
            Tile(
                t.money_short(data.measures_cost(), currency),
                t("tile_cost"),
                t("open_cost", cost=t.money_short(open_cost, currency)),
            ),
        ],
        context.styles,
    )


def measures_part(context: ReportContext) -> list[Flowable]:
    """The measures plan's story."""
    t, data, styles = context.t, context.data, context.styles
    width, _ = context.text_frame
    story: list[Flowable] = [
        context.heading(Section.MEASURES),
        TextBlock(t("measures_intro"), styles.body),
        spacer(4),
    ]
    if not data.measures:
        story.append(TextBlock(t("no_measures"), styles.muted))
        return story
    story += [progress_tiles(context), spacer(8), status_bar(context, width), spacer(10)]
    # Overdue first: they need a decision; then by due date.
    ordered = sorted(data.measures, key=lambda m: not data.is_overdue(m))
    story.append(
        measures_table(context, ordered, width, with_department=context.department is None)
    )
    context.step(1.0)
    return story

"""The monitoring section: KPI charts, the KPI table, progress, and the rounds compared."""

from __future__ import annotations

from statistics import fmean

from reportlab.platypus import CondPageBreak, Flowable

from tpm_desktop.core.enums import Direction, MeasureStatus
from tpm_desktop.reports.pdf.blocks import cell, data_table, layout_table, spacer
from tpm_desktop.reports.pdf.charts import kpi_chart, rounds_chart
from tpm_desktop.reports.pdf.context import ReportContext
from tpm_desktop.reports.pdf.figures import KpiFigures, RoundColumn
from tpm_desktop.reports.pdf.measures import progress_tiles, status_bar
from tpm_desktop.reports.pdf.options import Section
from tpm_desktop.reports.pdf.safe import line
from tpm_desktop.reports.pdf.styles import GOOD, NAVY, TREND_COLOURS, WARN, lane_colour
from tpm_desktop.reports.pdf.tables import one_line
from tpm_desktop.reports.pdf.textblock import TextBlock
from tpm_desktop.reports.pdf.texts import Texts

CHARTS_PER_ROW = 3
MAX_CHARTS = 24
CHART_HEIGHT = 96.0
MAX_SERIES = 12
MOVERS = 8

KEY_CHARTS = "mon-charts"
KEY_TABLE = "mon-kpis"
KEY_PROGRESS = "mon-progress"
KEY_ROUNDS = "mon-rounds"
SUBSECTIONS = (KEY_CHARTS, KEY_TABLE, KEY_PROGRESS, KEY_ROUNDS)


def monitoring_part(context: ReportContext) -> list[Flowable]:
    """The monitoring section's story."""
    t, styles = context.t, context.styles
    story: list[Flowable] = [
        context.heading(Section.MONITORING),
        TextBlock(t("monitoring_intro"), styles.body),
    ]
    story += _charts(context)
    context.step(0.3)
    story += _kpi_table(context)
    context.step(0.5)
    story += _progress(context)
    context.step(0.7)
    story += _rounds(context)
    context.step(1.0)
    return story


def _charts(context: ReportContext) -> list[Flowable]:
    t, data, styles = context.t, context.data, context.styles
    width, _ = context.text_frame
    chosen = []
    seen: set[int] = set()
    for tp in [*data.super_touchpoints(), *data.focus_touchpoints()]:
        if tp.id not in seen:
            seen.add(tp.id)
            chosen.append(tp)
    kpis = data.kpis(chosen)
    story: list[Flowable] = [CondPageBreak(180), context.subheading(KEY_CHARTS)]
    if not kpis:
        return [*story, TextBlock(t("no_key_kpis"), styles.muted)]
    story.append(TextBlock(t("charts_intro"), styles.muted))
    story.append(spacer(4))
    shown = kpis[:MAX_CHARTS]
    gap = 12.0
    chart_width = (width - gap * (CHARTS_PER_ROW - 1)) / CHARTS_PER_ROW
    rows = []
    for start in range(0, len(shown), CHARTS_PER_ROW):
        row: list[object] = [
            kpi_chart(k, t, chart_width, CHART_HEIGHT)
            for k in shown[start : start + CHARTS_PER_ROW]
        ]
        row += [""] * (CHARTS_PER_ROW - len(row))
        rows.append(row)
    grid = layout_table(
        rows,
        [*([chart_width + gap] * (CHARTS_PER_ROW - 1)), chart_width],
        [
            ("RIGHTPADDING", (0, 0), (-2, -1), gap),
            ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 10),
        ],
    )
    story.append(grid)
    if len(kpis) > MAX_CHARTS:
        story.append(
            TextBlock(t("more_kpis", count=t.integer(len(kpis) - MAX_CHARTS)), styles.muted)
        )
    return story


def _kpi_table(context: ReportContext) -> list[Flowable]:
    t, data, styles = context.t, context.data, context.styles
    width, _ = context.text_frame
    kpis: list[KpiFigures] = data.kpis()
    story: list[Flowable] = [CondPageBreak(180), context.subheading(KEY_TABLE)]
    if not kpis:
        return [*story, TextBlock(t("no_kpis"), styles.muted)]
    widths = [0.0, 84.0, 78.0, 84.0, 58.0, 62.0]
    widths[0] = width - sum(widths)
    rows = []
    extra: list[tuple] = []
    for index, k in enumerate(kpis, start=1):
        unit = line(k.kpi.unit, 12)
        last = k.last
        value = "–" if last is None else t.measure(last.value, unit)
        when = "" if last is None else t.date(last.date)
        target = "–" if k.kpi.target is None else t.measure(k.kpi.target, unit)
        better = t("higher_better") if k.kpi.direction is Direction.HIGHER else t("lower_better")
        status = "–" if k.on_target is None else t("on_target") if k.on_target else t("off_target")
        rows.append(
            [
                [
                    cell(k.kpi.name, styles.cell_bold, 2),
                    cell(k.touchpoint.name, styles.cell_muted, 2),
                ],
                [cell(value, styles.cell), cell(when, styles.cell_muted)],
                [cell(target, styles.cell), cell(better, styles.cell_muted)],
                one_line(
                    f"{t.trend_arrow(k.trend, k.kpi.direction)} {t.trend(k.trend)}", widths[3]
                ),
                one_line(status, widths[4]),
                t.date(_next_due(k)),
            ]
        )
        if k.on_target is not None:
            extra.append(("TEXTCOLOR", (4, index), (4, index), GOOD if k.on_target else WARN))
        if k.trend in TREND_COLOURS:
            extra.append(("TEXTCOLOR", (3, index), (3, index), TREND_COLOURS[k.trend]))
    story.append(
        data_table(
            [t("kpi"), t("last_value"), t("kpi_target"), t("trend"), t("status"), t("next_due")],
            rows,
            widths,
            styles,
            extra=extra,
        )
    )
    return story


def _next_due(k: KpiFigures) -> object:
    from tpm_desktop.core.monitoring import next_due

    return next_due(k.kpi, k.measurements)


def _progress(context: ReportContext) -> list[Flowable]:
    t, data, styles = context.t, context.data, context.styles
    width, _ = context.text_frame
    story: list[Flowable] = [CondPageBreak(180), context.subheading(KEY_PROGRESS)]
    if not data.measures:
        return [*story, TextBlock(t("no_measures"), styles.muted)]
    story += [progress_tiles(context), spacer(8), status_bar(context, width), spacer(8)]
    rows = []
    extra: list[tuple] = []
    for department in data.departments:
        ids = {tp.id for tp in data.touchpoints if tp.department_id == department.id}
        measures = [m for m in data.measures if m.touchpoint_id in ids]
        if not measures:
            continue
        counts = {s: sum(1 for m in measures if m.status is s) for s in MeasureStatus}
        overdue = sum(1 for m in measures if data.is_overdue(m))
        rows.append(
            [
                one_line(department.name, 160),
                t.integer(len(measures)),
                t.integer(counts[MeasureStatus.PLANNED]),
                t.integer(counts[MeasureStatus.IN_PROGRESS]),
                t.integer(counts[MeasureStatus.DONE]),
                t.integer(counts[MeasureStatus.DROPPED]),
                t.integer(overdue),
            ]
        )
        if overdue:
            extra.append(("TEXTCOLOR", (6, len(rows)), (6, len(rows)), WARN))
    widths = [width - 6 * 58.0, *([58.0] * 6)]
    story.append(
        data_table(
            [
                t("department"),
                t("measures_count"),
                t.status(MeasureStatus.PLANNED),
                t.status(MeasureStatus.IN_PROGRESS),
                t.status(MeasureStatus.DONE),
                t.status(MeasureStatus.DROPPED),
                t("overdue_title"),
            ],
            rows,
            widths,
            styles,
            right=(1, 2, 3, 4, 5, 6),
            extra=extra,
        )
    )
    return story


def _department_means(column: RoundColumn, department_id: int | None) -> float | None:
    values = [
        score
        for tp_id, score in column.scores.items()
        if score is not None
        and (department_id is None or column.department_ids.get(tp_id) == department_id)
    ]
    return fmean(values) if values else None


def _rounds(context: ReportContext) -> list[Flowable]:
    t, data, styles = context.t, context.data, context.styles
    width, _ = context.text_frame
    columns = data.round_columns()
    story: list[Flowable] = [CondPageBreak(180), context.subheading(KEY_ROUNDS)]
    if not columns:
        return [*story, TextBlock(t("no_rounds"), styles.muted)]
    story.append(TextBlock(t("rounds_intro"), styles.muted))
    story.append(spacer(4))
    labels = [
        t("today") if c.key == "today" else f"{line(c.name, 40)}, {t.date(c.when)}" for c in columns
    ]
    short = [t("today") if c.key == "today" else line(c.name, 40) for c in columns]

    project_series = [_department_means(c, None) for c in columns]
    series = [(t("all_departments"), NAVY, project_series)]
    departments = data.departments if context.department is None else [context.department]
    for department in departments[:MAX_SERIES]:
        values = [_department_means(c, department.id) for c in columns]
        if any(v is not None for v in values):
            series.append((line(department.name, 60), lane_colour(department.color), values))
    if context.department is not None:
        series = series[1:]  # one department: its own line is the whole story
    highlight = series[0][0] if series else ""
    chart_height = max(120.0, 30 + 9.5 * len(series))
    story.append(
        rounds_chart(
            series,
            short,
            (data.scale.minimum, data.scale.maximum),
            width,
            chart_height,
            highlight,
            t.compact,
        )
    )
    story.append(spacer(8))

    value_width = min(80.0, (width - 200) / len(columns))
    widths = [width - value_width * len(columns) - 58, *([value_width] * len(columns)), 58.0]
    rows = []
    extra: list[tuple] = []
    for name, _colour, values in series:
        delta = _delta(values)
        rows.append(
            [one_line(name, widths[0]), *(t.score(v) for v in values), _printed_delta(t, values)]
        )
        if delta is not None and abs(delta) >= 0.05:
            extra.append(
                (
                    "TEXTCOLOR",
                    (len(columns) + 1, len(rows)),
                    (len(columns) + 1, len(rows)),
                    GOOD if delta > 0 else WARN,
                )
            )
    header = [t("department"), *labels, t("change")]
    story.append(
        data_table(
            header, rows, widths, styles, right=tuple(range(1, len(columns) + 2)), extra=extra
        )
    )
    story.append(spacer(10))
    story += _movers(context, columns[-2], columns[-1], width)
    return story


def _printed_delta(t: Texts, values: list[float | None]) -> str:
    """The change from the latest round to today, from the scores as printed."""
    if len(values) < 2:
        return t.gap(None, None)
    return t.gap(values[-2], values[-1])


def _delta(values: list[float | None]) -> float | None:
    """The change from the latest round to today (None when either is missing)."""
    if len(values) < 2 or values[-1] is None or values[-2] is None:
        return None
    return values[-1] - values[-2]


def _movers(
    context: ReportContext, before: RoundColumn, after: RoundColumn, width: float
) -> list[Flowable]:
    t, data, styles = context.t, context.data, context.styles
    changes = []
    for tp_id, now in after.scores.items():
        then = before.scores.get(tp_id)
        if now is None or then is None or abs(now - then) < 1e-9:
            continue
        changes.append((now - then, tp_id, then, now))
    if not changes:
        return [TextBlock(t("no_changes"), styles.muted)]
    changes.sort(key=lambda c: (-abs(c[0]), c[1]))
    changes = changes[: MOVERS * 2]
    changes.sort(key=lambda c: -c[0])
    widths = [0.0, 110.0, 74.0, 74.0, 58.0]
    widths[0] = width - sum(widths)
    rows = []
    extra: list[tuple] = []
    for index, (delta, tp_id, then, now) in enumerate(changes, start=1):
        tp = data.state.touchpoints.get(tp_id)
        name = tp.name if tp else after.names.get(tp_id, "")
        department = data.department_name(tp) if tp else ""
        rows.append(
            [
                cell(name, styles.cell, 2),
                one_line(department, widths[1]),
                t.score(then),
                t.score(now),
                t.gap(then, now),
            ]
        )
        extra.append(("TEXTCOLOR", (4, index), (4, index), GOOD if delta > 0 else WARN))
    after_label = t("today") if after.key == "today" else line(after.name, 40)
    story: list[Flowable] = [
        TextBlock(t("largest_changes", before=line(before.name, 40), after=after_label), styles.h3),
        data_table(
            [t("touchpoint"), t("department"), line(before.name, 30), after_label, t("change")],
            rows,
            widths,
            styles,
            right=(2, 3, 4),
            extra=extra,
        ),
    ]
    return story

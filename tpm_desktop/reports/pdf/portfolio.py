"""The portfolio matrix as the app shows it, as a vector chart.

Axes, ranges, the split into quadrants and the quadrant labels come from
`core.portfolio`: the app's portfolio panel opens on weighted as-is score
across and customer experience up, with the project's own quadrant labels, so
the paper shows what the team saw on screen. Dots are coloured by department;
super-touchpoints carry their rank, placed where it covers no other label.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.graphics.shapes import Circle, Drawing, Group, Line, Rect, String
from reportlab.platypus import Flowable

from tpm_desktop.core import portfolio
from tpm_desktop.core.model import Touchpoint
from tpm_desktop.core.portfolio import QUADRANT_KEYS, Axis, AxisKind, AxisRange
from tpm_desktop.reports.pdf import fonts
from tpm_desktop.reports.pdf.blocks import cell, data_table, spacer
from tpm_desktop.reports.pdf.charts import new_drawing
from tpm_desktop.reports.pdf.context import ReportContext
from tpm_desktop.reports.pdf.options import Section
from tpm_desktop.reports.pdf.safe import line
from tpm_desktop.reports.pdf.styles import (
    FAINT,
    HAIRLINE,
    INK,
    MUTED,
    NAVY,
    PANEL,
    RULE,
    WHITE,
    lane_colour,
)
from tpm_desktop.reports.pdf.textblock import TextBlock, elide, text_width

MAX_LABELS = 12
LABEL_SIZE = 6.5
JITTER = 0.3  # of one step, on axes whose values pile up on whole numbers (as the app)
SPREAD = 0.012  # of the axis, so equal weighted scores do not hide each other (as the app)

Box = tuple[float, float, float, float]  # x0, y0, x1, y1


@dataclass(frozen=True)
class Matrix:
    """The matrix's axes, ranges and each plotted touchpoint's place (0..1 on both axes)."""

    x_axis: Axis
    y_axis: Axis
    x_range: AxisRange
    y_range: AxisRange
    values: dict[int, tuple[float, float]]  # touchpoint id -> (x, y) as stored
    places: dict[int, tuple[float, float]]  # touchpoint id -> fractions, jittered
    missing: int


_AXIS_TITLES = {
    AxisKind.AS_IS: "axis_as_is",
    AxisKind.EXPERIENCE: "axis_experience",
    AxisKind.RELEVANCE: "axis_relevance",
}


def _ticks(span: AxisRange) -> list[int]:
    """Whole-number ticks, at most about six: 1..5, -2..+2 or 0, 25, .. 100."""
    low, high = int(span.low), int(span.high)
    step = 1 if high - low <= 10 else 25
    return list(range(low, high + 1, step))


def matrix_of(context: ReportContext) -> Matrix:
    """Where every touchpoint sits on the app's default axes."""
    data = context.data
    state = data.state
    x_axis, y_axis = portfolio.DEFAULT_AXES
    x_values = portfolio.axis_values(state, x_axis, data.metrics)
    y_values = portfolio.axis_values(state, y_axis, data.metrics)
    x_range = portfolio.axis_range(state, x_axis, x_values)
    y_range = portfolio.axis_range(state, y_axis, y_values)
    values, places = {}, {}
    for tp in data.ranked:
        x, y = x_values.get(tp.id), y_values.get(tp.id)
        if x is None or y is None:
            continue
        values[tp.id] = (x, y)
        places[tp.id] = (
            _fraction(x, x_range, x_axis, tp.id, 1),
            _fraction(y, y_range, y_axis, tp.id, 2),
        )
    return Matrix(
        x_axis, y_axis, x_range, y_range, values, places, len(data.touchpoints) - len(values)
    )


def _fraction(value: float, span: AxisRange, axis: Axis, tid: int, salt: int) -> float:
    """As the app's panel places a dot: the same fixed jitter per touchpoint."""
    fraction = span.fraction(value)
    if portfolio.is_discrete(axis) and span.high > span.low:
        fraction += JITTER * portfolio.jitter(tid, salt) / (span.high - span.low)
    else:
        fraction += SPREAD * portfolio.jitter(tid, salt)
    return min(1.0, max(0.0, fraction))


def quadrant_of(matrix: Matrix, touchpoint_id: int) -> str | None:
    """The quadrant key of a plotted touchpoint; None on a middle line."""
    x, y = matrix.values[touchpoint_id]
    if x == matrix.x_range.middle or y == matrix.y_range.middle:
        return None
    vertical = "top" if y > matrix.y_range.middle else "bottom"
    horizontal = "right" if x > matrix.x_range.middle else "left"
    return f"{vertical}_{horizontal}"


def place_labels(
    anchors: Sequence[tuple[str, float, float]], width_of: object, avoid: Sequence[Box] = ()
) -> tuple[dict[str, tuple[float, float, str]], list[str]]:
    """Put each label beside its dot where it overlaps no label placed before.

    `anchors` are (label, x, y) in drawing order of importance; `width_of(text)`
    gives a label's width. Returns the placed labels (x, y, anchor) by text and
    the labels that found no free place (the caller lists them instead).
    """
    placed: dict[str, tuple[float, float, str]] = {}
    taken: list[Box] = list(avoid)
    skipped: list[str] = []
    height = LABEL_SIZE
    for text, x, y in anchors:
        w = width_of(text)  # type: ignore[operator]
        candidates = (
            (x + 5, y - 2, "start", (x + 4, y - 3, x + 5 + w, y - 3 + height)),
            (x - 5, y - 2, "end", (x - 5 - w, y - 3, x - 4, y - 3 + height)),
            (x, y + 5, "middle", (x - w / 2, y + 4, x + w / 2, y + 4 + height)),
            (x, y - 10, "middle", (x - w / 2, y - 11, x + w / 2, y - 11 + height)),
        )
        for lx, ly, anchor, box in candidates:
            if not any(_overlap(box, other) for other in taken):
                placed[text] = (lx, ly, anchor)
                taken.append(box)
                break
        else:
            skipped.append(text)
    return placed, skipped


def _overlap(a: Box, b: Box) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def portfolio_chart(
    context: ReportContext, matrix: Matrix, width: float, height: float
) -> tuple[Drawing, list[str]]:
    """The matrix as a drawing, and the ranks that could not be labelled."""
    t, data = context.t, context.data
    left, bottom, right, top = 34.0, 26.0, width - 8.0, height - 8.0
    plot_w, plot_h = right - left, top - bottom

    def px(fraction: float) -> float:
        return left + fraction * plot_w

    def py(fraction: float) -> float:
        return bottom + fraction * plot_h

    xr, yr = matrix.x_range, matrix.y_range
    drawing = new_drawing(width, height)
    mid_x, mid_y = px(xr.fraction(xr.middle)), py(yr.fraction(yr.middle))
    drawing.add(Rect(left, mid_y, mid_x - left, top - mid_y, fillColor=PANEL, strokeColor=None))
    drawing.add(
        Rect(left, bottom, plot_w, plot_h, fillColor=None, strokeColor=RULE, strokeWidth=0.6)
    )
    for tick in _ticks(xr):
        x = px(xr.fraction(tick))
        drawing.add(Line(x, bottom, x, top, strokeColor=HAIRLINE, strokeWidth=0.3))
        drawing.add(_text(x, bottom - 9, t.number(tick, 0), LABEL_SIZE, MUTED, "middle"))
    for tick in _ticks(yr):
        y = py(yr.fraction(tick))
        drawing.add(Line(left, y, right, y, strokeColor=HAIRLINE, strokeWidth=0.3))
        label = t.signed_int(tick) if matrix.y_axis.kind is AxisKind.EXPERIENCE else str(tick)
        drawing.add(_text(left - 4, y - 2.2, label, LABEL_SIZE, MUTED, "end"))
    drawing.add(Line(mid_x, bottom, mid_x, top, strokeColor=FAINT, strokeWidth=0.7))
    drawing.add(Line(left, mid_y, right, mid_y, strokeColor=FAINT, strokeWidth=0.7))
    drawing.add(
        _text(left + plot_w / 2, 3, t(_AXIS_TITLES[matrix.x_axis.kind]), 7, INK, "middle", True)
    )
    # Rotated by 90 degrees, (x, y) lands on (-y, x): the label runs up the left edge.
    group = Group(
        _text(bottom + plot_h / 2, -9, t(_AXIS_TITLES[matrix.y_axis.kind]), 7, INK, "middle", True)
    )
    group.rotate(90)
    drawing.add(group)

    labels = portfolio.labels_for(data.state, t.language)
    corners = {
        "top_left": (left + 5, top - 11, "start"),
        "top_right": (right - 5, top - 11, "end"),
        "bottom_left": (left + 5, bottom + 5, "start"),
        "bottom_right": (right - 5, bottom + 5, "end"),
    }
    corner_boxes: list[Box] = []
    for key, (x, y, anchor) in corners.items():
        text = elide(line(labels[key], 60).upper(), fonts.BOLD, LABEL_SIZE, plot_w / 2 - 12)
        drawing.add(_text(x, y, text, LABEL_SIZE, NAVY, anchor, bold=True))
        w = text_width(text, fonts.BOLD, LABEL_SIZE)
        x0 = x if anchor == "start" else x - w
        corner_boxes.append((x0, y - 1, x0 + w, y + LABEL_SIZE))

    labelled = [tp for tp in data.super_touchpoints() if tp.id in matrix.places][:MAX_LABELS]
    points: list[tuple[Touchpoint, float, float]] = [
        (tp, px(fx), py(fy))
        for tp in data.ranked
        if tp.id in matrix.places
        for fx, fy in [matrix.places[tp.id]]
    ]
    ringed = {tp.id for tp in labelled}
    for tp, x, y in reversed(points):  # the highest ranks drawn last, on top
        department = data.department.get(tp.department_id)
        colour = lane_colour(department.color) if department else FAINT
        ring = tp.id in ringed
        drawing.add(
            Circle(
                x,
                y,
                3.4 if ring else 2.6,
                fillColor=colour,
                strokeColor=NAVY if ring else WHITE,
                strokeWidth=0.9 if ring else 0.5,
            )
        )
    where = {tp.id: (x, y) for tp, x, y in points}
    # A rank covers neither another rank nor a ringed dot (plain dots may be covered).
    ring_boxes = [
        (x - 3.4, y - 3.4, x + 3.4, y + 3.4) for x, y in (where[tp.id] for tp in labelled)
    ]
    anchors = [(str(data.rank[tp.id]), *where[tp.id]) for tp in labelled]
    placed, skipped = place_labels(
        anchors,
        lambda text: text_width(text, fonts.BOLD, LABEL_SIZE),
        [*corner_boxes, *ring_boxes],
    )
    for text, (x, y, anchor) in placed.items():
        drawing.add(_text(x, y, text, LABEL_SIZE, NAVY, anchor, bold=True))
    return drawing, skipped


def _text(
    x: float, y: float, text: str, size: float, colour: object, anchor: str, bold: bool = False
) -> String:
    return String(
        x,
        y,
        text,
        fontName=fonts.BOLD if bold else fonts.REGULAR,
        fontSize=size,
        fillColor=colour,
        textAnchor=anchor,
    )


def department_legend(context: ReportContext, width: float) -> Drawing:
    """Department colour swatches, flowing over as many lines as needed."""
    size = 6.5
    items = [(lane_colour(d.color), line(d.name, 60)) for d in context.data.departments]
    rows: list[list[tuple[float, object, str]]] = [[]]
    x = 0.0
    for colour, name in items:
        label = elide(name, fonts.REGULAR, size, width / 3)
        needed = 12 + text_width(label, fonts.REGULAR, size) + 12
        if x + needed > width and rows[-1]:
            rows.append([])
            x = 0.0
        rows[-1].append((x, colour, label))
        x += needed
    height = 11 * len(rows)
    drawing = new_drawing(width, height)
    for index, row in enumerate(rows):
        y = height - 9 - 11 * index
        for x, colour, label in row:
            drawing.add(
                Circle(x + 4, y + 2.3, 3, fillColor=colour, strokeColor=WHITE, strokeWidth=0.5)
            )
            drawing.add(_text(x + 11, y, label, size, INK, "start"))
    return drawing


def portfolio_part(context: ReportContext) -> list[Flowable]:
    """The portfolio section's story."""
    t, data, styles = context.t, context.data, context.styles
    width, _ = context.text_frame
    matrix = matrix_of(context)
    chart, skipped = portfolio_chart(context, matrix, width, width * 0.68)
    story: list[Flowable] = [
        context.heading(Section.PORTFOLIO),
        TextBlock(t("portfolio_intro"), styles.body),
        spacer(4),
        chart,
        spacer(6),
        department_legend(context, width),
    ]
    notes = []
    if skipped:
        names = {str(data.rank[tp.id]): tp.name for tp in data.ranked}
        items = "; ".join(f"{rank} {line(names.get(rank, ''), 60)}" for rank in skipped)
        notes.append(t("portfolio_unlabelled", items=items))
    if matrix.missing:
        notes.append(t("portfolio_unrated", count=t.integer(matrix.missing)))
    members: dict[str, list[Touchpoint]] = {key: [] for key in QUADRANT_KEYS}
    on_line = 0
    for tp in data.ranked:
        if tp.id not in matrix.values:
            continue
        quadrant = quadrant_of(matrix, tp.id)
        if quadrant is None:
            on_line += 1
        else:
            members[quadrant].append(tp)
    if on_line:
        notes.append(t("portfolio_on_line", count=t.integer(on_line)))
    for note in notes:
        story += [spacer(4), TextBlock(note, styles.muted)]
    story.append(spacer(8))

    labels = portfolio.labels_for(data.state, t.language)
    sides = {
        "top_left": ("low_as_is", "high_relevance"),
        "top_right": ("high_as_is", "high_relevance"),
        "bottom_left": ("low_as_is", "low_relevance"),
        "bottom_right": ("high_as_is", "low_relevance"),
    }
    placed = sum(len(v) for v in members.values()) or 1
    rows = []
    for key in QUADRANT_KEYS:
        chosen = members[key]
        rows.append(
            [
                cell(line(labels[key], 60), styles.cell_bold, max_lines=2),
                cell(" · ".join(t(side) for side in sides[key]), styles.cell_muted),
                t.integer(len(chosen)),
                t.percent(len(chosen) / placed),
                cell(", ".join(line(tp.name, 60) for tp in chosen[:3]), styles.cell, max_lines=2),
            ]
        )
    story.append(
        data_table(
            [t("quadrant"), t("meaning"), t("count_short"), t("share"), t("examples")],
            rows,
            [100, 130, 40, 40, width - 310],
            styles,
            right=(2, 3),
        )
    )
    context.step(1.0)
    return story

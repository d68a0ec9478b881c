"""The portfolio matrix: weighted as-is score against target score, as a vector chart.

Dots are coloured by department. The quadrants split each axis at the middle of
the scale; above the diagonal the target lies above today's score (a gap).
Super-touchpoints carry their rank, which the ranking table explains.
"""

from __future__ import annotations

import zlib

from reportlab.graphics.shapes import Circle, Drawing, Group, Line, Rect, String
from reportlab.platypus import Flowable

from tpm_desktop.core.model import Touchpoint
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
QUADRANTS = ("develop", "maintain", "question", "reduce")


def _jitter(touchpoint_id: int, span: float) -> float:
    """A small, fixed offset per touchpoint so equal scores do not hide each other."""
    return ((zlib.crc32(str(touchpoint_id).encode()) % 1000) / 1000 - 0.5) * span * 0.035


def quadrant_of(as_is: float, target: float, middle: float) -> str:
    """The quadrant of a pair of weighted scores."""
    if target >= middle:
        return "develop" if as_is < middle else "maintain"
    return "question" if as_is < middle else "reduce"


def portfolio_chart(context: ReportContext, width: float, height: float) -> Drawing:
    """The matrix as a ReportLab drawing."""
    t, data = context.t, context.data
    low, high = data.scale.minimum, data.scale.maximum
    span = (high - low) or 1.0
    middle = low + span / 2
    left, bottom, right, top = 34.0, 26.0, width - 8.0, height - 8.0
    plot_w, plot_h = right - left, top - bottom

    def px(value: float) -> float:
        return left + (value - low) / span * plot_w

    def py(value: float) -> float:
        return bottom + (value - low) / span * plot_h

    drawing = new_drawing(width, height)
    mid_x, mid_y = px(middle), py(middle)
    drawing.add(Rect(left, mid_y, mid_x - left, top - mid_y, fillColor=PANEL, strokeColor=None))
    drawing.add(
        Rect(left, bottom, plot_w, plot_h, fillColor=None, strokeColor=RULE, strokeWidth=0.6)
    )
    for tick in range(int(low), int(high) + 1):
        x, y = px(tick), py(tick)
        drawing.add(Line(x, bottom, x, top, strokeColor=HAIRLINE, strokeWidth=0.3))
        drawing.add(Line(left, y, right, y, strokeColor=HAIRLINE, strokeWidth=0.3))
        drawing.add(_text(x, bottom - 9, t.number(tick, 0), 6.5, MUTED, "middle"))
        drawing.add(_text(left - 4, y - 2.2, t.number(tick, 0), 6.5, MUTED, "end"))
    drawing.add(Line(mid_x, bottom, mid_x, top, strokeColor=FAINT, strokeWidth=0.7))
    drawing.add(Line(left, mid_y, right, mid_y, strokeColor=FAINT, strokeWidth=0.7))
    drawing.add(
        Line(
            px(low),
            py(low),
            px(high),
            py(high),
            strokeColor=FAINT,
            strokeWidth=0.6,
            strokeDashArray=[2, 2],
        )
    )
    at = low + span * 0.82
    drawing.add(_text(px(at) + 4, py(at) - 9, t("diagonal"), 6, FAINT, "start"))
    drawing.add(_text(left + plot_w / 2, 3, t("axis_as_is"), 7, INK, "middle", bold=True))
    # Rotated by 90 degrees, (x, y) lands on (-y, x): the label runs up the left edge.
    group = Group(_text(bottom + plot_h / 2, -9, t("axis_target"), 7, INK, "middle", bold=True))
    group.rotate(90)
    drawing.add(group)

    # The diagonal runs through the bottom-left and top-right corners: those two
    # labels sit at the middle line instead, clear of it.
    corners = {
        "develop": (left + 5, top - 11, "start"),
        "maintain": (mid_x + 5, top - 11, "start"),
        "question": (mid_x - 5, bottom + 5, "end"),
        "reduce": (right - 5, bottom + 5, "end"),
    }
    for name, (x, y, anchor) in corners.items():
        drawing.add(_text(x, y, t(f"quadrant_{name}").upper(), 6.5, NAVY, anchor, bold=True))

    labelled = {tp.id for tp in data.super_touchpoints()[:MAX_LABELS]}
    points: list[tuple[Touchpoint, float, float]] = []
    for tp in data.ranked:
        m = data.metrics[tp.id]
        if m.as_is is None or m.target is None:
            continue
        points.append(
            (tp, px(m.as_is + _jitter(tp.id, span)), py(m.target + _jitter(-tp.id, span)))
        )
    for tp, x, y in reversed(points):  # the highest ranks drawn last, on top
        department = data.department.get(tp.department_id)
        colour = lane_colour(department.color) if department else FAINT
        ring = tp.id in labelled
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
    for tp, x, y in points:
        if tp.id in labelled:
            drawing.add(_text(x + 5, y + 2, str(data.rank[tp.id]), 6.5, NAVY, "start", bold=True))
    return drawing


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
    story: list[Flowable] = [
        context.heading(Section.PORTFOLIO),
        TextBlock(t("portfolio_intro"), styles.body),
        spacer(4),
        portfolio_chart(context, width, width * 0.68),
        spacer(6),
        department_legend(context, width),
    ]
    unrated = sum(
        1
        for tp in data.touchpoints
        if data.metrics[tp.id].as_is is None or data.metrics[tp.id].target is None
    )
    if unrated:
        story += [
            spacer(4),
            TextBlock(t("portfolio_unrated", count=t.integer(unrated)), styles.muted),
        ]
    story.append(spacer(8))

    low, high = data.scale.minimum, data.scale.maximum
    middle = low + (high - low) / 2
    members: dict[str, list[Touchpoint]] = {q: [] for q in QUADRANTS}
    for tp in data.ranked:
        m = data.metrics[tp.id]
        if m.as_is is not None and m.target is not None:
            members[quadrant_of(m.as_is, m.target, middle)].append(tp)
    rated = sum(len(v) for v in members.values()) or 1
    rows = []
    for quadrant in QUADRANTS:
        chosen = members[quadrant]
        rows.append(
            [
                cell(t(f"quadrant_{quadrant}"), styles.cell_bold),
                cell(t(f"quadrant_{quadrant}_means"), styles.cell_muted),
                t.integer(len(chosen)),
                t.percent(len(chosen) / rated),
                cell(", ".join(line(tp.name, 60) for tp in chosen[:3]), styles.cell, max_lines=2),
            ]
        )
    story.append(
        data_table(
            [t("quadrant"), t("meaning"), t("count_short"), t("share"), t("examples")],
            rows,
            [68, 130, 40, 40, width - 278],
            styles,
            right=(2, 3),
        )
    )
    context.step(1.0)
    return story

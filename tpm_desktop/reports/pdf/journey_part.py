"""The journey section: the app's journey view as vectors, with the experience curve.

Same grid, curve and geometry as the screen (`core.journey`), in points: phases
across, channels down (online above, offline below), the curve on top. Rows that
do not fit on the first page continue on the next, under the phase headers again.
A table of the curve's figures and the moments of truth follows.
"""

from __future__ import annotations

import math
from dataclasses import replace

from reportlab.graphics.shapes import Circle, Drawing, Group, Line, Polygon, PolyLine, Rect, String
from reportlab.lib.colors import Color, HexColor
from reportlab.platypus import Flowable

from tpm_desktop.core.enums import EXPERIENCE_MAX, EXPERIENCE_MIN, ChannelKind
from tpm_desktop.core.journey import (
    Box,
    JourneyGeometry,
    JourneyGrid,
    JourneyPoint,
    JourneyRows,
    JourneySizes,
    curve_y,
    fitted_sizes,
    journey_curve,
    journey_geometry,
    journey_grid,
    moment_marks,
)
from tpm_desktop.core.model import Channel, Department
from tpm_desktop.reports.pdf import fonts
from tpm_desktop.reports.pdf.blocks import cell, data_table, spacer
from tpm_desktop.reports.pdf.charts import new_drawing
from tpm_desktop.reports.pdf.context import ReportContext
from tpm_desktop.reports.pdf.options import Section
from tpm_desktop.reports.pdf.portfolio import department_legend
from tpm_desktop.reports.pdf.safe import line
from tpm_desktop.reports.pdf.styles import (
    EXPERIENCE_COLOURS,
    HAIRLINE,
    INK,
    MUTED,
    NAVY,
    PANEL,
    RULE,
    WHITE,
    ZEBRA,
    lane_colour,
)
from tpm_desktop.reports.pdf.textblock import TextBlock, elide, fit_lines, text_width
from tpm_desktop.reports.pdf.texts import DASH

SIZES = JourneySizes(
    chip_width=66.0,
    chip_height=21.0,
    gap=3.0,
    padding=4.0,
    lane_header=92.0,
    group_band=13.0,
    phase_header=18.0,
    curve_height=118.0,
)
CHIP_SIZE = 6.0  # pt: the names on the chips
CURVE_TOP = 16.0
CURVE_MARGIN = 9.0
AS_IS = HexColor("#1e3a5f")
TARGET = HexColor("#2a9d6f")
STAR = HexColor("#f2a900")
STAR_LINE = HexColor("#c98a00")
ONLINE = (HexColor("#dcebfa"), HexColor("#1e5a96"))
OFFLINE = (HexColor("#f6eadb"), HexColor("#7a5220"))
FIRST_PAGE_ROOM = 70.0  # the heading and the introduction above the first drawing


def _string(x: float, y: float, text: str, size: float, colour: Color, **kw: object) -> String:
    bold = bool(kw.pop("bold", False))
    return String(
        x,
        y,
        text,
        fontName=fonts.BOLD if bold else fonts.REGULAR,
        fontSize=size,
        fillColor=colour,
        **kw,
    )


def _star(x: float, y: float, radius: float, filled: bool) -> Polygon:
    points: list[float] = []
    for index in range(10):
        r = radius if index % 2 == 0 else radius * 0.45
        angle = math.pi / 2 + index * math.pi / 5
        points += [x + r * math.cos(angle), y + r * math.sin(angle)]
    return Polygon(
        points, fillColor=STAR if filled else WHITE, strokeColor=STAR_LINE, strokeWidth=0.5
    )


class _Page:
    """Turns the geometry's y-down boxes into a drawing's y-up coordinates."""

    def __init__(self, geometry: JourneyGeometry) -> None:
        self.height = geometry.height
        self.drawing = new_drawing(geometry.width, geometry.height)

    def y(self, value: float) -> float:
        return self.height - value

    def rect(self, box: Box, fill: Color, stroke: Color | None = None) -> None:
        self.drawing.add(
            Rect(
                box.x,
                self.y(box.bottom),
                box.width,
                box.height,
                fillColor=fill,
                strokeColor=stroke,
                strokeWidth=0.4 if stroke is not None else 0,
            )
        )


def _draw_grid(
    page: _Page, grid: JourneyGrid, geometry: JourneyGeometry, context: ReportContext
) -> None:
    t = context.t
    state = context.data.state
    for phase in grid.phases:
        box = geometry.phase_headers[phase.id]
        page.rect(box, NAVY)
        name = elide(line(phase.name, 120), fonts.BOLD, 8, box.width - 10)
        page.drawing.add(
            _string(
                box.centre_x, page.y(box.y + 12.5), name, 8, WHITE, bold=True, textAnchor="middle"
            )
        )
    by_channel = grid.rows is JourneyRows.CHANNEL
    departments = state.table(Department)
    channels = state.table(Channel)
    for index, lane in enumerate(grid.lanes):
        header = geometry.lane_headers[lane.id]
        page.rect(header, PANEL, RULE)
        page.rect(Box(header.x, header.y, 3, header.height), lane_colour(lane.colour))
        for number, text in enumerate(
            fit_lines(line(lane.name, 120), fonts.BOLD, 6.5, header.width - 10, 3)
        ):
            page.drawing.add(
                _string(header.x + 6, page.y(header.y + 9 + number * 8), text, 6.5, INK, bold=True)
            )
        for phase in grid.phases:
            page.rect(
                geometry.cells[(lane.id, phase.id)], WHITE if index % 2 == 0 else ZEBRA, HAIRLINE
            )
    for kind, box in geometry.group_bands:
        fill, ink = ONLINE if kind is ChannelKind.ONLINE else OFFLINE
        page.rect(box, fill)
        label = t.kind(kind) if kind is not None else ""
        text = elide(label, fonts.BOLD, 6.5, max(8.0, box.height - 8))
        # Turned by 90 degrees, reading upwards, near the top of the band.
        top = page.y(box.y) - 5 - text_width(text, fonts.BOLD, 6.5)
        page.drawing.add(
            Group(
                _string(0, 0, text, 6.5, ink, bold=True),
                transform=(0, 1, -1, 0, box.x + box.width / 2 + 2.3, top),
            )
        )
    for tid, box in geometry.chips.items():
        tp = state.touchpoints[tid]
        other = departments.get(tp.department_id) if by_channel else channels.get(tp.channel_id)
        y = page.y(box.bottom)
        page.drawing.add(
            Rect(
                box.x,
                y,
                box.width,
                box.height,
                rx=2,
                ry=2,
                fillColor=WHITE,
                strokeColor=STAR_LINE if tp.is_super else RULE,
                strokeWidth=0.8 if tp.is_super else 0.4,
            )
        )
        stripe = lane_colour(other.color) if other is not None else MUTED  # type: ignore[union-attr]
        page.drawing.add(
            Rect(box.x, y, 2.5, box.height, fillColor=stripe, strokeWidth=0, strokeColor=None)
        )
        left = box.x + (9.5 if tp.is_super else 5.0)
        if tp.is_super:
            page.drawing.add(_star(box.x + 5.8, y + box.height / 2, 2.6, True))
        if tp.experience is not None:
            value = min(EXPERIENCE_MAX, max(EXPERIENCE_MIN, tp.experience))
            page.drawing.add(
                Circle(
                    box.right - 4.5,
                    y + box.height / 2,
                    2.2,
                    fillColor=EXPERIENCE_COLOURS[value - EXPERIENCE_MIN],
                    strokeColor=MUTED,
                    strokeWidth=0.3,
                )
            )
        lines = fit_lines(line(tp.name, 200), fonts.REGULAR, CHIP_SIZE, box.right - 9 - left, 2)
        top = y + box.height / 2 + (len(lines) - 1) * 3.6 - 2.0
        for number, text in enumerate(lines):
            page.drawing.add(_string(left, top - number * 7.2, text, CHIP_SIZE, INK))


def _draw_curve(
    page: _Page, geometry: JourneyGeometry, points: list[JourneyPoint], context: ReportContext
) -> None:
    t = context.t
    box = geometry.curve
    assert box is not None
    page.rect(box, WHITE, RULE)
    page.rect(Box(0, box.y, box.x, box.height), PANEL, RULE)
    plot = Box(box.x, box.y + CURVE_TOP, box.width, box.height - CURVE_TOP)
    for value in range(EXPERIENCE_MIN, EXPERIENCE_MAX + 1):
        y = page.y(curve_y(value, plot, CURVE_MARGIN))
        dash = [2, 2] if value == 0 else None
        page.drawing.add(
            Line(
                box.x,
                y,
                box.right,
                y,
                strokeColor=MUTED if value == 0 else HAIRLINE,
                strokeWidth=0.4,
                strokeDashArray=dash,
            )
        )
        label = elide(f"{t.signed_int(value)} {t.experience(value)}", fonts.REGULAR, 6, box.x - 8)
        page.drawing.add(_string(box.x - 4, y - 2, label, 6, MUTED, textAnchor="end"))
    x = box.x + 6
    legend_y = page.y(box.y + 11)
    for text, colour, dash in (
        (t("journey_as_is"), AS_IS, None),
        (t("journey_target"), TARGET, [3, 2]),
    ):
        page.drawing.add(
            Line(
                x,
                legend_y + 2,
                x + 14,
                legend_y + 2,
                strokeColor=colour,
                strokeWidth=1.4,
                strokeDashArray=dash,
            )
        )
        page.drawing.add(_string(x + 18, legend_y, text, 6.5, INK))
        x += 18 + text_width(text, fonts.REGULAR, 6.5) + 12
    page.drawing.add(_star(x + 3, legend_y + 2.2, 3.5, True))
    page.drawing.add(_string(x + 10, legend_y, t("journey_moment"), 6.5, INK))
    for name, colour, dash, shift in (
        ("as_is", AS_IS, None, -5.0),
        ("target", TARGET, [3, 2], 5.0),
    ):
        runs: list[list[float]] = [[]]
        for point in points:
            value = point.as_is if name == "as_is" else point.target
            if value is None:
                runs.append([])
                continue
            cx = geometry.phase_headers[point.phase.id].centre_x
            cy = page.y(curve_y(value, plot, CURVE_MARGIN))
            runs[-1] += [cx, cy]
            page.drawing.add(
                Circle(cx, cy, 2.4, fillColor=colour, strokeColor=WHITE, strokeWidth=0.6)
            )
            anchor = "end" if shift < 0 else "start"
            dy = -9.0 if shift < 0 else 4.0  # as-is below its dot, target above: never meet
            page.drawing.add(
                _string(
                    cx + shift, cy + dy, t.signed(value), 6.5, colour, bold=True, textAnchor=anchor
                )
            )
        for run in runs:
            if len(run) >= 4:
                page.drawing.add(
                    PolyLine(run, strokeColor=colour, strokeWidth=1.3, strokeDashArray=dash)
                )
    for point in points:
        header = geometry.phase_headers[point.phase.id]
        for mark in moment_marks(point):
            cx = header.centre_x + header.width / 3 * mark.offset * 2
            value = mark.experience if mark.experience is not None else 0
            cy = page.y(curve_y(value, plot, CURVE_MARGIN))
            page.drawing.add(_star(cx, cy, 3.6, mark.experience is not None))
            if len(mark.moments) > 1:  # a group of many: how many it stands for
                count = f"×{t.integer(len(mark.moments))}"
                page.drawing.add(_string(cx + 5, cy - 2.2, count, 6, INK, bold=True))


def _pages(grid: JourneyGrid, sizes: JourneySizes, first: float, later: float) -> list[JourneyGrid]:
    """The grid split by rows into pieces that each fit the room of their page.

    A row too tall to share the first page with the curve starts the second page.
    """
    pieces: list[JourneyGrid] = []
    current: list = []
    for lane in grid.lanes:
        trial = grid.only_lanes([*current, lane])
        room = first if not pieces else later
        height = journey_geometry(trial, sizes, with_curve=not pieces).height
        if height > room and (current or not pieces):
            pieces.append(grid.only_lanes(current))
            current = [lane]
        else:
            current.append(lane)
    pieces.append(grid.only_lanes(current))
    return pieces


def capped(
    grid: JourneyGrid, sizes: JourneySizes, room: float
) -> tuple[JourneyGrid, dict[tuple[int, int], int]]:
    """Cells cut to the lines one page holds, and how many each leaves out.

    A cut cell keeps its first chips and gives its last place to "+N more".
    """
    step = sizes.chip_height + sizes.gap
    spare = room - sizes.phase_header - 3 * sizes.gap - 2 * sizes.padding + sizes.gap
    limit = max(1, int(spare // step)) * max(1, sizes.chips_per_line)
    cells: dict[tuple[int, int], list[int]] = {}
    hidden: dict[tuple[int, int], int] = {}
    for key, members in grid.cells.items():
        if len(members) > limit:
            cells[key] = members[: limit - 1]
            hidden[key] = len(members) - (limit - 1)
        else:
            cells[key] = members
    return replace(grid, cells=cells), hidden


def _draw_more(
    page: _Page,
    geometry: JourneyGeometry,
    sizes: JourneySizes,
    piece: JourneyGrid,
    hidden: dict[tuple[int, int], int],
    context: ReportContext,
) -> None:
    per_line = max(1, sizes.chips_per_line)
    for lane in piece.lanes:
        for phase in piece.phases:
            count = hidden.get((lane.id, phase.id))
            if not count:
                continue
            box = geometry.cells[(lane.id, phase.id)]
            row, column = divmod(len(piece.cell(lane, phase)), per_line)
            x = box.x + sizes.padding + column * (sizes.chip_width + sizes.gap)
            y = box.y + sizes.padding + row * (sizes.chip_height + sizes.gap)
            text = elide(
                context.t("journey_more", count=context.t.integer(count)),
                fonts.BOLD,
                CHIP_SIZE,
                sizes.chip_width - 6,
            )
            page.drawing.add(
                _string(
                    x + 4, page.y(y + sizes.chip_height / 2 + 2), text, CHIP_SIZE, MUTED, bold=True
                )
            )


def journey_drawings(context: ReportContext) -> tuple[list[Drawing], bool]:
    """The journey view on as many landscape pages as its rows need; True when cells were cut."""
    width, height = context.wide_frame
    state = context.data.state
    grid = journey_grid(state, JourneyRows.CHANNEL)
    sizes = fitted_sizes(width, grid, SIZES, max_per_line=5)
    points = journey_curve(state)
    grid, hidden = capped(grid, sizes, height - 4)
    drawings = []
    for index, piece in enumerate(_pages(grid, sizes, height - FIRST_PAGE_ROOM, height - 4)):
        geometry = journey_geometry(piece, sizes, with_curve=index == 0)
        page = _Page(geometry)
        _draw_grid(page, piece, geometry, context)
        _draw_more(page, geometry, sizes, piece, hidden, context)
        if geometry.curve is not None and piece.phases:
            _draw_curve(page, geometry, points, context)
        drawings.append(page.drawing)
    return drawings, bool(hidden)


def journey_part(context: ReportContext) -> list[Flowable]:
    """The journey section's story."""
    t, styles = context.t, context.styles
    width, _ = context.wide_frame
    story: list[Flowable] = [
        context.heading(Section.JOURNEY),
        TextBlock(t("journey_intro"), styles.body),
        spacer(4),
    ]
    drawings, cut = journey_drawings(context)
    story += drawings
    # The chips' stripes are their departments' colours.
    story += [spacer(4), department_legend(context, width)]
    rows = []
    for point in journey_curve(context.data.state):
        moments = "; ".join(
            f"{line(m.name, 60)} ({DASH if m.experience is None else t.signed_int(m.experience)})"
            for m in point.moments
        )
        rows.append(
            [
                cell(line(point.phase.name, 80), styles.cell_bold, max_lines=2),
                f"{t.signed(point.as_is)} ({t.integer(point.as_is_count)})",
                f"{t.signed(point.target)} ({t.integer(point.target_count)})",
                cell(moments or DASH, styles.cell, max_lines=4),
            ]
        )
    story += [
        spacer(8),
        data_table(
            [t("phase"), t("journey_as_is"), t("journey_target"), t("journey_moments")],
            rows,
            [130, 90, 90, width - 310],
            styles,
            right=(1, 2),
        ),
        spacer(4),
        TextBlock(t("journey_note"), styles.muted),
    ]
    if cut:
        story += [spacer(2), TextBlock(t("journey_cut"), styles.muted)]
    return story

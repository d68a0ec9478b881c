"""The portfolio slide: the report's matrix as a picture, and the quadrants as a table."""

from __future__ import annotations

import io

from pptx.util import Pt
from reportlab.graphics import renderPDF
from reportlab.pdfgen.canvas import Canvas

from tpm_desktop.core import portfolio
from tpm_desktop.core.model import Touchpoint
from tpm_desktop.core.portfolio import QUADRANT_KEYS, AxisKind
from tpm_desktop.reports.pdf.portfolio import (
    department_legend,
    matrix_of,
    portfolio_chart,
    quadrant_of,
)
from tpm_desktop.reports.pdf.safe import line
from tpm_desktop.reports.pdf.texts import DASH
from tpm_desktop.reports.slides import theme
from tpm_desktop.reports.slides.chrome import caption, content_slide
from tpm_desktop.reports.slides.context import SlideContext
from tpm_desktop.reports.slides.fitting import Para
from tpm_desktop.reports.slides.map_slide import report_context
from tpm_desktop.reports.slides.pictures import picture
from tpm_desktop.reports.slides.shapes import Box, Cell, Column, row_height, table, text_box
from tpm_desktop.reports.slides.theme import (
    CONTENT_BOTTOM,
    CONTENT_TOP,
    CONTENT_WIDTH,
    GUTTER,
    MARGIN,
    TABLE_HEADER_SIZE,
    TABLE_SIZE,
)

CHART_SHARE = 0.56
CHART_WIDTH = 420.0  # points of the drawing; the picture is scaled to the slide
CHART_HEIGHT = 300.0
CAPTION_ROOM = 40.0
EXAMPLES = 3  # names per quadrant
AXIS_TITLES = {  # as the report's matrix titles its axes
    AxisKind.AS_IS: "axis_as_is",
    AxisKind.EXPERIENCE: "axis_experience",
    AxisKind.RELEVANCE: "axis_relevance",
}


def portfolio_slide(context: SlideContext) -> None:
    """The matrix and what each quadrant holds."""
    t = context.t
    slide = content_slide(context, t("slide_portfolio"))
    report = report_context(context)
    matrix = matrix_of(report)
    chart, _ = portfolio_chart(report, matrix, CHART_WIDTH, CHART_HEIGHT)
    legend = department_legend(report, CHART_WIDTH)
    page_h = CHART_HEIGHT + 8 + legend.height + 8

    def paint(canvas: Canvas) -> None:
        renderPDF.draw(chart, canvas, 4, 8 + legend.height + 4)
        renderPDF.draw(legend, canvas, 4, 4)

    png, (pixels_w, pixels_h) = picture(CHART_WIDTH + 8, page_h, paint)
    room_w = CONTENT_WIDTH * CHART_SHARE
    room_h = CONTENT_BOTTOM - CONTENT_TOP - CAPTION_ROOM
    scale = min(room_w / pixels_w, room_h / pixels_h)
    width, height = pixels_w * scale, pixels_h * scale
    slide.shapes.add_picture(io.BytesIO(png), Pt(MARGIN), Pt(CONTENT_TOP), Pt(width), Pt(height))

    members: dict[str, list[Touchpoint]] = {key: [] for key in QUADRANT_KEYS}
    for tp in context.data.ranked:
        if tp.id in matrix.values:
            quadrant = quadrant_of(matrix, tp.id)
            if quadrant is not None:
                members[quadrant].append(tp)
    placed = sum(len(v) for v in members.values()) or 1
    labels = portfolio.labels_for(context.data.state, t.language)
    rows = [
        [
            Cell(line(labels[key], 60), bold=True),
            t.integer(len(members[key])),
            t.percent(len(members[key]) / placed),
        ]
        for key in QUADRANT_KEYS
    ]
    left = MARGIN + room_w + GUTTER
    side = MARGIN + CONTENT_WIDTH - left
    table(
        slide,
        Box(left, CONTENT_TOP, side, 200),
        [
            Column(t("quadrant"), 0.6),
            Column(t("count_short"), 0.18, right=True),
            Column(t("share"), 0.22, right=True),
        ],
        rows,
    )
    below = CONTENT_TOP + row_height(TABLE_HEADER_SIZE) + 4 * row_height(TABLE_SIZE) + 16
    examples = [Para(t("examples"), bold=True, space_after=0.3, colour=theme.NAVY)]
    for key in QUADRANT_KEYS:
        names = ", ".join(line(tp.name, 80) for tp in members[key][:EXAMPLES]) or DASH
        examples.append(Para(f"{line(labels[key], 60)}: {names}", space_after=0.35))
    room = CONTENT_BOTTOM - CAPTION_ROOM - below
    text_box(slide, Box(left, below, side, room), examples, 13, 9)

    x_title = t(AXIS_TITLES[matrix.x_axis.kind])
    y_title = t(AXIS_TITLES[matrix.y_axis.kind])
    notes = [t("portfolio_caption", x=x_title, y=y_title)]
    if matrix.missing:
        form = "one" if matrix.missing == 1 else "other"
        notes.append(t(f"portfolio_unplaced_{form}", count=t.integer(matrix.missing)))
    caption(context, slide, " ".join(notes), CONTENT_BOTTOM - CAPTION_ROOM + 6, CAPTION_ROOM)

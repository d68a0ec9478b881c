"""The map slide: the whole touchpoint map on one picture, drawn by the report's map code.

A slide shows all of the map at once: in the report's one-sheet (overview) layout,
on the smallest frame of the slide's shape that holds it, so names are as large
as they can be; a map too large for that gets the detailed layout with all rows
on one tall sheet. The picture is sharp enough to zoom into.
"""

from __future__ import annotations

import io

from pptx.util import Pt
from reportlab.pdfgen.canvas import Canvas

from tpm_desktop.reports.pdf.colouring import Colouring
from tpm_desktop.reports.pdf.context import ReportContext
from tpm_desktop.reports.pdf.fonts import register_fonts
from tpm_desktop.reports.pdf.map_layout import (
    LEGEND_ROOM,
    MAX_COLUMN,
    MIN_COLUMN,
    TITLE_ROOM,
    MapBlock,
    plan_map,
    plan_whole,
)
from tpm_desktop.reports.pdf.map_part import MapDrawing, MapLegend
from tpm_desktop.reports.pdf.options import ReportOptions
from tpm_desktop.reports.pdf.overview import kind_labels
from tpm_desktop.reports.pdf.plan import Plan
from tpm_desktop.reports.pdf.styles import make_styles
from tpm_desktop.reports.pdf.templates import Registry
from tpm_desktop.reports.pdf.texts import Texts
from tpm_desktop.reports.slides import theme
from tpm_desktop.reports.slides.chrome import caption, content_slide
from tpm_desktop.reports.slides.context import SlideContext
from tpm_desktop.reports.slides.fitting import Para
from tpm_desktop.reports.slides.pictures import picture
from tpm_desktop.reports.slides.shapes import Box, text_box
from tpm_desktop.reports.slides.theme import CONTENT_BOTTOM, CONTENT_TOP, CONTENT_WIDTH, MARGIN

PAD = 8.0  # white border around the map on its page
ROW_HEADER = 118.0  # as the report's map at its widest
CAPTION_ROOM = 22.0
HUGE = 1_000_000.0  # a page so tall that every row fits on it
# Widths of the frames tried for the one-sheet layout, in points (A4 landscape is 842):
# the first that holds the map is used, so names are as large on the slide as they can be.
FRAME_WIDTHS = (760, 842, 960, 1080, 1191, 1340, 1500, 1684, 1900, 2150, 2384)


def report_context(context: SlideContext) -> ReportContext:
    """What the report's map code needs, for the slides' language and colouring."""
    options = ReportOptions(
        language=context.t.language, map_colour=context.map_colour, today=context.today
    )
    return ReportContext(
        data=context.data,
        options=options,
        texts=Texts(context.t.language),
        styles=make_styles(),
        registry=Registry(),
        plan=Plan(),
    )


def overview_map(report: ReportContext, room: tuple[float, float]) -> MapBlock | None:
    """The report's one-sheet map layout in a frame of the slide's shape, as small as it fits.

    The smallest frame that holds the map gives the largest scale on the slide;
    None when the map is too large even for the largest frame tried.
    """
    kinds = kind_labels(report.t)
    aspect = room[1] / room[0]
    # As the report's overview: two lines per name on a larger frame read better
    # than one line on a smaller one.
    for fewest in (2, 1):
        for width in FRAME_WIDTHS:
            # the picture's page has the slide's shape; plan_whole keeps room for a
            # title (which this picture does not have) and for the legend
            height = (width + 2 * PAD) * aspect - 2 * PAD + TITLE_ROOM
            block = plan_whole(report.data, width, height, kinds, fewest_lines=fewest)
            if block is not None:
                return block
    return None


def widened_map(report: ReportContext, room: tuple[float, float]) -> MapBlock | None:
    """For a map too large for any frame: the detailed layout, all rows on one tall sheet."""
    kinds = kind_labels(report.t)
    columns = len(report.data.channels)
    best: tuple[float, MapBlock] | None = None
    for column in (*range(int(MIN_COLUMN), int(MAX_COLUMN), 6), MAX_COLUMN):
        plan = plan_map(report.data, ROW_HEADER + columns * column, HUGE, kinds)
        if not plan.pages:
            return None  # no departments or no channels
        if len(plan.pages) > 1 or len(plan.pages[0]) > 1:
            continue  # not on one sheet at this width
        block = plan.pages[0][0]
        height = block.layout.height + LEGEND_ROOM + 2 * PAD
        scale = min(room[0] / (block.layout.width + 2 * PAD), room[1] / height)
        if best is None or scale >= best[0] - 1e-9:  # on a tie the wider: fewer wrapped names
            best = (scale, block)
    return best[1] if best else None


def whole_map(report: ReportContext, room: tuple[float, float]) -> MapBlock | None:
    """The whole map as one block for `room`, or None for a map without lanes."""
    register_fonts()  # the map is measured in the report's font
    if not report.data.channels or not report.data.departments:
        return None
    return overview_map(report, room) or widened_map(report, room)


def map_png(
    context: SlideContext, room: tuple[float, float]
) -> tuple[bytes, tuple[int, int]] | None:
    """The whole map and its legend as PNG, or None for a map without lanes."""
    report = report_context(context)
    block = whole_map(report, room)
    if block is None:
        return None
    colouring = Colouring(context.map_colour, context.data, report.t)
    width = block.layout.width
    drawing = MapDrawing(block, colouring, report)
    legend = MapLegend(colouring, report, "", block.style)
    drawing.wrap(width, block.layout.height)
    legend.wrap(width, LEGEND_ROOM)
    page_w, page_h = width + 2 * PAD, block.layout.height + LEGEND_ROOM + 2 * PAD

    def paint(canvas: Canvas) -> None:
        drawing.drawOn(canvas, PAD, PAD + LEGEND_ROOM)
        legend.drawOn(canvas, PAD, PAD)

    return picture(page_w, page_h, paint)


def map_slide(context: SlideContext) -> None:
    """The touchpoint map on one slide."""
    t = context.t
    slide = content_slide(context, t("slide_map"))
    room = (CONTENT_WIDTH, CONTENT_BOTTOM - CONTENT_TOP - CAPTION_ROOM)
    rendered = map_png(context, room)
    if rendered is None:
        text_box(
            slide,
            Box(MARGIN, CONTENT_TOP, CONTENT_WIDTH, 60),
            [Para(t("map_no_picture"))],
            16,
            colour=theme.MUTED,
        )
        return
    png, (pixels_w, pixels_h) = rendered
    scale = min(room[0] / pixels_w, room[1] / pixels_h)
    width, height = pixels_w * scale, pixels_h * scale
    left = MARGIN + (room[0] - width) / 2
    slide.shapes.add_picture(io.BytesIO(png), Pt(left), Pt(CONTENT_TOP), Pt(width), Pt(height))
    what = Colouring(context.map_colour, context.data, Texts(t.language)).title
    caption(
        context,
        slide,
        t("map_caption", count=t.integer(len(context.data.touchpoints)), what=what),
        CONTENT_TOP + height + 4,
        CAPTION_ROOM,
    )

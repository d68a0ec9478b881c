"""The map slide: the whole touchpoint map on one picture, drawn by the report's map code.

The report cuts a large map into legible pages; a slide shows all of it at once,
so the columns are widened until the map's shape matches the slide's, and the
picture is sharp enough to zoom into.
"""

from __future__ import annotations

import io

from pptx.util import Pt
from reportlab.pdfgen.canvas import Canvas

from tpm_desktop.core.enums import ChannelKind
from tpm_desktop.reports.pdf.colouring import Colouring
from tpm_desktop.reports.pdf.context import ReportContext
from tpm_desktop.reports.pdf.fonts import register_fonts
from tpm_desktop.reports.pdf.map_layout import (
    LEGEND_ROOM,
    MAX_COLUMN,
    MIN_COLUMN,
    MapBlock,
    plan_map,
)
from tpm_desktop.reports.pdf.map_part import MapDrawing, MapLegend
from tpm_desktop.reports.pdf.options import ReportOptions
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


def whole_map(report: ReportContext, room: tuple[float, float]) -> MapBlock | None:
    """The map as one block, its column width chosen so it fills `room` best."""
    register_fonts()  # the map is measured in the report's font
    t = report.t
    kinds = {kind.value: t.kind(kind) for kind in ChannelKind}
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
    legend = MapLegend(colouring, report, "")
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

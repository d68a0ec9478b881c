"""The touchpoint map as a poster: one A2 or A1 sheet, or A4 tiles to assemble.

The poster is the report's one-sheet overview (map_layout.plan_whole, drawn by
map_part) laid out for the smallest landscape sheet it fits on and scaled up to
the poster, so it is the same vector map, only larger; nothing is ever scaled
down, so no text is under 6 pt. Tiles cut the A2 poster (or the size the map
needs, enlarged to fill the pages) into A4 pages, see poster_tiles.
"""

from __future__ import annotations

import dataclasses
import io
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from reportlab.lib.pagesizes import A0, A1, A2, A3, A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from tpm_desktop.core.state import ProjectState
from tpm_desktop.reports.pdf import fonts
from tpm_desktop.reports.pdf.colouring import Colouring
from tpm_desktop.reports.pdf.context import ReportContext
from tpm_desktop.reports.pdf.figures import ReportData
from tpm_desktop.reports.pdf.fonts import register_fonts
from tpm_desktop.reports.pdf.map_layout import LEGEND_ROOM, TITLE_ROOM, MapBlock, plan_whole
from tpm_desktop.reports.pdf.map_part import MapDrawing, MapLegend
from tpm_desktop.reports.pdf.options import MapColour, ReportCancelled, ReportError, ReportOptions
from tpm_desktop.reports.pdf.overview import kind_labels
from tpm_desktop.reports.pdf.plan import Plan
from tpm_desktop.reports.pdf.poster_tiles import OVERLAP, TilePlan, draw_tiles, plan_tiles
from tpm_desktop.reports.pdf.safe import line, lock_down_reportlab
from tpm_desktop.reports.pdf.styles import MUTED, NAVY, make_styles
from tpm_desktop.reports.pdf.templates import Registry
from tpm_desktop.reports.pdf.textblock import elide, text_width
from tpm_desktop.reports.pdf.texts import Texts

Progress = Callable[[float], object]


class PosterSize(StrEnum):
    """What the poster is printed on."""

    A2 = "a2"
    A1 = "a1"
    A4_TILES = "a4-tiles"


# Landscape sheets from small to large; 2A0 and 4A0 only for tiles.
SHEETS: tuple[tuple[str, tuple[float, float]], ...] = (
    ("A4", landscape(A4)),
    ("A3", landscape(A3)),
    ("A2", landscape(A2)),
    ("A1", landscape(A1)),
    ("A0", landscape(A0)),
    ("2A0", landscape((A0[1], A0[0] * 2))),
    ("4A0", landscape((A0[0] * 2, A0[1] * 2))),
)
POSTER_MARGIN = 15 * mm


def fill_tiles(layout: PosterLayout) -> tuple[PosterLayout, TilePlan]:
    """The poster scaled up until it fills the tiles it needs anyway, and those tiles.

    A poster just wider than three tiles needs four; printed larger, the fourth
    is no longer mostly blank, and the page count stays the same.
    """
    plan = plan_tiles(layout.page)
    step_x, step_y = plan.step
    room = (plan.columns * step_x + OVERLAP, plan.rows * step_y + OVERLAP)
    grow = min(room[0] / layout.page[0], room[1] / layout.page[1]) * 0.999
    if grow <= 1.0:
        return layout, plan
    page = (layout.page[0] * grow, layout.page[1] * grow)
    grown = dataclasses.replace(layout, scale=layout.scale * grow, page=page)
    return grown, plan_tiles(page)


@dataclass(frozen=True)
class PosterLayout:
    """The map laid out on its smallest sheet, and the scale that fills the poster."""

    block: MapBlock
    base: str  # the sheet it was laid out for ("A3")
    width: float  # the composition (title, map, legend) at scale 1
    height: float
    scale: float
    poster: str  # the sheet it is printed on ("A2")
    page: tuple[float, float]  # the poster's page (for tiles: the content only)


def layout_poster(data: ReportData, size: PosterSize, kinds: dict[str, str]) -> PosterLayout:
    """Lay out the whole map for a poster size; ReportError when it is not legible there."""
    target = "A1" if size is PosterSize.A1 else "A2"
    names = [name for name, _ in SHEETS]
    limit = names.index(target) if size is not PosterSize.A4_TILES else len(SHEETS) - 1
    found: tuple[MapBlock, int] | None = None
    for fewest in (2, 1):  # two lines per name on a larger sheet before one on a smaller
        for index in range(limit + 1):
            width, height = _frame(SHEETS[index][1])
            block = plan_whole(data, width, height, kinds, fewest_lines=fewest)
            if block is not None:
                found = (block, index)
                break
        if found is not None:
            break
    if found is None:
        raise ReportError("poster_too_large", size=target)
    block, index = found
    base_width, _ = _frame(SHEETS[index][1])
    height = TITLE_ROOM + block.layout.height + LEGEND_ROOM
    poster_index = max(index, names.index(target))
    poster_page = SHEETS[poster_index][1]
    frame_width, frame_height = _frame(poster_page)
    scale = min(frame_width / base_width, frame_height / height)
    page = poster_page
    if size is PosterSize.A4_TILES:  # the tiles hold the content, not the sheet's margins
        page = (base_width * scale, height * scale)
    return PosterLayout(
        block, SHEETS[index][0], base_width, height, scale, SHEETS[poster_index][0], page
    )


def _frame(sheet: tuple[float, float]) -> tuple[float, float]:
    return sheet[0] - 2 * POSTER_MARGIN, sheet[1] - 2 * POSTER_MARGIN


@dataclass(frozen=True)
class PosterOptions:
    """Options of a poster."""

    size: PosterSize = PosterSize.A2
    language: str = "en"
    map_colour: MapColour = MapColour.PRIORITY
    today: date = field(default_factory=date.today)


def build_poster(
    state: ProjectState, options: PosterOptions, progress: Progress | None = None
) -> bytes:
    """The map poster of a project as PDF bytes.

    Raises ReportError when the map has no lanes or is too large for a legible
    poster of that size; `progress` returning False cancels with ReportCancelled.
    """

    def report(fraction: float) -> None:
        if progress is not None and progress(fraction) is False:
            raise ReportCancelled

    register_fonts()
    lock_down_reportlab()
    texts = Texts(options.language)
    data = ReportData(state, options.today)
    if not data.channels or not data.departments:
        raise ReportError("poster_empty")
    report(0.05)
    layout = layout_poster(data, options.size, kind_labels(texts))
    report(0.4)
    context = ReportContext(
        data=data,
        options=ReportOptions(
            language=texts.language, map_colour=options.map_colour, today=options.today
        ),
        texts=texts,
        styles=make_styles(),
        registry=Registry(),
        plan=Plan(),
    )
    name = line(data.project.name, 200) or texts("untitled")
    buffer = io.BytesIO()
    tiles = None
    if options.size is PosterSize.A4_TILES:
        layout, tiles = fill_tiles(layout)
    canvas = Canvas(
        buffer,
        pagesize=layout.page if tiles is None else tiles.page,
        pageCompression=1,
        initialFontName=fonts.REGULAR,
    )
    canvas.setTitle(f"{name} – {texts('poster_title')}")
    canvas.setAuthor(line(data.project.author, 200))
    canvas.setCreator("TPM Desktop")
    canvas.setSubject(texts("kicker"))
    if tiles is None:
        width, height = layout.page
        composed_width = layout.width * layout.scale
        composed_height = layout.height * layout.scale
        canvas.translate((width - composed_width) / 2, (height - composed_height) / 2)
        _compose(canvas, layout, context, name)
        canvas.showPage()
    else:
        draw_tiles(
            canvas,
            tiles,
            lambda target: _compose(target, layout, context, name),
            texts,
            name,
            lambda fraction: report(0.4 + 0.6 * fraction),
        )
    canvas.save()
    report(1.0)
    return buffer.getvalue()


def _compose(canvas: Canvas, layout: PosterLayout, context: ReportContext, name: str) -> None:
    """Title, map and legend at the poster's scale; the origin is the bottom left corner."""
    t = context.t
    colouring = Colouring(context.options.map_colour, context.data, t)
    width, height = layout.width, layout.height
    canvas.saveState()
    canvas.scale(layout.scale, layout.scale)
    # the title line
    date_text = f"{t('poster_title')} · {t.date(context.options.today)}"
    canvas.setFont(fonts.REGULAR, 7.5)
    canvas.setFillColor(MUTED)
    canvas.drawRightString(width, height - 16, date_text)
    room = width - text_width(date_text, fonts.REGULAR, 7.5) - 16
    canvas.setFont(fonts.BOLD, 12)
    canvas.setFillColor(NAVY)
    canvas.drawString(0, height - 16, elide(name, fonts.BOLD, 12, room))
    drawing = MapDrawing(layout.block, colouring, context)
    drawing.wrap(width, layout.block.layout.height)
    drawing.drawOn(canvas, 0, LEGEND_ROOM)
    count = t.integer(len(context.data.touchpoints))
    legend = MapLegend(colouring, context, t("poster_count", count=count), layout.block.style)
    legend.wrap(width, LEGEND_ROOM)
    legend.drawOn(canvas, 0, 0)
    canvas.restoreState()

"""The touchpoint map as a poster: one A2 or A1 sheet, or A4 tiles to assemble.

The poster is the report's one-sheet overview (map_layout.plan_whole, drawn by
map_part) laid out for the smallest landscape sheet it fits on and scaled up to
the poster, so it is the same vector map, only larger; nothing is ever scaled
down, so no text is under 6 pt. Tiles cut the A2 poster (or the size the map
needs) into A4 pages with a margin for the printer, an overlap to glue on, crop
marks, and a note of where each tile goes.
"""

from __future__ import annotations

import dataclasses
import io
import math
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from reportlab.lib.pagesizes import A0, A1, A2, A3, A4, landscape, portrait
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
from tpm_desktop.reports.pdf.safe import line, lock_down_reportlab
from tpm_desktop.reports.pdf.styles import FAINT, INK, MUTED, NAVY, PANEL, RULE, make_styles
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
TILE_MARGIN = 14 * mm  # the printer's unprintable edge, the crop marks and the note
OVERLAP = 8 * mm  # printed on both neighbouring tiles, to glue one over the other
MARK = 4 * mm  # length of a crop mark
MARK_GAP = 1.5 * mm  # between the printed area and the start of a mark


@dataclass(frozen=True)
class Tile:
    """One A4 page of a tiled poster: its place, and the part of the sheet it shows."""

    row: int  # 1-based, from the top
    column: int  # 1-based, from the left
    x: float  # the shown part's top left corner on the sheet, y downwards
    y: float


@dataclass(frozen=True)
class TilePlan:
    """How a sheet of `sheet` points is cut into tiles of `page` points."""

    sheet: tuple[float, float]
    page: tuple[float, float]
    rows: int
    columns: int
    tiles: tuple[Tile, ...] = field(default=())

    @property
    def shown(self) -> tuple[float, float]:
        """The printed area of a tile: the page without its margins."""
        return self.page[0] - 2 * TILE_MARGIN, self.page[1] - 2 * TILE_MARGIN

    @property
    def step(self) -> tuple[float, float]:
        """How far the next tile's part starts: the printed area less the overlap."""
        width, height = self.shown
        return width - OVERLAP, height - OVERLAP


def plan_tiles(sheet: tuple[float, float]) -> TilePlan:
    """The A4 tiles for a sheet, portrait or landscape, whichever needs fewer pages."""
    best: TilePlan | None = None
    for page in (portrait(A4), landscape(A4)):
        probe = TilePlan(sheet, page, 0, 0)
        step_x, step_y = probe.step
        columns = max(1, math.ceil((sheet[0] - OVERLAP) / step_x - 1e-9))
        rows = max(1, math.ceil((sheet[1] - OVERLAP) / step_y - 1e-9))
        tiles = tuple(
            Tile(r + 1, c + 1, c * step_x, r * step_y) for r in range(rows) for c in range(columns)
        )
        plan = TilePlan(sheet, page, rows, columns, tiles)
        if best is None or len(plan.tiles) < len(best.tiles):
            best = plan
    assert best is not None
    return best


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
        _tiled(canvas, layout, context, name, tiles, report)
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


def _tiled(
    canvas: Canvas,
    layout: PosterLayout,
    context: ReportContext,
    name: str,
    tiles: TilePlan,
    report: Callable[[float], None],
) -> None:
    """Each tile shows its part of the poster (one form, drawn clipped) with marks and a note."""
    sheet_width, sheet_height = tiles.sheet
    canvas.beginForm("tpm-poster", 0, 0, sheet_width, sheet_height)
    _compose(canvas, layout, context, name)
    canvas.endForm()
    page_height = tiles.page[1]
    shown_width, shown_height = tiles.shown
    step_x, step_y = tiles.step
    t = context.t
    for number, tile in enumerate(tiles.tiles, start=1):
        left, top = TILE_MARGIN, page_height - TILE_MARGIN
        canvas.saveState()
        path = canvas.beginPath()
        path.rect(left, top - shown_height, shown_width, shown_height)
        canvas.clipPath(path, stroke=0, fill=0)
        # the sheet's point (tile.x, tile.y from the top) lands on the tile's top left
        canvas.translate(left - tile.x, top - (sheet_height - tile.y))
        canvas.doForm("tpm-poster")
        canvas.restoreState()
        _crop_marks(canvas, left, top, step_x, step_y, tile, tiles)
        _tile_note(canvas, t, tile, tiles, number, name)
        canvas.showPage()
        report(0.4 + 0.6 * number / len(tiles.tiles))


def _crop_marks(
    canvas: Canvas,
    left: float,
    top: float,
    step_x: float,
    step_y: float,
    tile: Tile,
    tiles: TilePlan,
) -> None:
    """Marks in the margins where the tile's own part begins and ends.

    The part right of and below the inner marks is the overlap: the next tile
    repeats it, and is laid over it up to its own marks.
    """
    shown_width, shown_height = tiles.shown
    sheet_width, sheet_height = tiles.sheet
    # the tile's own part, clipped to the sheet at the last row and column
    own_width = min(step_x, sheet_width - tile.x)
    own_height = min(step_y, sheet_height - tile.y)
    xs = (left, left + own_width)
    ys = (top, top - own_height)
    canvas.saveState()
    canvas.setStrokeColor(INK)
    canvas.setLineWidth(0.3)
    bottom = top - shown_height
    right = left + shown_width
    for x in xs:
        canvas.line(x, top + MARK_GAP, x, top + MARK_GAP + MARK)
        canvas.line(x, bottom - MARK_GAP, x, bottom - MARK_GAP - MARK)
    for y in ys:
        canvas.line(left - MARK_GAP, y, left - MARK_GAP - MARK, y)
        canvas.line(right + MARK_GAP, y, right + MARK_GAP + MARK, y)
    canvas.restoreState()


def _tile_note(
    canvas: Canvas, t: Texts, tile: Tile, tiles: TilePlan, number: int, name: str
) -> None:
    """How to assemble (top margin) and where the tile goes (bottom, in words and a plan).

    Both lines sit outside the crop marks, so they never cross one.
    """
    page_width, page_height = tiles.page
    outside = TILE_MARGIN - MARK_GAP - MARK  # the margin beyond the marks
    inner = page_width - 2 * TILE_MARGIN
    hint = t("poster_assembly", overlap=t.integer(OVERLAP / mm))
    canvas.setFont(fonts.REGULAR, 6.5)
    canvas.setFillColor(MUTED)
    canvas.drawString(
        TILE_MARGIN, page_height - outside + 2.5, elide(hint, fonts.REGULAR, 6.5, inner)
    )
    note = t(
        "poster_tile",
        row=tile.row,
        column=tile.column,
        rows=tiles.rows,
        columns=tiles.columns,
        number=number,
        count=len(tiles.tiles),
    )
    y = outside - 7
    cell = min(4.0, (y + 4) / tiles.rows)
    plan_width = tiles.columns * cell
    canvas.setFont(fonts.BOLD, 7)
    canvas.setFillColor(NAVY)
    note = elide(note, fonts.BOLD, 7, inner - plan_width - 8)
    canvas.drawString(TILE_MARGIN, y, note)
    room = inner - plan_width - 16 - text_width(note, fonts.BOLD, 7)
    if room > 40:
        canvas.setFont(fonts.REGULAR, 6.5)
        canvas.setFillColor(FAINT)
        x = TILE_MARGIN + text_width(note, fonts.BOLD, 7) + 8
        canvas.drawString(x, y, elide(name, fonts.REGULAR, 6.5, room))
    # the plan of the tiles, this one filled
    x0 = page_width - TILE_MARGIN - plan_width
    y0 = y + 5 - tiles.rows * cell
    canvas.setLineWidth(0.3)
    canvas.setStrokeColor(RULE)
    for r in range(tiles.rows):
        for c in range(tiles.columns):
            filled = (r + 1, c + 1) == (tile.row, tile.column)
            canvas.setFillColor(NAVY if filled else PANEL)
            canvas.rect(x0 + c * cell, y0 + (tiles.rows - 1 - r) * cell, cell, cell, 1, 1)

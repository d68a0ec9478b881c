"""A4 tiles of a poster: which part of the sheet each shows, crop marks and assembly notes.

Each tile prints its part of the sheet inside a margin (the printer's edge, the
marks, the notes) and repeats the first strip of its right and lower neighbours
(the overlap), so the neighbour, cut at its marks, is laid over it.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field

from reportlab.lib.pagesizes import A4, landscape, portrait
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from tpm_desktop.reports.pdf import fonts
from tpm_desktop.reports.pdf.styles import FAINT, INK, MUTED, NAVY, PANEL, RULE
from tpm_desktop.reports.pdf.textblock import elide, text_width
from tpm_desktop.reports.pdf.texts import Texts

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


def draw_tiles(
    canvas: Canvas,
    tiles: TilePlan,
    draw_sheet: Callable[[Canvas], None],
    t: Texts,
    name: str,
    report: Callable[[float], None],
) -> None:
    """One page per tile: its part of the sheet (drawn once as a form, shown clipped),
    crop marks and the note of where it goes; `report` gets 0..1 as pages are done."""
    sheet_width, sheet_height = tiles.sheet
    canvas.beginForm("tpm-poster", 0, 0, sheet_width, sheet_height)
    draw_sheet(canvas)
    canvas.endForm()
    page_height = tiles.page[1]
    shown_width, shown_height = tiles.shown
    step_x, step_y = tiles.step
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
        report(number / len(tiles.tiles))


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

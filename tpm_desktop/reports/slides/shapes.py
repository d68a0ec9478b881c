"""Building blocks of a slide: text boxes that fit, tables, rectangles, the title and footer."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from pptx.dml.color import RGBColor
from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, MSO_AUTO_SIZE, PP_ALIGN
from pptx.oxml.ns import qn
from pptx.shapes.autoshape import Shape
from pptx.shapes.graphfrm import GraphicFrame
from pptx.slide import Slide
from pptx.util import Pt

from tpm_desktop.reports.slides import theme
from tpm_desktop.reports.slides.fitting import (
    Para,
    cut_to_lines,
    fit_paragraphs,
    line_count,
    one_line,
)
from tpm_desktop.reports.slides.theme import (
    CELL_MARGIN,
    CELL_V_MARGIN,
    FONT,
    LEADING,
    TABLE_HEADER_SIZE,
    TABLE_SIZE,
)

if TYPE_CHECKING:  # python-pptx names these classes private, yet hands them out
    from pptx.table import _Cell
    from pptx.text.text import _Run

WRAP_SLACK = 6.0  # points kept free in wrapping text, see _fitted


@dataclass(frozen=True)
class Box:
    """A rectangle on the slide in points, from the top left."""

    x: float
    y: float
    width: float
    height: float


def rectangle(
    slide: Slide, box: Box, fill: RGBColor, shape: MSO_SHAPE = MSO_SHAPE.RECTANGLE
) -> Shape:
    """A filled shape without outline."""
    item = slide.shapes.add_shape(shape, Pt(box.x), Pt(box.y), Pt(box.width), Pt(box.height))
    item.fill.solid()
    item.fill.fore_color.rgb = fill
    item.line.fill.background()
    # The template's shape style adds a theme shadow, which LibreOffice draws even
    # under an empty effect list: without the style, fill and line are all there is.
    style = item._element.find(qn("p:style"))
    if style is not None:
        item._element.remove(style)
    return item


def style_run(run: _Run, size: float, bold: bool, colour: RGBColor) -> None:
    """Font, size, weight and colour of a run of text."""
    font = run.font
    font.name = FONT
    font.size = Pt(size)
    font.bold = bold
    font.color.rgb = colour


def text_box(
    slide: Slide,
    box: Box,
    paras: Sequence[Para],
    largest: float,
    smallest: float | None = None,
    colour: RGBColor = theme.INK,
    align: PP_ALIGN = PP_ALIGN.LEFT,
    anchor: MSO_ANCHOR = MSO_ANCHOR.TOP,
    margin: float = 0.0,
) -> Shape:
    """An editable, wrapping text box whose font size is chosen so the text fits.

    The size goes down from `largest` to `smallest`; text that still does not fit
    is cut with an ellipsis. Returns the shape.
    """
    smallest = largest if smallest is None else smallest
    inner_w, inner_h = box.width - 2 * margin, box.height - 2 * margin
    size, fitted = fit_paragraphs(paras, inner_w - WRAP_SLACK, inner_h, largest, smallest)
    shape = slide.shapes.add_textbox(Pt(box.x), Pt(box.y), Pt(box.width), Pt(box.height))
    frame = shape.text_frame
    frame.word_wrap = True
    frame.auto_size = MSO_AUTO_SIZE.NONE
    frame.vertical_anchor = anchor
    for side in ("left", "right", "top", "bottom"):
        setattr(frame, f"margin_{side}", Pt(margin))
    for index, para in enumerate(fitted or [Para("")]):
        paragraph = frame.paragraphs[0] if index == 0 else frame.add_paragraph()
        own = size * para.scale
        paragraph.alignment = align
        paragraph.line_spacing = Pt(own * LEADING)
        paragraph.space_before = Pt(0)
        paragraph.space_after = Pt(own * para.space_after)
        run = paragraph.add_run()
        run.text = para.text
        style_run(run, own, para.bold, para.colour or colour)
    return shape


@dataclass(frozen=True)
class Column:
    """A table column: heading, share of the width, alignment, lines a cell may wrap to."""

    heading: str
    share: float
    right: bool = False
    lines: int = 1


@dataclass(frozen=True)
class Cell:
    """A table cell's text and, optionally, its own colour and weight."""

    text: str
    colour: RGBColor | None = None
    bold: bool = False


def row_height(size: float, lines: int = 1) -> float:
    """The height of a table row of `lines` lines at a font size."""
    return lines * size * LEADING + 2 * CELL_V_MARGIN + 2


def _cells(rows: Sequence[Sequence[Cell | str]]) -> list[list[Cell]]:
    return [[v if isinstance(v, Cell) else Cell(v) for v in row] for row in rows]


def _fitted(
    rows: list[list[Cell]], columns: Sequence[Column], widths: list[float], size: float
) -> list[tuple[list[Cell], int]]:
    """Each row with its texts cut to their columns, and the lines it takes."""
    result = []
    for row in rows:
        cells, most = [], 1
        for cell, column, width in zip(row, columns, widths, strict=True):
            # Slack: renderers round margins and glyph advances differently, and a
            # word that only just fits would be broken inside a wrapping cell.
            inner = width - 2 * CELL_MARGIN - (WRAP_SLACK if column.lines > 1 else 2)
            if column.lines > 1:
                text = cut_to_lines(cell.text, cell.bold, size, inner, column.lines)
                most = max(most, line_count(text, cell.bold, size, inner))
            else:
                text = one_line(cell.text, inner, size, cell.bold)
            cells.append(Cell(text, cell.colour, cell.bold))
        result.append((cells, most))
    return result


def table(
    slide: Slide,
    box: Box,
    columns: Sequence[Column],
    rows: Sequence[Sequence[Cell | str]],
    size: float = TABLE_SIZE,
    smallest: float = 10.0,
) -> GraphicFrame:
    """A real table: navy heading row, zebra rows, cells cut with an ellipsis to their lines.

    The font gets smaller (down to `smallest`) until the rows fit the box's height;
    rows that still do not fit are left out, so callers cap them first.
    Returns the shape.
    """
    total = sum(c.share for c in columns) or 1.0
    widths = [box.width * c.share / total for c in columns]
    cells = _cells(rows)
    while True:
        header_size = min(size, TABLE_HEADER_SIZE)
        fitted = _fitted(cells, columns, widths, size)
        heights = [row_height(size, lines) for _, lines in fitted]
        if sum(heights) + row_height(header_size) <= box.height or size <= smallest:
            break
        size -= 0.5
    room = box.height - row_height(header_size)
    kept = 0
    while kept < len(heights) and room >= heights[kept]:
        room -= heights[kept]
        kept += 1
    fitted, heights = fitted[:kept], heights[:kept]
    height = row_height(header_size) + sum(heights)
    shape = slide.shapes.add_table(
        len(fitted) + 1, len(columns), Pt(box.x), Pt(box.y), Pt(box.width), Pt(height)
    )
    grid = shape.table
    grid.first_row = True
    grid.horz_banding = False
    for index, width in enumerate(widths):
        grid.columns[index].width = Pt(width)
    grid.rows[0].height = Pt(row_height(header_size))
    for index, row_h in enumerate(heights, start=1):
        grid.rows[index].height = Pt(row_h)
    for c, column in enumerate(columns):
        heading = Cell(one_line(column.heading, widths[c] - 2 * CELL_MARGIN - 2, header_size, True),
                       theme.WHITE, True)  # fmt: skip
        _cell(grid.cell(0, c), heading, header_size, column, theme.NAVY)
    for r, (row, _) in enumerate(fitted, start=1):
        fill = theme.ZEBRA if r % 2 == 0 else theme.WHITE
        for c, cell in enumerate(row):
            _cell(grid.cell(r, c), cell, size, columns[c], fill)
    return shape


def _cell(cell: _Cell, value: Cell, size: float, column: Column, fill: RGBColor) -> None:
    cell.fill.solid()
    cell.fill.fore_color.rgb = fill
    cell.margin_left = cell.margin_right = Pt(CELL_MARGIN)
    cell.margin_top = cell.margin_bottom = Pt(CELL_V_MARGIN)
    cell.vertical_anchor = MSO_ANCHOR.MIDDLE
    frame = cell.text_frame
    frame.word_wrap = column.lines > 1
    paragraph = frame.paragraphs[0]
    paragraph.alignment = PP_ALIGN.RIGHT if column.right else PP_ALIGN.LEFT
    paragraph.line_spacing = Pt(size * LEADING)
    run = paragraph.add_run()
    run.text = value.text
    style_run(run, size, value.bold, value.colour or theme.INK)

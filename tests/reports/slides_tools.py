"""Reading decks back in tests: every slide's text, tables and pictures (python-pptx)."""

from __future__ import annotations

import io

from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE_TYPE


def open_deck(data: bytes) -> Presentation:
    """A PPTX read back."""
    return Presentation(io.BytesIO(data))


def slide_texts(data: bytes) -> list[str]:
    """All text of every slide (text boxes and table cells), one string per slide."""
    result = []
    for slide in open_deck(data).slides:
        parts = []
        for shape in slide.shapes:
            if shape.has_text_frame:
                parts.append(shape.text_frame.text)
            if shape.has_table:
                parts += [cell.text for row in shape.table.rows for cell in row.cells]
        result.append("\n".join(parts))
    return result


def table_cells(data: bytes, index: int) -> list[list[str]]:
    """The cells of every table on one slide, row by row."""
    slide = open_deck(data).slides[index]
    return [
        [cell.text for cell in row.cells]
        for shape in slide.shapes
        if shape.has_table
        for row in shape.table.rows
    ]


def picture_count(data: bytes) -> int:
    """How many pictures the deck holds."""
    return sum(
        shape.shape_type == MSO_SHAPE_TYPE.PICTURE
        for slide in open_deck(data).slides
        for shape in slide.shapes
    )

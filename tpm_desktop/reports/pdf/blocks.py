"""Flowables shared by the parts: headings with bookmarks, key-figure tiles, tables."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer, Table, TableStyle

from tpm_desktop.reports.pdf import fonts
from tpm_desktop.reports.pdf.safe import escape, line
from tpm_desktop.reports.pdf.styles import (
    HAIRLINE,
    INK,
    MUTED,
    NAVY,
    PANEL,
    Styles,
    grid_table_style,
)
from tpm_desktop.reports.pdf.templates import Registry
from tpm_desktop.reports.pdf.textblock import TextBlock, elide, fit_lines, text_width


class Heading(Paragraph):
    """A heading that marks its page: PDF bookmark, outline entry, contents number."""

    def __init__(
        self,
        number: str,
        title: str,
        style: ParagraphStyle,
        key: str,
        level: int,
        registry: Registry,
    ) -> None:
        self.key = key
        self.level = level
        self.registry = registry
        self.plain = line(f"{number} {title}".strip(), 200)
        prefix = f'<font color="#8a94a3">{escape(number)}</font>&nbsp;&nbsp;' if number else ""
        super().__init__(prefix + escape(line(title, 200)), style)
        self.keepWithNext = True

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        return []  # a heading moves to the next page whole

    def draw(self) -> None:
        canvas = self.canv
        canvas.bookmarkHorizontal(self.key, 0, self.height + self.style.fontSize)
        canvas.addOutlineEntry(self.plain, self.key, self.level, closed=self.level > 0)
        self.registry.pages.setdefault(self.key, canvas.getPageNumber())
        super().draw()


class Rule(Flowable):
    """A thin horizontal line across the frame."""

    def __init__(self, colour: object = HAIRLINE, width: float = 0.5, space: float = 4) -> None:
        super().__init__()
        self.colour, self.line_width, self.space = colour, width, space

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.width = availWidth
        return availWidth, self.space * 2

    def draw(self) -> None:
        self.canv.setStrokeColor(self.colour)
        self.canv.setLineWidth(self.line_width)
        self.canv.line(0, self.space, self.width, self.space)


@dataclass(frozen=True)
class Tile:
    """One key figure: a value and what it is."""

    value: str
    label: str
    detail: str = ""


class Tiles(Flowable):
    """A row of key figures on light panels: value, label, and a detail of two lines."""

    HEIGHT = 58.0
    GAP = 6.0
    PAD = 7.0

    def __init__(self, tiles: Sequence[Tile], styles: Styles) -> None:
        super().__init__()
        self.tiles = list(tiles)
        self.styles = styles

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.width = availWidth
        return availWidth, self.HEIGHT

    def draw(self) -> None:
        canvas = self.canv
        count = max(1, len(self.tiles))
        width = (self.width - self.GAP * (count - 1)) / count
        value_style, label_style = self.styles.tile_value, self.styles.tile_label
        inner = width - 2 * self.PAD
        for index, tile in enumerate(self.tiles):
            x = index * (width + self.GAP)
            canvas.setFillColor(PANEL)
            canvas.rect(x, 0, width, self.HEIGHT, stroke=0, fill=1)
            canvas.setFillColor(NAVY)
            canvas.rect(x, self.HEIGHT - 2, width, 2, stroke=0, fill=1)
            size = value_style.fontSize
            while size > 9 and text_width(tile.value, value_style.fontName, size) > inner:
                size -= 0.5
            canvas.setFont(value_style.fontName, size)
            canvas.drawString(
                x + self.PAD,
                self.HEIGHT - 8 - value_style.fontSize,
                elide(tile.value, value_style.fontName, size, inner),
            )
            font, small = label_style.fontName, label_style.fontSize
            labels = fit_lines(tile.label, fonts.BOLD, small, inner, 2)
            details = (
                fit_lines(tile.detail, font, small, inner, 3 - len(labels)) if tile.detail else []
            )
            y = self.HEIGHT - 34
            canvas.setFillColor(INK)
            canvas.setFont(fonts.BOLD, small)
            for text in labels:
                canvas.drawString(x + self.PAD, y, text)
                y -= label_style.leading
            canvas.setFillColor(MUTED)
            canvas.setFont(font, small)
            for text in details:
                canvas.drawString(x + self.PAD, y, text)
                y -= label_style.leading


def layout_table(
    rows: list[list[object]], widths: Sequence[float], commands: Sequence[tuple]
) -> Table:
    """A table used only to place things side by side (no lines, no padding)."""
    table = Table(rows, colWidths=list(widths), hAlign="LEFT")
    style = TableStyle(
        [
            ("FONT", (0, 0), (-1, -1), fonts.REGULAR, 7),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            *commands,
        ]
    )
    table.setStyle(style)
    return table


def cell(text: str, style: ParagraphStyle, max_lines: int | None = None) -> TextBlock:
    """A table cell of user text (plain, wrapped, safe)."""
    return TextBlock(line(text), style, max_lines=max_lines)


def data_table(
    header: Sequence[str],
    rows: Sequence[Sequence[object]],
    widths: Sequence[float],
    styles: Styles,
    right: Sequence[int] = (),
    centre: Sequence[int] = (),
    extra: Sequence[tuple] = (),
    zebra: bool = True,
) -> Table:
    """A table with a repeated header row, zebra rows and clean page breaks."""
    head = [
        TextBlock(text, styles.head_cell_right if index in right else styles.head_cell)
        for index, text in enumerate(header)
    ]
    table = Table([head, *rows], colWidths=list(widths), repeatRows=1, hAlign="LEFT")
    style: TableStyle = grid_table_style(1, zebra, len(rows))
    for column in right:
        style.add("ALIGN", (column, 1), (column, -1), "RIGHT")
    for column in centre:
        style.add("ALIGN", (column, 1), (column, -1), "CENTRE")
    for command in extra:
        style.add(*command)
    table.setStyle(style)
    return table


def section_break(min_height: float = 90) -> CondPageBreak:
    """Start a new page when less than `min_height` is left (keeps headings with text)."""
    return CondPageBreak(min_height)


def spacer(height: float) -> Spacer:
    """Vertical space."""
    return Spacer(1, height)

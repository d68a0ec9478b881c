"""Plain text that wraps, splits across pages and never parses markup.

Paragraph parses its text as markup and is slow on long text; user notes and
names need neither inline markup nor justification. TextBlock wraps with font
metrics only, so it is safe for any text and several times faster, and it splits
between lines, so a note longer than a page simply continues on the next one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from tpm_desktop.core.hyphenation import hyphenate
from tpm_desktop.reports.pdf.safe import ELLIPSIS

# Break at spaces, never at a no-break space ("850.000 €" keeps its currency).
_BREAKS = re.compile(r"[^\S\u00a0\u202f]+")
# A cut that would end on a lone symbol ("Energie &…") ends before it instead.
_LONE_SYMBOL = re.compile(r"\s+[^\w\s]+$")


@lru_cache(maxsize=65536)
def text_width(text: str, font: str, size: float) -> float:
    """Width of a string in points (cached: the same words recur everywhere)."""
    return stringWidth(text, font, size)


def _break_word(word: str, font: str, size: float, width: float) -> list[str]:
    """Cut a word that is wider than a line into pieces that fit.

    Only at the word's hyphenation points in the project's language (core.hyphenation):
    "Energiedienst-leistungen", never "Energiedienstleistung-en".
    """
    return hyphenate(word, lambda piece: text_width(piece, font, size) <= width)


def _hyphen_parts(word: str) -> list[str]:
    """A word cut after its own hyphens: "Mail-Strecke" -> ["Mail-", "Strecke"].

    Pieces shorter than three letters stay with their neighbour, so "E-Mail" and
    "Top-5-Liste" are never cut after "E-" or "5-".
    """
    parts: list[str] = []
    start = 0
    for index, char in enumerate(word):
        if char == "-" and 0 < index < len(word) - 1 and index - start >= 3:
            parts.append(word[start : index + 1])
            start = index + 1
    parts.append(word[start:])
    if len(parts) > 1 and len(parts[-1]) < 3:
        parts[-2:] = [parts[-2] + parts[-1]]
    return parts


def wrap_words(text: str, font: str, size: float, width: float) -> list[str]:
    """Greedy line breaking at spaces and after hyphens; words wider than a line are cut."""
    lines: list[str] = []
    space = text_width(" ", font, size)
    current = ""
    current_width = 0.0
    for word in (w for w in _BREAKS.split(text) if w):
        w = text_width(word, font, size)
        gap = space if current else 0.0
        if current_width + gap + w <= width:
            current = f"{current} {word}" if current else word
            current_width += gap + w
            continue
        parts = _hyphen_parts(word) if "-" in word else [word]
        if len(parts) > 1:
            # As much of the word as fits after its own hyphens stays on this line.
            head = ""
            for part in parts:
                candidate = head + part
                if current_width + gap + text_width(candidate, font, size) > width:
                    break
                head = candidate
            if head:
                current = f"{current} {head}" if current else head
                word = word[len(head) :]
        if current:
            lines.append(current)
        current, current_width = "", 0.0
        pieces: list[str] = []
        for part in _hyphen_parts(word) if "-" in word else [word]:
            if pieces and text_width(pieces[-1] + part, font, size) <= width:
                pieces[-1] += part
            elif text_width(part, font, size) > width:
                pieces.extend(_break_word(part, font, size, width))
            else:
                pieces.append(part)
        lines.extend(pieces[:-1])
        current = pieces[-1]
        current_width = text_width(current, font, size)
    if current:
        lines.append(current)
    return lines


def elide(text: str, font: str, size: float, width: float) -> str:
    """The text on one line, cut with an ellipsis when it is wider than `width`."""
    if text_width(text, font, size) <= width:
        return text
    low, high = 0, len(text)
    while low < high:
        mid = (low + high + 1) // 2
        if text_width(text[:mid].rstrip() + ELLIPSIS, font, size) <= width:
            low = mid
        else:
            high = mid - 1
    cut = text[:low].rstrip()
    return _LONE_SYMBOL.sub("", cut) + ELLIPSIS


def fit_lines(text: str, font: str, size: float, width: float, max_lines: int) -> list[str]:
    """Wrapped lines, at most `max_lines`; the last one elided when text was left out."""
    lines = wrap_words(text, font, size, width)
    if len(lines) <= max_lines:
        return lines
    kept = lines[:max_lines]
    rest = " ".join([kept[-1], *lines[max_lines:]])
    kept[-1] = elide(rest, font, size, width)
    return kept


def fit_lines_after_first(
    text: str, font: str, size: float, first: float, width: float, max_lines: int
) -> list[str]:
    """As fit_lines, with a narrower first line (something sits at its end, such as a mark)."""
    if max_lines <= 1 or first >= width:
        return fit_lines(text, font, size, first, max_lines)
    text = " ".join(w for w in _BREAKS.split(text) if w)
    lines = wrap_words(text, font, size, first)
    if len(lines) <= 1:
        return lines
    head = lines[0]
    if text.startswith(head):
        rest = text[len(head) :]
    elif head.endswith("-") and text.startswith(head[:-1]):  # a word cut with a hyphen added
        rest = text[len(head) - 1 :]
    else:  # not a prefix: keep the uniform wrap
        return fit_lines(text, font, size, first, max_lines)
    return [head, *fit_lines(rest.strip(), font, size, width, max_lines - 1)]


class TextBlock(Flowable):
    """Left-aligned plain text in one style; `max_lines` elides instead of growing."""

    def __init__(
        self, text: str, style: ParagraphStyle, max_lines: int | None = None, colour: object = None
    ) -> None:
        super().__init__()
        self.text = text
        self.style = style
        self.max_lines = max_lines
        self.colour = colour or style.textColor
        self._lines: Sequence[str] | None = None
        self._wrapped_for = -1.0

    @classmethod
    def from_lines(cls, lines: Sequence[str], template: TextBlock) -> TextBlock:
        """A block holding given lines (a split part) in the style of `template`."""
        block = cls("", template.style, colour=template.colour)
        block._lines = list(lines)
        block._wrapped_for = -2.0  # pre-wrapped: never re-wrapped
        return block

    def _inner_width(self, avail_width: float) -> float:
        return max(1.0, avail_width - self.style.leftIndent - self.style.rightIndent)

    def _wrap_lines(self, avail_width: float) -> Sequence[str]:
        if self._wrapped_for == -2.0 or (
            self._lines is not None and self._wrapped_for == avail_width
        ):
            return self._lines or ()
        style = self.style
        width = self._inner_width(avail_width)
        if self.max_lines:
            lines = fit_lines(self.text, style.fontName, style.fontSize, width, self.max_lines)
        else:
            lines = wrap_words(self.text, style.fontName, style.fontSize, width)
        self._lines, self._wrapped_for = lines, avail_width
        return lines

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        lines = self._wrap_lines(availWidth)
        self.width = availWidth
        self.height = len(lines) * self.style.leading
        return availWidth, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        lines = self._wrap_lines(availWidth)
        fits = int((availHeight + 1e-6) // self.style.leading)
        if fits <= 0:
            return []
        if fits >= len(lines):
            return [self]
        head = TextBlock.from_lines(lines[:fits], self)
        tail = TextBlock.from_lines(lines[fits:], self)
        head.style = _without_space_after(self.style)
        tail.style = _without_space_before(self.style)
        return [head, tail]

    def getSpaceBefore(self) -> float:
        return self.style.spaceBefore

    def getSpaceAfter(self) -> float:
        return self.style.spaceAfter

    def draw(self) -> None:
        lines = self._lines or ()
        if not lines:
            return
        style = self.style
        canvas = self.canv
        if style.alignment == TA_RIGHT:
            # Right-aligned blocks are short (table headers): one string per line.
            canvas.setFont(style.fontName, style.fontSize)
            canvas.setFillColor(self.colour)
            y = self.height - style.fontSize
            for line in lines:
                canvas.drawRightString(self.width - style.rightIndent, y, line)
                y -= style.leading
            return
        text = canvas.beginText(style.leftIndent, self.height - style.fontSize)
        text.setFont(style.fontName, style.fontSize, style.leading)
        text.setFillColor(self.colour)
        for line in lines:
            text.textLine(line)
        canvas.drawText(text)


@lru_cache(maxsize=64)
def _without_space_after(style: ParagraphStyle) -> ParagraphStyle:
    return ParagraphStyle(f"{style.name}-head", parent=style, spaceAfter=0)


@lru_cache(maxsize=64)
def _without_space_before(style: ParagraphStyle) -> ParagraphStyle:
    return ParagraphStyle(f"{style.name}-tail", parent=style, spaceBefore=0)

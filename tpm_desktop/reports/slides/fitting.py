"""Fitting text into boxes: the largest font size at which it fits, else cut with an ellipsis.

Measured with the report's DejaVu Sans (see theme): wider than the slides' Arial,
so what fits here fits on screen.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from tpm_desktop.reports.pdf import fonts
from tpm_desktop.reports.pdf.safe import ELLIPSIS
from tpm_desktop.reports.pdf.textblock import elide, wrap_words
from tpm_desktop.reports.slides.theme import LEADING


@dataclass(frozen=True)
class Para:
    """A paragraph to set: its text, weight, size relative to the box's, space after it."""

    text: str
    bold: bool = False
    scale: float = 1.0
    space_after: float = 0.0  # in multiples of the paragraph's font size
    colour: object = None  # an RGBColor, or None for the box's ink


def font_of(bold: bool) -> str:
    """The measuring font."""
    return fonts.BOLD if bold else fonts.REGULAR


def _lines(para: Para, size: float, width: float) -> list[str]:
    if not para.text:
        return [""]
    return wrap_words(para.text, font_of(para.bold), size * para.scale, width)


def _height(paras: Sequence[Para], size: float, width: float) -> float:
    total = 0.0
    for para in paras:
        own = size * para.scale
        total += len(_lines(para, size, width)) * own * LEADING + own * para.space_after
    return total


def fit_paragraphs(
    paras: Sequence[Para], width: float, height: float, largest: float, smallest: float
) -> tuple[float, list[Para]]:
    """The font size (largest..smallest, in half points) at which the paragraphs fit the box.

    When they do not fit even at `smallest`, paragraphs are cut: the first ones
    keep what they need, the one that overflows ends in an ellipsis, the rest go.
    """
    fonts.register_fonts()
    size = largest
    while size >= smallest:
        if _height(paras, size, width) <= height:
            return size, list(paras)
        size -= 0.5
    size = smallest
    kept: list[Para] = []
    used = 0.0
    for para in paras:
        own = size * para.scale
        step = own * LEADING
        room = int((height - used + 1e-6) // step)
        if room <= 0:
            break
        lines = _lines(para, size, width)
        if len(lines) > room:
            kept.append(replace(para, text=_cut(para, own, width, room)))
            break
        kept.append(para)
        used += len(lines) * step + own * para.space_after
    return size, kept


def _cut(para: Para, size: float, width: float, room: int) -> str:
    return cut_to_lines(para.text, para.bold, size, width, room)


def line_count(text: str, bold: bool, size: float, width: float) -> int:
    """How many lines the text wraps to."""
    fonts.register_fonts()
    return len(wrap_words(text, font_of(bold), size, width)) if text else 1


def cut_to_lines(text: str, bold: bool, size: float, width: float, room: int) -> str:
    """The text, or its longest start that with an ellipsis wraps into `room` lines."""
    font = font_of(bold)
    if len(wrap_words(text, font, size, width)) <= room:
        return text
    low, high = 0, len(text)
    while low < high:  # binary search: wrapping is monotonic in the length
        middle = (low + high + 1) // 2
        if len(wrap_words(text[:middle].rstrip() + ELLIPSIS, font, size, width)) <= room:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + ELLIPSIS


def one_line(text: str, width: float, size: float, bold: bool = False) -> str:
    """Text cut to one line of `width` points, with an ellipsis when cut."""
    fonts.register_fonts()
    return elide(text, font_of(bold), size, width)

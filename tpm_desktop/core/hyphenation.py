"""Where a word too wide for its line may be broken: real hyphenation dictionaries.

Names on the map and in the report are German or English compounds
("Energiedienstleistungen", "Suchmaschinenanzeigen"). Cutting them wherever the line
ends gives "Energiedienstleistung-en"; pyphen's dictionaries (the Hunspell/TeX patterns
that LibreOffice uses) give the syllables instead: "Energiedienst-leistungen".

Names are in the project's language, so callers say which one (`language(...)` sets it
for a block, `set_language` for the running thread, e.g. when a project opens).
Qt-free, so the map and the report break words alike.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache

import pyphen

DICTIONARIES = {"de": "de_DE", "en": "en_US"}  # the TeX patterns, fuller than en_GB
# At least three letters before a break and four after it: never "…leistung-en" or
# "…anzei-gen", whose short tails read as a typing error.
MIN_LEFT, MIN_RIGHT = 3, 4

_language: ContextVar[str] = ContextVar("hyphenation_language", default="en")


def set_language(language: str) -> None:
    """Hyphenate with the dictionary of `language` ("de" or "en") from now on."""
    _language.set(language if language in DICTIONARIES else "en")


def current_language() -> str:
    """The language whose dictionary breaks words now."""
    return _language.get()


@contextmanager
def language(language: str) -> Iterator[None]:
    """Hyphenate with the dictionary of `language` while the block runs."""
    token = _language.set(language if language in DICTIONARIES else "en")
    try:
        yield
    finally:
        _language.reset(token)


@lru_cache(maxsize=8)
def _dictionary(language: str, strict: bool = True) -> pyphen.Pyphen:
    left, right = (MIN_LEFT, MIN_RIGHT) if strict else (2, 2)
    return pyphen.Pyphen(lang=DICTIONARIES[language], left=left, right=right)


def warm_up(language: str) -> None:
    """Load the language's dictionary now (70 ms), not in the first frame that needs it."""
    _dictionary(language if language in DICTIONARIES else "en")


def break_points(word: str, language: str | None = None) -> tuple[int, ...]:
    """The places (character offsets) where `word` may be broken, in order.

    The dictionary's hyphenation points, plus the place after a slash. Of two
    neighbouring points the later is kept: German patterns mark "Suchmaschine-n-anzeigen",
    and only "Suchmaschinen-anzeigen" is right.
    """
    return _break_points(word, language if language in DICTIONARIES else current_language())


@lru_cache(maxsize=65536)
def _break_points(word: str, lang: str, strict: bool = True) -> tuple[int, ...]:
    found = set(_dictionary(lang, strict).positions(word))
    found.update(i + 1 for i, char in enumerate(word[:-1]) if char == "/" and i > 0)
    return tuple(p for p in sorted(found) if p + 1 not in found and 0 < p < len(word))


@lru_cache(maxsize=65536)
def joints(word: str, language: str | None = None) -> frozenset[int]:
    """The break points that join the parts of a compound ("Suchmaschinen|anzeigen").

    The patterns weigh each point: 1 for a syllable, 3 or 5 where words meet. The
    weights are read from pyphen's pattern table, as its `positions` does.
    """
    lang = language if language in DICTIONARIES else current_language()
    table = _dictionary(lang).hd
    pointed = f".{word.lower()}."
    weights = [0] * (len(pointed) + 1)
    for i in range(len(pointed) - 1):
        for j in range(i + 1, min(i + table.maxlen, len(pointed)) + 1):
            pattern = table.patterns.get(pointed[i:j])
            if pattern:
                offset, values = pattern
                window = slice(i + offset, i + offset + len(values))
                weights[window] = map(max, values, weights[window])
    return frozenset(i - 1 for i, weight in enumerate(weights) if weight % 2 and weight > 1)


def _best_end(word: str, start: int, ends: list[int], lang: str) -> int:
    """The break to take: the last that fits, or a compound's joint not much before it."""
    last = ends[-1]
    joined = [end for end in ends if end in joints(word, lang)]
    if joined and (joined[-1] - start) * 2 >= last - start:
        return joined[-1]
    return last


def _piece(word: str, start: int, end: int) -> str:
    """word[start:end], with a hyphen when the break falls between two letters."""
    text = word[start:end]
    if end < len(word) and word[end - 1].isalpha() and word[end].isalpha():
        text += "-"
    return text


def hyphenate(word: str, fits: Callable[[str], bool], language: str | None = None) -> list[str]:
    """`word` in pieces that each fit a line, broken only at hyphenation points.

    Each line takes as much as fits, except that where a compound's parts meet within
    the line the break goes there ("Suchmaschinen-anzeigen", not "Suchmaschinenan-zeigen").
    Every piece but the last ends in a hyphen where the break falls inside letters.
    Only when no such piece fits (a line narrower than a syllable) do the dictionary's
    short syllables at the ends count too, and only then is a syllable cut by letters.
    """
    lang = language if language in DICTIONARIES else current_language()
    points = _break_points(word, lang)
    pieces: list[str] = []
    start = 0
    while not fits(word[start:]):
        ends = [p for p in points if p > start and fits(_piece(word, start, p))]
        if not ends:
            loose = _break_points(word, lang, strict=False)
            ends = [p for p in loose if p > start and fits(_piece(word, start, p))]
        end = _best_end(word, start, ends, lang) if ends else _letter_cut(word, start, fits)
        pieces.append(_piece(word, start, end))
        start = end
    pieces.append(word[start:])
    return pieces


def _letter_cut(word: str, start: int, fits: Callable[[str], bool]) -> int:
    """The last letter offset after `start` at which word[start:] may be cut to fit."""
    end = start + 1
    while end < len(word) - 1 and fits(_piece(word, start, end + 1)):
        end += 1
    if len(word) - end < MIN_RIGHT and end - start > MIN_RIGHT + 1:
        end = max(start + MIN_RIGHT, len(word) - MIN_RIGHT)
    return end

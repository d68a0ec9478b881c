"""Card names break at their syllables in the project's language, never at the last letters."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFontMetricsF

from tpm_desktop.core import hyphenation
from tpm_desktop.core.hyphenation import break_points
from tpm_desktop.ui.canvas import style
from tpm_desktop.ui.canvas.card_item import TEXT_WIDTH, wrap_name, wrap_text


def broken_at(lines: list[str], word: str) -> list[int]:
    """The offsets in `word` at which the lines break it."""
    offsets, done = [], 0
    for line in lines[:-1]:
        done += len(line) - line.endswith("-")
        offsets.append(done)
    return offsets


@pytest.mark.parametrize(
    ("language", "word"),
    [
        ("de", "Energiedienstleistungen"),
        ("de", "Suchmaschinenanzeigen"),
        ("de", "Kundenzufriedenheitsbefragung"),
        ("en", "Telecommunications"),
        ("en", "Electricity"),
    ],
)
@pytest.mark.parametrize("width", [60.0, 80.0, 100.0, TEXT_WIDTH])
def test_a_long_word_breaks_at_a_hyphenation_point(qapp, language, word, width):
    font = style.font(12)
    with hyphenation.language(language):
        lines = wrap_text(word, font, width, 6)
    metrics = QFontMetricsF(font)
    assert all(metrics.horizontalAdvance(line) <= width for line in lines)
    assert "".join(line.removesuffix("-") for line in lines) == word
    assert set(broken_at(lines, word)) <= set(break_points(word, language))
    assert lines[-1] not in ("en", "gen") and len(lines[-1]) >= 4


def test_the_cards_of_the_issue(qapp):
    with hyphenation.language("de"):
        assert wrap_name("Energiedienstleistungen") == ["Energiedienst-", "leistungen"]
        assert wrap_name("Suchmaschinenanzeigen Google") == ["Suchmaschinen-", "anzeigen Google"]


def test_an_elided_name_continues_the_word_it_broke(qapp):
    """More lines than the card holds: the last line is elided from the unbroken rest."""
    with hyphenation.language("de"):
        lines = wrap_text(
            "Energiedienstleistungen und Suchmaschinenanzeigen", style.font(12), 70, 2
        )
    assert lines[0] == "Energie-"
    assert lines[1].startswith("dienst") and lines[1].endswith("…") and "-" not in lines[1]

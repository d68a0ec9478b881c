"""Words too wide for a line break at their syllables (pyphen), never at their last letters."""

from __future__ import annotations

import pytest

from tpm_desktop.core import hyphenation
from tpm_desktop.core.hyphenation import MIN_RIGHT, break_points, hyphenate

GERMAN = ["Energiedienstleistungen", "Suchmaschinenanzeigen", "Kundenzufriedenheitsbefragung"]
ENGLISH = ["Telecommunications", "Electricity", "Installation", "Advertising"]


def by_letters(limit: int):
    return lambda piece: len(piece) <= limit


def joined(pieces: list[str], word: str) -> str:
    """The pieces put together again, without the hyphens the breaking added."""
    text = ""
    for piece in pieces[:-1]:
        text += piece if word[len(text) :].startswith(piece) else piece[:-1]
    return text + pieces[-1]


@pytest.mark.parametrize(("language", "words"), [("de", GERMAN), ("en", ENGLISH)])
@pytest.mark.parametrize("limit", [8, 10, 14, 19])  # no syllable is wider
def test_pieces_fit_and_break_only_at_hyphenation_points(language, words, limit):
    for word in words:
        pieces = hyphenate(word, by_letters(limit), language)
        assert joined(pieces, word) == word
        assert all(len(piece) <= limit for piece in pieces)
        points = set(break_points(word, language))
        offset = 0
        for piece in pieces[:-1]:
            offset += len(piece) - piece.endswith("-")
            assert offset in points, (word, pieces)
            assert piece.endswith("-")
        assert len(pieces[-1]) >= MIN_RIGHT


def test_the_words_of_the_issue_break_at_their_syllables():
    assert hyphenate("Energiedienstleistungen", by_letters(14), "de") == [
        "Energiedienst-",
        "leistungen",
    ]
    assert hyphenate("Suchmaschinenanzeigen", by_letters(14), "de") == [
        "Suchmaschinen-",
        "anzeigen",
    ]
    for limit in range(8, 21):  # narrower lines than a syllable are cut as they must
        for word in ("Energiedienstleistungen", "Suchmaschinenanzeigen"):
            pieces = hyphenate(word, by_letters(limit), "de")
            assert pieces[-1] not in ("en", "gen"), pieces


def test_a_compound_joint_is_preferred_to_the_pattern_artefact_next_to_it():
    # German patterns mark "Suchmaschine-n-anzeigen"; only the later point is right.
    points = break_points("Suchmaschinenanzeigen", "de")
    assert 13 in points and 12 not in points


def test_english_words_in_english():
    assert hyphenate("Telecommunications", by_letters(14), "en") == ["Telecommunica-", "tions"]
    assert hyphenate("Appointment", by_letters(9), "en") == ["Appoint-", "ment"]


def test_a_word_that_fits_stays_whole_and_a_slash_breaks_without_hyphen():
    assert hyphenate("Hotline", by_letters(20), "de") == ["Hotline"]
    assert hyphenate("Website/Newsletter", by_letters(12), "en")[0] == "Website/"


def test_a_syllable_wider_than_the_line_is_still_cut_to_fit():
    pieces = hyphenate("Schwachstromschrank", by_letters(3), "de")
    assert all(len(piece) <= 3 for piece in pieces)


def test_the_language_follows_the_block_and_the_thread():
    with hyphenation.language("de"):
        assert hyphenation.current_language() == "de"
        german = break_points("Energiedienstleistungen")
    assert german == break_points("Energiedienstleistungen", "de")
    hyphenation.set_language("xx")
    assert hyphenation.current_language() == "en"


def test_a_compound_breaks_where_its_words_meet():
    assert 13 in hyphenation.joints("Suchmaschinenanzeigen", "de")
    assert hyphenate("Suchmaschinenanzeigen", by_letters(19), "de") == [
        "Suchmaschinen-",
        "anzeigen",
    ]
    assert hyphenate("Energiedienstleistungen", by_letters(19), "de") == [
        "Energiedienst-",
        "leistungen",
    ]
    assert hyphenate("Kundenzufriedenheitsbefragung", by_letters(24), "de") == [
        "Kundenzufriedenheits-",
        "befragung",
    ]

"""The report breaks long names at their syllables in the project's language."""

from __future__ import annotations

import re

import pytest

from tests.reports.pdf_tools import all_text
from tpm_desktop.core import hyphenation
from tpm_desktop.core.hyphenation import break_points
from tpm_desktop.core.sample import sample_state
from tpm_desktop.reports.pdf import fonts
from tpm_desktop.reports.pdf.builder import build_report
from tpm_desktop.reports.pdf.options import ReportOptions, Section
from tpm_desktop.reports.pdf.textblock import fit_lines, text_width, wrap_words

from .conftest import TODAY

WORDS = {
    "de": ["Energiedienstleistungen", "Suchmaschinenanzeigen", "Kundenzufriedenheitsbefragung"],
    "en": ["Telecommunications", "Electricity", "Installation"],
}


@pytest.mark.parametrize("language", ["de", "en"])
@pytest.mark.parametrize("width", [40.0, 55.0, 70.0])
def test_a_cell_breaks_a_long_word_only_at_its_hyphenation_points(language, width):
    fonts.register_fonts()
    for word in WORDS[language]:
        with hyphenation.language(language):
            lines = wrap_words(word, fonts.REGULAR, 6.5, width)
        assert all(text_width(line, fonts.REGULAR, 6.5) <= width for line in lines), lines
        assert "".join(line.removesuffix("-") for line in lines) == word
        done, points = 0, set(break_points(word, language))
        for line in lines[:-1]:
            done += len(line) - 1
            assert done in points, lines
        assert len(lines[-1]) >= 4, lines


def test_the_names_of_the_issue_in_a_map_cell():
    fonts.register_fonts()
    room = text_width("Suchmaschinenanzei-", fonts.REGULAR, 6.5) + 0.5
    with hyphenation.language("de"):
        assert fit_lines("Suchmaschinenanzeigen", fonts.REGULAR, 6.5, room, 3) == [
            "Suchmaschinen-",
            "anzeigen",
        ]
        energy = fit_lines("Energiedienstleistungen", fonts.REGULAR, 6.5, room, 3)
    assert energy == ["Energiedienst-", "leistungen"]


def test_the_german_sample_report_has_no_split_at_the_last_letters():
    state = sample_state("de", today=TODAY)
    sections = frozenset({Section.MAP, Section.RANKING, Section.APPENDIX, Section.DEPARTMENTS})
    text = all_text(
        build_report(state, ReportOptions(language="de", today=TODAY, sections=sections))
    )
    assert "Suchmaschinenanzeigen" in text.replace("- ", "-").replace("-\n", "")
    for word in ("Energiedienstleistungen", "Suchmaschinenanzeigen"):
        for cut in re.findall(rf"({word[:6]}\w*)- (\w+)", text):
            head, tail = cut
            if word.startswith(head) and word[len(head) :].startswith(tail):
                assert len(head) in break_points(word, "de"), cut
                assert len(word) - len(head) >= 4, cut

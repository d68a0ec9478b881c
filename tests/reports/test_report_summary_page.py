"""The summary page uses its room: names whole where they fit, amounts unbroken."""

from __future__ import annotations

import pytest

from tests.reports.pdf_tools import pages_text
from tpm_desktop.core.sample import sample_state
from tpm_desktop.reports.pdf import fonts
from tpm_desktop.reports.pdf.builder import build_report
from tpm_desktop.reports.pdf.figures import ReportData
from tpm_desktop.reports.pdf.options import ReportOptions
from tpm_desktop.reports.pdf.textblock import elide, text_width, wrap_words
from tpm_desktop.reports.pdf.texts import Texts

from .conftest import TODAY


@pytest.fixture(scope="module")
def sample_de():
    return sample_state("de", today=TODAY)


@pytest.fixture(scope="module")
def summary_de(sample_de) -> str:
    return pages_text(build_report(sample_de, ReportOptions(language="de", today=TODAY)))[3]


def test_top_ten_names_are_whole_when_the_columns_leave_room(sample_de, summary_de):
    top = ReportData(sample_de, TODAY).top_priority(10)
    cut = [tp.name for tp in top if tp.name not in summary_de]
    assert cut == []  # "Entstörungsdienst bei Gasgeruch", not "Entstörungsdienst bei Gasge…"


def test_german_summary_headings_are_german(summary_de):
    summary = summary_de
    assert "Abteilung" in summary
    assert "Online Offline" in summary
    assert " On " not in summary and " Off " not in summary


def test_an_amount_never_wraps_away_from_its_currency():
    fonts.register_fonts()
    t = Texts("de")
    text = f"von insgesamt {t.money(850_000, 'EUR')}"
    lines = wrap_words(text, fonts.REGULAR, 7, 60)  # room for "850.000" but not " €"
    assert lines[-1] == "850.000\u00a0€", lines


def test_a_cut_name_does_not_end_on_a_lone_symbol():
    fonts.register_fonts()
    room = text_width("Energiedienstleistungen &…", fonts.REGULAR, 7) + 0.5
    cut = elide("Energiedienstleistungen & E-Mobilität", fonts.REGULAR, 7, room)
    assert cut == "Energiedienstleistungen…"
    assert cut.endswith("…")
    assert not cut.removesuffix("…").rstrip().endswith("&"), cut


def test_experience_labels_are_never_cut(department_pdf):
    summary = pages_text(department_pdf)[3]
    assert "Rather disappoints" in summary or "Disappoints" in summary
    assert "Rather disa…" not in summary and "Rather ple…" not in summary

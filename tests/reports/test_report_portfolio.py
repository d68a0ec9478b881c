"""The printed portfolio is the app's: same axes, same quadrant labels, readable ranks."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale

from tests.reports.pdf_tools import pages_text
from tests.support.builders import small_state
from tpm_desktop.core import portfolio
from tpm_desktop.core.edits import project
from tpm_desktop.reports.pdf import fonts
from tpm_desktop.reports.pdf.builder import build_report
from tpm_desktop.reports.pdf.options import ReportOptions, Section
from tpm_desktop.reports.pdf.portfolio import LABEL_SIZE, place_labels
from tpm_desktop.reports.pdf.textblock import text_width

from .conftest import TODAY


def _portfolio_page(data: bytes) -> str:
    return next(p for p in pages_text(data)[2:] if "Portfolio matrix" in p and "Quadrant" in p)


def _width(text: str) -> float:
    fonts.register_fonts()
    return text_width(text, fonts.BOLD, LABEL_SIZE)


def test_labels_of_close_dots_do_not_overlap():
    placed, skipped = place_labels([("54", 100.0, 100.0), ("55", 103.0, 101.0)], _width)
    assert skipped == []
    boxes = []
    for text, (x, y, anchor) in placed.items():
        w = _width(text)
        x0 = x if anchor == "start" else x - w if anchor == "end" else x - w / 2
        boxes.append((x0, y, x0 + w, y + LABEL_SIZE - 1))
    (a, b) = boxes
    assert a[2] <= b[0] or b[2] <= a[0] or a[3] <= b[1] or b[3] <= a[1], boxes


def test_a_label_without_room_is_skipped_and_listed():
    crowd = [(str(n), 100.0 + n * 0.1, 100.0) for n in range(10)]
    placed, skipped = place_labels(crowd, _width)
    assert skipped and len(placed) + len(skipped) == 10


def test_the_report_uses_the_apps_axes_and_example_labels(executive_pdf):
    page = _portfolio_page(executive_pdf)
    for label in portfolio.DEFAULT_QUADRANT_LABELS["en"].values():
        assert label.upper() in page and label in page
    assert "Relevance" in page and "Weighted as-is score" in page
    assert "Develop" not in page and "Reduce" not in page


def test_the_projects_own_quadrant_labels_are_printed():
    state = small_state()
    labels = {"top_left": "Grow", "bottom_right": "Fix first"}
    state.apply(project.set_setting(state, portfolio.QUADRANTS_SETTING, labels))
    sections = frozenset({Section.CONTENTS, Section.SUMMARY, Section.PORTFOLIO})
    options = ReportOptions(language="en", today=TODAY, sections=sections)
    page = _portfolio_page(build_report(state, options))
    assert "GROW" in page and "FIX FIRST" in page and "KEEP UP THE GOOD WORK" in page


@pytest.mark.parametrize("language", ["de", "en"])
def test_example_labels_are_the_apps(language):
    from tpm_desktop.ui.assessment.portfolio_panel import default_labels

    before = QLocale()
    german = language == "de"
    QLocale.setDefault(QLocale(QLocale.Language.German if german else QLocale.Language.English))
    try:
        assert default_labels() == portfolio.DEFAULT_QUADRANT_LABELS[language]
    finally:
        QLocale.setDefault(before)

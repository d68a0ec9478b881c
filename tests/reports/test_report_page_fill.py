"""No page is spent on nothing: empty departments, short sections, split entries."""

from __future__ import annotations

from datetime import date

from tests.reports.pdf_tools import _run, all_text, outline_titles, pages_text
from tests.support.builders import small_state
from tpm_desktop.core.edits import lanes
from tpm_desktop.core.enums import Dimension
from tpm_desktop.reports.pdf.builder import build_report
from tpm_desktop.reports.pdf.options import ReportOptions

TODAY = date(2026, 7, 1)
LABELS = ("Description", "As-is situation", "Target situation", "Measures")


def test_an_empty_department_gets_a_line_not_a_page():
    state = small_state()
    changes, _ = lanes.add_lane(state, Dimension.DEPARTMENT, "Legal")
    state.apply(changes)
    data = build_report(state, ReportOptions(language="en", today=TODAY))
    assert not [t for t in outline_titles(data) if t.endswith("Legal")]
    assert "Without touchpoints: Legal." in all_text(data)
    pages = pages_text(data)
    first = next(i for i, p in enumerate(pages) if "7.1 Marketing" in p and i > 1)
    # Three small departments share one page
    assert "7.3 Customer service" in pages[first]


def test_short_measures_and_monitoring_sections_share_a_page():
    data = build_report(small_state(), ReportOptions(language="en", today=TODAY))
    pages = pages_text(data)
    assert any("8 Measures plan" in p and "9 Monitoring" in p for p in pages[2:])


def test_a_department_report_does_not_repeat_its_ranking(department_pdf):
    text = all_text(department_pdf)
    assert "The department's touchpoints are listed in section 7." in text
    assert "Touchpoints of the department" not in text
    assert "Its measures are listed in section 9." in text
    assert "Measures of the department" not in text


def test_a_section_that_follows_on_a_page_keeps_its_distance():
    from tpm_desktop.reports.pdf.styles import make_styles

    assert make_styles().h1.spaceBefore >= 12  # dropped at a page top by the frame


def test_appendix_headings_stay_with_their_entry(executive_pdf):
    pages = _run("pdftotext", executive_pdf, "-enc", "UTF-8").split("\f")[:-1]
    start = next(i for i, p in enumerate(pages) if "11 Appendix: all touchpoints" in p and i > 1)
    for number, page in enumerate(pages[start:], start=start + 1):
        lines = [line.strip() for line in page.splitlines() if line.strip()]
        body = lines[2:-1]  # without the running header and the footer
        assert body[0] not in LABELS, (number, body[:2])
        assert body[-1] not in LABELS, (number, body[-2:])

"""The executive and department reports of the sample project, read back from the PDF."""

from __future__ import annotations

import re

from tests.reports.pdf_tools import all_text, fonts, outline_titles, pages_text
from tpm_desktop.core.enums import Dimension
from tpm_desktop.reports.pdf.figures import ReportData
from tpm_desktop.reports.pdf.options import Section
from tpm_desktop.reports.pdf.texts import Texts

from .conftest import TODAY


def section(pages: list[str], heading: str) -> str:
    """The text from the page where a section starts (after the contents) to the end."""
    for index in range(2, len(pages)):
        if heading in pages[index]:
            text = " ".join(pages[index:])
            return text[text.index(heading) :]
    raise AssertionError(f"no section {heading!r}")


def positions(text: str, needles: list[str]) -> list[int]:
    found = [text.find(needle) for needle in needles]
    assert -1 not in found, [n for n, p in zip(needles, found, strict=True) if p == -1]
    return found


def test_project_departments_and_touchpoints_appear_in_order(sample_en, executive_pdf):
    pages = pages_text(executive_pdf)
    assert sample_en.project.name in pages[0]  # the cover
    departments = [d.name for d in sample_en.lanes(Dimension.DEPARTMENT)]
    numbered = [f"8.{i} {name}" for i, name in enumerate(departments, start=1)]
    found = positions(section(pages, "8 Departments"), numbered)
    assert found == sorted(found)
    ranked = [tp.name for tp in ReportData(sample_en, TODAY).ranked[:15]]
    found = positions(section(pages, "7 Ranking by priority"), ranked)
    assert found == sorted(found)


def test_contents_give_the_page_of_every_section(executive_pdf):
    pages = pages_text(executive_pdf)
    contents = pages[1]
    t = Texts("en")
    for index, section_ in enumerate([s for s in Section if s is not Section.CONTENTS], start=1):
        heading = f"{index} {t(f'section_{section_.value}')}"
        match = re.search(re.escape(heading) + r" (\d+)", contents)
        assert match, heading
        page = int(match.group(1))
        assert heading in pages[page - 1], (heading, page)


def test_page_numbers_and_chrome_on_every_page(sample_en, executive_pdf):
    pages = pages_text(executive_pdf)
    total = len(pages)
    assert 20 <= total <= 80
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {total}" in page
        assert "Confidential – for internal use only" in page
        assert sample_en.project.name in page


def test_bookmarks_for_every_section(sample_en, executive_pdf):
    titles = outline_titles(executive_pdf)
    t = Texts("en")
    for index, section in enumerate([s for s in Section if s is not Section.CONTENTS], start=1):
        assert f"{index} {t(f'section_{section.value}')}" in titles
    for index, department in enumerate(sample_en.lanes(Dimension.DEPARTMENT), start=1):
        assert f"8.{index} {department.name}" in titles


def test_dejavu_is_embedded_and_nothing_else_is_used(executive_pdf):
    used = fonts(executive_pdf)
    assert used
    assert all("DejaVuSans" in name and embedded for name, embedded in used), used


def test_department_report_holds_only_its_touchpoints(
    sample_en, service_department, department_pdf
):
    text = all_text(department_pdf)
    own = [tp for tp in sample_en.touchpoints.values() if tp.department_id == service_department.id]
    others = [
        tp for tp in sample_en.touchpoints.values() if tp.department_id != service_department.id
    ]
    for tp in own:
        assert tp.name in text
    own_text = " ".join(tp.name for tp in own)
    leaked = [tp.name for tp in others if tp.name in text and tp.name not in own_text]
    assert leaked == []
    other_departments = [
        d.name for d in sample_en.lanes(Dimension.DEPARTMENT) if d.id != service_department.id
    ]
    assert not [name for name in other_departments if name in text]


def test_department_report_is_addressed_to_the_contact_person(service_department, department_pdf):
    cover = pages_text(department_pdf)[0]
    assert "Department report: Customer Service" in cover
    assert f"For {service_department.contact_person}" in cover


def test_summary_fits_on_one_page(executive_pdf):
    pages = pages_text(executive_pdf)
    assert "2 Management summary" in pages[3]
    assert "Top 10 by priority index" in pages[3]
    assert "Best customer experiences" in pages[3]
    assert "3 Touchpoint map" in pages[4]


def test_monitoring_section_has_kpis_progress_and_rounds(sample_en, executive_pdf):
    monitoring = section(pages_text(executive_pdf), "10 Monitoring")
    for title in (
        "KPIs of the super and focus touchpoints",
        "All KPIs",
        "Progress of the measures plan",
        "Assessment rounds compared",
    ):
        assert title in monitoring
    for round_ in sample_en.rounds():
        assert round_.name in monitoring
    assert "Net Promoter Score" in monitoring


def test_overdue_measures_are_marked(sample_en, executive_pdf):
    from tpm_desktop.core.model import Measure
    from tpm_desktop.core.monitoring import is_overdue

    overdue = [m for m in sample_en.table(Measure).values() if is_overdue(m, TODAY)]
    assert overdue
    plan = section(pages_text(executive_pdf), "9 Measures plan")
    assert plan.count("overdue") >= len(overdue)


def test_german_report_speaks_german(sample_en):
    from tpm_desktop.reports.pdf.builder import build_report
    from tpm_desktop.reports.pdf.options import ReportOptions

    data = build_report(sample_en, ReportOptions(language="de", today=TODAY))
    text = all_text(data)
    for words in ("Inhalt", "Zusammenfassung für das Management", "Touchpoint-Landkarte"):
        assert words in text
    assert "Seite 1 von" in text
    assert "15.06.2026" in text


def test_the_ranking_and_department_tables_show_each_touchpoints_short_id(sample_en, executive_pdf):
    pages = pages_text(executive_pdf)
    ranking = section(pages, "7 Ranking by priority")
    assert "# Short id Touchpoint" in " ".join(ranking.split())
    ranked = ReportData(sample_en, TODAY).ranked[:10]
    rows = positions(ranking, [f"{tp.code} {tp.name.split()[0]}" for tp in ranked])
    assert rows == sorted(rows)
    departments = section(pages, "8 Departments")
    assert "Short id" in departments
    appendix = " ".join(" ".join(pages).split())
    top = ranked[0]
    assert f"1. {top.name} ({top.code})" in appendix


def test_the_german_kpi_tables_head_the_target_zielwert_not_soll(sample_en):
    """A KPI has a Zielwert; Soll is a touchpoint's target situation (see the glossary)."""
    from tpm_desktop.reports.pdf.builder import build_report
    from tpm_desktop.reports.pdf.options import ReportOptions

    options = ReportOptions(language="de", today=TODAY, sections=frozenset({Section.MONITORING}))
    monitoring = " ".join(pages_text(build_report(sample_en, options)))
    assert "Alle KPIs" in monitoring
    assert "Letzter Wert Zielwert" in monitoring
    assert not re.search(r"(?<![\w-])Soll(?![\w-])", monitoring)

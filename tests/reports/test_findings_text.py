"""The printed findings: wording in both languages, the user's edits, the report pages."""

from __future__ import annotations

import re

from tests.reports.conftest import TODAY
from tests.reports.pdf_tools import pages_text
from tpm_desktop.core.changes import Change, ChangeSet
from tpm_desktop.core.defaults import new_project_state
from tpm_desktop.core.edits import project
from tpm_desktop.core.findings.edits import (
    FINDINGS_SETTING,
    FindingEdits,
    TextEdit,
    read_edits,
    setting_value,
)
from tpm_desktop.core.model import Department, Setting
from tpm_desktop.core.sample import sample_state
from tpm_desktop.core.state import ProjectState
from tpm_desktop.reports.findings_text import finding_rows, printed_findings
from tpm_desktop.reports.pdf.builder import build_department_report, build_report
from tpm_desktop.reports.pdf.options import ReportOptions, Section


def store(state: ProjectState, edits: FindingEdits, department: int | None = None) -> None:
    state.apply(
        project.set_setting(state, FINDINGS_SETTING, setting_value(state, department, edits))
    )


def test_the_samples_findings_read_as_a_consultant_writes_them():
    de = printed_findings(sample_state("de", today=TODAY), "de", today=TODAY)
    en = printed_findings(sample_state("en", today=TODAY), "en", today=TODAY)
    assert 5 <= len(de) == len(en) <= 8
    assert [f.key for f in de] == [f.key for f in en]
    by_key = {f.key: f for f in de}
    unallocated = by_key["budget_unallocated"]
    # German money as the report writes it, and the share with a space before %
    assert (
        unallocated.headline
        == "58.500\u00a0€ des Budgets sind noch nicht verteilt (7 % von 850.000\u00a0€)"
    )
    assert by_key["super_below_target"].headline == "Alle 8 Super-Touchpoints verfehlen ihr Soll"
    assert (
        "Fokussieren: Kundenzentrum am Marktplatz (T45)"
        in by_key["super_below_target"].recommendation
    )
    assert by_key["quick_wins_due"].headline == "Ein Quick Win ist in den nächsten 30 Tagen fällig"
    assert (
        by_key["overdue_measures"].headline
        == "3 Maßnahmen sind überfällig, im Schnitt seit 8 Tagen"
    )
    english = {f.key: f for f in en}
    assert english["budget_unallocated"].headline.startswith("€58,500 of the budget is not yet")
    assert english["quick_wins_due"].headline == "One quick win is due within 30 days"
    for finding in de + en:
        text = " ".join((finding.headline, finding.detail, finding.recommendation))
        assert "{" not in text and "None" not in text and "  " not in text
        assert not finding.headline.endswith(".")
        assert not re.search(r"\b1 (Touchpoints|Maßnahmen|Kennzahlen|measures|KPIs)\b", text)
        for line in (finding.detail, finding.recommendation):
            assert not line or line.endswith(".")


def test_a_department_gets_a_short_list_about_itself():
    state = sample_state("de", today=TODAY)
    billing = next(d for d in state.table(Department).values() if d.name == "Abrechnung")
    findings = printed_findings(state, "de", billing.id, TODAY)
    assert 1 <= len(findings) <= 5
    gap = next(f for f in findings if f.key == "gap_concentration")
    assert gap.headline.startswith("Auf die Abteilung „Abrechnung“ entfallen 2 der 10 Touchpoints")
    ids = {tp.id for tp in state.touchpoints.values() if tp.department_id == billing.id}
    assert all(set(f.touchpoint_ids) <= ids for f in findings)


def test_edits_order_switches_and_texts_apply_in_their_language():
    state = sample_state("en", today=TODAY)
    rows = finding_rows(state, "en", today=TODAY)
    keys = [row.key for row in rows]
    first = rows[0]
    edits = FindingEdits(
        order=[keys[2], keys[0], keys[1], *keys[3:]],
        off={keys[1]},
        texts={first.key: TextEdit("en", "Our own words", "Signed.", "", first.computed)},
    )
    store(state, edits)
    assert read_edits(state) == edits
    printed = printed_findings(state, "en", today=TODAY)
    assert [f.key for f in printed] == [keys[2], keys[0], *keys[3:8]]
    assert (printed[1].headline, printed[1].detail, printed[1].recommendation) == (
        "Our own words",
        "Signed.",
        "",
    )
    assert printed[1].edited and not printed[0].edited
    # the German report keeps the order and switches, but not the English words
    german = printed_findings(state, "de", today=TODAY)
    assert [f.key for f in german] == [f.key for f in printed]
    assert german[1].headline != "Our own words"


def test_an_edited_finding_keeps_its_text_when_the_data_changes():
    state = sample_state("en", today=TODAY)
    row = next(r for r in finding_rows(state, "en", today=TODAY) if r.key == "budget_unallocated")
    store(state, FindingEdits(texts={row.key: TextEdit("en", "Mine", "", "", row.computed)}))
    assert not next(r for r in finding_rows(state, "en", today=TODAY) if r.key == row.key).stale
    state.apply(project.update_project(state, total_budget=900_000.0))
    changed = next(r for r in finding_rows(state, "en", today=TODAY) if r.key == row.key)
    assert changed.stale and changed.texts[0] == "Mine"
    assert "€108,500" in changed.computed[0]


def test_a_broken_setting_reads_as_no_edits():
    state = sample_state("en", today=TODAY)
    for value in ("[1, 2]", '{"executive": 3}', '{"executive": {"order": 5, "texts": []}}'):
        state.apply(project.set_setting(state, FINDINGS_SETTING, None))
        state.apply(ChangeSet((Change(None, Setting(FINDINGS_SETTING, value)),)))
        assert read_edits(state).is_empty()
        assert len(printed_findings(state, "en", today=TODAY)) >= 5


def test_the_findings_page_comes_first_and_follows_the_edits(executive_pdf, sample_en):
    pages = pages_text(executive_pdf)
    assert "1 Findings and recommendations" in pages[1]  # the contents
    page = pages[2]
    assert page.startswith(sample_en.project.name) and "1 Findings and recommendations" in page
    printed = printed_findings(sample_en, "en", today=TODAY)
    for finding in printed:
        assert finding.headline.split(";")[0][:40] in page
    assert "2 Management summary" in pages[3]
    # switch the first finding off and reword the second: the report follows
    state = sample_state("en", today=TODAY)
    keys = [f.key for f in printed]
    row = next(r for r in finding_rows(state, "en", today=TODAY) if r.key == keys[1])
    store(
        state,
        FindingEdits(
            off={keys[0]}, texts={keys[1]: TextEdit("en", "Signed by us", "", "", row.computed)}
        ),
    )
    options = ReportOptions(language="en", today=TODAY, sections=frozenset({Section.FINDINGS}))
    page = pages_text(build_report(state, options))[1]
    assert "Signed by us" in page
    assert printed[0].headline[:30] not in page


def test_the_department_report_has_its_short_findings_page(
    department_pdf, sample_en, service_department
):
    pages = pages_text(department_pdf)
    page = next(p for p in pages[2:] if "Findings and recommendations" in p)
    findings = printed_findings(sample_en, "en", service_department.id, TODAY)
    assert 1 <= len(findings) <= 5
    for finding in findings:
        assert finding.headline[:30] in page
    # without findings the page says so instead of staying blank
    options = ReportOptions(language="de", today=TODAY, sections=frozenset({Section.FINDINGS}))
    bare = new_project_state("Leer", "de")
    text = pages_text(build_department_report(bare, 1, options))[1]
    assert "Die Zahlen zeigen derzeit nichts" in text

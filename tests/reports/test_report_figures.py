"""The figures a report prints add up: rounding, department totals, trends."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date
from decimal import Decimal

from tests.reports.pdf_tools import all_text, pages_text
from tests.support.builders import small_state
from tpm_desktop.core.enums import Direction
from tpm_desktop.core.model import Channel
from tpm_desktop.core.monitoring import Trend
from tpm_desktop.reports.pdf.builder import build_report
from tpm_desktop.reports.pdf.options import ReportOptions
from tpm_desktop.reports.pdf.texts import Texts

SCORE = r"(\d\.\d\d)"
GAP = r"([+−]\d\.\d\d|0\.00)"  # a gap always has its sign, unless nil


def _checked_triples(text: str, pattern: str) -> int:
    """Every (as-is, target, gap) printed: target − as-is equals the gap as printed."""
    found = re.findall(pattern, text)
    for as_is, target, gap in found:
        assert Decimal(target) - Decimal(as_is) == Decimal(gap.replace("−", "-")), (
            as_is,
            target,
            gap,
        )
    return len(found)


def test_scores_round_half_up_with_two_decimals():
    en, de = Texts("en"), Texts("de")
    assert en.score(4.25) == "4.25"
    assert de.score(3.75) == "3,75"
    assert en.score(3.125) == "3.13"  # half up, not half to even
    assert en.number(4.25, 1) == "4.3"
    assert en.number(3.75, 1) == "3.8"
    assert en.number(-0.001, 2) == "0.00"  # no negative zero


def test_gap_is_the_difference_of_the_printed_scores():
    t = Texts("de")
    assert t.gap(4.245, 4.5) == "+0,25"  # 4,25 → 4,50, whatever the unrounded gap
    assert t.gap(3.125, 3.13) == "0,00"
    assert t.gap(4.5, 3.995) == "−0,50"
    assert t.gap(None, 4.0) == "–"


def test_every_row_of_the_report_adds_up(executive_pdf):
    pages = pages_text(executive_pdf)
    summary = pages[3]
    # "Largest gaps": name, as-is, target, gap
    assert _checked_triples(summary, rf"{SCORE} {SCORE} {GAP}(?= |$)") >= 10
    text = all_text(executive_pdf)
    # The ranking and department tables: as-is, target, gap, priority index
    assert _checked_triples(text, rf"{SCORE} {SCORE} {GAP} \d+ ") >= 100
    # The appendix: "As-is 4.25 · target 4.50 · gap +0.25"
    assert _checked_triples(text, rf"As-is {SCORE} · target {SCORE} · gap {GAP}") >= 100


def test_department_summary_uses_department_figures(sample_en, service_department, department_pdf):
    t = Texts("en")
    summary = pages_text(department_pdf)[3]
    own = [tp for tp in sample_en.touchpoints.values() if tp.department_id == service_department.id]
    channels = len({tp.channel_id for tp in own})
    assert channels < len(sample_en.table(Channel))
    assert f"{len(own)} touchpoints in {channels} channels" in summary
    total = sample_en.project.total_budget
    planned = sum(tp.budget or 0 for tp in sample_en.touchpoints.values())
    own_planned = sum(tp.budget or 0 for tp in own)
    currency = sample_en.project.currency
    assert f"Planned for the department {t.money(own_planned, currency)}" in summary
    # What is left to allocate is the project's, and says so
    assert f"Not yet allocated in the project {t.money(total - planned, currency)}" in summary
    assert t.money(total - own_planned, currency) not in summary


def test_trend_arrow_follows_the_values_and_the_word_says_if_that_is_good():
    t = Texts("en")
    assert t.trend_arrow(Trend.IMPROVING, Direction.LOWER) == "↘"  # waiting time falls
    assert t.trend_arrow(Trend.WORSENING, Direction.LOWER) == "↗"
    assert t.trend_arrow(Trend.IMPROVING, Direction.HIGHER) == "↗"
    assert t.trend_arrow(Trend.STABLE, Direction.LOWER) == "→"
    # small_state: the hotline's waiting time (lower is better) falls from 95 s to 70 s
    data = build_report(small_state(), ReportOptions(language="en", today=date(2026, 7, 1)))
    text = all_text(data)
    assert "↘ improving" in text  # the KPI table
    assert "↗ improving" not in text


def test_map_rows_say_which_share_of_the_department_a_page_shows(sample_en, executive_pdf):
    pages = pages_text(executive_pdf)
    map_pages = " ".join(p for p in pages[4:13] if "Touchpoint map" in p)
    counts = Counter(tp.department_id for tp in sample_en.touchpoints.values())
    shares = re.findall(r"(\d+) of (\d+) touchpoints", map_pages)
    assert shares
    for shown, whole in shares:
        assert 0 < int(shown) < int(whole)
        assert int(whole) in counts.values()
    # No row label claims a department has only the cards of one band (the
    # overview's "All 128 touchpoints on one sheet" is the map's, not a row's)
    for shown in re.findall(r"(?<!of )(?<!All )\b(\d+) touchpoints", map_pages):
        assert int(shown) in counts.values()

"""The action plan's rows, filters and totals, with worked examples."""

from __future__ import annotations

from datetime import date

import pytest

from tests.support.builders import small_state
from tpm_desktop.core.edits import monitoring
from tpm_desktop.core.enums import MeasureStatus
from tpm_desktop.core.measure_plan import (
    NO_OWNER,
    DueFilter,
    MeasureFilter,
    StatusFilter,
    measure_rows,
    owners,
    summarise,
)
from tpm_desktop.core.model import Measure

TODAY = date(2026, 6, 1)


def plan_state():
    """Small project plus four measures; the existing one is due 2026-03-01, in progress."""
    state = small_state()
    tp = {t.name: t.id for t in state.touchpoints.values()}
    for touchpoint, title, fields in [
        ("Website", "Relaunch", {"due_date": date(2026, 6, 20), "owner": "Ana", "cost": 20000}),
        ("Website", "Chatbot", {"status": "dropped", "owner": "ana", "cost": 8000}),
        ("Shop counter", "Queue display", {"due_date": date(2026, 8, 1), "status": "done"}),
        ("Hotline", "Scripts", {"due_date": date(2026, 5, 1), "status": "planned"}),
    ]:
        state.apply(monitoring.add_measure(state, tp[touchpoint], title, **fields)[0])
    return state


def titles(state, measure_filter=None):
    measure_filter = measure_filter or MeasureFilter()
    rows = measure_rows(state, TODAY)
    return [r.measure.title for r in rows if measure_filter.matches(r, TODAY)]


def test_rows_are_ordered_by_due_date_with_undated_last_and_know_their_touchpoint():
    state = plan_state()
    rows = measure_rows(state, TODAY)
    assert [r.measure.title for r in rows] == [
        "Call-back service",  # 2026-03-01
        "Scripts",  # 2026-05-01
        "Relaunch",
        "Queue display",
        "Chatbot",  # no due date
    ]
    assert [r.overdue for r in rows] == [True, True, False, False, False]
    assert (rows[0].touchpoint_name, rows[0].department_name) == ("Hotline", "Customer service")


@pytest.mark.parametrize(
    ("measure_filter", "expected"),
    [
        (MeasureFilter(status=StatusFilter.OPEN), ["Call-back service", "Scripts", "Relaunch"]),
        (MeasureFilter(status=StatusFilter.DROPPED), ["Chatbot"]),
        (MeasureFilter(owner="ANA"), ["Relaunch", "Chatbot"]),  # owners ignore case
        (MeasureFilter(owner=NO_OWNER), ["Call-back service", "Scripts", "Queue display"]),
        (MeasureFilter(department_id=1), ["Relaunch", "Chatbot"]),  # Marketing: the website
        (MeasureFilter(due=DueFilter.OVERDUE), ["Call-back service", "Scripts"]),
        (MeasureFilter(due=DueFilter.NEXT_30_DAYS), ["Relaunch"]),
        (MeasureFilter(due=DueFilter.NEXT_90_DAYS), ["Relaunch"]),  # done ones are not due
        (MeasureFilter(due=DueFilter.NO_DATE), ["Chatbot"]),
        (MeasureFilter(quick_wins_only=True), ["Call-back service"]),
        (MeasureFilter(text="  website  RELAUNCH "), ["Relaunch"]),
        (MeasureFilter(status=StatusFilter.OPEN, owner="ana"), ["Relaunch"]),
    ],
)
def test_filters(measure_filter, expected):
    assert titles(plan_state(), measure_filter) == expected


def test_default_filter_shows_everything_and_is_not_active():
    assert not MeasureFilter().active
    assert MeasureFilter(text="x").active
    assert len(titles(plan_state())) == 5


def test_owners_are_distinct_ignoring_case():
    assert owners(plan_state().table(Measure).values()) == ["Ana"]


def test_summary_counts_and_costs():
    summary = summarise(measure_rows(plan_state(), TODAY))
    assert summary.count == 5
    assert summary.by_status == {
        MeasureStatus.PLANNED: 2,  # Relaunch, Scripts
        MeasureStatus.IN_PROGRESS: 1,
        MeasureStatus.DONE: 1,
        MeasureStatus.DROPPED: 1,
    }
    assert (summary.overdue, summary.quick_wins) == (2, 1)
    assert summary.total_cost == 5000 + 20000 + 8000
    assert summary.open_cost == 5000 + 20000  # the dropped chatbot does not count
    assert summary.progress == pytest.approx(1 / 4)  # one done of the four not dropped
    assert summarise([]).progress is None

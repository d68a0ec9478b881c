"""Comparing assessment rounds and following scores across rounds, with worked examples."""

from __future__ import annotations

from datetime import date

import pytest

from tests.support.builders import small_state
from tpm_desktop.core.edits import assessment, lanes, monitoring, touchpoints
from tpm_desktop.core.enums import Dimension
from tpm_desktop.core.model import Department, RoundTouchpoint
from tpm_desktop.core.rounds import (
    compare,
    current_snapshot,
    department_series,
    round_snapshot,
    summarise,
    touchpoint_series,
)
from tpm_desktop.core.state import ProjectState


def apply(state: ProjectState, result):
    changes, new_id = result if isinstance(result, tuple) else (result, None)
    state.apply(changes)
    return new_id


def ids(state: ProjectState) -> dict[str, int]:
    return {t.name: t.id for t in state.touchpoints.values()}


def test_round_then_changed_scores_give_the_deltas_largest_first():
    # Criteria 1 and 2 weigh 1 each: Website (2, 3) -> 2.5, Hotline (-, 3) -> 3.0.
    state = small_state()
    tp = ids(state)
    first = apply(state, monitoring.close_round(state, "Spring", date(2026, 4, 1)))
    apply(state, assessment.set_scores(state, [tp["Website"]], 1, as_is=4))  # 2.5 -> 3.5
    apply(state, assessment.set_scores(state, [tp["Hotline"]], 2, as_is=2.5))  # 3.0 -> 2.5
    apply(state, assessment.set_scores(state, [tp["Shop counter"]], 1, as_is=5))  # new: 5
    second = apply(state, monitoring.close_round(state, "Autumn", date(2026, 10, 1)))

    rows = compare(round_snapshot(state, first), round_snapshot(state, second))
    assert [(r.name, r.before, r.after, r.change) for r in rows] == [
        ("Website", 2.5, 3.5, 1.0),
        ("Hotline", 3.0, 2.5, -0.5),
        ("Shop counter", None, 5.0, None),  # not rated in spring: no change, last
    ]
    summary = summarise(rows)
    assert (summary.compared, summary.improved, summary.worsened) == (2, 1, 1)
    assert summary.mean_change == pytest.approx(0.25)


def test_current_scores_compare_like_a_round():
    state = small_state()
    tp = ids(state)
    spring = apply(state, monitoring.close_round(state, "Spring", date(2026, 4, 1)))
    apply(state, assessment.set_scores(state, [tp["Website"]], 2, as_is=1))  # (2, 1) -> 1.5
    rows = compare(round_snapshot(state, spring), current_snapshot(state))
    assert rows[0].name == "Website" and rows[0].change == pytest.approx(-1.0)
    assert {r.name: r.change for r in rows}["Hotline"] == 0.0


def test_a_deleted_touchpoint_keeps_its_old_name_and_compares_as_gone():
    state = small_state()
    tp = ids(state)
    spring = apply(state, monitoring.close_round(state, "Spring", date(2026, 4, 1)))
    apply(state, touchpoints.delete_touchpoints(state, [tp["Website"]]))
    rows = compare(round_snapshot(state, spring), current_snapshot(state))
    gone = next(r for r in rows if r.touchpoint_id == tp["Website"])
    assert (gone.name, gone.before, gone.after, gone.change) == ("Website", 2.5, None, None)


def test_series_of_a_touchpoint_across_rounds_and_now():
    state = small_state()  # holds the round "Baseline" of 2026-02-01 (Website 2.5)
    tp = ids(state)
    apply(state, assessment.set_scores(state, [tp["Website"]], 1, as_is=3))  # -> 3.0
    apply(state, monitoring.close_round(state, "Review", date(2026, 6, 1)))
    apply(state, assessment.set_scores(state, [tp["Website"]], 1, as_is=5))  # -> 4.0
    points = touchpoint_series(state, tp["Website"], current=("Now", date(2026, 7, 1)))
    assert [(p.label, p.as_is, p.target) for p in points] == [
        ("Baseline", 2.5, 4.5),
        ("Review", 3.0, 4.5),
        ("Now", 4.0, 4.5),
    ]
    assert [p.round_id is None for p in points] == [False, False, True]
    assert len(touchpoint_series(state, tp["Website"])) == 2


def test_series_of_a_department_mean():
    state = small_state()
    tp = ids(state)
    # The Hotline's department: move the website there, so the mean covers two.
    hotline_department = state.touchpoints[tp["Hotline"]].department_id
    apply(
        state,
        touchpoints.update_touchpoints(state, [tp["Website"]], department_id=hotline_department),
    )
    apply(state, monitoring.close_round(state, "Review", date(2026, 6, 1)))
    points = department_series(state, hotline_department, current=("Now", date(2026, 7, 1)))
    # Baseline: only the Hotline belonged there (3.0); Review and now: (2.5 + 3.0) / 2.
    assert [p.as_is for p in points] == [3.0, 2.75, 2.75]
    assert points[0].target == 5.0


def test_a_department_without_touchpoints_gives_empty_points():
    state = small_state()
    empty = apply(state, lanes.add_lane(state, Dimension.DEPARTMENT, "Legal"))
    points = department_series(state, empty, current=("Now", date(2026, 7, 1)))
    assert [(p.label, p.as_is, p.target) for p in points] == [
        ("Baseline", None, None),
        ("Now", None, None),
    ]


def test_current_snapshot_of_some_touchpoints_only():
    state = small_state()
    tp = ids(state)
    part = current_snapshot(state, [tp["Hotline"], 999])
    assert list(part) == [tp["Hotline"]]
    assert part[tp["Hotline"]] == current_snapshot(state)[tp["Hotline"]]


def test_a_deleted_department_is_forgotten_by_round_snapshots_but_keeps_its_name():
    state = small_state()
    tp = ids(state)
    spring = apply(state, monitoring.close_round(state, "Spring", date(2026, 4, 1)))
    department = state.touchpoints[tp["Website"]].department_id
    others = [d for d in state.table(Department) if d != department]
    apply(state, lanes.delete_lane(state, Dimension.DEPARTMENT, department, move_to=others[0]))
    entry = state.get(RoundTouchpoint, (spring, tp["Website"]))
    assert entry.department_id is None and entry.department_name
    # a new department taking the old id must not inherit the snapshot
    new_id = apply(state, lanes.add_lane(state, Dimension.DEPARTMENT, "Newcomers"))
    assert all(e.department_id != new_id for e in state.table(RoundTouchpoint).values() if new_id)

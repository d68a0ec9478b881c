"""Worked examples of the budget rules: totals and the proportional distribution."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.support.builders import small_state
from tpm_desktop.core import budget
from tpm_desktop.core.budget import Reason, Scope, distribute, proposal_changes, propose
from tpm_desktop.core.defaults import new_project_state
from tpm_desktop.core.edits import assessment, project, touchpoints
from tpm_desktop.core.enums import Decision, Dimension
from tpm_desktop.core.errors import EditError


def test_distribute_worked_example_sums_exactly():
    # priorities 50, 25, 25 of 100 in steps of 10: 50, 25 -> 30 (larger remainder, tie
    # broken by id), 25 -> 20
    assert distribute(100, {1: 50, 2: 25, 3: 25}, step=10) == {1: 50.0, 2: 30.0, 3: 20.0}


def test_distribute_thirds_in_whole_euros():
    # 1000 / 3 = 333.33 each: the leftover euro goes to the largest remainder
    shares = distribute(1000, {7: 1, 8: 1, 9: 1})
    assert sorted(shares.values()) == [333.0, 333.0, 334.0]
    assert sum(shares.values()) == 1000


def test_distribute_rest_below_one_step_goes_to_highest_priority():
    shares = distribute(1050.50, {1: 80, 2: 20}, step=100)
    # 10 steps of 100: 8 and 2; the 50.50 left over goes to the higher priority
    assert shares == {1: 850.5, 2: 200.0}


def test_distribute_all_zero_weights_split_equally():
    assert distribute(90, {1: 0, 2: 0, 3: 0}) == {1: 30.0, 2: 30.0, 3: 30.0}


def test_distribute_refuses_bad_totals():
    with pytest.raises(EditError):
        distribute(-5, {1: 1})
    with pytest.raises(EditError):
        distribute(float("nan"), {1: 1})
    assert distribute(100, {}) == {}


@given(
    total=st.integers(min_value=0, max_value=10_000_000),
    weights=st.lists(st.floats(min_value=0, max_value=100), min_size=1, max_size=40),
    step=st.sampled_from([1, 10, 100, 1000]),
)
def test_distribute_always_sums_to_the_total(total, weights, step):
    shares = distribute(total, dict(enumerate(weights)), step)
    assert round(sum(shares.values()) * 100) == total * 100
    assert all(v >= 0 for v in shares.values())
    # every share but one is a multiple of the step
    off_step = [v for v in shares.values() if round(v * 100) % (step * 100)]
    assert len(off_step) <= 1


def test_overview_and_totals_by_lane():
    state = small_state()
    state.apply(project.update_project(state, total_budget=10_000))
    state.apply(touchpoints.update_touchpoints(state, [1], budget=1500))
    state.apply(touchpoints.update_touchpoints(state, [2], budget=2500))
    view = budget.overview(state)
    assert view.planned == 4000
    assert view.remaining == 6000
    assert view.used_share == pytest.approx(0.4)
    assert view.with_budget == 2
    by_department = budget.totals_by(state, Dimension.DEPARTMENT)
    assert by_department[1] == 1500 and by_department[3] == 2500 and by_department[2] == 0
    assert list(by_department) == [d.id for d in state.lanes(Dimension.DEPARTMENT)]


def test_propose_by_priority_and_scope():
    state = small_state()
    # Website (1) priority 50, Hotline (2) 55.9; they are to be combined, so both get
    # their mean weight and the same amount; Shop counter (3) is not rated
    proposal = propose(state, 8750, Scope.ALL)
    assert proposal.amounts() == {1: 4375.0, 2: 4375.0}
    assert proposal.unrated == (3,)
    assert {row.reason for row in proposal.rows} == {Reason.PRIORITY}
    # only "focus": touchpoint 3 (Shop counter) is the only focus one, and unrated
    focus = propose(state, 1000, Scope.FOCUS)
    assert focus.rows == () and focus.unrated == (3,)
    state.apply(assessment.set_scores(state, [3], 1, as_is=2, target=5))
    assert propose(state, 1000, Scope.FOCUS).amounts() == {3: 1000.0}


def apart(state):
    """small_state without the combination, so the decision factors show alone."""
    state.apply(project.set_combinations(state, 1, []))
    state.apply(touchpoints.update_touchpoints(state, [1, 2], experience=None))
    state.apply(assessment.set_scores(state, [3], 2, as_is=3, target=5))
    return state  # all three: priority 50


def test_decisions_steer_the_split_and_removed_get_nothing():
    state = apart(small_state())
    state.apply(touchpoints.update_touchpoints(state, [1], decision=Decision.NEGLECT.value))
    state.apply(touchpoints.update_touchpoints(state, [2], decision=Decision.REMOVE.value))
    state.apply(touchpoints.update_touchpoints(state, [2], budget=3100))
    proposal = propose(state, 2000)
    # focus 1.5 against neglect 0.5; the removed fax number loses its 3,100
    assert proposal.amounts() == {3: 1500.0, 1: 500.0, 2: 0.0}
    reasons = {row.touchpoint_id: row.reason for row in proposal.rows}
    assert reasons == {3: Reason.FOCUS, 1: Reason.NEGLECT, 2: Reason.REMOVE}
    assert proposal.rows[-1].touchpoint_id == 2 and proposal.rows[-1].current == 3100
    assert budget.available(state) == 3100  # the removed one's money is free to move


def test_locked_amounts_stay_and_come_off_the_total():
    state = apart(small_state())
    state.apply(touchpoints.update_touchpoints(state, [2], budget=700, budget_locked=True))
    state.apply(project.update_project(state, total_budget=3000))
    assert budget.available(state) == 2300
    proposal = propose(state, 2300)
    assert 2 not in proposal.amounts()
    assert proposal.locked == 700
    locked = [row for row in proposal.rows if row.reason is Reason.LOCKED]
    assert [(r.touchpoint_id, r.proposed) for r in locked] == [(2, 700)]
    # Shop counter is "focus": 1.5 against Website's 1
    assert proposal.amounts() == {3: 1380.0, 1: 920.0}


def test_touchpoints_to_add_get_a_reserve_though_unrated():
    state = small_state()
    state.apply(touchpoints.update_touchpoints(state, [3], decision=Decision.ADD.value))
    proposal = propose(state, 9000)
    reasons = {row.touchpoint_id: row.reason for row in proposal.rows}
    assert reasons[3] is Reason.ADD and proposal.unrated == ()
    # a reserve as if it fell fully short: relevance 50, need 1 -> 70.7
    assert proposal.amounts()[3] > proposal.amounts()[1]


def test_everyone_at_target_splits_equally_but_never_to_removed():
    state = apart(small_state())
    for tid in (1, 2, 3):
        for cid in (1, 2):
            state.apply(assessment.set_scores(state, [tid], cid, as_is=5, target=5))
    state.apply(touchpoints.update_touchpoints(state, [2], decision=Decision.REMOVE.value))
    assert propose(state, 1000).amounts() == {1: 500.0, 3: 500.0, 2: 0.0}


@given(
    st.lists(
        st.tuples(
            st.sampled_from(list(Decision)),
            st.one_of(st.none(), st.integers(1, 5)),
            st.one_of(st.none(), st.integers(1, 5)),
            st.booleans(),
        ),
        min_size=1,
        max_size=8,
    ),
    st.integers(0, 1_000_000),
)
def test_no_removed_touchpoint_ever_receives_budget(specs, total):
    state = new_project_state("P", "en")
    ids = []
    for index, (decision, as_is, target, locked) in enumerate(specs):
        changes, tid = touchpoints.add_touchpoint(
            state, f"T{index}", 1, 1, 1, decision=decision.value
        )
        state.apply(changes)
        ids.append(tid)
        if as_is is not None:
            state.apply(assessment.set_scores(state, [tid], 1, as_is=as_is, target=target))
        if locked:
            state.apply(touchpoints.update_touchpoints(state, [tid], budget=10, budget_locked=True))
    if len(ids) > 1:
        state.apply(project.set_combinations(state, ids[0], ids[1:2]))
    proposal = propose(state, total)
    amounts = proposal.amounts()
    for tid, amount in amounts.items():
        if state.touchpoints[tid].decision == Decision.REMOVE:
            assert amount == 0
    given_out = sum(amounts.values())
    assert given_out == pytest.approx(total) or given_out == 0


def test_proposal_changes_are_one_change_set():
    state = small_state()
    changes = proposal_changes(state, {1: 100.0, 2: 200.0})
    assert len(changes) == 2
    state.apply(changes)
    assert state.touchpoints[1].budget == 100 and state.touchpoints[2].budget == 200
    with pytest.raises(EditError):
        proposal_changes(state, {1: -1.0})


def test_available_is_what_the_other_touchpoints_leave():
    state = small_state()
    state.apply(touchpoints.update_touchpoints(state, [1], budget=1000))  # rated
    state.apply(touchpoints.update_touchpoints(state, [3], budget=500))  # focus, unrated
    assert budget.available(state, Scope.ALL) == 1000  # no total: what moves today
    state.apply(project.update_project(state, total_budget=10_000))
    assert budget.available(state, Scope.ALL) == 9500  # Shop counter keeps its 500
    assert budget.available(state, Scope.SUPER) == 8500  # nobody is super: all stay
    state.apply(project.update_project(state, total_budget=100))
    assert budget.available(state, Scope.ALL) == 0

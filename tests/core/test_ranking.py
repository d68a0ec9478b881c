"""Ranking, super-touchpoint suggestion, map order, portfolio axes and rescaling."""

from __future__ import annotations

import pytest

from tests.support.builders import small_state
from tpm_desktop.core import portfolio, ranking
from tpm_desktop.core.edits import assessment, project, touchpoints
from tpm_desktop.core.model import Score, WorkshopRating
from tpm_desktop.core.portfolio import Axis, AxisKind


@pytest.fixture
def state():
    state = small_state()
    # Website (1): as-is 2, 3 -> 2.5; target 4, 5 -> 4.5 (gap 2, need 0.5) -> priority 50
    # Hotline (2): as-is 3, target 5 (need 0.5) and experience -1 (+0.125) -> 55.9
    # Shop counter (3): not rated; nobody set a relevance, so all count as 50
    return state


def test_ranked_by_priority_unrated_last(state):
    assert ranking.ranked(state) == [2, 1, 3]
    metrics = ranking.touchpoint_metrics(state, 1)
    assert (metrics.as_is, metrics.target, metrics.priority, metrics.gap) == (2.5, 4.5, 50, 2)
    assert ranking.touchpoint_metrics(state, 2).priority == pytest.approx(100 * 0.3125**0.5)


def test_relevance_moves_a_touchpoint_up_and_negative_experience_can_be_left_out(state):
    state.apply(touchpoints.update_touchpoints(state, [1], relevance=90))
    assert ranking.ranked(state)[:2] == [1, 2]  # sqrt(0.9 * 0.5) = 67 beats 55.9
    state.apply(project.set_setting(state, ranking.PRIORITY_EXPERIENCE_SETTING, False))
    assert ranking.touchpoint_metrics(state, 2).priority == pytest.approx(50.0)


def test_a_touchpoint_at_its_target_has_no_priority_however_good(state):
    state.apply(assessment.set_scores(state, [3], 1, as_is=5, target=5))
    assert ranking.touchpoint_metrics(state, 3).priority == 0
    assert ranking.ranked(state) == [2, 1, 3]


def test_ties_are_broken_by_relevance_then_gap_then_name(state):
    # Shop counter: relevance 100, need 0.25 -> 50, as Website (relevance 50, need 0.5)
    state.apply(assessment.set_scores(state, [3], 2, as_is=3, target=4))
    state.apply(touchpoints.update_touchpoints(state, [3], relevance=100))
    assert ranking.ranked(state) == [2, 3, 1]  # the more relevant one first
    state.apply(touchpoints.update_touchpoints(state, [3], relevance=50))
    state.apply(assessment.set_scores(state, [3], 2, as_is=1, target=3))
    # now both relevance 50, need 0.5, gap 2: the name decides ("Shop counter" < "Website")
    assert ranking.ranked(state) == [2, 3, 1]


def test_super_suggestion_and_changes(state):
    assert ranking.suggest_super(state, 1) == [2]
    assert ranking.suggest_super(state, 10) == [2, 1]  # unrated never suggested
    state.apply(touchpoints.update_touchpoints(state, [3], is_super=True))
    changes = ranking.super_changes(state, [2])
    assert len(changes) == 2  # 2 becomes super, 3 stops being super
    state.apply(changes)
    assert [tp.id for tp in state.touchpoints.values() if tp.is_super] == [2]


def test_map_order_and_neighbours(state):
    order = ranking.map_order(state)
    assert sorted(order) == [1, 2, 3]
    # departments 1, 2, 3 are the rows: Website (dep 1), Shop counter (2), Hotline (3)
    assert order == [1, 3, 2]
    assert ranking.neighbour(order, None, 1) == 1
    assert ranking.neighbour(order, 1, 1) == 3
    assert ranking.neighbour(order, 2, 1) == 2  # stops at the end
    assert ranking.neighbour(order, 1, -1) == 1
    assert ranking.neighbour([], None, 1) is None


def test_portfolio_axes_values_and_ranges(state):
    metrics = ranking.all_metrics(state)
    weighted = portfolio.axis_values(state, Axis(AxisKind.AS_IS), metrics)
    assert weighted == {1: 2.5, 2: 3.0, 3: None}
    criterion = Axis(AxisKind.CRITERION, 1)
    assert portfolio.axis_values(state, criterion, metrics) == {1: 2.0, 2: None, 3: None}
    assert portfolio.axis_range(state, criterion, {}) == portfolio.AxisRange(1, 5, 3)
    experience = Axis(AxisKind.EXPERIENCE)
    assert portfolio.axis_values(state, experience, metrics)[2] == -1
    assert portfolio.axis_range(state, experience, {}).middle == 0
    budgets = {1: 100.0, 2: 300.0, 3: None}
    assert portfolio.axis_range(state, Axis(AxisKind.BUDGET), budgets) == portfolio.AxisRange(
        0, 300, 200
    )
    assert portfolio.AxisRange(1, 5, 3).fraction(2) == 0.25
    assert all(-1 <= portfolio.jitter(i) <= 1 for i in range(100))
    assert portfolio.jitter(5) == portfolio.jitter(5)


def test_quadrant_labels_are_cleaned_and_stored(state):
    assert portfolio.quadrant_labels(state) == {}
    value = portfolio.quadrant_setting({"top_left": " Quick\nwins ", "top_right": ""})
    assert value == {"top_left": "Quick wins"}
    state.apply(project.set_setting(state, portfolio.QUADRANTS_SETTING, value))
    assert portfolio.quadrant_labels(state) == {"top_left": "Quick wins"}
    assert portfolio.quadrant_setting({}) is None


def test_rescaling_worked_example(state):
    # 1..5 -> 0..10: 2 -> 2.5, 3 -> 5, 4 -> 7.5, 5 -> 10; "not rated" stays not rated
    state.apply(assessment.set_scores(state, [3], 1, as_is=None, target=5))
    state.apply(assessment.change_scale(state, 1, 0, 10))
    assert state.get(Score, (1, 1)).as_is == 2.5
    assert state.get(Score, (1, 1)).target == 7.5
    assert state.get(Score, (3, 1)).as_is is None
    assert state.get(Score, (3, 1)).target == 10
    # the stored workshop rating (2 on 1..5) moves with its criterion
    assert state.get(WorkshopRating, 1).value == 2.5
    # and back again gives the original values
    state.apply(assessment.change_scale(state, 1, 1, 5))
    assert state.get(Score, (1, 1)).as_is == 2


def test_all_metrics_agrees_with_the_scoring_rules():
    from tpm_desktop.core.sample import sample_state

    state = sample_state("en")
    state.apply(assessment.change_scale(state, 2, 0, 10))  # mixed scales too
    fast = ranking.all_metrics(state)
    for tid in state.touchpoints:
        assert fast[tid] == ranking.touchpoint_metrics(state, tid)
    assert ranking.all_metrics(state, [1, 2]) == {1: fast[1], 2: fast[2]}

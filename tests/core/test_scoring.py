"""Worked examples of the scoring rules."""

from __future__ import annotations

import pytest

from tpm_desktop.core.enums import CriterionRole
from tpm_desktop.core.model import Criterion, Score
from tpm_desktop.core.scoring import (
    Scale,
    gap,
    metrics,
    need,
    priority_index,
    reference_scale,
    relevance,
    rescale,
    weighted_score,
)


def crit(
    cid: int,
    weight: float = 1.0,
    lo: int = 1,
    hi: int = 5,
    pos: int | None = None,
    role: CriterionRole = CriterionRole.PERFORMANCE,
):
    return Criterion(
        id=cid,
        name=f"c{cid}",
        position=cid if pos is None else pos,
        weight=weight,
        scale_min=lo,
        scale_max=hi,
        role=role,
    )


def test_weighted_score_is_weighted_mean_over_rated_criteria():
    criteria = [crit(1, 2.0), crit(2, 1.0), crit(3, 1.0)]
    # (2*4 + 1*2) / (2 + 1) = 10/3; criterion 3 is not rated and does not count
    assert weighted_score(criteria, {1: 4, 2: 2, 3: None}) == pytest.approx(10 / 3)


def test_equal_weights_give_plain_mean():
    criteria = [crit(i) for i in range(1, 5)]
    assert weighted_score(criteria, {1: 3, 2: 4, 3: 2, 4: 5}) == pytest.approx(3.5)


def test_nothing_rated_is_none_not_zero():
    criteria = [crit(1), crit(2)]
    assert weighted_score(criteria, {}) is None
    assert weighted_score(criteria, {1: None}) is None


def test_zero_weight_criterion_is_ignored():
    criteria = [crit(1, 0.0), crit(2, 1.0)]
    assert weighted_score(criteria, {1: 5, 2: 2}) == pytest.approx(2)
    assert weighted_score(criteria, {1: 5}) is None


def test_mixed_scales_are_normalised_onto_first_criterion_scale():
    criteria = [crit(1, lo=1, hi=5), crit(2, lo=0, hi=10)]
    # 5 on 1..5 is 1.0, 5 on 0..10 is 0.5 -> mean 0.75 -> 1 + 0.75*4 = 4
    assert weighted_score(criteria, {1: 5, 2: 5}) == pytest.approx(4.0)
    assert reference_scale(criteria) == Scale(1, 5)


def test_priority_is_the_geometric_mean_of_relevance_and_need():
    assert priority_index(100, 1.0) == 100
    assert priority_index(50, 0.5) == pytest.approx(50.0)
    assert priority_index(100, 0.0) == 0  # at target: nothing to do, however relevant
    assert priority_index(0, 1.0) == 0  # irrelevant: nothing to do, however bad
    assert priority_index(80, 0.2) == pytest.approx(40.0)
    assert priority_index(50, None) is None  # not rated


def test_need_is_the_gap_share_plus_negative_experience():
    scale = Scale(1, 5)
    assert need(2, 4, scale) == pytest.approx(0.5)
    assert need(4, 2, scale) == 0  # above target needs nothing
    assert need(3, None, scale) == pytest.approx(0.5)  # no target: the top of the scale
    assert need(3, 4, scale, experience=-2) == pytest.approx(0.5)  # 0.25 + 2 * 0.125
    assert need(3, 4, scale, experience=2) == pytest.approx(0.25)  # delight adds nothing
    assert need(1, 5, scale, experience=-2) == 1.0  # capped
    assert need(None, 5, scale) is None


def test_relevance_own_then_criteria_then_default():
    criteria = [crit(1), crit(2, role=CriterionRole.RELEVANCE)]
    scores = {1: Score(7, 1, as_is=2, target=4), 2: Score(7, 2, as_is=4, target=None)}
    assert relevance(criteria, scores, 90) == (90, "set")
    assert relevance(criteria, scores, None) == (pytest.approx(75.0), "criteria")
    assert relevance(criteria, {1: scores[1]}, None) == (50.0, "default")
    m = metrics(criteria, scores)
    # the relevance criterion does not count into the performance scores
    assert (m.as_is, m.target, m.relevance) == (2, 4, pytest.approx(75.0))
    assert m.priority == pytest.approx(100 * (0.75 * 0.5) ** 0.5)


def test_gap_is_target_minus_as_is():
    assert gap(2.5, 4.0) == pytest.approx(1.5)
    assert gap(None, 4.0) is None
    assert gap(3.0, None) is None


def test_metrics_worked_example():
    criteria = [crit(1), crit(2), crit(3), crit(4)]
    scores = {
        1: Score(7, 1, as_is=2, target=4),
        2: Score(7, 2, as_is=3, target=5),
        3: Score(7, 3, as_is=None, target=3),
        4: Score(7, 4, as_is=4, target=None),
    }
    m = metrics(criteria, scores)
    assert m.as_is == pytest.approx(3.0)  # (2+3+4)/3
    assert m.target == pytest.approx(4.0)  # (4+5+3)/3
    # relevance 50 (nobody set it), need (4 - 3) / 4 = 0.25 -> sqrt(0.5 * 0.25)
    assert m.relevance == 50 and m.relevance_source == "default"
    assert m.priority == pytest.approx(100 * 0.125**0.5)
    assert m.gap == pytest.approx(1.0)


def test_rescale_linear_and_keeps_not_rated():
    assert rescale(1, Scale(1, 5), Scale(0, 10)) == 0
    assert rescale(5, Scale(1, 5), Scale(0, 10)) == 10
    assert rescale(3, Scale(1, 5), Scale(1, 10)) == pytest.approx(5.5)
    assert rescale(None, Scale(1, 5), Scale(0, 10)) is None

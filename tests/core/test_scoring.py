"""Worked examples of the scoring rules."""

from __future__ import annotations

import pytest

from tpm_desktop.core.model import Criterion, Score
from tpm_desktop.core.scoring import (
    Scale,
    gap,
    metrics,
    priority_index,
    reference_scale,
    rescale,
    weighted_score,
)


def crit(cid: int, weight: float = 1.0, lo: int = 1, hi: int = 5, pos: int | None = None):
    return Criterion(
        id=cid,
        name=f"c{cid}",
        position=cid if pos is None else pos,
        weight=weight,
        scale_min=lo,
        scale_max=hi,
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


def test_priority_index_maps_scale_linearly_to_0_100():
    scale = Scale(1, 5)
    assert priority_index(1, scale) == 0
    assert priority_index(5, scale) == 100
    assert priority_index(3.5, scale) == pytest.approx(62.5)
    assert priority_index(None, scale) is None
    assert priority_index(5, Scale(0, 10)) == 50


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
    assert m.priority == pytest.approx(50.0)
    assert m.gap == pytest.approx(1.0)


def test_rescale_linear_and_keeps_not_rated():
    assert rescale(1, Scale(1, 5), Scale(0, 10)) == 0
    assert rescale(5, Scale(1, 5), Scale(0, 10)) == 10
    assert rescale(3, Scale(1, 5), Scale(1, 10)) == pytest.approx(5.5)
    assert rescale(None, Scale(1, 5), Scale(0, 10)) is None

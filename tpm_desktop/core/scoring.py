"""Scoring rules: weighted score, relevance, need, priority index, gap and rescaling.

Rules (importance-performance analysis, Martilla & James 1977; README "Priority"):
- weighted score = sum(weight * value) / sum(weight), over the performance criteria
  that have a value (criteria whose role is relevance measure importance instead);
- gap = target weighted score - as-is weighted score;
- relevance (0..100) = the touchpoint's own relevance when set, else the weighted as-is
  of the relevance criteria mapped onto 0..100, else 50 (medium, until someone decides);
- need (0..1) = the gap as a share of the scale (a missing target counts as the top of
  the scale), plus 1/8 per step of negative customer experience, at most 1;
- priority index (0..100) = 100 * sqrt(relevance/100 * need): high only where the
  touchpoint matters and falls short; 0 where it meets its target.

Criteria may use different scales (1-5, 0-10, 1-10). Each value is first placed on
0..1 within its own criterion's scale and the weighted mean is mapped onto the
catalogue's reference scale, the scale of the first criterion. When all criteria
share one scale, as they do by default, this is exactly the plain weighted mean.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from tpm_desktop.core.enums import CriterionRole
from tpm_desktop.core.model import Criterion, Score


@dataclass(frozen=True, slots=True)
class Scale:
    """A closed numeric range of scores."""

    minimum: float
    maximum: float

    def normalise(self, value: float) -> float:
        """Map a value on this scale onto 0..1."""
        span = self.maximum - self.minimum
        return 0.0 if span == 0 else (value - self.minimum) / span

    def denormalise(self, fraction: float) -> float:
        """Map 0..1 onto this scale."""
        return self.minimum + fraction * (self.maximum - self.minimum)

    def contains(self, value: float) -> bool:
        """True when the value lies within the scale, bounds included."""
        return self.minimum <= value <= self.maximum


DEFAULT_SCALE = Scale(1, 5)
DEFAULT_RELEVANCE = 50.0  # what a touchpoint nobody has judged yet counts as
EXPERIENCE_NEED_STEP = 0.125  # the need one step of negative experience adds


@dataclass(frozen=True, slots=True)
class Metrics:
    """The derived figures of one touchpoint; None where nothing is rated."""

    as_is: float | None
    target: float | None
    priority: float | None
    gap: float | None
    relevance: float = DEFAULT_RELEVANCE
    relevance_source: str = "default"  # "set", "criteria" or "default"


def performance_criteria(criteria: Sequence[Criterion]) -> list[Criterion]:
    """The criteria that measure how well a touchpoint performs."""
    return [c for c in criteria if c.role != CriterionRole.RELEVANCE]


def relevance_criteria(criteria: Sequence[Criterion]) -> list[Criterion]:
    """The criteria the user marked as measuring importance."""
    return [c for c in criteria if c.role == CriterionRole.RELEVANCE]


def reference_scale(criteria: Sequence[Criterion]) -> Scale:
    """The scale weighted scores are expressed on: the first performance criterion's scale."""
    chosen = performance_criteria(criteria) or list(criteria)
    if not chosen:
        return DEFAULT_SCALE
    first = min(chosen, key=lambda c: (c.position, c.id))
    return Scale(first.scale_min, first.scale_max)


def weighted_fraction(values: Iterable[tuple[Criterion, float | None]]) -> float | None:
    """The weighted mean of the rated values, each normalised to 0..1 on its own scale."""
    total_weight = 0.0
    total = 0.0
    for criterion, value in values:
        if value is None or criterion.weight <= 0:
            continue
        scale = Scale(criterion.scale_min, criterion.scale_max)
        total += criterion.weight * scale.normalise(value)
        total_weight += criterion.weight
    if total_weight == 0:
        return None
    return total / total_weight


def weighted_score(
    criteria: Sequence[Criterion], values: Mapping[int, float | None]
) -> float | None:
    """Weighted score on the reference scale of the given values by criterion id.

    Only performance criteria count; relevance criteria feed `relevance` instead.
    """
    fraction = weighted_fraction((c, values.get(c.id)) for c in performance_criteria(criteria))
    if fraction is None:
        return None
    return reference_scale(criteria).denormalise(fraction)


def relevance(
    criteria: Sequence[Criterion], scores: Mapping[int, Score], own: float | None
) -> tuple[float, str]:
    """The touchpoint's relevance on 0..100 and where it comes from."""
    if own is not None:
        return max(0.0, min(100.0, own)), "set"
    fraction = weighted_fraction(
        (c, scores[c.id].as_is if c.id in scores else None) for c in relevance_criteria(criteria)
    )
    if fraction is not None:
        return 100.0 * fraction, "criteria"
    return DEFAULT_RELEVANCE, "default"


def need(
    as_is: float | None,
    target: float | None,
    scale: Scale,
    experience: int | None = None,
) -> float | None:
    """How far the touchpoint falls short, 0..1; None when its as-is is not rated."""
    if as_is is None:
        return None
    wanted = scale.maximum if target is None else target
    span = scale.maximum - scale.minimum
    shortfall = 0.0 if span <= 0 else max(0.0, wanted - as_is) / span
    if experience is not None and experience < 0:
        shortfall += EXPERIENCE_NEED_STEP * -experience
    return min(1.0, shortfall)


def priority_index(relevance_value: float, need_value: float | None) -> float | None:
    """100 * sqrt(relevance/100 * need): the geometric mean of importance and need."""
    if need_value is None:
        return None
    product = max(0.0, min(100.0, relevance_value)) / 100.0 * max(0.0, min(1.0, need_value))
    return 100.0 * math.sqrt(product)


def gap(as_is: float | None, target: float | None) -> float | None:
    """Target weighted score minus as-is weighted score."""
    if as_is is None or target is None:
        return None
    return target - as_is


def metrics(
    criteria: Sequence[Criterion],
    scores: Mapping[int, Score],
    *,
    own_relevance: float | None = None,
    experience: int | None = None,
) -> Metrics:
    """All derived figures for one touchpoint from its scores by criterion id.

    `own_relevance` and `experience` are the touchpoint's; pass `experience` only
    when the project counts negative experience into the need (the default).
    """
    as_is = weighted_score(criteria, {cid: s.as_is for cid, s in scores.items()})
    target = weighted_score(criteria, {cid: s.target for cid, s in scores.items()})
    importance, source = relevance(criteria, scores, own_relevance)
    shortfall = need(as_is, target, reference_scale(criteria), experience)
    return Metrics(
        as_is=as_is,
        target=target,
        priority=priority_index(importance, shortfall),
        gap=gap(as_is, target),
        relevance=importance,
        relevance_source=source,
    )


def rescale(value: float | None, old: Scale, new: Scale) -> float | None:
    """Map a score linearly from one scale onto another; "not rated" stays not rated."""
    if value is None:
        return None
    return new.denormalise(old.normalise(value))

"""Scoring rules: weighted score, priority index, gap and rescaling.

Rules (issue "Foundation"):
- weighted score = sum(weight * value) / sum(weight), over the criteria that have a value;
- priority index (0..100) = the as-is weighted score mapped linearly from the scale's min..max;
- gap = target weighted score - as-is weighted score.

Criteria may use different scales (1-5, 0-10, 1-10). Each value is first placed on
0..1 within its own criterion's scale and the weighted mean is mapped onto the
catalogue's reference scale, the scale of the first criterion. When all criteria
share one scale, as they do by default, this is exactly the plain weighted mean.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

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


@dataclass(frozen=True, slots=True)
class Metrics:
    """The derived figures of one touchpoint; None where nothing is rated."""

    as_is: float | None
    target: float | None
    priority: float | None
    gap: float | None


def reference_scale(criteria: Sequence[Criterion]) -> Scale:
    """The scale weighted scores are expressed on: the first criterion's scale."""
    if not criteria:
        return DEFAULT_SCALE
    first = min(criteria, key=lambda c: (c.position, c.id))
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
    """Weighted score on the reference scale of the given values by criterion id."""
    fraction = weighted_fraction((c, values.get(c.id)) for c in criteria)
    if fraction is None:
        return None
    return reference_scale(criteria).denormalise(fraction)


def priority_index(weighted: float | None, scale: Scale) -> float | None:
    """The weighted score mapped linearly from the scale onto 0..100."""
    if weighted is None:
        return None
    return 100.0 * scale.normalise(weighted)


def gap(as_is: float | None, target: float | None) -> float | None:
    """Target weighted score minus as-is weighted score."""
    if as_is is None or target is None:
        return None
    return target - as_is


def metrics(criteria: Sequence[Criterion], scores: Mapping[int, Score]) -> Metrics:
    """All derived figures for one touchpoint from its scores by criterion id."""
    as_is = weighted_score(criteria, {cid: s.as_is for cid, s in scores.items()})
    target = weighted_score(criteria, {cid: s.target for cid, s in scores.items()})
    return Metrics(
        as_is=as_is,
        target=target,
        priority=priority_index(as_is, reference_scale(criteria)),
        gap=gap(as_is, target),
    )


def rescale(value: float | None, old: Scale, new: Scale) -> float | None:
    """Map a score linearly from one scale onto another; "not rated" stays not rated."""
    if value is None:
        return None
    return new.denormalise(old.normalise(value))

"""The portfolio matrix: what its axes measure, their ranges, and the quadrant labels."""

from __future__ import annotations

import statistics
import zlib
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from tpm_desktop.core import scoring
from tpm_desktop.core.enums import EXPERIENCE_MAX, EXPERIENCE_MIN
from tpm_desktop.core.model import Criterion
from tpm_desktop.core.state import ProjectState
from tpm_desktop.core.text import clean_line

QUADRANTS_SETTING = "portfolio.quadrants"
QUADRANT_KEYS = ("top_left", "top_right", "bottom_left", "bottom_right")
MAX_LABEL_LENGTH = 60


class AxisKind(StrEnum):
    """What an axis of the matrix shows."""

    CRITERION = "criterion"  # the as-is score of one criterion
    AS_IS = "as_is"  # the weighted as-is score
    TARGET = "target"  # the weighted target score
    PRIORITY = "priority"
    RELEVANCE = "relevance"  # importance to the customer and the business, 0..100
    EXPERIENCE = "experience"
    BUDGET = "budget"


@dataclass(frozen=True, slots=True)
class Axis:
    """One axis: a kind, and the criterion for AxisKind.CRITERION."""

    kind: AxisKind
    criterion_id: int | None = None


@dataclass(frozen=True, slots=True)
class AxisRange:
    """The span an axis shows and where it splits into two halves."""

    low: float
    high: float
    middle: float

    def fraction(self, value: float) -> float:
        """Where `value` lies between low (0) and high (1)."""
        span = self.high - self.low
        return 0.5 if span == 0 else (value - self.low) / span


def _criterion(state: ProjectState, axis: Axis) -> Criterion | None:
    if axis.criterion_id is None:
        return None
    return state.get(Criterion, axis.criterion_id)


def axis_values(
    state: ProjectState, axis: Axis, metrics: Mapping[int, scoring.Metrics]
) -> dict[int, float | None]:
    """Each touchpoint's value on the axis (None when it has none, e.g. not rated)."""
    touchpoints = state.touchpoints
    if axis.kind is AxisKind.CRITERION:
        result: dict[int, float | None] = {}
        for tid in touchpoints:
            score = state.scores_of(tid).get(axis.criterion_id or -1)
            result[tid] = None if score is None else score.as_is
        return result
    if axis.kind is AxisKind.EXPERIENCE:
        return {tid: tp.experience for tid, tp in touchpoints.items()}
    if axis.kind is AxisKind.BUDGET:
        return {tid: tp.budget for tid, tp in touchpoints.items()}
    if axis.kind is AxisKind.RELEVANCE:
        return {tid: metrics[tid].relevance for tid in touchpoints}
    field = {AxisKind.AS_IS: "as_is", AxisKind.TARGET: "target", AxisKind.PRIORITY: "priority"}
    return {tid: getattr(metrics[tid], field[axis.kind]) for tid in touchpoints}


def axis_range(state: ProjectState, axis: Axis, values: Mapping[int, float | None]) -> AxisRange:
    """The axis's span: the scale for scores, -2..+2 for experience, 0..max for budgets.

    The middle splits the quadrants: the scale's centre, neutral experience, or
    the median of the planned budgets.
    """
    if axis.kind is AxisKind.CRITERION:
        criterion = _criterion(state, axis)
        low, high = (1, 5) if criterion is None else (criterion.scale_min, criterion.scale_max)
        return AxisRange(low, high, (low + high) / 2)
    if axis.kind in (AxisKind.AS_IS, AxisKind.TARGET):
        scale = scoring.reference_scale(state.criteria)
        return AxisRange(scale.minimum, scale.maximum, (scale.minimum + scale.maximum) / 2)
    if axis.kind in (AxisKind.PRIORITY, AxisKind.RELEVANCE):
        return AxisRange(0, 100, 50)
    if axis.kind is AxisKind.EXPERIENCE:
        return AxisRange(EXPERIENCE_MIN, EXPERIENCE_MAX, 0)
    present = [v for v in values.values() if v is not None]
    high = max(present, default=0.0) or 1.0
    middle = statistics.median(present) if present else high / 2
    return AxisRange(0.0, high, middle)


def is_discrete(axis: Axis) -> bool:
    """True for axes whose values are mostly whole steps, so dots would pile up."""
    return axis.kind in (AxisKind.CRITERION, AxisKind.EXPERIENCE)


def jitter(touchpoint_id: int, salt: int = 0) -> float:
    """A fixed pseudo-random offset in -1..1 per touchpoint, so piled-up dots spread."""
    digest = zlib.crc32(f"{touchpoint_id}:{salt}".encode())
    return (digest % 2001) / 1000.0 - 1.0


# What the matrix shows until the user picks other axes: the importance-performance
# analysis (Martilla & James 1977), performance across and importance up. The app's
# portfolio panel opens on these and the printed report uses them, so paper and
# screen agree.
DEFAULT_AXES = (Axis(AxisKind.AS_IS), Axis(AxisKind.RELEVANCE))  # horizontal, vertical

# The classic quadrant names of that analysis for the default axes, shown until the
# project has its own; German and English complete.
DEFAULT_QUADRANT_LABELS: dict[str, dict[str, str]] = {
    "en": {
        "top_left": "Concentrate here",
        "top_right": "Keep up the good work",
        "bottom_left": "Low priority",
        "bottom_right": "Possible overkill",
    },
    "de": {
        "top_left": "Hier konzentrieren",
        "top_right": "Weiter so",
        "bottom_left": "Geringe Priorität",
        "bottom_right": "Mögliche Übererfüllung",
    },
}


def labels_for(state: ProjectState, language: str) -> dict[str, str]:
    """The four quadrant labels: the project's own, else the examples in `language`."""
    defaults = DEFAULT_QUADRANT_LABELS.get(language, DEFAULT_QUADRANT_LABELS["en"])
    return {**defaults, **quadrant_labels(state)}


def quadrant_labels(state: ProjectState) -> dict[str, str]:
    """The project's own quadrant labels (keys of QUADRANT_KEYS); missing ones are absent."""
    stored = state.setting(QUADRANTS_SETTING, {})
    if not isinstance(stored, Mapping):
        return {}
    result = {}
    for key in QUADRANT_KEYS:
        value = stored.get(key)
        if isinstance(value, str) and clean_line(value):
            result[key] = clean_line(value)[:MAX_LABEL_LENGTH]
    return result


def quadrant_setting(labels: Mapping[str, str]) -> dict[str, str] | None:
    """The setting value for the given labels (cleaned); None when all are empty."""
    cleaned = {
        key: clean_line(labels.get(key, ""))[:MAX_LABEL_LENGTH]
        for key in QUADRANT_KEYS
        if clean_line(labels.get(key, ""))
    }
    return cleaned or None

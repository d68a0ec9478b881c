"""Rules per customer segment: effective scores, experience, the curve and the filter.

A touchpoint counts for a segment when it is marked relevant to it. Its experience
for the segment is the segment's own where set, else the general one; its as-is
scores are the segment's overrides where set, else the general scores. Targets
stay general: the company's target does not differ by customer group.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from statistics import fmean

from tpm_desktop.core.enums import Dimension
from tpm_desktop.core.model import Phase, Score, TouchpointSegment
from tpm_desktop.core.state import ProjectState


def relevant_ids(state: ProjectState, segment_id: int | None) -> set[int]:
    """Touchpoints that count for a segment (all of them for None)."""
    if segment_id is None:
        return set(state.touchpoints)
    return {
        relevance.touchpoint_id
        for relevance in state.table(TouchpointSegment).values()
        if relevance.segment_id == segment_id
    }


def effective_scores(
    state: ProjectState, touchpoint_id: int, segment_id: int | None
) -> dict[int, Score]:
    """The touchpoint's scores by criterion, with the segment's as-is overrides applied."""
    scores = state.scores_of(touchpoint_id)
    if segment_id is None:
        return scores
    result = dict(scores)
    for criterion_id, override in state.segment_scores_of(touchpoint_id, segment_id).items():
        general = scores.get(criterion_id) or Score(touchpoint_id, criterion_id)
        # Spread and count describe workshop ratings of the general value, not this one.
        result[criterion_id] = dataclasses.replace(
            general, as_is=override.as_is, as_is_spread=None, as_is_count=None
        )
    return result


def experience_for(state: ProjectState, touchpoint_id: int, segment_id: int | None) -> int | None:
    """The customer experience of a touchpoint for a segment (general for None).

    None when the touchpoint is not relevant to the segment or has no experience.
    """
    touchpoint = state.touchpoints[touchpoint_id]
    if segment_id is None:
        return touchpoint.experience
    relevance = state.segments_of(touchpoint_id).get(segment_id)
    if relevance is None:
        return None
    return relevance.experience if relevance.experience is not None else touchpoint.experience


@dataclass(frozen=True, slots=True)
class CurvePoint:
    """The mean experience of one journey phase and how many touchpoints it rests on."""

    phase: Phase
    mean: float | None
    count: int


def experience_curve(state: ProjectState, segment_id: int | None = None) -> list[CurvePoint]:
    """Mean customer experience per journey phase, in phase order, for one segment."""
    ids = relevant_ids(state, segment_id)
    points = []
    for phase in state.lanes(Dimension.PHASE):
        values = [
            value
            for tid in state.touchpoint_ids_in(phase_id=phase.id) & ids
            if (value := experience_for(state, tid, segment_id)) is not None
        ]
        points.append(CurvePoint(phase, fmean(values) if values else None, len(values)))  # type: ignore[arg-type]
    return points


def segment_comparison(state: ProjectState) -> dict[int | None, list[CurvePoint]]:
    """The experience curve of every segment (and of all customers, key None)."""
    result: dict[int | None, list[CurvePoint]] = {None: experience_curve(state)}
    for segment in state.segments():
        result[segment.id] = experience_curve(state, segment.id)
    return result

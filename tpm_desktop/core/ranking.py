"""Priorities over all touchpoints: metrics, ranking, super-touchpoints and map order."""

from __future__ import annotations

from collections.abc import Iterable

from tpm_desktop.core import scoring, segments
from tpm_desktop.core.axes import MapAxes, arrange
from tpm_desktop.core.changes import ChangeSet
from tpm_desktop.core.edits.builder import Builder
from tpm_desktop.core.model import Touchpoint
from tpm_desktop.core.state import ProjectState

PRIORITY_EXPERIENCE_SETTING = "priority.experience"


def counts_experience(state: ProjectState) -> bool:
    """Whether negative customer experience adds to the need (on unless switched off)."""
    return state.setting(PRIORITY_EXPERIENCE_SETTING, True) is not False


def touchpoint_metrics(state: ProjectState, touchpoint_id: int) -> scoring.Metrics:
    """Weighted as-is and target score, relevance, priority index and gap of one touchpoint."""
    return all_metrics(state, [touchpoint_id])[touchpoint_id]


def all_metrics(
    state: ProjectState, ids: Iterable[int] | None = None, *, segment_id: int | None = None
) -> dict[int, scoring.Metrics]:
    """The metrics of every touchpoint (or of `ids`) by id, as `scoring.metrics` rules.

    With `segment_id`, only the touchpoints relevant to that segment, with its score
    overrides and experience (core.segments). The catalogue is split and its
    reference scale looked up once, not per touchpoint, which matters with
    thousands of touchpoints.
    """
    criteria = state.criteria
    performance = scoring.performance_criteria(criteria)
    relevant = scoring.relevance_criteria(criteria)
    scale = scoring.reference_scale(criteria)
    with_experience = counts_experience(state)
    result: dict[int, scoring.Metrics] = {}
    chosen = state.touchpoints if ids is None else ids
    if segment_id is not None:
        members = segments.relevant_ids(state, segment_id)
        chosen = [tid for tid in chosen if tid in members]
    for tid in chosen:
        touchpoint = state.touchpoints[tid]
        scores = segments.effective_scores(state, tid, segment_id)
        experience = segments.experience_for(state, tid, segment_id)
        as_is = target = None
        if scores:
            as_is_fraction = scoring.weighted_fraction(
                (c, scores[c.id].as_is if c.id in scores else None) for c in performance
            )
            target_fraction = scoring.weighted_fraction(
                (c, scores[c.id].target if c.id in scores else None) for c in performance
            )
            as_is = None if as_is_fraction is None else scale.denormalise(as_is_fraction)
            target = None if target_fraction is None else scale.denormalise(target_fraction)
        importance, source = scoring.relevance(relevant, scores, touchpoint.relevance)
        shortfall = scoring.need(as_is, target, scale, experience if with_experience else None)
        result[tid] = scoring.Metrics(
            as_is=as_is,
            target=target,
            priority=scoring.priority_index(importance, shortfall),
            gap=scoring.gap(as_is, target),
            relevance=importance,
            relevance_source=source,
        )
    return result


def ranked(state: ProjectState, metrics: dict[int, scoring.Metrics] | None = None) -> list[int]:
    """Touchpoint ids by priority index, highest first; unrated last.

    Ties go to the more relevant touchpoint, then the larger gap, then the name.
    Only the touchpoints in `metrics` are ranked (a segment's, for instance).
    """
    metrics = metrics if metrics is not None else all_metrics(state)

    def key(touchpoint: Touchpoint) -> tuple:
        m = metrics[touchpoint.id]
        return (
            m.priority is None,
            -(m.priority or 0.0),
            -m.relevance,
            -(m.gap or 0.0),
            touchpoint.name.casefold(),
            touchpoint.id,
        )

    members = [tp for tp in state.touchpoints.values() if tp.id in metrics]
    return [tp.id for tp in sorted(members, key=key)]


def super_order(
    state: ProjectState, metrics: dict[int, scoring.Metrics] | None = None
) -> list[int]:
    """Touchpoint ids as candidates for super-touchpoints: by relevance, then priority.

    Super-touchpoints are the moments that matter most to the customer, so they are
    chosen by relevance, not by how badly one performs; unrated ones come last.
    """
    metrics = metrics if metrics is not None else all_metrics(state)
    order = ranked(state, metrics)
    # stable sort: the priority order breaks ties in relevance
    return sorted(order, key=lambda tid: (metrics[tid].priority is None, -metrics[tid].relevance))


def suggest_super(state: ProjectState, count: int) -> list[int]:
    """The `count` rated touchpoints to make super-touchpoints, best first."""
    metrics = all_metrics(state)
    rated = [tid for tid in super_order(state, metrics) if metrics[tid].priority is not None]
    return rated[: max(0, count)]


def super_changes(state: ProjectState, chosen: Iterable[int]) -> ChangeSet:
    """Mark exactly the chosen touchpoints as super-touchpoints (and no others)."""
    wanted = set(chosen)
    b = Builder(state)
    for touchpoint in state.touchpoints.values():
        flag = touchpoint.id in wanted
        if touchpoint.is_super != flag:
            b.update(Touchpoint, touchpoint.id, is_super=flag)
    return b.build()


def map_order(state: ProjectState) -> list[int]:
    """Touchpoint ids in the map's reading order: row by row, cell by cell, card by card."""
    axes = MapAxes.of(state)
    cells = arrange(state, axes)
    order: list[int] = []
    for row in state.lanes(axes.rows):
        for column in state.lanes(axes.columns):
            order.extend(tp.id for tp in cells.get((row.id, column.id), ()))
    return order


def neighbour(order: list[int], current: int | None, step: int) -> int | None:
    """The id `step` places after `current` in `order`, stopping at either end.

    Without a current id (or one not in `order`) it is the first one going forward
    and the last one going back.
    """
    if not order:
        return None
    if current is None or current not in order:
        return order[0] if step >= 0 else order[-1]
    index = max(0, min(len(order) - 1, order.index(current) + step))
    return order[index]

"""Edits of the criteria catalogue and of scores."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from typing import Any

from tpm_desktop.core.changes import ChangeSet
from tpm_desktop.core.edits.builder import Builder
from tpm_desktop.core.enums import CriterionRole
from tpm_desktop.core.errors import EditError
from tpm_desktop.core.model import Criterion, Score, SegmentScore, Touchpoint, WorkshopRating
from tpm_desktop.core.scoring import Scale
from tpm_desktop.core.state import ProjectState
from tpm_desktop.core.text import checked_name, checked_text

UNSET: Any = object()


def _clean(fields: dict[str, Any]) -> dict[str, Any]:
    cleaned: dict[str, Any] = {}
    for name, value in fields.items():
        if name == "name":
            value = checked_name(value)
        elif name == "description":
            value = checked_text(value)
        elif name == "weight":
            value = float(value)
            if not 0 <= value <= 1000:
                raise EditError("value_out_of_range", value=value, low=0, high=1000)
        elif name in ("scale_min", "scale_max"):
            value = int(value)
        elif name == "role":
            value = CriterionRole(value)
        else:
            raise ValueError(f"not an editable criterion field: {name}")
        cleaned[name] = value
    return cleaned


def add_criterion(state: ProjectState, name: str, **fields: Any) -> tuple[ChangeSet, int]:
    """A new criterion at the end of the catalogue."""
    b = Builder(state)
    values = _clean({"name": name, **fields})
    criterion_id = b.new_id(Criterion)
    position = max((c.position for c in state.criteria), default=-1) + 1
    criterion = Criterion(id=criterion_id, position=position, **values)
    if criterion.scale_min >= criterion.scale_max:
        raise EditError(
            "value_out_of_range", value=criterion.scale_min, low="-", high=criterion.scale_max
        )
    b.put(criterion)
    return b.build(), criterion_id


def update_criterion(state: ProjectState, criterion_id: int, **fields: Any) -> ChangeSet:
    """Rename a criterion or change its description or weight (see rescale for scales)."""
    values = _clean(fields)
    if "scale_min" in values or "scale_max" in values:
        raise ValueError("use change_scale to change a criterion's scale")
    b = Builder(state)
    b.update(Criterion, criterion_id, **values)
    return b.build()


def change_scale(
    state: ProjectState, criterion_id: int, scale_min: int, scale_max: int
) -> ChangeSet:
    """Give a criterion a new scale and map its scores (and ratings) linearly onto it."""
    if scale_min >= scale_max:
        raise EditError("value_out_of_range", value=scale_min, low="-", high=scale_max)
    b = Builder(state)
    criterion = b.require(Criterion, criterion_id)
    old, new = Scale(criterion.scale_min, criterion.scale_max), Scale(scale_min, scale_max)
    b.put(dataclasses.replace(criterion, scale_min=scale_min, scale_max=scale_max))
    for score in state.table(Score).values():
        if score.criterion_id != criterion_id:
            continue
        factor = (new.maximum - new.minimum) / (old.maximum - old.minimum)
        b.put(
            dataclasses.replace(
                score,
                as_is=_rescaled(score.as_is, old, new),
                target=_rescaled(score.target, old, new),
                as_is_spread=None if score.as_is_spread is None else score.as_is_spread * factor,
            )
        )
    for rating in state.table(WorkshopRating).values():
        if rating.criterion_id == criterion_id:
            value = _rescaled(rating.value, old, new)
            b.put(dataclasses.replace(rating, value=value))
    return b.build()


def _rescaled(value: float | None, old: Scale, new: Scale) -> float | None:
    if value is None:
        return None
    result = new.denormalise(old.normalise(value))
    # Keep whole numbers whole where the mapping allows (1..5 -> 1..9 etc.).
    return round(result, 6)


def delete_criterion(state: ProjectState, criterion_id: int) -> ChangeSet:
    """Remove a criterion with its scores and workshop ratings."""
    b = Builder(state)
    b.require(Criterion, criterion_id)
    b.delete_all(s for s in state.table(Score).values() if s.criterion_id == criterion_id)
    b.delete_all(r for r in state.table(WorkshopRating).values() if r.criterion_id == criterion_id)
    b.delete_all(s for s in state.table(SegmentScore).values() if s.criterion_id == criterion_id)
    b.delete(Criterion, criterion_id)
    remaining = sorted(
        (c for c in b.all(Criterion) if c.id != criterion_id), key=lambda c: (c.position, c.id)
    )
    for position, criterion in enumerate(remaining):
        b.put(dataclasses.replace(criterion, position=position))
    return b.build()


def reorder_criteria(state: ProjectState, ordered_ids: Sequence[int]) -> ChangeSet:
    """Put the catalogue into the given order (all ids, each once)."""
    current = state.table(Criterion)
    if sorted(ordered_ids) != sorted(current):
        raise ValueError("reorder needs every criterion id exactly once")
    b = Builder(state)
    for position, criterion_id in enumerate(ordered_ids):
        b.put(dataclasses.replace(current[criterion_id], position=position))
    return b.build()


def _checked_score(criterion: Criterion, value: float | None) -> float | None:
    if value is None:
        return None
    value = float(value)
    if not criterion.scale_min <= value <= criterion.scale_max:
        raise EditError(
            "value_out_of_range", value=value, low=criterion.scale_min, high=criterion.scale_max
        )
    return value


def set_scores(
    state: ProjectState,
    touchpoint_ids: Iterable[int],
    criterion_id: int,
    as_is: float | None = UNSET,
    target: float | None = UNSET,
) -> ChangeSet:
    """Set the as-is and/or target score of one criterion on each touchpoint.

    None means "not rated". Setting the as-is value by hand drops its workshop spread.
    A score with neither value is removed rather than kept empty.
    """
    b = Builder(state)
    criterion = b.require(Criterion, criterion_id)
    for touchpoint_id in touchpoint_ids:
        b.require(Touchpoint, touchpoint_id)
        score = b.get(Score, (touchpoint_id, criterion_id)) or Score(touchpoint_id, criterion_id)
        if as_is is not UNSET:
            score = dataclasses.replace(
                score,
                as_is=_checked_score(criterion, as_is),
                as_is_spread=None,
                as_is_count=None,
            )
        if target is not UNSET:
            score = dataclasses.replace(score, target=_checked_score(criterion, target))
        if score.as_is is None and score.target is None:
            b.delete(Score, score.key)
        else:
            b.put(score)
    return b.build()

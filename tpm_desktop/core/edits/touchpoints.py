"""Edits of touchpoints: add, change, move between and within cells, delete, duplicate."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from typing import Any

from tpm_desktop.core.axes import MapAxes, card_sort_key, hidden_rank
from tpm_desktop.core.changes import ChangeSet
from tpm_desktop.core.edits.builder import Builder
from tpm_desktop.core.enums import EXPERIENCE_MAX, EXPERIENCE_MIN, Decision, MediaType
from tpm_desktop.core.errors import EditError
from tpm_desktop.core.ids import fresh_copy
from tpm_desktop.core.model import (
    Channel,
    Combination,
    Comment,
    Department,
    Evidence,
    Kpi,
    Measure,
    Measurement,
    Phase,
    Score,
    SegmentScore,
    Touchpoint,
    TouchpointSegment,
    WorkshopRating,
)
from tpm_desktop.core.state import LANE_FIELDS, ProjectState
from tpm_desktop.core.text import checked_line, checked_name, checked_text, clean_line

# Field name -> how a user value is checked and cleaned before it is stored.
_TEXT_FIELDS = {"description", "as_is", "target"}
_LINE_FIELDS = {"responsible"}
MAX_CODE_LENGTH = 16


def clean_fields(fields: dict[str, Any]) -> dict[str, Any]:
    """Validate and clean user-supplied touchpoint fields; raises EditError."""
    cleaned: dict[str, Any] = {}
    for name, value in fields.items():
        if name == "name":
            value = checked_name(value)
        elif name in _TEXT_FIELDS:
            value = checked_text(value)
        elif name in _LINE_FIELDS:
            value = checked_line(value)
        elif name in ("experience", "target_experience"):
            if value is not None and not EXPERIENCE_MIN <= int(value) <= EXPERIENCE_MAX:
                raise EditError(
                    "value_out_of_range", value=value, low=EXPERIENCE_MIN, high=EXPERIENCE_MAX
                )
            value = None if value is None else int(value)
        elif name == "code":
            value = checked_code(value)
        elif name == "relevance":
            # relevance is a share of "matters most": 0..100, like the priority index
            if value is not None and not (0 <= float(value) <= 100):
                raise EditError("value_out_of_range", value=value, low=0, high=100)
            value = None if value is None else float(value)
        elif name == "decision":
            value = Decision(value)
        elif name == "media_type":
            value = None if value is None else MediaType(value)
        elif name == "budget":
            if value is not None and (value != value or value < 0 or value > 1e12):
                raise EditError("value_out_of_range", value=value, low=0, high="10^12")
            value = None if value is None else float(value)
        elif name in ("is_super", "budget_locked"):
            value = bool(value)
        elif name in ("department_id", "channel_id", "phase_id", "position"):
            value = int(value)
        else:
            raise ValueError(f"not an editable touchpoint field: {name}")
        cleaned[name] = value
    return cleaned


def checked_code(value: str) -> str:
    """A short id as stored: one word of at most MAX_CODE_LENGTH characters, or EditError."""
    code = clean_line(value)
    if not code:
        raise EditError("code_empty")
    if len(code) > MAX_CODE_LENGTH:
        raise EditError("code_too_long", limit=MAX_CODE_LENGTH)
    if any(character.isspace() for character in code):
        raise EditError("code_spaces")
    return code


def code_key(code: str) -> str:
    """A short id as compared: "t17" and "T17" are the same id."""
    return code.casefold()


def code_owner(state: ProjectState, code: str, other_than: Iterable[int] = ()) -> Touchpoint | None:
    """The touchpoint (other than `other_than`) that has the short id `code`, if any."""
    key, skip = code_key(code), set(other_than)
    return next(
        (tp for tp in state.touchpoints.values() if tp.id not in skip and code_key(tp.code) == key),
        None,
    )


def _check_lanes(b: Builder, touchpoint: Touchpoint) -> None:
    b.require(Department, touchpoint.department_id)
    b.require(Channel, touchpoint.channel_id)
    b.require(Phase, touchpoint.phase_id)


def cards_in(b: Builder, **lanes: int) -> list[Touchpoint]:
    """The touchpoints in the given lanes, pending edits included, without a full scan."""
    found: dict[int, Touchpoint] = {}
    for touchpoint_id in b.state.touchpoint_ids_in(**lanes):
        touchpoint = b.get(Touchpoint, touchpoint_id)
        if touchpoint is not None:
            found[touchpoint_id] = touchpoint
    for key, record in b.pending(Touchpoint).items():
        if record is None or any(getattr(record, name) != value for name, value in lanes.items()):
            found.pop(key, None)  # type: ignore[call-overload]
        else:
            found[record.id] = record
    return list(found.values())


def _full_cell(touchpoint: Touchpoint) -> dict[str, int]:
    return {
        "department_id": touchpoint.department_id,
        "channel_id": touchpoint.channel_id,
        "phase_id": touchpoint.phase_id,
    }


def _end_position(b: Builder, touchpoint: Touchpoint) -> int:
    same_cell = [
        tp.position for tp in cards_in(b, **_full_cell(touchpoint)) if tp.id != touchpoint.id
    ]
    return max(same_cell, default=-1) + 1


def add_touchpoint(
    state: ProjectState,
    name: str,
    department_id: int,
    channel_id: int,
    phase_id: int,
    **fields: Any,
) -> tuple[ChangeSet, int]:
    """A new touchpoint at the end of its cell; returns the change set and its id."""
    b = Builder(state)
    new_id = add_touchpoint_to(b, name, department_id, channel_id, phase_id, **fields)
    return b.build(), new_id


def add_touchpoint_to(
    b: Builder, name: str, department_id: int, channel_id: int, phase_id: int, **fields: Any
) -> int:
    """Add a touchpoint within a larger edit; returns its id."""
    values = clean_fields(
        {
            "name": name,
            "department_id": department_id,
            "channel_id": channel_id,
            "phase_id": phase_id,
            **fields,
        }
    )
    position = values.pop("position", None)
    values.setdefault("code", b.state.next_code())
    touchpoint = Touchpoint(id=b.new_id(Touchpoint), **values)
    _check_lanes(b, touchpoint)
    touchpoint = dataclasses.replace(
        touchpoint, position=_end_position(b, touchpoint) if position is None else position
    )
    b.put(touchpoint)
    return touchpoint.id


def update_touchpoints(state: ProjectState, ids: Iterable[int], **fields: Any) -> ChangeSet:
    """Set the same field values on each of the given touchpoints.

    A short id (`code`) must be unique in the project, so it is set on one touchpoint only.
    """
    values = clean_fields(fields)
    ids = list(ids)
    if "code" in values:
        owner = code_owner(state, values["code"], ids[:1])
        if owner is not None or len(ids) > 1:
            owner = owner or state.touchpoints[ids[1]]
            raise EditError("code_taken", short_id=values["code"], name=owner.name)
    b = Builder(state)
    for touchpoint_id in ids:
        touchpoint = b.update(Touchpoint, touchpoint_id, **values)
        _check_lanes(b, touchpoint)
    return b.build()


def move_touchpoints(
    state: ProjectState,
    axes: MapAxes,
    ids: Sequence[int],
    row_id: int,
    column_id: int,
    index: int | None = None,
) -> ChangeSet:
    """Move cards into a visible cell at `index` of its order, keeping their relative order.

    `index` counts the cell's cards without the moved ones; None appends. Each
    card keeps its lane of the hidden dimension, so cards of one hidden lane stay
    together in the cell. Positions in the target cell are renumbered.
    """
    b = Builder(state)
    move_touchpoints_in(b, axes, ids, row_id, column_id, index)
    return b.build()


def move_touchpoints_in(
    b: Builder,
    axes: MapAxes,
    ids: Sequence[int],
    row_id: int,
    column_id: int,
    index: int | None = None,
) -> None:
    """move_touchpoints within a larger edit."""
    placement = axes.placement(row_id, column_id)
    moved_ids = set(ids)
    rank = hidden_rank(b.state, axes)
    moving = sorted(
        (b.require(Touchpoint, tid) for tid in moved_ids),
        key=lambda tp: (axes.cell_of(tp), card_sort_key(tp, axes, rank)),
    )
    staying = sorted(
        (tp for tp in cards_in(b, **placement) if tp.id not in moved_ids),
        key=lambda tp: card_sort_key(tp, axes, rank),
    )
    index = len(staying) if index is None else max(0, min(index, len(staying)))
    arranged = [
        *staying[:index],
        *(dataclasses.replace(tp, **placement) for tp in moving),
        *staying[index:],
    ]
    # Stable: keeps the drop order inside each hidden lane.
    hidden_field = LANE_FIELDS[axes.hidden]
    arranged.sort(key=lambda tp: rank.get(getattr(tp, hidden_field), 0))
    # Positions only order the cards of one hidden lane (= one stored cell). Keep
    # every position that is already in order and renumber only where needed, so
    # that a move writes a few rows, not the whole cell.
    last: dict[int, int] = {}
    for touchpoint in arranged:
        lane = getattr(touchpoint, hidden_field)
        previous = last.get(lane, -1)
        if touchpoint.id in moved_ids or touchpoint.position <= previous:
            position = previous + 1
        else:
            position = touchpoint.position
        last[lane] = position
        if touchpoint.id in moved_ids:
            updated = dataclasses.replace(touchpoint, position=position)
            _check_lanes(b, updated)
            b.put(updated)
        elif position != touchpoint.position:
            b.put(dataclasses.replace(touchpoint, position=position))


def dependents(state: ProjectState, touchpoint_id: int) -> list:
    """Every record that must go with a touchpoint, children before their parents."""
    records: list = []
    for kpi in state.children(Kpi, touchpoint_id):
        records += state.children(Measurement, kpi.id)
        records.append(kpi)
    records += state.children(Measure, touchpoint_id)
    records += state.children(Score, touchpoint_id)
    records += state.children(WorkshopRating, touchpoint_id)
    records += state.children(Combination, touchpoint_id)
    records += state.children(SegmentScore, touchpoint_id)
    records += state.children(TouchpointSegment, touchpoint_id)
    records += state.children(Evidence, touchpoint_id)
    # The store deletes a thread's replies before the comments they answer.
    records += state.children(Comment, touchpoint_id)
    records += [c for c in state.table(Combination).values() if c.partner_id == touchpoint_id]
    return records


def delete_touchpoints_in(b: Builder, ids: Iterable[int]) -> None:
    """Delete touchpoints and all that hangs on them, within a larger edit."""
    for touchpoint_id in ids:
        b.require(Touchpoint, touchpoint_id)
        b.delete_all(dependents(b.state, touchpoint_id))
        b.delete(Touchpoint, touchpoint_id)


def delete_touchpoints(state: ProjectState, ids: Iterable[int]) -> ChangeSet:
    """Delete touchpoints with their scores, measures, KPIs, measurements and ratings."""
    b = Builder(state)
    delete_touchpoints_in(b, ids)
    return b.build()


def duplicate_touchpoints(state: ProjectState, ids: Sequence[int]) -> tuple[ChangeSet, list[int]]:
    """Copies of touchpoints (with their scores) right after the originals."""
    b = Builder(state)
    new_ids: list[int] = []
    for touchpoint_id in ids:
        original = b.require(Touchpoint, touchpoint_id)
        copy = fresh_copy(original, id=b.new_id(Touchpoint), code=b.state.next_code())
        # Make room right after the original in its cell.
        for other in cards_in(b, **_full_cell(original)):
            if other.position > original.position and other.id != original.id:
                b.put(dataclasses.replace(other, position=other.position + 1))
        b.put(dataclasses.replace(copy, position=original.position + 1))
        for score in state.children(Score, touchpoint_id):
            b.put(dataclasses.replace(score, touchpoint_id=copy.id))
        new_ids.append(copy.id)
    return b.build(), new_ids


def touchpoint_count_in_lane(state: ProjectState, field: str, lane_id: int) -> int:
    """How many touchpoints sit in a lane."""
    return sum(1 for tp in state.touchpoints.values() if getattr(tp, field) == lane_id)

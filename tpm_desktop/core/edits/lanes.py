"""Edits of lanes (departments, channels, phases): add, change, reorder, delete."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Any

from tpm_desktop.core.changes import ChangeSet
from tpm_desktop.core.defaults import PALETTE
from tpm_desktop.core.edits.builder import Builder
from tpm_desktop.core.edits.touchpoints import delete_touchpoints_in
from tpm_desktop.core.enums import ChannelKind, Dimension
from tpm_desktop.core.errors import EditError
from tpm_desktop.core.model import Channel, Department, Phase, RoundTouchpoint, Touchpoint
from tpm_desktop.core.state import LANE_FIELDS, LANE_TYPES, ProjectState
from tpm_desktop.core.text import checked_line, checked_name

Lane = Department | Channel | Phase


def _clean(dimension: Dimension, fields: dict[str, Any]) -> dict[str, Any]:
    cleaned: dict[str, Any] = {}
    for name, value in fields.items():
        if name == "name":
            value = checked_name(value)
        elif name in ("contact_person", "contact_email"):
            value = checked_line(value)
        elif name == "color":
            value = _checked_color(value)
        elif name == "kind" and dimension is Dimension.CHANNEL:
            value = ChannelKind(value)
        else:
            raise ValueError(f"not an editable {dimension.value} field: {name}")
        cleaned[name] = value
    return cleaned


def _checked_color(value: str) -> str:
    text = str(value).strip().lower()
    if len(text) != 7 or text[0] != "#" or any(c not in "0123456789abcdef" for c in text[1:]):
        raise ValueError(f"not a colour: {value!r}")
    return text


def add_lane(
    state: ProjectState, dimension: Dimension, name: str, **fields: Any
) -> tuple[ChangeSet, int]:
    """A new lane at the end of its dimension; returns the change set and its id."""
    b = Builder(state)
    lane_id = add_lane_to(b, dimension, name, **fields)
    return b.build(), lane_id


def add_lane_to(b: Builder, dimension: Dimension, name: str, **fields: Any) -> int:
    """Add a lane within a larger edit; returns its id."""
    kind = LANE_TYPES[dimension]
    values = _clean(dimension, {"name": name, **fields})
    existing = b.all(kind)
    lane_id = b.new_id(kind)
    position = max((lane.position for lane in existing), default=-1) + 1
    if kind is not Phase and "color" not in values:
        values["color"] = PALETTE[len(existing) % len(PALETTE)]
    b.put(kind(id=lane_id, position=position, **values))
    return lane_id


def update_lane(
    state: ProjectState, dimension: Dimension, lane_id: int, **fields: Any
) -> ChangeSet:
    """Rename, recolour or otherwise change one lane."""
    b = Builder(state)
    b.update(LANE_TYPES[dimension], lane_id, **_clean(dimension, fields))
    return b.build()


def reorder_lanes(
    state: ProjectState, dimension: Dimension, ordered_ids: Sequence[int]
) -> ChangeSet:
    """Put the lanes of a dimension into the given order (all ids, each once)."""
    kind = LANE_TYPES[dimension]
    current = state.table(kind)
    if sorted(ordered_ids) != sorted(current):
        raise ValueError("reorder needs every lane id exactly once")
    b = Builder(state)
    for position, lane_id in enumerate(ordered_ids):
        b.put(dataclasses.replace(current[lane_id], position=position))
    return b.build()


def move_lane(state: ProjectState, dimension: Dimension, lane_id: int, index: int) -> ChangeSet:
    """Move one lane to `index` in map order (as when its header is dragged).

    Channels are shown grouped online first, so a channel only changes places
    within its group; its kind changes through update_lane.
    """
    order = [lane.id for lane in state.lanes(dimension)]
    if lane_id not in order:
        raise EditError("unknown_record")
    order.remove(lane_id)
    order.insert(max(0, min(index, len(order))), lane_id)
    return reorder_lanes(state, dimension, order)


def delete_lane(
    state: ProjectState, dimension: Dimension, lane_id: int, move_to: int | None = None
) -> ChangeSet:
    """Delete a lane; its touchpoints move to lane `move_to`, or are deleted when None."""
    kind = LANE_TYPES[dimension]
    b = Builder(state)
    b.require(kind, lane_id)
    if len(state.table(kind)) <= 1:
        raise EditError("last_lane")
    field = LANE_FIELDS[dimension]
    inside = sorted(
        (tp for tp in state.touchpoints.values() if getattr(tp, field) == lane_id),
        key=lambda tp: (tp.position, tp.id),
    )
    if move_to is None:
        delete_touchpoints_in(b, (tp.id for tp in inside))
    else:
        if move_to == lane_id:
            raise ValueError("cannot move touchpoints into the lane being deleted")
        b.require(kind, move_to)
        ends: dict[tuple[int, int, int], int] = {}
        for tp in state.touchpoints.values():
            cell = (tp.department_id, tp.channel_id, tp.phase_id)
            ends[cell] = max(ends.get(cell, -1), tp.position)
        for tp in inside:
            moved = dataclasses.replace(tp, **{field: move_to})
            cell = (moved.department_id, moved.channel_id, moved.phase_id)
            ends[cell] = ends.get(cell, -1) + 1
            b.put(dataclasses.replace(moved, position=ends[cell]))
    if dimension is Dimension.DEPARTMENT:
        # Round snapshots keep the department's name; an id left pointing at the
        # deleted lane would name whichever lane takes the id next.
        for entry in state.table(RoundTouchpoint).values():
            if entry.department_id == lane_id:
                b.put(dataclasses.replace(entry, department_id=None))
    b.delete(kind, lane_id)
    remaining = sorted(
        (lane for lane in b.all(kind) if lane.id != lane_id), key=lambda lane: lane.position
    )
    for position, lane in enumerate(remaining):
        b.put(dataclasses.replace(lane, position=position))
    return b.build()


def lane_touchpoints(state: ProjectState, dimension: Dimension, lane_id: int) -> list[Touchpoint]:
    """The touchpoints in one lane."""
    field = LANE_FIELDS[dimension]
    return [tp for tp in state.touchpoints.values() if getattr(tp, field) == lane_id]

"""Copying touchpoints as text and pasting them into a project (the map's clipboard).

The payload is JSON: the touchpoints' own fields, the names of their lanes and
their scores by criterion name, so that a paste into another project finds the
matching lanes and criteria. Anything read back is untrusted: a malformed payload
raises ValueError, bad field values raise EditError, and nothing is half-pasted.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from tpm_desktop.core.axes import MapAxes
from tpm_desktop.core.changes import ChangeSet
from tpm_desktop.core.edits.builder import Builder
from tpm_desktop.core.edits.touchpoints import add_touchpoint_to, move_touchpoints_in
from tpm_desktop.core.enums import Dimension
from tpm_desktop.core.model import Score, Touchpoint
from tpm_desktop.core.state import LANE_FIELDS, ProjectState

MIME_TYPE = "application/x-tpm-touchpoints"
FORMAT = "tpm-desktop/touchpoints"
VERSION = 1
MAX_TOUCHPOINTS = 10_000
MAX_PAYLOAD_CHARS = 200_000_000

COPIED_FIELDS = (
    "description",
    "media_type",
    "responsible",
    "as_is",
    "target",
    "experience",
    "decision",
    "is_super",
    "budget",
)


@dataclass(frozen=True)
class Draft:
    """A touchpoint read from the clipboard, not yet part of any project."""

    name: str
    fields: dict[str, Any] = field(default_factory=dict)
    lanes: dict[Dimension, tuple[int | None, str]] = field(default_factory=dict)
    scores: tuple[tuple[str, float | None, float | None], ...] = ()


def copy_payload(state: ProjectState, ids: Sequence[int]) -> str:
    """The JSON text for the given touchpoints, in the given order (unknown ids skipped)."""
    criteria = {c.id: c.name for c in state.criteria}
    items: list[dict[str, Any]] = []
    for touchpoint_id in ids:
        touchpoint = state.get(Touchpoint, touchpoint_id)
        if touchpoint is None:
            continue
        item: dict[str, Any] = {"name": touchpoint.name}
        for name in COPIED_FIELDS:
            value = getattr(touchpoint, name)
            item[name] = getattr(value, "value", value)
        lanes: dict[str, dict[str, Any]] = {}
        for dimension, lane_field in LANE_FIELDS.items():
            lane_id = getattr(touchpoint, lane_field)
            lane = next((x for x in state.lanes(dimension) if x.id == lane_id), None)
            lanes[dimension.value] = {"id": lane_id, "name": lane.name if lane else ""}
        item["lanes"] = lanes
        item["scores"] = [
            {"criterion": criteria[s.criterion_id], "as_is": s.as_is, "target": s.target}
            for s in state.scores_of(touchpoint_id).values()
            if s.criterion_id in criteria
        ]
        items.append(item)
    return json.dumps(
        {"format": FORMAT, "version": VERSION, "touchpoints": items}, ensure_ascii=False
    )


def plain_text(state: ProjectState, ids: Sequence[int]) -> str:
    """The touchpoints' names, one per line, for pasting into other programs."""
    names = [state.touchpoints[i].name for i in ids if i in state.touchpoints]
    return "\n".join(names)


def parse_payload(text: str) -> list[Draft]:
    """Read a payload made by copy_payload; ValueError when it is not one."""
    if not isinstance(text, str) or len(text) > MAX_PAYLOAD_CHARS:
        raise ValueError("not a touchpoint payload")
    try:
        data = json.loads(text)
    except (ValueError, RecursionError) as exc:
        raise ValueError("not a touchpoint payload") from exc
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ValueError("not a touchpoint payload")
    items = data.get("touchpoints")
    if not isinstance(items, list) or not items or len(items) > MAX_TOUCHPOINTS:
        raise ValueError("no touchpoints in the payload")
    return [_draft(item) for item in items]


def _draft(item: object) -> Draft:
    if not isinstance(item, dict) or not isinstance(item.get("name"), str):
        raise ValueError("a touchpoint without a name")
    fields = {name: item[name] for name in COPIED_FIELDS if name in item}
    for name in ("description", "responsible", "as_is", "target"):
        if name in fields and not isinstance(fields[name], str):
            del fields[name]
    lanes: dict[Dimension, tuple[int | None, str]] = {}
    raw_lanes = item.get("lanes")
    if isinstance(raw_lanes, dict):
        for dimension in Dimension:
            ref = raw_lanes.get(dimension.value)
            if isinstance(ref, dict):
                lane_id = ref.get("id")
                name = ref.get("name")
                lanes[dimension] = (
                    lane_id if isinstance(lane_id, int) and not isinstance(lane_id, bool) else None,
                    name if isinstance(name, str) else "",
                )
    scores: list[tuple[str, float | None, float | None]] = []
    raw_scores = item.get("scores")
    if isinstance(raw_scores, list):
        for score in raw_scores:
            if isinstance(score, dict) and isinstance(score.get("criterion"), str):
                scores.append(
                    (score["criterion"], _number(score.get("as_is")), _number(score.get("target")))
                )
    return Draft(item["name"], fields, lanes, tuple(scores))


def _number(value: object) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value) if value == value else None


def _lane_for(state: ProjectState, dimension: Dimension, ref: tuple[int | None, str]) -> int:
    lanes = state.lanes(dimension)
    lane_id, name = ref
    for lane in lanes:
        if lane.id == lane_id and lane.name == name:
            return lane.id
    folded = name.casefold()
    for lane in lanes:
        if folded and lane.name.casefold() == folded:
            return lane.id
    for lane in lanes:
        if lane.id == lane_id:
            return lane.id
    return lanes[0].id


def paste_touchpoints(
    state: ProjectState,
    drafts: Sequence[Draft],
    axes: MapAxes,
    cell: tuple[int, int] | None = None,
    index: int | None = None,
    fallback: dict[str, int] | None = None,
) -> tuple[ChangeSet, list[int]]:
    """New touchpoints from drafts; returns the change set and the new ids in order.

    With a cell, all of them go into that visible cell at `index` (None: at its
    end), keeping their lane of the hidden dimension when the project has it.
    Without one, each goes to the lanes named like its own, else to the first.
    A draft that names no lane of a dimension (pasted text) takes the lane from
    `fallback` (touchpoint field -> lane id) when given. Raises EditError for
    invalid field values.
    """
    b = Builder(state)
    criteria = {c.name.casefold(): c for c in state.criteria}
    new_ids: list[int] = []
    for draft in drafts:
        lanes = {}
        for dimension in Dimension:
            field_name = LANE_FIELDS[dimension]
            if dimension not in draft.lanes and fallback and field_name in fallback:
                lanes[field_name] = fallback[field_name]
            else:
                ref = draft.lanes.get(dimension, (None, ""))
                lanes[field_name] = _lane_for(state, dimension, ref)
        if cell is not None:
            lanes.update(axes.placement(*cell))
        new_id = add_touchpoint_to(b, draft.name, **lanes, **draft.fields)
        new_ids.append(new_id)
        for criterion_name, as_is, target in draft.scores:
            criterion = criteria.get(criterion_name.casefold())
            if criterion is None:
                continue
            low, high = criterion.scale_min, criterion.scale_max
            as_is = as_is if as_is is not None and low <= as_is <= high else None
            target = target if target is not None and low <= target <= high else None
            if as_is is not None or target is not None:
                b.put(Score(new_id, criterion.id, as_is, target))
    if cell is not None and new_ids:
        move_touchpoints_in(b, axes, new_ids, cell[0], cell[1], index)
    return b.build(), new_ids

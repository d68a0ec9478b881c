"""Edits of customer segments and of a touchpoint's relevance, experience and scores per segment."""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Iterable
from typing import Any

from tpm_desktop.core.attachments import (
    MAX_FILE_BYTES,
    MAX_PROJECT_BYTES,
    MB,
    attached_bytes,
    image_mime,
)
from tpm_desktop.core.changes import ChangeSet
from tpm_desktop.core.edits.builder import Builder
from tpm_desktop.core.enums import EXPERIENCE_MAX, EXPERIENCE_MIN
from tpm_desktop.core.errors import EditError
from tpm_desktop.core.model import Criterion, Segment, SegmentScore, Touchpoint, TouchpointSegment
from tpm_desktop.core.state import ProjectState
from tpm_desktop.core.text import checked_name, checked_text

_COLOUR_CHARS = frozenset("0123456789abcdefABCDEF")


def _checked_fields(fields: dict[str, Any]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for name, value in fields.items():
        if name == "name":
            result[name] = checked_name(value)
        elif name == "profile":
            result[name] = checked_text(value)
        elif name == "color":
            if not (len(value) == 7 and value[0] == "#" and set(value[1:]) <= _COLOUR_CHARS):
                raise EditError("invalid_value", detail=f"colour {value[:20]!r}")
            result[name] = value.lower()
        elif name == "picture":
            result.update(_picture(value))
        else:
            raise EditError("invalid_value", detail=f"segment field {name}")
    return result


def _picture(data: bytes | None) -> dict[str, Any]:
    if not data:
        return {"picture": None, "picture_digest": ""}
    if len(data) > MAX_FILE_BYTES:
        raise EditError("attachment_too_large", "", limit=MAX_FILE_BYTES // MB)
    image_mime(data)
    return {"picture": data, "picture_digest": hashlib.sha256(data).hexdigest()}


def add_segment(state: ProjectState, name: str, **fields: Any) -> tuple[ChangeSet, int]:
    """A new segment at the end of the list."""
    b = Builder(state)
    new_id = add_segment_to(b, name, **fields)
    return b.build(), new_id


def add_segment_to(b: Builder, name: str, **fields: Any) -> int:
    """Add a segment at the end of the list to a Builder's changes (an import's, say)."""
    values = _checked_fields({"name": name, **fields})
    new_id = b.new_id(Segment)
    position = max((s.position for s in b.all(Segment)), default=-1) + 1
    b.put(Segment(id=new_id, position=position, **values))
    return new_id


def update_segment(state: ProjectState, segment_id: int, **fields: Any) -> ChangeSet:
    """Change a segment's name, profile, colour or picture (checked like an image attachment)."""
    b = Builder(state)
    old = b.require(Segment, segment_id)
    values = _checked_fields(fields)
    picture = values.get("picture")
    if picture:
        # The pictures count towards the project's attachment limit, the old one replaced.
        total = attached_bytes(state) - len(old.picture or b"") + len(picture)
        if total > MAX_PROJECT_BYTES:
            raise EditError("project_attachments_full", "", limit=MAX_PROJECT_BYTES // MB)
    b.update(Segment, segment_id, **values)
    return b.build()


def delete_segment(state: ProjectState, segment_id: int) -> ChangeSet:
    """Remove a segment with every touchpoint's relevance and scores for it."""
    b = Builder(state)
    b.require(Segment, segment_id)
    b.delete_all(s for s in state.table(SegmentScore).values() if s.segment_id == segment_id)
    b.delete_all(r for r in state.table(TouchpointSegment).values() if r.segment_id == segment_id)
    b.delete(Segment, segment_id)
    remaining = [s for s in state.segments() if s.id != segment_id]
    for position, segment in enumerate(remaining):
        b.put(dataclasses.replace(segment, position=position))
    return b.build()


def set_relevant(
    state: ProjectState, touchpoint_ids: Iterable[int], segment_id: int, relevant: bool
) -> ChangeSet:
    """Mark touchpoints relevant to a segment or not; not relevant drops its scores too."""
    b = Builder(state)
    b.require(Segment, segment_id)
    for touchpoint_id in touchpoint_ids:
        b.require(Touchpoint, touchpoint_id)
        key = (touchpoint_id, segment_id)
        if relevant:
            if b.get(TouchpointSegment, key) is None:
                b.put(TouchpointSegment(touchpoint_id, segment_id))
        else:
            b.delete_all(state.segment_scores_of(touchpoint_id, segment_id).values())
            b.delete(TouchpointSegment, key)
    return b.build()


def set_segment_experience(
    state: ProjectState, touchpoint_ids: Iterable[int], segment_id: int, experience: int | None
) -> ChangeSet:
    """Set a segment's customer experience (−2…+2 or None); makes the touchpoint relevant."""
    if experience is not None and not EXPERIENCE_MIN <= experience <= EXPERIENCE_MAX:
        raise EditError(
            "value_out_of_range", value=experience, low=EXPERIENCE_MIN, high=EXPERIENCE_MAX
        )
    b = Builder(state)
    b.require(Segment, segment_id)
    for touchpoint_id in touchpoint_ids:
        b.require(Touchpoint, touchpoint_id)
        b.put(TouchpointSegment(touchpoint_id, segment_id, experience))
    return b.build()


def set_segment_score(
    state: ProjectState,
    touchpoint_id: int,
    segment_id: int,
    criterion_id: int,
    as_is: float | None,
) -> ChangeSet:
    """Override the as-is score for one segment (None: use the general score again)."""
    b = Builder(state)
    b.require(Touchpoint, touchpoint_id)
    b.require(Segment, segment_id)
    criterion = b.require(Criterion, criterion_id)
    key = (touchpoint_id, segment_id, criterion_id)
    if as_is is None:
        b.delete(SegmentScore, key)
        return b.build()
    if not criterion.scale_min <= as_is <= criterion.scale_max:
        raise EditError(
            "value_out_of_range", value=as_is, low=criterion.scale_min, high=criterion.scale_max
        )
    if b.get(TouchpointSegment, (touchpoint_id, segment_id)) is None:
        b.put(TouchpointSegment(touchpoint_id, segment_id))
    b.put(SegmentScore(touchpoint_id, segment_id, criterion_id, float(as_is)))
    return b.build()

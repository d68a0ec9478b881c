"""Type checks for records read from a file, which may have been crafted.

SQLite lets any value into any column of a non-STRICT table, so a received file
can hold text where a number belongs. Records are checked once on load; a file
that fails is refused as damaged instead of failing later in the middle of work.
"""

from __future__ import annotations

import dataclasses
import hashlib
import math
import types
import typing
from datetime import date, datetime
from enum import Enum
from functools import cache

from tpm_desktop.core.enums import EXPERIENCE_MAX, EXPERIENCE_MIN
from tpm_desktop.core.ids import is_uuid
from tpm_desktop.core.model import (
    BLOB_FIELDS,
    UUID_TYPES,
    Comment,
    Criterion,
    Record,
    Touchpoint,
    TouchpointSegment,
)
from tpm_desktop.core.state import ProjectState

MAX_CRITERIA = 200


class InvalidContentError(ValueError):
    """A record holds a value of the wrong type or outside its domain."""


@cache
def _allowed_types(kind: type[Record]) -> tuple[tuple[str, tuple[type, ...]], ...]:
    hints = typing.get_type_hints(kind)
    result = []
    for f in dataclasses.fields(kind):
        hint = hints[f.name]
        options = typing.get_args(hint) if isinstance(hint, types.UnionType) else (hint,)
        allowed: list[type] = []
        for option in options:
            if option is type(None):
                allowed.append(type(None))
            elif option is float:
                allowed.extend((float, int))
            elif option is int:
                allowed.append(int)
            elif option is date:
                allowed.append(date)
            elif option is bytes:
                allowed.append(bytes)
            elif isinstance(option, type) and issubclass(option, Enum | str | bool | datetime):
                allowed.append(option)
        result.append((f.name, tuple(allowed)))
    return tuple(result)


def validate_record(record: Record) -> None:
    """Raise InvalidContentError when a field has a type its annotation does not allow."""
    for name, allowed in _allowed_types(type(record)):
        value = getattr(record, name)
        if not isinstance(value, allowed):
            raise InvalidContentError(f"{record.TABLE}.{name}: unexpected {type(value).__name__}")
        if value.__class__ is float and not math.isfinite(value):
            raise InvalidContentError(f"{record.TABLE}.{name}: not a finite number")


def validate_state(state: ProjectState) -> None:
    """Check every record's types plus the rules a crafted file could break."""
    for record in state.records():
        validate_record(record)
    if len(state.table(Criterion)) > MAX_CRITERIA:
        raise InvalidContentError(f"more than {MAX_CRITERIA} criteria")
    for criterion in state.table(Criterion).values():
        if criterion.scale_min >= criterion.scale_max or criterion.weight < 0:
            raise InvalidContentError(f"criterion {criterion.id}: invalid scale or weight")
    for touchpoint in state.table(Touchpoint).values():
        for experience in (touchpoint.experience, touchpoint.target_experience):
            if experience is not None and not EXPERIENCE_MIN <= experience <= EXPERIENCE_MAX:
                raise InvalidContentError(f"touchpoint {touchpoint.id}: experience out of range")
    for relevance in state.table(TouchpointSegment).values():
        value = relevance.experience
        if value is not None and not EXPERIENCE_MIN <= value <= EXPERIENCE_MAX:
            raise InvalidContentError(
                f"touchpoint_segment {relevance.key}: experience out of range"
            )
    _check_threads(state)
    _check_blobs(state)
    for kind in UUID_TYPES:
        records = state.table(kind).values()
        uuids = {record.uuid for record in records}  # type: ignore[attr-defined]
        if len(uuids) != len(records) or not all(is_uuid(u) for u in uuids):
            raise InvalidContentError(f"{kind.TABLE}: missing, malformed or repeated UUIDs")


def _check_threads(state: ProjectState) -> None:
    """A reply answers a comment of the same touchpoint, and no thread loops."""
    comments = state.table(Comment)
    for comment in comments.values():
        seen = {comment.id}
        current = comment
        while current.parent_id is not None:
            parent = comments.get(current.parent_id)
            if parent is None or parent.touchpoint_id != comment.touchpoint_id:
                raise InvalidContentError(f"comment {comment.id}: answers no comment of its card")
            if parent.id in seen:
                raise InvalidContentError(f"comment {comment.id}: its thread loops")
            seen.add(parent.id)
            current = parent


def _check_blobs(state: ProjectState) -> None:
    """Attached bytes match their digest (the merge finds bytes by it)."""
    for kind, (data_field, digest_field) in BLOB_FIELDS.items():
        for record in state.table(kind).values():
            data = getattr(record, data_field)
            digest = getattr(record, digest_field)
            actual = "" if data is None else hashlib.sha256(data).hexdigest()
            if actual != digest:
                raise InvalidContentError(f"{kind.TABLE} {record.key}: bytes do not match")

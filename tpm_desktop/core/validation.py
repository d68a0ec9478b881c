"""Type checks for records read from a file, which may have been crafted.

SQLite lets any value into any column of a non-STRICT table, so a received file
can hold text where a number belongs. Records are checked once on load; a file
that fails is refused as damaged instead of failing later in the middle of work.
"""

from __future__ import annotations

import dataclasses
import math
import types
import typing
from datetime import date, datetime
from enum import Enum
from functools import cache

from tpm_desktop.core.enums import EXPERIENCE_MAX, EXPERIENCE_MIN
from tpm_desktop.core.ids import is_uuid
from tpm_desktop.core.model import UUID_TYPES, Criterion, Record, Touchpoint
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
    for kind in UUID_TYPES:
        records = state.table(kind).values()
        uuids = {record.uuid for record in records}  # type: ignore[attr-defined]
        if len(uuids) != len(records) or not all(is_uuid(u) for u in uuids):
            raise InvalidContentError(f"{kind.TABLE}: missing, malformed or repeated UUIDs")

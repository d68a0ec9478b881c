"""Names and values of merge items as people read them (the views translate the rest)."""

from __future__ import annotations

import json
from typing import Any, Protocol

from tpm_desktop.core.merge.items import PortableState, Slot
from tpm_desktop.core.portable import REFERENCES

_MAX_VALUE_CHARS = 80


class Sides(Protocol):
    """Both copies' records: a merge plan or a comparison."""

    @property
    def ours_portable(self) -> PortableState: ...

    @property
    def theirs_portable(self) -> PortableState: ...


_REFERENCE_TABLES = {
    (kind.TABLE, name): target.TABLE
    for kind, fields in REFERENCES.items()
    for name, target in fields.items()
}


class Subjected(Protocol):
    """Anything that belongs to a touchpoint or to the project (subject None)."""

    @property
    def subject(self) -> str | None: ...


def _fields(plan: Sides, slot: Slot) -> dict[str, Any]:
    return plan.theirs_portable.get(slot) or plan.ours_portable.get(slot) or {}


def record_name(plan: Sides, slot: Slot) -> str:
    """What a record is called: its name or title, a score by its criterion."""
    table, identity = slot
    fields = _fields(plan, slot)
    if table == "setting":
        return identity
    if table == "measure":
        return str(fields.get("title", ""))
    if table == "measurement":
        return f"{fields.get('date', '')}: {fields.get('value', '')}"
    if table == "workshop_rating":
        return str(fields.get("participant", ""))
    if table == "merge_log":
        return str(fields.get("source", ""))
    if table == "comment":
        return _short(str(fields.get("text", "")))
    if table == "evidence":
        for name in ("title", "filename", "url", "quote"):
            if fields.get(name):
                return _short(str(fields[name]))
        return ""
    if table in ("touchpoint_segment", "segment_score"):
        parts = _parts(identity)
        name = record_name(plan, ("segment", parts[1])) if len(parts) > 1 else ""
        if table == "segment_score" and len(parts) > 2:
            name = f"{name}: {record_name(plan, ('criterion', parts[2]))}"
        return name
    if table in ("score", "combination"):
        parts = _parts(identity)
        other = "criterion" if table == "score" else "touchpoint"
        return record_name(plan, (other, parts[1])) if len(parts) > 1 else ""
    return str(fields.get("name", ""))


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _MAX_VALUE_CHARS else text[: _MAX_VALUE_CHARS - 1] + "…"


def subject_name(plan: Sides, item: Subjected) -> str:
    """The name of the touchpoint an item belongs to ("" for project-wide items)."""
    if item.subject is None:
        return ""
    return record_name(plan, ("touchpoint", item.subject))


def value_text(plan: Sides, table: str, field: str, value: Any) -> str:
    """A field value for the review: a lane by its name, long texts shortened."""
    target = _REFERENCE_TABLES.get((table, field))
    if target is not None and isinstance(value, str):
        text = record_name(plan, (target, value))
    elif value is None:
        text = "–"
    else:
        text = str(value)
    text = " ".join(text.split())
    if len(text) > _MAX_VALUE_CHARS:
        text = text[: _MAX_VALUE_CHARS - 1] + "…"
    return text


def _parts(identity: str) -> list[str]:
    try:
        parts = json.loads(identity)
    except ValueError:
        return []
    return [p for p in parts if isinstance(p, str)] if isinstance(parts, list) else []

"""Names and values of merge items as people read them (the views translate the rest)."""

from __future__ import annotations

import json
from typing import Any

from tpm_desktop.core.merge.items import Item, PortableState, Slot
from tpm_desktop.core.merge.plan import MergePlan
from tpm_desktop.core.portable import REFERENCES

_MAX_VALUE_CHARS = 80
_REFERENCE_TABLES = {
    (kind.TABLE, name): target.TABLE
    for kind, fields in REFERENCES.items()
    for name, target in fields.items()
}


def _fields(plan: MergePlan, slot: Slot) -> dict[str, Any]:
    return plan.theirs_portable.get(slot) or plan.ours_portable.get(slot) or {}


def record_name(plan: MergePlan, slot: Slot) -> str:
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
    if table in ("score", "combination"):
        parts = _parts(identity)
        other = "criterion" if table == "score" else "touchpoint"
        return record_name(plan, (other, parts[1])) if len(parts) > 1 else ""
    return str(fields.get("name", ""))


def subject_name(plan: MergePlan, item: Item) -> str:
    """The name of the touchpoint an item belongs to ("" for project-wide items)."""
    if item.subject is None:
        return ""
    return record_name(plan, ("touchpoint", item.subject))


def value_text(plan: MergePlan, table: str, field: str, value: Any) -> str:
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


def theirs_only(plan: MergePlan) -> PortableState:
    """The other copy's records (for views that show whole incoming records)."""
    return plan.theirs_portable

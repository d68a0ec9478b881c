"""The three-way comparison: each record of ours against theirs and the bases."""

from __future__ import annotations

import json
from typing import Any

from tpm_desktop.core.merge.items import (
    ORDER_FIELDS,
    PLACEMENT_FIELDS,
    Action,
    Conflict,
    FieldChange,
    Fields,
    Item,
    PortableState,
    Slot,
)
from tpm_desktop.core.model import RECORD_TYPES

TABLE_ORDER = {kind.TABLE: index for index, kind in enumerate(RECORD_TYPES)}
# Child table -> how to find its parent record: ("identity", index) takes the
# parent's UUID from the child's identity parts, ("field", name) from a field.
PARENTS: dict[str, tuple[str, str, Any]] = {
    "score": ("touchpoint", "identity", 0),
    "combination": ("touchpoint", "identity", 0),
    "measure": ("touchpoint", "field", "touchpoint_id"),
    "kpi": ("touchpoint", "field", "touchpoint_id"),
    "workshop_rating": ("touchpoint", "field", "touchpoint_id"),
    "measurement": ("kpi", "field", "kpi_id"),
    "touchpoint_segment": ("touchpoint", "identity", 0),
    "segment_score": ("touchpoint", "identity", 0),
    "comment": ("touchpoint", "field", "touchpoint_id"),
    "evidence": ("touchpoint", "field", "touchpoint_id"),
    "round_touchpoint": ("assessment_round", "identity", 0),
    "round_criterion": ("assessment_round", "identity", 0),
    "round_score": ("assessment_round", "identity", 0),
}


def parent_slot(slot: Slot, fields: Fields) -> Slot | None:
    """The record a child record belongs to, or None for a record of its own."""
    rule = PARENTS.get(slot[0])
    if rule is None:
        return None
    table, how, where = rule
    if how == "field":
        value = fields.get(where)
        return (table, value) if isinstance(value, str) else None
    try:
        parts = json.loads(slot[1])
    except ValueError:
        return None
    if not isinstance(parts, list) or len(parts) <= where or not isinstance(parts[where], str):
        return None
    return (table, parts[where])


def subject_of(slot: Slot, *states: PortableState) -> str | None:
    """The UUID of the touchpoint a record belongs to, looked up in the given states."""
    seen = 0
    while slot[0] != "touchpoint" and seen < 4:
        fields = next((s[slot] for s in states if slot in s), None)
        parent = parent_slot(slot, fields or {})
        if parent is None:
            return None
        slot = parent
        seen += 1
    return slot[1] if slot[0] == "touchpoint" else None


def find_items(
    ours: PortableState,
    theirs: PortableState,
    base_ours: PortableState | None,
    base_theirs: PortableState | None,
) -> list[Item]:
    """Every incoming change, conflicts marked; bases None means no common history."""
    two_way = base_ours is None or base_theirs is None
    items: list[Item] = []
    slots = sorted(set(ours) | set(theirs), key=lambda s: (TABLE_ORDER.get(s[0], 99), s[1]))
    for slot in slots:
        mine, other = ours.get(slot), theirs.get(slot)
        if mine == other:
            continue
        b_mine = None if two_way else base_ours.get(slot)  # type: ignore[union-attr]
        b_other = None if two_way else base_theirs.get(slot)  # type: ignore[union-attr]
        subject = subject_of(slot, theirs, ours)
        if mine is None:
            assert other is not None
            if two_way or b_mine is None:
                items.append(_item(items, slot, Action.ADD, subject))
            elif b_other is None or b_other != other:
                # we deleted it; they changed it (or re-made it)
                items.append(_item(items, slot, Action.RESTORE, subject, Conflict.DELETED_HERE))
            continue
        if other is None:
            if two_way or b_other is None:
                continue  # ours alone: kept
            conflict = None if b_mine == mine else Conflict.DELETED_THERE
            items.append(_item(items, slot, Action.DELETE, subject, conflict))
            continue
        items.extend(_field_items(items, slot, subject, mine, other, b_mine, b_other, two_way))
    _bundle_children(items, ours, theirs)
    return items


def _item(
    items: list[Item],
    slot: Slot,
    action: Action,
    subject: str | None,
    conflict: Conflict | None = None,
    fields: tuple[FieldChange, ...] = (),
) -> Item:
    return Item(
        len(items) + 1,
        slot[0],
        slot[1],
        action,
        subject,
        fields=fields,
        conflict=conflict,
        accepted=conflict is None,
    )


def _field_items(
    items: list[Item],
    slot: Slot,
    subject: str | None,
    mine: Fields,
    other: Fields,
    b_mine: Fields | None,
    b_other: Fields | None,
    two_way: bool,
) -> list[Item]:
    auto: list[FieldChange] = []
    conflicts: list[tuple[Conflict, tuple[FieldChange, ...]]] = []
    placement: list[FieldChange] = []
    placement_conflict = False
    for name in sorted(set(mine) | set(other)):
        o, t = mine.get(name), other.get(name)
        if o == t:
            continue
        base = None if b_other is None else b_other.get(name)
        they_changed = two_way or b_other is None or b_other.get(name) != t
        we_changed = two_way or b_mine is None or b_mine.get(name) != o
        if not they_changed:
            continue
        change = FieldChange(name, o, t, base)
        if name in ORDER_FIELDS:
            if not we_changed:
                auto.append(change)
            continue
        if name in PLACEMENT_FIELDS:
            placement.append(change)
            placement_conflict = placement_conflict or we_changed
            continue
        if we_changed:
            conflict = Conflict.NO_COMMON_BASE if two_way else Conflict.BOTH_CHANGED
            conflicts.append((conflict, (change,)))
        else:
            auto.append(change)
    if placement:
        if placement_conflict:
            conflict = Conflict.NO_COMMON_BASE if two_way else Conflict.BOTH_MOVED
            conflicts.insert(0, (conflict, tuple(placement)))
        else:
            auto.extend(placement)
    result: list[Item] = []
    if auto:
        result.append(_item(items, slot, Action.CHANGE, subject, None, tuple(auto)))
    for conflict, fields in conflicts:
        result.append(_item(items + result, slot, Action.CHANGE, subject, conflict, fields))
    return result


def _bundle_children(items: list[Item], ours: PortableState, theirs: PortableState) -> None:
    """Records added or deleted with their parent go with it: one decision, not fifty."""
    arriving = (Action.ADD, Action.RESTORE)
    added = {item.slot: item for item in items if item.action in arriving}
    deleted = {item.slot: item for item in items if item.action is Action.DELETE}
    keep: list[Item] = []
    for item in items:
        parent = None
        if item.action in arriving:
            parent = _ancestor_in(item.slot, theirs, added)
        elif item.action is Action.DELETE:
            parent = _ancestor_in(item.slot, ours, deleted)
        if parent is not None and (parent.conflict is None) == (item.conflict is None):
            parent.children.append(item.slot)
            continue
        keep.append(item)
    for number, item in enumerate(keep, start=1):
        item.number = number
    items[:] = keep


def _ancestor_in(slot: Slot, state: PortableState, candidates: dict[Slot, Item]) -> Item | None:
    """The top-most ancestor of a record that is among `candidates`."""
    found = None
    if slot[0] == "combination":
        # a combination belongs to both partners: it goes with whichever goes
        partner = _partner(slot)
        if partner in candidates:
            found = candidates[partner]
    current = parent_slot(slot, state.get(slot, {}))
    depth = 0
    while current is not None and depth < 4:
        if current in candidates:
            found = candidates[current]
        current = parent_slot(current, state.get(current, {}))
        depth += 1
    return found


def _partner(slot: Slot) -> Slot | None:
    try:
        parts = json.loads(slot[1])
    except ValueError:
        return None
    if isinstance(parts, list) and len(parts) == 2 and isinstance(parts[1], str):
        return ("touchpoint", parts[1])
    return None

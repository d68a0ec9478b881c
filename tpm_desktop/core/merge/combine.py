"""Our portable state with the accepted incoming changes, made whole by the merge rules.

The rules that keep the result a sound project, each with a defined outcome:
- a record whose parent is gone goes too (a score of a deleted touchpoint);
- a touchpoint needs its lanes: a lane deleted on one side while touchpoints were
  added to it (or kept in it) on the other is kept, or brought back;
- an incoming touchpoint whose short id is taken here gets the next free one;
- an incoming round with the name and date of one of ours gets a numbered name;
- positions inside a cell and a lane list are renumbered, ours first.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field

from tpm_desktop.core.merge.diff import parent_slot
from tpm_desktop.core.merge.items import Action, Item, Note, PortableState, Slot
from tpm_desktop.core.portable import REFERENCES
from tpm_desktop.core.state import code_number

# Referenced records the merge brings back rather than dropping their users.
_RESTORABLE = frozenset({"department", "channel", "phase", "criterion"})
# Snapshot references that may dangle: a round remembers a department by name.
_OPTIONAL_REFERENCES = {("round_touchpoint", "department_id")}
_REFERENCE_TABLES = {
    kind.TABLE: {name: target.TABLE for name, target in fields.items()}
    for kind, fields in REFERENCES.items()
}


@dataclass(slots=True)
class Combined:
    """The merged portable state and what the rules did on the way."""

    state: PortableState
    notes: list[tuple[Note, Slot]] = field(default_factory=list)


def combine(ours: PortableState, theirs: PortableState, items: list[Item]) -> Combined:
    """Apply the accepted items to a copy of ours, then the rules of the module."""
    merged = {slot: dict(fields) for slot, fields in ours.items()}
    incoming: set[Slot] = set()
    for item in items:
        if not item.accepted:
            continue
        if item.action in (Action.ADD, Action.RESTORE):
            for slot in (item.slot, *item.children):
                if slot in theirs:
                    merged[slot] = dict(theirs[slot])
                    incoming.add(slot)
            if item.action is Action.RESTORE:
                incoming |= _restore_family(merged, theirs, item.slot)
        elif item.action is Action.DELETE:
            for slot in (item.slot, *item.children):
                merged.pop(slot, None)
        else:
            fields = merged.get(item.slot)
            if fields is not None:
                fields.update({change.name: change.theirs for change in item.fields})
    result = Combined(merged)
    _settle_references(result, ours, theirs)
    _renumber_codes(result, incoming)
    _rename_rounds(result, incoming)
    _renumber_positions(result.state)
    return result


def _restore_family(merged: PortableState, theirs: PortableState, root: Slot) -> set[Slot]:
    """Bring back, with a restored record, their records that belong to it."""
    restored: set[Slot] = set()
    changed = True
    while changed:
        changed = False
        for slot, fields in theirs.items():
            if slot in merged:
                continue
            parent = parent_slot(slot, fields)
            if parent == root or (parent is not None and parent in restored):
                merged[slot] = dict(fields)
                restored.add(slot)
                changed = True
    return restored


def references(slot: Slot, fields: dict) -> list[tuple[str, Slot]]:
    """(field, referenced slot) for every reference a record holds."""
    result: list[tuple[str, Slot]] = []
    for name, table in _REFERENCE_TABLES.get(slot[0], {}).items():
        value = fields.get(name)
        if isinstance(value, str):
            result.append((name, (table, value)))
    if slot[0] in ("score", "combination"):
        try:
            parts = json.loads(slot[1])
        except ValueError:
            parts = []
        tables = ("touchpoint", "criterion") if slot[0] == "score" else ("touchpoint",) * 2
        for table, part in zip(tables, parts, strict=False):
            if isinstance(part, str):
                result.append(("", (table, part)))
    parent = parent_slot(slot, fields)
    if parent is not None and parent[0] == "assessment_round":
        result.append(("", parent))
    return result


def _settle_references(result: Combined, ours: PortableState, theirs: PortableState) -> None:
    merged = result.state
    changed = True
    while changed:
        changed = False
        for slot in list(merged):
            fields = merged.get(slot)
            if fields is None:
                continue
            for name, target in references(slot, fields):
                if target in merged:
                    continue
                if (slot[0], name) in _OPTIONAL_REFERENCES:
                    fields[name] = None
                    continue
                source = theirs.get(target) or ours.get(target)
                if target[0] in _RESTORABLE and source is not None:
                    merged[target] = dict(source)
                    result.notes.append((Note.LANE_RESTORED, target))
                else:
                    del merged[slot]
                    result.notes.append((Note.DROPPED, slot))
                changed = True
                break


def _renumber_codes(result: Combined, incoming: set[Slot]) -> None:
    touchpoints = [(slot, f) for slot, f in result.state.items() if slot[0] == "touchpoint"]
    # ours keep their short ids; incoming ones give way
    touchpoints.sort(key=lambda item: item[0] in incoming)
    taken: set[str] = set()
    highest = max((code_number(f.get("code") or "") or 0 for _, f in touchpoints), default=0)
    for slot, fields in touchpoints:
        code = fields.get("code") or ""
        if code and code.casefold() not in taken:
            taken.add(code.casefold())
            continue
        if not code and slot not in incoming:
            continue
        highest += 1
        fields["code"] = f"T{highest}"
        taken.add(fields["code"].casefold())
        result.notes.append((Note.CODE_RENUMBERED, slot))


def _rename_rounds(result: Combined, incoming: set[Slot]) -> None:
    rounds = [(slot, f) for slot, f in result.state.items() if slot[0] == "assessment_round"]
    rounds.sort(key=lambda item: item[0] in incoming)
    seen: set[tuple[str, object]] = set()
    for slot, fields in rounds:
        name = str(fields.get("name", ""))
        candidate, number = name, 1
        while (candidate.casefold(), fields.get("date")) in seen:
            number += 1
            candidate = f"{name} ({number})"
        if candidate != name:
            fields["name"] = candidate
            result.notes.append((Note.ROUND_RENAMED, slot))
        seen.add((candidate.casefold(), fields.get("date")))


def _renumber_positions(state: PortableState) -> None:
    groups: dict[tuple, list[tuple[Slot, dict]]] = defaultdict(list)
    for slot, fields in state.items():
        if "position" not in fields:
            continue
        if slot[0] == "touchpoint":
            cell = tuple(fields.get(name) for name in ("department_id", "channel_id", "phase_id"))
            groups[("touchpoint", cell)].append((slot, fields))
        else:
            groups[(slot[0],)].append((slot, fields))
    for members in groups.values():
        positions = [fields["position"] for _, fields in members]
        if len(set(positions)) == len(positions):
            continue
        members.sort(key=lambda item: (item[1]["position"], str(item[1].get("name", ""))))
        for index, (_, fields) in enumerate(members):
            fields["position"] = index

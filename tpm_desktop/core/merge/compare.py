"""What differs between two copies of one project, and which copy changed it.

Unlike a merge plan, which lists only what the other copy brings, a comparison lists
every difference in both directions. With shared history each difference says who
made it (copy A, copy B or both, from the journals); without, it only says "differs".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from tpm_desktop.core.journal_read import JournalChangeSet
from tpm_desktop.core.merge.diff import TABLE_ORDER, parent_slot, subject_of
from tpm_desktop.core.merge.history import known_change_sets, revert
from tpm_desktop.core.merge.items import ORDER_FIELDS, PortableState, Slot
from tpm_desktop.core.merge.plan import MergeError
from tpm_desktop.core.portable import portable_state
from tpm_desktop.core.state import ProjectState


class Side(StrEnum):
    """Which copy made a difference."""

    A = "a"
    B = "b"
    BOTH = "both"
    UNKNOWN = "unknown"  # no shared history to tell


class Presence(StrEnum):
    """Whether the record is in both copies or only in one."""

    BOTH = "both"
    ONLY_A = "only_a"
    ONLY_B = "only_b"


@dataclass(frozen=True, slots=True)
class FieldDifference:
    """One field with its value in each copy."""

    name: str
    a: Any
    b: Any
    side: Side


@dataclass(slots=True)
class Difference:
    """One record that differs: present in one copy only, or with differing fields."""

    table: str
    record: str
    subject: str | None
    presence: Presence
    side: Side
    fields: tuple[FieldDifference, ...] = ()
    children: list[Slot] = field(default_factory=list)

    @property
    def slot(self) -> Slot:
        """The record's table and identity."""
        return (self.table, self.record)


@dataclass(frozen=True, slots=True)
class Comparison:
    """Both copies' records and every difference between them, by touchpoint."""

    shared_history: bool
    ours_portable: PortableState  # copy A (the names "ours/theirs" serve `describe`)
    theirs_portable: PortableState  # copy B
    differences: list[Difference]


def compare_copies(
    a: ProjectState,
    a_journal: Sequence[JournalChangeSet],
    b: ProjectState,
    b_journal: Sequence[JournalChangeSet],
) -> Comparison:
    """Every difference between copy A and copy B; MergeError for two projects."""
    if a.project.uuid != b.project.uuid:
        raise MergeError("different_project", b.project.name)
    known_a, known_b = known_change_sets(a, a_journal), known_change_sets(b, b_journal)
    a_new = [cs for cs in a_journal if cs.uuid not in known_b]
    b_new = [cs for cs in b_journal if cs.uuid not in known_a]
    shared = len(a_new) < len(a_journal) or len(b_new) < len(b_journal)
    a_p, b_p = portable_state(a), portable_state(b)
    base_a = revert(a_p, a_new) if shared else None
    base_b = revert(b_p, b_new) if shared else None
    differences = []
    slots = sorted(set(a_p) | set(b_p), key=lambda s: (TABLE_ORDER.get(s[0], 99), s[1]))
    for slot in slots:
        mine, other = a_p.get(slot), b_p.get(slot)
        if mine == other or slot[0] == "merge_log":
            continue
        subject = subject_of(slot, a_p, b_p)
        if mine is None or other is None:
            presence = Presence.ONLY_B if mine is None else Presence.ONLY_A
            side = _presence_side(slot, presence, base_a, base_b)
            differences.append(Difference(slot[0], slot[1], subject, presence, side))
            continue
        fields = tuple(
            FieldDifference(
                name,
                mine.get(name),
                other.get(name),
                _field_side(slot, name, mine, other, base_a, base_b),
            )
            for name in sorted(set(mine) | set(other))
            if mine.get(name) != other.get(name) and name not in ORDER_FIELDS
        )
        if fields:
            sides = {f.side for f in fields}
            side = sides.pop() if len(sides) == 1 else Side.BOTH
            differences.append(Difference(slot[0], slot[1], subject, Presence.BOTH, side, fields))
    _bundle(differences, a_p, b_p)
    return Comparison(shared, a_p, b_p, differences)


def _presence_side(
    slot: Slot, presence: Presence, base_a: PortableState | None, base_b: PortableState | None
) -> Side:
    """Only in A: A added it, or B deleted it (it was in B's base)."""
    if base_a is None or base_b is None:
        return Side.UNKNOWN
    if presence is Presence.ONLY_A:
        return Side.B if slot in base_b else Side.A
    return Side.A if slot in base_a else Side.B


def _field_side(
    slot: Slot,
    name: str,
    mine: dict[str, Any],
    other: dict[str, Any],
    base_a: PortableState | None,
    base_b: PortableState | None,
) -> Side:
    if base_a is None or base_b is None:
        return Side.UNKNOWN
    a_changed = (base_a.get(slot) or {}).get(name) != mine.get(name)
    b_changed = (base_b.get(slot) or {}).get(name) != other.get(name)
    if a_changed and b_changed:
        return Side.BOTH
    return Side.A if a_changed else Side.B


def _bundle(differences: list[Difference], a_p: PortableState, b_p: PortableState) -> None:
    """A record present in one copy only goes with its parent when that is too."""
    whole = {d.slot: d for d in differences if d.presence is not Presence.BOTH}
    keep = []
    for difference in differences:
        if difference.presence is not Presence.BOTH:
            state = a_p if difference.presence is Presence.ONLY_A else b_p
            parent = _whole_ancestor(difference, state, whole)
            if parent is not None:
                parent.children.append(difference.slot)
                continue
        keep.append(difference)
    differences[:] = keep


def _whole_ancestor(
    difference: Difference, state: PortableState, whole: dict[Slot, Difference]
) -> Difference | None:
    found = None
    current = parent_slot(difference.slot, state.get(difference.slot, {}))
    for _ in range(4):
        if current is None:
            break
        candidate = whole.get(current)
        if candidate is not None and candidate.presence is difference.presence:
            found = candidate
        current = parent_slot(current, state.get(current, {}))
    return found

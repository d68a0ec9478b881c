"""What a merge shows for review: incoming changes, record by record."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

# (table, identity): how every copy names a record (see core.portable).
Slot = tuple[str, str]
Fields = dict[str, Any]
PortableState = dict[Slot, Fields]

# Fields that say where a touchpoint sits on the map: changed together, they are
# one move, and two different moves are one conflict.
PLACEMENT_FIELDS = ("department_id", "channel_id", "phase_id")
# Order inside a cell: two copies reordering differently is no conflict (ours wins).
ORDER_FIELDS = frozenset({"position"})


class Action(StrEnum):
    """What accepting an item does to our copy."""

    ADD = "add"  # a record only the other copy has
    CHANGE = "change"  # fields of a record both have
    DELETE = "delete"  # the other copy deleted a record we have
    RESTORE = "restore"  # we deleted a record the other copy changed


class Conflict(StrEnum):
    """Why an item needs a decision (None: it is taken automatically)."""

    BOTH_CHANGED = "both_changed"  # the same field changed to different values
    BOTH_MOVED = "both_moved"  # a touchpoint moved to different cells
    DELETED_HERE = "deleted_here"  # we deleted it, they changed it
    DELETED_THERE = "deleted_there"  # they deleted it, we changed it
    NO_COMMON_BASE = "no_common_base"  # the journals share nothing: every difference


class Note(StrEnum):
    """An outcome of the merge rules worth telling the user."""

    LANE_RESTORED = "lane_restored"  # kept or brought back because touchpoints need it
    CODE_RENUMBERED = "code_renumbered"  # an incoming short id was taken here
    ROUND_RENAMED = "round_renamed"  # a round of the same name and day exists here
    DROPPED = "dropped"  # it belonged to a record that is gone


@dataclass(frozen=True, slots=True)
class FieldChange:
    """One field: the value we have, the value they have, and the common base."""

    name: str
    ours: Any
    theirs: Any
    base: Any = None


@dataclass(slots=True)
class Item:
    """One incoming change to review; `accepted` is the user's decision."""

    number: int
    table: str
    record: str
    action: Action
    subject: str | None  # the touchpoint it belongs to, for grouping
    fields: tuple[FieldChange, ...] = ()
    conflict: Conflict | None = None
    accepted: bool = True
    # records that come and go with this one (a new touchpoint's scores)
    children: list[Slot] = field(default_factory=list)

    @property
    def slot(self) -> Slot:
        """The record this item is about."""
        return (self.table, self.record)

"""Change sets: what one edit does to the project, as (before, after) pairs of records.

A change set is the unit of everything that follows an edit: the state applies it,
the store writes it in one transaction, undo applies its inverse, and the canvas
learns from its delta which items to touch. Nothing else describes an edit.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from tpm_desktop.core.model import Key, Record


@dataclass(frozen=True, slots=True)
class Change:
    """One record going from `before` to `after`; None on one side means insert or delete."""

    before: Record | None
    after: Record | None

    def __post_init__(self) -> None:
        if self.before is None and self.after is None:
            raise ValueError("a change needs a record on at least one side")
        both = self.before is not None and self.after is not None
        if both and (
            type(self.before) is not type(self.after) or self.before.key != self.after.key
        ):
            raise ValueError("a change must keep the record's type and key")

    @property
    def record_type(self) -> type[Record]:
        """The record class this change is about."""
        return type(self.after if self.after is not None else self.before)

    @property
    def key(self) -> Key:
        """The key of the changed record."""
        record = self.after if self.after is not None else self.before
        assert record is not None
        return record.key

    def inverted(self) -> Change:
        """The change that undoes this one."""
        return Change(self.after, self.before)


@dataclass(frozen=True, slots=True)
class ChangeSet:
    """An ordered collection of changes with at most one change per record."""

    changes: tuple[Change, ...] = ()

    def __iter__(self) -> Iterator[Change]:
        return iter(self.changes)

    def __len__(self) -> int:
        return len(self.changes)

    def __bool__(self) -> bool:
        return bool(self.changes)

    def inverted(self) -> ChangeSet:
        """The change set that undoes this one."""
        return ChangeSet(tuple(change.inverted() for change in reversed(self.changes)))

    def then(self, later: ChangeSet) -> ChangeSet:
        """This change set followed by `later`, collapsed to one change per record."""
        collector = _Collector()
        for change in (*self.changes, *later.changes):
            collector.add(change)
        return collector.build()

    def delta(self) -> Delta:
        """Which records this change set adds, updates and removes, by type."""
        delta = Delta()
        for change in self.changes:
            kind = change.record_type
            if change.before is None:
                delta.added.setdefault(kind, set()).add(change.key)
            elif change.after is None:
                delta.removed.setdefault(kind, set()).add(change.key)
            else:
                delta.updated.setdefault(kind, set()).add(change.key)
        return delta


@dataclass(slots=True)
class Delta:
    """Keys added, updated and removed by one applied change set, by record type."""

    added: dict[type[Record], set[Key]] = field(default_factory=dict)
    updated: dict[type[Record], set[Key]] = field(default_factory=dict)
    removed: dict[type[Record], set[Key]] = field(default_factory=dict)

    def touches(self, *kinds: type[Record]) -> bool:
        """True when any record of the given types changed."""
        return any(
            kind in part for part in (self.added, self.updated, self.removed) for kind in kinds
        )

    def keys(self, kind: type[Record]) -> set[Key]:
        """Every key of the given type that changed in any way."""
        return (
            self.added.get(kind, set())
            | self.updated.get(kind, set())
            | self.removed.get(kind, set())
        )


class _Collector:
    """Folds a sequence of changes into one change per record, dropping no-ops."""

    def __init__(self) -> None:
        # slot -> (value before the first change, value after the latest change)
        self._pairs: dict[tuple[type[Record], Key], tuple[Record | None, Record | None]] = {}

    def add(self, change: Change) -> None:
        slot = (change.record_type, change.key)
        earlier = self._pairs.get(slot)
        before = change.before if earlier is None else earlier[0]
        self._pairs[slot] = (before, change.after)

    def build(self) -> ChangeSet:
        return ChangeSet(
            tuple(
                Change(before, after) for before, after in self._pairs.values() if before != after
            )
        )


def collect(changes: Iterable[Change]) -> ChangeSet:
    """Build a change set from changes, folding repeated records together."""
    collector = _Collector()
    for change in changes:
        collector.add(change)
    return collector.build()

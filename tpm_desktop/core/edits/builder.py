"""A scratch pad for composing one edit as a change set over a state."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from typing import Any, TypeVar

from tpm_desktop.core.changes import Change, ChangeSet, collect
from tpm_desktop.core.errors import EditError
from tpm_desktop.core.model import Key, Record
from tpm_desktop.core.state import ProjectState

R = TypeVar("R", bound=Record)


class Builder:
    """Collects puts and deletes against a state without touching it.

    Reads see the pending values, so an edit can be written as a sequence of small
    steps; `build()` folds them into one change per record.
    """

    def __init__(self, state: ProjectState) -> None:
        self.state = state
        self._pending: dict[tuple[type[Record], Key], Record | None] = {}
        self._changes: list[Change] = []

    def get(self, kind: type[R], key: Key) -> R | None:
        """The current value of a record, pending edits included."""
        slot = (kind, key)
        if slot in self._pending:
            return self._pending[slot]  # type: ignore[return-value]
        return self.state.get(kind, key)

    def require(self, kind: type[R], key: Key) -> R:
        """Like get, but an EditError when the record does not exist."""
        record = self.get(kind, key)
        if record is None:
            raise EditError("unknown_record")
        return record

    def all(self, kind: type[R]) -> list[R]:
        """Every current record of a type, pending edits included."""
        merged: dict[Key, Record | None] = dict(self.state.table(kind))
        for (pending_kind, key), record in self._pending.items():
            if pending_kind is kind:
                merged[key] = record
        return [r for r in merged.values() if r is not None]  # type: ignore[misc]

    def pending(self, kind: type[R]) -> dict[Key, R | None]:
        """Records of a type this builder has put (a value) or deleted (None) so far."""
        return {
            key: record  # type: ignore[misc]
            for (pending_kind, key), record in self._pending.items()
            if pending_kind is kind
        }

    def put(self, record: Record) -> None:
        """Insert or replace a record."""
        before = self.get(type(record), record.key)
        if before == record:
            return
        self._pending[(type(record), record.key)] = record
        self._changes.append(Change(before, record))

    def update(self, kind: type[R], key: Key, /, **fields: Any) -> R:
        """Replace some fields of an existing record; returns the new value."""
        record = dataclasses.replace(self.require(kind, key), **fields)
        self.put(record)
        return record

    def delete(self, kind: type[Record], key: Key) -> None:
        """Remove a record if it exists."""
        before = self.get(kind, key)
        if before is None:
            return
        self._pending[(kind, key)] = None
        self._changes.append(Change(before, None))

    def delete_all(self, records: Iterable[Record]) -> None:
        """Remove each of the given records."""
        for record in records:
            self.delete(type(record), record.key)

    def new_id(self, kind: type[Record]) -> int:
        """A fresh id for a new record of this type."""
        return self.state.next_id(kind)

    def build(self) -> ChangeSet:
        """The folded change set (one change per record, no-ops dropped)."""
        return collect(self._changes)

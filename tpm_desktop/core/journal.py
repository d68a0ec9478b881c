"""The change journal: every change set committed to a project, field by field.

Each commit (an edit, its undo or redo, a merge) adds one change set with a UUID,
its kind, the Edit-menu label, the author and the time, and one entry per changed
field (old and new value as JSON, references as UUIDs; see `core.portable`). It is
written in the same transaction as the change itself, so file and journal always
agree, and Save carries it in the file. Copies of a file share the change sets made
before they were copied; that shared history is what a merge works from.

The journal stays bounded: an undo of the latest change set that no copy can know
yet (made since the file was opened or last saved) removes both instead of adding
a third, and keystrokes typed into one field within a pause fold into one change set.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime

import sqlalchemy as sa

from tpm_desktop.core import portable
from tpm_desktop.core.changes import ChangeSet
from tpm_desktop.core.ids import new_uuid
from tpm_desktop.core.schema import journal_change_set, journal_entry
from tpm_desktop.core.state import ProjectState

# Successive keystrokes in one field fold into one change set within this pause
# (the undo stack merges its commands within the same pause).
TYPING_PAUSE_S = 1.5
# Unsaved change sets remembered for compaction; older ones are simply kept.
_TAIL_LIMIT = 5_000

KINDS = ("create", "upgrade", "edit", "undo", "redo", "merge")


@dataclass(frozen=True, slots=True)
class Entry:
    """One changed field (or a whole inserted or deleted record, field "")."""

    table: str
    record: str
    subject: str | None
    field: str
    old: str | None
    new: str | None

    @property
    def slot(self) -> tuple[str, str, str]:
        """What the entry is about: table, record identity and field."""
        return (self.table, self.record, self.field)


@dataclass(frozen=True, slots=True)
class CommitInfo:
    """What the journal records about a commit beside its entries."""

    kind: str = "edit"
    label: str = ""
    author: str = ""
    typing: bool = False
    uuid: str | None = None  # given by a merge, which names its change set in its log
    # slot -> (author, time) for changes taken from another copy
    origins: Mapping[tuple[str, str, str], tuple[str, datetime | None]] | None = None


def entries_for(state: ProjectState, changes: ChangeSet) -> list[Entry]:
    """The journal entries of a change set about to be applied to `state`."""
    lookup = portable.lookup_in(state, changes)
    entries: list[Entry] = []
    for change in changes:
        record = change.after if change.after is not None else change.before
        assert record is not None
        table = record.TABLE
        name = portable.identity(record, lookup)
        about = portable.subject(record, lookup)
        if change.before is None or change.after is None:
            entries.append(
                Entry(
                    table,
                    name,
                    about,
                    "",
                    _whole(change.before, lookup),
                    _whole(change.after, lookup),
                )
            )
            continue
        old = portable.portable_fields(change.before, lookup)
        new = portable.portable_fields(change.after, lookup)
        for key, value in new.items():
            if old.get(key) != value:
                entries.append(
                    Entry(
                        table,
                        name,
                        about,
                        key,
                        portable.encode(old.get(key)),
                        portable.encode(value),
                    )
                )
    return entries


def _whole(record: object, lookup: portable.Lookup) -> str | None:
    if record is None:
        return None
    return portable.encode(portable.portable_fields(record, lookup))  # type: ignore[arg-type]


@dataclass(slots=True)
class _Written:
    """A change set in the file that no other copy can know yet."""

    seq: int
    kind: str
    author: str
    typing: bool
    monotonic: float
    entries: list[tuple[int, Entry]] = field(default_factory=list)


@dataclass(slots=True)
class _Plan:
    action: str  # "append", "fold", "cancel" or "none"
    entries: list[Entry]
    info: CommitInfo
    at: datetime
    seq: int = 0
    uuid: str = ""
    ids: list[int] = field(default_factory=list)


class JournalWriter:
    """Writes change sets into the journal of one open file and keeps it compact."""

    def __init__(self, connection: sa.Connection) -> None:
        self._next_seq = _max(connection, journal_change_set.c.seq) + 1
        self._next_entry = _max(connection, journal_entry.c.id) + 1
        self._tail: list[_Written] = []

    def mark_shared(self) -> None:
        """Everything written so far may now be in another copy (after a save)."""
        self._tail.clear()

    def plan(self, state: ProjectState, changes: ChangeSet, info: CommitInfo) -> _Plan:
        """Decide how a change set goes into the journal (before its transaction)."""
        entries = entries_for(state, changes) if changes else []
        at = datetime.now().replace(microsecond=0)
        last = self._tail[-1] if self._tail else None
        if info.kind in ("undo", "redo") and last is not None and _cancels(entries, last.entries):
            return _Plan("cancel", entries, info, at, seq=last.seq)
        if (
            info.typing
            and last is not None
            and last.typing
            and last.kind == "edit"
            and last.author == info.author
            and time.monotonic() - last.monotonic <= TYPING_PAUSE_S
            and entries
            and all(e.field for e in entries)
            and {e.slot for e in entries} == {e.slot for _, e in last.entries}
        ):
            return _Plan("fold", entries, info, at, seq=last.seq)
        if not entries and info.kind not in ("create", "upgrade", "merge"):
            return _Plan("none", entries, info, at)
        ids = list(range(self._next_entry, self._next_entry + len(entries)))
        return _Plan("append", entries, info, at, self._next_seq, info.uuid or new_uuid(), ids)

    def execute(self, connection: sa.Connection, plan: _Plan) -> None:
        """Write the plan inside the caller's transaction."""
        if plan.action == "cancel":
            connection.execute(
                sa.delete(journal_entry).where(journal_entry.c.change_set == plan.seq)
            )
            connection.execute(
                sa.delete(journal_change_set).where(journal_change_set.c.seq == plan.seq)
            )
        elif plan.action == "fold":
            self._fold(connection, plan)
        elif plan.action == "append":
            connection.execute(
                journal_change_set.insert(),
                {
                    "seq": plan.seq,
                    "uuid": plan.uuid,
                    "kind": plan.info.kind,
                    "label": plan.info.label,
                    "author": plan.info.author,
                    "at": plan.at,
                },
            )
            if plan.entries:
                origins = plan.info.origins or {}
                connection.execute(
                    journal_entry.insert(),
                    [
                        _entry_row(entry_id, plan.seq, entry, origins.get(entry.slot))
                        for entry_id, entry in zip(plan.ids, plan.entries, strict=True)
                    ],
                )

    def settle(self, plan: _Plan) -> None:
        """Update what the writer remembers once the transaction has committed."""
        if plan.action == "cancel":
            self._tail.pop()
        elif plan.action == "fold":
            last = self._tail[-1]
            folded = _folded(last.entries, plan.entries)
            last.entries = folded
            last.monotonic = time.monotonic()
            if not folded:
                self._tail.pop()
        elif plan.action == "append":
            self._next_seq = plan.seq + 1
            self._next_entry += len(plan.entries)
            if plan.info.kind in ("edit", "undo", "redo"):
                self._tail.append(
                    _Written(
                        plan.seq,
                        plan.info.kind,
                        plan.info.author,
                        plan.info.typing,
                        time.monotonic(),
                        list(zip(plan.ids, plan.entries, strict=True)),
                    )
                )
                if len(self._tail) > _TAIL_LIMIT:
                    del self._tail[0]
            else:
                # A merge, a creation or an upgrade is never compacted away, and
                # nothing before it is either.
                self._tail.clear()

    def _fold(self, connection: sa.Connection, plan: _Plan) -> None:
        last = self._tail[-1]
        by_slot = {e.slot: e for e in plan.entries}
        remaining = 0
        for entry_id, entry in last.entries:
            new = by_slot[entry.slot].new
            if new == entry.old:
                connection.execute(sa.delete(journal_entry).where(journal_entry.c.id == entry_id))
            else:
                remaining += 1
                connection.execute(
                    sa.update(journal_entry).where(journal_entry.c.id == entry_id).values(new=new)
                )
        if remaining:
            connection.execute(
                sa.update(journal_change_set)
                .where(journal_change_set.c.seq == last.seq)
                .values(at=plan.at)
            )
        else:
            connection.execute(
                sa.delete(journal_change_set).where(journal_change_set.c.seq == last.seq)
            )


def _folded(earlier: list[tuple[int, Entry]], later: Iterable[Entry]) -> list[tuple[int, Entry]]:
    by_slot = {e.slot: e for e in later}
    result = []
    for entry_id, entry in earlier:
        new = by_slot[entry.slot].new
        if new != entry.old:
            result.append(
                (
                    entry_id,
                    Entry(entry.table, entry.record, entry.subject, entry.field, entry.old, new),
                )
            )
    return result


def _cancels(entries: list[Entry], written: list[tuple[int, Entry]]) -> bool:
    """True when `entries` exactly undo the written change set."""
    if len(entries) != len(written):
        return False
    forward = Counter((e.table, e.record, e.field, e.old, e.new) for _, e in written)
    backward = Counter((e.table, e.record, e.field, e.new, e.old) for e in entries)
    return forward == backward


def _entry_row(
    entry_id: int, seq: int, entry: Entry, origin: tuple[str, datetime | None] | None
) -> dict[str, object]:
    return {
        "id": entry_id,
        "change_set": seq,
        "record_table": entry.table,
        "record": entry.record,
        "subject": entry.subject,
        "field": entry.field,
        "old": entry.old,
        "new": entry.new,
        "origin_author": origin[0] if origin else None,
        "origin_at": origin[1] if origin else None,
    }


def _max(connection: sa.Connection, column: sa.Column) -> int:
    value = connection.execute(sa.select(sa.func.max(column))).scalar()
    return int(value or 0)


def add_marker(connection: sa.Connection, kind: str, author: str = "") -> str:
    """Write a change set without entries (a creation or an upgrade); returns its UUID."""
    uuid = new_uuid()
    connection.execute(
        journal_change_set.insert(),
        {
            "uuid": uuid,
            "kind": kind,
            "label": "",
            "author": author,
            "at": datetime.now().replace(microsecond=0),
        },
    )
    return uuid

"""Reading the change journal of a project file: for history views and for merging.

A journal comes from a file that may have been crafted, so every row is checked
as it is read; a malformed journal raises JournalError (the project itself may
still be sound, so callers say "the history cannot be read", not "damaged").
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from tpm_desktop.core import db
from tpm_desktop.core.journal import KINDS
from tpm_desktop.core.model import RECORD_BY_TABLE

# A journal row carries at most this many characters per value: a 10 MB note is
# allowed in a record, and its journal entry holds the same text.
_MAX_VALUE_CHARS = 50_000_000


class JournalError(ValueError):
    """The journal of a file cannot be read (malformed or crafted rows)."""


@dataclass(frozen=True, slots=True)
class JournalEntry:
    """One changed field, or a whole record inserted (old None) or deleted (new None)."""

    table: str
    record: str
    subject: str | None
    field: str
    old: Any
    new: Any
    existed_before: bool  # False for an insert
    exists_after: bool  # False for a delete
    origin_author: str | None = None
    origin_at: datetime | None = None

    @property
    def slot(self) -> tuple[str, str, str]:
        """What the entry is about: table, record identity and field."""
        return (self.table, self.record, self.field)


@dataclass(frozen=True, slots=True)
class JournalChangeSet:
    """One committed change set with its entries, oldest first."""

    seq: int
    uuid: str
    kind: str
    label: str
    author: str
    at: datetime
    entries: tuple[JournalEntry, ...]


def read_change_sets(
    connection: sqlite3.Connection, *, subject: str | None = None
) -> list[JournalChangeSet]:
    """Every change set of the journal in order; with `subject`, only a touchpoint's.

    With a subject, change sets without an entry about it are left out, and the
    entries of the others are only those about it.
    """
    try:
        heads = connection.execute(
            "SELECT seq, uuid, kind, label, author, at FROM journal_change_set ORDER BY seq"
        ).fetchall()
        query = (
            "SELECT change_set, record_table, record, subject, field, old, new,"
            " origin_author, origin_at FROM journal_entry"
        )
        if subject is None:
            rows = connection.execute(query + " ORDER BY id").fetchall()
        else:
            rows = connection.execute(query + " WHERE subject = ? ORDER BY id", (subject,))
            rows = rows.fetchall()
    except db.DB_ERRORS as exc:
        raise JournalError(db.describe(exc)) from exc
    by_set: dict[int, list[JournalEntry]] = {}
    for row in rows:
        by_set.setdefault(_int(row[0]), []).append(_entry(row))
    result = []
    for seq, uuid, kind, label, author, at in heads:
        seq = _int(seq)
        entries = by_set.pop(seq, [])
        if subject is not None and not entries:
            continue
        if kind not in KINDS or not isinstance(uuid, str) or not uuid:
            raise JournalError(f"change set {seq}: unknown kind or no UUID")
        result.append(
            JournalChangeSet(seq, uuid, kind, _str(label), _str(author), _time(at), tuple(entries))
        )
    if by_set:
        raise JournalError("entries of a change set that does not exist")
    return result


def _entry(row: tuple) -> JournalEntry:
    _, table, record, about, field, old, new, origin_author, origin_at = row
    if table not in RECORD_BY_TABLE or not isinstance(record, str) or not isinstance(field, str):
        raise JournalError(f"entry about an unknown record: {str(table)[:40]!r}")
    if field and field not in RECORD_BY_TABLE[table].field_names():
        raise JournalError(f"entry about an unknown field: {table}.{field[:40]}")
    if old is None and new is None:
        raise JournalError("an entry without old and new value")
    if not field and old is not None and new is not None:
        raise JournalError("a whole-record entry with two values")
    return JournalEntry(
        table,
        record,
        about if isinstance(about, str) else None,
        field,
        _json(old),
        _json(new),
        existed_before=bool(field) or old is not None,
        exists_after=bool(field) or new is not None,
        origin_author=origin_author if isinstance(origin_author, str) else None,
        origin_at=_time(origin_at) if origin_at is not None else None,
    )


def _json(text: object) -> Any:
    if text is None:
        return None
    if not isinstance(text, str) or len(text) > _MAX_VALUE_CHARS:
        raise JournalError("an entry's value is not JSON text")
    try:
        return json.loads(text)
    except ValueError as exc:
        raise JournalError("an entry's value is not JSON") from exc


def _int(value: object) -> int:
    if not isinstance(value, int):
        raise JournalError("a change set without a number")
    return value


def _str(value: object) -> str:
    return value if isinstance(value, str) else ""


def _time(value: object) -> datetime:
    if isinstance(value, datetime):
        return value
    try:
        return datetime.fromisoformat(str(value))
    except ValueError as exc:
        raise JournalError("a change set without a valid time") from exc

"""The project's history as people read it: steps from the change journal, newest first.

Names come from the current records, or from the journal itself for records that
were deleted since, so a history line never says "unknown" for something that
once existed.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from tpm_desktop.core.journal_read import JournalChangeSet, JournalEntry
from tpm_desktop.core.merge.describe import record_name
from tpm_desktop.core.merge.items import PortableState
from tpm_desktop.core.model import MergeLog
from tpm_desktop.core.portable import portable_state
from tpm_desktop.core.state import ProjectState


class LineAction(StrEnum):
    """What happened to a record in one history line."""

    ADDED = "added"
    CHANGED = "changed"
    DELETED = "deleted"


@dataclass(frozen=True, slots=True)
class HistoryLine:
    """One record added or deleted, or one field changed."""

    action: LineAction
    table: str
    name: str
    field: str
    old: Any
    new: Any
    author: str = ""  # for merged lines: who made the change in the other copy


@dataclass(frozen=True, slots=True)
class HistoryStep:
    """One change set: who, when, what kind, and its lines."""

    seq: int
    at: datetime
    author: str
    kind: str
    label: str
    source: str  # for a merge: the file its changes came from
    lines: tuple[HistoryLine, ...]


@dataclass(frozen=True, slots=True)
class Names:
    """Records to name things by (a describe.Sides).

    describe looks at "theirs" first: today's records, then those the journal knew.
    """

    ours_portable: PortableState  # records as the journal last knew them
    theirs_portable: PortableState  # today's records


@dataclass(frozen=True, slots=True)
class History:
    """The steps, newest first, and the records their lines are named by."""

    steps: list[HistoryStep]
    names: Names


def history(
    state: ProjectState,
    change_sets: Sequence[JournalChangeSet],
    *,
    whole_journal: Sequence[JournalChangeSet] | None = None,
    skip_internal: bool = True,
) -> History:
    """The steps of `change_sets`, newest first.

    `whole_journal` (when `change_sets` is one touchpoint's part) names the lanes and
    criteria deleted since. With `skip_internal`, the file's creation and upgrade
    steps (which list every record) are shown without their lines.
    """
    known = _known_from_journal(change_sets if whole_journal is None else whole_journal)
    names = Names(known, portable_state(state))
    sources = _merge_sources(state)
    steps = []
    for change_set in reversed(change_sets):
        internal = skip_internal and change_set.kind in ("create", "upgrade")
        lines = () if internal else tuple(_lines(names, change_set.entries))
        steps.append(
            HistoryStep(
                change_set.seq,
                change_set.at,
                change_set.author,
                change_set.kind,
                change_set.label,
                sources.get(change_set.uuid, ""),
                lines,
            )
        )
    return History(steps, names)


def _known_from_journal(change_sets: Iterable[JournalChangeSet]) -> PortableState:
    known: dict[tuple[str, str], dict[str, Any]] = {}
    for change_set in change_sets:
        for entry in change_set.entries:
            if entry.field:
                known.setdefault((entry.table, entry.record), {})[entry.field] = entry.new
                continue
            whole = entry.new if entry.new is not None else entry.old
            if isinstance(whole, dict):
                known[(entry.table, entry.record)] = dict(whole)
    return known


def _merge_sources(state: ProjectState) -> dict[str, str]:
    return {log.change_set: log.source for log in state.table(MergeLog).values()}


def _lines(names: Names, entries: Iterable[JournalEntry]) -> Iterable[HistoryLine]:
    for entry in entries:
        if entry.table == "merge_log":
            continue  # the merge is the step itself
        slot = (entry.table, entry.record)
        name = record_name(names, slot)
        if entry.field:
            yield HistoryLine(
                LineAction.CHANGED,
                entry.table,
                name,
                entry.field,
                entry.old,
                entry.new,
                entry.origin_author or "",
            )
        else:
            action = LineAction.ADDED if entry.old is None else LineAction.DELETED
            yield HistoryLine(
                action, entry.table, name, "", entry.old, entry.new, entry.origin_author or ""
            )

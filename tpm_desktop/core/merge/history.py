"""What the two journals say: which change sets each copy knows, and the base states."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import datetime

from tpm_desktop.core.journal_read import JournalChangeSet
from tpm_desktop.core.merge.items import PortableState
from tpm_desktop.core.model import MergeLog
from tpm_desktop.core.state import ProjectState


def known_change_sets(state: ProjectState, change_sets: Iterable[JournalChangeSet]) -> set[str]:
    """UUIDs of every change set a copy holds itself or has taken in by a merge."""
    known = {change_set.uuid for change_set in change_sets}
    for log in state.table(MergeLog).values():
        try:
            absorbed = json.loads(log.absorbed)
        except ValueError:
            continue
        if isinstance(absorbed, list):
            known.update(item for item in absorbed if isinstance(item, str))
    return known


def revert(current: PortableState, change_sets: Sequence[JournalChangeSet]) -> PortableState:
    """The state before `change_sets` (oldest first) were made, undone newest first."""
    result = {slot: dict(fields) for slot, fields in current.items()}
    for change_set in reversed(change_sets):
        for entry in reversed(change_set.entries):
            slot = (entry.table, entry.record)
            if not entry.field:
                if entry.old is None:
                    result.pop(slot, None)
                elif isinstance(entry.old, dict):
                    result[slot] = dict(entry.old)
                continue
            fields = result.get(slot)
            if fields is not None:
                fields[entry.field] = entry.old
    return result


Origin = tuple[str, datetime | None]


def origins_of(change_sets: Iterable[JournalChangeSet]) -> dict[tuple[str, str, str], Origin]:
    """Who last changed each slot in these change sets, and when (for the journal)."""
    result: dict[tuple[str, str, str], Origin] = {}
    for change_set in change_sets:
        for entry in change_set.entries:
            author = entry.origin_author if entry.origin_author is not None else change_set.author
            at = entry.origin_at if entry.origin_author is not None else change_set.at
            result[(entry.table, entry.record, entry.field)] = (author, at)
    return result

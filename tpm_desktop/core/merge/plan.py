"""Planning a merge of another copy into ours, and building its one change set."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from tpm_desktop.core.changes import Change, ChangeSet
from tpm_desktop.core.ids import new_uuid
from tpm_desktop.core.journal_read import JournalChangeSet
from tpm_desktop.core.merge.combine import combine
from tpm_desktop.core.merge.diff import find_items
from tpm_desktop.core.merge.history import Origin, known_change_sets, origins_of, revert
from tpm_desktop.core.merge.items import Action, Conflict, Item, Note, PortableState, Slot
from tpm_desktop.core.merge.records import blobs_of, change_set_between, to_records
from tpm_desktop.core.model import MergeLog
from tpm_desktop.core.portable import portable_state
from tpm_desktop.core.state import ProjectState
from tpm_desktop.core.validation import InvalidContentError, validate_state


class MergeError(ValueError):
    """A merge that cannot be made; `reason` names why for the user's message."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason
        self.detail = detail


class MergeMode(StrEnum):
    """How the two copies relate."""

    THREE_WAY = "three_way"  # a shared history: one-sided changes go in by themselves
    TWO_WAY = "two_way"  # no shared history: every difference is for the user to decide
    UP_TO_DATE = "up_to_date"  # we already hold everything the other copy has


@dataclass(frozen=True, slots=True)
class MergeResult:
    """What applying a merge writes: the change set and what the journal records."""

    changes: ChangeSet
    change_set_uuid: str
    origins: dict[tuple[str, str, str], Origin]
    log: MergeLog
    notes: list[tuple[Note, Slot]]


@dataclass(slots=True)
class MergePlan:
    """The incoming changes of another copy, for review; decisions go in `items`."""

    mode: MergeMode
    items: list[Item]
    ours: ProjectState
    ours_portable: PortableState
    theirs_portable: PortableState
    absorbed: list[str]
    origins: dict[tuple[str, str, str], Origin] = field(default_factory=dict)
    source: str = ""
    source_project: str = ""
    # Attached bytes of both copies by digest: the portable states name them only.
    blobs: dict[str, bytes] = field(default_factory=dict)

    @property
    def conflicts(self) -> list[Item]:
        """The items that need a decision."""
        return [item for item in self.items if item.conflict is not None]

    def prefer(self, side: str) -> None:
        """Decide every conflict for "ours" (keep ours) or "theirs" (take theirs)."""
        for item in self.conflicts:
            item.accepted = side == "theirs"

    def accept_kind(self, action: Action | None, accepted: bool, conflicts: bool) -> None:
        """Accept or reject all items of one action (None: all), conflicts or not."""
        for item in self.items:
            if (action is None or item.action is action) and (
                item.conflict is not None
            ) == conflicts:
                item.accepted = accepted

    def result(self, author: str, at: datetime) -> MergeResult:
        """The change set taking the accepted items, with its merge-log record.

        Raises MergeError when the combined project would not be sound.
        """
        combined = combine(self.ours_portable, self.theirs_portable, self.items)
        records = to_records(combined.state, self.ours, self.blobs)
        trial = ProjectState(records)
        try:
            validate_state(trial)
        except (InvalidContentError, ValueError, TypeError) as exc:
            raise MergeError("unsound_result", str(exc)[:200]) from exc
        changes = change_set_between(self.ours, records)
        uuid = new_uuid()
        log = MergeLog(
            id=self.ours.next_id(MergeLog),
            at=at,
            author=author,
            source=self.source,
            source_project=self.source_project,
            change_set=uuid,
            absorbed=json.dumps(self.absorbed),
            summary=json.dumps(self.summary(), sort_keys=True),
        )
        changes = ChangeSet((*changes.changes, Change(None, log)))
        return MergeResult(changes, uuid, dict(self.origins), log, combined.notes)

    def summary(self) -> dict[str, int]:
        """Counts of what was taken and left, for the merge log and messages."""
        counts: Counter[str] = Counter()
        for item in self.items:
            state = "taken" if item.accepted else "rejected"
            counts[f"{item.action.value}_{state}"] += 1
            counts[state] += 1
            if item.conflict is not None:
                counts["conflicts"] += 1
        return dict(counts)


def plan_merge(
    ours: ProjectState,
    ours_journal: Sequence[JournalChangeSet],
    theirs: ProjectState,
    theirs_journal: Sequence[JournalChangeSet],
    *,
    source: str = "",
) -> MergePlan:
    """Compare two copies of one project; raises MergeError for different projects."""
    if ours.project.uuid != theirs.project.uuid:
        raise MergeError("different_project", theirs.project.name)
    known_ours = known_change_sets(ours, ours_journal)
    known_theirs = known_change_sets(theirs, theirs_journal)
    theirs_new = [cs for cs in theirs_journal if cs.uuid not in known_ours]
    ours_new = [cs for cs in ours_journal if cs.uuid not in known_theirs]
    shared = len(ours_new) < len(ours_journal) or len(theirs_new) < len(theirs_journal)
    ours_p, theirs_p = portable_state(ours), portable_state(theirs)
    absorbed = sorted(known_theirs - known_ours)
    if shared and not theirs_new:
        mode, items = MergeMode.UP_TO_DATE, []
    elif shared:
        mode = MergeMode.THREE_WAY
        items = find_items(ours_p, theirs_p, revert(ours_p, ours_new), revert(theirs_p, theirs_new))
    else:
        mode = MergeMode.TWO_WAY
        items = find_items(ours_p, theirs_p, None, None)
    _order_for_review(items)
    return MergePlan(
        mode,
        items,
        ours,
        ours_p,
        theirs_p,
        absorbed,
        origins_of(theirs_new),
        source,
        theirs.project.name,
        blobs_of(ours, theirs),
    )


def _order_for_review(items: list[Item]) -> None:
    """Conflicts first, then by touchpoint, keeping the table order inside."""
    items.sort(key=lambda item: (item.conflict is None, item.subject or "", item.number))
    for number, item in enumerate(items, start=1):
        item.number = number


__all__ = ["Conflict", "MergeError", "MergeMode", "MergePlan", "MergeResult", "plan_merge"]

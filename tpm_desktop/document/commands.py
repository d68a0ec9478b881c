"""The undo command: one change set, applied forward on redo and inverted on undo."""

from __future__ import annotations

import time
import zlib
from typing import Any

from PySide6.QtGui import QUndoCommand

from tpm_desktop.core.changes import ChangeSet
from tpm_desktop.document.document import ProjectDocument

# Typing into one field merges into the previous command unless the user paused
# for longer than this.
MERGE_PAUSE_S = 1.5


class ChangeCommand(QUndoCommand):
    """Applies a change set to the document; the only kind of command there is.

    Every edit is data (a ChangeSet), so one command class serves all of them and
    undo is the inverse set. A command with a `merge_key` absorbs the next
    command with the same key pushed within MERGE_PAUSE_S (typing in a field).
    """

    def __init__(
        self,
        document: ProjectDocument,
        text: str,
        changes: ChangeSet,
        merge_key: str | None = None,
        journal: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(text)
        self._document = document
        self.changes = changes
        self._merge_key = merge_key
        self._merge_id = -1 if merge_key is None else zlib.crc32(merge_key.encode()) & 0x7FFFFFFF
        self._last_push = time.monotonic()
        self._done_before = False
        self.kind = "edit"  # how the journal names the first application
        # what else the journal records of the first application (a merge's UUID)
        self._journal = dict(journal or {})
        self.kind = self._journal.pop("kind", self.kind)

    def redo(self) -> None:
        """Apply the change set; a failed write makes the command obsolete."""
        kind = "redo" if self._done_before else self.kind
        extra = {} if self._done_before else self._journal
        applied = self._document.apply(
            self.changes,
            kind=kind,
            label=self.text(),
            typing=self._merge_key is not None and not self._done_before,
            **extra,
        )
        self._done_before = True
        if not applied:
            self.setObsolete(True)

    def undo(self) -> None:
        """Apply the inverse change set."""
        if not self._document.apply(self.changes.inverted(), kind="undo", label=self.text()):
            self.setObsolete(True)

    def id(self) -> int:
        """Commands with the same merge key share an id; -1 never merges."""
        return self._merge_id

    def mergeWith(self, other: QUndoCommand) -> bool:
        """Absorb `other` (already applied) when it continues the same typing."""
        if not isinstance(other, ChangeCommand) or other._merge_key != self._merge_key:
            return False
        if other._last_push - self._last_push > MERGE_PAUSE_S:
            return False
        self.changes = self.changes.then(other.changes)
        self._last_push = other._last_push
        if not self.changes:
            # Typed and deleted again: nothing is left to undo.
            self.setObsolete(True)
        return True

"""The editor's commands for customer segments, evidence and comments.

A mixin of `Editor` (kept apart so that neither module grows past a screenful of
commands); every method builds a change set with `core.edits` and pushes one
undoable command through `Editor.push`.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from tpm_desktop.core.attachments import Attachment
from tpm_desktop.core.edits import evidence, segments

if TYPE_CHECKING:
    from tpm_desktop.document.editor import Editor

    _Base = Editor
else:
    _Base = object


class SegmentEditing(_Base):
    """Segments, a touchpoint's experience per segment, its evidence and comments."""

    # -- segments ------------------------------------------------------------------------

    def add_segment(self, name: str, **fields: Any) -> int:
        """Create a customer segment at the end of the list."""
        self._check_writable()
        changes, segment_id = segments.add_segment(self.state, name, **fields)
        self.push(self.tr("Add customer segment"), changes)
        return segment_id

    def update_segment(self, segment_id: int, *, typing: bool = False, **fields: Any) -> None:
        """Change a segment's name, profile, colour or picture."""
        key = f"segment:{segment_id}:{','.join(sorted(fields))}" if typing else None
        self.push(
            self.tr("Edit customer segment"),
            segments.update_segment(self.state, segment_id, **fields),
            key,
        )

    def delete_segment(self, segment_id: int) -> None:
        """Remove a segment with every touchpoint's experience and scores for it."""
        self.push(
            self.tr("Delete customer segment"), segments.delete_segment(self.state, segment_id)
        )

    def set_segment_relevant(
        self, touchpoint_ids: Sequence[int], segment_id: int, relevant: bool
    ) -> None:
        """Mark touchpoints relevant to a segment, or not."""
        self.push(
            self.tr("Set segment relevance"),
            segments.set_relevant(self.state, touchpoint_ids, segment_id, relevant),
        )

    def set_segment_experience(
        self, touchpoint_ids: Sequence[int], segment_id: int, experience: int | None
    ) -> None:
        """Set a segment's customer experience of touchpoints."""
        self.push(
            self.tr("Set segment experience"),
            segments.set_segment_experience(self.state, touchpoint_ids, segment_id, experience),
        )

    def set_segment_score(
        self, touchpoint_id: int, segment_id: int, criterion_id: int, as_is: float | None
    ) -> None:
        """Override (or with None, stop overriding) an as-is score for a segment."""
        self.push(
            self.tr("Set segment score"),
            segments.set_segment_score(self.state, touchpoint_id, segment_id, criterion_id, as_is),
        )

    # -- evidence ------------------------------------------------------------------------

    def attach_file(self, touchpoint_id: int, attachment: Attachment) -> int:
        """Attach a checked file (core.attachments) to a touchpoint."""
        self._check_writable()
        changes, evidence_id = evidence.add_file(self.state, touchpoint_id, attachment)
        self.push(self.tr("Attach file"), changes)
        return evidence_id

    def add_link(self, touchpoint_id: int, url: str, title: str = "") -> int:
        """Attach a web link."""
        self._check_writable()
        changes, evidence_id = evidence.add_link(self.state, touchpoint_id, url, title=title)
        self.push(self.tr("Add link"), changes)
        return evidence_id

    def add_quote(
        self, touchpoint_id: int, quote: str, source: str = "", quote_date: date | None = None
    ) -> int:
        """Attach a customer quote."""
        self._check_writable()
        changes, evidence_id = evidence.add_quote(
            self.state, touchpoint_id, quote, source=source, quote_date=quote_date
        )
        self.push(self.tr("Add quote"), changes)
        return evidence_id

    def update_evidence(self, evidence_id: int, **fields: Any) -> None:
        """Change an attachment's title, quote, source, date, link or report flag."""
        self.push(
            self.tr("Edit evidence"), evidence.update_evidence(self.state, evidence_id, **fields)
        )

    def delete_evidence(self, evidence_ids: Sequence[int]) -> None:
        """Remove attachments."""
        self.push(
            self.tr("Delete %n attachment(s)", "", len(evidence_ids)),
            evidence.delete_evidence(self.state, list(evidence_ids)),
        )

    # -- comments ------------------------------------------------------------------------

    def add_comment(self, touchpoint_id: int, text: str, parent_id: int | None = None) -> int:
        """Comment on a touchpoint, or reply to a comment; the author is the file's user."""
        self._check_writable()
        changes, comment_id = evidence.add_comment(
            self.state,
            touchpoint_id,
            text,
            author=self.document.project.author,
            parent_id=parent_id,
        )
        self.push(self.tr("Reply") if parent_id is not None else self.tr("Add comment"), changes)
        return comment_id

    def edit_comment(self, comment_id: int, text: str) -> None:
        """Change a comment's text."""
        self.push(self.tr("Edit comment"), evidence.edit_comment(self.state, comment_id, text))

    def set_comment_resolved(self, comment_id: int, resolved: bool) -> None:
        """Resolve or reopen the thread a comment belongs to."""
        self.push(
            self.tr("Resolve comment") if resolved else self.tr("Reopen comment"),
            evidence.set_resolved(self.state, comment_id, resolved),
        )

    def delete_comment(self, comment_id: int) -> None:
        """Remove a comment with its replies."""
        self.push(self.tr("Delete comment"), evidence.delete_comment(self.state, comment_id))

"""Edits of a touchpoint's evidence (files, links, quotes) and of its comment threads."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime
from typing import Any

from tpm_desktop.core.attachments import MAX_PROJECT_BYTES, MB, Attachment, attached_bytes
from tpm_desktop.core.changes import ChangeSet
from tpm_desktop.core.edits.builder import Builder
from tpm_desktop.core.enums import EvidenceKind
from tpm_desktop.core.errors import EditError
from tpm_desktop.core.model import Comment, Evidence, Touchpoint
from tpm_desktop.core.state import ProjectState
from tpm_desktop.core.text import checked_line, checked_text

_LINK_PREFIXES = ("http://", "https://")


def _next_position(b: Builder, touchpoint_id: int) -> int:
    mine = [e.position for e in b.all(Evidence) if e.touchpoint_id == touchpoint_id]
    return max(mine, default=-1) + 1


def add_file(
    state: ProjectState, touchpoint_id: int, attachment: Attachment, *, title: str = ""
) -> tuple[ChangeSet, int]:
    """Attach a checked file (see core.attachments) to a touchpoint."""
    if attached_bytes(state) + len(attachment.data) > MAX_PROJECT_BYTES:
        raise EditError(
            "project_attachments_full", attachment.filename, limit=MAX_PROJECT_BYTES // MB
        )
    b = Builder(state)
    b.require(Touchpoint, touchpoint_id)
    new_id = b.new_id(Evidence)
    b.put(
        Evidence(
            id=new_id,
            touchpoint_id=touchpoint_id,
            position=_next_position(b, touchpoint_id),
            kind=attachment.kind,
            title=checked_line(title),
            filename=checked_line(attachment.filename),
            mime=attachment.mime,
            data=attachment.data,
            digest=attachment.digest,
            size=len(attachment.data),
            in_report=attachment.kind is EvidenceKind.IMAGE,
        )
    )
    return b.build(), new_id


def add_link(
    state: ProjectState, touchpoint_id: int, url: str, *, title: str = ""
) -> tuple[ChangeSet, int]:
    """Attach a web link."""
    b = Builder(state)
    b.require(Touchpoint, touchpoint_id)
    new_id = b.new_id(Evidence)
    b.put(
        Evidence(
            id=new_id,
            touchpoint_id=touchpoint_id,
            position=_next_position(b, touchpoint_id),
            kind=EvidenceKind.LINK,
            url=_checked_url(url),
            title=checked_line(title),
        )
    )
    return b.build(), new_id


def add_quote(
    state: ProjectState,
    touchpoint_id: int,
    quote: str,
    *,
    source: str = "",
    quote_date: date | None = None,
) -> tuple[ChangeSet, int]:
    """Attach a customer quote with its source and date."""
    b = Builder(state)
    b.require(Touchpoint, touchpoint_id)
    new_id = b.new_id(Evidence)
    b.put(
        Evidence(
            id=new_id,
            touchpoint_id=touchpoint_id,
            position=_next_position(b, touchpoint_id),
            kind=EvidenceKind.QUOTE,
            quote=_checked_quote(quote),
            source=checked_line(source),
            quote_date=quote_date,
            in_report=True,
        )
    )
    return b.build(), new_id


def update_evidence(state: ProjectState, evidence_id: int, **fields: Any) -> ChangeSet:
    """Change an attachment's title, link, quote, source, date or report flag."""
    values: dict[str, Any] = {}
    for name, value in fields.items():
        if name in ("title", "source"):
            values[name] = checked_line(value)
        elif name == "quote":
            values[name] = _checked_quote(value)
        elif name == "url":
            values[name] = _checked_url(value)
        elif name == "quote_date":
            if value is not None and not isinstance(value, date):
                raise EditError("invalid_value", detail="date")
            values[name] = value
        elif name == "in_report":
            values[name] = bool(value)
        else:
            raise EditError("invalid_value", detail=f"evidence field {name}")
    b = Builder(state)
    b.update(Evidence, evidence_id, **values)
    return b.build()


def delete_evidence(state: ProjectState, evidence_ids: list[int]) -> ChangeSet:
    """Remove attachments."""
    b = Builder(state)
    for evidence_id in evidence_ids:
        b.require(Evidence, evidence_id)
        b.delete(Evidence, evidence_id)
    return b.build()


def _checked_url(url: str) -> str:
    line = checked_line(url)
    if not line.lower().startswith(_LINK_PREFIXES) or len(line) < 10 or " " in line:
        raise EditError("link_invalid")
    return line


def _checked_quote(quote: str) -> str:
    text = checked_text(quote).strip()
    if not text:
        raise EditError("quote_empty")
    return text


# -- comments ------------------------------------------------------------------------


def add_comment(
    state: ProjectState,
    touchpoint_id: int,
    text: str,
    *,
    author: str = "",
    parent_id: int | None = None,
    at: datetime | None = None,
) -> tuple[ChangeSet, int]:
    """A comment on a touchpoint, or a reply to one of its comments."""
    body = checked_text(text).strip()
    if not body:
        raise EditError("comment_empty")
    b = Builder(state)
    b.require(Touchpoint, touchpoint_id)
    if parent_id is not None:
        parent = b.require(Comment, parent_id)
        if parent.touchpoint_id != touchpoint_id:
            raise EditError("unknown_record")
    new_id = b.new_id(Comment)
    b.put(
        Comment(
            id=new_id,
            touchpoint_id=touchpoint_id,
            parent_id=parent_id,
            author=checked_line(author),
            at=at or datetime.now().replace(microsecond=0),
            text=body,
        )
    )
    return b.build(), new_id


def edit_comment(state: ProjectState, comment_id: int, text: str) -> ChangeSet:
    """Change a comment's text."""
    body = checked_text(text).strip()
    if not body:
        raise EditError("comment_empty")
    b = Builder(state)
    b.update(Comment, comment_id, text=body)
    return b.build()


def thread_root(state: ProjectState, comment_id: int) -> Comment:
    """The comment that starts the thread `comment_id` belongs to."""
    comment = state.get(Comment, comment_id)
    if comment is None:
        raise EditError("unknown_record")
    seen = {comment.id}
    while comment.parent_id is not None:
        parent = state.get(Comment, comment.parent_id)
        if parent is None or parent.id in seen:
            break
        seen.add(parent.id)
        comment = parent
    return comment


def replies_of(state: ProjectState, comment_id: int) -> list[Comment]:
    """Every reply below a comment (replies to replies too), oldest first."""
    comment = state.get(Comment, comment_id)
    if comment is None:
        return []
    by_parent: dict[int, list[Comment]] = {}
    for other in state.comments_of(comment.touchpoint_id):
        if other.parent_id is not None:
            by_parent.setdefault(other.parent_id, []).append(other)
    result: list[Comment] = []
    stack = [comment_id]
    while stack:
        for child in by_parent.get(stack.pop(), []):
            result.append(child)
            stack.append(child.id)
    return sorted(result, key=lambda c: (c.at, c.id))


def set_resolved(state: ProjectState, comment_id: int, resolved: bool) -> ChangeSet:
    """Resolve or reopen the thread a comment belongs to (its first comment holds the state)."""
    root = thread_root(state, comment_id)
    b = Builder(state)
    b.put(dataclasses.replace(root, resolved=resolved))
    return b.build()


def delete_comment(state: ProjectState, comment_id: int) -> ChangeSet:
    """Remove a comment with all replies below it."""
    b = Builder(state)
    b.require(Comment, comment_id)
    b.delete_all(reversed(replies_of(state, comment_id)))
    b.delete(Comment, comment_id)
    return b.build()


def open_threads(state: ProjectState, touchpoint_id: int) -> int:
    """How many unresolved threads a touchpoint has."""
    return sum(
        1 for c in state.comments_of(touchpoint_id) if c.parent_id is None and not c.resolved
    )

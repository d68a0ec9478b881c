"""Open comment threads in a department's report.

A department's report lists, under its section, the open threads on its
touchpoints: each comment with its author and date, replies indented under the
comment they answer. A resolved thread is done and left out.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, KeepTogether

from tpm_desktop.core.model import Comment, Touchpoint
from tpm_desktop.reports.pdf.blocks import spacer
from tpm_desktop.reports.pdf.context import ReportContext
from tpm_desktop.reports.pdf.options import Section
from tpm_desktop.reports.pdf.safe import line, paragraphs
from tpm_desktop.reports.pdf.textblock import TextBlock

MAX_COMMENTS = 200  # per report; the rest are counted
COMMENT_LIMIT = 2_000  # characters of one comment
INDENT = 12.0
MAX_DEPTH = 4  # deeper replies are indented no further


def open_threads(comments: Sequence[Comment]) -> list[tuple[Comment, int]]:
    """The comments of open threads in reading order, each with its depth.

    `comments` are one touchpoint's, oldest first (parents before replies). A
    thread is open when its first comment is not resolved; a reply whose parent is
    missing starts a thread of its own.
    """
    ids = {c.id for c in comments}
    children: dict[int | None, list[Comment]] = {}
    for comment in comments:
        parent = comment.parent_id if comment.parent_id in ids else None
        children.setdefault(parent, []).append(comment)
    result: list[tuple[Comment, int]] = []
    seen: set[int] = set()

    for root in children.get(None, ()):
        if root.resolved:
            continue
        stack = [(root, 0)]  # not recursive: a reply chain may be thousands long
        while stack:
            comment, depth = stack.pop()
            if comment.id in seen:
                continue
            seen.add(comment.id)
            result.append((comment, depth))
            stack += [(reply, depth + 1) for reply in reversed(children.get(comment.id, []))]
    return result


def department_comments(
    context: ReportContext, touchpoints: Sequence[Touchpoint]
) -> list[Flowable]:
    """The open threads on these touchpoints (nothing when there are none)."""
    t, data, styles = context.t, context.data, context.styles
    threads = [(tp, open_threads(data.state.comments_of(tp.id))) for tp in touchpoints]
    threads = [(tp, thread) for tp, thread in threads if thread]
    if not threads:
        return []
    story: list[Flowable] = [
        spacer(8),
        TextBlock(t("comments_title"), styles.h3),
        TextBlock(t("comments_intro"), styles.muted),
    ]
    printed = 0
    total = sum(len(thread) for _, thread in threads)
    for tp, thread in threads:
        if printed >= MAX_COMMENTS:
            break
        title = line(tp.name, 120) + (f" ({line(tp.code, 20)})" if tp.code else "")
        blocks: list[Flowable] = [spacer(3), TextBlock(title, styles.label)]
        for comment, depth in thread:
            if printed >= MAX_COMMENTS:
                break
            if depth == 0 and len(blocks) > 2:  # a new thread on the same touchpoint
                blocks.append(spacer(4))
            blocks += _comment(context, comment, depth)
            printed += 1
        # The touchpoint's name stays with its first comment.
        story.append(KeepTogether(blocks[:4]))
        story += blocks[4:]
    if total > printed:
        story.append(TextBlock(t("comment_more", count=t.integer(total - printed)), styles.muted))
    return story


def entry_comments(context: ReportContext, tp: Touchpoint) -> list[Flowable]:
    """A touchpoint's open threads for its appendix entry.

    Only in a department's report without its department section, which would
    otherwise hold them: the remarks reach the department either way.
    """
    if context.department is None or context.options.has(Section.DEPARTMENTS):
        return []
    thread = open_threads(context.data.state.comments_of(tp.id))[:MAX_COMMENTS]
    if not thread:
        return []
    story: list[Flowable] = [TextBlock(context.t("comments_title"), context.styles.label)]
    for comment, depth in thread:
        story += _comment(context, comment, depth)
    return story


def _comment(context: ReportContext, comment: Comment, depth: int) -> list[Flowable]:
    t, styles = context.t, context.styles
    indent = INDENT * min(depth, MAX_DEPTH)
    head = t("comment_head", author=line(comment.author, 60) or "–", date=t.date(comment.at))
    texts, omitted = paragraphs(comment.text, COMMENT_LIMIT)
    if texts and omitted:
        texts[-1] += "…"
    note = _indented(styles.note, indent)
    return [
        TextBlock(head, _indented(styles.entry_meta, indent)),
        *(TextBlock(text, note) for text in texts),
    ]


@lru_cache(maxsize=32)
def _indented(style: ParagraphStyle, indent: float) -> ParagraphStyle:
    return ParagraphStyle(f"{style.name}-thread-{indent}", parent=style, leftIndent=indent)

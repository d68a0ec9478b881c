"""The sample's customer segments, customer quotes and comment threads.

The content lives in resources/sample/segments.json; this module adds it to a
sample state whose touchpoints are known by their sample keys. Dates are relative
to the day the sample is made, like the rest of the sample.
"""

from __future__ import annotations

import json
from datetime import date, datetime, time, timedelta
from typing import Any

from tpm_desktop.core.edits.builder import Builder
from tpm_desktop.core.enums import EvidenceKind
from tpm_desktop.core.model import Comment, Evidence, Segment, SegmentScore, TouchpointSegment
from tpm_desktop.core.paths import resources_dir
from tpm_desktop.core.state import ProjectState


def _content() -> dict[str, Any]:
    path = resources_dir() / "sample" / "segments.json"
    return json.loads(path.read_text(encoding="utf-8"))


def add_segments(
    state: ProjectState, touchpoints: dict[str, int], language: str, today: date
) -> None:
    """Add the sample's segments, quotes and comments to `state`."""
    content = _content()
    b = Builder(state)
    criteria = state.criteria
    for position, entry in enumerate(content["segments"]):
        segment = Segment(
            id=b.new_id(Segment),
            name=entry["name"][language],
            position=position,
            profile=entry["profile"][language],
            color=entry["color"],
        )
        b.put(segment)
        for key, experience in entry["experience"].items():
            b.put(TouchpointSegment(touchpoints[key], segment.id, experience))
        for key, values in entry.get("overrides", {}).items():
            if b.get(TouchpointSegment, (touchpoints[key], segment.id)) is None:
                b.put(TouchpointSegment(touchpoints[key], segment.id))
            for criterion, value in zip(criteria, values, strict=False):
                b.put(SegmentScore(touchpoints[key], segment.id, criterion.id, float(value)))
    for entry in content["quotes"]:
        touchpoint_id = touchpoints[entry["touchpoint"]]
        mine = [e for e in b.all(Evidence) if e.touchpoint_id == touchpoint_id]
        b.put(
            Evidence(
                id=b.new_id(Evidence),
                touchpoint_id=touchpoint_id,
                position=len(mine),
                kind=EvidenceKind.QUOTE,
                quote=entry["quote"][language],
                source=entry["source"][language],
                quote_date=today - timedelta(days=entry["days_ago"]),
                in_report=True,
                added_at=_at(today, entry["days_ago"]),
            )
        )
    for entry in content["comments"]:
        touchpoint_id = touchpoints[entry["touchpoint"]]
        first = _comment(b, touchpoint_id, entry, language, today, None)
        for reply in entry.get("replies", ()):
            _comment(b, touchpoint_id, reply, language, today, first)
    state.apply(b.build())


def _at(today: date, days_ago: int) -> datetime:
    return datetime.combine(today - timedelta(days=days_ago), time(10, 0))


def _comment(
    b: Builder,
    touchpoint_id: int,
    entry: dict[str, Any],
    language: str,
    today: date,
    parent_id: int | None,
) -> int:
    comment = Comment(
        id=b.new_id(Comment),
        touchpoint_id=touchpoint_id,
        parent_id=parent_id,
        author=entry["author"],
        at=_at(today, entry["days_ago"]),
        text=entry["text"][language],
        resolved=bool(entry.get("resolved", False)),
    )
    b.put(comment)
    return comment.id

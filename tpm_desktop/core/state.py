"""The project held in memory: every record by type and key, plus lookup indexes."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterable, Mapping
from datetime import datetime
from types import MappingProxyType
from typing import Any, TypeVar

from tpm_desktop.core.changes import ChangeSet, Delta
from tpm_desktop.core.enums import Dimension
from tpm_desktop.core.model import (
    RECORD_TYPES,
    UUID_TYPES,
    AssessmentRound,
    Channel,
    Combination,
    Comment,
    Criterion,
    Department,
    Evidence,
    Key,
    Kpi,
    Measure,
    Measurement,
    Phase,
    Project,
    Record,
    RoundCriterion,
    RoundScore,
    RoundTouchpoint,
    Score,
    Segment,
    SegmentScore,
    Setting,
    Touchpoint,
    TouchpointSegment,
    WorkshopRating,
)

R = TypeVar("R", bound=Record)

# Child record type -> the field that points at its parent; these get an index.
_PARENT_FIELDS: dict[type[Record], str] = {
    Score: "touchpoint_id",
    Measure: "touchpoint_id",
    Kpi: "touchpoint_id",
    WorkshopRating: "touchpoint_id",
    Combination: "touchpoint_id",
    Measurement: "kpi_id",
    RoundTouchpoint: "round_id",
    RoundCriterion: "round_id",
    RoundScore: "round_id",
    TouchpointSegment: "touchpoint_id",
    SegmentScore: "touchpoint_id",
    Comment: "touchpoint_id",
    Evidence: "touchpoint_id",
}

LANE_TYPES: dict[Dimension, type[Department] | type[Channel] | type[Phase]] = {
    Dimension.DEPARTMENT: Department,
    Dimension.CHANNEL: Channel,
    Dimension.PHASE: Phase,
}

LANE_FIELDS: dict[Dimension, str] = {
    Dimension.DEPARTMENT: "department_id",
    Dimension.CHANNEL: "channel_id",
    Dimension.PHASE: "phase_id",
}


class StateConflictError(RuntimeError):
    """A change set does not fit the state it is applied to (a programming error)."""


class ProjectState:
    """All records of one project, kept consistent by applying change sets."""

    def __init__(self, records: Iterable[Record] = ()) -> None:
        self._tables: dict[type[Record], dict[Key, Record]] = {cls: {} for cls in RECORD_TYPES}
        self._children: dict[type[Record], dict[int, set[Key]]] = {
            cls: {} for cls in _PARENT_FIELDS
        }
        self._next_ids: dict[type[Record], int] = {}
        # Touchpoint ids by lane field and lane id, so that a cell's cards are found
        # without scanning every touchpoint (an edit must not cost more in a big project).
        self._by_lane: dict[str, dict[int, set[int]]] = {name: {} for name in LANE_FIELDS.values()}
        # Record UUID -> key, per type: identities across copies of the file.
        self._by_uuid: dict[type[Record], dict[str, Key]] = {kind: {} for kind in UUID_TYPES}
        self._next_code: int | None = None
        for record in records:
            self._insert(record)

    # -- reading ---------------------------------------------------------------

    def table(self, kind: type[R]) -> Mapping[Key, R]:
        """A read-only view of all records of one type, by key."""
        return MappingProxyType(self._tables[kind])  # type: ignore[arg-type]

    def get(self, kind: type[R], key: Key) -> R | None:
        """The record of the given type and key, or None."""
        return self._tables[kind].get(key)  # type: ignore[return-value]

    def records(self) -> Iterable[Record]:
        """Every record, parents before children."""
        for kind in RECORD_TYPES:
            yield from self._tables[kind].values()

    @property
    def project(self) -> Project:
        """The project row; a state loaded from a valid file always has one."""
        return self._tables[Project].get(1) or Project()  # type: ignore[return-value]

    @property
    def touchpoints(self) -> Mapping[Key, Touchpoint]:
        """All touchpoints by id."""
        return self.table(Touchpoint)

    @property
    def criteria(self) -> list[Criterion]:
        """The criteria catalogue in its order."""
        return sorted(self.table(Criterion).values(), key=lambda c: (c.position, c.id))

    def lanes(self, dimension: Dimension) -> list[Department] | list[Channel] | list[Phase]:
        """The lanes of one dimension in map order; channels are grouped online first."""
        kind = LANE_TYPES[dimension]
        lanes = list(self._tables[kind].values())
        if kind is Channel:
            return sorted(lanes, key=lambda c: (c.kind != "online", c.position, c.id))  # type: ignore[attr-defined]
        return sorted(lanes, key=lambda lane: (lane.position, lane.id))  # type: ignore[attr-defined]

    def touchpoint_ids_in(self, **lanes: int) -> set[int]:
        """Ids of the touchpoints in the given lanes, e.g. `department_id=2, channel_id=5`."""
        if not lanes:
            return set(self._tables[Touchpoint])  # type: ignore[arg-type]
        members = sorted(
            (self._by_lane[name].get(lane_id, set()) for name, lane_id in lanes.items()), key=len
        )
        return members[0].intersection(*members[1:])

    def children(self, kind: type[R], parent_id: int) -> list[R]:
        """Records of `kind` whose parent field points at `parent_id`."""
        keys = self._children[kind].get(parent_id, ())
        table = self._tables[kind]
        return [table[key] for key in keys]  # type: ignore[misc]

    def scores_of(self, touchpoint_id: int) -> dict[int, Score]:
        """The touchpoint's scores by criterion id."""
        return {s.criterion_id: s for s in self.children(Score, touchpoint_id)}

    def measures_of(self, touchpoint_id: int) -> list[Measure]:
        """The touchpoint's measures, by due date (undated last) and id."""
        return sorted(
            self.children(Measure, touchpoint_id),
            key=lambda m: (m.due_date is None, m.due_date or 0, m.id),
        )

    def kpis_of(self, touchpoint_id: int) -> list[Kpi]:
        """The touchpoint's KPIs by id."""
        return sorted(self.children(Kpi, touchpoint_id), key=lambda k: k.id)

    def measurements_of(self, kpi_id: int) -> list[Measurement]:
        """The KPI's measurements, oldest first."""
        return sorted(self.children(Measurement, kpi_id), key=lambda m: (m.date, m.id))

    def rounds(self) -> list[AssessmentRound]:
        """Assessment rounds, oldest first."""
        return sorted(self.table(AssessmentRound).values(), key=lambda r: (r.date, r.id))

    def segments(self) -> list[Segment]:
        """The customer segments in their order."""
        return sorted(self.table(Segment).values(), key=lambda s: (s.position, s.id))

    def segments_of(self, touchpoint_id: int) -> dict[int, TouchpointSegment]:
        """The segments a touchpoint is relevant to, by segment id."""
        return {r.segment_id: r for r in self.children(TouchpointSegment, touchpoint_id)}

    def segment_scores_of(self, touchpoint_id: int, segment_id: int) -> dict[int, SegmentScore]:
        """A segment's score overrides of a touchpoint, by criterion id."""
        return {
            s.criterion_id: s
            for s in self.children(SegmentScore, touchpoint_id)
            if s.segment_id == segment_id
        }

    def comments_of(self, touchpoint_id: int) -> list[Comment]:
        """The touchpoint's comments, oldest first (replies name their parent).

        A reply made in the same second as its parent still comes after it: ids do not
        tell, since a merge may insert the reply first.
        """
        comments = self.children(Comment, touchpoint_id)
        parents = {c.id: c.parent_id for c in comments}

        def depth(comment: Comment) -> int:
            level, parent, seen = 0, comment.parent_id, set()
            while parent is not None and parent in parents and parent not in seen:
                seen.add(parent)
                level, parent = level + 1, parents[parent]
            return level

        return sorted(comments, key=lambda c: (c.at, depth(c), c.id))

    def evidence_of(self, touchpoint_id: int) -> list[Evidence]:
        """The touchpoint's evidence in its order."""
        return sorted(self.children(Evidence, touchpoint_id), key=lambda e: (e.position, e.id))

    def setting(self, name: str, default: Any = None) -> Any:
        """A per-project setting decoded from JSON, or `default` when unset or unreadable."""
        record = self._tables[Setting].get(name)
        if record is None:
            return default
        try:
            return json.loads(record.value)  # type: ignore[attr-defined]
        except ValueError:
            return default

    def next_id(self, kind: type[Record]) -> int:
        """Reserve a fresh id for a new record; ids are never handed out twice."""
        candidate = self._next_ids.get(kind)
        if candidate is None:
            ids = [k for k in self._tables[kind] if isinstance(k, int)]
            candidate = max(ids, default=0) + 1
        self._next_ids[kind] = candidate + 1
        return candidate

    def by_uuid(self, kind: type[R], uuid: str) -> R | None:
        """The record of the given type with that UUID, or None."""
        key = self._by_uuid[kind].get(uuid)
        return None if key is None else self._tables[kind].get(key)  # type: ignore[return-value]

    def next_code(self) -> str:
        """Reserve a fresh short code for a new touchpoint ("T" and a number)."""
        if self._next_code is None:
            numbers = (code_number(tp.code) for tp in self.touchpoints.values())
            self._next_code = max((n for n in numbers if n is not None), default=0) + 1
        code = f"T{self._next_code}"
        self._next_code += 1
        return code

    def counts(self) -> dict[str, int]:
        """Record counts by table name."""
        return {kind.TABLE: len(table) for kind, table in self._tables.items()}

    def same_content(self, other: ProjectState) -> bool:
        """True when both states hold exactly the same records."""
        return all(self._tables[kind] == other._tables[kind] for kind in RECORD_TYPES)

    # -- changing --------------------------------------------------------------

    def check(self, changes: ChangeSet) -> None:
        """Raise StateConflictError unless every change's `before` is the current value.

        A new record must not take a UUID another record of its type holds.
        """
        for change in changes:
            current = self._tables[change.record_type].get(change.key)
            if current != change.before:
                raise StateConflictError(
                    f"{change.record_type.TABLE} {change.key!r}: expected {change.before!r}, "
                    f"found {current!r}"
                )
            after = change.after
            index = self._by_uuid.get(change.record_type)
            if index is not None and after is not None:
                holder = index.get(after.uuid)  # type: ignore[attr-defined]
                if holder is not None and holder != change.key and not _leaves(changes, holder):
                    raise StateConflictError(
                        f"{change.record_type.TABLE} {change.key!r}: UUID {after.uuid} "  # type: ignore[attr-defined]
                        f"is taken by {holder!r}"
                    )

    def apply(self, changes: ChangeSet) -> Delta:
        """Apply a change set whose `before` values match this state."""
        self.check(changes)
        for change in changes:
            if change.before is not None:
                self._remove(change.before)
            if change.after is not None:
                self._insert(change.after)
        return changes.delta()

    def stamp_modified(self, when: datetime) -> None:
        """Set the project's modification time (kept by the store, outside undo)."""
        project = self._tables[Project].get(1)
        if project is not None:
            self._tables[Project][1] = dataclasses.replace(project, modified_at=when)

    def _insert(self, record: Record) -> None:
        kind = type(record)
        self._tables[kind][record.key] = record
        parent_field = _PARENT_FIELDS.get(kind)
        if parent_field is not None:
            parent = getattr(record, parent_field)
            self._children[kind].setdefault(parent, set()).add(record.key)
        uuids = self._by_uuid.get(kind)
        if uuids is not None:
            uuids[record.uuid] = record.key  # type: ignore[attr-defined]
        if kind is Touchpoint:
            for name, index in self._by_lane.items():
                index.setdefault(getattr(record, name), set()).add(record.key)  # type: ignore[arg-type]
            number = code_number(record.code)  # type: ignore[attr-defined]
            if self._next_code is not None and number is not None and number >= self._next_code:
                self._next_code = number + 1

    def _remove(self, record: Record) -> None:
        kind = type(record)
        del self._tables[kind][record.key]
        uuids = self._by_uuid.get(kind)
        if uuids is not None and uuids.get(record.uuid) == record.key:  # type: ignore[attr-defined]
            del uuids[record.uuid]  # type: ignore[attr-defined]
        parent_field = _PARENT_FIELDS.get(kind)
        if parent_field is not None:
            siblings = self._children[kind].get(getattr(record, parent_field))
            if siblings is not None:
                siblings.discard(record.key)
                if not siblings:
                    del self._children[kind][getattr(record, parent_field)]
        if kind is Touchpoint:
            for name, index in self._by_lane.items():
                lane_id = getattr(record, name)
                members = index.get(lane_id)
                if members is not None:
                    members.discard(record.key)  # type: ignore[arg-type]
                    if not members:
                        del index[lane_id]


def code_number(code: str) -> int | None:
    """The number of a short code such as "T17", or None for another form."""
    if len(code) > 1 and code[0] == "T" and code[1:].isdigit() and code[1:].isascii():
        return int(code[1:])
    return None


def _leaves(changes: ChangeSet, key: Key) -> bool:
    # A UUID may pass from a deleted record to a new one within one change set
    # (never in practice, but the state must not refuse what the file allows).
    return any(c.key == key and c.after is None for c in changes)

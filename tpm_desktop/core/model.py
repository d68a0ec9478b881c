"""Domain records: one immutable dataclass per table row of the project file.

Records are values. An edit never mutates one; it replaces it with a changed copy
(`dataclasses.replace`), which is what makes undo a matter of keeping the old value.
Each record names its table and its key, so the store can write any of them
generically and the state can index them.
"""

from __future__ import annotations

import dataclasses
import typing
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import Enum
from functools import cache
from typing import Any, ClassVar

from tpm_desktop.core.enums import (
    ChannelKind,
    CriterionRole,
    Decision,
    Direction,
    EvidenceKind,
    Frequency,
    MeasureStatus,
    MediaType,
)
from tpm_desktop.core.ids import new_uuid

Key = int | tuple[int, ...] | str


@dataclass(frozen=True, slots=True)
class Record:
    """Base of all records: a table name and the fields that form the key."""

    TABLE: ClassVar[str] = ""
    KEY_FIELDS: ClassVar[tuple[str, ...]] = ("id",)
    # Fields the store maintains itself; record updates never overwrite them.
    VOLATILE_FIELDS: ClassVar[tuple[str, ...]] = ()

    @property
    def key(self) -> Key:
        """The primary key: the id, or a tuple for composite keys."""
        if len(self.KEY_FIELDS) == 1:
            return getattr(self, self.KEY_FIELDS[0])
        return tuple(getattr(self, name) for name in self.KEY_FIELDS)

    def to_row(self) -> dict[str, Any]:
        """Column values for the store, keyed by column name."""
        return {name: getattr(self, name) for name in _field_names(type(self))}

    @classmethod
    def field_names(cls) -> tuple[str, ...]:
        """The record's fields in declaration order (= the columns read for it)."""
        return _field_names(cls)

    @classmethod
    def from_row(cls, row: typing.Mapping[str, Any]) -> typing.Self:
        """Build a record from a database row keyed by column name."""
        return cls.from_values(tuple(row[name] for name in _field_names(cls)))

    @classmethod
    def from_values(cls, values: Sequence[Any]) -> typing.Self:
        """Build a record from values in field order, turning stored strings into enums."""
        enums = _enum_positions(cls)
        if enums:
            values = list(values)
            for index, enum_type in enums:
                raw = values[index]
                if raw is not None:
                    values[index] = enum_type(raw)
        return cls(*values)


@cache
def _field_names(cls: type[Record]) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(cls))


@cache
def _enum_positions(cls: type[Record]) -> tuple[tuple[int, type[Enum]], ...]:
    hints = typing.get_type_hints(cls)
    result: list[tuple[int, type[Enum]]] = []
    for index, name in enumerate(_field_names(cls)):
        for candidate in typing.get_args(hints[name]) or (hints[name],):
            if isinstance(candidate, type) and issubclass(candidate, Enum):
                result.append((index, candidate))
    return tuple(result)


@dataclass(frozen=True, slots=True)
class Project(Record):
    """The project's own data; exactly one row, id 1."""

    TABLE: ClassVar[str] = "project"
    VOLATILE_FIELDS: ClassVar[tuple[str, ...]] = ("modified_at",)
    id: int = 1
    name: str = ""
    client: str = ""
    author: str = ""
    description: str = ""
    language: str = "en"
    currency: str = "EUR"
    total_budget: float | None = None
    created_at: datetime = field(default_factory=lambda: datetime.now().replace(microsecond=0))
    # Stamped by the store on every commit, outside undo; excluded from equality so
    # that undoing an older project edit does not conflict with a newer timestamp.
    modified_at: datetime = field(
        default_factory=lambda: datetime.now().replace(microsecond=0), compare=False
    )
    uuid: str = field(default_factory=new_uuid)


@dataclass(frozen=True, slots=True)
class Setting(Record):
    """A per-project preference (map axes, quadrant labels, ...) stored as JSON text."""

    TABLE: ClassVar[str] = "setting"
    KEY_FIELDS: ClassVar[tuple[str, ...]] = ("name",)
    name: str
    value: str


@dataclass(frozen=True, slots=True)
class Department(Record):
    """A department of the company: a lane of the map (by default a row)."""

    TABLE: ClassVar[str] = "department"
    id: int
    name: str
    position: int
    color: str = "#4e79a7"
    contact_person: str = ""
    contact_email: str = ""
    uuid: str = field(default_factory=new_uuid)


@dataclass(frozen=True, slots=True)
class Channel(Record):
    """A contact channel, online or offline: a lane of the map (by default a column)."""

    TABLE: ClassVar[str] = "channel"
    id: int
    name: str
    position: int
    kind: ChannelKind = ChannelKind.ONLINE
    color: str = "#59a14f"
    uuid: str = field(default_factory=new_uuid)


@dataclass(frozen=True, slots=True)
class Phase(Record):
    """A phase of the customer journey (before, during, after the purchase)."""

    TABLE: ClassVar[str] = "phase"
    id: int
    name: str
    position: int
    uuid: str = field(default_factory=new_uuid)


@dataclass(frozen=True, slots=True)
class Touchpoint(Record):
    """A point of contact between the company and its customers."""

    TABLE: ClassVar[str] = "touchpoint"
    id: int
    name: str
    department_id: int
    channel_id: int
    phase_id: int
    position: int = 0
    description: str = ""
    media_type: MediaType | None = None
    responsible: str = ""
    as_is: str = ""
    target: str = ""
    experience: int | None = None
    decision: Decision = Decision.KEEP
    is_super: bool = False
    budget: float | None = None
    # A short id shown to people (cards, rating sheets, reports), e.g. "T17".
    code: str = ""
    relevance: float | None = None
    target_experience: int | None = None
    budget_locked: bool = False
    uuid: str = field(default_factory=new_uuid)


@dataclass(frozen=True, slots=True)
class Combination(Record):
    """Touchpoint `touchpoint_id` is to be combined with `partner_id`."""

    TABLE: ClassVar[str] = "combination"
    KEY_FIELDS: ClassVar[tuple[str, ...]] = ("touchpoint_id", "partner_id")
    touchpoint_id: int
    partner_id: int


@dataclass(frozen=True, slots=True)
class Criterion(Record):
    """A criterion of the assessment catalogue with its weight and scale."""

    TABLE: ClassVar[str] = "criterion"
    id: int
    name: str
    position: int
    description: str = ""
    weight: float = 1.0
    scale_min: int = 1
    scale_max: int = 5
    role: CriterionRole = CriterionRole.PERFORMANCE
    uuid: str = field(default_factory=new_uuid)


@dataclass(frozen=True, slots=True)
class Score(Record):
    """As-is and target score of one touchpoint on one criterion; None is "not rated"."""

    TABLE: ClassVar[str] = "score"
    KEY_FIELDS: ClassVar[tuple[str, ...]] = ("touchpoint_id", "criterion_id")
    touchpoint_id: int
    criterion_id: int
    as_is: float | None = None
    target: float | None = None
    # Set when the as-is value is the mean of workshop ratings.
    as_is_spread: float | None = None
    as_is_count: int | None = None


@dataclass(frozen=True, slots=True)
class Measure(Record):
    """A planned step of the action plan that moves a touchpoint towards its target."""

    TABLE: ClassVar[str] = "measure"
    id: int
    touchpoint_id: int
    title: str
    description: str = ""
    owner: str = ""
    due_date: date | None = None
    status: MeasureStatus = MeasureStatus.PLANNED
    cost: float | None = None
    quick_win: bool = False
    uuid: str = field(default_factory=new_uuid)


@dataclass(frozen=True, slots=True)
class Kpi(Record):
    """A key figure measured at a touchpoint, with its target value."""

    TABLE: ClassVar[str] = "kpi"
    id: int
    touchpoint_id: int
    name: str
    unit: str = ""
    target: float | None = None
    direction: Direction = Direction.HIGHER
    frequency: Frequency = Frequency.MONTHLY
    uuid: str = field(default_factory=new_uuid)


@dataclass(frozen=True, slots=True)
class Measurement(Record):
    """One dated value of a KPI."""

    TABLE: ClassVar[str] = "measurement"
    id: int
    kpi_id: int
    date: date
    value: float
    note: str = ""
    uuid: str = field(default_factory=new_uuid)


@dataclass(frozen=True, slots=True)
class WorkshopRating(Record):
    """One participant's rating of a touchpoint, from a workshop or survey.

    On a criterion, or, with `criterion_id` None (schema 4), the customer experience
    from −2 to +2.
    """

    TABLE: ClassVar[str] = "workshop_rating"
    id: int
    touchpoint_id: int
    criterion_id: int | None
    participant: str
    value: float
    group_name: str = ""
    batch: str = ""
    uuid: str = field(default_factory=new_uuid)


@dataclass(frozen=True, slots=True)
class AssessmentRound(Record):
    """A named, dated snapshot of all scores."""

    TABLE: ClassVar[str] = "assessment_round"
    id: int
    name: str
    date: date
    note: str = ""
    uuid: str = field(default_factory=new_uuid)


@dataclass(frozen=True, slots=True)
class RoundTouchpoint(Record):
    """A touchpoint as it was when a round was closed; survives later deletion."""

    TABLE: ClassVar[str] = "round_touchpoint"
    KEY_FIELDS: ClassVar[tuple[str, ...]] = ("round_id", "touchpoint_id")
    round_id: int
    touchpoint_id: int
    name: str
    department_id: int | None = None
    department_name: str = ""
    weighted_as_is: float | None = None
    weighted_target: float | None = None
    touchpoint_uuid: str = ""


@dataclass(frozen=True, slots=True)
class RoundCriterion(Record):
    """A criterion as it was when a round was closed."""

    TABLE: ClassVar[str] = "round_criterion"
    KEY_FIELDS: ClassVar[tuple[str, ...]] = ("round_id", "criterion_id")
    round_id: int
    criterion_id: int
    name: str
    weight: float
    scale_min: int
    scale_max: int
    criterion_uuid: str = ""


@dataclass(frozen=True, slots=True)
class RoundScore(Record):
    """A score as it was when a round was closed."""

    TABLE: ClassVar[str] = "round_score"
    KEY_FIELDS: ClassVar[tuple[str, ...]] = ("round_id", "touchpoint_id", "criterion_id")
    round_id: int
    touchpoint_id: int
    criterion_id: int
    as_is: float | None = None
    target: float | None = None


@dataclass(frozen=True, slots=True)
class MergeLog(Record):
    """One merge of another copy's changes: who, when, from which file, what was taken."""

    TABLE: ClassVar[str] = "merge_log"
    id: int
    at: datetime
    author: str = ""
    source: str = ""  # the other file, as the user chose it
    source_project: str = ""  # the other copy's project name
    change_set: str = ""  # UUID of the journal change set this merge wrote
    absorbed: str = "[]"  # JSON list: change-set UUIDs of the other copy now included
    summary: str = "{}"  # JSON: what was taken, rejected and in conflict
    uuid: str = field(default_factory=new_uuid)


@dataclass(frozen=True, slots=True)
class Segment(Record):
    """A customer segment (persona): whose experience a touchpoint is rated for."""

    TABLE: ClassVar[str] = "segment"
    id: int
    name: str
    position: int
    profile: str = ""
    color: str = "#f28e2b"
    # The digest names the picture in the journal and the merge (see BLOB_FIELDS).
    picture: bytes | None = None
    picture_digest: str = ""
    uuid: str = field(default_factory=new_uuid)


@dataclass(frozen=True, slots=True)
class TouchpointSegment(Record):
    """A touchpoint relevant to a segment, with that segment's customer experience."""

    TABLE: ClassVar[str] = "touchpoint_segment"
    KEY_FIELDS: ClassVar[tuple[str, ...]] = ("touchpoint_id", "segment_id")
    touchpoint_id: int
    segment_id: int
    experience: int | None = None


@dataclass(frozen=True, slots=True)
class SegmentScore(Record):
    """A segment's own as-is score of a touchpoint on a criterion (overrides the general)."""

    TABLE: ClassVar[str] = "segment_score"
    KEY_FIELDS: ClassVar[tuple[str, ...]] = ("touchpoint_id", "segment_id", "criterion_id")
    touchpoint_id: int
    segment_id: int
    criterion_id: int
    as_is: float


@dataclass(frozen=True, slots=True)
class Comment(Record):
    """A remark on a touchpoint; a reply names the comment it answers."""

    TABLE: ClassVar[str] = "comment"
    id: int
    touchpoint_id: int
    parent_id: int | None = None
    author: str = ""
    at: datetime = field(default_factory=lambda: datetime.now().replace(microsecond=0))
    text: str = ""
    resolved: bool = False
    uuid: str = field(default_factory=new_uuid)


@dataclass(frozen=True, slots=True)
class Evidence(Record):
    """Proof attached to a touchpoint: an image, a document, a link or a quote."""

    TABLE: ClassVar[str] = "evidence"
    id: int
    touchpoint_id: int
    position: int = 0
    kind: EvidenceKind = EvidenceKind.QUOTE
    title: str = ""
    filename: str = ""
    mime: str = ""
    data: bytes | None = None
    digest: str = ""  # SHA-256 of data, hex
    size: int = 0
    url: str = ""
    quote: str = ""
    source: str = ""
    quote_date: date | None = None
    in_report: bool = False
    added_at: datetime = field(default_factory=lambda: datetime.now().replace(microsecond=0))
    uuid: str = field(default_factory=new_uuid)


# Parents before children: the order in which rows can be inserted without
# violating a foreign key. Deletes run in the reverse order.
RECORD_TYPES: tuple[type[Record], ...] = (
    Project,
    Setting,
    Department,
    Channel,
    Phase,
    Criterion,
    Touchpoint,
    Combination,
    Score,
    Measure,
    Kpi,
    Measurement,
    WorkshopRating,
    AssessmentRound,
    RoundTouchpoint,
    RoundCriterion,
    RoundScore,
    MergeLog,
    Segment,
    TouchpointSegment,
    SegmentScore,
    Comment,
    Evidence,
)

# Record type -> (bytes field, its digest field): the bytes never travel through the
# journal or the merge's comparison, their SHA-256 does (core.portable, core.merge).
BLOB_FIELDS: dict[type[Record], tuple[str, str]] = {
    Segment: ("picture", "picture_digest"),
    Evidence: ("data", "digest"),
}

# Record types that carry a UUID of their own (the others are keyed by their parents).
UUID_TYPES: tuple[type[Record], ...] = tuple(
    kind for kind in RECORD_TYPES if "uuid" in _field_names(kind)
)

RECORD_BY_TABLE: dict[str, type[Record]] = {cls.TABLE: cls for cls in RECORD_TYPES}

"""Records in a form every copy of a project understands: UUIDs instead of local ids.

Local integer ids differ between copies (each copy hands out its next id to its own
new records), so the journal and the merge name records and their references by
UUID. A record becomes an *identity* (a text naming it in every copy) and a dict of
*portable fields* with JSON-ready values, references given as the parent's UUID.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from datetime import date, datetime
from enum import Enum
from typing import Any

from tpm_desktop.core.changes import ChangeSet
from tpm_desktop.core.model import (
    BLOB_FIELDS,
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
from tpm_desktop.core.state import ProjectState

Lookup = Callable[[type[Record], Key], Record | None]

# Record type -> field -> the record type that field refers to.
REFERENCES: dict[type[Record], dict[str, type[Record]]] = {
    Touchpoint: {"department_id": Department, "channel_id": Channel, "phase_id": Phase},
    Combination: {"touchpoint_id": Touchpoint, "partner_id": Touchpoint},
    Score: {"touchpoint_id": Touchpoint, "criterion_id": Criterion},
    Measure: {"touchpoint_id": Touchpoint},
    Kpi: {"touchpoint_id": Touchpoint},
    Measurement: {"kpi_id": Kpi},
    WorkshopRating: {"touchpoint_id": Touchpoint, "criterion_id": Criterion},
    RoundTouchpoint: {"round_id": AssessmentRound, "department_id": Department},
    RoundCriterion: {"round_id": AssessmentRound},
    RoundScore: {"round_id": AssessmentRound},
    TouchpointSegment: {"touchpoint_id": Touchpoint, "segment_id": Segment},
    SegmentScore: {"touchpoint_id": Touchpoint, "segment_id": Segment, "criterion_id": Criterion},
    Comment: {"touchpoint_id": Touchpoint, "parent_id": Comment},
    Evidence: {"touchpoint_id": Touchpoint},
}

# Fields that never travel: local keys, identities, and what the store stamps itself.
_LOCAL_FIELDS: dict[type[Record], frozenset[str]] = {
    RoundTouchpoint: frozenset({"round_id", "touchpoint_id", "touchpoint_uuid"}),
    RoundCriterion: frozenset({"round_id", "criterion_id", "criterion_uuid"}),
    RoundScore: frozenset({"round_id", "touchpoint_id", "criterion_id"}),
    Score: frozenset({"touchpoint_id", "criterion_id"}),
    Combination: frozenset({"touchpoint_id", "partner_id"}),
    Setting: frozenset({"name"}),
    TouchpointSegment: frozenset({"touchpoint_id", "segment_id"}),
    SegmentScore: frozenset({"touchpoint_id", "segment_id", "criterion_id"}),
    # Bytes travel by their digest (see BLOB_FIELDS): a journal entry or a merge
    # comparison never carries a 20 MB attachment.
    **{kind: frozenset({fields[0]}) for kind, fields in BLOB_FIELDS.items()},
}
_ALWAYS_LOCAL = frozenset({"id", "uuid", "modified_at"})


def lookup_in(state: ProjectState, changes: ChangeSet | None = None) -> Lookup:
    """Find records in a change set first (either side), then in the state."""
    records: dict[tuple[type[Record], Key], Record] = {}
    if changes is not None:
        for change in changes:
            record = change.after if change.after is not None else change.before
            assert record is not None
            records[(type(record), record.key)] = record

    def lookup(kind: type[Record], key: Key) -> Record | None:
        found = records.get((kind, key))
        return found if found is not None else state.get(kind, key)

    return lookup


def uuid_of(lookup: Lookup, kind: type[Record], key: Key | None) -> str | None:
    """The UUID of the referenced record, or None where there is none."""
    if key is None:
        return None
    record = lookup(kind, key)
    return None if record is None else record.uuid  # type: ignore[attr-defined]


def identity(record: Record, lookup: Lookup) -> str:
    """The text that names this record in every copy of the project."""
    kind = type(record)
    if kind in UUID_TYPES:
        return record.uuid  # type: ignore[attr-defined]
    if kind is Setting:
        return record.name  # type: ignore[attr-defined]
    return json.dumps(_identity_parts(record, lookup))


def _identity_parts(record: Record, lookup: Lookup) -> list[str]:
    if isinstance(record, Score):
        return [
            _ref(lookup, Touchpoint, record.touchpoint_id),
            _ref(lookup, Criterion, record.criterion_id),
        ]
    if isinstance(record, Combination):
        return [
            _ref(lookup, Touchpoint, record.touchpoint_id),
            _ref(lookup, Touchpoint, record.partner_id),
        ]
    if isinstance(record, RoundTouchpoint):
        return [_ref(lookup, AssessmentRound, record.round_id), record.touchpoint_uuid]
    if isinstance(record, RoundCriterion):
        return [_ref(lookup, AssessmentRound, record.round_id), record.criterion_uuid]
    if isinstance(record, RoundScore):
        return [
            _ref(lookup, AssessmentRound, record.round_id),
            round_member_uuid(lookup, record.round_id, Touchpoint, record.touchpoint_id),
            round_member_uuid(lookup, record.round_id, Criterion, record.criterion_id),
        ]
    if isinstance(record, TouchpointSegment):
        return [
            _ref(lookup, Touchpoint, record.touchpoint_id),
            _ref(lookup, Segment, record.segment_id),
        ]
    if isinstance(record, SegmentScore):
        return [
            _ref(lookup, Touchpoint, record.touchpoint_id),
            _ref(lookup, Segment, record.segment_id),
            _ref(lookup, Criterion, record.criterion_id),
        ]
    raise TypeError(f"no identity rule for {type(record).__name__}")


def _ref(lookup: Lookup, kind: type[Record], key: Key) -> str:
    # A dangling reference cannot happen in a checked file; name it by its local id
    # rather than fail, so that the journal never blocks an edit.
    return uuid_of(lookup, kind, key) or f"local:{kind.TABLE}:{key}"


def round_member_uuid(lookup: Lookup, round_id: int, kind: type[Record], local_id: int) -> str:
    """The UUID a round snapshot gives a touchpoint or criterion by its local id."""
    if kind is Touchpoint:
        row = lookup(RoundTouchpoint, (round_id, local_id))
        if row is not None and row.touchpoint_uuid:  # type: ignore[attr-defined]
            return row.touchpoint_uuid  # type: ignore[attr-defined]
    else:
        row = lookup(RoundCriterion, (round_id, local_id))
        if row is not None and row.criterion_uuid:  # type: ignore[attr-defined]
            return row.criterion_uuid  # type: ignore[attr-defined]
    return _ref(lookup, kind, local_id)


def subject(record: Record, lookup: Lookup) -> str | None:
    """The UUID of the touchpoint a record belongs to (for its history), or None."""
    if isinstance(record, Touchpoint):
        return record.uuid
    if isinstance(
        record,
        Score
        | Measure
        | Kpi
        | WorkshopRating
        | Combination
        | TouchpointSegment
        | SegmentScore
        | Comment
        | Evidence,
    ):
        return uuid_of(lookup, Touchpoint, record.touchpoint_id)
    if isinstance(record, Measurement):
        kpi = lookup(Kpi, record.kpi_id)
        return None if kpi is None else uuid_of(lookup, Touchpoint, kpi.touchpoint_id)  # type: ignore[attr-defined]
    return None


def portable_fields(record: Record, lookup: Lookup) -> dict[str, Any]:
    """The record's fields as JSON-ready values, references as UUIDs."""
    kind = type(record)
    local = _LOCAL_FIELDS.get(kind, frozenset())
    references = REFERENCES.get(kind, {})
    result: dict[str, Any] = {}
    for name in kind.field_names():
        if name in _ALWAYS_LOCAL or name in local:
            continue
        value = getattr(record, name)
        target = references.get(name)
        result[name] = uuid_of(lookup, target, value) if target is not None else plain(value)
    return result


def plain(value: Any) -> Any:
    """A field value as JSON can hold it."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    return value


def encode(value: Any) -> str:
    """JSON text of a portable value, compact and stable."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def decode(text: str | None) -> Any:
    """The portable value of a JSON text (None stays None)."""
    return None if text is None else json.loads(text)


def portable_state(state: ProjectState) -> dict[tuple[str, str], dict[str, Any]]:
    """Every record of a state as (table, identity) -> portable fields."""
    lookup = lookup_in(state)
    result: dict[tuple[str, str], dict[str, Any]] = {}
    for record in state.records():
        result[(record.TABLE, identity(record, lookup))] = portable_fields(record, lookup)
    return result


def by_identity(state: ProjectState) -> Mapping[tuple[str, str], Record]:
    """Every record of a state by (table, identity)."""
    lookup = lookup_in(state)
    return {(record.TABLE, identity(record, lookup)): record for record in state.records()}

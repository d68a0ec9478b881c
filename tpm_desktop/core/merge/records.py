"""From the merged portable state back to records with our copy's local keys."""

from __future__ import annotations

import dataclasses
import json
import typing
from collections.abc import Mapping
from datetime import date, datetime
from functools import cache
from typing import Any

from tpm_desktop.core.changes import Change, ChangeSet
from tpm_desktop.core.merge.items import Fields, PortableState, Slot
from tpm_desktop.core.model import (
    BLOB_FIELDS,
    RECORD_TYPES,
    UUID_TYPES,
    AssessmentRound,
    Key,
    Project,
    Record,
    RoundCriterion,
    RoundScore,
    RoundTouchpoint,
    Setting,
)
from tpm_desktop.core.portable import REFERENCES
from tpm_desktop.core.state import ProjectState


class _Keys:
    """Local ids: ours where the record exists here, fresh ones above ours otherwise."""

    def __init__(self, ours: ProjectState) -> None:
        self._ours = ours
        self.ids: dict[str, dict[str, int]] = {}
        self._next: dict[str, int] = {}
        # round uuid -> member uuid -> local member id, per member table
        self.members: dict[tuple[str, str], dict[str, int]] = {}

    def local_id(self, kind: type[Record], uuid: str) -> int:
        table = self.ids.setdefault(kind.TABLE, {})
        if uuid in table:
            return table[uuid]
        existing = self._ours.by_uuid(kind, uuid)
        if existing is not None:
            table[uuid] = existing.id  # type: ignore[attr-defined]
        else:
            if kind.TABLE not in self._next:
                self._next[kind.TABLE] = self._ours.next_id(kind)
            table[uuid] = self._next[kind.TABLE]
            self._next[kind.TABLE] += 1
        return table[uuid]

    def member_id(self, member_table: str, round_uuid: str, member_uuid: str) -> int:
        members = self.members.setdefault((member_table, round_uuid), {})
        if member_uuid in members:
            return members[member_uuid]
        owner = "touchpoint" if member_table == RoundTouchpoint.TABLE else "criterion"
        candidate = self.ids.get(owner, {}).get(member_uuid)
        taken = set(members.values())
        if candidate is None or candidate in taken:
            candidate = max([*taken, *self.ids.get(owner, {}).values(), 0]) + 1
            while candidate in taken:
                candidate += 1
        members[member_uuid] = candidate
        return candidate


def to_records(
    merged: PortableState, ours: ProjectState, blobs: Mapping[str, bytes] | None = None
) -> list[Record]:
    """Every record of the merged state, keyed as in our copy (parents first).

    The portable state names attached bytes by their digest; `blobs` gives the
    bytes for each digest (from either copy).
    """
    keys = _Keys(ours)
    by_table: dict[str, list[tuple[Slot, Fields]]] = {}
    for slot, fields in merged.items():
        by_table.setdefault(slot[0], []).append((slot, fields))
    # ours first keep their member ids in rounds
    for row in ours.table(RoundTouchpoint).values():
        _remember_member(keys, ours, RoundTouchpoint.TABLE, row.round_id, row.touchpoint_uuid, row)
    for row in ours.table(RoundCriterion).values():
        _remember_member(keys, ours, RoundCriterion.TABLE, row.round_id, row.criterion_uuid, row)
    records: list[Record] = []
    for kind in RECORD_TYPES:
        rows = by_table.get(kind.TABLE, [])
        if kind in UUID_TYPES:
            for slot, _ in rows:
                keys.local_id(kind, slot[1])
        for slot, fields in sorted(rows, key=lambda row: row[0][1]):
            records.append(_with_blob(_record(kind, slot, fields, keys, ours), blobs or {}))
    return records


def blobs_of(*states: ProjectState) -> dict[str, bytes]:
    """Every attached byte string of the given states, by its digest."""
    result: dict[str, bytes] = {}
    for state in states:
        for kind, (data_field, digest_field) in BLOB_FIELDS.items():
            for record in state.table(kind).values():
                data = getattr(record, data_field)
                if data is not None:
                    result.setdefault(getattr(record, digest_field), data)
    return result


def _with_blob(record: Record, blobs: Mapping[str, bytes]) -> Record:
    fields = BLOB_FIELDS.get(type(record))
    if fields is None:
        return record
    digest = getattr(record, fields[1])
    data = blobs.get(digest) if digest else None
    return dataclasses.replace(record, **{fields[0]: data})


def _remember_member(
    keys: _Keys, ours: ProjectState, table: str, round_id: int, uuid: str, row: Record
) -> None:
    owner = ours.get(AssessmentRound, round_id)
    if owner is None or not uuid:
        return
    local = row.touchpoint_id if table == RoundTouchpoint.TABLE else row.criterion_id  # type: ignore[attr-defined]
    keys.members.setdefault((table, owner.uuid), {})[uuid] = local


def _record(
    kind: type[Record], slot: Slot, fields: Fields, keys: _Keys, ours: ProjectState
) -> Record:
    values: dict[str, Any] = {}
    references = REFERENCES.get(kind, {})
    for name, value in fields.items():
        target = references.get(name)
        if target is not None and name not in kind.KEY_FIELDS:
            values[name] = None if value is None else keys.ids[target.TABLE][value]
        else:
            values[name] = _typed(kind, name, value)
    identity = slot[1]
    if kind in UUID_TYPES:
        values["id"] = keys.local_id(kind, identity)
        values["uuid"] = identity
    elif kind is Setting:
        values["name"] = identity
    else:
        values.update(_composite_key(kind, json.loads(identity), keys))
    if kind is Project:
        values["modified_at"] = ours.project.modified_at
    names = kind.field_names()
    return kind.from_values(
        tuple(values[name] if name in values else _default(kind, name) for name in names)
    )


def _composite_key(kind: type[Record], parts: list[str], keys: _Keys) -> dict[str, Any]:
    touchpoints = keys.ids.get("touchpoint", {})
    if kind.TABLE == "score":
        return {
            "touchpoint_id": touchpoints[parts[0]],
            "criterion_id": keys.ids["criterion"][parts[1]],
        }
    if kind.TABLE == "combination":
        return {"touchpoint_id": touchpoints[parts[0]], "partner_id": touchpoints[parts[1]]}
    if kind.TABLE == "touchpoint_segment":
        return {
            "touchpoint_id": touchpoints[parts[0]],
            "segment_id": keys.ids["segment"][parts[1]],
        }
    if kind.TABLE == "segment_score":
        return {
            "touchpoint_id": touchpoints[parts[0]],
            "segment_id": keys.ids["segment"][parts[1]],
            "criterion_id": keys.ids["criterion"][parts[2]],
        }
    round_id = keys.ids["assessment_round"][parts[0]]
    if kind is RoundTouchpoint:
        member = keys.member_id(RoundTouchpoint.TABLE, parts[0], parts[1])
        return {"round_id": round_id, "touchpoint_id": member, "touchpoint_uuid": parts[1]}
    if kind is RoundCriterion:
        member = keys.member_id(RoundCriterion.TABLE, parts[0], parts[1])
        return {"round_id": round_id, "criterion_id": member, "criterion_uuid": parts[1]}
    if kind is RoundScore:
        return {
            "round_id": round_id,
            "touchpoint_id": keys.member_id(RoundTouchpoint.TABLE, parts[0], parts[1]),
            "criterion_id": keys.member_id(RoundCriterion.TABLE, parts[0], parts[2]),
        }
    raise TypeError(f"no key rule for {kind.TABLE}")


@cache
def _hints(kind: type[Record]) -> dict[str, Any]:
    return typing.get_type_hints(kind)


def _typed(kind: type[Record], name: str, value: Any) -> Any:
    if not isinstance(value, str):
        return value
    hint = _hints(kind).get(name)
    options = typing.get_args(hint) or (hint,)
    if datetime in options:
        return datetime.fromisoformat(value)
    if date in options:
        return date.fromisoformat(value)
    return value


def _default(kind: type[Record], name: str) -> Any:
    for f in dataclasses.fields(kind):
        if f.name == name:
            if f.default is not dataclasses.MISSING:
                return f.default
            if f.default_factory is not dataclasses.MISSING:
                return f.default_factory()
    raise KeyError(f"{kind.TABLE}.{name} has no value")


def change_set_between(ours: ProjectState, records: list[Record]) -> ChangeSet:
    """The change set that turns our state into one holding exactly `records`."""
    wanted: dict[tuple[type[Record], Key], Record] = {(type(r), r.key): r for r in records}
    changes: list[Change] = []
    for (kind, key), record in wanted.items():
        current = ours.get(kind, key)
        if current != record:
            changes.append(Change(current, record))
    for kind in RECORD_TYPES:
        for key, current in ours.table(kind).items():
            if (kind, key) not in wanted:
                changes.append(Change(current, None))
    return ChangeSet(tuple(changes))

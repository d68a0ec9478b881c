"""Workshop input ("swarm intelligence"): ratings of many participants, and their mean.

A workshop table has one row per rating: participant, touchpoint (short id such as
"T17", name, or, as older tables have it, the internal number),
criterion (name or id), value and optionally a group (customer, employee, ...).
`check_rows` checks each row (read by `reports.workshop_table`) against the
project without changing anything, so the user sees each row's errors first.
`import_changes` stores the valid ratings and sets each rated as-is score to the
participants' mean, keeping the spread (population standard deviation) and the
number of participants.

Ratings stay stored and can be aggregated again, over all of them or only one
group or workshop (`aggregate_changes`). When a participant rated the same
touchpoint and criterion more than once, only the latest rating counts.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from tpm_desktop.core.changes import ChangeSet
from tpm_desktop.core.edits.builder import Builder
from tpm_desktop.core.model import Criterion, Score, Touchpoint, WorkshopRating
from tpm_desktop.core.state import ProjectState
from tpm_desktop.core.text import MAX_NAME_LENGTH, clean_line

MEAN_DIGITS = 3  # means are stored rounded, e.g. 3.667
EXPERIENCE_LOW, EXPERIENCE_HIGH = -2, 2  # a rating without a criterion is on this scale


@dataclass(frozen=True, slots=True)
class RowError:
    """Why a row cannot be used: a code (translated by the interface) and its details."""

    code: str
    params: tuple[tuple[str, Any], ...] = ()

    def param(self, name: str) -> Any:
        """One detail by name (None when absent)."""
        return dict(self.params).get(name)


@dataclass(frozen=True, slots=True)
class RawRow:
    """One row as read from a table, before it is checked against the project.

    `value` is the number read from the value cell; `value_text` is what the cell
    showed, and `value_invalid` is True when it held text that is not a number.
    """

    line: int  # the row's line in the file (the header is line 1)
    participant: str
    touchpoint: str
    criterion: str
    value: float | None
    value_text: str = ""
    value_invalid: bool = False
    group: str = ""


@dataclass(frozen=True, slots=True)
class ParsedRow:
    """One row checked against the project: what it rates, or why it cannot be used."""

    raw: RawRow
    touchpoint_id: int | None = None
    criterion_id: int | None = None
    errors: tuple[RowError, ...] = ()

    @property
    def ok(self) -> bool:
        """True when the row can be imported."""
        return not self.errors

    @property
    def value(self) -> float | None:
        """The rating's value."""
        return self.raw.value


def clean_cell(value: Any) -> str:
    """A table cell as one cleaned line (1.0 shows as 1).

    Kept to one character over MAX_NAME_LENGTH: enough to tell a name that is too
    long (the row is refused, never stored cut short), little enough to show.
    """
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return clean_line(str(value))[: MAX_NAME_LENGTH + 1]


class _Lookup:
    """Finds touchpoints by short id, and touchpoints and criteria by name or number.

    The short id ("T17", case-insensitive) comes first: it is unique and what the
    interface shows. The internal number (the "id" of older workshop tables, the
    same as the short id's number in files made before short ids) is tried last.
    """

    def __init__(self, records: Iterable[Touchpoint] | Iterable[Criterion]) -> None:
        self.by_id: dict[int, Any] = {}
        self.by_name: dict[str, list[int]] = {}
        self.by_code: dict[str, int] = {}
        for record in records:
            self.by_id[record.id] = record
            self.by_name.setdefault(clean_line(record.name).casefold(), []).append(record.id)
            code = getattr(record, "code", "")
            if code:
                self.by_code.setdefault(code.casefold(), record.id)

    def find(self, text: str) -> tuple[int | None, str | None]:
        """(id, None) when found, else (None, "unknown" or "ambiguous")."""
        if text.casefold() in self.by_code:
            return self.by_code[text.casefold()], None
        ids = self.by_name.get(text.casefold(), [])
        if len(ids) == 1:
            return ids[0], None
        if len(ids) > 1:
            return None, "ambiguous"
        if text.isdigit() and int(text) in self.by_id:
            return int(text), None
        return None, "unknown"


def check_rows(state: ProjectState, rows: Iterable[RawRow]) -> tuple[ParsedRow, ...]:
    """Check rows against the project (names, ids, scales, duplicates); changes nothing."""
    touchpoints = _Lookup(state.touchpoints.values())
    criteria = _Lookup(state.criteria)
    seen: dict[tuple[str, int, int], int] = {}
    return tuple(_check(row, touchpoints, criteria, seen) for row in rows)


def _check(
    row: RawRow,
    touchpoints: _Lookup,
    criteria: _Lookup,
    seen: dict[tuple[str, int, int], int],
) -> ParsedRow:
    errors: list[RowError] = []
    if not row.participant:
        errors.append(RowError("participant_missing"))
    for name, text in (("participant", row.participant), ("group", row.group)):
        if len(text) > MAX_NAME_LENGTH:
            # Stored names follow core.text's rules: refused, not silently cut.
            errors.append(RowError("too_long", (("field", name), ("limit", MAX_NAME_LENGTH))))
    touchpoint_id = criterion_id = None
    if not row.touchpoint:
        errors.append(RowError("touchpoint_missing"))
    else:
        touchpoint_id, problem = touchpoints.find(row.touchpoint)
        if problem:
            errors.append(RowError(f"touchpoint_{problem}", (("name", row.touchpoint),)))
    if not row.criterion:
        errors.append(RowError("criterion_missing"))
    else:
        criterion_id, problem = criteria.find(row.criterion)
        if problem:
            errors.append(RowError(f"criterion_{problem}", (("name", row.criterion),)))
    if row.value_invalid:
        errors.append(RowError("value_not_number", (("value", row.value_text),)))
    elif row.value is None:
        errors.append(RowError("value_missing"))
    elif criterion_id is not None:
        criterion = criteria.by_id[criterion_id]
        if not criterion.scale_min <= row.value <= criterion.scale_max:
            errors.append(
                RowError(
                    "value_off_scale",
                    (
                        ("value", row.value_text or str(row.value)),
                        ("low", criterion.scale_min),
                        ("high", criterion.scale_max),
                    ),
                )
            )
    if not errors and touchpoint_id is not None and criterion_id is not None:
        slot = (row.participant.casefold(), touchpoint_id, criterion_id)
        if slot in seen:
            errors.append(RowError("duplicate_rating", (("line", seen[slot]),)))
        else:
            seen[slot] = row.line
    return ParsedRow(row, touchpoint_id, criterion_id, tuple(errors))


@dataclass(frozen=True, slots=True)
class Aggregate:
    """The participants' mean on one touchpoint and criterion, their spread and number."""

    mean: float
    spread: float  # population standard deviation of the values
    count: int
    values: tuple[float, ...] = field(default=(), compare=False)


def summarise(values: Sequence[float]) -> Aggregate:
    """Mean, population standard deviation and count of some values (at least one)."""
    count = len(values)
    mean = math.fsum(values) / count
    variance = math.fsum((v - mean) ** 2 for v in values) / count
    return Aggregate(mean, math.sqrt(variance), count, tuple(values))


def aggregate(
    ratings: Iterable[WorkshopRating], group: str | None = None, batch: str | None = None
) -> dict[tuple[int, int], Aggregate]:
    """(touchpoint id, criterion id) -> Aggregate over the ratings of a group and/or batch.

    A participant counts once per touchpoint and criterion: with their latest rating.
    Ratings of the customer experience (no criterion) are `experience_aggregate`'s.
    """
    latest: dict[tuple[int, int, str], WorkshopRating] = {}
    for rating in ratings:
        if rating.criterion_id is None:
            continue
        if group is not None and rating.group_name != group:
            continue
        if batch is not None and rating.batch != batch:
            continue
        slot = (rating.touchpoint_id, rating.criterion_id, rating.participant.casefold())
        if slot not in latest or latest[slot].id < rating.id:
            latest[slot] = rating
    values: dict[tuple[int, int], list[float]] = {}
    for (touchpoint_id, criterion_id, _), rating in sorted(latest.items(), key=lambda i: i[1].id):
        values.setdefault((touchpoint_id, criterion_id), []).append(rating.value)
    return {pair: summarise(found) for pair, found in values.items()}


def experience_aggregate(
    ratings: Iterable[WorkshopRating], group: str | None = None, batch: str | None = None
) -> dict[int, Aggregate]:
    """touchpoint id -> Aggregate of the customer-experience ratings (no criterion)."""
    latest: dict[tuple[int, str], WorkshopRating] = {}
    for rating in ratings:
        if rating.criterion_id is not None:
            continue
        if (group is not None and rating.group_name != group) or (
            batch is not None and rating.batch != batch
        ):
            continue
        slot = (rating.touchpoint_id, rating.participant.casefold())
        if slot not in latest or latest[slot].id < rating.id:
            latest[slot] = rating
    values: dict[int, list[float]] = {}
    for (touchpoint_id, _), rating in sorted(latest.items(), key=lambda i: i[1].id):
        values.setdefault(touchpoint_id, []).append(rating.value)
    return {touchpoint_id: summarise(found) for touchpoint_id, found in values.items()}


def _set_as_is(b: Builder, aggregates: Mapping[tuple[int, int], Aggregate]) -> None:
    for (touchpoint_id, criterion_id), result in aggregates.items():
        if b.get(Touchpoint, touchpoint_id) is None or b.get(Criterion, criterion_id) is None:
            continue
        score = b.get(Score, (touchpoint_id, criterion_id)) or Score(touchpoint_id, criterion_id)
        b.put(
            dataclasses.replace(
                score,
                as_is=round(result.mean, MEAN_DIGITS),
                as_is_spread=round(result.spread, MEAN_DIGITS),
                as_is_count=result.count,
            )
        )


def import_changes(
    state: ProjectState, rows: Iterable[ParsedRow], batch: str
) -> tuple[ChangeSet, dict[tuple[int, int], Aggregate]]:
    """Store the valid rows as ratings of `batch` and set the as-is scores they rate.

    Each rated score becomes the mean of this batch's ratings. Returns the change
    set and the aggregates it applied.
    """
    b = Builder(state)
    batch = clean_line(batch)[:MAX_NAME_LENGTH]
    added: list[WorkshopRating] = []
    for row in rows:
        if not row.ok or row.touchpoint_id is None or row.criterion_id is None:
            continue
        assert row.value is not None
        rating = WorkshopRating(
            id=b.new_id(WorkshopRating),
            touchpoint_id=row.touchpoint_id,
            criterion_id=row.criterion_id,
            participant=row.raw.participant,
            value=row.value,
            group_name=row.raw.group,
            batch=batch,
        )
        b.put(rating)
        added.append(rating)
    aggregates = aggregate(added)
    _set_as_is(b, aggregates)
    return b.build(), aggregates


def aggregate_changes(
    state: ProjectState, group: str | None = None, batch: str | None = None
) -> tuple[ChangeSet, dict[tuple[int, int], Aggregate]]:
    """Set the as-is scores again from the stored ratings of a group and/or batch.

    The as-is experience of each touchpoint with experience ratings becomes their
    mean rounded half up (the experience is a whole step from −2 to +2).
    """
    ratings = list(state.table(WorkshopRating).values())
    aggregates = aggregate(ratings, group, batch)
    b = Builder(state)
    _set_as_is(b, aggregates)
    for touchpoint_id, result in experience_aggregate(ratings, group, batch).items():
        touchpoint = b.get(Touchpoint, touchpoint_id)
        if touchpoint is not None:
            value = max(EXPERIENCE_LOW, min(EXPERIENCE_HIGH, math.floor(result.mean + 0.5)))
            b.put(dataclasses.replace(touchpoint, experience=value))
    return b.build(), aggregates


def delete_batch_changes(state: ProjectState, batch: str) -> ChangeSet:
    """Remove the stored ratings of one workshop (the scores stay as they are)."""
    b = Builder(state)
    b.delete_all(r for r in state.table(WorkshopRating).values() if r.batch == batch)
    return b.build()


def groups(state: ProjectState) -> list[str]:
    """The group names used by stored ratings, sorted."""
    return sorted({r.group_name for r in state.table(WorkshopRating).values()}, key=str.casefold)


def batches(state: ProjectState) -> list[str]:
    """The workshop (batch) names of stored ratings, sorted."""
    return sorted({r.batch for r in state.table(WorkshopRating).values()}, key=str.casefold)

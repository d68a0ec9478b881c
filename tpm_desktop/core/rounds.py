"""Assessment rounds side by side, and weighted scores across rounds.

A round is read from its `RoundTouchpoint` snapshots, which keep the name,
department and weighted scores a touchpoint had when the round was closed, so a
touchpoint deleted or moved since still compares correctly. The current scores
can stand in for a round ("now"), so the user sees what changed since the last
round without closing another one.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from tpm_desktop.core import scoring
from tpm_desktop.core.model import Department, RoundTouchpoint
from tpm_desktop.core.state import ProjectState


@dataclass(frozen=True, slots=True)
class SnapshotEntry:
    """A touchpoint's weighted scores at one point in time."""

    touchpoint_id: int
    name: str
    department_id: int | None
    department_name: str
    as_is: float | None
    target: float | None


Snapshot = Mapping[int, SnapshotEntry]


def round_snapshot(state: ProjectState, round_id: int) -> dict[int, SnapshotEntry]:
    """The weighted scores stored when a round was closed, by touchpoint id."""
    return {
        entry.touchpoint_id: SnapshotEntry(
            entry.touchpoint_id,
            entry.name,
            entry.department_id,
            entry.department_name,
            entry.weighted_as_is,
            entry.weighted_target,
        )
        for entry in state.children(RoundTouchpoint, round_id)
    }


def current_snapshot(
    state: ProjectState, touchpoint_ids: Iterable[int] | None = None
) -> dict[int, SnapshotEntry]:
    """Today's weighted scores, computed as closing a round would.

    Every touchpoint, or only the given ones (those that still exist), so a view can
    update the few that an edit touched.
    """
    criteria = state.criteria
    result: dict[int, SnapshotEntry] = {}
    if touchpoint_ids is None:
        touchpoints = list(state.touchpoints.values())
    else:
        touchpoints = [t for i in touchpoint_ids if (t := state.touchpoints.get(i)) is not None]
    for touchpoint in touchpoints:
        figures = scoring.metrics(criteria, state.scores_of(touchpoint.id))
        department = state.get(Department, touchpoint.department_id)
        result[touchpoint.id] = SnapshotEntry(
            touchpoint.id,
            touchpoint.name,
            touchpoint.department_id,
            department.name if department else "",
            figures.as_is,
            figures.target,
        )
    return result


@dataclass(frozen=True, slots=True)
class ComparisonRow:
    """One touchpoint in two snapshots; `change` is after minus before (as-is)."""

    touchpoint_id: int
    name: str
    department_name: str
    before: float | None
    after: float | None

    @property
    def change(self) -> float | None:
        """The change of the weighted as-is score, None when a side is not rated."""
        if self.before is None or self.after is None:
            return None
        return self.after - self.before


def compare(before: Snapshot, after: Snapshot) -> list[ComparisonRow]:
    """Every touchpoint of either snapshot, the largest change (either way) first.

    Rows without a change (a side unrated or missing) come last, by name. Names and
    departments are taken from the later snapshot when the touchpoint is in both.
    """
    rows: list[ComparisonRow] = []
    for touchpoint_id in before.keys() | after.keys():
        old = before.get(touchpoint_id)
        new = after.get(touchpoint_id)
        label = new or old
        assert label is not None
        rows.append(
            ComparisonRow(
                touchpoint_id,
                label.name,
                label.department_name,
                old.as_is if old else None,
                new.as_is if new else None,
            )
        )

    def order(row: ComparisonRow) -> tuple[bool, float, str, int]:
        change = row.change
        return (change is None, -abs(change or 0.0), row.name.casefold(), row.touchpoint_id)

    return sorted(rows, key=order)


@dataclass(frozen=True, slots=True)
class ComparisonSummary:
    """Counts and the mean change over the touchpoints rated in both snapshots."""

    compared: int
    improved: int
    worsened: int
    mean_change: float | None


def summarise(rows: Sequence[ComparisonRow], tolerance: float = 1e-9) -> ComparisonSummary:
    """How many touchpoints got better or worse, and by how much on average."""
    changes = [row.change for row in rows if row.change is not None]
    return ComparisonSummary(
        len(changes),
        sum(1 for c in changes if c > tolerance),
        sum(1 for c in changes if c < -tolerance),
        sum(changes) / len(changes) if changes else None,
    )


@dataclass(frozen=True, slots=True)
class SeriesPoint:
    """A weighted score at one round (round_id None: the current scores)."""

    round_id: int | None
    label: str
    when: date
    as_is: float | None
    target: float | None


def touchpoint_series(
    state: ProjectState, touchpoint_id: int, current: tuple[str, date] | None = None
) -> list[SeriesPoint]:
    """The touchpoint's weighted scores in every round, oldest first.

    With `current` = (label, date), today's scores are appended as a last point.
    Rounds in which the touchpoint did not exist give points without values.
    """
    points = []
    for assessment_round in state.rounds():
        entry = state.get(RoundTouchpoint, (assessment_round.id, touchpoint_id))
        points.append(
            SeriesPoint(
                assessment_round.id,
                assessment_round.name,
                assessment_round.date,
                entry.weighted_as_is if entry else None,
                entry.weighted_target if entry else None,
            )
        )
    if current is not None and touchpoint_id in state.touchpoints:
        figures = scoring.metrics(state.criteria, state.scores_of(touchpoint_id))
        points.append(SeriesPoint(None, current[0], current[1], figures.as_is, figures.target))
    return points


def department_series(
    state: ProjectState, department_id: int, current: tuple[str, date] | None = None
) -> list[SeriesPoint]:
    """The mean weighted scores of a department's touchpoints in every round.

    A touchpoint counts for the department it belonged to in that round; unrated
    touchpoints do not count.
    """
    points = []
    for assessment_round in state.rounds():
        entries = [
            e
            for e in state.children(RoundTouchpoint, assessment_round.id)
            if e.department_id == department_id
        ]
        points.append(
            SeriesPoint(
                assessment_round.id,
                assessment_round.name,
                assessment_round.date,
                _mean(e.weighted_as_is for e in entries),
                _mean(e.weighted_target for e in entries),
            )
        )
    if current is not None:
        criteria = state.criteria
        figures = [
            scoring.metrics(criteria, state.scores_of(t.id))
            for t in state.touchpoints.values()
            if t.department_id == department_id
        ]
        points.append(
            SeriesPoint(
                None,
                current[0],
                current[1],
                _mean(f.as_is for f in figures),
                _mean(f.target for f in figures),
            )
        )
    return points


def _mean(values: Iterable[float | None]) -> float | None:
    known = [v for v in values if v is not None]
    return sum(known) / len(known) if known else None

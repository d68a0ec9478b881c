"""The action plan: every measure of the project with its touchpoint, filters and totals.

The project-wide measures view, its export and the report's measures plan read the
same rows, so a filter shows on screen exactly what an export writes.
"""

from __future__ import annotations

from collections.abc import Container, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum

from tpm_desktop.core import quick_wins
from tpm_desktop.core.enums import MeasureStatus
from tpm_desktop.core.model import Department, Measure
from tpm_desktop.core.monitoring import is_overdue
from tpm_desktop.core.state import ProjectState

OPEN_STATUSES = frozenset({MeasureStatus.PLANNED, MeasureStatus.IN_PROGRESS})


@dataclass(frozen=True, slots=True)
class MeasureRow:
    """A measure with what the action plan shows beside it."""

    measure: Measure
    touchpoint_name: str
    department_id: int | None
    department_name: str
    overdue: bool
    quick_win: bool = False  # by core.quick_wins: the rule, or marked by hand while open


def measure_row(
    state: ProjectState, measure: Measure, today: date, wins: Container[int] | None = None
) -> MeasureRow:
    """The plan row of one measure (`wins`: the quick wins' ids, if already known)."""
    wins = quick_wins.quick_wins(state, today) if wins is None else wins
    touchpoint = state.touchpoints.get(measure.touchpoint_id)
    department = state.get(Department, touchpoint.department_id) if touchpoint else None
    return MeasureRow(
        measure,
        touchpoint.name if touchpoint else "",
        department.id if department else None,
        department.name if department else "",
        is_overdue(measure, today),
        measure.id in wins,
    )


def measure_rows(state: ProjectState, today: date) -> list[MeasureRow]:
    """Every measure of the project, by due date (undated last), touchpoint and title."""
    wins = quick_wins.quick_wins(state, today)
    rows = [measure_row(state, m, today, wins) for m in state.table(Measure).values()]
    return sorted(rows, key=_plan_order)


def _plan_order(row: MeasureRow) -> tuple[bool, date, str, str, int]:
    m = row.measure
    return (
        m.due_date is None,
        m.due_date or date.min,
        row.touchpoint_name.casefold(),
        m.title.casefold(),
        m.id,
    )


class DueFilter(StrEnum):
    """Which due dates the plan shows."""

    ANY = "any"
    OVERDUE = "overdue"
    NEXT_30_DAYS = "next_30_days"
    NEXT_90_DAYS = "next_90_days"
    NO_DATE = "no_date"


class StatusFilter(StrEnum):
    """Which statuses the plan shows: one status, all open ones, or all."""

    ANY = "any"
    OPEN = "open"
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    DROPPED = "dropped"


NO_OWNER = ""  # the owner filter value that selects measures without an owner


@dataclass(frozen=True, slots=True)
class MeasureFilter:
    """What the user narrowed the action plan to; the default shows everything."""

    status: StatusFilter = StatusFilter.ANY
    owner: str | None = None  # None: any owner; NO_OWNER: measures without one
    department_id: int | None = None
    due: DueFilter = DueFilter.ANY
    quick_wins_only: bool = False
    text: str = ""
    _needle: str = field(init=False, repr=False, compare=False, default="")

    def __post_init__(self) -> None:
        object.__setattr__(self, "_needle", " ".join(self.text.split()).casefold())

    @property
    def active(self) -> bool:
        """True when anything is filtered out."""
        return self != MeasureFilter()

    def matches(self, row: MeasureRow, today: date) -> bool:
        """True when the row passes every part of the filter."""
        m = row.measure
        return (
            self._status_matches(m.status)
            and (self.owner is None or m.owner.casefold() == self.owner.casefold())
            and (self.department_id is None or row.department_id == self.department_id)
            and self._due_matches(row, today)
            and (not self.quick_wins_only or row.quick_win)
            and self._text_matches(row)
        )

    def _status_matches(self, status: MeasureStatus) -> bool:
        if self.status is StatusFilter.ANY:
            return True
        if self.status is StatusFilter.OPEN:
            return status in OPEN_STATUSES
        return status.value == self.status.value

    def _due_matches(self, row: MeasureRow, today: date) -> bool:
        due = row.measure.due_date
        if self.due is DueFilter.ANY:
            return True
        if self.due is DueFilter.OVERDUE:
            return row.overdue
        if self.due is DueFilter.NO_DATE:
            return due is None
        days = 30 if self.due is DueFilter.NEXT_30_DAYS else 90
        # Open measures due from today on; overdue ones are not "coming up".
        return (
            due is not None
            and today <= due <= today + timedelta(days=days)
            and row.measure.status in OPEN_STATUSES
        )

    def _text_matches(self, row: MeasureRow) -> bool:
        if not self._needle:
            return True
        m = row.measure
        haystack = " ".join((m.title, m.description, m.owner, row.touchpoint_name)).casefold()
        return all(word in haystack for word in self._needle.split())


def owners(measures: Iterable[Measure]) -> list[str]:
    """The distinct owners (case-insensitively), sorted; empty owners left out."""
    seen: dict[str, str] = {}
    for m in measures:
        if m.owner:
            seen.setdefault(m.owner.casefold(), m.owner)
    return sorted(seen.values(), key=str.casefold)


@dataclass(frozen=True, slots=True)
class PlanSummary:
    """Totals of a set of plan rows."""

    count: int
    by_status: dict[MeasureStatus, int]
    overdue: int
    quick_wins: int
    total_cost: float
    open_cost: float

    @property
    def progress(self) -> float | None:
        """Share of measures done among those not dropped (0..1), None when there are none."""
        counted = self.count - self.by_status[MeasureStatus.DROPPED]
        return self.by_status[MeasureStatus.DONE] / counted if counted else None


def summarise(rows: Sequence[MeasureRow]) -> PlanSummary:
    """Counts by status, overdue and quick wins, and the cost of all and of open measures."""
    by_status = dict.fromkeys(MeasureStatus, 0)
    total = open_cost = 0.0
    for row in rows:
        m = row.measure
        by_status[m.status] += 1
        total += m.cost or 0.0
        if m.status in OPEN_STATUSES:
            open_cost += m.cost or 0.0
    return PlanSummary(
        len(rows),
        by_status,
        sum(1 for r in rows if r.overdue),
        sum(1 for r in rows if r.quick_win),
        total,
        open_cost,
    )

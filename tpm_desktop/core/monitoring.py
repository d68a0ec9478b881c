"""Monitoring rules: KPI trends, measurements due, overdue measures.

A trend compares the mean of the latest measurements with the mean of the ones
before, in the direction that is better for the KPI. Changes smaller than a
tolerance (2 % of the target, or of the typical value when there is no target)
count as stable. One measurement is not a trend: it gives NO_DATA.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, timedelta
from enum import StrEnum

from tpm_desktop.core.enums import Direction, Frequency, MeasureStatus
from tpm_desktop.core.model import Kpi, Measure, Measurement
from tpm_desktop.core.state import ProjectState

WINDOW = 3  # measurements per side compared
TOLERANCE = 0.02

PERIOD_DAYS = {Frequency.WEEKLY: 7, Frequency.MONTHLY: 31, Frequency.QUARTERLY: 92}


class Trend(StrEnum):
    """Where a KPI or a touchpoint is heading."""

    IMPROVING = "improving"
    STABLE = "stable"
    WORSENING = "worsening"
    NO_DATA = "no_data"


def kpi_trend(values: Sequence[float], direction: Direction, target: float | None) -> Trend:
    """The trend of a KPI from its values, oldest first."""
    if len(values) < 2:
        return Trend.NO_DATA
    k = min(WINDOW, len(values) // 2)
    recent = sum(values[-k:]) / k
    previous = sum(values[-2 * k : -k]) / k
    change = recent - previous
    if direction is Direction.LOWER:
        change = -change
    reference = abs(target) if target else sum(abs(v) for v in values) / len(values)
    tolerance = TOLERANCE * reference if reference else 0.0
    if change > tolerance:
        return Trend.IMPROVING
    if change < -tolerance:
        return Trend.WORSENING
    return Trend.STABLE


def combine_trends(trends: Iterable[Trend]) -> Trend:
    """One trend for several KPIs: the balance of improving against worsening ones."""
    known = [t for t in trends if t is not Trend.NO_DATA]
    if not known:
        return Trend.NO_DATA
    balance = sum(1 if t is Trend.IMPROVING else -1 if t is Trend.WORSENING else 0 for t in known)
    if balance > 0:
        return Trend.IMPROVING
    if balance < 0:
        return Trend.WORSENING
    return Trend.STABLE


def trend_of_kpi(state: ProjectState, kpi: Kpi) -> Trend:
    """The trend of one KPI of a project."""
    values = [m.value for m in state.measurements_of(kpi.id)]
    return kpi_trend(values, kpi.direction, kpi.target)


def touchpoint_trend(state: ProjectState, touchpoint_id: int) -> Trend:
    """The combined trend of a touchpoint's KPIs."""
    return combine_trends(trend_of_kpi(state, kpi) for kpi in state.kpis_of(touchpoint_id))


def on_target(value: float, target: float | None, direction: Direction) -> bool | None:
    """Whether a value meets the target in the KPI's direction (None without target)."""
    if target is None:
        return None
    return value >= target if direction is Direction.HIGHER else value <= target


def next_due(kpi: Kpi, measurements: Sequence[Measurement]) -> date | None:
    """When the next measurement is expected; None when there has never been one."""
    if not measurements:
        return None
    last = max(m.date for m in measurements)
    return last + timedelta(days=PERIOD_DAYS[kpi.frequency])


def is_due(kpi: Kpi, measurements: Sequence[Measurement], today: date) -> bool:
    """True when the last measurement is older than the KPI's frequency (or there is none)."""
    due = next_due(kpi, measurements)
    return due is None or due <= today


def due_kpis(state: ProjectState, today: date) -> list[Kpi]:
    """All KPIs due for measurement, by touchpoint and name."""
    due = [k for k in state.table(Kpi).values() if is_due(k, state.measurements_of(k.id), today)]
    return sorted(due, key=lambda k: (k.touchpoint_id, k.name, k.id))


def is_overdue(measure: Measure, today: date) -> bool:
    """A measure past its due date that is neither done nor dropped."""
    open_ = measure.status in (MeasureStatus.PLANNED, MeasureStatus.IN_PROGRESS)
    return open_ and measure.due_date is not None and measure.due_date < today

"""The figures a report shows, computed once from the project state.

Scores come from `core.scoring`, trends and overdue measures from
`core.monitoring`; nothing here knows about pages or fonts.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from statistics import fmean

from tpm_desktop.core import monitoring, quick_wins, ranking, scoring
from tpm_desktop.core.enums import ChannelKind, Decision, Dimension, MeasureStatus
from tpm_desktop.core.model import (
    Channel,
    Department,
    Kpi,
    Measure,
    Measurement,
    Phase,
    RoundTouchpoint,
    Touchpoint,
)
from tpm_desktop.core.state import ProjectState

OPEN_STATUSES = (MeasureStatus.PLANNED, MeasureStatus.IN_PROGRESS)


@dataclass(frozen=True, slots=True)
class KpiFigures:
    """A KPI with its measurements and what they say."""

    kpi: Kpi
    touchpoint: Touchpoint
    measurements: tuple[Measurement, ...]
    trend: monitoring.Trend
    on_target: bool | None

    @property
    def last(self) -> Measurement | None:
        """The newest measurement, or None."""
        return self.measurements[-1] if self.measurements else None


@dataclass(frozen=True, slots=True)
class RoundColumn:
    """One column of the round comparison: a closed round, or today's scores."""

    key: str
    name: str
    when: date
    scores: dict[int, float | None]  # touchpoint id -> weighted as-is
    names: dict[int, str]
    department_ids: dict[int, int | None]


class ReportData:
    """Everything a report needs to know about a project, computed once."""

    def __init__(
        self, state: ProjectState, today: date, project_planned: float | None = None
    ) -> None:
        """`project_planned`: the whole project's planned budget, when `state` is a part."""
        self.state = state
        self.today = today
        self._quick_wins: dict[int, quick_wins.QuickWinReason] | None = None
        self.project = state.project
        self.criteria = state.criteria
        self.scale = scoring.reference_scale(self.criteria)
        self.departments: list[Department] = state.lanes(Dimension.DEPARTMENT)  # type: ignore[assignment]
        self.channels: list[Channel] = state.lanes(Dimension.CHANNEL)  # type: ignore[assignment]
        self.phases: list[Phase] = state.lanes(Dimension.PHASE)  # type: ignore[assignment]
        self.department = {d.id: d for d in self.departments}
        self.channel = {c.id: c for c in self.channels}
        self.phase = {p.id: p for p in self.phases}
        self.phase_number = {p.id: index for index, p in enumerate(self.phases, start=1)}
        self.touchpoints: list[Touchpoint] = list(state.touchpoints.values())
        self.metrics: dict[int, scoring.Metrics] = ranking.all_metrics(state)
        self.ranked = [state.touchpoints[tid] for tid in ranking.ranked(state, self.metrics)]
        self.rank = {tp.id: index for index, tp in enumerate(self.ranked, start=1)}
        self.measures: list[Measure] = sorted(
            state.table(Measure).values(),
            key=lambda m: (m.due_date is None, m.due_date or date.max, m.id),
        )
        self.project_planned = self.planned_budget() if project_planned is None else project_planned

    def department_name(self, tp: Touchpoint) -> str:
        """The name of the touchpoint's department."""
        lane = self.department.get(tp.department_id)
        return lane.name if lane else ""

    def channel_name(self, tp: Touchpoint) -> str:
        """The name of the touchpoint's channel."""
        lane = self.channel.get(tp.channel_id)
        return lane.name if lane else ""

    def phase_name(self, tp: Touchpoint) -> str:
        """The name of the touchpoint's journey phase."""
        lane = self.phase.get(tp.phase_id)
        return lane.name if lane else ""

    def is_online(self, tp: Touchpoint) -> bool:
        """True when the touchpoint's channel is online."""
        lane = self.channel.get(tp.channel_id)
        return lane is not None and lane.kind is ChannelKind.ONLINE

    def in_department(self, department_id: int) -> list[Touchpoint]:
        """The department's touchpoints in ranking order."""
        return [tp for tp in self.ranked if tp.department_id == department_id]

    # -- counts and means --------------------------------------------------------

    def used_lanes(self, field: str) -> int:
        """How many lanes of a dimension ("channel_id", ...) hold a touchpoint."""
        return len({getattr(tp, field) for tp in self.touchpoints})

    def count_by(self, field: str) -> Counter[int]:
        """Touchpoints counted by a lane field ("department_id", ...)."""
        return Counter(getattr(tp, field) for tp in self.touchpoints)

    def online_offline(self) -> tuple[int, int]:
        """Touchpoints on online and on offline channels."""
        online = sum(1 for tp in self.touchpoints if self.is_online(tp))
        return online, len(self.touchpoints) - online

    def mean(self, which: str, touchpoints: Iterable[Touchpoint] | None = None) -> float | None:
        """Mean of a metric ("as_is", "target", "gap", "priority") over rated touchpoints."""
        pool = self.touchpoints if touchpoints is None else touchpoints
        values = [getattr(self.metrics[tp.id], which) for tp in pool]
        rated = [v for v in values if v is not None]
        return fmean(rated) if rated else None

    def rated(self) -> int:
        """How many touchpoints have an as-is score."""
        return sum(1 for m in self.metrics.values() if m.as_is is not None)

    # -- lists -------------------------------------------------------------------

    def super_touchpoints(self) -> list[Touchpoint]:
        """Super-touchpoints in ranking order."""
        return [tp for tp in self.ranked if tp.is_super]

    def focus_touchpoints(self) -> list[Touchpoint]:
        """Touchpoints decided "focus", in ranking order."""
        return [tp for tp in self.ranked if tp.decision is Decision.FOCUS]

    def top_priority(self, count: int) -> list[Touchpoint]:
        """The highest priority indexes."""
        return [tp for tp in self.ranked if self.metrics[tp.id].priority is not None][:count]

    def largest_gaps(self, count: int) -> list[Touchpoint]:
        """The largest positive gaps between target and as-is."""
        gapped = [tp for tp in self.touchpoints if (self.metrics[tp.id].gap or 0) > 0]
        gapped.sort(key=lambda tp: (-(self.metrics[tp.id].gap or 0), self.rank[tp.id]))
        return gapped[:count]

    def experiences(self, best: bool, count: int) -> list[Touchpoint]:
        """The worst (negative) or best (positive) customer experiences."""
        if best:
            pool = [tp for tp in self.touchpoints if (tp.experience or 0) > 0]
            pool.sort(key=lambda tp: (-(tp.experience or 0), self.rank[tp.id]))
        else:
            pool = [tp for tp in self.touchpoints if (tp.experience or 0) < 0]
            pool.sort(key=lambda tp: ((tp.experience or 0), self.rank[tp.id]))
        return pool[:count]

    def quick_wins(self) -> list[Measure]:
        """Open measures that are quick wins (core.quick_wins), by due date."""
        if self._quick_wins is None:
            self._quick_wins = quick_wins.quick_wins(self.state, self.today)
        return [m for m in self.measures if m.id in self._quick_wins]

    def is_quick_win(self, measure: Measure) -> bool:
        """The measure is an open quick win."""
        self.quick_wins()
        return self._quick_wins is not None and measure.id in self._quick_wins

    def is_overdue(self, measure: Measure) -> bool:
        """The measure is open and past its due date (core.monitoring)."""
        return monitoring.is_overdue(measure, self.today)

    def overdue(self) -> list[Measure]:
        """Open measures past their due date."""
        return [m for m in self.measures if self.is_overdue(m)]

    def measures_by_status(self) -> dict[MeasureStatus, tuple[int, float]]:
        """Count and cost of the measures by status."""
        result = {status: (0, 0.0) for status in MeasureStatus}
        for m in self.measures:
            count, cost = result[m.status]
            result[m.status] = (count + 1, cost + (m.cost or 0.0))
        return result

    # -- budget ------------------------------------------------------------------

    def planned_budget(self, touchpoints: Iterable[Touchpoint] | None = None) -> float:
        """The sum of the touchpoints' planned budgets."""
        pool = self.touchpoints if touchpoints is None else touchpoints
        return sum(tp.budget or 0.0 for tp in pool)

    def measures_cost(self) -> float:
        """The cost of all measures that are not dropped."""
        return sum(m.cost or 0.0 for m in self.measures if m.status is not MeasureStatus.DROPPED)

    # -- monitoring ----------------------------------------------------------------

    def kpis(self, touchpoints: Iterable[Touchpoint] | None = None) -> list[KpiFigures]:
        """The KPIs of the given touchpoints (all by default) in ranking order."""
        pool = self.ranked if touchpoints is None else touchpoints
        result: list[KpiFigures] = []
        for tp in pool:
            for kpi in self.state.kpis_of(tp.id):
                measurements = tuple(self.state.measurements_of(kpi.id))
                values = [m.value for m in measurements]
                last = values[-1] if values else None
                result.append(
                    KpiFigures(
                        kpi=kpi,
                        touchpoint=tp,
                        measurements=measurements,
                        trend=monitoring.kpi_trend(values, kpi.direction, kpi.target),
                        on_target=None
                        if last is None
                        else monitoring.on_target(last, kpi.target, kpi.direction),
                    )
                )
        return result

    def round_columns(self) -> list[RoundColumn]:
        """The closed rounds, oldest first, then today's scores."""
        columns: list[RoundColumn] = []
        for round_ in self.state.rounds():
            snapshots: list[RoundTouchpoint] = self.state.children(RoundTouchpoint, round_.id)
            columns.append(
                RoundColumn(
                    key=f"round-{round_.id}",
                    name=round_.name,
                    when=round_.date,
                    scores={s.touchpoint_id: s.weighted_as_is for s in snapshots},
                    names={s.touchpoint_id: s.name for s in snapshots},
                    department_ids={s.touchpoint_id: s.department_id for s in snapshots},
                )
            )
        if columns:
            columns.append(
                RoundColumn(
                    key="today",
                    name="",
                    when=self.today,
                    scores={tp.id: self.metrics[tp.id].as_is for tp in self.touchpoints},
                    names={tp.id: tp.name for tp in self.touchpoints},
                    department_ids={tp.id: tp.department_id for tp in self.touchpoints},
                )
            )
        return columns

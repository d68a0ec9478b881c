"""Quick wins as the method means them: fast, cheap results where it matters.

A measure is a quick win when it is open (planned or in progress), its touchpoint's
priority index is at least `min_priority`, it costs at most `max_cost` and it is due
within `within_days` (overdue ones included: they are still meant to be fast). The
cost limit defaults to the median cost of the project's open measures, so "low
cost" means cheaper than most. A measure the team marked as a quick win by hand
counts too while it is open, so a judgment the rule cannot see is kept.
README "Quick wins" documents the defaults.
"""

from __future__ import annotations

import statistics
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from tpm_desktop.core import scoring
from tpm_desktop.core.enums import MeasureStatus
from tpm_desktop.core.model import Measure
from tpm_desktop.core.ranking import all_metrics
from tpm_desktop.core.state import ProjectState

QUICK_WINS_SETTING = "quick_wins"  # {"min_priority": .., "max_cost": .., "within_days": ..}
DEFAULT_MIN_PRIORITY = 50.0
DEFAULT_WITHIN_DAYS = 90
_OPEN = frozenset({MeasureStatus.PLANNED, MeasureStatus.IN_PROGRESS})


class QuickWinReason(StrEnum):
    """Why a measure counts as a quick win."""

    RULE = "rule"  # high priority, low cost, due soon
    MARKED = "marked"  # the team marked it by hand


@dataclass(frozen=True, slots=True)
class QuickWinRule:
    """The limits a quick win keeps."""

    min_priority: float = DEFAULT_MIN_PRIORITY
    max_cost: float | None = None  # None: no measure has a cost, so cost cannot decide
    within_days: int = DEFAULT_WITHIN_DAYS


def rule_of(state: ProjectState) -> QuickWinRule:
    """The project's rule: its stored limits, else the defaults (median open cost)."""
    stored = state.setting(QUICK_WINS_SETTING, {})
    stored = stored if isinstance(stored, Mapping) else {}
    costs = [
        m.cost for m in state.table(Measure).values() if m.status in _OPEN and m.cost is not None
    ]
    median = statistics.median(costs) if costs else None
    return QuickWinRule(
        min_priority=_number(stored.get("min_priority"), DEFAULT_MIN_PRIORITY, 0, 100),
        max_cost=_number(stored.get("max_cost"), median, 0, 1e12),
        within_days=int(_number(stored.get("within_days"), DEFAULT_WITHIN_DAYS, 1, 3650) or 90),
    )


def _number(value: object, default: float | None, low: float, high: float) -> float | None:
    if isinstance(value, int | float) and not isinstance(value, bool) and low <= value <= high:
        return float(value)
    return default


def reason(
    measure: Measure,
    today: date,
    rule: QuickWinRule,
    metrics: Mapping[int, scoring.Metrics],
) -> QuickWinReason | None:
    """Why the measure is a quick win, or None when it is not one."""
    if measure.status not in _OPEN:
        return None
    m = metrics.get(measure.touchpoint_id)
    priority = None if m is None else m.priority
    fits = (
        priority is not None
        and priority >= rule.min_priority
        and measure.due_date is not None
        and measure.due_date <= today + timedelta(days=rule.within_days)
        and measure.cost is not None
        and (rule.max_cost is None or measure.cost <= rule.max_cost)
    )
    if fits:
        return QuickWinReason.RULE
    return QuickWinReason.MARKED if measure.quick_win else None


def quick_wins(state: ProjectState, today: date) -> dict[int, QuickWinReason]:
    """Every quick win of the project by measure id, with why it is one."""
    rule = rule_of(state)
    metrics = all_metrics(state)
    result = {}
    for measure in state.table(Measure).values():
        why = reason(measure, today, rule, metrics)
        if why is not None:
            result[measure.id] = why
    return result

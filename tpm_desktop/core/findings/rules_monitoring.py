"""Findings from implementation and monitoring: quick wins, overdue measures, KPIs.

Importance: a base per rule plus a little per measure or KPI concerned.
"""

from __future__ import annotations

import math
from datetime import date, timedelta
from statistics import fmean

from tpm_desktop.core import monitoring, quick_wins
from tpm_desktop.core.findings.facts import Facts
from tpm_desktop.core.findings.model import Amount, Finding, Recommendation, Share
from tpm_desktop.core.model import Measure

QUICK_WIN_DAYS = 30  # "due within 30 days"


def _measures(facts: Facts) -> list[Measure]:
    touchpoints = facts.state.touchpoints
    return sorted(
        (
            m
            for m in facts.state.table(Measure).values()
            if m.touchpoint_id in touchpoints and facts.in_scope(touchpoints[m.touchpoint_id])
        ),
        key=lambda m: (m.due_date is None, m.due_date or date.max, m.id),
    )


def _touchpoints_of(measures: list[Measure]) -> tuple[int, ...]:
    return tuple(dict.fromkeys(m.touchpoint_id for m in measures))


def quick_wins_due(facts: Facts) -> Finding | None:
    """Quick wins due within the next 30 days (overdue ones are a finding of their own)."""
    wins = quick_wins.quick_wins(facts.state, facts.today)
    until = facts.today + timedelta(days=QUICK_WIN_DAYS)
    due = [
        m
        for m in _measures(facts)
        if m.id in wins and m.due_date is not None and facts.today <= m.due_date <= until
    ]
    if not due:
        return None
    cost = math.fsum(m.cost or 0.0 for m in due)
    return Finding(
        "quick_wins_due",
        50 + 5 * len(due),
        {"count": len(due), "days": QUICK_WIN_DAYS, "cost": Amount(cost)},
        _touchpoints_of(due),
        Recommendation(None, _touchpoints_of(due)),
        tuple(m.id for m in due),
    )


def overdue_measures(facts: Facts) -> Finding | None:
    """Open measures past their due date."""
    late = [m for m in _measures(facts) if monitoring.is_overdue(m, facts.today)]
    if not late:
        return None
    touchpoints = facts.state.touchpoints
    key = {m.touchpoint_id for m in late if touchpoints[m.touchpoint_id].is_super}
    days = fmean((facts.today - m.due_date).days for m in late if m.due_date is not None)
    return Finding(
        "overdue_measures",
        55 + 5 * len(late) + 5 * len(key),
        {
            "count": len(late),
            "days": round(days),
            "cost": Amount(math.fsum(m.cost or 0.0 for m in late)),
            "super_count": len(key),
        },
        _touchpoints_of(late),
        Recommendation(None, _touchpoints_of(late)),
        tuple(m.id for m in late),
    )


def kpis_off_target(facts: Facts) -> Finding | None:
    """KPIs whose latest value misses its target."""
    checked = off = worsening = 0
    ids: list[int] = []
    for tp in facts.scoped:
        for kpi in facts.state.kpis_of(tp.id):
            values = [m.value for m in facts.state.measurements_of(kpi.id)]
            if not values or kpi.target is None:
                continue
            checked += 1
            if monitoring.on_target(values[-1], kpi.target, kpi.direction) is False:
                off += 1
                ids.append(tp.id)
                trend = monitoring.kpi_trend(values, kpi.direction, kpi.target)
                worsening += trend is monitoring.Trend.WORSENING
    if not off:
        return None
    return Finding(
        "kpis_off_target",
        45 + 30 * off / checked + 5 * worsening,
        {"count": off, "total": checked, "share": Share(off / checked), "worsening": worsening},
        tuple(facts.by_priority(list(dict.fromkeys(ids)))),
    )


RULES = (quick_wins_due, overdue_measures, kpis_off_target)

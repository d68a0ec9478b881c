"""Findings on the budget: what is not allocated, what sits where it matters least,
and decisions the budget does not follow yet.

Importance: a base per rule plus the share of the budget concerned, so a finding
about a third of the budget outranks one about a few percent.
"""

from __future__ import annotations

import math

from tpm_desktop.core.enums import Decision
from tpm_desktop.core.findings.effect import recommend
from tpm_desktop.core.findings.facts import Facts
from tpm_desktop.core.findings.model import Amount, Finding, Recommendation, Share

MIN_UNALLOCATED = 0.01  # of the total budget: less is rounding, not a finding
MIN_OVERSPENT = 0.005  # of the total budget
LOW_RELEVANCE = 50.0  # below medium relevance (scoring.DEFAULT_RELEVANCE)
MIN_LOW_PRIORITY_SHARE = 0.05  # of the planned budget


def _planned(facts: Facts, ids: set[int] | list[int] | None = None) -> float:
    touchpoints = facts.state.touchpoints
    pool = touchpoints.values() if ids is None else (touchpoints[t] for t in ids)
    return math.fsum(tp.budget or 0.0 for tp in pool)


def unallocated(facts: Facts) -> Finding | None:
    """Part of the total budget is not yet planned at any touchpoint (executive report)."""
    total = facts.state.project.total_budget
    if facts.department is not None or not total:
        return None
    planned = _planned(facts)
    rest = total - planned
    if rest < MIN_UNALLOCATED * total:
        return None
    top = facts.third("top")
    bottom = facts.third("bottom")
    proposal = facts.proposal
    return Finding(
        "budget_unallocated",
        50 + 100 * rest / total,
        {
            "amount": Amount(rest),
            "total": Amount(total),
            "share": Share(rest / total),
            "bottom_share": Share(_planned(facts, bottom) / planned if planned else 0.0),
        },
        (),
        Recommendation(
            None,
            tuple(facts.by_priority(top)),
            _planned(facts, top),
            math.fsum(proposal.get(t, 0.0) for t in top),
        )
        if top
        else None,
    )


def overspent(facts: Facts) -> Finding | None:
    """The touchpoints' planned budgets add up to more than the total budget."""
    total = facts.state.project.total_budget
    if facts.department is not None or not total:
        return None
    over = _planned(facts) - total
    if over < MIN_OVERSPENT * total:
        return None
    return Finding(
        "budget_overspent",
        75 + 100 * over / total,
        {"amount": Amount(over), "total": Amount(total), "share": Share(over / total)},
    )


def low_priority_budget(facts: Facts) -> Finding | None:
    """Touchpoints at the bottom of the ranking, of low relevance, still hold budget."""
    touchpoints = facts.state.touchpoints
    candidates = [
        t
        for t in facts.by_priority(facts.third("bottom"))
        if facts.in_scope(touchpoints[t])
        and (touchpoints[t].budget or 0.0) > 0
        and touchpoints[t].decision in (Decision.KEEP, Decision.FOCUS)
        and facts.metrics[t].relevance < LOW_RELEVANCE
    ]
    planned = _planned(facts, [tp.id for tp in facts.scoped])
    amount = _planned(facts, candidates)
    if len(candidates) < 2 or not planned or amount < MIN_LOW_PRIORITY_SHARE * planned:
        return None
    return Finding(
        "low_priority_budget",
        45 + 100 * amount / planned,
        {"count": len(candidates), "amount": Amount(amount), "share": Share(amount / planned)},
        tuple(candidates),
        recommend(facts.state, candidates, Decision.NEGLECT, facts.proposal),
    )


def removed_with_budget(facts: Facts) -> Finding | None:
    """Touchpoints decided "remove" still have a planned budget."""
    ids = [
        tp.id
        for tp in facts.scoped
        if tp.decision is Decision.REMOVE and (tp.budget or 0.0) > 0 and not tp.budget_locked
    ]
    if not ids:
        return None
    amount = _planned(facts, ids)
    planned = _planned(facts) or amount
    return Finding(
        "removed_with_budget",
        50 + 100 * amount / planned,
        {"count": len(ids), "amount": Amount(amount)},
        tuple(facts.by_priority(ids)),
        Recommendation(Decision.REMOVE, tuple(ids), amount, 0.0, amount),
    )


def added_without_budget(facts: Facts) -> Finding | None:
    """Touchpoints decided "add" have no budget yet to be built with."""
    ids = [tp.id for tp in facts.scoped if tp.decision is Decision.ADD and not tp.budget]
    if not ids:
        return None
    proposal = facts.proposal
    reserve = math.fsum(proposal.get(t, 0.0) for t in ids)
    return Finding(
        "added_without_budget",
        40 + 3 * len(ids),
        {"count": len(ids), "reserve": Amount(reserve)},
        tuple(ids),
        Recommendation(Decision.ADD, tuple(ids), 0.0, reserve, 0.0),
    )


RULES = (unallocated, overspent, low_priority_budget, removed_with_budget, added_without_budget)

"""Budget rules: planned totals by lane and a split of a total by priority and decision.

The split follows the target strategy (README "Budget"): a touchpoint's weight is
its priority index times its decision's factor (focus 1.5, keep and combine 1,
neglect 0.5, remove 0); touchpoints to be combined share their mean weight, so
partners move together; touchpoints to be added get a reserve as if they fell
fully short (need 1); locked budgets stay as they are and come off the total.

Amounts are money, so the split is computed in whole cents and rounded with the
largest-remainder method: every share is a multiple of the rounding step, and the
shares add up to the total exactly (a remainder smaller than one step goes to the
touchpoint with the highest priority).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum

from tpm_desktop.core import scoring
from tpm_desktop.core.changes import ChangeSet
from tpm_desktop.core.edits.builder import Builder
from tpm_desktop.core.enums import Decision, Dimension
from tpm_desktop.core.errors import EditError
from tpm_desktop.core.model import Combination, Touchpoint
from tpm_desktop.core.ranking import all_metrics
from tpm_desktop.core.state import LANE_FIELDS, ProjectState

MAX_AMOUNT = 1e12  # the largest budget a touchpoint may hold (as in edits.touchpoints)


@dataclass(frozen=True, slots=True)
class Overview:
    """The planned budgets against the project's total budget."""

    planned: float
    total_budget: float | None
    with_budget: int  # touchpoints that have a planned budget

    @property
    def remaining(self) -> float | None:
        """Total budget minus planned budgets (negative when overspent), or None."""
        return None if self.total_budget is None else self.total_budget - self.planned

    @property
    def used_share(self) -> float | None:
        """Planned budgets as a fraction of the total budget, or None."""
        return share(self.planned, self.total_budget)


def share(part: float, whole: float | None) -> float | None:
    """`part` as a fraction of `whole`; None when there is no positive whole."""
    if whole is None or whole <= 0:
        return None
    return part / whole


def overview(state: ProjectState) -> Overview:
    """The sum of planned budgets and the project's total budget."""
    budgets = [tp.budget for tp in state.touchpoints.values() if tp.budget is not None]
    return Overview(math.fsum(budgets), state.project.total_budget, len(budgets))


def totals_by(state: ProjectState, dimension: Dimension) -> dict[int, float]:
    """Planned budget per lane of one dimension, in lane order (lanes without budget: 0)."""
    field = LANE_FIELDS[dimension]
    totals = {lane.id: 0.0 for lane in state.lanes(dimension)}
    for touchpoint in state.touchpoints.values():
        if touchpoint.budget is not None:
            lane_id = getattr(touchpoint, field)
            totals[lane_id] = totals.get(lane_id, 0.0) + touchpoint.budget
    return totals


class Scope(StrEnum):
    """Which touchpoints a distribution covers."""

    ALL = "all"
    FOCUS = "focus"
    SUPER = "super"
    FOCUS_OR_SUPER = "focus_or_super"


def in_scope(touchpoint: Touchpoint, scope: Scope) -> bool:
    """True when the touchpoint takes part in a distribution of this scope."""
    focus = touchpoint.decision == Decision.FOCUS
    if scope is Scope.FOCUS:
        return focus
    if scope is Scope.SUPER:
        return touchpoint.is_super
    if scope is Scope.FOCUS_OR_SUPER:
        return focus or touchpoint.is_super
    return True


DECISION_FACTORS: dict[Decision, float] = {
    Decision.FOCUS: 1.5,
    Decision.KEEP: 1.0,
    Decision.COMBINE: 1.0,
    Decision.NEGLECT: 0.5,
    Decision.REMOVE: 0.0,
    Decision.ADD: 1.0,
}


class Reason(StrEnum):
    """Why a touchpoint gets what the proposal gives it."""

    PRIORITY = "priority"  # keep: by its priority
    FOCUS = "focus"  # more: decided to focus
    COMBINE = "combine"  # shares the mean of the touchpoints it is combined with
    NEGLECT = "neglect"  # less: decided to neglect
    REMOVE = "remove"  # nothing: decided to remove
    ADD = "add"  # a reserve for a touchpoint still to be built
    LOCKED = "locked"  # the user locked its amount


@dataclass(frozen=True, slots=True)
class ProposalRow:
    """One touchpoint of a proposed distribution, with why it gets its amount."""

    touchpoint_id: int
    priority: float
    current: float | None
    proposed: float
    reason: Reason = Reason.PRIORITY
    weight: float = 0.0


@dataclass(frozen=True, slots=True)
class Proposal:
    """A split of `total` over touchpoints; `unrated` ones take no part and keep their budget."""

    total: float
    rows: tuple[ProposalRow, ...]
    unrated: tuple[int, ...]
    locked: float = 0.0  # the sum of locked budgets, not part of `total`

    def amounts(self) -> dict[int, float]:
        """Proposed budget by touchpoint id (locked ones left as they are)."""
        return {
            row.touchpoint_id: row.proposed for row in self.rows if row.reason is not Reason.LOCKED
        }


def distribute(total: float, weights: Mapping[int, float], step: float = 1.0) -> dict[int, float]:
    """Split `total` in proportion to `weights`; every share a multiple of `step` but one.

    All weights zero (or negative) split the total equally. The shares always add
    up to `total` to the cent: the rest below one step goes to the largest weight.

    >>> distribute(100, {1: 50, 2: 25, 3: 25}, step=10)
    {1: 50.0, 2: 30.0, 3: 20.0}
    """
    if not weights:
        return {}
    if not (math.isfinite(total) and 0 <= total <= MAX_AMOUNT * len(weights)):
        raise EditError("value_out_of_range", value=total, low=0, high="10^12")
    if not (math.isfinite(step) and step > 0):
        raise EditError("value_out_of_range", value=step, low="0.01", high="10^12")
    keys = list(weights)
    clean = {k: max(0.0, float(weights[k])) for k in keys}
    if math.fsum(clean.values()) <= 0:
        clean = dict.fromkeys(keys, 1.0)
    weight_sum = math.fsum(clean.values())
    total_cents = round(total * 100)
    step_cents = max(1, round(step * 100))
    units = total_cents // step_cents
    leftover = total_cents - units * step_cents
    exact = {k: units * clean[k] / weight_sum for k in keys}
    given = {k: math.floor(exact[k]) for k in keys}
    missing = units - sum(given.values())
    # Largest remainder first; ties go to the larger weight, then the lower id.
    order = sorted(keys, key=lambda k: (-(exact[k] - given[k]), -clean[k], k))
    for k in order[:missing]:
        given[k] += 1
    cents = {k: given[k] * step_cents for k in keys}
    if leftover:
        top = min(keys, key=lambda k: (-clean[k], k))
        cents[top] += leftover
    return {k: cents[k] / 100 for k in keys}


def _reason(touchpoint: Touchpoint) -> Reason:
    return {
        Decision.FOCUS: Reason.FOCUS,
        Decision.COMBINE: Reason.COMBINE,
        Decision.NEGLECT: Reason.NEGLECT,
        Decision.REMOVE: Reason.REMOVE,
        Decision.ADD: Reason.ADD,
    }.get(touchpoint.decision, Reason.PRIORITY)


def _partner_groups(state: ProjectState, ids: set[int]) -> list[set[int]]:
    """Touchpoints linked by combinations (within `ids`), as connected groups."""
    links: dict[int, set[int]] = {tid: set() for tid in ids}
    for combination in state.table(Combination).values():
        a, b = combination.touchpoint_id, combination.partner_id
        if a in ids and b in ids:
            links[a].add(b)
            links[b].add(a)
    seen: set[int] = set()
    groups = []
    for start in sorted(ids):
        if start in seen or not links[start]:
            continue
        group, todo = set(), [start]
        while todo:
            tid = todo.pop()
            if tid not in group:
                group.add(tid)
                todo.extend(links[tid] - group)
        seen |= group
        groups.append(group)
    return groups


def _taking_part(
    state: ProjectState, scope: Scope, wanted: set[int] | None, locks: set[int] | None = None
) -> tuple[dict[int, float], dict[int, float], list[int], list[int]]:
    """Priorities of the touchpoints a distribution covers, split by how they take part.

    Returns (rated priorities, add reserves as priorities, unrated ids, locked ids).
    `locks` replaces the touchpoints' own locks (a dialog trying other locks).
    """
    metrics = all_metrics(state)
    rated: dict[int, float] = {}
    reserves: dict[int, float] = {}
    unrated: list[int] = []
    locked: list[int] = []
    for touchpoint in sorted(state.touchpoints.values(), key=lambda tp: tp.id):
        if wanted is not None and touchpoint.id not in wanted:
            continue
        if not in_scope(touchpoint, scope):
            continue
        if touchpoint.budget_locked if locks is None else touchpoint.id in locks:
            locked.append(touchpoint.id)
            continue
        m = metrics[touchpoint.id]
        if touchpoint.decision == Decision.REMOVE:
            rated[touchpoint.id] = m.priority or 0.0
        elif m.priority is not None:
            rated[touchpoint.id] = m.priority
        elif touchpoint.decision == Decision.ADD:
            reserves[touchpoint.id] = scoring.priority_index(m.relevance, 1.0) or 0.0
        else:
            unrated.append(touchpoint.id)
    return rated, reserves, unrated, locked


def propose(
    state: ProjectState,
    total: float,
    scope: Scope = Scope.ALL,
    step: float = 1.0,
    ids: Iterable[int] | None = None,
    locks: Iterable[int] | None = None,
) -> Proposal:
    """A distribution of `total` over the touchpoints in scope, by priority and decision.

    `ids` narrows the touchpoints further (for example to a selection). Touchpoints
    without a priority (nothing rated, and not to be added) are left out and
    reported as `unrated`; locked ones keep their amount and are listed as LOCKED
    (`locks`, when given, says which are locked instead of the touchpoints' flags).
    Touchpoints to be removed are listed with nothing, so their budget is freed.
    """
    wanted = None if ids is None else set(ids)
    lock_set = None if locks is None else set(locks)
    rated, reserves, unrated, locked = _taking_part(state, scope, wanted, lock_set)
    priorities = {**rated, **reserves}
    touchpoints = state.touchpoints
    weights = {
        tid: priority * DECISION_FACTORS.get(touchpoints[tid].decision, 1.0)
        for tid, priority in priorities.items()
    }
    # combined touchpoints get their group's mean weight: they are planned as one
    for group in _partner_groups(state, {t for t in weights if weights[t] > 0}):
        mean = math.fsum(weights[t] for t in group) / len(group)
        for tid in group:
            weights[tid] = mean
    receiving = {tid: w for tid, w in weights.items() if w > 0}
    if not receiving:  # everyone at target: share equally, but never with removed ones
        receiving = {t: 1.0 for t in weights if touchpoints[t].decision != Decision.REMOVE}
    amounts = distribute(total, receiving, step) if receiving else {}
    rows = [
        ProposalRow(
            tid,
            priorities[tid],
            touchpoints[tid].budget,
            amounts.get(tid, 0.0),
            _reason(touchpoints[tid]),
            weights[tid],
        )
        for tid in weights
    ]
    rows.sort(key=lambda r: (r.reason is Reason.REMOVE, -r.weight, -r.priority, r.touchpoint_id))
    metrics = all_metrics(state, locked) if locked else {}
    rows.extend(
        ProposalRow(
            tid,
            metrics[tid].priority or 0.0,
            touchpoints[tid].budget,
            touchpoints[tid].budget or 0.0,
            Reason.LOCKED,
        )
        for tid in locked
    )
    locked_sum = math.fsum(touchpoints[tid].budget or 0.0 for tid in locked)
    return Proposal(total, tuple(rows), tuple(unrated), locked_sum)


def available(
    state: ProjectState, scope: Scope = Scope.ALL, locks: Iterable[int] | None = None
) -> float:
    """What a distribution over `scope` can hand out: the total budget less the budgets
    that stay (touchpoints outside the scope, locked, or without scores), never below 0.

    Without a total budget it is what the touchpoints that take part hold today.
    """
    lock_set = None if locks is None else set(locks)
    rated, reserves, _unrated, _locked = _taking_part(state, scope, None, lock_set)
    moving_ids = rated.keys() | reserves.keys()
    moving = kept = 0.0
    for touchpoint in state.touchpoints.values():
        amount = touchpoint.budget or 0.0
        if touchpoint.id in moving_ids:
            moving += amount
        else:
            kept += amount
    total = state.project.total_budget
    return moving if total is None else max(0.0, total - kept)


def proposal_changes(
    state: ProjectState, amounts: Mapping[int, float], locks: Iterable[int] | None = None
) -> ChangeSet:
    """Set each touchpoint's planned budget to its proposed amount (one change set).

    With `locks`, exactly those touchpoints end up locked.
    """
    b = Builder(state)
    if locks is not None:
        wanted = set(locks)
        for touchpoint in state.touchpoints.values():
            if touchpoint.budget_locked != (touchpoint.id in wanted):
                b.update(Touchpoint, touchpoint.id, budget_locked=touchpoint.id in wanted)
    for touchpoint_id, amount in amounts.items():
        if not (math.isfinite(amount) and 0 <= amount <= MAX_AMOUNT):
            raise EditError("value_out_of_range", value=amount, low=0, high="10^12")
        b.update(Touchpoint, touchpoint_id, budget=float(amount))
    return b.build()

"""Budget rules: planned totals by lane and a split of a total by priority.

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

from tpm_desktop.core.changes import ChangeSet
from tpm_desktop.core.edits.builder import Builder
from tpm_desktop.core.enums import Decision, Dimension
from tpm_desktop.core.errors import EditError
from tpm_desktop.core.model import Touchpoint
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


@dataclass(frozen=True, slots=True)
class ProposalRow:
    """One touchpoint of a proposed distribution."""

    touchpoint_id: int
    priority: float
    current: float | None
    proposed: float


@dataclass(frozen=True, slots=True)
class Proposal:
    """A split of `total` over touchpoints; `unrated` ones take no part and keep their budget."""

    total: float
    rows: tuple[ProposalRow, ...]
    unrated: tuple[int, ...]

    def amounts(self) -> dict[int, float]:
        """Proposed budget by touchpoint id."""
        return {row.touchpoint_id: row.proposed for row in self.rows}


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


def propose(
    state: ProjectState,
    total: float,
    scope: Scope = Scope.ALL,
    step: float = 1.0,
    ids: Iterable[int] | None = None,
) -> Proposal:
    """A distribution of `total` over the touchpoints in scope, by their priority index.

    `ids` narrows the touchpoints further (for example to a selection). Touchpoints
    without a priority (nothing rated) are left out and reported as `unrated`.
    """
    metrics = all_metrics(state)
    wanted = None if ids is None else set(ids)
    weights: dict[int, float] = {}
    unrated: list[int] = []
    for touchpoint in sorted(state.touchpoints.values(), key=lambda tp: tp.id):
        if wanted is not None and touchpoint.id not in wanted:
            continue
        if not in_scope(touchpoint, scope):
            continue
        priority = metrics[touchpoint.id].priority
        if priority is None:
            unrated.append(touchpoint.id)
        else:
            weights[touchpoint.id] = priority
    amounts = distribute(total, weights, step)
    rows = tuple(
        ProposalRow(tid, weights[tid], state.touchpoints[tid].budget, amounts[tid])
        for tid in sorted(weights, key=lambda t: (-weights[t], t))
    )
    return Proposal(total, rows, tuple(unrated))


def available(state: ProjectState, scope: Scope = Scope.ALL) -> float:
    """What a distribution over `scope` can hand out: the total budget less the budgets
    that stay (touchpoints outside the scope or without scores), never below 0.

    Without a total budget it is what the touchpoints in scope hold today.
    """
    metrics = all_metrics(state)
    moving = kept = 0.0
    for touchpoint in state.touchpoints.values():
        amount = touchpoint.budget or 0.0
        if in_scope(touchpoint, scope) and metrics[touchpoint.id].priority is not None:
            moving += amount
        else:
            kept += amount
    total = state.project.total_budget
    return moving if total is None else max(0.0, total - kept)


def proposal_changes(state: ProjectState, amounts: Mapping[int, float]) -> ChangeSet:
    """Set each touchpoint's planned budget to its proposed amount (one change set)."""
    b = Builder(state)
    for touchpoint_id, amount in amounts.items():
        if not (math.isfinite(amount) and 0 <= amount <= MAX_AMOUNT):
            raise EditError("value_out_of_range", value=amount, low=0, high="10^12")
        b.update(Touchpoint, touchpoint_id, budget=float(amount))
    return b.build()

"""The budget effect of a decision: what the budget proposal gives before and after."""

from __future__ import annotations

import math
from collections.abc import Iterable

from tpm_desktop.core import budget
from tpm_desktop.core.edits.builder import Builder
from tpm_desktop.core.enums import Decision
from tpm_desktop.core.findings.model import Recommendation
from tpm_desktop.core.model import Touchpoint
from tpm_desktop.core.state import ProjectState


def proposed_amounts(state: ProjectState) -> dict[int, float]:
    """What the budget proposal over the whole project gives each touchpoint.

    The proposal is the one of Budget → Distribute (scope: all touchpoints, the
    total budget less what stays); touchpoints it leaves alone keep their budget.
    """
    proposal = budget.propose(state, budget.available(state))
    amounts = {tid: tp.budget or 0.0 for tid, tp in state.touchpoints.items()}
    amounts.update(proposal.amounts())
    return amounts


def with_decision(state: ProjectState, ids: Iterable[int], decision: Decision) -> ProjectState:
    """A copy of the project in which the touchpoints have the given decision."""
    b = Builder(state)
    for tid in ids:
        b.update(Touchpoint, tid, decision=decision)
    copy = ProjectState(state.records())
    copy.apply(b.build())
    return copy


def recommend(
    state: ProjectState,
    ids: Iterable[int],
    decision: Decision,
    before: dict[int, float] | None = None,
) -> Recommendation | None:
    """A recommendation of `decision` for `ids` with its budget effect; None without ids.

    The effect is what the decision changes in the budget proposal: the proposal
    redistributes everything, so only the difference with and without the
    decision belongs to it. Their planned budgets today come along for reference.
    `before` is `proposed_amounts(state)` when the caller has it already.
    """
    chosen = tuple(ids)
    if not chosen:
        return None
    before = proposed_amounts(state) if before is None else before
    after = proposed_amounts(with_decision(state, chosen, decision))
    touchpoints = state.touchpoints
    return Recommendation(
        decision,
        chosen,
        math.fsum(before.get(t, 0.0) for t in chosen),
        math.fsum(after.get(t, 0.0) for t in chosen),
        math.fsum(touchpoints[t].budget or 0.0 for t in chosen),
    )

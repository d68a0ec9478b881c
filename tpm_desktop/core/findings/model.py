"""What a finding is: a rule's key, the numbers behind it, the touchpoints it is about,
and the decision it recommends with that decision's budget effect."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from tpm_desktop.core.enums import Decision


class Amount(float):
    """A sum of money in the project's currency (printed as money)."""

    __slots__ = ()


class Share(float):
    """A fraction 0..1 (printed as a percentage)."""

    __slots__ = ()


class Score(float):
    """A weighted score on the catalogue's scale (printed with two decimals)."""

    __slots__ = ()


Number = int | float | str  # int: a count; str: a name; Amount, Share, Score as above


@dataclass(frozen=True, slots=True)
class Recommendation:
    """A decision for some touchpoints and what it does to the budget proposal.

    `budget_before` and `budget_after` are what the budget proposal
    (core.budget.propose over the whole project, as Budget → Distribute makes it)
    gives these touchpoints with today's decisions and with the recommended one;
    `planned` is what they have planned today. `decision` None is an action
    without a decision (e.g. distribute the budget, chase overdue measures).
    """

    decision: Decision | None
    touchpoint_ids: tuple[int, ...] = ()
    budget_before: float | None = None
    budget_after: float | None = None
    planned: float | None = None

    @property
    def budget_change(self) -> float | None:
        """After minus before, or None when there is no budget effect."""
        if self.budget_before is None or self.budget_after is None:
            return None
        return self.budget_after - self.budget_before


@dataclass(frozen=True, slots=True)
class Finding:
    """One computed finding; `key` names its rule and keys the user's edits of it.

    `importance` (0..100) orders findings: each rule rates itself from its own
    numbers (module `rules_*` say how), so the page shows the weightiest first.
    """

    key: str
    importance: float
    numbers: Mapping[str, Number] = field(default_factory=dict)
    touchpoint_ids: tuple[int, ...] = ()
    recommendation: Recommendation | None = None
    measure_ids: tuple[int, ...] = ()

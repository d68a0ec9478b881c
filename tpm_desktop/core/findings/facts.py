"""Figures every finding rule needs, computed once per project."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date

from tpm_desktop.core import ranking, scoring
from tpm_desktop.core.findings.effect import proposed_amounts
from tpm_desktop.core.model import Department, Touchpoint
from tpm_desktop.core.state import ProjectState


@dataclass
class Facts:
    """The project, today, the department a report is about, and the ranking.

    Rules always look at the whole project (a department's place in it needs the
    others); `in_scope` narrows what a department report talks about.
    """

    state: ProjectState
    today: date
    department: Department | None
    metrics: dict[int, scoring.Metrics]
    ranked: list[int]  # rated touchpoint ids, highest priority first
    scale: scoring.Scale
    _proposal: dict[int, float] | None = field(default=None, repr=False)

    @classmethod
    def of(cls, state: ProjectState, today: date, department_id: int | None = None) -> Facts:
        """Facts of a project for the executive report (None) or one department."""
        metrics = ranking.all_metrics(state)
        rated = [t for t in ranking.ranked(state, metrics) if metrics[t].priority is not None]
        department = None if department_id is None else state.get(Department, department_id)
        return cls(
            state, today, department, metrics, rated, scoring.reference_scale(state.criteria)
        )

    @property
    def proposal(self) -> dict[int, float]:
        """The budget proposal with today's decisions (made once, several rules use it)."""
        if self._proposal is None:
            self._proposal = proposed_amounts(self.state)
        return self._proposal

    def in_scope(self, touchpoint: Touchpoint) -> bool:
        """True when the report is about this touchpoint's department (or all)."""
        return self.department is None or touchpoint.department_id == self.department.id

    @property
    def scoped(self) -> list[Touchpoint]:
        """The touchpoints the report talks about, in id order."""
        return [tp for _, tp in sorted(self.state.touchpoints.items()) if self.in_scope(tp)]

    def third(self, which: str) -> set[int]:
        """The rated touchpoints in the "top" or "bottom" third of the ranking."""
        size = math.ceil(len(self.ranked) / 3) if len(self.ranked) >= 3 else 0
        if not size:
            return set()
        return set(self.ranked[:size] if which == "top" else self.ranked[-size:])

    def by_priority(self, ids: set[int] | list[int]) -> list[int]:
        """`ids` in ranking order (unrated ones last, by id)."""
        order = {tid: index for index, tid in enumerate(self.ranked)}
        return sorted(ids, key=lambda t: (order.get(t, len(order)), t))

"""Each finding rule on a small project built for it: applies, does not apply, numbers."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from tpm_desktop.core.defaults import new_project_state
from tpm_desktop.core.edits import assessment, monitoring, project, touchpoints
from tpm_desktop.core.enums import Decision
from tpm_desktop.core.findings import (
    MAX_FINDINGS,
    compute_findings,
    rules_assessment,
    rules_budget,
    rules_monitoring,
    top_findings,
)
from tpm_desktop.core.findings.facts import Facts
from tpm_desktop.core.state import ProjectState

TODAY = date(2026, 6, 15)
MARKETING, SALES, SERVICE = 1, 2, 3
BEFORE, PURCHASE, AFTER = 1, 2, 3


class Maker:
    """A project grown touchpoint by touchpoint (all four criteria scored alike)."""

    def __init__(self, total_budget: float | None = None) -> None:
        self.state: ProjectState = new_project_state("Findings", "en")
        if total_budget is not None:
            self.state.apply(project.update_project(self.state, total_budget=total_budget))

    def tp(
        self,
        name: str,
        department: int = MARKETING,
        phase: int = BEFORE,
        as_is: float | None = None,
        target: float | None = None,
        **fields,
    ) -> int:
        changes, tid = touchpoints.add_touchpoint(self.state, name, department, 1, phase, **fields)
        self.state.apply(changes)
        if as_is is not None:
            for criterion in (1, 2, 3, 4):
                self.state.apply(
                    assessment.set_scores(self.state, [tid], criterion, as_is=as_is, target=target)
                )
        return tid

    def measure(self, tid: int, days: int, cost: float, status: str = "planned") -> int:
        changes, mid = monitoring.add_measure(
            self.state, tid, f"Step {tid}", due_date=TODAY + timedelta(days=days), cost=cost,
            status=status,
        )  # fmt: skip
        self.state.apply(changes)
        return mid

    def facts(self, department: int | None = None) -> Facts:
        return Facts.of(self.state, TODAY, department)


# -- where the gaps gather -------------------------------------------------------------


def gaps_in_sales() -> tuple[Maker, list[int]]:
    m = Maker(total_budget=100_000)
    sales = [
        m.tp("S1", SALES, as_is=2, target=4, experience=-1, budget=5000),
        m.tp("S2", SALES, as_is=2, target=4, experience=-2, decision="focus"),
        m.tp("S3", SALES, as_is=2.5, target=4.5),
        m.tp("S4", SALES, as_is=3, target=4.5),
    ]
    for index in range(6):
        m.tp(f"M{index}", MARKETING if index % 2 else SERVICE, as_is=3, target=3.5 + index / 10)
    m.tp("Level", MARKETING, as_is=4, target=4)  # no gap: not among the largest
    return m, sales


def test_gap_concentration_names_the_department_and_its_disappointing_touchpoints():
    m, sales = gaps_in_sales()
    finding = rules_assessment.gap_concentration(m.facts())
    assert finding is not None
    assert finding.numbers == {
        "department": "Sales",
        "count": 4,
        "top_count": 10,
        "disappointing_count": 2,
        "focused": 1,
    }
    assert set(finding.touchpoint_ids) == set(sales)
    rec = finding.recommendation
    assert rec.decision is Decision.FOCUS
    assert set(rec.touchpoint_ids) == set(sales) - {sales[1]}  # S2 is focused already
    assert rec.budget_after > rec.budget_before  # focus weighs 1.5 in the proposal
    assert rec.planned == 5000


def test_gap_concentration_needs_a_cluster_and_enough_gaps():
    m = Maker()
    for index in range(9):  # three departments, three gaps each: no cluster
        m.tp(f"T{index}", (MARKETING, SALES, SERVICE)[index % 3], as_is=2, target=4)
    assert rules_assessment.gap_concentration(m.facts()) is None
    few = Maker()
    for index in range(4):  # all in one department, but only four gaps
        few.tp(f"T{index}", SALES, as_is=2, target=4)
    assert rules_assessment.gap_concentration(few.facts()) is None


def test_gap_concentration_in_a_department_report_is_about_that_department():
    m, _ = gaps_in_sales()
    assert rules_assessment.gap_concentration(m.facts(SALES)).numbers["count"] == 4
    # Marketing holds 3 of the top 10 too (M1, M3, M5), but that is its even share
    assert rules_assessment.gap_concentration(m.facts(MARKETING)) is None


# -- moments of truth ------------------------------------------------------------------


def test_super_touchpoints_below_target():
    m = Maker(total_budget=50_000)
    low = m.tp("Hotline", SERVICE, as_is=2, target=4, is_super=True, budget=10_000)
    m.tp("Portal", SALES, as_is=4, target=4.2, is_super=True)  # 0.2 < 0.4: at target
    m.tp("Letter", SALES, as_is=1, target=5)  # not super
    finding = rules_assessment.super_below_target(m.facts())
    assert finding.numbers["count"] == 1 and finding.numbers["super_count"] == 2
    assert finding.numbers["worst"] == "Hotline"
    assert (finding.numbers["worst_as_is"], finding.numbers["worst_target"]) == (2, 4)
    assert finding.touchpoint_ids == (low,)
    assert finding.recommendation.decision is Decision.FOCUS
    # a department without super-touchpoints below target has no such finding
    assert rules_assessment.super_below_target(m.facts(SALES)) is None


def test_no_super_touchpoints_no_finding():
    m = Maker()
    m.tp("Hotline", as_is=1, target=5)
    assert rules_assessment.super_below_target(m.facts()) is None


# -- journey phases ----------------------------------------------------------------------


def test_worst_phase_is_where_customers_are_disappointed_most_often():
    m = Maker()
    for index, experience in enumerate((-2, -1, -1, 1)):
        m.tp(f"A{index}", phase=AFTER, as_is=2, target=4, experience=experience)
    for index, experience in enumerate((-1, 0, 1, 2)):
        m.tp(f"B{index}", phase=BEFORE, as_is=3, target=4, experience=experience)
    finding = rules_assessment.worst_phase(m.facts())
    assert finding.numbers["phase"] == "After purchase"
    assert (finding.numbers["count"], finding.numbers["total"]) == (3, 4)
    assert finding.numbers["share"] == pytest.approx(0.75)
    assert finding.numbers["other_share"] == pytest.approx(0.25)
    assert finding.numbers["as_is"] == 2 and finding.numbers["target"] == 4
    assert len(finding.recommendation.touchpoint_ids) == 3  # at most MAX_FOCUS


def test_no_worst_phase_when_phases_are_alike_or_too_small():
    m = Maker()
    for phase in (BEFORE, AFTER):
        for index, experience in enumerate((-1, -1, 1)):
            m.tp(f"{phase}-{index}", phase=phase, experience=experience)
    assert rules_assessment.worst_phase(m.facts()) is None  # equal shares
    small = Maker()
    small.tp("A", phase=AFTER, experience=-2)
    small.tp("B", phase=AFTER, experience=-2)
    small.tp("C", phase=BEFORE, experience=1)
    assert rules_assessment.worst_phase(small.facts()) is None  # phases of fewer than 3


# -- budget ------------------------------------------------------------------------------


def test_unallocated_budget_and_the_distribution_it_suggests():
    m = Maker(total_budget=100_000)
    ids = [m.tp(f"T{i}", as_is=1 + i / 2, target=5, budget=10_000) for i in range(6)]
    finding = rules_budget.unallocated(m.facts())
    assert finding.numbers["amount"] == 40_000 and finding.numbers["share"] == 0.4
    assert finding.numbers["bottom_share"] == pytest.approx(2 / 6)  # 2 of 6 equal budgets
    rec = finding.recommendation
    assert rec.decision is None and set(rec.touchpoint_ids) == set(ids[:2])  # the top third
    assert rec.budget_before == 20_000 and rec.budget_after > 20_000
    assert rules_budget.overspent(m.facts()) is None
    assert rules_budget.unallocated(m.facts(MARKETING)) is None  # a project figure


def test_fully_planned_or_overspent_budget():
    m = Maker(total_budget=20_000)
    m.tp("A", as_is=2, target=4, budget=12_000)
    m.tp("B", as_is=2, target=4, budget=8_000)
    assert rules_budget.unallocated(m.facts()) is None
    m.tp("C", as_is=2, target=4, budget=2_000)
    finding = rules_budget.overspent(m.facts())
    assert finding.numbers == {"amount": 2_000, "total": 20_000, "share": 0.1}
    assert rules_budget.unallocated(Maker().facts()) is None  # no total budget


def test_low_priority_budget_suggests_neglect_and_frees_money():
    m = Maker(total_budget=60_000)
    for index in range(4):
        m.tp(f"Top{index}", as_is=1, target=5, relevance=90, budget=10_000)
    low = [m.tp(f"Low{i}", as_is=4.5, target=5, relevance=20, budget=5_000) for i in range(2)]
    m.tp("Removed", as_is=4.8, target=5, relevance=20, budget=3_000, decision="remove")
    finding = rules_budget.low_priority_budget(m.facts())
    assert set(finding.touchpoint_ids) == set(low)
    assert finding.numbers["count"] == 2 and finding.numbers["amount"] == 10_000
    rec = finding.recommendation
    assert rec.decision is Decision.NEGLECT and rec.budget_after < rec.budget_before


def test_low_priority_budget_needs_low_relevance():
    m = Maker(total_budget=60_000)
    for index in range(6):
        m.tp(f"T{index}", as_is=1 + index / 2, target=5, relevance=80, budget=5_000)
    assert rules_budget.low_priority_budget(m.facts()) is None


def test_remove_and_add_decisions_against_the_budget():
    m = Maker(total_budget=30_000)
    m.tp("Keep", as_is=2, target=4, budget=10_000)
    gone = m.tp("Old flyer", as_is=3, target=4, budget=4_000, decision="remove")
    new = m.tp("Chat", decision="add", relevance=80)
    removed = rules_budget.removed_with_budget(m.facts())
    assert removed.numbers == {"count": 1, "amount": 4_000}
    assert removed.touchpoint_ids == (gone,)
    assert removed.recommendation.budget_after == 0
    added = rules_budget.added_without_budget(m.facts())
    assert added.touchpoint_ids == (new,) and added.numbers["reserve"] > 0
    m.state.apply(touchpoints.update_touchpoints(m.state, [gone], budget=0.0))
    m.state.apply(touchpoints.update_touchpoints(m.state, [new], budget=1_000.0))
    assert rules_budget.removed_with_budget(m.facts()) is None
    assert rules_budget.added_without_budget(m.facts()) is None


# -- implementation and monitoring ---------------------------------------------------------


def test_quick_wins_due_within_30_days_and_overdue_measures():
    m = Maker()
    hot = m.tp("Hotline", SERVICE, as_is=1, target=5, is_super=True)  # priority 100
    soon = m.measure(hot, 10, 500)
    m.measure(hot, 45, 500)  # a quick win (within 90 days), but not within 30
    late = m.measure(hot, -6, 500, "in_progress")
    m.measure(hot, -30, 900, "done")  # done: never overdue
    m.measure(hot, 5, 9_000)  # dearer than the median: no quick win
    quick = rules_monitoring.quick_wins_due(m.facts())
    assert quick.numbers == {"count": 1, "days": 30, "cost": 500}
    assert quick.measure_ids == (soon,)
    overdue = rules_monitoring.overdue_measures(m.facts())
    assert overdue.numbers == {"count": 1, "days": 6, "cost": 500, "super_count": 1}
    assert overdue.measure_ids == (late,)
    assert rules_monitoring.overdue_measures(m.facts(SALES)) is None


def test_kpis_off_target():
    m = Maker()
    tid = m.tp("Hotline", SERVICE)
    state = m.state
    changes, waiting = monitoring.add_kpi(state, tid, "Waiting", target=60.0, direction="lower")
    state.apply(changes)
    changes, _ = monitoring.add_kpi(state, tid, "Reached", target=90.0)
    state.apply(changes)
    rows = [(waiting, TODAY - timedelta(days=40 - d), 50.0 + d * 10, "") for d in range(4)]
    state.apply(monitoring.add_measurements(state, rows)[0])
    finding = rules_monitoring.kpis_off_target(m.facts())
    # waiting time rose from 50 to 80 s against a target of 60: off target and worsening;
    # the other KPI has no measurement and is not counted
    assert finding.numbers == {"count": 1, "total": 1, "share": 1.0, "worsening": 1}
    on = Maker()
    other = on.tp("Portal")
    changes, kpi = monitoring.add_kpi(on.state, other, "Logins", target=10.0)
    on.state.apply(changes)
    on.state.apply(monitoring.add_measurements(on.state, [(kpi, TODAY, 12.0, "")])[0])
    assert rules_monitoring.kpis_off_target(on.facts()) is None


# -- choosing what to print ------------------------------------------------------------------


def test_findings_are_ranked_and_capped():
    from tpm_desktop.core.sample import sample_state

    state = sample_state("en", today=TODAY)
    every = compute_findings(state, TODAY)
    assert len(every) >= 5
    assert [f.importance for f in every] == sorted((f.importance for f in every), reverse=True)
    assert top_findings(state, TODAY) == every[:MAX_FINDINGS]
    assert len({f.key for f in every}) == len(every)
    assert 1 <= len(top_findings(state, TODAY, department_id=4)) <= 5


def test_an_empty_project_has_no_findings():
    assert compute_findings(Maker().state, TODAY) == []

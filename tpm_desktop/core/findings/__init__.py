"""Findings and recommendations: plain statements computed from the project.

Each rule is a pure function of `Facts` (the project, today, the department a
report is about) returning a `Finding` or None when it does not apply. The
report shows the most important ones; its texts live in the report catalogue
(reports/findings_text.py), the user's edits in the setting `report.findings`
(core/findings/edits.py).
"""

from __future__ import annotations

from datetime import date

from tpm_desktop.core.findings import rules_assessment, rules_budget, rules_monitoring
from tpm_desktop.core.findings.facts import Facts
from tpm_desktop.core.findings.model import Amount, Finding, Recommendation, Score, Share
from tpm_desktop.core.state import ProjectState

RULES = (*rules_assessment.RULES, *rules_budget.RULES, *rules_monitoring.RULES)
RULE_KEYS = tuple(
    {
        "gap_concentration": 0,
        "super_below_target": 0,
        "worst_phase": 0,
        "budget_unallocated": 0,
        "budget_overspent": 0,
        "low_priority_budget": 0,
        "removed_with_budget": 0,
        "added_without_budget": 0,
        "quick_wins_due": 0,
        "overdue_measures": 0,
        "kpis_off_target": 0,
    }
)
MAX_FINDINGS = 8  # an executive page: 5 to 8 findings
MAX_DEPARTMENT_FINDINGS = 5  # a department report's short page


def compute_findings(
    state: ProjectState, today: date, department_id: int | None = None
) -> list[Finding]:
    """Every finding that applies, most important first (ties: rule order)."""
    facts = Facts.of(state, today, department_id)
    found = [f for f in (rule(facts) for rule in RULES) if f is not None]
    return sorted(found, key=lambda f: -f.importance)


def top_findings(
    state: ProjectState, today: date, department_id: int | None = None
) -> list[Finding]:
    """The findings a report prints: the 8 most important (5 for a department)."""
    limit = MAX_FINDINGS if department_id is None else MAX_DEPARTMENT_FINDINGS
    return compute_findings(state, today, department_id)[:limit]


__all__ = [
    "RULES",
    "RULE_KEYS",
    "Amount",
    "Facts",
    "Finding",
    "Recommendation",
    "Score",
    "Share",
    "compute_findings",
    "top_findings",
]

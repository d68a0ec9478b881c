"""Quick wins as the method means them: high priority, low cost, due soon, still open."""

from __future__ import annotations

from datetime import date, timedelta

from tests.support.builders import small_state
from tpm_desktop.core import quick_wins
from tpm_desktop.core.edits import monitoring, project
from tpm_desktop.core.model import Measure
from tpm_desktop.core.quick_wins import QuickWinReason

TODAY = date(2026, 6, 15)


def with_measures(*specs):
    """small_state plus measures (touchpoint, cost, due in days, status)."""
    state = small_state()
    for m in list(state.table(Measure).values()):
        state.apply(monitoring.delete_measures(state, [m.id]))
    ids = []
    for index, (touchpoint, cost, days, status) in enumerate(specs):
        changes, new_id = monitoring.add_measure(
            state,
            touchpoint,
            f"M{index}",
            due_date=None if days is None else TODAY + timedelta(days=days),
            status=status,
            cost=cost,
        )
        state.apply(changes)
        ids.append(new_id)
    return state, ids


def test_cheap_soon_and_high_priority_is_a_quick_win():
    # Hotline (2) has priority 55.9, Website (1) 50; Shop counter (3) is not rated
    state, ids = with_measures(
        (2, 1000, 20, "planned"),  # quick win
        (2, 9000, 20, "planned"),  # dearer than the median (5000): no
        (2, 1000, 200, "planned"),  # not due soon: no
        (3, 1000, 20, "planned"),  # touchpoint not rated: no
        (2, 1000, 20, "done"),  # done: no longer a quick win
        (2, 1000, -5, "in_progress"),  # overdue but still meant to be fast: yes
        (2, 5000, None, "planned"),  # no due date: no
    )
    wins = quick_wins.quick_wins(state, TODAY)
    assert wins == {ids[0]: QuickWinReason.RULE, ids[5]: QuickWinReason.RULE}
    assert quick_wins.rule_of(state).max_cost == 1000  # median of the open measures' costs


def test_the_projects_limits_and_the_teams_mark():
    state, ids = with_measures((2, 1000, 20, "planned"), (1, 8000, 60, "planned"))
    limits = {"min_priority": 60, "max_cost": 10000, "within_days": 30}
    state.apply(project.set_setting(state, quick_wins.QUICK_WINS_SETTING, limits))
    assert quick_wins.quick_wins(state, TODAY) == {}  # the hotline's 55.9 is below 60
    state.apply(
        project.set_setting(state, quick_wins.QUICK_WINS_SETTING, {**limits, "min_priority": 50})
    )
    assert quick_wins.quick_wins(state, TODAY) == {ids[0]: QuickWinReason.RULE}
    state.apply(monitoring.update_measure(state, ids[1], quick_win=True))
    assert quick_wins.quick_wins(state, TODAY)[ids[1]] is QuickWinReason.MARKED
    state.apply(monitoring.update_measure(state, ids[1], status="dropped"))
    assert ids[1] not in quick_wins.quick_wins(state, TODAY)


def test_unreadable_limits_fall_back_to_the_defaults():
    state, _ids = with_measures((2, 1000, 20, "planned"))
    bad = {"min_priority": "high", "max_cost": -5, "within_days": True}
    state.apply(project.set_setting(state, quick_wins.QUICK_WINS_SETTING, bad))
    rule = quick_wins.rule_of(state)
    assert (rule.min_priority, rule.max_cost, rule.within_days) == (50, 1000, 90)

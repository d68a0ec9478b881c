"""Budget view, the proportional distribution and the super-touchpoint suggestion."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt

from tpm_desktop.core import budget, ranking
from tpm_desktop.core.budget import Scope
from tpm_desktop.core.enums import Decision
from tpm_desktop.core.project_file import read_project
from tpm_desktop.ui.assessment.distribute_dialog import DistributeDialog
from tpm_desktop.ui.assessment.super_dialog import SuperDialog


def test_budget_view_totals_by_lane_against_the_total(window, feature, qtbot):
    feature.budget_dock.show()
    feature.budget_dock.raise_()
    panel = feature.budget
    qtbot.waitUntil(lambda: panel.tree.topLevelItemCount() > 0)
    state = window.context.document.state
    overview = budget.overview(state)
    assert "Planned: €791,500 (93 %)" in panel.summary.text()
    assert "Remaining: €58,500" in panel.summary.text()
    departments = state.lanes(budget.Dimension.DEPARTMENT)
    assert panel.tree.topLevelItemCount() == len(departments) + 1  # and the total
    first = panel.tree.topLevelItem(0)
    assert first.text(0) == departments[0].name
    total = budget.totals_by(state, budget.Dimension.DEPARTMENT)[departments[0].id]
    assert first.text(1) == f"€{total:,.0f}"
    panel.tree.expandItem(first)
    assert first.childCount() == sum(
        1
        for t in state.touchpoints.values()
        if t.department_id == departments[0].id and t.budget is not None
    )
    # clicking a touchpoint selects it
    child = first.child(0)
    rect = panel.tree.visualItemRect(child)
    qtbot.mouseClick(panel.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.context.selection.ids == [child.data(0, Qt.ItemDataRole.UserRole + 1)]
    # the total budget is edited in place
    panel.total_edit.setFocus()
    panel.total_edit.selectAll()
    qtbot.keyClicks(panel.total_edit, "700000")
    qtbot.keyClick(panel.total_edit, Qt.Key.Key_Return)
    assert state.project.total_budget == 700000
    qtbot.waitUntil(lambda: "Over budget by €91,500" in panel.summary.text())
    assert overview.planned == budget.overview(state).planned


def test_distribution_is_reviewed_then_applied_in_one_step(window, qtbot, sample_path):
    document = window.context.document
    window.context.editor.set_touchpoint_fields(
        [t.id for t in list(document.state.touchpoints.values())[:4]], decision="focus"
    )
    document.undo_stack.clear()
    before = {tid: tp.budget for tid, tp in document.state.touchpoints.items()}
    dialog = DistributeDialog(window.context, window)
    # the proposed total is what the project's budget leaves for the chosen group
    dialog.scope_combo.setCurrentIndex(dialog.scope_combo.findData(Scope.FOCUS.value))
    suggested = budget.available(document.state, Scope.FOCUS)
    assert dialog.total_edit.text() == f"{suggested:,.0f}"
    dialog.total_edit.selectAll()
    qtbot.keyClicks(dialog.total_edit, "100000")
    focus = {
        tid
        for tid, tp in document.state.touchpoints.items()
        if tp.decision == Decision.FOCUS
        and ranking.touchpoint_metrics(document.state, tid).priority
    }
    assert dialog.table.rowCount() == len(focus)
    assert document.undo_stack.count() == 0  # nothing changes while reviewing
    proposal = dialog.proposal.amounts()
    assert sum(proposal.values()) == 100000
    assert all(amount % 100 == 0 for amount in proposal.values())
    dialog.total_edit.setText("a lot")
    assert not dialog.apply_button.isEnabled()
    assert dialog.error.isVisibleTo(dialog)
    dialog.total_edit.setText("€100,000")  # as written in the English interface
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert document.undo_stack.count() == 1
    state = document.state
    assert sum(state.touchpoints[tid].budget for tid in focus) == 100000
    assert all(
        state.touchpoints[tid].budget == before[tid]
        for tid in state.touchpoints
        if tid not in focus
    )
    window.action_save.trigger()
    saved = read_project(sample_path)
    assert sum(saved.touchpoints[tid].budget for tid in focus) == 100000
    document.undo_stack.undo()
    assert {tid: tp.budget for tid, tp in document.state.touchpoints.items()} == before


def test_super_touchpoint_suggestion_accepted_with_an_override(window, qtbot):
    document = window.context.document
    dialog = SuperDialog(window.context, window)
    dialog.count_box.setValue(5)
    dialog.suggest()
    top = ranking.suggest_super(document.state, 5)
    assert dialog.chosen() == top
    # override: untick the fifth, tick the last rated one
    rows = {
        dialog.table.item(r, 0).data(Qt.ItemDataRole.UserRole + 1): r
        for r in range(dialog.table.rowCount())
    }
    dialog.table.item(rows[top[4]], 0).setCheckState(Qt.CheckState.Unchecked)
    extra = ranking.suggest_super(document.state, 1000)[-1]
    dialog.table.item(rows[extra], 0).setCheckState(Qt.CheckState.Checked)
    assert "5 touchpoints ticked" in dialog.summary.text()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    marked = {tid for tid, tp in document.state.touchpoints.items() if tp.is_super}
    assert marked == {*top[:4], extra}
    assert document.undo_stack.count() == 1


@pytest.mark.parametrize("count", [0, 3])
def test_super_dialog_starts_from_the_current_marks(window, count):
    state = window.context.document.state
    ids = ranking.super_order(state)[:count]
    window.context.editor.apply_changes("marks", ranking.super_changes(state, ids))
    dialog = SuperDialog(window.context, window)
    if count:
        assert dialog.chosen() == ids
        assert not dialog.ok_button.isEnabled()  # nothing to change yet
    else:
        assert len(dialog.chosen()) == dialog.count_box.value() > 0


def _row_of(dialog: DistributeDialog, touchpoint_id: int) -> int:
    return next(
        row
        for row in range(dialog.table.rowCount())
        if dialog.table.item(row, 0).data(Qt.ItemDataRole.UserRole + 1) == touchpoint_id
    )


def test_distribution_follows_decisions_and_keeps_locked_budgets(window, qtbot, sample_path):
    document = window.context.document
    state = document.state
    by_name = {tp.name: tp for tp in state.touchpoints.values()}
    fax = by_name["Customer service fax"]  # decided "remove", holds a budget
    hotline = by_name["Service hotline"]  # a super-touchpoint to focus
    dialog = DistributeDialog(window.context, window)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.total_edit.selectAll()
    qtbot.keyClicks(dialog.total_edit, "500000")
    amounts = dialog.proposal.amounts()
    assert amounts[fax.id] == 0
    row = _row_of(dialog, fax.id)
    assert dialog.table.item(row, 3).text() == "Remove: nothing"
    assert dialog.table.item(_row_of(dialog, hotline.id), 3).text() == "Focus: more"
    # lock the hotline's budget by ticking its box in the table
    hotline_budget = hotline.budget
    row = _row_of(dialog, hotline.id)
    dialog.table.scrollToItem(dialog.table.item(row, 0))
    rect = dialog.table.visualItemRect(dialog.table.item(row, 0))
    style = dialog.table.style()
    indicator = style.pixelMetric(style.PixelMetric.PM_IndicatorWidth)
    point = QPoint(rect.left() + indicator // 2 + 4, rect.center().y())
    qtbot.mouseClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert hotline.id in dialog.locks
    row = _row_of(dialog, hotline.id)
    assert dialog.table.item(row, 3).text() == "Locked"
    assert hotline.id not in dialog.proposal.amounts()
    assert "Locked budgets keep" in dialog.summary.text()
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    state = document.state
    assert state.touchpoints[fax.id].budget == 0
    assert state.touchpoints[hotline.id].budget == hotline_budget
    assert state.touchpoints[hotline.id].budget_locked
    assert document.undo_stack.count() == 1  # budgets and the lock: one step
    window.action_save.trigger()
    saved = read_project(sample_path)
    assert saved.touchpoints[hotline.id].budget_locked
    assert saved.touchpoints[fax.id].budget == 0
    # a second distribution keeps the locked amount without asking again
    again = DistributeDialog(window.context, window)
    assert hotline.id in again.locks
    again.total_edit.selectAll()
    qtbot.keyClicks(again.total_edit, "10000")
    assert hotline.id not in again.proposal.amounts()
    document.undo_stack.undo()
    assert not document.state.touchpoints[hotline.id].budget_locked

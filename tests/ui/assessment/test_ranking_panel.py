"""The ranking table: sorting, filtering, selection both ways, editing in place, export."""

from __future__ import annotations

import random

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QFileDialog

from tpm_desktop.core import ranking, workshop
from tpm_desktop.core.model import Score
from tpm_desktop.core.workshop import RawRow, check_rows
from tpm_desktop.reports.tabular import read_table
from tpm_desktop.ui.assessment.ranking_model import ID_ROLE, SORT_ROLE


def column_of(panel, kind, criterion_id=None):
    return next(
        i
        for i, c in enumerate(panel.model.columns)
        if c.kind == kind and (criterion_id is None or c.criterion_id == criterion_id)
    )


def priorities(panel):
    column = column_of(panel, "priority")
    return [panel.proxy.index(r, column).data(SORT_ROLE) for r in range(panel.proxy.rowCount())]


def click_row(qtbot, table, row, modifier=Qt.KeyboardModifier.NoModifier):
    index = table.model().index(row, 0)
    table.scrollTo(index)
    rect = table.visualRect(index)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())


def test_table_lists_every_touchpoint_sorted_by_priority(window, feature, qtbot):
    panel = feature.ranking
    state = window.context.document.state
    assert panel.proxy.rowCount() == len(state.touchpoints)
    values = priorities(panel)
    assert values == sorted(values, reverse=True)  # highest priority first on opening
    best = ranking.touchpoint_metrics(state, ranking.ranked(state)[0]).priority
    assert values[0] == pytest.approx(best)
    # a click on the header sorts the other way round, unrated touchpoints first
    header = panel.table.horizontalHeader()
    section = column_of(panel, "priority")
    x = header.sectionViewportPosition(section) + header.sectionSize(section) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert priorities(panel) == sorted(values)


def test_click_selects_and_selection_elsewhere_selects_rows(window, feature, qtbot):
    panel = feature.ranking
    selection = window.context.selection
    click_row(qtbot, panel.table, 2)
    chosen = panel.proxy.index(2, 0).data(ID_ROLE)
    assert selection.ids == [chosen]
    click_row(qtbot, panel.table, 4, Qt.KeyboardModifier.ControlModifier)
    assert set(selection.ids) == {chosen, panel.proxy.index(4, 0).data(ID_ROLE)}
    # selecting on the map (the shared selection) selects the rows
    last = panel.proxy.index(panel.proxy.rowCount() - 1, 0).data(ID_ROLE)
    selection.set([last])
    rows = panel.table.selectionModel().selectedRows()
    assert [index.data(ID_ROLE) for index in rows] == [last]


def test_editing_a_score_cell_goes_through_the_editor(window, feature, qtbot):
    panel = feature.ranking
    document = window.context.document
    criterion = document.state.criteria[0].id
    column = column_of(panel, "score", criterion)
    index = panel.proxy.index(0, column)
    touchpoint = index.data(ID_ROLE)
    current = document.state.get(Score, (touchpoint, criterion))
    new = 1 if current is None or current.as_is != 1 else 2
    resets = []
    panel.model.modelReset.connect(lambda: resets.append(True))
    window.activateWindow()
    panel.table.setCurrentIndex(index)
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_F2)
    editor = panel.table.focusWidget()
    assert editor is not panel.table
    qtbot.keyClicks(editor, str(new))
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # the delegate commits on the next turn of the event loop
    qtbot.waitUntil(lambda: document.state.get(Score, (touchpoint, criterion)).as_is == new)
    assert document.undo_stack.count() == 1
    assert resets == []  # the row was repainted, not the whole model reset
    row = panel.model.row_of(touchpoint)
    metrics = ranking.touchpoint_metrics(document.state, touchpoint)
    priority_column = column_of(panel, "priority")
    assert panel.model.index(row, priority_column).data(SORT_ROLE) == pytest.approx(
        metrics.priority
    )


def test_filters_by_text_department_and_decision(window, feature, qtbot):
    panel = feature.ranking
    state = window.context.document.state
    name = next(iter(state.touchpoints.values())).name
    qtbot.keyClicks(panel.filter_edit, name)
    assert 1 <= panel.proxy.rowCount() < len(state.touchpoints)
    assert "of" in panel.count_label.text()
    panel.filter_edit.clear()
    panel.department_combo.setCurrentIndex(1)
    department = panel.department_combo.currentData()
    shown = {panel.proxy.index(r, 0).data(ID_ROLE) for r in range(panel.proxy.rowCount())}
    assert shown == {t.id for t in state.touchpoints.values() if t.department_id == department}
    panel.department_combo.setCurrentIndex(0)
    panel.decision_combo.setCurrentIndex(panel.decision_combo.findData("focus"))
    shown = {panel.proxy.index(r, 0).data(ID_ROLE) for r in range(panel.proxy.rowCount())}
    assert shown == {t.id for t in state.touchpoints.values() if t.decision == "focus"}


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_export_writes_what_is_shown(window, feature, monkeypatch, tmp_path, suffix):
    panel = feature.ranking
    panel.decision_combo.setCurrentIndex(panel.decision_combo.findData("focus"))
    target = tmp_path / f"ranking{suffix}"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    panel.export()
    table = read_table(target)
    assert table.headers[:2] == ["Short id", "Touchpoint"]
    assert "Priority" in table.headers
    assert len(table.rows) == panel.proxy.rowCount()
    first = window.context.document.state.touchpoints[panel.proxy.index(0, 0).data(ID_ROLE)]
    assert table.rows[0][:2] == [first.code, first.name]
    decision = table.headers.index("Decision")
    assert {row[decision] for row in table.rows} == {"Focus"}


def test_one_edit_of_many_touchpoints_keeps_the_table_sorted(window, feature):
    """Regression: rows announced one by one must each see the others' current figures.

    A workshop import re-rates twelve touchpoints in one step; when the figures of
    all of them were updated before the first row was announced, the proxy placed
    that row against stale neighbours and it stayed out of order.
    """
    panel = feature.ranking
    context = window.context
    state = context.document.state
    dice = random.Random(4)
    rows = [
        RawRow(0, participant, touchpoint.name, criterion.name, float(dice.randint(1, 5)))
        for participant in "abcde"
        for touchpoint in list(state.touchpoints.values())[:12]
        for criterion in state.criteria
    ]
    changes, _ = workshop.import_changes(state, check_rows(state, rows), "w")
    context.editor.apply_changes("import", changes)
    values = priorities(panel)
    assert values == sorted(values, reverse=True)

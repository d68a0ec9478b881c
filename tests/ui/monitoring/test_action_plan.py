"""The action plan: filters, sorting, overdue rows, clicks, row updates, export."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QFileDialog

from tests.ui.monitoring.conftest import touchpoint_id
from tpm_desktop.core.measure_plan import DueFilter, StatusFilter
from tpm_desktop.reports.tabular import read_table
from tpm_desktop.ui.monitoring.action_plan_model import Column
from tpm_desktop.ui.monitoring.formatting import OVERDUE_BACKGROUND


def add_measures(window):
    editor = window.context.editor
    web = touchpoint_id(window, "Website")
    shop = touchpoint_id(window, "Shop counter")
    editor.add_measure(web, "Relaunch", owner="Ana", due_date=date(2026, 6, 20), cost=20000)
    editor.add_measure(web, "Chatbot", owner="Ben", status="dropped")
    editor.add_measure(shop, "Queue display", due_date=date(2026, 5, 1), status="done")


def shown_titles(plan):
    return [plan.proxy.index(row, Column.TITLE).data() for row in range(plan.proxy.rowCount())]


def choose(box, value):
    box.setCurrentIndex(box.findData(value))


def open_plan(feature):
    feature.plan_dock.raise_()
    return feature.plan


def test_lists_every_measure_by_due_date_with_overdue_rows_marked(feature, window):
    add_measures(window)
    plan = open_plan(feature)
    assert shown_titles(plan) == ["Call-back service", "Queue display", "Relaunch", "Chatbot"]
    overdue = plan.proxy.index(0, Column.DUE)
    assert overdue.data().endswith("⚠")
    assert overdue.data(Qt.ItemDataRole.BackgroundRole).color() == OVERDUE_BACKGROUND
    assert plan.proxy.index(1, Column.DUE).data(Qt.ItemDataRole.BackgroundRole) is None
    assert "4 measures" in plan.summary.text() and "1 overdue" in plan.summary.text()


def test_filters_by_status_owner_department_due_and_quick_win(feature, window, qtbot):
    add_measures(window)
    plan = open_plan(feature)
    choose(plan.status_box, StatusFilter.OPEN.value)
    assert shown_titles(plan) == ["Call-back service", "Relaunch"]
    choose(plan.owner_box, "Ana")
    assert shown_titles(plan) == ["Relaunch"]
    plan.reset_filter()
    choose(plan.department_box, 2)  # Sales: the shop counter
    assert shown_titles(plan) == ["Queue display"]
    plan.reset_filter()
    choose(plan.due_box, DueFilter.OVERDUE.value)
    assert shown_titles(plan) == ["Call-back service"]
    plan.reset_filter()
    qtbot.mouseClick(plan.quick_win_check, Qt.MouseButton.LeftButton)
    assert shown_titles(plan) == ["Call-back service"]
    plan.reset_filter()
    qtbot.keyClicks(plan.search_edit, "website relaunch")
    assert shown_titles(plan) == ["Relaunch"]
    assert "1 of 4 measures shown" in plan.summary.text()


def test_sorts_by_a_clicked_column_with_empty_values_last(feature, window, qtbot):
    add_measures(window)
    plan = open_plan(feature)
    header = plan.table.horizontalHeader()
    x = header.sectionViewportPosition(Column.COST) + 10
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    first = shown_titles(plan)
    assert first[:2] == ["Call-back service", "Relaunch"]  # 5,000 then 20,000
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert shown_titles(plan)[:2] == ["Relaunch", "Call-back service"]
    assert set(shown_titles(plan)[2:]) == {"Chatbot", "Queue display"}  # no cost: last


def test_a_click_selects_the_touchpoint_and_a_double_click_opens_the_measure(
    feature, window, qtbot
):
    add_measures(window)
    plan = open_plan(feature)
    rect = plan.table.visualRect(plan.proxy.index(2, Column.TITLE))  # Relaunch
    qtbot.mouseClick(plan.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.context.selection.ids == [touchpoint_id(window, "Website")]
    qtbot.mouseDClick(plan.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert feature.measures.form.title_edit.text() == "Relaunch"


def test_an_edit_updates_its_row_without_resetting_the_table(feature, window, qtbot):
    add_measures(window)
    plan = open_plan(feature)
    measure = next(
        m
        for m in window.context.document.state.measures_of(touchpoint_id(window, "Website"))
        if m.title == "Relaunch"
    )
    resets = []
    plan.model.modelReset.connect(lambda: resets.append(1))
    with qtbot.waitSignal(plan.model.dataChanged):
        window.context.editor.update_measure(measure.id, status="done")
    assert resets == []
    row = plan.model.position_of(measure.id)
    assert plan.model.index(row, Column.STATUS).data() == "Done"
    window.context.editor.delete_measures([measure.id])
    assert "Relaunch" not in shown_titles(plan) and resets == []


def test_export_writes_the_rows_shown_as_csv_and_xlsx(feature, window, tmp_path, monkeypatch):
    add_measures(window)
    plan = open_plan(feature)
    choose(plan.status_box, StatusFilter.OPEN.value)
    for name in ("plan.xlsx", "plan.csv"):
        target = tmp_path / name
        monkeypatch.setattr(
            QFileDialog, "getSaveFileName", lambda *a, target=target, **k: (str(target), "")
        )
        feature.action_export.trigger()
        table = read_table(target)
        assert table.headers[:3] == ["Measure", "Description", "Touchpoint"]
        assert table.headers[-2:] == ["Quick win", "Overdue"]
        records = table.records()
        assert [r["Measure"] for r in records] == ["Call-back service", "Relaunch"]
        assert records[0]["Overdue"] == "yes" and records[0]["Status"] == "In progress"
        assert str(records[0]["Due"]).startswith("2026-03-01")


def test_a_tab_behind_another_waits_and_catches_up_when_shown(feature, window):
    plan = open_plan(feature)
    feature.due_dock.raise_()
    assert not plan.is_shown()
    resets, changes = [], []
    plan.model.modelReset.connect(lambda: resets.append(1))
    plan.model.rowsInserted.connect(lambda *a: changes.append(a))
    window.context.editor.add_measure(touchpoint_id(window, "Website"), "Added while hidden")
    assert resets == [] and changes == []  # no work for a panel nobody sees
    feature.plan_dock.raise_()
    assert plan.is_shown()
    assert "Added while hidden" in shown_titles(plan)

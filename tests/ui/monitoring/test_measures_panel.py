"""The measures panel: add, edit and delete a touchpoint's measures through the real widgets."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt

from tests.ui.monitoring.conftest import saved, select
from tpm_desktop.core.enums import MeasureStatus
from tpm_desktop.core.model import Measure
from tpm_desktop.ui.monitoring.formatting import OVERDUE_BACKGROUND


@pytest.fixture(autouse=True)
def measures_shown(feature):
    """The measures tab is behind the scores on the right; bring it to the front."""
    feature.measures_dock.raise_()


def measures_of(window, tp):
    return window.context.document.state.measures_of(tp)


def test_shows_the_measures_of_the_selected_touchpoint(feature, window):
    panel = feature.measures
    assert panel.stack.currentWidget() is panel.placeholder
    select(window, "Hotline")
    assert panel.tree.topLevelItemCount() == 1
    item = panel.tree.topLevelItem(0)
    assert item.text(0) == "★ Call-back service"  # a quick win
    assert item.text(2) == "In progress"
    assert panel.form.title_edit.text() == "Call-back service"
    select(window, "Website")
    assert panel.tree.topLevelItemCount() == 0
    assert not panel.form.isEnabled()


def test_overdue_measures_stand_out(feature, window):
    select(window, "Hotline")  # due 2026-03-01, in progress; today is 2026-06-01
    item = feature.measures.tree.topLevelItem(0)
    assert item.background(1).color() == OVERDUE_BACKGROUND
    assert item.toolTip(1) == "Overdue"


def test_add_edit_and_delete_with_the_widgets(feature, window, qtbot, project_file):
    panel = feature.measures
    tp = select(window, "Website")
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    (measure,) = measures_of(window, tp)
    assert measure.title == "New measure"
    assert panel.form.title_edit.hasFocus() and panel.form.title_edit.selectedText()

    qtbot.keyClicks(panel.form.title_edit, "Faster search")
    qtbot.keyClick(panel.form.title_edit, Qt.Key.Key_Return)
    panel.form.owner_edit.setFocus()
    qtbot.keyClicks(panel.form.owner_edit, "Nina")
    qtbot.keyClick(panel.form.owner_edit, Qt.Key.Key_Return)
    qtbot.mouseClick(panel.form.due_edit.check, Qt.MouseButton.LeftButton)
    panel.form.due_edit.edit.setDate(QDate(2026, 9, 30))
    qtbot.keyClick(panel.form.status_box, Qt.Key.Key_Down)  # planned -> in progress
    panel.form.cost_box.setValue(4500)
    qtbot.mouseClick(panel.form.quick_win_check, Qt.MouseButton.LeftButton)
    panel.form.description_edit.setFocus()
    qtbot.keyClicks(panel.form.description_edit, "Index the FAQ.")
    panel.form.title_edit.setFocus()  # leaving the description commits it

    (measure,) = measures_of(window, tp)
    assert (
        measure.title,
        measure.owner,
        measure.due_date,
        measure.status,
        measure.cost,
        measure.quick_win,
        measure.description,
    ) == (
        "Faster search",
        "Nina",
        date(2026, 9, 30),
        MeasureStatus.IN_PROGRESS,
        4500.0,
        True,
        "Index the FAQ.",
    )
    assert panel.tree.topLevelItem(0).text(0) == "★ Faster search"
    assert saved(window, project_file).get(Measure, measure.id) == measure

    panel.tree.setFocus()
    panel.tree.setCurrentItem(panel.tree.topLevelItem(0))
    qtbot.keyClick(panel.tree, Qt.Key.Key_Delete)
    assert measures_of(window, tp) == []
    assert panel.tree.topLevelItemCount() == 0


def test_a_measure_edit_undoes_and_redoes_through_the_file(feature, window, qtbot, project_file):
    panel = feature.measures
    tp = select(window, "Hotline")
    form = panel.form
    form.title_edit.setFocus()
    form.title_edit.selectAll()
    qtbot.keyClicks(form.title_edit, "Call-back within 2 hours")
    qtbot.keyClick(form.title_edit, Qt.Key.Key_Return)
    stack = window.context.document.undo_stack
    assert stack.undoText() == "Edit measure"

    assert [m.title for m in saved(window, project_file).measures_of(tp)] == [
        "Call-back within 2 hours"
    ]
    window.action_undo.trigger()
    assert form.title_edit.text() == "Call-back service"
    assert [m.title for m in saved(window, project_file).measures_of(tp)] == ["Call-back service"]
    window.action_redo.trigger()
    assert panel.tree.topLevelItem(0).text(0) == "★ Call-back within 2 hours"
    assert [m.title for m in saved(window, project_file).measures_of(tp)] == [
        "Call-back within 2 hours"
    ]


def test_an_empty_title_is_refused_without_an_edit(feature, window, qtbot):
    select(window, "Hotline")
    form = feature.measures.form
    form.title_edit.setFocus()
    form.title_edit.selectAll()
    qtbot.keyClick(form.title_edit, Qt.Key.Key_Delete)
    qtbot.keyClick(form.title_edit, Qt.Key.Key_Return)
    assert form.title_edit.text() == "Call-back service"
    assert window.context.document.undo_stack.count() == 0


def test_typing_a_date_merges_into_one_undo_step(feature, window):
    tp = select(window, "Hotline")
    edit = feature.measures.form.due_edit.edit
    for day in (10, 11, 12):
        edit.setDate(QDate(2026, 4, day))
    assert measures_of(window, tp)[0].due_date == date(2026, 4, 12)
    assert window.context.document.undo_stack.count() == 1
    window.action_undo.trigger()
    assert measures_of(window, tp)[0].due_date == date(2026, 3, 1)

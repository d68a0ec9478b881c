"""File → Edit Findings…: edit, reorder and switch off findings; one undo step; the file."""

from __future__ import annotations

import json
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from tests.support.builders import save_new
from tpm_desktop.core.findings.edits import FINDINGS_SETTING, read_edits
from tpm_desktop.core.sample import sample_state
from tpm_desktop.reports.findings_text import printed_findings
from tpm_desktop.ui.main_window import MainWindow
from tpm_desktop.ui.report.feature import ReportFeature
from tpm_desktop.ui.report.findings_dialog import EDITED_MARK, STALE_MARK, FindingsDialog

TODAY = date(2026, 6, 15)


@pytest.fixture
def window(tpm_app, qtbot, workspace, tmp_path):
    win = MainWindow("en", workspace)
    win.show()
    path = tmp_path / "user" / "sample.tpm"
    path.parent.mkdir()
    save_new(path, sample_state("en", today=TODAY))
    assert win.open_path(path)
    yield win
    # closed here, not by qtbot: qtbot would close it before this, with changes unsaved
    if win.context is not None:
        win.context.document.undo_stack.setClean()
        win.files.close_document()
    win.close()
    win.deleteLater()


def feature(window) -> ReportFeature:
    return next(f for f in window.features if isinstance(f, ReportFeature))


def open_dialog(window, qtbot) -> FindingsDialog:
    action = feature(window).action_findings
    assert action.isEnabled() and action in window.file_menu.actions()
    dialog = FindingsDialog(window, window.context.editor, "en", TODAY)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def keys_in(dialog: FindingsDialog) -> list[str]:
    return [dialog.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(dialog.list.count())]


def stored_in_file(window) -> object:
    path: Path = window.context.document.project.working_path
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as connection:
        row = connection.execute(
            "SELECT value FROM setting WHERE name = ?", (FINDINGS_SETTING,)
        ).fetchone()
    return None if row is None else json.loads(row[0])


def press_ok(dialog: FindingsDialog, qtbot) -> None:
    box = dialog.findChild(QDialogButtonBox)
    qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def test_the_menu_opens_the_dialog(window, qtbot):
    dialog = feature(window).edit_findings()
    assert dialog is not None and dialog.isVisible()
    assert dialog.list.count() >= 5
    dialog.reject()


def test_edit_reorder_and_switch_off_are_one_undo_step_in_the_file(window, qtbot):
    document = window.context.document
    dialog = open_dialog(window, qtbot)
    computed = keys_in(dialog)
    shown = [f.key for f in printed_findings(document.state, "en", today=TODAY)]
    assert computed[: len(shown)] == shown
    # reword the second finding
    dialog.list.setCurrentRow(1)
    dialog.headline_edit.selectAll()
    qtbot.keyClicks(dialog.headline_edit, "Billing needs a new bill")
    assert dialog.list.item(1).text() == EDITED_MARK + "Billing needs a new bill"
    # move the third finding up to the top
    dialog.list.setCurrentRow(2)
    qtbot.mouseClick(dialog.up_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.up_button, Qt.MouseButton.LeftButton)
    assert keys_in(dialog)[:3] == [computed[2], computed[0], computed[1]]
    # switch off what was the first
    dialog.list.item(1).setCheckState(Qt.CheckState.Unchecked)
    press_ok(dialog, qtbot)
    assert not dialog.isVisible()

    assert document.undo_stack.count() == 1
    assert document.undo_stack.undoText() == "Edit findings"
    edits = read_edits(document.state)
    assert edits.order[:3] == [computed[2], computed[0], computed[1]]
    assert computed[0] in edits.off
    assert edits.texts[computed[1]].headline == "Billing needs a new bill"
    assert stored_in_file(window) == document.state.setting(FINDINGS_SETTING)
    printed = printed_findings(document.state, "en", today=TODAY)
    assert [f.key for f in printed][:2] == [computed[2], computed[1]]
    assert printed[1].headline == "Billing needs a new bill" and printed[1].edited

    document.undo_stack.undo()
    assert document.state.setting(FINDINGS_SETTING) is None
    assert stored_in_file(window) is None
    assert [f.key for f in printed_findings(document.state, "en", today=TODAY)] == shown


def test_reset_and_an_untouched_dialog_store_nothing(window, qtbot):
    document = window.context.document
    dialog = open_dialog(window, qtbot)
    dialog.list.setCurrentRow(0)
    dialog.headline_edit.selectAll()
    qtbot.keyClicks(dialog.headline_edit, "Changed my mind")
    assert dialog.reset_button.isEnabled()
    qtbot.mouseClick(dialog.reset_button, Qt.MouseButton.LeftButton)
    assert not dialog.list.item(0).text().startswith(EDITED_MARK)
    press_ok(dialog, qtbot)
    assert document.undo_stack.count() == 0
    assert document.state.setting(FINDINGS_SETTING) is None


def test_an_edited_finding_shows_that_its_computed_text_changed(window, qtbot):
    document = window.context.document
    dialog = open_dialog(window, qtbot)
    key = "budget_unallocated"
    row = keys_in(dialog).index(key)
    dialog.list.setCurrentRow(row)
    dialog.headline_edit.selectAll()
    qtbot.keyClicks(dialog.headline_edit, "Budget left over")
    press_ok(dialog, qtbot)
    window.context.editor.update_project(total_budget=900_000.0)  # the data changes
    again = open_dialog(window, qtbot)
    row = keys_in(again).index(key)
    item = again.list.item(row)
    assert item.text() == STALE_MARK + "Budget left over"
    again.list.setCurrentRow(row)
    assert again.stale_label.isVisible()
    assert "€108,500" in again.stale_label.text()
    assert again.headline_edit.text() == "Budget left over"  # kept, not overwritten
    printed = printed_findings(document.state, "en", today=TODAY)
    assert next(f for f in printed if f.key == key).headline == "Budget left over"


def test_department_findings_are_edited_on_their_own(window, qtbot):
    document = window.context.document
    dialog = open_dialog(window, qtbot)
    dialog.scope_combo.setCurrentIndex(4)  # the fourth department (Billing)
    department = dialog.scope_combo.currentData()
    assert dialog.list.count() <= 5
    dialog.list.item(0).setCheckState(Qt.CheckState.Unchecked)
    first = keys_in(dialog)[0]
    press_ok(dialog, qtbot)
    assert first in read_edits(document.state, department).off
    assert read_edits(document.state).is_empty()
    assert first not in [f.key for f in printed_findings(document.state, "en", department, TODAY)]


def test_a_dropped_row_keeps_its_place(window, qtbot):
    # A drag within the list moves the row in the list's model (InternalMove); the
    # stored order is read from the list, so the drop is what is stored.
    from PySide6.QtCore import QModelIndex

    dialog = open_dialog(window, qtbot)
    assert dialog.list.dragDropMode() is dialog.list.DragDropMode.InternalMove
    before = keys_in(dialog)
    assert dialog.list.model().moveRow(QModelIndex(), 0, QModelIndex(), 3)
    assert keys_in(dialog) == [before[1], before[2], before[0], *before[3:]]
    press_ok(dialog, qtbot)
    assert read_edits(window.context.document.state).order[:3] == keys_in(dialog)[:3]

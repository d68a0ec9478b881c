"""The short id in the notes panel (edited, checked, undone), the ranking and the card tooltip."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from tpm_desktop.core.project_file import read_project
from tpm_desktop.ui.assessment.ranking_model import ID_ROLE
from tpm_desktop.ui.canvas.looks import card_tooltip


def type_code(qtbot, edit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def test_the_short_id_is_edited_in_the_notes_panel_checked_and_undone(
    window, feature, qtbot, sample_path
):
    document = window.context.document
    first, second = sorted(document.state.touchpoints)[:2]
    taken = document.state.touchpoints[second].code
    window.context.selection.set([first])
    before = document.undo_stack.count()
    notes = feature.notes
    assert notes.code_edit.text() == document.state.touchpoints[first].code
    type_code(qtbot, notes.code_edit, "WEB 1")
    assert notes.code_error.isVisible()
    assert notes.code_error.text() == "A short id cannot contain spaces"
    type_code(qtbot, notes.code_edit, taken.lower())
    assert notes.code_error.text().startswith(f"The short id {taken.lower()} is already used by")
    assert document.undo_stack.count() == before  # refused ids changed nothing
    type_code(qtbot, notes.code_edit, "WEB-1")
    assert not notes.code_error.isVisible()
    assert document.state.touchpoints[first].code == "WEB-1"
    assert document.undo_stack.count() == before + 1
    assert window.action_undo.text() == "&Undo Change short id"
    # The ranking and the card's tooltip show it.
    ranking = feature.ranking
    code_column = [c.kind for c in ranking.model.columns].index("code")
    row = ranking.model.row_of(first)
    assert ranking.model.index(row, code_column).data() == "WEB-1"
    assert "WEB-1" in card_tooltip(document.state, first, date(2026, 12, 6))
    window.action_undo.trigger()
    assert notes.code_edit.text() == document.state.touchpoints[first].code != "WEB-1"
    window.action_redo.trigger()
    window.action_save.trigger()
    assert read_project(sample_path).touchpoints[first].code == "WEB-1"
    # With several touchpoints selected, the short id (unique) is not editable.
    window.context.selection.set([first, second])
    assert notes.code_edit.isReadOnly() and notes.code_edit.text() == ""


def test_the_ranking_sorts_short_ids_by_their_number_and_finds_them(window, feature):
    ranking = feature.ranking
    model, proxy = ranking.model, ranking.proxy
    code_column = [c.kind for c in model.columns].index("code")
    ranking.table.sortByColumn(code_column, Qt.SortOrder.AscendingOrder)
    state = window.context.document.state
    codes = [state.touchpoints[proxy.index(r, 0).data(ID_ROLE)].code for r in range(12)]
    assert codes[:11] == [f"T{n}" for n in range(1, 12)]  # T2 before T10
    proxy.set_text("t17")
    shown = {
        state.touchpoints[proxy.index(r, 0).data(ID_ROLE)].code for r in range(proxy.rowCount())
    }
    assert "T17" in shown

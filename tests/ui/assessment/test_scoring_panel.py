"""The scoring panel driven by the keyboard, as a consultant does in a workshop."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tpm_desktop.core import ranking
from tpm_desktop.core.model import Score
from tpm_desktop.core.project_file import read_project

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier):
    """A key press where the keyboard focus is, as a real keyboard delivers it."""
    target = QApplication.focusWidget()
    assert target is not None, "nothing has the keyboard focus"
    qtbot.keyClick(target, key, modifier)


def type_text(qtbot, text):
    for char in text:
        press(qtbot, getattr(Qt.Key, f"Key_{char}"))


def as_is(state, touchpoint_id, criterion_id):
    score = state.get(Score, (touchpoint_id, criterion_id))
    return None if score is None else score.as_is


def test_a_digit_sets_the_score_and_undo_restores_it(window, feature, qtbot, sample_path):
    context = window.context
    state = context.document.state
    first = ranking.map_order(state)[0]
    criterion = state.criteria[0].id
    before = as_is(state, first, criterion)
    new = 5.0 if before != 5 else 4.0
    context.selection.set([first])
    window.activateWindow()
    press(qtbot, Qt.Key.Key_R, CTRL_SHIFT)  # Assessment → Score Selected Touchpoint
    spin = feature.scoring.rows[0].as_is.spin
    assert QApplication.focusWidget() in (spin, spin.lineEdit())
    type_text(qtbot, str(int(new)))
    assert as_is(context.document.state, first, criterion) == new
    assert feature.scoring.rows[0].as_is.slider.value() == new
    assert context.document.undo_stack.count() == 1
    window.action_save.trigger()
    assert as_is(read_project(sample_path), first, criterion) == new
    window.action_undo.trigger()
    assert as_is(context.document.state, first, criterion) == before
    assert spin.score() == before
    window.action_save.trigger()
    assert as_is(read_project(sample_path), first, criterion) == before


def test_delete_means_not_rated_not_zero(window, feature, qtbot):
    context = window.context
    state = context.document.state
    touchpoint = next(tid for tid in ranking.map_order(state) if as_is(state, tid, 1) is not None)
    context.selection.set([touchpoint])
    feature.start_scoring()
    press(qtbot, Qt.Key.Key_Delete)
    score = context.document.state.get(Score, (touchpoint, 1))
    assert score is None or score.as_is is None
    assert feature.scoring.rows[0].as_is.spin.lineEdit().text() == ""
    assert feature.scoring.rows[0].as_is.spin.lineEdit().placeholderText() == "–"
    # Up from "not rated" is the lowest value of the scale, not 0 + 1
    press(qtbot, Qt.Key.Key_Up)
    assert as_is(context.document.state, touchpoint, 1) == 1


def test_keys_outside_the_scale_change_nothing(window, feature, qtbot):
    context = window.context
    touchpoint = ranking.map_order(context.document.state)[3]
    context.selection.set([touchpoint])
    feature.start_scoring()
    before = as_is(context.document.state, touchpoint, 1)
    type_text(qtbot, "9")
    press(qtbot, Qt.Key.Key_Tab)
    assert as_is(context.document.state, touchpoint, 1) == before
    assert context.document.undo_stack.count() == 0


def test_multi_selection_shows_mixed_and_sets_all_in_one_step(window, feature, qtbot):
    context = window.context
    state = context.document.state
    ids = ranking.map_order(state)[:3]
    criterion = state.criteria[1].id
    context.selection.set(ids)
    field = feature.scoring.rows[1].as_is
    values = {as_is(state, tid, criterion) for tid in ids}
    assert field.spin.is_mixed() == (len(values) > 1)
    assert feature.scoring.title.text() == "3 touchpoints selected"
    field.spin.setFocus()
    type_text(qtbot, "4")
    assert [as_is(context.document.state, tid, criterion) for tid in ids] == [4, 4, 4]
    assert not field.spin.is_mixed()
    assert context.document.undo_stack.count() == 1
    context.document.undo_stack.undo()
    assert {as_is(context.document.state, tid, criterion) for tid in ids} == values
    assert field.spin.is_mixed() == (len(values) > 1)


def test_keyboard_only_pass_over_ten_touchpoints(window, feature, qtbot, sample_path):
    """Ten touchpoints, four as-is and four target scores each, without the mouse."""
    context = window.context
    state = context.document.state
    order = ranking.map_order(state)
    criteria = [c.id for c in state.criteria]
    context.selection.clear()
    window.activateWindow()
    # Ctrl+Shift+R with nothing selected starts at the first touchpoint of the map
    press(qtbot, Qt.Key.Key_R, CTRL_SHIFT)
    assert context.selection.ids == [order[0]]
    planned: dict[int, tuple[list[int], list[int]]] = {}
    for number, touchpoint in enumerate(order[:10]):
        assert context.selection.ids == [touchpoint]
        assert feature.scoring.title.text() == state.touchpoints[touchpoint].name
        as_is_values = [1 + (number + i) % 5 for i in range(len(criteria))]
        target_values = [min(5, v + 1) for v in as_is_values]
        planned[touchpoint] = (as_is_values, target_values)
        for value in as_is_values + target_values:  # Tab runs down as-is, then target
            type_text(qtbot, str(value))
            press(qtbot, Qt.Key.Key_Tab)
        press(qtbot, Qt.Key.Key_Return) if number % 2 else press(
            qtbot, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier
        )
    assert context.selection.ids == [order[10]]
    state = context.document.state
    for touchpoint, (as_is_values, target_values) in planned.items():
        scores = state.scores_of(touchpoint)
        assert [scores[c].as_is for c in criteria] == as_is_values
        assert [scores[c].target for c in criteria] == target_values
    # Shift+Return goes back
    feature.scoring.focus_first_score()
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert context.selection.ids == [order[9]]
    window.action_save.trigger()
    saved = read_project(sample_path)
    for touchpoint, (as_is_values, _) in planned.items():
        assert [saved.get(Score, (touchpoint, c)).as_is for c in criteria] == as_is_values


def test_read_only_project_shows_scores_without_changing_them(
    tpm_app, english, qtbot, workspace, sample_path
):
    from tests.ui.assessment.conftest import assessment_feature
    from tpm_desktop.core.project_file import OpenProject
    from tpm_desktop.ui.main_window import MainWindow

    other = OpenProject.open(sample_path, workspace)  # another instance holds the file
    win = MainWindow("en", workspace)
    win.show()
    try:
        assert win.open_path(sample_path)
        assert win.context.document.read_only
        feature = assessment_feature(win)
        touchpoint = ranking.map_order(win.context.document.state)[0]
        win.context.selection.set([touchpoint])
        spin = feature.scoring.rows[0].as_is.spin
        assert spin.isReadOnly()
        spin.setFocus()
        before = as_is(win.context.document.state, touchpoint, 1)
        qtbot.keyClick(spin, Qt.Key.Key_5 if before != 5 else Qt.Key.Key_4)
        qtbot.keyClick(spin, Qt.Key.Key_Delete)
        assert as_is(win.context.document.state, touchpoint, 1) == before
        assert win.context.document.undo_stack.count() == 0
        assert not feature.action_distribute.isEnabled()
        assert not feature.notes.decision_combo.isEnabled()
    finally:
        win.files.close_document()
        win.close()
        win.deleteLater()
        other.close()


def test_relevance_is_typed_in_the_panel_and_moves_the_ranking(window, feature, qtbot, sample_path):
    context = window.context
    state = context.document.state
    fax = next(tp for tp in state.touchpoints.values() if tp.name == "Customer service fax")
    rank_before = ranking.ranked(state).index(fax.id)
    context.selection.set([fax.id])
    field = feature.scoring.relevance
    assert field.spin.value() == round(fax.relevance)
    assert field.effective.text() == ""  # set by the team: nothing to explain
    field.spin.setFocus()
    field.spin.selectAll()
    qtbot.keyClicks(field.spin, "100")
    qtbot.keyClick(field.spin, Qt.Key.Key_Return)
    state = context.document.state
    assert state.touchpoints[fax.id].relevance == 100
    assert ranking.ranked(state).index(fax.id) < rank_before
    assert context.document.undo_stack.undoText() == "Set relevance"
    window.action_save.trigger()
    assert read_project(sample_path).touchpoints[fax.id].relevance == 100
    # cleared: "not set", so it counts as the default and says so
    field.spin.setValue(field.spin.minimum())
    field.spin.editingFinished.emit()
    assert context.document.state.touchpoints[fax.id].relevance is None
    assert field.effective.text() == "counts as 50 until set"
    window.action_undo.trigger()
    assert context.document.state.touchpoints[fax.id].relevance == 100
    window.action_save.trigger()

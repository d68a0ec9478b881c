"""The criteria catalogue and the notes panel."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tpm_desktop.core.enums import Decision
from tpm_desktop.core.model import Combination, Criterion, Score
from tpm_desktop.core.project_file import read_project
from tpm_desktop.ui import prompts
from tpm_desktop.ui.assessment.criteria_dialog import CriteriaDialog
from tpm_desktop.ui.assessment.partners_dialog import PartnersDialog


@pytest.fixture
def catalogue(window, feature):
    feature.show_criteria()
    dialog = window.findChild(CriteriaDialog)
    assert dialog is not None and dialog.isVisible()
    yield dialog
    dialog.close()


def scores_of(state, criterion_id):
    return {k: s for k, s in state.table(Score).items() if s.criterion_id == criterion_id}


def test_add_rename_weight_and_reorder(window, catalogue, feature, qtbot):
    document = window.context.document
    qtbot.mouseClick(catalogue.add_button, Qt.MouseButton.LeftButton)
    new_id = catalogue.current_id()
    assert document.state.get(Criterion, new_id).name == "New criterion"
    assert catalogue.name_edit.hasFocus()
    qtbot.keyClicks(catalogue.name_edit, "Reach")
    assert document.state.get(Criterion, new_id).name == "Reach"
    assert document.undo_stack.count() == 2  # add, then the typing as one step
    # the new criterion appears in the scoring panel and the ranking at once
    assert [r.name.text() for r in feature.scoring.rows][-1] == "Reach"
    model = feature.ranking.model
    score_columns = [c for c in model.columns if c.kind == "score"]
    assert model.column_title(score_columns[-1]) == "Reach"
    catalogue.weight_box.setValue(3)
    assert document.state.get(Criterion, new_id).weight == 3
    assert "42.9 % of the weighted score" in catalogue.share_label.text()
    qtbot.mouseClick(catalogue.up_button, Qt.MouseButton.LeftButton)
    assert [c.id for c in document.state.criteria][-2] == new_id
    assert catalogue.current_id() == new_id


def test_removing_a_criterion_takes_its_scores_in_one_undo_step(window, catalogue, monkeypatch):
    document = window.context.document
    catalogue.list.setCurrentRow(1)
    criterion_id = catalogue.current_id()
    before = scores_of(document.state, criterion_id)
    assert before
    asked = []
    monkeypatch.setattr(prompts, "confirm", lambda *args: asked.append(args[2]) or True)
    catalogue.remove_button.click()
    assert asked and f"its {len(before)} scores" in asked[0]
    assert document.state.get(Criterion, criterion_id) is None
    assert scores_of(document.state, criterion_id) == {}
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert scores_of(document.state, criterion_id) == before
    assert catalogue.list.count() == 4


def test_changing_the_scale_rescales_after_confirmation(
    window, catalogue, monkeypatch, sample_path
):
    document = window.context.document
    catalogue.list.setCurrentRow(0)
    criterion_id = catalogue.current_id()
    before = scores_of(document.state, criterion_id)
    index = catalogue.scale_combo.findText("0–10")
    monkeypatch.setattr(prompts, "confirm", lambda *args: False)
    catalogue.scale_combo.activated.emit(index)
    assert document.state.get(Criterion, criterion_id).scale_max == 5
    assert catalogue.scale_combo.currentText() == "1–5"
    questions = []
    monkeypatch.setattr(prompts, "confirm", lambda *args: questions.append(args[3]) or True)
    catalogue.scale_combo.activated.emit(index)
    assert "for example 3 becomes 5" in questions[0]
    criterion = document.state.get(Criterion, criterion_id)
    assert (criterion.scale_min, criterion.scale_max) == (0, 10)
    for key, score in before.items():
        rescaled = document.state.get(Score, key)
        if score.as_is is not None:
            assert rescaled.as_is == pytest.approx((score.as_is - 1) * 2.5)
    window.action_save.trigger()
    assert read_project(sample_path).get(Criterion, criterion_id).scale_max == 10
    document.undo_stack.undo()
    assert scores_of(document.state, criterion_id) == before


def test_notes_typing_merges_per_field(window, feature, qtbot):
    document = window.context.document
    touchpoint = next(iter(document.state.touchpoints))
    window.context.selection.set([touchpoint])
    notes = feature.notes
    notes.as_is_edit.setFocus()
    notes.as_is_edit.selectAll()
    qtbot.keyClicks(notes.as_is_edit, "Slow.")
    qtbot.keyClick(notes.as_is_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(notes.as_is_edit, "Nobody answers.")
    assert document.state.touchpoints[touchpoint].as_is == "Slow.\nNobody answers."
    assert document.undo_stack.count() == 1
    qtbot.keyClicks(notes.target_edit, " Better.")
    assert document.undo_stack.count() == 2  # another field, another step
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert notes.as_is_edit.toPlainText() == document.state.touchpoints[touchpoint].as_is


def test_experience_decision_partners_budget_and_super(window, feature, qtbot, monkeypatch):
    document = window.context.document
    ids = list(document.state.touchpoints)[:3]
    window.context.selection.set([ids[0]])
    notes = feature.notes
    button = notes.experience_buttons.button(4)  # +2
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert document.state.touchpoints[ids[0]].experience == 2
    assert notes.experience_text.text() == "Delights"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # a second click: not rated
    assert document.state.touchpoints[ids[0]].experience is None
    combine = notes.decision_combo.findData("combine")
    notes.decision_combo.setCurrentIndex(combine)
    notes.decision_combo.activated.emit(combine)
    assert document.state.touchpoints[ids[0]].decision == Decision.COMBINE
    assert notes.partners_widget.isVisibleTo(notes)

    def choose(dialog):
        for row in range(dialog.list.count()):
            item = dialog.list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) in ids[1:]:
                item.setCheckState(Qt.CheckState.Checked)
            else:
                item.setCheckState(Qt.CheckState.Unchecked)
        return 1

    monkeypatch.setattr(PartnersDialog, "exec", choose)
    notes.partners_button.click()
    partners = {c.partner_id for c in document.state.children(Combination, ids[0])}
    assert partners == set(ids[1:])
    names = [document.state.touchpoints[i].name for i in ids[1:]]
    assert all(name[:20] in notes.partners_label.text() for name in names)
    # a bad amount is explained and changes nothing
    steps = document.undo_stack.count()
    notes.budget_edit.setFocus()
    notes.budget_edit.selectAll()
    qtbot.keyClicks(notes.budget_edit, "lots")
    qtbot.keyClick(notes.budget_edit, Qt.Key.Key_Return)
    assert notes.budget_error.isVisibleTo(notes)
    assert document.undo_stack.count() == steps
    notes.budget_edit.selectAll()
    qtbot.keyClicks(notes.budget_edit, "12,500")
    qtbot.keyClick(notes.budget_edit, Qt.Key.Key_Return)
    assert document.state.touchpoints[ids[0]].budget == 12500
    assert not notes.budget_error.isVisibleTo(notes)
    # with three selected, one click sets all of them, in one step
    window.context.selection.set(ids)
    steps = document.undo_stack.count()
    notes.super_check.click()
    assert {document.state.touchpoints[i].is_super for i in ids} in ({True}, {False})
    assert document.undo_stack.count() == steps + 1
    assert notes.as_is_edit.isReadOnly()


def test_markup_in_names_is_shown_as_text(window, feature, qtbot):
    """A received file may hold names with markup: labels and tooltips show it as text."""
    document = window.context.document
    ids = list(document.state.touchpoints)[:2]
    window.context.editor.rename_touchpoint(ids[1], "<b>Bold</b> & <img src='x'>")
    window.context.editor.set_touchpoint_fields([ids[0]], decision="combine")
    window.context.editor.set_combinations(ids[0], [ids[1]])
    window.context.selection.set([ids[0]])
    notes = feature.notes
    assert notes.partners_label.textFormat() == Qt.TextFormat.PlainText
    assert "<b>Bold</b>" in notes.partners_label.text()
    window.context.selection.set([ids[1]])
    assert feature.scoring.title.text() == "<b>Bold</b> & <img src='x'>"
    assert (
        feature.scoring.title.toolTip()
        == "<qt>&lt;b&gt;Bold&lt;/b&gt; &amp; &lt;img src=&#x27;x&#x27;&gt;</qt>"
    )
    row = feature.ranking.model.row_of(ids[1])
    name_column = [c.kind for c in feature.ranking.model.columns].index("name")
    tooltip = feature.ranking.model.index(row, name_column).data(Qt.ItemDataRole.ToolTipRole)
    assert "&lt;b&gt;" in tooltip and "<b>" not in tooltip.removeprefix("<qt>")


def test_closing_the_document_detaches_every_panel(window, feature, sample_path):
    document = window.context.document
    window.context.selection.set([next(iter(document.state.touchpoints))])
    window.files.close_document()
    for panel in feature.panels:
        assert panel.context is None
    assert feature.ranking.model.rowCount() == 0
    assert feature.scoring.stack.currentIndex() == 0
    assert not feature.action_criteria.isEnabled()
    # a second document works as the first did
    assert window.open_path(sample_path)
    assert feature.ranking.model.rowCount() == len(window.context.document.state.touchpoints)
    assert feature.action_criteria.isEnabled()


def test_docks_are_tabbed_on_first_start_and_a_saved_layout_is_kept(
    window, feature, qtbot, workspace
):
    from tests.ui.assessment.conftest import assessment_feature
    from tpm_desktop.ui.main_window import MainWindow

    assert {feature.portfolio_dock, feature.budget_dock} <= set(
        window.tabifiedDockWidgets(feature.ranking_dock)
    )
    assert feature.notes_dock in window.tabifiedDockWidgets(feature.scoring_dock)
    feature.budget_dock.close()
    feature.notes_dock.setFloating(True)
    window.save_layout()
    again = MainWindow("en", workspace)
    again.show()
    try:
        second = assessment_feature(again)
        qtbot.wait(50)
        assert second.budget_dock.isHidden()
        assert second.notes_dock.isFloating()
        assert not second.budget_dock.isVisible()
    finally:
        again.close()
        again.deleteLater()


def test_a_criterion_can_measure_relevance_instead_of_performance(
    window, catalogue, feature, qtbot, sample_path
):
    from tpm_desktop.core import ranking
    from tpm_desktop.core.enums import CriterionRole

    document = window.context.document
    state = document.state
    touchpoint = next(iter(state.touchpoints.values()))
    window.context.editor.set_touchpoint_fields([touchpoint.id], relevance=None)
    before = ranking.touchpoint_metrics(document.state, touchpoint.id)
    assert before.relevance_source == "default"
    first = document.state.criteria[0]
    catalogue.list.setCurrentRow(0)
    combo = catalogue.role_combo
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # "Relevance: how much it matters"
    combo.activated.emit(combo.currentIndex())
    assert document.state.get(Criterion, first.id).role == CriterionRole.RELEVANCE
    assert "% of the relevance" in catalogue.share_label.text()
    after = ranking.touchpoint_metrics(document.state, touchpoint.id)
    assert after.relevance_source == "criteria"
    # the criterion no longer counts into the as-is score, and sets the relevance
    scores = document.state.scores_of(touchpoint.id)
    others = [c for c in document.state.criteria if c.id != first.id]
    expected = sum(c.weight * scores[c.id].as_is for c in others) / sum(c.weight for c in others)
    assert after.as_is == pytest.approx(expected)
    low, high = first.scale_min, first.scale_max
    assert after.relevance == pytest.approx(100 * (scores[first.id].as_is - low) / (high - low))
    window.action_save.trigger()
    saved = read_project(sample_path)
    assert saved.get(Criterion, first.id).role == CriterionRole.RELEVANCE
    window.action_undo.trigger()
    assert document.state.get(Criterion, first.id).role == CriterionRole.PERFORMANCE
    window.action_save.trigger()

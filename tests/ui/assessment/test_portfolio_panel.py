"""The portfolio matrix: dots follow the axes, a click selects, labels are stored."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from tpm_desktop.core import portfolio
from tpm_desktop.core.project_file import read_project
from tpm_desktop.ui.assessment import portfolio_panel
from tpm_desktop.ui.assessment.portfolio_panel import QuadrantDialog


def shown_matrix(qtbot, feature):
    feature.portfolio_dock.show()
    feature.portfolio_dock.raise_()
    panel = feature.portfolio
    qtbot.waitUntil(lambda: bool(panel.matrix.points))
    return panel, panel.matrix


def pixel(matrix, point):
    position = matrix.position(point)
    return QPoint(round(position.x()), round(position.y()))


def test_click_on_a_dot_selects_its_touchpoint(window, feature, qtbot):
    _panel, matrix = shown_matrix(qtbot, feature)
    selection = window.context.selection
    # a dot no other dot covers, so the click is unambiguous
    point = next(
        p
        for p in matrix.points
        if matrix.point_at(matrix.position(p)).touchpoint_id == p.touchpoint_id
    )
    qtbot.mouseMove(matrix, pixel(matrix, point))
    assert matrix.hovered == point.touchpoint_id
    qtbot.mouseClick(matrix, Qt.MouseButton.LeftButton, pos=pixel(matrix, point))
    assert selection.ids == [point.touchpoint_id]
    assert matrix.selected == {point.touchpoint_id}
    other = next(p for p in matrix.points if p.touchpoint_id != point.touchpoint_id)
    qtbot.mouseClick(
        matrix, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier, pixel(matrix, other)
    )
    assert set(selection.ids) >= {point.touchpoint_id}
    assert len(selection.ids) == 2
    # a click beside the dots clears the selection
    plot = matrix.plot_rect()
    empty = QPoint(int(plot.left()) + 2, int(plot.top()) + 2)
    assert matrix.point_at(empty.toPointF()) is None
    qtbot.mouseClick(matrix, Qt.MouseButton.LeftButton, pos=empty)
    assert selection.ids == []


def test_axes_can_be_chosen_and_dots_follow_the_document(window, feature, qtbot):
    panel, matrix = shown_matrix(qtbot, feature)
    state = window.context.document.state
    budgets = {t.id for t in state.touchpoints.values() if t.budget is not None}
    panel.y_combo.setCurrentIndex(panel.y_combo.findData("budget"))
    qtbot.waitUntil(lambda: "Planned budget" in matrix.y_ticks.title)
    experience = {t.id for t in state.touchpoints.values() if t.experience is not None}
    metrics = {tid for tid, tp in state.touchpoints.items() if state.scores_of(tid)}
    assert {p.touchpoint_id for p in matrix.points} <= budgets & metrics
    panel.x_combo.setCurrentIndex(panel.x_combo.findData("experience"))
    qtbot.waitUntil(lambda: matrix.x_ticks.title == "Customer experience")
    assert {p.touchpoint_id for p in matrix.points} == budgets & experience
    # an edit moves the dot
    touchpoint = next(iter(budgets & experience))
    window.context.editor.set_touchpoint_fields([touchpoint], budget=0.0)
    qtbot.waitUntil(
        lambda: next(p for p in matrix.points if p.touchpoint_id == touchpoint).y == 0.0
    )


def test_quadrant_labels_are_stored_in_the_project(
    window, feature, qtbot, monkeypatch, sample_path
):
    panel, matrix = shown_matrix(qtbot, feature)
    assert (
        matrix.labels["top_right"] == "Keep up the good work"
    )  # the examples until the project has its own

    def answer(dialog):
        dialog.edits["top_right"].setText("Stars")
        dialog.edits["bottom_left"].setText("Drop candidates")
        return 1

    monkeypatch.setattr(QuadrantDialog, "exec", answer)
    panel.edit_labels("top_right")
    document = window.context.document
    assert document.undo_stack.count() == 1
    assert portfolio.quadrant_labels(document.state) == {
        "top_right": "Stars",
        "bottom_left": "Drop candidates",
    }
    qtbot.waitUntil(lambda: matrix.labels["top_right"] == "Stars")
    window.action_save.trigger()
    assert portfolio.quadrant_labels(read_project(sample_path))["top_right"] == "Stars"
    document.undo_stack.undo()
    qtbot.waitUntil(lambda: matrix.labels["top_right"] == "Keep up the good work")


def test_double_click_in_a_quadrant_opens_its_label(window, feature, qtbot, monkeypatch):
    _panel, matrix = shown_matrix(qtbot, feature)
    asked = []
    monkeypatch.setattr(
        portfolio_panel.QuadrantDialog, "exec", lambda dialog: asked.append(dialog) or 0
    )
    plot = matrix.plot_rect()
    corner = QPoint(int(plot.right()) - 3, int(plot.top()) + 3)
    qtbot.mouseDClick(matrix, Qt.MouseButton.LeftButton, pos=corner)
    assert len(asked) == 1
    assert (
        asked[0].edits["top_right"].hasFocus()
        or asked[0].focusWidget() is asked[0].edits["top_right"]
    )
    assert window.context.document.undo_stack.count() == 0

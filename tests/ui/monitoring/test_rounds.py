"""Assessment rounds: closing one, comparing two side by side, the score history chart."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QPoint, Qt

from tests.ui.monitoring.conftest import saved, select, touchpoint_id
from tpm_desktop.core.model import AssessmentRound
from tpm_desktop.ui import prompts
from tpm_desktop.ui.monitoring.rounds_view import CURRENT


def comparison(view):
    model = view.model
    return [
        tuple(model.index(row, column).data() for column in (0, 2, 3, 4))
        for row in range(model.rowCount())
    ]


def close_round(feature, qtbot, name, when):
    dialog = feature.close_round()
    dialog.name_edit.clear()
    qtbot.keyClicks(dialog.name_edit, name)
    dialog.date_edit.setDate(QDate(when.year, when.month, when.day))
    qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    return dialog.round_id


def test_closing_a_round_then_changing_scores_shows_the_deltas(
    feature, window, qtbot, project_file
):
    # Weighted as-is scores (criteria 1 and 2, weight 1): Website (2, 3) = 2.5, Hotline 3.0.
    view = feature.rounds
    feature.rounds_dock.raise_()
    # "Baseline" against today's scores: nothing changed yet; ties sort by name.
    assert comparison(view)[:2] == [
        ("Hotline", "3.00", "3.00", "±0"),
        ("Website", "2.50", "2.50", "±0"),
    ]
    spring = close_round(feature, qtbot, "Spring review", date(2026, 4, 1))
    assert window.context.document.state.get(AssessmentRound, spring).name == "Spring review"
    assert saved(window, project_file).get(AssessmentRound, spring).date == date(2026, 4, 1)

    editor = window.context.editor
    web, hotline = touchpoint_id(window, "Website"), touchpoint_id(window, "Hotline")
    editor.set_scores([web], 1, as_is=4)  # 2.5 -> 3.5
    editor.set_scores([hotline], 2, as_is=2.5)  # 3.0 -> 2.5
    view.choose(spring, CURRENT)
    assert comparison(view) == [
        ("Website", "2.50", "3.50", "+1.00 ▲"),
        ("Hotline", "3.00", "2.50", "−0.50 ▼"),
        ("Shop counter", "—", "—", "—"),
    ]
    assert view.model.headerData(2, Qt.Orientation.Horizontal) == "Spring review"
    assert view.model.headerData(3, Qt.Orientation.Horizontal) == "Current scores"
    assert view.summary.text() == (
        "2 touchpoints compared  ·  1 improved  ·  1 worsened  ·  mean change +0.25"
    )

    autumn = close_round(feature, qtbot, "Autumn review", date(2026, 10, 1))
    # A new round is compared with the one before by default.
    assert (view.before_box.currentData(), view.after_box.currentData()) == (spring, autumn)
    assert comparison(view)[:2] == [
        ("Website", "2.50", "3.50", "+1.00 ▲"),
        ("Hotline", "3.00", "2.50", "−0.50 ▼"),
    ]
    rect = view.table.visualRect(view.model.index(1, 0))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.context.selection.ids == [hotline]


def test_closing_a_round_is_one_undo_step(feature, window, qtbot):
    before = len(window.context.document.state.rounds())
    close_round(feature, qtbot, "Spring", date(2026, 4, 1))
    stack = window.context.document.undo_stack
    assert stack.undoText() == "Close assessment round"
    stack.undo()
    assert len(window.context.document.state.rounds()) == before


def test_deleting_a_round_asks_first(feature, window, qtbot, monkeypatch):
    view = feature.rounds
    feature.rounds_dock.raise_()
    spring = close_round(feature, qtbot, "Spring", date(2026, 4, 1))
    view.choose(spring, CURRENT)
    answers = [False, True]
    monkeypatch.setattr(prompts, "confirm", lambda *a, **k: answers.pop(0))
    qtbot.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
    assert window.context.document.state.get(AssessmentRound, spring) is not None
    qtbot.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
    assert window.context.document.state.get(AssessmentRound, spring) is None


def test_score_history_of_a_touchpoint_and_of_a_department(feature, window, qtbot):
    history = feature.history
    feature.history_dock.raise_()
    assert "Select a touchpoint" in history.chart._message
    web = select(window, "Website")
    editor = window.context.editor
    editor.set_scores([web], 1, as_is=3)  # 2.5 -> 3.0
    close_round(feature, qtbot, "Review", date(2026, 5, 1))
    editor.set_scores([web], 1, as_is=5)  # -> 4.0
    feature.history_dock.raise_()
    points = history.chart._points
    assert [(p.label, p.as_is) for p in points] == [
        ("Baseline", 2.5),
        ("Review", 3.0),
        ("Today", 4.0),
    ]
    history.chart.grab()
    assert [tip for _, tip in history.chart.hover_points] == [
        "Baseline (1 Feb 2026): 2.50",
        "Review (1 May 2026): 3.00",
        "Today (1 Jun 2026): 4.00",
    ]
    box = history.subject_box
    qtbot.keyClick(box, Qt.Key.Key_Down)  # the first department: Marketing, the website's
    assert box.currentData() == 1
    assert [p.as_is for p in history.chart._points] == [2.5, 3.0, 4.0]
    assert history.title.text() == "Mean of the department's touchpoints"


def test_comparison_sorts_by_a_clicked_column_and_keeps_the_selection(feature, window, qtbot):
    view = feature.rounds
    feature.rounds_dock.raise_()
    web = touchpoint_id(window, "Website")
    window.context.editor.set_scores([web], 1, as_is=4)  # Website +1.00 against "Baseline"
    # Compared again once the edit is done, not within it (costly on large maps).
    assert [row[0] for row in comparison(view)] != ["Website", "Hotline", "Shop counter"]
    qtbot.waitUntil(
        lambda: [row[0] for row in comparison(view)] == ["Website", "Hotline", "Shop counter"]
    )
    view.table.selectRow(0)
    header = view.table.horizontalHeader()
    x = header.sectionViewportPosition(0) + 5
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    names = [row[0] for row in comparison(view)]
    assert names == sorted(names, key=str.casefold) or names == sorted(names, reverse=True)
    selected = view.table.selectionModel().selectedRows()
    assert [view.model.index(i.row(), 0).data() for i in selected] == ["Website"]

"""KPIs of a touchpoint: examples, definition, entering and pasting values, the chart."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QPointF, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from tests.ui.monitoring.conftest import saved, select
from tpm_desktop.core.enums import Direction, Frequency
from tpm_desktop.core.model import Kpi
from tpm_desktop.ui import prompts
from tpm_desktop.ui.monitoring.measurements_table import DATE, NOTE, VALUE


def open_kpis(feature, window, name="Hotline"):
    feature.kpi_dock.raise_()
    tp = select(window, name)
    return feature.kpis, tp


def values(window, kpi_id):
    return [
        (m.date, m.value, m.note) for m in window.context.document.state.measurements_of(kpi_id)
    ]


def test_shows_the_kpis_with_last_value_trend_and_chart(feature, window):
    panel, _ = open_kpis(feature, window)
    item = panel.kpi_list.topLevelItem(0)
    assert item.text(0) == "Waiting time"
    assert item.text(1) == "70\u00a0s"  # the last of 95, 90, ..., 70; target 60, lower is better
    assert item.toolTip(2) == "Improving"
    summary = panel.summary.text()
    assert "last value 70\u00a0s on 15 Jun 2026" in summary
    assert "10\u00a0s short of the target ≤\u00a060\u00a0s" in summary
    assert panel.form.name_edit.text() == "Waiting time"
    assert panel.form.direction_box.currentData() == "lower"
    panel.chart.grab()  # paints
    assert len(panel.chart.hover_points) == 6
    point, tip = panel.chart.hover_points[-1]
    assert panel.chart.tooltip_at(point + QPointF(3, 2)) == tip == "15 Jun 2026: 70\u00a0s"


def test_add_a_kpi_from_the_examples_and_edit_its_definition(feature, window, qtbot):
    panel, tp = open_kpis(feature, window, "Website")
    assert panel.kpi_list.topLevelItemCount() == 0
    panel._fill_add_menu()
    action = next(a for a in panel.add_menu.actions() if a.text() == "Conversion rate")
    action.trigger()
    (kpi,) = window.context.document.state.kpis_of(tp)
    assert (kpi.name, kpi.unit, kpi.target, kpi.direction) == (
        "Conversion rate",
        "%",
        3.0,
        Direction.HIGHER,
    )
    assert "not measured yet" in panel.summary.text()
    form = panel.form
    form.target_edit.setFocus()
    form.target_edit.selectAll()
    qtbot.keyClicks(form.target_edit, "3,5")  # a decimal comma works in English too
    qtbot.keyClick(form.target_edit, Qt.Key.Key_Return)
    qtbot.keyClick(form.frequency_box, Qt.Key.Key_Up)  # monthly -> weekly
    kpi = window.context.document.state.get(Kpi, kpi.id)
    assert (kpi.target, kpi.frequency) == (3.5, Frequency.WEEKLY)
    form.target_edit.setFocus()
    form.target_edit.selectAll()
    qtbot.keyClicks(form.target_edit, "lots")
    qtbot.keyClick(form.target_edit, Qt.Key.Key_Return)
    assert form.target_edit.text() == "3.5"
    assert window.context.document.state.get(Kpi, kpi.id).target == 3.5


def test_a_measurement_typed_into_the_table_undoes_and_redoes_through_the_file(
    feature, window, qtbot, project_file
):
    panel, _ = open_kpis(feature, window)
    kpi_id = panel.current_kpi_id()
    view, model = panel.entry.view, panel.entry.model
    pending = model.pending_row()
    # The new row suggests the next monthly date after 2026-06-15, at most today (2026-06-01).
    assert model.index(pending, DATE).data(Qt.ItemDataRole.EditRole) == QDate(2026, 6, 1)
    model.setData(model.index(pending, DATE), QDate(2026, 5, 31))
    model.setData(model.index(pending, NOTE), "after the new IVR")
    view.setFocus()
    view.setCurrentIndex(model.index(pending, VALUE))
    qtbot.keyClick(view, "6")  # typing starts editing the cell
    editor = QApplication.focusWidget()
    assert editor is not view
    qtbot.keyClicks(editor, "4,5")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(values(window, kpi_id)) == 7)
    assert values(window, kpi_id)[-2] == (date(2026, 5, 31), 64.5, "after the new IVR")
    assert window.context.document.undo_stack.undoText() == "Add 1 measurement"
    # The cursor moves on to the next new row, ready for the next value.
    assert view.currentIndex().row() == model.pending_row()

    def on_file():
        return [(m.date, m.value) for m in saved(window, project_file).measurements_of(kpi_id)]

    assert (date(2026, 5, 31), 64.5) in on_file()
    window.action_undo.trigger()
    assert (date(2026, 5, 31), 64.5) not in on_file()
    assert model.rowCount() == 7  # six values and the new row
    window.action_redo.trigger()
    assert (date(2026, 5, 31), 64.5) in on_file()


def test_editing_a_value_in_place_and_refusing_text(feature, window, qtbot):
    panel, _ = open_kpis(feature, window)
    kpi_id = panel.current_kpi_id()
    model = panel.entry.model
    messages = []
    model.invalid_input.connect(messages.append)
    assert not model.setData(model.index(0, VALUE), "ninety")
    assert messages and "not a number" in messages[0]
    model.setData(model.index(0, VALUE), "96")
    qtbot.waitUntil(lambda: values(window, kpi_id)[0][1] == 96.0)
    assert window.context.document.undo_stack.undoText() == "Edit measurement"


def test_paste_from_a_spreadsheet(feature, window, qtbot):
    panel, _ = open_kpis(feature, window)
    kpi_id = panel.current_kpi_id()
    QGuiApplication.clipboard().setText(
        "Datum\tWert\tNotiz\r\n01.07.2026\t62,5\tSommer\r\n01.08.2026\t61\t\r\n"
    )
    panel.entry.view.setFocus()
    qtbot.keyClick(panel.entry.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert values(window, kpi_id)[-2:] == [
        (date(2026, 7, 1), 62.5, "Sommer"),
        (date(2026, 8, 1), 61.0, ""),
    ]
    stack = window.context.document.undo_stack
    assert stack.undoText() == "Add 2 measurements"
    stack.undo()
    assert len(values(window, kpi_id)) == 6


def test_paste_with_unreadable_lines_asks_and_adds_nothing_when_declined(
    feature, window, monkeypatch
):
    panel, _ = open_kpis(feature, window)
    kpi_id = panel.current_kpi_id()
    asked = []

    def confirm(parent, title, text, detail=""):
        asked.append((text, detail))
        return False

    monkeypatch.setattr(prompts, "confirm", confirm)
    panel.entry.paste_text("2026-07-01\t60\n2026-07-02\tsixty\n")
    assert asked == [
        (
            "1 pasted line cannot be read and will be left out.",
            "Line 2: the value is not a number\n\nAdd the 1 readable measurement?",
        )
    ]
    assert len(values(window, kpi_id)) == 6
    monkeypatch.setattr(prompts, "confirm", lambda *a, **k: True)
    panel.entry.paste_text("2026-07-01\t60\n2026-07-02\tsixty\n")
    assert values(window, kpi_id)[-1] == (date(2026, 7, 1), 60.0, "")


def test_delete_measurements_and_the_kpi(feature, window, qtbot):
    panel, tp = open_kpis(feature, window)
    kpi_id = panel.current_kpi_id()
    view = panel.entry.view
    view.setFocus()
    view.selectRow(0)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert len(values(window, kpi_id)) == 5
    panel.kpi_list.setFocus()
    qtbot.keyClick(panel.kpi_list, Qt.Key.Key_Delete)
    assert window.context.document.state.kpis_of(tp) == []
    assert panel.kpi_list.topLevelItemCount() == 0
    assert "no KPIs yet" in panel.chart._message


def test_the_kpi_panel_stacks_its_parts_in_a_narrow_dock(feature, window, qtbot):
    from PySide6.QtCore import Qt

    panels, _tp = open_kpis(feature, window)
    dock = feature.kpi_dock
    qtbot.waitUntil(lambda: dock.width() < panels.STACK_BELOW)
    scroll = dock.widget()
    assert panels.splitter.orientation() == Qt.Orientation.Vertical
    # nothing is cut off at the side (the scroll bar goes once the layout settles)
    qtbot.waitUntil(lambda: not scroll.horizontalScrollBar().isVisible(), timeout=2000)
    dock.setFloating(True)
    dock.resize(1300, 500)
    qtbot.waitUntil(lambda: panels.splitter.orientation() == Qt.Orientation.Horizontal)
    dock.setFloating(False)

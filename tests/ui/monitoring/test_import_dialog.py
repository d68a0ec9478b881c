"""Importing measurements: a preview with per-row errors, nothing written until accepted."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from tests.ui.monitoring.conftest import saved
from tpm_desktop.core.model import Kpi, Measurement
from tpm_desktop.core.project_file import read_project
from tpm_desktop.reports.table_writer import write_table
from tpm_desktop.ui import prompts
from tpm_desktop.ui.monitoring.import_dialog import ImportDialog

GOOD_AND_BAD = [
    ["31.12.2026", "Hotline", "Waiting time", "55,5", "year end"],
    ["2027-01-31", "hotline", "WAITING TIME", "54", ""],
    ["2027-02-30", "Hotline", "Waiting time", "53", ""],  # no 30 February
    ["2027-03-31", "Call centre", "Waiting time", "52", ""],
    ["2027-04-30", "Hotline", "NPS", "51", ""],
    ["2027-05-31", "Hotline", "Waiting time", "fifty", ""],
]


def write(path, rows, headers=("Datum", "Touchpoint", "Kennzahl", "Wert", "Notiz")):
    write_table(path, list(headers), rows)
    return path


def wait_for_preview(qtbot, dialog):
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10000)


def result_texts(dialog):
    model = dialog.model
    return [model.index(row, 6).data() for row in range(model.rowCount())]


def measurement_count(window):
    return len(window.context.document.state.table(Measurement))


def test_bad_rows_change_nothing_until_the_user_accepts(
    feature, window, qtbot, tmp_path, project_file
):
    source = write(tmp_path / "werte.csv", GOOD_AND_BAD)
    before = measurement_count(window)
    dialog = feature.import_measurements(source)
    wait_for_preview(qtbot, dialog)
    assert result_texts(dialog) == [
        "will be imported",
        "will be imported",
        "the date cannot be read",
        "unknown touchpoint",
        "unknown KPI for this touchpoint",
        "the value is not a number",
    ]
    assert dialog.summary.text() == (
        "6 rows read  ·  2 will be imported  ·  4 with problems, left out"
    )
    assert dialog.import_button.text() == "Import 2 measurements"
    # The preview wrote nothing: not the document, not the undo stack, not the working copy.
    assert measurement_count(window) == before
    assert window.context.document.undo_stack.count() == 0
    assert not window.isWindowModified()
    dialog.only_problems.setChecked(True)
    assert dialog.proxy.rowCount() == 4

    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    state = window.context.document.state
    (kpi,) = state.table(Kpi).values()
    added = [(m.date, m.value, m.note) for m in state.measurements_of(kpi.id)][-2:]
    assert added == [(date(2026, 12, 31), 55.5, "year end"), (date(2027, 1, 31), 54.0, "")]
    stack = window.context.document.undo_stack
    assert stack.count() == 1 and stack.undoText() == "Import 2 measurements"
    assert len(saved(window, project_file).table(Measurement)) == before + 2
    stack.undo()
    assert measurement_count(window) == before
    assert len(saved(window, project_file).table(Measurement)) == before
    stack.redo()
    assert len(saved(window, project_file).table(Measurement)) == before + 2


def test_cancel_writes_nothing(feature, window, qtbot, tmp_path, project_file):
    source = write(tmp_path / "werte.xlsx", GOOD_AND_BAD[:2])
    dialog = feature.import_measurements(source)
    wait_for_preview(qtbot, dialog)
    assert dialog.import_button.isEnabled()
    dialog.reject()
    assert window.context.document.undo_stack.count() == 0
    assert len(read_project(project_file).table(Measurement)) == 6


def test_importing_the_same_file_twice_adds_nothing_the_second_time(
    feature, window, qtbot, tmp_path
):
    source = write(tmp_path / "werte.csv", GOOD_AND_BAD[:2])
    dialog = feature.import_measurements(source)
    wait_for_preview(qtbot, dialog)
    dialog.accept()
    again = feature.import_measurements(source)
    wait_for_preview(qtbot, again)
    assert result_texts(again) == ["already in the project, left out"] * 2
    assert not again.import_button.isEnabled()
    again.reject()


def test_a_table_without_the_needed_columns_explains_what_is_expected(feature, qtbot, tmp_path):
    source = write(tmp_path / "falsch.csv", [["x", "1"]], headers=("Tag", "Zahl"))
    dialog = feature.import_measurements(source)
    wait_for_preview(qtbot, dialog)
    assert "lacks the column(s): KPI, value" in dialog.summary.text()
    assert "Found: “Tag”, “Zahl”" in dialog.summary.text()
    assert not dialog.import_button.isEnabled()
    dialog.reject()


def test_an_unreadable_file_gives_one_message(feature, qtbot, tmp_path, monkeypatch):
    source = tmp_path / "kaputt.xlsx"
    source.write_bytes(b"PK\x03\x04 not really a workbook")
    errors = []
    monkeypatch.setattr(prompts, "show_error", lambda parent, title, text: errors.append(text))
    dialog = feature.import_measurements(source)
    wait_for_preview(qtbot, dialog)
    assert len(errors) == 1 and "cannot be read" in errors[0]
    assert not dialog.import_button.isEnabled()
    dialog.reject()


def test_the_menu_action_asks_for_the_file(feature, window, qtbot, tmp_path, monkeypatch):
    source = write(tmp_path / "werte.csv", GOOD_AND_BAD[:1])
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(source), ""))
    feature.action_import.trigger()
    dialogs = window.findChildren(ImportDialog)
    assert len(dialogs) == 1 and dialogs[0].isVisible()
    wait_for_preview(qtbot, dialogs[0])
    assert dialogs[0].import_button.text() == "Import 1 measurement"
    dialogs[0].reject()

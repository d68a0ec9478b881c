"""Workshop import with a preview, and aggregating the stored ratings again."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from tpm_desktop.core.model import Score, WorkshopRating
from tpm_desktop.core.project_file import read_project
from tpm_desktop.reports.table_writer import write_table
from tpm_desktop.ui import prompts
from tpm_desktop.ui.assessment.workshop_dialog import WorkshopImportDialog
from tpm_desktop.ui.assessment.workshop_results import WorkshopResultsDialog


@pytest.fixture
def workshop_file(window, tmp_path):
    state = window.context.document.state
    first, second = list(state.touchpoints.values())[:2]
    rows = [
        ["Ana", first.name, "Function", 2, "customer"],
        ["Ben", first.name, "Function", 4, "customer"],
        ["Cem", first.name, "function", 5, "employee"],
        ["Ana", str(second.id), "Performance", "3,5", "customer"],
        ["Dora", "No such touchpoint", "Function", 3, "customer"],  # an error row
        ["Emil", second.name, "Performance", 7, "employee"],  # off the scale
    ]
    path = tmp_path / "workshop.xlsx"
    write_table(path, ["Teilnehmer", "Touchpoint", "Kriterium", "Wert", "Gruppe"], rows)
    return path, first.id, second.id


def test_preview_changes_nothing_then_import_aggregates(
    window, feature, qtbot, monkeypatch, workshop_file, sample_path
):
    path, first, second = workshop_file
    document = window.context.document
    before = {key: score for key, score in document.state.table(Score).items()}
    dialog = WorkshopImportDialog(window.context, window)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    dialog.choose_file()
    assert dialog.model.rowCount() == 6
    checks = [dialog.model.index(row, 6).data() for row in range(6)]
    assert checks[:4] == ["OK"] * 4
    assert checks[4] == "Unknown touchpoint “No such touchpoint”"
    assert checks[5] == "7 is off the scale 1–5"
    assert "4 ready to import" in dialog.summary.text()
    assert "2 with errors" in dialog.summary.text()
    dialog.only_errors.setChecked(True)
    assert dialog.filter.rowCount() == 2
    # nothing is written before the user accepts
    assert document.undo_stack.count() == 0
    assert dict(document.state.table(Score).items()) == before
    assert dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == WorkshopImportDialog.DialogCode.Accepted
    score = document.state.get(Score, (first, 1))
    assert score.as_is == pytest.approx(3.667)  # (2 + 4 + 5) / 3
    assert score.as_is_spread == pytest.approx(1.247)  # population SD
    assert score.as_is_count == 3
    assert score.target == (before.get((first, 1)) or Score(first, 1)).target
    assert document.state.get(Score, (second, 2)).as_is == 3.5
    ratings = document.state.table(WorkshopRating).values()
    assert len([r for r in ratings if r.batch == "workshop"]) == 4
    assert document.undo_stack.count() == 1
    # the scoring panel shows the spread and the number of participants
    window.context.selection.set([first])
    assert feature.scoring.rows[0].workshop.isVisibleTo(feature.scoring)
    assert "3 ratings" in feature.scoring.rows[0].workshop.text()
    window.action_save.trigger()
    saved = read_project(sample_path).get(Score, (first, 1))
    assert (saved.as_is_count, saved.as_is_spread) == (3, pytest.approx(1.247))
    document.undo_stack.undo()
    assert dict(document.state.table(Score).items()) == before
    assert not [r for r in document.state.table(WorkshopRating).values() if r.batch == "workshop"]


def test_table_without_the_needed_columns_is_explained(window, tmp_path):
    path = tmp_path / "wrong.csv"
    write_table(path, ["Name", "Note"], [["a", "b"]])
    dialog = WorkshopImportDialog(window.context, window)
    dialog.load(path)
    assert not dialog.import_button.isEnabled()
    assert "lacks the columns participant, touchpoint, criterion, value" in dialog.problem.text()
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really a workbook")
    dialog.load(broken)
    assert "cannot be read" in dialog.problem.text()
    assert window.context.document.undo_stack.count() == 0


def test_results_aggregate_again_by_group(window, monkeypatch, workshop_file):
    path, first, _ = workshop_file
    document = window.context.document
    importer = WorkshopImportDialog(window.context, window)
    importer.load(path)
    importer.accept()
    results = WorkshopResultsDialog(window.context, window)
    assert results.table.rowCount() == 2  # (first, Function) and (second, Performance)
    headers = [
        results.table.horizontalHeaderItem(c).text() for c in range(results.table.columnCount())
    ]
    assert "⌀ customer" in headers and "⌀ employee" in headers
    results.group_combo.setCurrentIndex(results.group_combo.findData("customer"))
    results.apply_button.click()
    score = document.state.get(Score, (first, 1))
    assert (score.as_is, score.as_is_count) == (3, 2)  # Ana 2 and Ben 4
    assert document.undo_stack.count() == 2
    # deleting a workshop's ratings asks first and keeps the scores
    results.batch_combo.setCurrentIndex(results.batch_combo.findData("workshop"))
    monkeypatch.setattr(prompts, "confirm", lambda *args: True)
    results.delete_button.click()
    assert not document.state.table(WorkshopRating)
    assert document.state.get(Score, (first, 1)).as_is == 3


def test_the_blank_rating_table_carries_short_ids_and_imports_back(
    window, qtbot, monkeypatch, tmp_path
):
    import openpyxl

    from tpm_desktop.core.edits import touchpoints

    document = window.context.document
    state = document.state
    first = next(iter(state.touchpoints.values()))
    # A second touchpoint of the same name: only the short id tells them apart.
    twin = window.context.editor.add_touchpoint(
        first.name, first.department_id, first.channel_id, first.phase_id
    )
    assert touchpoints.code_owner(state, state.touchpoints[twin].code).id == twin
    dialog = WorkshopImportDialog(window.context, window)
    target = tmp_path / "bewertung"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "Excel workbook (*.xlsx)")
    )
    qtbot.mouseClick(dialog.template_button, Qt.MouseButton.LeftButton)
    written = target.with_suffix(".xlsx")
    lines = len(state.touchpoints) * len(state.criteria)
    assert dialog.summary.text() == f"{lines} lines written to bewertung.xlsx."
    book = openpyxl.load_workbook(written)
    sheet = book.active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == ("Short id", "Touchpoint", "Criterion", "Participant", "Value", "Group")
    assert len(rows) == lines + 1
    twin_code = state.touchpoints[twin].code
    line = next(i for i, row in enumerate(rows) if row[0] == twin_code) + 1
    assert rows[line - 1][1] == first.name
    sheet.cell(line, 4, "Ana")
    sheet.cell(line, 5, 4)
    book.save(written)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(written), ""))
    dialog.choose_file()
    # The blank lines are skipped; the one filled line names the twin by its short id.
    assert dialog.model.rowCount() == 1
    assert dialog.model.index(0, 6).data() == "OK"
    assert f"{lines - 1} without a value (left out)" in dialog.summary.text()
    assert "error" not in dialog.summary.text()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    criterion = state.criteria[0]
    assert document.state.get(Score, (twin, criterion.id)).as_is == 4

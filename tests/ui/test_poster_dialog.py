"""File → Export Poster…: the map as A2, A1 or A4 tiles, built in the background."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.reports.pdf_tools import page_sizes, pages_text
from tests.support.builders import save_new
from tpm_desktop.core.sample import sample_state
from tpm_desktop.reports.pdf.poster import PosterSize
from tpm_desktop.ui import prompts
from tpm_desktop.ui.main_window import MainWindow
from tpm_desktop.ui.report import dialog as dialog_module
from tpm_desktop.ui.report.feature import ReportFeature


@pytest.fixture
def window(tpm_app, qtbot, workspace, tmp_path):
    win = MainWindow("en", workspace)
    qtbot.addWidget(win)
    win.show()
    path = tmp_path / "user" / "kunde.tpm"
    path.parent.mkdir()
    save_new(path, sample_state("en"))
    assert win.open_path(path)
    yield win
    if win.context is not None:
        win.context.document.undo_stack.setClean()
        win.files.close_document()


@pytest.fixture
def opened(monkeypatch) -> list:
    calls: list = []
    monkeypatch.setattr(dialog_module, "open_in_viewer", calls.append)
    return calls


def feature(window) -> ReportFeature:
    return next(f for f in window.features if isinstance(f, ReportFeature))


def test_the_menu_action_writes_a_tiled_poster(window, qtbot, opened, tmp_path):
    action = feature(window).action_poster
    assert action.text() == "Export Pos&ter…"
    assert action in window.file_menu.actions() and action.isEnabled()
    action.trigger()
    dialog = feature(window).poster_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.target_edit.text().endswith("kunde – Touchpoint map A2.pdf")
    qtbot.mouseClick(dialog.size_buttons[PosterSize.A4_TILES], Qt.MouseButton.LeftButton)
    assert dialog.target_edit.text().endswith("kunde – Touchpoint map A4.pdf")
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("de"))
    assert dialog.target_edit.text().endswith("kunde – Touchpoint-Landkarte A4.pdf")
    target = tmp_path / "poster.pdf"
    dialog.target_edit.setText(str(target))
    dialog.target_edit.textEdited.emit(str(target))
    with qtbot.waitSignal(dialog.poster_written, timeout=60_000) as blocker:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
        assert not dialog.export_button.isEnabled()
    assert blocker.args == [[str(target)]]
    assert opened == [target]
    qtbot.waitUntil(lambda: feature(window).poster_dialog is None)
    data = target.read_bytes()
    assert len(page_sizes(data)) == 8 and set(page_sizes(data)) == {(595, 842)}
    assert "Zeile 1 von 2, Spalte 1 von 4" in pages_text(data)[0]
    assert "Poster written" in window.statusBar().currentMessage()
    # the size is remembered for the next poster
    feature(window).action_poster.trigger()
    again = feature(window).poster_dialog
    assert again.size is PosterSize.A4_TILES
    again.reject()


def test_a2_is_the_default_and_a_failure_is_a_message(window, qtbot, tmp_path, monkeypatch):
    errors: list[str] = []
    monkeypatch.setattr(prompts, "show_error", lambda parent, title, msg: errors.append(msg))
    dialog = feature(window).export_poster()
    dialog.size_buttons[PosterSize.A2].setChecked(True)
    dialog.open_check.setChecked(False)
    missing = tmp_path / "nowhere" / "poster.pdf"
    dialog.target_edit.setText(str(missing))
    dialog.target_edit.textEdited.emit("x")
    with qtbot.waitSignal(dialog.poster_failed, timeout=60_000):
        dialog.export_button.click()
    assert errors and "The folder does not exist" in errors[0]
    qtbot.waitUntil(lambda: dialog.runner is None)
    assert dialog.isVisible() and dialog.export_button.isEnabled()
    target = tmp_path / "a2.pdf"
    dialog.target_edit.setText(str(target))
    with qtbot.waitSignal(dialog.poster_written, timeout=60_000):
        dialog.export_button.click()
    assert page_sizes(target.read_bytes()) == [(1684, 1191)]


def test_the_action_follows_the_document(window):
    assert feature(window).action_poster.isEnabled()
    window.files.close_document()
    assert not feature(window).action_poster.isEnabled()

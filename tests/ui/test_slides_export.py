"""File → Export Slides…: a file dialog, the deck built in the background, written to disk."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from tests.reports.conftest import TODAY
from tests.reports.slides_tools import slide_texts
from tests.support.builders import save_new, small_state
from tpm_desktop.reports.slides import SlideOptions
from tpm_desktop.ui import prompts
from tpm_desktop.ui.main_window import MainWindow
from tpm_desktop.ui.report.job import ReportJob
from tpm_desktop.ui.slides.feature import SlidesFeature
from tpm_desktop.ui.slides.job import SlidesRequest


@pytest.fixture
def window(tpm_app, qtbot, workspace, tmp_path):
    win = MainWindow("en", workspace)
    qtbot.addWidget(win)
    win.show()
    path = tmp_path / "user" / "kunde.tpm"
    path.parent.mkdir()
    save_new(path)
    assert win.open_path(path)
    yield win
    if win.context is not None:
        win.context.document.undo_stack.setClean()
        win.files.close_document()


def feature(window) -> SlidesFeature:
    return next(f for f in window.features if isinstance(f, SlidesFeature))


def test_the_menu_entry_follows_the_document(window):
    assert "Export Slide Dec&k…" in [a.text() for a in window.file_menu.actions()]
    assert feature(window).action_slides.isEnabled()
    window.files.close_document()
    assert not feature(window).action_slides.isEnabled()


def test_the_menu_action_writes_the_deck(window, qtbot, monkeypatch, tmp_path):
    target = tmp_path / "out" / "board"
    target.parent.mkdir()
    offered: list[str] = []

    def save_file_name(parent, title, path, file_filter):
        offered.append(path)
        return str(target), file_filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_file_name)
    with qtbot.waitSignal(feature(window).slides_written, timeout=60_000) as blocker:
        feature(window).action_slides.trigger()
        assert feature(window).runner is not None  # built in the background
    written = Path(blocker.args[0])
    assert written == target.with_name("board.pptx")  # the suffix is added
    assert offered and offered[0].endswith("kunde – Slides.pptx")
    texts = slide_texts(written.read_bytes())
    assert "Small project" in texts[0]
    assert any("Top priorities" in text for text in texts)
    qtbot.waitUntil(lambda: feature(window).runner is None)
    assert "Slides written" in window.statusBar().currentMessage()
    assert window.context.document.undo_stack.isClean()  # exporting changes nothing


def test_a_target_that_cannot_be_written_gets_a_clear_message(window, qtbot, monkeypatch, tmp_path):
    errors: list[tuple[str, str]] = []
    monkeypatch.setattr(
        prompts, "show_error", lambda parent, title, text: errors.append((title, text))
    )
    missing = tmp_path / "nowhere" / "deck.pptx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(missing), ""))
    with qtbot.waitSignal(feature(window).slides_failed, timeout=60_000):
        feature(window).action_slides.trigger()
    assert errors == [("The slides could not be written", f"The folder does not exist: {missing}")]
    assert not missing.parent.exists()


def test_cancelling_the_file_dialog_does_nothing(window, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    feature(window).action_slides.trigger()
    assert feature(window).runner is None


def test_a_cancelled_job_writes_nothing_and_says_nothing(qtbot, tmp_path):
    target = tmp_path / "deck.pptx"
    job = ReportJob(SlidesRequest(small_state(), SlideOptions(today=TODAY), target))
    outcomes: list[str] = []
    job.cancelled.connect(lambda: outcomes.append("cancelled"))
    job.succeeded.connect(lambda path: outcomes.append("succeeded"))
    job.failed.connect(lambda message: outcomes.append("failed"))
    job.cancel()
    job.run()  # in this thread: the outcome is there when run returns
    assert outcomes == ["cancelled"]
    assert list(tmp_path.iterdir()) == []

"""File → Export Report…: the dialog builds in the background and writes the PDF."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.reports.pdf_tools import all_text, pages_text
from tests.support.builders import save_new
from tpm_desktop.ui import prompts
from tpm_desktop.ui.main_window import MainWindow
from tpm_desktop.ui.report import dialog as dialog_module
from tpm_desktop.ui.report.feature import ReportFeature
from tpm_desktop.ui.report.job import Scope


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


@pytest.fixture
def opened(monkeypatch) -> list[Path]:
    calls: list[Path] = []
    monkeypatch.setattr(dialog_module, "open_in_viewer", calls.append)
    return calls


def feature(window) -> ReportFeature:
    return next(f for f in window.features if isinstance(f, ReportFeature))


def test_menu_entries_follow_the_document(window):
    texts = [a.text() for a in window.file_menu.actions()]
    assert "Export &Report…" in texts and "Export &Department Reports…" in texts
    assert feature(window).action_report.isEnabled()
    window.files.close_document()
    assert not feature(window).action_report.isEnabled()


def test_export_builds_in_the_background_and_writes_the_pdf(window, qtbot, opened, tmp_path):
    feature(window).action_report.trigger()
    dialog = feature(window).dialog
    assert dialog is not None and dialog.isVisible()
    target = tmp_path / "out" / "board.pdf"
    target.parent.mkdir()
    dialog.target_edit.setText(str(target))
    dialog.target_edit.textEdited.emit(str(target))
    dialog.section_checks[dialog_module.Section.APPENDIX].setChecked(False)
    dialog.confidential_edit.setText("Board only")
    with qtbot.waitSignal(dialog.report_written, timeout=60_000) as blocker:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
        assert dialog.runner is not None and dialog.runner.is_running()
        assert not dialog.export_button.isEnabled()  # the build runs, the window does not wait
    assert blocker.args == [[str(target)]]
    assert opened == [target]
    qtbot.waitUntil(lambda: feature(window).dialog is None)  # accepted and released
    data = target.read_bytes()
    text = all_text(data)
    assert "Small project" in pages_text(data)[0]
    assert "Board only" in text and "Appendix" not in text
    assert "Report written" in window.statusBar().currentMessage()


def test_all_department_reports_into_a_folder(window, qtbot, opened, tmp_path):
    feature(window).action_department_reports.trigger()
    dialog = feature(window).dialog
    assert dialog.scope is Scope.ALL_DEPARTMENTS
    assert dialog.target_edit.text().endswith("kunde – Department reports")
    folder = tmp_path / "reports"
    dialog.target_edit.setText(str(folder))
    dialog.target_edit.textEdited.emit(str(folder))
    dialog.open_check.setChecked(False)
    with qtbot.waitSignal(dialog.report_written, timeout=60_000) as blocker:
        dialog.export_button.click()
    assert len(blocker.args[0]) == 3
    assert sorted(p.name for p in folder.iterdir()) == [
        "Report Customer service.pdf",
        "Report Marketing.pdf",
        "Report Sales.pdf",
    ]
    assert opened == []


def test_department_scope_and_default_names(window, qtbot):
    dialog = feature(window).export_report()
    assert dialog.target_edit.text().endswith("kunde – Executive report.pdf")
    dialog.scope_department.setChecked(True)
    dialog.department_combo.setCurrentIndex(1)
    assert dialog.target_edit.text().endswith("kunde – Sales.pdf")
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("de"))
    dialog.scope_executive.setChecked(True)
    assert dialog.target_edit.text().endswith("kunde – Management-Bericht.pdf")
    assert dialog.confidential_edit.placeholderText().startswith("Vertraulich")
    dialog.reject()


def test_failure_is_reported_and_nothing_is_written(window, qtbot, tmp_path, monkeypatch):
    errors: list[str] = []
    monkeypatch.setattr(
        prompts, "show_error", lambda parent, title, message: errors.append(message)
    )
    dialog = feature(window).export_report()
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o555)
    try:
        dialog.target_edit.setText(str(locked / "r.pdf"))
        dialog.target_edit.textEdited.emit("x")
        with qtbot.waitSignal(dialog.report_failed, timeout=60_000):
            dialog.export_button.click()
    finally:
        locked.chmod(0o755)
    assert errors and "read-only" in errors[0]
    assert list(locked.iterdir()) == []
    qtbot.waitUntil(lambda: dialog.runner is None)
    assert dialog.isVisible() and dialog.export_button.isEnabled()
    dialog.reject()


def test_cancel_stops_the_build(window, qtbot, tmp_path, monkeypatch):
    from tpm_desktop.ui.report import job

    def slow_build(state, options, progress):
        import time

        for step in range(200):
            if progress(step / 200) is False:
                from tpm_desktop.reports.pdf.options import ReportCancelled

                raise ReportCancelled
            time.sleep(0.01)
        return b"%PDF-"

    monkeypatch.setattr(job, "build_report", slow_build)
    dialog = feature(window).export_report()
    target = tmp_path / "never.pdf"
    dialog.target_edit.setText(str(target))
    dialog.target_edit.textEdited.emit("x")
    dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.progress_bar.value() > 0)
    with qtbot.waitSignal(dialog.runner.cancelled, timeout=10_000):
        dialog.cancel_button.click()
    qtbot.waitUntil(lambda: dialog.runner is None)
    assert not target.exists()
    assert dialog.isVisible()
    dialog.reject()

"""Every file operation of import and report export fails in turn; nothing is lost or left.

Touchpoint import on the command line commits one change set to the working copy
and saves it over the project file; measurement and touchpoint import in the app
commit to the working copy; report export writes the PDF atomically. Each of
their file operations fails in turn: the working copy's write, and the open,
write, fsync and rename of the temporary file, and a full disk (RLIMIT_FSIZE in
a child process). After each: exactly one clear message (one stderr line and
exit status 1, or one prompts.show_error), the project file byte-identical and
passing `tpm-desktop check`, no temporary file, and no half-written PDF.

The fault table and helpers are those of test_io_faults.py (Save and Save As).
"""

from __future__ import annotations

import errno
import io
import os
import resource
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.reliability.test_io_faults import FAULTS, INJECTED, _fail_once, _FailingBackup, digest
from tests.support.builders import save_new
from tpm_desktop.cli.main import main
from tpm_desktop.core import atomic, store
from tpm_desktop.core.project_file import OpenProject, read_project

ROOT = Path(__file__).resolve().parents[2]
TABLE = "Touchpoint;Abteilung;Kanal;Phase\nStörungshotline;Netz;Telefon;Kauf\nApp;Netz;App;Kauf\n"

# The working copy's transaction fails as SQLite reports a bad or full disk.
COMMIT_FAULTS = {
    "commit (I/O error)": (sqlite3.OperationalError("disk I/O error"), "disk I/O error"),
    "commit (disk full)": (
        sqlite3.OperationalError("database or disk is full"),
        "database or disk is full",
    ),
}
# Writing the PDF's temporary file (Python's file I/O, not SQLite's backup).
WRITE_FAULTS = {
    "write (I/O error)": (OSError(errno.EIO, "Input/output error"), "Could not save"),
    "write (disk full)": (OSError(errno.ENOSPC, "No space left on device"), "disk is full"),
}
OS_FAULTS = {name: FAULTS[name] for name in FAULTS if FAULTS[name][0] == "os"}
MESSAGES = {  # message code of the save faults -> words of its English text
    "save_failed": "Could not save",
    "disk_full": "disk is full",
    "folder_read_only": "read-only",
}


def _failing_commit(error: Exception):
    real = store.write_changes
    state = {"done": False}

    def fake(*args, **kwargs):
        if not state["done"]:
            state["done"] = True
            raise error
        return real(*args, **kwargs)

    return fake


def _fail_on_scratch(name: str, error: OSError):
    """os.<name> failing once on a temporary file; fsync is told by its descriptor's path.

    (test_io_faults fails the first fsync of all, which there is the temporary
    file's; here the working copy's session description is flushed first.)
    """
    if name != "fsync":
        return _fail_once(name, error)
    real = os.fsync
    state = {"done": False}

    def fake(descriptor):
        path = os.readlink(f"/proc/self/fd/{descriptor}")
        if atomic.SCRATCH_PREFIX in path and not state["done"]:
            state["done"] = True
            raise error
        return real(descriptor)

    return fake


def _failing_scratch_write(error: OSError):
    """io.open whose files refuse to be written when they are a temporary file."""
    real = io.open

    class Refusing(io.BufferedWriter):
        def write(self, data):
            raise error

    def fake(file, mode="r", *args, **kwargs):
        handle = real(file, mode, *args, **kwargs)
        if "w" in mode and atomic.SCRATCH_PREFIX in str(file):
            return Refusing(handle.detach())
        return handle

    return fake


def scratch_files(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if p.name.startswith(atomic.SCRATCH_PREFIX)]


def run(capsys, *args) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def assert_one_error_line(code: int, err: str, words: str) -> None:
    assert code == 1, err
    assert err.startswith("tpm-desktop: ") and err.count("\n") == 1, err
    assert words in err and "Traceback" not in err


@pytest.fixture
def project(tmp_path) -> Path:
    path = tmp_path / "stick" / "kunde.tpm"
    path.parent.mkdir()
    save_new(path)
    return path


@pytest.fixture
def table(tmp_path) -> Path:
    path = tmp_path / "liste.csv"
    path.write_text(TABLE, encoding="utf-8")
    return path


def assert_project_intact(project: Path, before: str, capsys, data_dir: Path) -> None:
    assert digest(project) == before
    assert scratch_files(project.parent) == []
    assert run(capsys, "check", project) == (0, "ok\n", "")
    sessions = data_dir / "sessions"
    assert not sessions.exists() or not any(sessions.glob("*/working.tpm"))


# -- touchpoint import on the command line ------------------------------------------------


@pytest.mark.parametrize("fault", sorted(COMMIT_FAULTS) + sorted(FAULTS))
def test_cli_import_fault_leaves_the_project(project, table, capsys, monkeypatch, data_dir, fault):
    before = digest(project)
    if fault in COMMIT_FAULTS:
        error, words = COMMIT_FAULTS[fault]
        monkeypatch.setattr(store, "write_changes", _failing_commit(error))
    else:
        where, name, error, code = FAULTS[fault]
        words = MESSAGES[code]
        if where == "os":
            monkeypatch.setattr(atomic.os, name, _fail_on_scratch(name, error))
        else:
            real_open = OpenProject.open.__func__

            def opened_with_bad_disk(cls, path, workspace=None):
                project = real_open(cls, path, workspace)
                project._connection = _FailingBackup(project._connection, error)
                return project

            monkeypatch.setattr(OpenProject, "open", classmethod(opened_with_bad_disk))
    code, out, err = run(capsys, "import", project, table)
    INJECTED[0] += 1
    assert_one_error_line(code, err, words)
    assert out == ""  # no "Imported …" for an import that did not happen
    monkeypatch.undo()
    assert_project_intact(project, before, capsys, data_dir)
    assert run(capsys, "import", project, table)[0] == 0  # works once the fault is gone
    assert len(read_project(project).touchpoints) == 5


def _limited(limit: int):
    def apply() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return apply


def run_limited(limit: int, data_dir: Path, *args) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT), LANGUAGE="en", TPM_DESKTOP_DATA_DIR=str(data_dir))
    return subprocess.run(
        [sys.executable, "-m", "tpm_desktop", *map(str, args)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=120,
        preexec_fn=_limited(limit),
    )


def test_cli_import_on_a_full_disk(project, tmp_path, capsys, data_dir):
    # The row's note, written twice (the record and its journal entry), makes the
    # saved file about twice the old one; the limit lets the working copy be made
    # and lets its log grow, so the save is what fails.
    size = project.stat().st_size
    note = "Notiz " * (size // 12)
    big = tmp_path / "gross.csv"
    big.write_text(f"Touchpoint;Abteilung;Beschreibung\nHotline;Netz;{note}\n", encoding="utf-8")
    before = digest(project)
    result = run_limited(size + size // 2, data_dir, "import", project, big)
    INJECTED[0] += 1
    assert_one_error_line(result.returncode, result.stderr, "The disk is full; nothing was saved")
    assert result.stdout == ""
    assert_project_intact(project, before, capsys, data_dir)


# -- report export on the command line -----------------------------------------------------


REPORT_FAULTS = sorted(OS_FAULTS) + sorted(WRITE_FAULTS)


@pytest.mark.parametrize("target_kind", ["new", "over an old report"])
@pytest.mark.parametrize("fault", REPORT_FAULTS)
def test_cli_report_fault_leaves_no_pdf(project, tmp_path, capsys, monkeypatch, fault, target_kind):
    folder = tmp_path / "reports"
    folder.mkdir()
    target = folder / "Bericht.pdf"
    if target_kind != "new":
        target.write_bytes(b"%PDF-1.4 the old report")
    old = target.read_bytes() if target.exists() else None
    before = digest(project)
    if fault in WRITE_FAULTS:
        error, words = WRITE_FAULTS[fault]
        monkeypatch.setattr(io, "open", _failing_scratch_write(error))
    else:
        _, name, error, code = OS_FAULTS[fault]
        words = MESSAGES[code]
        monkeypatch.setattr(atomic.os, name, _fail_on_scratch(name, error))
    code, out, err = run(capsys, "report", project, "-o", target, "--date", "2026-06-15")
    INJECTED[0] += 1
    monkeypatch.undo()
    assert_one_error_line(code, err, words)
    assert out == ""
    assert (target.read_bytes() if target.exists() else None) == old  # never half a PDF
    assert scratch_files(folder) == []
    assert digest(project) == before
    assert run(capsys, "report", project, "-o", target)[0] == 0
    assert target.read_bytes().startswith(b"%PDF-")


def test_cli_report_on_a_full_disk(project, tmp_path, data_dir):
    target = tmp_path / "Bericht.pdf"
    target.write_bytes(b"%PDF-1.4 the old report")
    result = run_limited(20_000, data_dir, "report", project, "-o", target)
    INJECTED[0] += 1
    assert_one_error_line(result.returncode, result.stderr, "The disk is full; nothing was saved")
    assert target.read_bytes() == b"%PDF-1.4 the old report"
    assert scratch_files(tmp_path) == []


# -- the app: one message per failure ------------------------------------------------------


@pytest.fixture
def window(tpm_app, qtbot, workspace, project, monkeypatch):
    from tpm_desktop.ui import prompts
    from tpm_desktop.ui.main_window import MainWindow

    win = MainWindow("en", workspace)
    win.show()
    assert win.open_path(project)
    shown: list[str] = []
    monkeypatch.setattr(prompts, "show_error", lambda parent, title, text: shown.append(text))
    win.shown_errors = shown
    yield win
    if win.context is not None:
        win.context.document.undo_stack.setClean()
        win.files.close_document()
    win.close()
    win.deleteLater()


def assert_nothing_imported(window, project: Path, before: str, records: int) -> None:
    document = window.context.document
    assert len(window.shown_errors) == 1, window.shown_errors
    assert "disk" in window.shown_errors[0]  # SQLite's reason is named
    assert "mported" not in window.statusBar().currentMessage()  # no false success
    assert document.undo_stack.count() == 0 and not document.modified
    assert len(list(document.state.records())) == records
    assert document.project.reload_state().same_content(document.state)
    assert digest(project) == before and scratch_files(project.parent) == []


@pytest.mark.parametrize("fault", sorted(COMMIT_FAULTS))
def test_app_touchpoint_import_fault_shows_one_message(
    window, qtbot, project, table, monkeypatch, fault
):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QWizard

    from tpm_desktop.ui.importer.feature import ImportExportFeature

    before, document = digest(project), window.context.document
    records = len(list(document.state.records()))
    feature = next(f for f in window.features if isinstance(f, ImportExportFeature))
    wizard = feature.start_import(table)
    qtbot.waitUntil(lambda: wizard.loaded is not None)
    for _ in range(2):
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.plan is not None)
    monkeypatch.setattr(store, "write_changes", _failing_commit(COMMIT_FAULTS[fault][0]))
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    INJECTED[0] += 1
    assert_nothing_imported(window, project, before, records)
    assert window.context.selection.ids == []


@pytest.mark.parametrize("fault", sorted(COMMIT_FAULTS))
def test_app_measurement_import_fault_shows_one_message(
    window, qtbot, project, tmp_path, monkeypatch, fault
):
    from PySide6.QtCore import Qt

    from tpm_desktop.reports.table_writer import write_table
    from tpm_desktop.ui.monitoring.feature import MonitoringFeature

    source = tmp_path / "werte.csv"
    write_table(
        source,
        ["Datum", "Touchpoint", "Kennzahl", "Wert"],
        [["2027-01-31", "Hotline", "Waiting time", "54"]],
    )
    before, document = digest(project), window.context.document
    records = len(list(document.state.records()))
    feature = next(f for f in window.features if isinstance(f, MonitoringFeature))
    dialog = feature.import_measurements(source)
    qtbot.waitUntil(lambda: not dialog.busy)
    assert dialog.import_button.isEnabled()
    monkeypatch.setattr(store, "write_changes", _failing_commit(COMMIT_FAULTS[fault][0]))
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    INJECTED[0] += 1
    assert_nothing_imported(window, project, before, records)
    assert dialog.isVisible() and dialog.imported == 0  # still there to retry or cancel
    dialog.reject()


@pytest.mark.parametrize("fault", sorted(COMMIT_FAULTS))
def test_app_workshop_import_fault_shows_one_message(
    window, qtbot, project, tmp_path, monkeypatch, fault
):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QFileDialog

    from tpm_desktop.reports.table_writer import write_table
    from tpm_desktop.ui.assessment.workshop_dialog import WorkshopImportDialog

    source = tmp_path / "workshop.csv"
    write_table(
        source, ["Teilnehmer", "Touchpoint", "Kriterium", "Wert"], [["Ana", "Hotline", "1", 4]]
    )
    before, document = digest(project), window.context.document
    records = len(list(document.state.records()))
    dialog = WorkshopImportDialog(window.context, window)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(source), ""))
    dialog.choose_file()
    assert dialog.import_button.isEnabled()
    monkeypatch.setattr(store, "write_changes", _failing_commit(COMMIT_FAULTS[fault][0]))
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    INJECTED[0] += 1
    assert_nothing_imported(window, project, before, records)
    assert dialog.result() != WorkshopImportDialog.DialogCode.Accepted
    dialog.reject()


APP_REPORT_FAULTS = ["open scratch (ENOSPC)", "fsync", "rename", "write (I/O error)"]


@pytest.mark.parametrize("fault", APP_REPORT_FAULTS)
def test_app_report_export_fault_shows_one_message(
    window, qtbot, project, tmp_path, monkeypatch, fault
):
    from tpm_desktop.ui.report.feature import ReportFeature

    feature = next(f for f in window.features if isinstance(f, ReportFeature))
    dialog = feature.export_report()
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "Bericht.pdf"
    dialog.target_edit.setText(str(target))
    dialog.target_edit.textEdited.emit(str(target))
    dialog.open_check.setChecked(False)
    if fault in WRITE_FAULTS:
        monkeypatch.setattr(io, "open", _failing_scratch_write(WRITE_FAULTS[fault][0]))
    else:
        _, name, error, _ = OS_FAULTS[fault]
        monkeypatch.setattr(atomic.os, name, _fail_on_scratch(name, error))
    with qtbot.waitSignal(dialog.report_failed, timeout=60_000):
        dialog.export_button.click()
    INJECTED[0] += 1
    qtbot.waitUntil(lambda: dialog.runner is None)
    assert len(window.shown_errors) == 1 and str(target) in window.shown_errors[0]
    assert "\n" not in window.shown_errors[0]
    assert not target.exists() and scratch_files(folder) == []
    assert dialog.isVisible() and dialog.export_button.isEnabled()
    dialog.reject()


def test_report_injected_count():
    print(f"\ninjected faults so far (Save, Save As, import, report export): {INJECTED[0]}")

"""Every file operation of saving fails in turn; the old file and the folder stay clean.

Faults: opening the scratch file, writing it, flushing it, renaming it over the
target, and a full disk (a small tmpfs when one can be mounted, and RLIMIT_FSIZE in
a child process). After each: one clear ProjectFileError, the target byte-identical
and passing every check, no scratch file left behind, and saving works again once
the fault is gone.
"""

from __future__ import annotations

import errno
import hashlib
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.builders import save_new
from tpm_desktop.core import atomic
from tpm_desktop.core.edits import touchpoints
from tpm_desktop.core.errors import ProjectFileError
from tpm_desktop.core.project_file import OpenProject, read_project

ROOT = Path(__file__).resolve().parents[2]
INJECTED = [0]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


class _FailingBackup:
    """Stands in for the working copy's connection; its backup fails like a bad disk."""

    def __init__(self, inner: sqlite3.Connection, error: Exception) -> None:
        self._inner, self._error = inner, error

    def backup(self, *args, **kwargs):
        raise self._error

    def __getattr__(self, name):
        return getattr(self._inner, name)


def _fail_once(name: str, error: OSError):
    """os.<name> failing once on the scratch file (other callers, e.g. locks, pass)."""
    real = getattr(atomic.os, name)
    state = {"done": False}

    def fake(*args, **kwargs):
        on_scratch = name == "fsync" or atomic.SCRATCH_PREFIX in str(args[0])
        if on_scratch and not state["done"]:
            state["done"] = True
            raise error
        return real(*args, **kwargs)

    return fake


FAULTS = {
    "open scratch (EIO)": ("os", "open", OSError(errno.EIO, "Input/output error"), "save_failed"),
    "open scratch (EACCES)": (
        "os",
        "open",
        PermissionError(errno.EACCES, "Permission denied"),
        "folder_read_only",
    ),
    "open scratch (ENOSPC)": ("os", "open", OSError(errno.ENOSPC, "No space left"), "disk_full"),
    "write (I/O error)": (
        "backup",
        None,
        sqlite3.OperationalError("disk I/O error"),
        "save_failed",
    ),
    "write (disk full)": (
        "backup",
        None,
        sqlite3.OperationalError("database or disk is full"),
        "disk_full",
    ),
    "fsync": ("os", "fsync", OSError(errno.EIO, "Input/output error"), "save_failed"),
    "rename": ("os", "replace", OSError(errno.EXDEV, "Invalid cross-device link"), "save_failed"),
}


@pytest.fixture
def setup(tmp_path, workspace):
    folder = tmp_path / "stick"
    folder.mkdir()
    existing = folder / "project.tpm"
    save_new(existing)
    project = OpenProject.open(existing, workspace)
    changes, _ = touchpoints.add_touchpoint(project.state, "Unsaved", 1, 1, 1)
    project.commit(changes)
    yield folder, existing, project
    project.close()


@pytest.mark.parametrize("operation", ["save", "save as new", "save as over other"])
@pytest.mark.parametrize("fault", sorted(FAULTS))
def test_fault_leaves_target_intact(setup, monkeypatch, operation, fault):
    folder, existing, project = setup
    other = folder / "other.tpm"
    if operation == "save as over other":
        save_new(other)
    target = {"save": existing, "save as new": folder / "new.tpm", "save as over other": other}[
        operation
    ]
    before = {p.name: digest(p) for p in folder.iterdir()}
    where, name, error, code = FAULTS[fault]
    if where == "os":
        monkeypatch.setattr(atomic.os, name, _fail_once(name, error))
    else:
        monkeypatch.setattr(project, "_connection", _FailingBackup(project._connection, error))
    with pytest.raises(ProjectFileError) as info:
        if operation == "save":
            project.save()
        else:
            project.save_as(target)
    INJECTED[0] += 1
    assert info.value.code == code
    message = info.value.message("en")
    assert "\n" not in message and str(target) in message
    assert {p.name: digest(p) for p in folder.iterdir()} == before  # nothing new, nothing changed
    for path in folder.iterdir():
        read_project(path)  # every file there still passes its checks
    assert project.path == existing  # a failed Save As does not switch files
    monkeypatch.undo()
    project.save_as(target)
    assert "Unsaved" in {tp.name for tp in read_project(target).touchpoints.values()}


@pytest.fixture
def small_disk(tmp_path):
    """A 512 KB tmpfs, or a skip when this machine does not allow mounting one."""
    mount_point = tmp_path / "tiny"
    mount_point.mkdir()
    result = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=512k", "tmpfs", str(mount_point)],
        capture_output=True,
    )
    if result.returncode != 0:
        pytest.skip("cannot mount a tmpfs here; RLIMIT_FSIZE covers the full disk")
    yield mount_point
    subprocess.run(["umount", str(mount_point)], check=False)


def test_full_tmpfs_during_save(small_disk, workspace):
    existing = small_disk / "project.tpm"
    save_new(existing)
    before = digest(existing)
    project = OpenProject.open(existing, workspace)
    # The note goes into the file twice (the record and its journal entry).
    changes, _ = touchpoints.add_touchpoint(project.state, "Big", 1, 1, 1, as_is="x" * 300_000)
    project.commit(changes)
    with pytest.raises(ProjectFileError) as info:
        project.save()
    INJECTED[0] += 1
    assert info.value.code == "disk_full"
    assert digest(existing) == before
    assert os.listdir(small_disk) == ["project.tpm"]
    read_project(existing)
    project.close()


def test_file_size_limit_during_save_as(tmp_path, workspace):
    source = tmp_path / "source.tpm"
    save_new(source)
    target = tmp_path / "stick" / "copy.tpm"
    target.parent.mkdir()
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "tests.support.child",
            "saveas-limited",
            str(source),
            str(target),
            "120000",
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=60,
    )
    INJECTED[0] += 1
    assert result.stdout.strip() == "error disk_full", result.stderr
    assert os.listdir(target.parent) == []


@pytest.mark.parametrize("fault", ["rename", "fsync", "open scratch (ENOSPC)"])
def test_user_sees_exactly_one_message(tpm_app, qtbot, workspace, tmp_path, monkeypatch, fault):
    from tpm_desktop.ui import prompts
    from tpm_desktop.ui.main_window import MainWindow

    path = tmp_path / "project.tpm"
    save_new(path)
    before = digest(path)
    window = MainWindow("de", workspace)
    qtbot.addWidget(window)
    window.open_path(path)
    window.context.editor.add_touchpoint("Neu", 1, 1, 1)
    shown = []
    monkeypatch.setattr(prompts, "show_error", lambda parent, title, text: shown.append(text))
    _, name, error, _ = FAULTS[fault]
    monkeypatch.setattr(atomic.os, name, _fail_once(name, error))
    window.action_save.trigger()
    INJECTED[0] += 1
    assert len(shown) == 1 and "unverändert" in shown[0]  # German UI, German message
    assert window.isWindowModified()  # the edit is still unsaved, not lost
    assert digest(path) == before
    window.context.document.undo_stack.setClean()


def test_report_injected_count():
    print(f"\ninjected faults so far: {INJECTED[0]}")

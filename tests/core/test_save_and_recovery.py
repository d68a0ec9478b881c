"""Saving replaces the file whole or not at all; crashes lose nothing that was committed."""

from __future__ import annotations

import hashlib
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.support.builders import save_new, small_state
from tpm_desktop.core import atomic
from tpm_desktop.core.edits import touchpoints
from tpm_desktop.core.errors import ProjectFileError
from tpm_desktop.core.model import Touchpoint
from tpm_desktop.core.project_file import OpenProject, read_project

ROOT = Path(__file__).resolve().parents[2]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def add(project: OpenProject, name: str) -> int:
    changes, new_id = touchpoints.add_touchpoint(project.state, name, 1, 1, 1)
    project.commit(changes)
    return new_id


@pytest.fixture
def saved(tmp_path) -> Path:
    (tmp_path / "user").mkdir()
    path = tmp_path / "user" / "project.tpm"
    save_new(path)
    return path


def test_edits_go_to_the_working_copy_not_the_users_file(saved, workspace):
    before = digest(saved)
    project = OpenProject.open(saved, workspace)
    add(project, "Chat")
    assert digest(saved) == before
    assert project.reload_state().same_content(project.state)
    assert project.working_path.parent.parent == workspace.sessions_dir
    project.save()
    assert digest(saved) != before
    assert "Chat" in {tp.name for tp in read_project(saved).touchpoints.values()}
    project.close()
    assert not any(workspace.sessions_dir.iterdir())


def test_saved_file_is_a_plain_rollback_journal_database(saved, workspace):
    import sqlite3

    project = OpenProject.open(saved, workspace)
    add(project, "Chat")
    project.save()
    project.close()
    connection = sqlite3.connect(f"file:{saved}?mode=ro", uri=True)
    assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert connection.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    connection.close()
    assert sorted(os.listdir(saved.parent)) == ["project.tpm"]


@pytest.mark.parametrize("failing", ["replace", "fsync", "produce"])
def test_failed_save_leaves_old_file_and_no_temporary(saved, workspace, monkeypatch, failing):
    project = OpenProject.open(saved, workspace)
    add(project, "Chat")
    before = digest(saved)

    def boom(*args, **kwargs):
        raise OSError(5, "Input/output error")

    if failing == "replace":
        monkeypatch.setattr(atomic.os, "replace", boom)
    elif failing == "fsync":
        monkeypatch.setattr(atomic.os, "fsync", boom)
    else:
        monkeypatch.setattr(project, "_connection", _BrokenBackup(project._connection))
    with pytest.raises(ProjectFileError) as info:
        project.save()
    assert info.value.code == "save_failed"
    assert digest(saved) == before
    assert sorted(os.listdir(saved.parent)) == ["project.tpm"]
    monkeypatch.undo()
    project.save()  # works again once the fault is gone
    project.close()


class _BrokenBackup:
    def __init__(self, inner):
        self._inner = inner

    def backup(self, *args, **kwargs):
        raise OSError(5, "Input/output error")

    def __getattr__(self, name):
        return getattr(self._inner, name)


def test_second_instance_opens_read_only(saved, workspace):
    first = OpenProject.open(saved, workspace)
    second = OpenProject.open(saved, workspace)
    assert not first.read_only and second.read_only
    assert [n.code for n in second.notices] == ["open_elsewhere"]
    with pytest.raises(Exception) as info:
        add(second, "Not allowed")
    assert getattr(info.value, "code", "") == "read_only_document"
    with pytest.raises(ProjectFileError) as saving:
        second.save()
    assert saving.value.code == "target_locked"
    first.close()
    third = OpenProject.open(saved, workspace)
    assert not third.read_only
    third.close()
    second.close()
    # nothing was written beside the user's file
    assert sorted(os.listdir(saved.parent)) == ["project.tpm"]


def test_save_as_moves_the_lock(saved, workspace, tmp_path):
    project = OpenProject.open(saved, workspace)
    target = tmp_path / "copy.tpm"
    project.save_as(target)
    assert project.path == target
    again = OpenProject.open(saved, workspace)
    assert not again.read_only  # the old file is free now
    other = OpenProject.open(target, workspace)
    assert other.read_only
    for p in (project, again, other):
        p.close()


def test_orphaned_dirty_session_is_offered_and_clean_one_removed(saved, workspace):
    crashed = OpenProject.open(saved, workspace)
    add(crashed, "Unsaved work")
    expected = crashed.state
    crashed._session.release()  # as if the process had died
    crashed._file_lock.release()
    clean = OpenProject.open(saved, workspace)
    clean._session.release()
    clean._file_lock.release()

    orphans = workspace.orphans()
    assert len(orphans) == 1
    recovered = OpenProject.recover(orphans[0], workspace)
    assert recovered.dirty
    assert recovered.path == saved
    assert recovered.state.same_content(expected)
    assert len(list(workspace.sessions_dir.iterdir())) == 1
    recovered.save()
    assert "Unsaved work" in {tp.name for tp in read_project(saved).touchpoints.values()}
    recovered.close()


def test_untitled_project_save_as_creates_file(tmp_path, workspace):
    project = OpenProject.create(small_state(), workspace)
    assert project.path is None
    target = tmp_path / "neu.tpm"
    project.save_as(target)
    assert read_project(target).same_content(project.state)
    project.close()


def _child(*args: str) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.Popen(
        [sys.executable, "-m", "tests.support.child", *args],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_disk_full_during_save_as_leaves_nothing_behind(saved, tmp_path):
    folder = tmp_path / "stick"
    folder.mkdir()
    target = folder / "new.tpm"
    child = _child("saveas-limited", str(saved), str(target), str(120_000))
    out, err = child.communicate(timeout=60)
    assert out.strip() == "error disk_full", err
    assert os.listdir(folder) == []


def test_disk_full_during_save_keeps_old_target(saved, tmp_path):
    target = saved.parent / "existing.tpm"
    save_new(target)
    before = digest(target)
    child = _child("saveas-limited", str(saved), str(target), str(120_000))
    out, err = child.communicate(timeout=60)
    assert out.strip() == "error disk_full", err
    assert digest(target) == before
    assert sorted(os.listdir(saved.parent)) == ["existing.tpm", "project.tpm"]


def _kill_when(child: subprocess.Popen, lines: int) -> list[str]:
    seen: list[str] = []
    assert child.stdout is not None
    while len(seen) < lines:
        line = child.stdout.readline()
        if not line:
            raise AssertionError(child.stderr.read() if child.stderr else "child ended")
        seen.append(line.strip())
    time.sleep(random.uniform(0, 0.02))
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=10)
    rest = child.stdout.read().split()
    return seen + [" ".join(rest[i : i + 2]) for i in range(0, len(rest), 2)]


@pytest.mark.parametrize("edits_before_kill", [1, 7, 25])
def test_kill_during_edits_recovers_last_committed_edit(saved, workspace, edits_before_kill):
    before = digest(saved)
    child = _child("edit", str(saved))
    seen = _kill_when(child, edits_before_kill)
    committed = int(seen[-1].split()[-1])
    assert digest(saved) == before  # the user's file is never touched by edits
    (orphan,) = workspace.orphans()
    recovered = OpenProject.recover(orphan, workspace)
    names = {tp.name for tp in recovered.state.table(Touchpoint).values()}
    edits = {n for n in names if n.startswith("Edit ")}
    # everything reported as committed is there; at most one more made it to disk
    assert {f"Edit {i}" for i in range(1, committed + 1)} <= edits
    assert len(edits) in (committed, committed + 1)
    recovered.close()


@pytest.mark.parametrize("saves_before_kill", [1, 4])
def test_kill_during_save_leaves_old_or_new_file(saved, tmp_path, saves_before_kill):
    target = tmp_path / "target.tpm"
    child = _child("save", str(saved), str(target))
    seen = _kill_when(child, saves_before_kill + 1)
    last = max(int(line.split()[-1]) for line in seen if line.startswith("saved"))
    state = read_project(target)  # passes every check
    saved_names = {tp.name for tp in state.touchpoints.values() if tp.name.startswith("Saved")}
    assert saved_names in (
        {f"Saved {i}" for i in range(1, last + 1)},
        {f"Saved {i}" for i in range(1, last + 2)},
    )


def test_scratch_left_by_a_killed_save_is_removed_later(saved, workspace):
    stale = saved.parent / ".tpm-0123456789ab.tmp"
    fresh = saved.parent / ".tpm-ba9876543210.tmp"
    for leftover in (stale, fresh):
        leftover.write_bytes(b"half")
    old = time.time() - 2 * atomic.STALE_SCRATCH_S
    os.utime(stale, (old, old))
    project = OpenProject.open(saved, workspace)
    project.save()
    project.close()
    assert not stale.exists()
    assert fresh.exists()  # might belong to a save in progress elsewhere


def test_a_failing_data_folder_is_not_called_a_damaged_file(
    saved, tmp_path, workspace, monkeypatch
):
    before = digest(saved)
    real_fsync = os.fsync

    def failing_fsync(descriptor):
        raise OSError(5, "Input/output error")

    # Writing the session's description failed with a bare OSError (an internal error).
    monkeypatch.setattr(os, "fsync", failing_fsync)
    with pytest.raises(ProjectFileError) as refused:
        OpenProject.open(saved, workspace)
    assert refused.value.code == "working_copy_unavailable"
    with pytest.raises(ProjectFileError) as refused:
        OpenProject.create(small_state(), workspace)
    assert refused.value.code == "working_copy_unavailable"
    monkeypatch.setattr(os, "fsync", real_fsync)
    assert not any(workspace.sessions_dir.iterdir())
    # A full disk while the working copy is made said "The project file is damaged".
    code = (
        "import resource, sys\n"
        "from tpm_desktop.core.errors import ProjectFileError\n"
        "from tpm_desktop.core.project_file import OpenProject\n"
        "resource.setrlimit(resource.RLIMIT_FSIZE, (40960, 40960))\n"
        "try:\n"
        f"    OpenProject.open({str(saved)!r})\n"
        "except ProjectFileError as error:\n"
        "    print(error.code)\n"
    )
    env = dict(os.environ, PYTHONPATH=str(ROOT), TPM_DESKTOP_DATA_DIR=str(tmp_path / "full"))
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, env=env
    )
    assert result.stdout.strip() == "working_copy_unavailable", result.stderr
    assert digest(saved) == before

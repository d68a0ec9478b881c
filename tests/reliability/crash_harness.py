"""Crash simulation: a child edits and saves a project and is killed with SIGKILL at random.

After each kill the user's file must be a complete earlier or later version (never a
mix) that passes every check, and the working copy must be offered for recovery with
exactly the edits the child had committed. In both, the change journal must agree
with the data: every touchpoint there was journaled as added, and nothing else.

The child is forked from this (already imported) process, so a kill costs
milliseconds, not an interpreter start.

    .venv/bin/python -m tests.reliability.crash_harness 1000   # a long manual run
"""

from __future__ import annotations

import os
import random
import select
import shutil
import signal
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from tests.support.builders import save_new, small_state
from tpm_desktop.core.edits import touchpoints
from tpm_desktop.core.project_file import OpenProject, read_copy, read_project
from tpm_desktop.core.workspace import Workspace

EDIT_PREFIX = "Edit "


def edit_numbers(names) -> set[int]:
    return {int(n[len(EDIT_PREFIX) :]) for n in names if n.startswith(EDIT_PREFIX)}


def journaled_edits(journal) -> set[int]:
    """The edit numbers of the touchpoints the journal says were added and kept."""
    names: set[str] = set()
    for change_set in journal:
        for entry in change_set.entries:
            if entry.table == "touchpoint" and not entry.field:
                record = entry.new if entry.exists_after else entry.old
                name = record.get("name", "") if isinstance(record, dict) else ""
                (names.add if entry.exists_after else names.discard)(name)
    return edit_numbers(names)


def _child(path: Path, workspace_root: Path, write_fd: int, save_every: int) -> None:
    """Runs in the forked child: edit, sometimes save, report each step on the pipe."""
    try:
        project = OpenProject.open(path, Workspace(workspace_root))
        count = max(edit_numbers(tp.name for tp in project.state.touchpoints.values()), default=0)
        while True:
            count += 1
            changes, _ = touchpoints.add_touchpoint(
                project.state, f"{EDIT_PREFIX}{count}", 1, 1, 1, as_is="x" * 2000
            )
            project.commit(changes)
            os.write(write_fd, f"c{count}\n".encode())
            if count % save_every == 0:
                project.save()
                os.write(write_fd, f"s{count}\n".encode())
    finally:
        os._exit(0)


@dataclass
class Outcome:
    """What one kill showed."""

    committed: int
    saved: int
    file_edits: int
    recovered_edits: int | None
    problems: list[str] = field(default_factory=list)


def kill_once(folder: Path, rng: random.Random) -> Outcome:
    """Fork a child, kill it at a random moment, check the file and the recovery."""
    path = folder / "project.tpm"
    root = folder / "data"
    if not path.exists():
        save_new(path, small_state(), Workspace(root))
    before = edit_numbers(tp.name for tp in read_project(path).touchpoints.values())
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        os.close(read_fd)
        _child(path, root, write_fd, save_every=rng.choice((1, 3, 7)))
    os.close(write_fd)
    time.sleep(rng.uniform(0.0, 0.25))
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    report = b""
    while select.select([read_fd], [], [], 0)[0]:
        chunk = os.read(read_fd, 65536)
        if not chunk:
            break
        report += chunk
    os.close(read_fd)
    lines = report.decode().split()
    base = max(before, default=0)
    committed = max((int(x[1:]) for x in lines if x.startswith("c")), default=base)
    saved = max((int(x[1:]) for x in lines if x.startswith("s")), default=base)

    problems: list[str] = []
    try:
        state, journal = read_copy(path)
        now = edit_numbers(tp.name for tp in state.touchpoints.values())
        if journaled_edits(journal) != now:
            problems.append("user file: the journal does not agree with the touchpoints")
    except Exception as error:  # any failure here is what the harness looks for
        problems.append(f"user file fails its checks: {error}")
        now = set()
    # The file holds a complete version: edits 1..m with m the state before this child,
    # a reported save, or the save in flight when the kill came.
    file_edits = max(now, default=0)
    if now != set(range(1, file_edits + 1)):
        problems.append(f"user file holds a mix of versions: {sorted(now)[:12]}")
    if now != before and not saved <= file_edits <= committed + 1:
        problems.append(f"user file has {file_edits} edits; saved {saved}, committed {committed}")

    recovered_edits = None
    workspace = Workspace(root)
    for session in workspace.orphans():
        project = OpenProject.recover(session, workspace)
        names = edit_numbers(tp.name for tp in project.state.touchpoints.values())
        recovered_edits = max(names, default=0)
        if journaled_edits(project.journal()) != names:
            problems.append("recovered working copy: the journal does not agree with the data")
        if names != set(range(1, recovered_edits + 1)):
            problems.append("recovered working copy is not a prefix of the edits")
        if not committed <= recovered_edits <= committed + 1:
            problems.append(f"recovered {recovered_edits} edits, child had committed {committed}")
        project.save()  # the next round starts from the recovered project
        project.close()
    if max(file_edits, recovered_edits or 0) < committed:
        problems.append(f"committed edits lost: {committed} committed, {file_edits} in file")
    leftovers = [
        p.name
        for p in folder.iterdir()
        if p.name not in ("project.tpm", "data")
        and not (p.name.startswith(".tpm-") and ".tmp" in p.name)
    ]
    if leftovers:
        problems.append(f"unexpected files beside the project: {leftovers}")
    for scratch in folder.glob(".tpm-*.tmp*"):
        scratch.unlink()
    return Outcome(committed - base, saved - base, file_edits, recovered_edits, problems)


def run(kills: int, seed: int = 0) -> tuple[int, list[str]]:
    """Kill `kills` children in a row on one project; returns (kills, problems)."""
    rng = random.Random(seed)
    folder = Path(tempfile.mkdtemp(prefix="tpm-crash-"))
    problems: list[str] = []
    try:
        for round_ in range(kills):
            outcome = kill_once(folder, rng)
            problems += [f"kill {round_ + 1}: {p}" for p in outcome.problems]
            if len(problems) > 20:
                break
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return kills, problems


if __name__ == "__main__":
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 300
    os.environ.setdefault("TPM_DESKTOP_DATA_DIR", tempfile.mkdtemp())
    started = time.monotonic()
    done, found = run(count, seed=int(time.time()))
    print(f"{done} kills in {time.monotonic() - started:.0f} s, {len(found)} problems")
    for problem in found:
        print(problem)
    sys.exit(1 if found else 0)

"""Cost of the change journal: edit time and the size it adds to the file.

    python tests/benchmarks/journal_bench.py --touchpoints 5000 --edits 10000 --json

Runs headless (a QApplication for the undo stack, no window) on a synthetic project
and prints one JSON object:

- journal_edit_ms_median: one card moved through the editor, journal included
  (the map benchmark's edit_ms_median adds the scene's update);
- journal_kb_per_10k_moves: growth of the saved file per 10,000 card moves, each
  saved in between so no compaction applies (the worst case);
- journal_kb_per_10k_undone: growth per 10,000 moves each undone before the next
  save (compaction removes both; the figure should be about 0);
- journal_kb_per_10k_keystrokes: growth per 10,000 keystrokes typed into a
  touchpoint's note in bursts of 20 (typing folds into one change set per burst);
- journal_change_sets and journal_entries: the rows after all of the above.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.benchmarks.generate import CHANNELS, DEPARTMENTS, make_project  # noqa: E402

SAVE_EVERY = 500
TYPING_BURST = 20


def _size(path: Path) -> int:
    return path.stat().st_size


def _scaled_kb(grown: int, done: int) -> float:
    return round(grown / 1024 * 10_000 / done, 1)


def measure_journal(n: int, edits: int) -> dict[str, float]:
    """Move, undo and type through the editor on a project of n touchpoints."""
    from PySide6.QtWidgets import QApplication

    from tpm_desktop.core.axes import MapAxes
    from tpm_desktop.core.project_file import OpenProject
    from tpm_desktop.core.workspace import Workspace
    from tpm_desktop.document.document import ProjectDocument
    from tpm_desktop.document.editor import Editor

    QApplication.instance() or QApplication(sys.argv[:1])
    folder = Path(tempfile.mkdtemp(prefix="tpm-journal-"))
    target = make_project(n, folder / f"journal-{n}.tpm", Workspace(folder / "gen"))
    document = ProjectDocument(OpenProject.open(target, Workspace(folder / "data")))
    editor = Editor(document)
    state = document.state
    axes = MapAxes.of(state)
    rng = random.Random(11)
    ids = sorted(state.touchpoints)
    result: dict[str, float] = {"touchpoints": n, "edits": edits}

    def move() -> float:
        row, column = rng.randint(1, DEPARTMENTS), rng.randint(1, CHANNELS)
        start = time.perf_counter()
        editor.move_touchpoints(axes, [rng.choice(ids)], row, column, None)
        return time.perf_counter() - start

    start_size = _size(target)
    times = []
    for done in range(1, edits + 1):
        times.append(move())
        if done % SAVE_EVERY == 0:
            document.project.save()
    document.project.save()
    result["journal_edit_ms_median"] = round(statistics.median(times) * 1000, 2)
    result["journal_kb_per_10k_moves"] = _scaled_kb(_size(target) - start_size, edits)

    start_size = _size(target)
    for _ in range(edits // 10):
        move()
        document.undo_stack.undo()
    document.project.save()
    result["journal_kb_per_10k_undone"] = _scaled_kb(_size(target) - start_size, edits // 10)

    start_size = _size(target)
    touchpoint_id = ids[0]
    keystrokes = edits // 10
    text = ""
    for done in range(1, keystrokes + 1):
        text += "x"
        editor.set_touchpoint_fields([touchpoint_id], typing=True, as_is=text)
        if done % TYPING_BURST == 0:
            document.project.save()  # a save ends a burst: the next set is shared
    document.project.save()
    result["journal_kb_per_10k_keystrokes"] = _scaled_kb(_size(target) - start_size, keystrokes)

    document.undo_stack.setClean()
    document.project.close()
    with sqlite3.connect(target) as connection:
        for table in ("journal_change_set", "journal_entry"):
            (count,) = connection.execute(f"SELECT count(*) FROM {table}").fetchone()
            result[table.replace("journal_change_set", "journal_change_sets")] = count
    result["journal_entries"] = result.pop("journal_entry")
    return result


def main(argv: list[str] | None = None) -> int:
    """Run the measurement and print it."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--touchpoints", type=int, default=1000)
    parser.add_argument("--edits", type=int, default=10_000)
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args(argv)
    results = measure_journal(args.touchpoints, args.edits)
    if args.json:
        print(json.dumps(results, sort_keys=True))
    else:
        for key, value in sorted(results.items()):
            print(f"{key:>32}: {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Speed of the touchpoint map on a synthetic project of N touchpoints.

    python tests/benchmarks/bench.py --touchpoints 5000 --json

Runs offscreen and prints one JSON object. Measurements are functions returning
dicts (`measure_map`, `measure_floors`) that `main` merges, so others can be added.

- open_s: from the window's open call to the first complete paint of the map;
- edit_ms_median: one card moved to another cell through the editor, including the
  write to the working copy and the scene's update (median of 50 moves);
  edit_frame_ms_median adds the repaint that follows;
- scroll_frame_ms_median: one scroll step and its repaint; repaint_ms_median: a
  full repaint of the viewport at 100 %;
- zoom_fit_ms: from 100 % to "Fit" including the repaint; zoom_step_ms_median:
  Ctrl+wheel steps between fit and 100 %;
- overview_frame_ms_median: a full repaint at Fit (chips with names, or the heat
  map when chips are too small); fit_names_drawn: share of the N cards whose name
  is drawn there;
- fit_readable: the same share for the bundled sample in a 1366 x 768 window
  (the issue's target: 1.0, every name at 7 px cap height or more);
- rss_mb: the process's peak resident memory;
- qt_floor_s: a bare QApplication and QGraphicsView with N plain text rectangles,
  from process start to the first paint (in a fresh process);
- sqlite_floor_s: reading the project's rows with plain sqlite3;
- with --report: report_s, report_floor_s and the rest of report_bench.measure_report.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.benchmarks.generate import CHANNELS, DEPARTMENTS, make_project  # noqa: E402

EDITS = 50
SCROLL_STEPS = 40
SCROLL_STEP = 60  # pixels, about one wheel notch

QT_FLOOR_SCRIPT = r"""
import sys, time
start = time.perf_counter()
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QGraphicsScene, QGraphicsView
app = QApplication(sys.argv[:1])
n = int(sys.argv[1])
scene = QGraphicsScene()
for i in range(n):
    rect = scene.addRect(0, 0, 156, 60)
    rect.setPos((i % 16) * 172, (i // 16) * 66)
    text = scene.addSimpleText(f"Touchpoint {i}")
    text.setPos((i % 16) * 172 + 8, (i // 16) * 66 + 6)
view = QGraphicsView(scene)
view.resize(1400, 880)
painted = []
class Watch(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            painted.append(True)
        return False
watch = Watch()
view.viewport().installEventFilter(watch)
view.show()
while not painted:
    app.processEvents()
app.processEvents()
print(time.perf_counter() - start)
"""


def measure_floors(n: int, project: Path) -> dict[str, float]:
    """The Qt floor (fresh process) and the SQLite floor for N touchpoints."""
    result = subprocess.run(
        [sys.executable, "-c", QT_FLOOR_SCRIPT, str(n)],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    qt_floor = float(result.stdout.strip().splitlines()[-1])
    start = time.perf_counter()
    connection = sqlite3.connect(f"file:{project}?mode=ro", uri=True)
    tables = [
        row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
    ]
    for table in tables:
        connection.execute(f'SELECT * FROM "{table}"').fetchall()
    connection.close()
    return {
        "qt_floor_s": round(qt_floor, 3),
        "sqlite_floor_s": round(time.perf_counter() - start, 4),
    }


def _paint_counter(widget):
    from PySide6.QtCore import QEvent, QObject

    class Counter(QObject):
        count = 0

        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint:
                self.count += 1
            return False

    counter = Counter()
    widget.installEventFilter(counter)
    return counter


def _until_painted(app, counter, before: int) -> None:
    deadline = time.perf_counter() + 10
    while counter.count == before and time.perf_counter() < deadline:
        app.processEvents()


def measure_map(n: int, project: Path | None = None) -> dict[str, float]:
    """Open, edit, scroll and zoom the map of a synthetic project with N touchpoints."""
    from PySide6.QtCore import QPointF
    from PySide6.QtWidgets import QApplication

    from tpm_desktop.core.axes import MapAxes
    from tpm_desktop.core.workspace import Workspace
    from tpm_desktop.ui.app import configure_application
    from tpm_desktop.ui.main_window import MainWindow

    folder = Path(tempfile.mkdtemp(prefix="tpm-bench-"))
    if project is None:
        project = make_project(n, folder / f"bench-{n}.tpm", Workspace(folder / "gen"))
    # The default window layout, not whatever the user's settings saved.
    os.environ.setdefault("XDG_CONFIG_HOME", str(folder / "config"))
    app = QApplication.instance() or QApplication(sys.argv[:1])
    configure_application(app)
    window = MainWindow("en", Workspace(folder / "data"))
    window.resize(1400, 880)
    window.show()
    app.processEvents()
    feature = next(f for f in window.features if hasattr(f, "view"))
    view = feature.view
    counter = _paint_counter(view.viewport())
    result: dict[str, float] = {"touchpoints": n}

    start = time.perf_counter()
    before = counter.count
    assert window.open_path(project)
    _until_painted(app, counter, before)
    result["open_s"] = round(time.perf_counter() - start, 3)
    app.processEvents()

    context = window.context
    editor, state = context.editor, context.document.state
    rng = random.Random(7)
    ids = sorted(state.touchpoints)
    axes = MapAxes.of(state)
    edits, frames = [], []
    for _ in range(EDITS):
        touchpoint_id = rng.choice(ids)
        row, column = rng.randint(1, DEPARTMENTS), rng.randint(1, CHANNELS)
        before = counter.count
        start = time.perf_counter()
        editor.move_touchpoints(axes, [touchpoint_id], row, column, None)
        edits.append(time.perf_counter() - start)
        view.viewport().update()
        _until_painted(app, counter, before)
        frames.append(time.perf_counter() - start)
    result["edit_ms_median"] = round(statistics.median(edits) * 1000, 2)
    result["edit_frame_ms_median"] = round(statistics.median(frames) * 1000, 2)

    view.zoom_actual()
    view.horizontalScrollBar().setValue(0)
    view.verticalScrollBar().setValue(0)
    app.processEvents()
    scrolls = []
    bar = view.verticalScrollBar()
    direction = 1
    for _ in range(SCROLL_STEPS):
        target = bar.value() + direction * SCROLL_STEP
        if not bar.minimum() <= target <= bar.maximum():
            direction = -direction
            target = bar.value() + direction * SCROLL_STEP
        if not bar.minimum() <= target <= bar.maximum():
            break  # the map fits: nothing to scroll
        before = counter.count
        start = time.perf_counter()
        bar.setValue(target)
        _until_painted(app, counter, before)
        scrolls.append(time.perf_counter() - start)
    result["scroll_frame_ms_median"] = (
        round(statistics.median(scrolls) * 1000, 2) if scrolls else 0.0
    )
    repaints = []
    for _ in range(10):
        start = time.perf_counter()
        view.viewport().repaint()
        repaints.append(time.perf_counter() - start)
    result["repaint_ms_median"] = round(statistics.median(repaints) * 1000, 2)

    before = counter.count
    start = time.perf_counter()
    view.zoom_fit()
    _until_painted(app, counter, before)
    result["zoom_fit_ms"] = round((time.perf_counter() - start) * 1000, 2)
    result.update(_overview_figures(view, "fit_names_drawn"))
    steps = []
    centre = QPointF(view.viewport().rect().center())
    while view.zoom < 1.0:
        before = counter.count
        start = time.perf_counter()
        view.set_zoom(view.zoom * 1.2, centre)
        _until_painted(app, counter, before)
        steps.append(time.perf_counter() - start)
    result["zoom_step_ms_median"] = round(statistics.median(steps) * 1000, 2)

    context.document.undo_stack.setClean()
    window.files.close_document()
    window.close()
    return result


def _overview_figures(view, share_key: str) -> dict[str, float]:
    """Repaint time at the present zoom and the share of cards whose name was drawn."""
    frames = []
    for _ in range(10):
        start = time.perf_counter()
        view.viewport().repaint()
        frames.append(time.perf_counter() - start)
    scene = view.map_scene
    shown = max(scene.arrangement.shown_count, 1)
    drawn = len(scene.overview.drawn_labels) if scene.overview_mode else shown
    return {
        "overview_frame_ms_median": round(statistics.median(frames) * 1000, 2),
        share_key: round(drawn / shown, 3),
    }


def measure_sample_fit() -> dict[str, float]:
    """The bundled sample at Fit in a 1366 x 768 window: the share of readable names."""
    from PySide6.QtWidgets import QApplication

    from tpm_desktop.core.project_file import OpenProject
    from tpm_desktop.core.sample import sample_state
    from tpm_desktop.core.workspace import Workspace
    from tpm_desktop.ui.main_window import MainWindow

    folder = Path(tempfile.mkdtemp(prefix="tpm-bench-"))
    path = folder / "sample.tpm"
    project = OpenProject.create(sample_state("en"), Workspace(folder / "gen"))
    project.save_as(path)
    project.close()
    app = QApplication.instance()
    window = MainWindow("en", Workspace(folder / "data"))
    window.resize(1366, 768)
    window.show()
    app.processEvents()
    assert window.open_path(path)
    app.processEvents()
    view = next(f for f in window.features if hasattr(f, "view")).view
    view.zoom_fit()
    app.processEvents()
    figures = _overview_figures(view, "fit_readable")
    window.context.document.undo_stack.setClean()
    window.files.close_document()
    window.close()
    return {"fit_readable": figures["fit_readable"]}


def main(argv: list[str] | None = None) -> int:
    """Run the measurements and print their merged results."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--touchpoints", type=int, default=1000)
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument(
        "--report", action="store_true", help="also time the executive PDF (report_bench.py)"
    )
    args = parser.parse_args(argv)
    n = args.touchpoints
    from tpm_desktop.core.workspace import Workspace

    folder = Path(tempfile.mkdtemp(prefix="tpm-bench-"))
    project = make_project(n, folder / f"bench-{n}.tpm", Workspace(folder / "gen"))
    results: dict[str, float] = {}
    results.update(measure_floors(n, project))
    results.update(measure_map(n, project))
    results.update(measure_sample_fit())
    if args.report:
        from tests.benchmarks.report_bench import measure_report

        results.update(measure_report(n))
    results["rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    if args.json:
        print(json.dumps(results, sort_keys=True))
    else:
        for key, value in sorted(results.items()):
            print(f"{key:>24}: {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

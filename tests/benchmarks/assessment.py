"""Speed of the assessment panels on a synthetic project (offscreen, whole window).

python -m tests.benchmarks.assessment [N]     (N touchpoints, 5000 by default)

Prints milliseconds per operation, each followed by the event-loop turn in
which the panels redraw: opening, a keystroke in a note, a score, moving to the
next touchpoint, with the ranking, the portfolio or the budget in front.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(argv: list[str]) -> None:
    count = int(argv[0]) if argv else 5000
    folder = Path(tempfile.mkdtemp(prefix="tpm-bench-"))
    os.environ["TPM_DESKTOP_DATA_DIR"] = str(folder / "data")

    from PySide6.QtWidgets import QApplication

    from tests.benchmarks.generate import synthetic_state
    from tpm_desktop.core.project_file import OpenProject
    from tpm_desktop.core.workspace import Workspace
    from tpm_desktop.ui.assessment.feature import AssessmentFeature
    from tpm_desktop.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    target = folder / f"bench-{count}.tpm"
    made = OpenProject.create(synthetic_state(count), Workspace(folder / "make"))
    made.save_as(target)
    made.close()
    window = MainWindow("en", Workspace(folder / "data"))
    window.resize(1600, 1000)
    window.show()
    for _ in range(3):
        app.processEvents()
    feature = next(f for f in window.features if isinstance(f, AssessmentFeature))

    def measure(label: str, action: Callable[[int], object], repeat: int = 20) -> None:
        start = time.perf_counter()
        for step in range(repeat):
            action(step)
            app.processEvents()
        print(f"{label:<42} {1000 * (time.perf_counter() - start) / repeat:8.1f} ms")

    measure("open the project", lambda _: window.open_path(target), 1)
    context = window.context
    assert context is not None
    ids = list(context.document.state.touchpoints)
    criterion = context.document.state.criteria[0].id
    context.selection.set([ids[10]])
    editor = context.editor

    def note(step: int) -> None:
        editor.set_touchpoint_fields([ids[10]], typing=True, as_is="x" * (step + 1))

    def score(step: int) -> None:
        editor.set_scores([ids[10]], criterion, as_is=float(1 + step % 5))

    for dock, name in (
        (feature.ranking_dock, "ranking"),
        (feature.portfolio_dock, "portfolio"),
        (feature.budget_dock, "budget"),
    ):
        dock.raise_()
        app.processEvents()
        measure(f"keystroke in a note ({name} in front)", note)
        measure(f"score digit ({name} in front)", score)
    measure("next touchpoint", lambda _: feature.scoring.next_touchpoint())
    measure("select all, then one", lambda s: context.selection.set(ids if s % 2 else ids[:1]), 4)
    context.document.undo_stack.setClean()
    window.files.close_document()
    shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main(sys.argv[1:])

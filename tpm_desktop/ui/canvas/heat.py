"""The heat map's numbers: per cell of the map, how many cards and their mean scores."""

from __future__ import annotations

from collections.abc import Iterable
from statistics import fmean

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor

from tpm_desktop.core import ranking
from tpm_desktop.core.state import ProjectState
from tpm_desktop.ui.canvas import style
from tpm_desktop.ui.canvas.arrangement import Arrangement
from tpm_desktop.ui.canvas.colours import NOT_RATED, PRIORITY_STEPS
from tpm_desktop.ui.canvas.overview_item import HeatCell, Toggle


class HeatNumbers:
    """Each touchpoint's as-is score and priority, kept between paints of the heat map.

    Computing them for 5,000 touchpoints takes over 100 ms; an edit forgets only the
    touchpoints it changed (a catalogue or setting change forgets all).
    """

    def __init__(self) -> None:
        self._known: dict[int, tuple[float | None, float | None]] = {}

    def forget(self, ids: Iterable[int] | None = None) -> None:
        """Drop the numbers of `ids` (None: of every touchpoint)."""
        if ids is None:
            self._known.clear()
        else:
            for touchpoint_id in ids:
                self._known.pop(touchpoint_id, None)

    def of(
        self, state: ProjectState, ids: list[int]
    ) -> dict[int, tuple[float | None, float | None]]:
        """(as-is, priority) of `ids`, computing only those not known yet."""
        missing = [i for i in ids if i not in self._known]
        if missing:
            for touchpoint_id, m in ranking.all_metrics(state, missing).items():
                self._known[touchpoint_id] = (m.as_is, m.priority)
        return {i: self._known.get(i, (None, None)) for i in ids}


def heat_cells(
    state: ProjectState, arrangement: Arrangement, numbers: HeatNumbers | None = None
) -> list[HeatCell]:
    """One tile per cell with shown cards (folded ones count too), coloured by mean priority.

    The colours are the priority colour mode's, so the legend of that mode reads the tiles.
    """
    every = [i for cell, shown in arrangement.cells() for i in (*shown, *arrangement.folded(cell))]
    known = (numbers or HeatNumbers()).of(state, every)
    layout = arrangement.layout
    cells: list[HeatCell] = []
    for cell, shown in arrangement.cells():
        ids = [*shown, *arrangement.folded(cell)]
        scores = [a for i in ids if (a := known[i][0]) is not None]
        priorities = [p for i in ids if (p := known[i][1]) is not None]
        priority = fmean(priorities) if priorities else None
        if priority is None:
            colour = style.mix(NOT_RATED, "#ffffff", 0.3)
        else:
            step = min(int(priority // 20), len(PRIORITY_STEPS) - 1)
            colour = QColor(PRIORITY_STEPS[max(step, 0)])
        box = layout.cell_rect(*cell)
        rect = QRectF(box.x + 2, box.y + 2, box.width - 4, box.height - 4)
        cells.append(HeatCell(rect, len(ids), fmean(scores) if scores else None, priority, colour))
    return cells


def toggles(arrangement: Arrangement) -> list[Toggle]:
    """The "+N" and "show fewer" chips of the arrangement, in scene rectangles."""
    return [
        Toggle(cell, QRectF(r.x, r.y, r.width, r.height), folded)
        for cell, r, folded in arrangement.toggle_rects()
    ]

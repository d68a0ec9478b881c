"""The heat map's numbers: per cell of the map, how many cards and their mean scores."""

from __future__ import annotations

from statistics import fmean

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor

from tpm_desktop.core import ranking
from tpm_desktop.core.state import ProjectState
from tpm_desktop.ui.canvas import style
from tpm_desktop.ui.canvas.arrangement import Arrangement
from tpm_desktop.ui.canvas.colours import NOT_RATED, PRIORITY_STEPS
from tpm_desktop.ui.canvas.overview_item import HeatCell, Toggle


def heat_cells(state: ProjectState, arrangement: Arrangement) -> list[HeatCell]:
    """One tile per cell with shown cards (folded ones count too), coloured by mean priority.

    The colours are the priority colour mode's, so the legend of that mode reads the tiles.
    """
    metrics = ranking.all_metrics(state)
    layout = arrangement.layout
    cells: list[HeatCell] = []
    for cell, shown in arrangement.cells():
        ids = [*shown, *arrangement.folded(cell)]
        scores = [m.as_is for i in ids if (m := metrics.get(i)) is not None and m.as_is is not None]
        priorities = [
            m.priority for i in ids if (m := metrics.get(i)) is not None and m.priority is not None
        ]
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

"""Arrow-key navigation between cards: within a cell, then to the nearest cell beyond."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent

from tpm_desktop.ui.canvas.arrangement import Arrangement

if TYPE_CHECKING:
    from tpm_desktop.ui.canvas.view import MapView

ARROWS = (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down)


def move_selection(view: MapView, event: QKeyEvent) -> bool:
    """Handle an arrow key: select the neighbouring card (Shift adds it); False otherwise."""
    scene, selection = view.map_scene, view.selection
    if event.key() not in ARROWS or scene is None or selection is None:
        return False
    target = neighbour(scene.arrangement, selection.current, event.key())
    if target is not None:
        ids = selection.ids
        extend = event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        view.select([target, *(i for i in ids if i != target)] if extend else [target])
        view.reveal(target)
    return True


def neighbour(arrangement: Arrangement, current: int | None, key: int) -> int | None:
    """The card an arrow key moves to from `current` (the first card when there is none)."""
    shown = arrangement.shown_ids()
    if not shown:
        return None
    cell = arrangement.cell_of(current) if current is not None else None
    index = arrangement.index_of(current) if current is not None else None
    if cell is None or index is None:
        return shown[0]
    row_ids = [lane.id for lane in arrangement.rows]
    column_ids = [lane.id for lane in arrangement.columns]
    row, column = row_ids.index(cell[0]), column_ids.index(cell[1])
    cards = arrangement.cards(cell)
    if key == Qt.Key.Key_Up:
        if index > 0:
            return cards[index - 1]
        for r in range(row - 1, -1, -1):
            above = arrangement.cards((row_ids[r], cell[1]))
            if above:
                return above[-1]
        return current
    if key == Qt.Key.Key_Down:
        if index + 1 < len(cards):
            return cards[index + 1]
        for r in range(row + 1, len(row_ids)):
            below = arrangement.cards((row_ids[r], cell[1]))
            if below:
                return below[0]
        return current
    step = -1 if key == Qt.Key.Key_Left else 1
    c = column + step
    while 0 <= c < len(column_ids):
        beside = arrangement.cards((cell[0], column_ids[c]))
        if beside:
            return beside[min(index, len(beside) - 1)]
        c += step
    return current

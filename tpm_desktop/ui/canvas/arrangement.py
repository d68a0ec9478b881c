"""Which card sits where on the map: cells, display order, filtering and hit tests.

This is the canvas's bookkeeping, kept free of Qt: it follows the state through
`update(ids)`, touching only the cells those touchpoints leave or enter, and
answers geometric questions (the card under a point, the cards in a rectangle,
where a drop lands) from `core.geometry`, so the scene never searches its items.
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Callable, Collection, Iterable, Iterator
from dataclasses import dataclass, field

from tpm_desktop.core.axes import Cell, MapAxes, hidden_rank
from tpm_desktop.core.enums import ChannelKind, Dimension
from tpm_desktop.core.geometry import GridLayout, GridMetrics, LaneSpec, Rect, compute_layout
from tpm_desktop.core.model import Channel, Touchpoint
from tpm_desktop.core.state import LANE_FIELDS, ProjectState

# Lane names can be huge in a received file; nothing longer reaches text layout.
MAX_LABEL_CHARS = 200
PHASE_COLOUR = "#7b8794"

Filter = Callable[[Touchpoint], bool]


def card_offset(metrics: GridMetrics, index: int) -> tuple[float, float]:
    """Where the card at `index` of a cell lies, relative to the cell's top left corner.

    The same as `GridLayout.card_rect`, without building a rectangle (hot paths).
    """
    line, slot = divmod(index, metrics.cards_per_row)
    return (
        metrics.cell_padding + slot * (metrics.card_width + metrics.card_gap),
        metrics.cell_padding + line * (metrics.card_height + metrics.card_gap),
    )


def lane_specs(state: ProjectState, dimension: Dimension) -> list[LaneSpec]:
    """The lanes of a dimension as the geometry sees them (channels grouped online/offline)."""
    specs: list[LaneSpec] = []
    for lane in state.lanes(dimension):
        group = None
        if isinstance(lane, Channel):
            group = "online" if lane.kind is ChannelKind.ONLINE else "offline"
        colour = getattr(lane, "color", PHASE_COLOUR)
        specs.append(LaneSpec(lane.id, lane.name[:MAX_LABEL_CHARS], colour, group))
    return specs


@dataclass(slots=True)
class Update:
    """What an update changed, so the scene touches only that."""

    cells: set[Cell] = field(default_factory=set)  # cells whose cards must be placed again
    removed: set[int] = field(default_factory=set)  # cards that no longer exist
    rows: set[int] = field(default_factory=set)  # row lanes whose box moved or grew
    size_changed: bool = False


class Arrangement:
    """The cards of every visible cell in display order, and the grid's layout."""

    def __init__(
        self,
        state: ProjectState,
        axes: MapAxes,
        metrics: GridMetrics,
        accept: Filter | None = None,
    ) -> None:
        self.state = state
        self.axes = axes
        self.metrics = metrics
        self._accept = accept
        self._cells: dict[Cell, list[int]] = {}
        self._shown: dict[Cell, list[int]] = {}
        self._cell_of: dict[int, Cell] = {}
        self._visible: set[int] = set()
        self._row_fullest: dict[int, int] = {}
        # Chips zoomed out: a cell shows at most `cap` slots, the last one "+N" for the rest.
        self.cap: int | None = None
        self.expanded: set[Cell] = set()  # cells that show all their chips anyway
        self._folded: dict[Cell, list[int]] = {}
        self.rows: list[LaneSpec] = []
        self.columns: list[LaneSpec] = []
        self.layout: GridLayout = compute_layout([], [], {}, metrics)
        self.rebuild()

    # -- building ------------------------------------------------------------------

    def rebuild(self) -> None:
        """Arrange every card afresh (open, axes, lanes or filter changed)."""
        state, axes = self.state, self.axes
        self.rows = lane_specs(state, axes.rows)
        self.columns = lane_specs(state, axes.columns)
        self._rank = hidden_rank(state, axes)
        row_ids = {lane.id for lane in self.rows}
        column_ids = {lane.id for lane in self.columns}
        cells: dict[Cell, list[int]] = {}
        cell_of: dict[int, Cell] = {}
        row_field, column_field = LANE_FIELDS[axes.rows], LANE_FIELDS[axes.columns]
        for touchpoint in state.touchpoints.values():
            cell = (getattr(touchpoint, row_field), getattr(touchpoint, column_field))
            if cell[0] in row_ids and cell[1] in column_ids:
                cells.setdefault(cell, []).append(touchpoint.id)
                cell_of[touchpoint.id] = cell
        self._cells, self._cell_of = cells, cell_of
        self._shown = {}
        self._folded = {}
        self._visible = set()
        for cell, ids in cells.items():
            self._sort(ids)
            self._refresh_shown(cell)
        self.layout = self._compute()

    def set_filter(self, accept: Filter | None) -> None:
        """Show only the cards `accept` lets through (None shows all)."""
        self._accept = accept
        self._refresh_all()

    def set_compact(self, metrics: GridMetrics, cap: int | None) -> None:
        """Arrange with other card sizes, `cap` slots per cell at most (None: no limit)."""
        self.metrics, self.cap = metrics, cap
        if cap is None:
            self.expanded = set()
        self._refresh_all()

    def size_with(self, metrics: GridMetrics) -> tuple[float, float]:
        """Width and height of the grid with other card sizes and every card shown."""
        counts = {c: len(ids) + len(self._folded.get(c, ())) for c, ids in self._shown.items()}
        layout = compute_layout(self.rows, self.columns, counts, metrics)
        return layout.width, layout.height

    def set_expanded(self, cell: Cell, expanded: bool) -> None:
        """Show all chips of a cell, or fold them behind "+N" again."""
        if expanded:
            self.expanded.add(cell)
        else:
            self.expanded.discard(cell)
        self._refresh_all()

    def _refresh_all(self) -> None:
        self._visible = set()
        self._shown = {}
        self._folded = {}
        for cell in self._cells:
            self._refresh_shown(cell)
        self.layout = self._compute()

    def update(self, ids: Iterable[int]) -> Update:
        """Follow changes of the given touchpoints (added, changed or removed)."""
        result = Update()
        touchpoints = self.state.touchpoints
        row_ids = {lane.id for lane in self.rows}
        column_ids = {lane.id for lane in self.columns}
        for touchpoint_id in ids:
            old = self._cell_of.get(touchpoint_id)
            touchpoint = touchpoints.get(touchpoint_id)
            new = None if touchpoint is None else self.axes.cell_of(touchpoint)
            if new is not None and (new[0] not in row_ids or new[1] not in column_ids):
                new = None
            if old is not None and old != new:
                self._cells[old].remove(touchpoint_id)
                if not self._cells[old]:
                    del self._cells[old]
                result.cells.add(old)
                del self._cell_of[touchpoint_id]
            if new is None:
                self._visible.discard(touchpoint_id)
                result.removed.add(touchpoint_id)
                continue
            if old != new:
                self._cells.setdefault(new, []).append(touchpoint_id)
                self._cell_of[touchpoint_id] = new
            result.cells.add(new)
        # Two passes: a card that changed cells must end up visible from its new one.
        for cell in result.cells:
            self._visible.difference_update(self._shown.get(cell, ()))
        for cell in result.cells:
            ids_in_cell = self._cells.get(cell)
            if ids_in_cell:
                self._sort(ids_in_cell)
            self._refresh_shown(cell)
        old_layout = self.layout
        affected_rows = {cell[0] for cell in result.cells}
        fullest = {row: self._fullest(row) for row in affected_rows}
        if fullest != {row: self._row_fullest.get(row, 0) for row in affected_rows}:
            # A row grows or shrinks only when its fullest cell changes size.
            self._row_fullest.update(fullest)
            self.layout = self._compute()
        for old_box, new_box in zip(old_layout.rows, self.layout.rows, strict=True):
            if old_box.start != new_box.start or old_box.size != new_box.size:
                result.rows.add(new_box.lane.id)
        result.size_changed = (old_layout.width, old_layout.height) != (
            self.layout.width,
            self.layout.height,
        )
        return result

    def _fullest(self, row_id: int) -> int:
        return max((self.slots((row_id, column.id)) for column in self.columns), default=0)

    def slots(self, cell: Cell) -> int:
        """How many card places the cell takes: its shown cards and a "+N" or "fewer" chip."""
        count = len(self._shown.get(cell, ()))
        if cell in self._folded or (self.cap is not None and cell in self.expanded and count):
            count += 1
        return count

    def _sort(self, ids: list[int]) -> None:
        touchpoints, rank = self.state.touchpoints, self._rank
        hidden = LANE_FIELDS[self.axes.hidden]

        def key(touchpoint_id: int) -> tuple[int, int, int]:
            # = core.axes.card_sort_key, inlined: this runs for every card of a cell.
            touchpoint = touchpoints[touchpoint_id]
            return (rank.get(getattr(touchpoint, hidden), 0), touchpoint.position, touchpoint_id)

        ids.sort(key=key)

    def _refresh_shown(self, cell: Cell) -> None:
        ids = self._cells.get(cell, [])
        accept = self._accept
        if accept is None:
            shown = list(ids)
        else:
            touchpoints = self.state.touchpoints
            shown = [i for i in ids if accept(touchpoints[i])]
        cap = self.cap
        self._folded.pop(cell, None)
        if cap is not None and len(shown) > cap and cell not in self.expanded:
            self._folded[cell] = shown[cap - 1 :]
            shown = shown[: cap - 1]
        if shown:
            self._shown[cell] = shown
            self._visible.update(shown)
        else:
            self._shown.pop(cell, None)

    def _compute(self) -> GridLayout:
        counts = {cell: self.slots(cell) for cell in self._shown}
        self._row_fullest = {}
        for (row_id, _), count in counts.items():
            if count > self._row_fullest.get(row_id, 0):
                self._row_fullest[row_id] = count
        return compute_layout(self.rows, self.columns, counts, self.metrics)

    # -- reading -------------------------------------------------------------------

    def cards(self, cell: Cell) -> list[int]:
        """The shown cards of a cell, in display order."""
        return self._shown.get(cell, [])

    def all_cards(self, cell: Cell) -> list[int]:
        """Every card of a cell, filtered out or not, in display order."""
        return self._cells.get(cell, [])

    def cells(self) -> Iterator[tuple[Cell, list[int]]]:
        """(cell, shown cards) for every cell that shows cards."""
        return iter(self._shown.items())

    def folded(self, cell: Cell) -> list[int]:
        """The cards of a cell behind its "+N" chip, in display order."""
        return self._folded.get(cell, [])

    def is_folded(self, touchpoint_id: int) -> bool:
        """True when the card passes the filter but waits behind a "+N" chip."""
        cell = self._cell_of.get(touchpoint_id)
        return cell is not None and touchpoint_id in self._folded.get(cell, ())

    def toggle_rects(self) -> Iterator[tuple[Cell, Rect, int]]:
        """(cell, rectangle, folded count) of each "+N" chip; count 0 for a "fewer" chip."""
        layout = self.layout
        for cell, shown in self._shown.items():
            folded = self._folded.get(cell)
            if folded or (self.cap is not None and cell in self.expanded):
                yield cell, layout.card_rect(cell[0], cell[1], len(shown)), len(folded or ())

    def toggle_at(self, x: float, y: float) -> Cell | None:
        """The cell whose "+N" (or "fewer") chip lies under a point."""
        cell = self.layout.cell_at(x, y)
        if cell is None or cell not in self._shown:
            return None
        if cell not in self._folded and not (self.cap is not None and cell in self.expanded):
            return None
        rect = self.layout.card_rect(cell[0], cell[1], len(self._shown[cell]))
        return cell if rect.contains(x, y) else None

    def cell_of(self, touchpoint_id: int) -> Cell | None:
        """The cell a card belongs to (whether shown or not)."""
        return self._cell_of.get(touchpoint_id)

    def is_shown(self, touchpoint_id: int) -> bool:
        """True when the card is on the map and not filtered out."""
        return touchpoint_id in self._visible

    @property
    def shown_count(self) -> int:
        """How many cards pass the filter (those behind a "+N" chip included)."""
        return len(self._visible) + sum(len(ids) for ids in self._folded.values())

    def shown_ids(self) -> list[int]:
        """Every shown card, row by row and column by column, in display order."""
        ordered: list[int] = []
        for row in self.rows:
            for column in self.columns:
                ordered += self._shown.get((row.id, column.id), [])
        return ordered

    def index_of(self, touchpoint_id: int) -> int | None:
        """The card's index among the shown cards of its cell."""
        cell = self._cell_of.get(touchpoint_id)
        if cell is None or touchpoint_id not in self._visible:
            return None
        return self._shown[cell].index(touchpoint_id)

    def card_rect(self, touchpoint_id: int) -> Rect | None:
        """Where a shown card lies on the map."""
        index = self.index_of(touchpoint_id)
        if index is None:
            return None
        cell = self._cell_of[touchpoint_id]
        return self.layout.card_rect(cell[0], cell[1], index)

    def card_at(self, x: float, y: float) -> int | None:
        """The shown card under a point, or None."""
        cell = self.layout.cell_at(x, y)
        if cell is None:
            return None
        shown = self._shown.get(cell)
        if not shown:
            return None
        m = self.metrics
        box = self.layout.cell_rect(*cell)
        line = math.floor((y - box.y - m.cell_padding) / (m.card_height + m.card_gap))
        slot = math.floor((x - box.x - m.cell_padding) / (m.card_width + m.card_gap))
        if line < 0 or not 0 <= slot < m.cards_per_row:
            return None
        index = line * m.cards_per_row + slot
        if index >= len(shown):
            return None
        return shown[index] if self.layout.card_rect(*cell, index).contains(x, y) else None

    def cards_in(self, x0: float, y0: float, x1: float, y1: float) -> list[int]:
        """Shown cards that intersect a rectangle, in display order."""
        left, right = min(x0, x1), max(x0, x1)
        top, bottom = min(y0, y1), max(y0, y1)
        found: list[int] = []
        for row in _boxes_between(self.layout.rows, top, bottom):
            for column in _boxes_between(self.layout.columns, left, right):
                cell = (row.lane.id, column.lane.id)
                for index, touchpoint_id in enumerate(self._shown.get(cell, ())):
                    r = self.layout.card_rect(cell[0], cell[1], index)
                    if r.x < right and r.right > left and r.y < bottom and r.bottom > top:
                        found.append(touchpoint_id)
        return found

    def drop_target(
        self, x: float, y: float, moving: Collection[int] = ()
    ) -> tuple[Cell, int, int] | None:
        """Where cards dropped at (x, y) go: (cell, index for the editor, shown index).

        The editor's index counts all cards of the cell without the moving ones
        (filtered-out cards included); the shown index says where the indicator
        goes among the shown cards.
        """
        cell = self.layout.cell_at(x, y)
        if cell is None:
            return None
        shown = self._shown.get(cell, [])
        at = self.layout.insertion_index(cell[0], cell[1], x, y, len(shown))
        staying = [i for i in self._cells.get(cell, []) if i not in moving]
        before = [i for i in shown[:at] if i not in moving]
        after = [i for i in shown[at:] if i not in moving]
        if before:
            index = staying.index(before[-1]) + 1
        elif after:
            index = staying.index(after[0])
        else:
            index = len(staying)
        return cell, index, len(before)

    def landing_index(
        self, cell: Cell, index: int, hidden_lanes: list[int], moving: Collection[int] = ()
    ) -> int:
        """The shown index where the first of the dropped cards will actually sit.

        Cards stay grouped by their lane of the hidden dimension (core.axes), so a
        card dropped below another group lands at the end of its own group.
        """
        rank = self._rank
        touchpoints = self.state.touchpoints
        hidden_field = LANE_FIELDS[self.axes.hidden]
        staying = [i for i in self._cells.get(cell, []) if i not in moving]
        entries: list[tuple[int, int | None]] = [
            (rank.get(getattr(touchpoints[i], hidden_field), 0), i) for i in staying
        ]
        new = [(rank.get(lane, 0), None) for lane in hidden_lanes]
        arranged = entries[:index] + new + entries[index:]
        arranged.sort(key=lambda entry: entry[0])
        first = next(k for k, entry in enumerate(arranged) if entry[1] is None)
        shown = set(self._shown.get(cell, ()))
        return sum(1 for _, i in arranged[:first] if i in shown)


def _boxes_between(boxes: tuple, low: float, high: float) -> list:
    starts = [box.start for box in boxes]
    first = max(bisect.bisect_right(starts, low) - 1, 0)
    result = []
    for box in boxes[first:]:
        if box.start >= high:
            break
        if box.end > low:
            result.append(box)
    return result

"""Grid geometry of the touchpoint map: cells to rectangles and back.

A pure function of the lanes and the number of cards per cell, shared by the
canvas (in pixels) and the PDF report (in points), so both draw the same map.
The layout has frozen header areas at the top and on the left:

    +------+------+------------------------------+
    |      |      | band (e.g. Online | Offline) |   band_size (only with groups)
    |      |      +------------------------------+
    |      |      | column headers               |   column_header_height
    +------+------+------------------------------+
    | band | row  | cells ...                    |
    |      | hdrs |                              |

Card positions are never stored: a card's rectangle follows from its cell and
its index in the cell's order. Rows grow to fit their fullest cell.
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

Cell = tuple[int, int]


@dataclass(frozen=True, slots=True)
class Rect:
    """An axis-aligned rectangle."""

    x: float
    y: float
    width: float
    height: float

    @property
    def right(self) -> float:
        """x + width."""
        return self.x + self.width

    @property
    def bottom(self) -> float:
        """y + height."""
        return self.y + self.height

    @property
    def centre_x(self) -> float:
        """The horizontal middle."""
        return self.x + self.width / 2

    def contains(self, px: float, py: float) -> bool:
        """True when the point lies inside (left/top edges included)."""
        return self.x <= px < self.right and self.y <= py < self.bottom


@dataclass(frozen=True, slots=True)
class GridMetrics:
    """Sizes of the grid's parts, in the caller's unit (pixels or points)."""

    card_width: float = 136.0
    card_height: float = 58.0
    card_gap: float = 6.0
    cell_padding: float = 8.0
    cards_per_row: int = 1
    row_header_width: float = 168.0
    column_header_height: float = 46.0
    band_size: float = 22.0
    min_cell_height: float = 74.0

    @property
    def column_width(self) -> float:
        """Width of one column lane."""
        k = self.cards_per_row
        return 2 * self.cell_padding + k * self.card_width + (k - 1) * self.card_gap

    def cell_height(self, count: int) -> float:
        """Height a cell needs for `count` cards."""
        lines = math.ceil(count / self.cards_per_row) if count else 0
        needed = (
            2 * self.cell_padding + lines * self.card_height + max(lines - 1, 0) * self.card_gap
        )
        return max(self.min_cell_height, needed)


@dataclass(frozen=True, slots=True)
class LaneSpec:
    """A lane as the geometry sees it: id, label, colour, optional group (online/offline)."""

    id: int
    label: str
    color: str = "#888888"
    group: str | None = None


@dataclass(frozen=True, slots=True)
class LaneBox:
    """Where a lane lies along its axis."""

    lane: LaneSpec
    start: float
    size: float

    @property
    def end(self) -> float:
        """start + size."""
        return self.start + self.size


@dataclass(frozen=True, slots=True)
class Band:
    """A run of consecutive lanes sharing a group, such as the Online channels."""

    group: str
    start: float
    size: float
    lane_ids: tuple[int, ...]


@dataclass(frozen=True)
class GridLayout:
    """The computed map: lane positions, bands and overall size."""

    metrics: GridMetrics
    rows: tuple[LaneBox, ...]
    columns: tuple[LaneBox, ...]
    row_bands: tuple[Band, ...]
    column_bands: tuple[Band, ...]
    origin_x: float
    origin_y: float
    width: float
    height: float
    _row_index: dict[int, LaneBox] = field(repr=False, default_factory=dict)
    _column_index: dict[int, LaneBox] = field(repr=False, default_factory=dict)
    # rows whose cards differ from `metrics` (the printed overview); none on the canvas
    _row_metrics: dict[int, GridMetrics] = field(repr=False, default_factory=dict)

    # -- lookups --------------------------------------------------------------

    def row(self, row_id: int) -> LaneBox:
        """The box of a row lane."""
        return self._row_index[row_id]

    def column(self, column_id: int) -> LaneBox:
        """The box of a column lane."""
        return self._column_index[column_id]

    def cell_rect(self, row_id: int, column_id: int) -> Rect:
        """The rectangle of one cell."""
        row, column = self._row_index[row_id], self._column_index[column_id]
        return Rect(column.start, row.start, column.size, row.size)

    def row_metrics(self, row_id: int) -> GridMetrics:
        """The card sizes of a row: its own, or the layout's."""
        return self._row_metrics.get(row_id, self.metrics)

    def card_rect(self, row_id: int, column_id: int, index: int) -> Rect:
        """The rectangle of the card at `index` in a cell's order."""
        cell = self.cell_rect(row_id, column_id)
        m = self.row_metrics(row_id)
        line, slot = divmod(index, m.cards_per_row)
        return Rect(
            cell.x + m.cell_padding + slot * (m.card_width + m.card_gap),
            cell.y + m.cell_padding + line * (m.card_height + m.card_gap),
            m.card_width,
            m.card_height,
        )

    def row_header_rect(self, row_id: int) -> Rect:
        """The header of a row lane (left of the cells)."""
        row = self._row_index[row_id]
        width = self.metrics.row_header_width
        return Rect(self.origin_x - width, row.start, width, row.size)

    def column_header_rect(self, column_id: int) -> Rect:
        """The header of a column lane (above the cells)."""
        column = self._column_index[column_id]
        height = self.metrics.column_header_height
        return Rect(column.start, self.origin_y - height, column.size, height)

    def column_band_rect(self, band: Band) -> Rect:
        """The band above a run of column headers."""
        return Rect(band.start, 0.0, band.size, self.metrics.band_size)

    def row_band_rect(self, band: Band) -> Rect:
        """The band left of a run of row headers."""
        return Rect(0.0, band.start, self.metrics.band_size, band.size)

    # -- hit tests ------------------------------------------------------------

    def row_at(self, y: float) -> int | None:
        """The row lane at height y, or None."""
        return _lane_at(self.rows, y)

    def column_at(self, x: float) -> int | None:
        """The column lane at x, or None."""
        return _lane_at(self.columns, x)

    def cell_at(self, x: float, y: float) -> Cell | None:
        """The cell under a point of the cell area, or None outside the grid."""
        if x < self.origin_x or y < self.origin_y:
            return None
        row, column = self.row_at(y), self.column_at(x)
        if row is None or column is None:
            return None
        return row, column

    def insertion_index(self, row_id: int, column_id: int, x: float, y: float, count: int) -> int:
        """Where a card dropped at (x, y) goes among `count` cards of the cell."""
        cell = self.cell_rect(row_id, column_id)
        m = self.metrics
        pitch_y = m.card_height + m.card_gap
        line = max(0, math.floor((y - cell.y - m.cell_padding + m.card_gap / 2) / pitch_y))
        centre_line = cell.y + m.cell_padding + line * pitch_y + m.card_height / 2
        if m.cards_per_row == 1:
            index = line + (1 if y > centre_line else 0)
        else:
            pitch_x = m.card_width + m.card_gap
            slot = 0
            while slot < m.cards_per_row:
                centre = cell.x + m.cell_padding + slot * pitch_x + m.card_width / 2
                if x < centre:
                    break
                slot += 1
            index = line * m.cards_per_row + slot
        return max(0, min(count, index))


def _lane_at(boxes: Sequence[LaneBox], coordinate: float) -> int | None:
    starts = [box.start for box in boxes]
    position = bisect.bisect_right(starts, coordinate) - 1
    if position < 0:
        return None
    box = boxes[position]
    return box.lane.id if coordinate < box.end else None


def _bands(boxes: Sequence[LaneBox]) -> tuple[Band, ...]:
    bands: list[Band] = []
    for box in boxes:
        group = box.lane.group
        if group is None:
            continue
        if (
            bands
            and bands[-1].group == group
            and math.isclose(bands[-1].start + bands[-1].size, box.start)
        ):
            last = bands[-1]
            bands[-1] = Band(group, last.start, last.size + box.size, (*last.lane_ids, box.lane.id))
        else:
            bands.append(Band(group, box.start, box.size, (box.lane.id,)))
    return tuple(bands)


def compute_layout(
    rows: Sequence[LaneSpec],
    columns: Sequence[LaneSpec],
    counts: Mapping[Cell, int],
    metrics: GridMetrics | None = None,
    row_metrics: Mapping[int, GridMetrics] | None = None,
) -> GridLayout:
    """Lay out the grid for the given lanes and card counts per (row id, column id).

    `row_metrics` gives some rows cards of their own height (same widths and
    column sizes as `metrics`); the others use `metrics`.
    """
    m = metrics or GridMetrics()
    own = dict(row_metrics or {})
    has_column_bands = any(lane.group for lane in columns)
    has_row_bands = any(lane.group for lane in rows)
    origin_x = m.row_header_width + (m.band_size if has_row_bands else 0.0)
    origin_y = m.column_header_height + (m.band_size if has_column_bands else 0.0)

    column_boxes: list[LaneBox] = []
    x = origin_x
    for lane in columns:
        column_boxes.append(LaneBox(lane, x, m.column_width))
        x += m.column_width

    fullest: dict[int, int] = {}
    for (row_id, _), count in counts.items():
        if count > fullest.get(row_id, 0):
            fullest[row_id] = count
    row_boxes: list[LaneBox] = []
    y = origin_y
    for lane in rows:
        height = own.get(lane.id, m).cell_height(fullest.get(lane.id, 0))
        row_boxes.append(LaneBox(lane, y, height))
        y += height

    return GridLayout(
        metrics=m,
        rows=tuple(row_boxes),
        columns=tuple(column_boxes),
        row_bands=_bands(row_boxes),
        column_bands=_bands(column_boxes),
        origin_x=origin_x,
        origin_y=origin_y,
        width=x,
        height=y,
        _row_index={box.lane.id: box for box in row_boxes},
        _column_index={box.lane.id: box for box in column_boxes},
        _row_metrics=own,
    )


def map_y(old: GridLayout, new: GridLayout, y: float) -> float:
    """The height in `new` of what lies at `y` in `old`: same row, same share of it.

    For a switch between card sizes (cards and chips) that keeps the rows and
    lanes but not their heights; the headers above the rows keep their place.
    """
    if y < old.origin_y or not old.rows:
        return y
    box = next((b for b in old.rows if b.start <= y < b.end), old.rows[-1])
    share = min(1.0, (y - box.start) / box.size) if box.size > 0 else 0.0
    try:
        target = new.row(box.lane.id)
    except KeyError:
        return y * new.height / max(old.height, 1.0)
    return target.start + share * target.size

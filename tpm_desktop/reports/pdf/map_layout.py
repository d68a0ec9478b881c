"""How the touchpoint map is cut into pages that stay legible.

Departments are rows and channels columns, grouped into the Online and Offline
bands; cards in a cell follow the journey phases. The grid comes from
`core.geometry.compute_layout` (in points), the same geometry the canvas uses.
When the columns do not fit at a legible width they are split into groups
(preferably at the Online/Offline boundary); when the rows do not fit, they
continue on further pages, and a cell too full for one page continues in a
slice of its row on the next. Every page repeats its row and column headers.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from tpm_desktop.core.axes import MapAxes, arrange
from tpm_desktop.core.enums import Dimension
from tpm_desktop.core.geometry import GridLayout, GridMetrics, LaneSpec, compute_layout
from tpm_desktop.core.model import Channel, Department, Touchpoint
from tpm_desktop.reports.pdf import fonts
from tpm_desktop.reports.pdf.figures import ReportData
from tpm_desktop.reports.pdf.safe import line
from tpm_desktop.reports.pdf.textblock import fit_lines

NAME_SIZE = 6.5  # no text on the map is smaller than 6 pt
NAME_LEADING = 7.5
META_SIZE = 6.0
META_WIDTH = 16.0  # the right column of a card: value on top, phase (and star) below
HEADER_SIZE = 6.5
HEADER_LEADING = 7.6
ROW_NAME_SIZE = 7.0
ROW_NAME_LEADING = 8.4
CARD_PAD = 2.5
CELL_PAD = 3.0
CARD_GAP = 2.5
BAND = 13.0
MIN_COLUMN = 66.0
MAX_COLUMN = 132.0
MIN_CARD = 78.0
MAX_NAME_LINES = 3
TITLE_ROOM = 30.0  # the section heading or the continuation title
LEGEND_ROOM = 40.0
BLOCK_GAP = 14.0  # between two blocks stacked on one page


@dataclass(frozen=True)
class RowPart:
    """A department row on one page: all of it, or a slice when it is too tall."""

    key: int  # id of the row in this page's layout
    department: Department
    first_card: int  # index of the first card of every cell shown in this part
    part: int
    parts: int
    total: int  # the department's touchpoints in this page's columns
    whole: int = 0  # all the department's touchpoints on the map


@dataclass(frozen=True)
class MapBlock:
    """A piece of the map with its own headers: a group of columns and some rows."""

    layout: GridLayout
    rows: tuple[RowPart, ...]
    columns: tuple[Channel, ...]
    cells: dict[tuple[int, int], tuple[Touchpoint, ...]]  # (row key, channel id) -> cards
    names: dict[int, tuple[str, ...]]  # touchpoint id -> wrapped name lines
    column_lines: dict[int, tuple[str, ...]]  # channel id -> wrapped header lines


@dataclass(frozen=True)
class MapPlan:
    """The map's pages, each a stack of blocks, and the sizes they share."""

    pages: tuple[tuple[MapBlock, ...], ...]
    card_height: float


def _column_groups(channels: Sequence[Channel], capacity: int) -> list[list[Channel]]:
    """Columns in groups of at most `capacity`, cut at the online/offline edge when possible."""
    if len(channels) <= capacity:
        return [list(channels)]
    runs: list[list[Channel]] = []
    for channel in channels:
        if runs and runs[-1][-1].kind == channel.kind:
            runs[-1].append(channel)
        else:
            runs.append([channel])
    groups: list[list[Channel]] = []
    for run in runs:
        pieces = math.ceil(len(run) / capacity)
        size = math.ceil(len(run) / pieces)
        for start in range(0, len(run), size):
            chunk = run[start : start + size]
            if groups and len(groups[-1]) + len(chunk) <= capacity:
                groups[-1].extend(chunk)
            else:
                groups.append(list(chunk))
    return groups


def plan_map(data: ReportData, width: float, height: float, kind_label: dict[str, str]) -> MapPlan:
    """Cut the map into pages for a content frame of `width` x `height` points."""
    channels: list[Channel] = list(data.channels)
    departments: list[Department] = list(data.departments)
    cells = arrange(data.state, MapAxes(Dimension.DEPARTMENT, Dimension.CHANNEL))
    if not channels or not departments:
        return MapPlan((), 0.0)

    row_header = max(78.0, min(118.0, width * 0.12))
    usable = width - row_header
    groups = _column_groups(channels, max(1, int(usable // MIN_COLUMN)))
    column = min(MAX_COLUMN, usable / max(len(g) for g in groups))
    per_row = max(1, min(3, int((column - 2 * CELL_PAD + CARD_GAP) // (MIN_CARD + CARD_GAP))))
    card_width = (column - 2 * CELL_PAD - (per_row - 1) * CARD_GAP) / per_row
    text_width = card_width - 2 * CARD_PAD - META_WIDTH - 2

    names = {
        tp.id: tuple(
            fit_lines(line(tp.name, 200), fonts.REGULAR, NAME_SIZE, text_width, MAX_NAME_LINES)
        )
        for tp in data.touchpoints
    }
    name_lines = max(2, max((len(v) for v in names.values()), default=1))
    card_height = 2 * CARD_PAD + name_lines * NAME_LEADING
    column_lines = {
        c.id: tuple(fit_lines(line(c.name, 120), fonts.BOLD, HEADER_SIZE, column - 6, 3))
        for c in channels
    }
    column_header = max(len(v) for v in column_lines.values()) * HEADER_LEADING + 9
    metrics = GridMetrics(
        card_width=card_width,
        card_height=card_height,
        card_gap=CARD_GAP,
        cell_padding=CELL_PAD,
        cards_per_row=per_row,
        row_header_width=row_header,
        column_header_height=column_header,
        band_size=BAND,
        min_cell_height=max(card_height + 2 * CELL_PAD, 4 * ROW_NAME_LEADING + 8),
    )
    room = height - TITLE_ROOM - LEGEND_ROOM  # for blocks, headers included
    row_room = room - BAND - column_header
    lines_per_page = max(1, int((row_room - 2 * CELL_PAD + CARD_GAP) // (card_height + CARD_GAP)))
    per_slice = lines_per_page * per_row

    blocks: list[MapBlock] = []
    for group in groups:
        specs = [LaneSpec(c.id, c.name, c.color, kind_label.get(c.kind, c.kind)) for c in group]
        parts: list[RowPart] = []
        for department in departments:
            counts = [len(cells.get((department.id, c.id), ())) for c in group]
            whole = sum(len(cells.get((department.id, c.id), ())) for c in channels)
            slices = max(1, math.ceil(max(counts, default=0) / per_slice))
            parts += [
                RowPart(
                    len(parts) + i + 1,
                    department,
                    i * per_slice,
                    i + 1,
                    slices,
                    sum(counts),
                    whole,
                )
                for i in range(slices)
            ]
        chosen: list[RowPart] = []
        used = 0.0
        for part in parts:
            fullest = max(
                len(cells.get((part.department.id, c.id), [])[part.first_card :][:per_slice])
                for c in group
            )
            needed = metrics.cell_height(fullest)
            if chosen and used + needed > row_room:
                blocks.append(
                    _block(chosen, group, cells, per_slice, metrics, specs, names, column_lines)
                )
                chosen, used = [], 0.0
            chosen.append(part)
            used += needed
        if chosen:
            blocks.append(
                _block(chosen, group, cells, per_slice, metrics, specs, names, column_lines)
            )

    # Stack blocks on pages: a small block joins the page before when it fits whole.
    pages: list[list[MapBlock]] = []
    used = 0.0
    for block in blocks:
        if pages and used + BLOCK_GAP + block.layout.height <= room:
            pages[-1].append(block)
            used += BLOCK_GAP + block.layout.height
        else:
            pages.append([block])
            used = block.layout.height
    return MapPlan(tuple(tuple(page) for page in pages), card_height)


def _block(
    rows: list[RowPart],
    group: list[Channel],
    cells: dict[tuple[int, int], list[Touchpoint]],
    per_slice: int,
    metrics: GridMetrics,
    specs: list[LaneSpec],
    names: dict[int, tuple[str, ...]],
    column_lines: dict[int, tuple[str, ...]],
) -> MapBlock:
    shown: dict[tuple[int, int], tuple[Touchpoint, ...]] = {}
    for part in rows:
        for channel in group:
            cards = cells.get((part.department.id, channel.id), [])
            chosen = tuple(cards[part.first_card : part.first_card + per_slice])
            if chosen:
                shown[(part.key, channel.id)] = chosen
    row_specs = [LaneSpec(p.key, p.department.name, p.department.color) for p in rows]
    counts = {cell: len(cards) for cell, cards in shown.items()}
    return MapBlock(
        layout=compute_layout(row_specs, specs, counts, metrics),
        rows=tuple(rows),
        columns=tuple(group),
        cells=shown,
        names={tp.id: names[tp.id] for cards in shown.values() for tp in cards},
        column_lines={c.id: column_lines[c.id] for c in group},
    )

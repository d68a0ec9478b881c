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
from tpm_desktop.reports.pdf.textblock import fit_lines, fit_lines_after_first

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
class MapStyle:
    """The type sizes and spacing of one kind of map drawing (points)."""

    name_size: float = NAME_SIZE
    name_leading: float = NAME_LEADING
    meta_size: float = META_SIZE
    meta_width: float = META_WIDTH
    header_size: float = HEADER_SIZE
    header_leading: float = HEADER_LEADING
    row_name_size: float = ROW_NAME_SIZE
    row_name_leading: float = ROW_NAME_LEADING
    card_pad: float = CARD_PAD
    cell_pad: float = CELL_PAD
    card_gap: float = CARD_GAP
    band: float = BAND
    min_column: float = MIN_COLUMN
    max_column: float = MAX_COLUMN
    min_card: float = MIN_CARD
    max_name_lines: int = MAX_NAME_LINES
    min_name_lines: int = 2
    row_name_lines: int = 4  # the department's name in its header, at most
    row_min_lines: int = 4  # room for that many name lines in every row
    show_value: bool = True  # the colour's figure top right; the phase is always shown


DETAILED = MapStyle()
# The whole map on one sheet: tighter, one card per cell line, the phase but no
# figure on a card (the colour shows it), and still nothing under 6 pt.
OVERVIEW = MapStyle(
    name_size=6.0,
    name_leading=6.6,
    meta_size=6.0,
    meta_width=9.0,
    header_size=6.0,
    header_leading=6.9,
    row_name_size=6.5,
    row_name_leading=7.4,
    card_pad=1.3,
    cell_pad=1.5,
    card_gap=1.0,
    band=10.0,
    min_column=50.0,
    max_column=150.0,
    min_card=10_000.0,  # one card per line: a second would leave no room for a name
    max_name_lines=3,
    min_name_lines=1,
    row_name_lines=3,
    row_min_lines=2,
    show_value=False,
)


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
    style: MapStyle = DETAILED


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


@dataclass(frozen=True)
class _Sizes:
    """What a column width makes of the cards: their geometry and wrapped texts."""

    metrics: GridMetrics
    names: dict[int, tuple[str, ...]]
    column_lines: dict[int, tuple[str, ...]]


def _sizes(
    data: ReportData,
    channels: Sequence[Channel],
    column: float,
    row_header: float,
    style: MapStyle,
    name_lines: int,
    wrap_names: bool = True,
    touchpoints: Sequence[Touchpoint] | None = None,
) -> _Sizes:
    """Cards, names and headers for columns `column` points wide.

    Without `wrap_names` the cards are as tall as `name_lines` lines, the most
    the names could take (a quick test whether the map fits at all). Only the
    names of `touchpoints` are wrapped when given.
    """
    per_row = max(
        1,
        min(
            3,
            int(
                (column - 2 * style.cell_pad + style.card_gap) // (style.min_card + style.card_gap)
            ),
        ),
    )
    card_width = (column - 2 * style.cell_pad - (per_row - 1) * style.card_gap) / per_row
    text_width = card_width - 2 * style.card_pad - style.meta_width - 2
    # Without the figure only the first line shares its width with the phase.
    wide = text_width if style.show_value else card_width - 2 * style.card_pad
    names = {
        tp.id: tuple(
            fit_lines_after_first(
                line(tp.name, 200), fonts.REGULAR, style.name_size, text_width, wide, name_lines
            )
        )
        for tp in ((data.touchpoints if touchpoints is None else touchpoints) if wrap_names else ())
    }
    used = max((len(v) for v in names.values()), default=1) if wrap_names else name_lines
    lines = max(style.min_name_lines, used)
    card_height = 2 * style.card_pad + lines * style.name_leading
    column_lines = {
        c.id: tuple(fit_lines(line(c.name, 120), fonts.BOLD, style.header_size, column - 6, 3))
        for c in channels
    }
    column_header = max(len(v) for v in column_lines.values()) * style.header_leading + 9
    # A row holds its department's name, and the count below it.
    row_name = style.row_min_lines * style.row_name_leading + 8
    metrics = GridMetrics(
        card_width=card_width,
        card_height=card_height,
        card_gap=style.card_gap,
        cell_padding=style.cell_pad,
        cards_per_row=per_row,
        row_header_width=row_header,
        column_header_height=column_header,
        band_size=style.band,
        min_cell_height=max(card_height + 2 * style.cell_pad, row_name),
    )
    return _Sizes(metrics, names, column_lines)


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
    sizes = _sizes(data, channels, column, row_header, DETAILED, MAX_NAME_LINES)
    metrics, names, column_lines = sizes.metrics, sizes.names, sizes.column_lines
    card_height, per_row = metrics.card_height, metrics.cards_per_row
    column_header = metrics.column_header_height
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
    style: MapStyle = DETAILED,
    row_metrics: dict[int, GridMetrics] | None = None,
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
        layout=compute_layout(row_specs, specs, counts, metrics, row_metrics),
        rows=tuple(rows),
        columns=tuple(group),
        cells=shown,
        names={tp.id: names[tp.id] for cards in shown.values() for tp in cards},
        column_lines={c.id: column_lines[c.id] for c in group},
        style=style,
    )


def plan_whole(
    data: ReportData,
    width: float,
    height: float,
    kind_label: dict[str, str],
    style: MapStyle = OVERVIEW,
    fewest_lines: int = 1,
) -> MapBlock | None:
    """The whole map as one block in a `width` x `height` frame, or None when it does not fit.

    Names get as many lines (up to the style's most, down to `fewest_lines`) as
    still let every row fit. A row's cards share one height; where the rows do
    not fit, a line is taken first from the rows with the most lines, among them
    from the row with the fullest cell, so the busiest rows give up lines first.
    """
    channels: list[Channel] = list(data.channels)
    departments: list[Department] = list(data.departments)
    if not channels or not departments:
        return None
    row_header = max(60.0, min(96.0, width * 0.075))
    column = min(style.max_column, (width - row_header) / len(channels))
    if column < style.min_column:
        return None
    cells = arrange(data.state, MapAxes(Dimension.DEPARTMENT, Dimension.CHANNEL))
    specs = [LaneSpec(c.id, c.name, c.color, kind_label.get(c.kind, c.kind)) for c in channels]
    parts = [
        RowPart(
            index + 1,
            department,
            0,
            1,
            1,
            sum(len(cells.get((department.id, c.id), ())) for c in channels),
        )
        for index, department in enumerate(departments)
    ]
    room = height - TITLE_ROOM - LEGEND_ROOM
    row_specs = [LaneSpec(p.key, p.department.name, p.department.color) for p in parts]
    counts = {
        (part.key, c.id): len(cells.get((part.department.id, c.id), ()))
        for part in parts
        for c in channels
    }
    fullest = {p.key: max(counts[(p.key, c.id)] for c in channels) for p in parts}
    # Cards as tall as n lines, before any name is wrapped: a quick test of the fit.
    probes = {
        n: _sizes(data, channels, column, row_header, style, n, wrap_names=False).metrics
        for n in range(1, style.max_name_lines + 1)
    }
    base = probes[max(style.min_name_lines, fewest_lines)]
    lines = {p.key: style.max_name_lines for p in parts}
    while (
        compute_layout(
            row_specs, specs, counts, base, {k: probes[n] for k, n in lines.items()}
        ).height
        > room
    ):
        shrinking = [k for k, n in lines.items() if n > fewest_lines and fullest[k]]
        if not shrinking:
            return None
        lines[max(shrinking, key=lambda k: (lines[k], fullest[k], -k))] -= 1
    names: dict[int, tuple[str, ...]] = {}
    own: dict[int, GridMetrics] = {}
    column_lines: dict[int, tuple[str, ...]] = {}
    for part in parts:
        touchpoints = [tp for c in channels for tp in cells.get((part.department.id, c.id), ())]
        sizes = _sizes(
            data, channels, column, row_header, style, lines[part.key], touchpoints=touchpoints
        )
        names.update(sizes.names)
        column_lines = sizes.column_lines
        own[part.key] = sizes.metrics  # as tall as the row's names need
    return _block(
        parts,
        channels,
        cells,
        len(data.touchpoints) + 1,
        base,
        specs,
        names,
        column_lines,
        style,
        own,
    )

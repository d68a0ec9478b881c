"""The map scene: a projection of the document onto cards, lane headers and a grid.

It listens to `document.changed` and touches only what a Delta names: the cards
of the touchpoints in it, the cells they leave and enter, and the rows that grow
or shrink (card rows are layers, so a row that moves is one setPos). Axes, lane
order and filters rebuild the arrangement. Items hold an id and a look, never data.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import date

from PySide6.QtCore import QCoreApplication, QRectF, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGraphicsScene

from tpm_desktop.core.axes import Cell, MapAxes
from tpm_desktop.core.enums import Dimension
from tpm_desktop.core.state import LANE_TYPES
from tpm_desktop.document.document import ProjectDocument
from tpm_desktop.document.selection import TouchpointSelection
from tpm_desktop.ui.canvas import style
from tpm_desktop.ui.canvas.arrangement import Arrangement, card_offset
from tpm_desktop.ui.canvas.card_item import RENDER, CardItem, qcolor
from tpm_desktop.ui.canvas.colours import Colouring, ColourMode, LegendEntry, mode_title
from tpm_desktop.ui.canvas.filters import MapFilter
from tpm_desktop.ui.canvas.header_items import (
    Z_COLUMN_HEADERS,
    Z_ROW_HEADERS,
    BandItem,
    CornerItem,
    LaneHeaderItem,
    Layer,
    dimension_title,
)
from tpm_desktop.ui.canvas.heat import HeatNumbers, heat_cells, toggles
from tpm_desktop.ui.canvas.looks import CardLook, card_look, phase_place
from tpm_desktop.ui.canvas.overview_item import OverviewItem, OverviewSource
from tpm_desktop.ui.canvas.scene_items import (
    Z_CARDS,
    DropIndicator,
    GhostItem,
    GridItem,
)
from tpm_desktop.ui.canvas.scene_sync import LANE_MODES, FollowsDocument

FADED = "#dfe3e8"


class MapScene(FollowsDocument, QGraphicsScene):
    """Cards, headers and grid of one open document."""

    geometry_changed = Signal()  # the grid's size or lanes changed
    cards_changed = Signal()  # cards moved, appeared, vanished or changed colour
    legend_changed = Signal()

    def __init__(
        self,
        document: ProjectDocument,
        selection: TouchpointSelection,
        mode: ColourMode = ColourMode.DEPARTMENT,
        map_filter: MapFilter | None = None,
    ) -> None:
        super().__init__()
        self.document = document
        self.selection = selection
        self.mode = mode
        self.filter = map_filter or MapFilter()
        self.axes = MapAxes.of(document.state)
        self.today = date.today()
        self.overview_mode = False
        self.pinned = (0.0, 0.0)
        self.visible: QRectF | None = None
        self._fills: dict[str, QColor] = {}
        self._cards: dict[int, CardItem] = {}
        self._row_layers: dict[int, Layer] = {}
        self._row_headers: dict[int, LaneHeaderItem] = {}
        self._column_headers: dict[int, LaneHeaderItem] = {}
        self._bands: list[BandItem] = []
        self._colour: dict[int, str] = {}
        self._selected: set[int] = set()
        self._rects: list[tuple[int, QRectF]] | None = None
        self._rects_stale = True
        self._measure_owner: dict[int, int] = {}
        self._kpi_owner: dict[int, int] = {}
        self._measurement_kpi: dict[int, int] = {}
        self.heat_numbers = HeatNumbers()
        self.setBackgroundBrush(style.SCENE_BG)
        self.grid = GridItem(lambda: self.arrangement.layout)
        self.addItem(self.grid)
        self.overview = OverviewItem(
            OverviewSource(
                batches=self._overview_batches,
                rects=self.card_rects,
                name_of=self._name_of,
                toggles=lambda: toggles(self.arrangement),
                heat=lambda: heat_cells(self.document.state, self.arrangement, self.heat_numbers),
                phase_of=self._phase_of,
            )
        )
        self.overview.hide()
        self.addItem(self.overview)
        self.indicator = DropIndicator()
        self.addItem(self.indicator)
        self.ghost = GhostItem()
        self.addItem(self.ghost)
        self.column_layer = Layer()
        self.column_layer.setZValue(Z_COLUMN_HEADERS)
        self.addItem(self.column_layer)
        self.row_layer = Layer()
        self.row_layer.setZValue(Z_ROW_HEADERS)
        self.addItem(self.row_layer)
        self.corner = CornerItem()
        self.addItem(self.corner)
        self.build()
        document.changed.connect(self._on_document_changed)
        selection.selection_changed.connect(self._on_selection_changed)

    def detach(self) -> None:
        """Stop following the document and the selection (the document outlives us)."""
        self.document.changed.disconnect(self._on_document_changed)
        self.selection.selection_changed.disconnect(self._on_selection_changed)

    # -- building ------------------------------------------------------------------------

    def build(self) -> None:
        """Project the whole document afresh (open, axes, lane order)."""
        state = self.document.state
        self.heat_numbers.forget()
        for layer in self._row_layers.values():
            self.removeItem(layer)
        for item in (*self._row_headers.values(), *self._column_headers.values(), *self._bands):
            self.removeItem(item)
        self._cards, self._row_layers, self._bands = {}, {}, []
        self._row_headers, self._column_headers = {}, {}
        self.axes = MapAxes.of(state)
        accept = self.filter.accepts if self.filter.filters else None
        self.arrangement = Arrangement(state, self.axes, style.METRICS, accept)
        if self.overview_mode:
            self.arrangement.set_compact(style.CHIP_METRICS, style.CHIP_CAP)
        self._lane_orders = self._current_lane_orders()
        self._colouring = Colouring(state, self.mode)
        self._colour = {i: self._colouring.colour(tp) for i, tp in state.touchpoints.items()}
        self._index_owners()
        for row in self.arrangement.rows:
            layer = Layer()
            layer.setZValue(Z_CARDS)
            self.addItem(layer)
            self._row_layers[row.id] = layer
        look_of = self._look
        for cell, ids in self._all_cells():
            layer = self._row_layers[cell[0]]
            for touchpoint_id in ids:
                colour = self._colour[touchpoint_id]
                item = CardItem(touchpoint_id, colour, self._fill(colour), look_of, layer)
                item.row_id = cell[0]  # type: ignore[attr-defined]
                item.slot = None  # type: ignore[attr-defined]
                self._cards[touchpoint_id] = item
        self._build_headers()
        self._place_rows(set(self._row_layers))
        for cell, _ in self._all_cells():
            self._place_cell(cell)
        self._selected = self._known(self.selection.ids)
        for touchpoint_id in self._selected:
            self._cards[touchpoint_id].selected = True
        self._apply_matches(self._cards)
        self._set_overview_items()
        self.corner.set_titles(dimension_title(self.axes.rows), dimension_title(self.axes.columns))
        self._update_geometry()
        self._cards_moved()
        self.legend_changed.emit()
        self.cards_changed.emit()

    def _known(self, ids: Iterable[int]) -> set[int]:
        """The ids that have a card (without building a set of every card)."""
        cards = self._cards
        return {i for i in ids if i in cards}

    def _all_cells(self) -> Iterator[tuple[Cell, list[int]]]:
        for row in self.arrangement.rows:
            for column in self.arrangement.columns:
                ids = self.arrangement.all_cards((row.id, column.id))
                if ids:
                    yield (row.id, column.id), ids

    def _current_lane_orders(self) -> dict[Dimension, list[tuple[int, object]]]:
        state = self.document.state
        return {
            dimension: [(lane.id, getattr(lane, "kind", None)) for lane in state.lanes(dimension)]
            for dimension in Dimension
        }

    def _build_headers(self) -> None:
        arrangement = self.arrangement
        for lane in arrangement.columns:
            item = LaneHeaderItem(self.axes.columns, False, lane, self.column_layer)
            self._column_headers[lane.id] = item
        for lane in arrangement.rows:
            item = LaneHeaderItem(self.axes.rows, True, lane, self.row_layer)
            self._row_headers[lane.id] = item
        layout = arrangement.layout
        for band in layout.column_bands:
            item = BandItem(band.group, False, self.column_layer)
            item.setRect(_qrect(layout.column_band_rect(band)))
            self._bands.append(item)
        for band in layout.row_bands:
            item = BandItem(band.group, True, self.row_layer)
            item.setRect(_qrect(layout.row_band_rect(band)))
            self._bands.append(item)
        for lane_id, item in self._column_headers.items():
            item.setRect(_qrect(layout.column_header_rect(lane_id)))
        self.corner.setRect(0, 0, layout.origin_x, layout.origin_y)

    def _place_rows(self, row_ids: Iterable[int]) -> None:
        layout = self.arrangement.layout
        for row_id in row_ids:
            box = layout.row(row_id)
            self._row_layers[row_id].setY(box.start)
            header = self._row_headers[row_id]
            header.setRect(_qrect(layout.row_header_rect(row_id)))
            header.set_lane(header.lane, self._row_count(row_id))

    def _row_count(self, row_id: int) -> int:
        cards = self.arrangement.cards
        return sum(len(cards((row_id, column.id))) for column in self.arrangement.columns)

    def _place_cell(self, cell: Cell) -> None:
        arrangement = self.arrangement
        layout = arrangement.layout
        m = layout.metrics
        row_id, column_id = cell
        layer = self._row_layers[row_id]
        left = layout.column(column_id).start
        shown = arrangement.cards(cell)
        cards = self._cards
        for index, touchpoint_id in enumerate(shown):
            item = cards[touchpoint_id]
            if item.row_id != row_id:  # type: ignore[attr-defined]
                item.setParentItem(layer)
                item.row_id = row_id  # type: ignore[attr-defined]
                item.slot = None  # type: ignore[attr-defined]
            if item.slot != (column_id, index):  # type: ignore[attr-defined]
                dx, dy = card_offset(m, index)
                item.setPos(left + dx, dy)
                item.slot = (column_id, index)  # type: ignore[attr-defined]
            if not item.isVisible():
                item.show()
        if len(shown) != len(arrangement.all_cards(cell)):
            visible = set(shown)
            for touchpoint_id in arrangement.all_cards(cell):
                if touchpoint_id not in visible:
                    cards[touchpoint_id].hide()
                    cards[touchpoint_id].slot = None  # type: ignore[attr-defined]

    def _update_geometry(self) -> None:
        layout = self.arrangement.layout
        self.grid.setRect(0, 0, layout.width, layout.height)
        self.overview.setRect(0, 0, layout.width, layout.height)
        self.setSceneRect(
            0, 0, layout.width + style.SCENE_MARGIN, layout.height + style.SCENE_MARGIN
        )
        self.geometry_changed.emit()

    def _fill(self, colour: str) -> QColor:
        fill = self._fills.get(colour)
        if fill is None:
            amount = 0.86 if self.mode in LANE_MODES else 0.62
            fill = self._fills[colour] = style.mix(colour, "#ffffff", amount)
        return fill

    def _look(self, touchpoint_id: int) -> CardLook:
        state = self.document.state
        return card_look(state, state.touchpoints[touchpoint_id], self.today)

    def _on_selection_changed(self, ids: list[int]) -> None:
        new = self._known(ids)
        for touchpoint_id in new ^ self._selected:
            self._cards[touchpoint_id].set_flags(selected=touchpoint_id in new)
        self._selected = new
        self.overview.invalidate()

    # -- modes, filters, search ------------------------------------------------------------

    def set_colour_mode(self, mode: ColourMode) -> None:
        """Colour the cards by another property."""
        if mode == self.mode:
            return
        self.mode = mode
        self._fills = {}
        self._colouring = Colouring(self.document.state, mode)
        self._recolour(set(self._cards))
        self.overview.invalidate()
        self.legend_changed.emit()
        self.cards_changed.emit()

    def legend(self) -> list[LegendEntry]:
        """The legend of the current colour mode (of the heat map's tiles when it shows)."""
        if self.overview.heat_mode:
            return Colouring(self.document.state, ColourMode.PRIORITY).legend()
        return self._colouring.legend()

    def legend_title(self) -> str:
        """What the legend's colours mean."""
        if self.overview.heat_mode:
            return QCoreApplication.translate("MapOverview", "Mean priority per cell")
        return mode_title(self.mode)

    def set_heat_mode(self, heat: bool) -> None:
        """One tile per cell (too far out for names), or chips; the legend follows."""
        if heat != self.overview.heat_mode:
            self.overview.set_heat_mode(heat)
            self.legend_changed.emit()

    def set_filter(self, map_filter: MapFilter) -> None:
        """Show, hide and highlight cards by filter and search."""
        old, self.filter = self.filter, map_filter
        if not old.same_cards(map_filter):
            self.arrangement.set_filter(map_filter.accepts if map_filter.filters else None)
            self._relayout()
        self._apply_matches(self._cards)
        self.overview.invalidate()
        self.cards_changed.emit()

    def _apply_matches(self, ids: Iterable[int]) -> None:
        touchpoints = self.document.state.touchpoints
        searching = bool(self.filter.needle) and not self.filter.hide_others
        for touchpoint_id in ids:
            item = self._cards[touchpoint_id]
            match = self.filter.matches(touchpoints[touchpoint_id]) if searching else None
            item.set_flags(match=match)

    def matching_ids(self) -> list[int]:
        """Shown cards that match the search, in map order."""
        touchpoints = self.document.state.touchpoints
        if not self.filter.needle:
            return []
        return [i for i in self.arrangement.shown_ids() if self.filter.matches(touchpoints[i])]

    # -- for the view ------------------------------------------------------------------

    def card_item(self, touchpoint_id: int) -> CardItem | None:
        """The item of a card (for tests and the inline editor)."""
        return self._cards.get(touchpoint_id)

    def colour_of(self, touchpoint_id: int) -> str:
        """The card's current mode colour."""
        return self._colour.get(touchpoint_id, "#888888")

    def header_items(self) -> list[LaneHeaderItem]:
        """Every lane header."""
        return [*self._row_headers.values(), *self._column_headers.values()]

    def set_hovered(self, old: int | None, new: int | None) -> None:
        """Move the hover highlight from one card to another."""
        if old is not None and old in self._cards:
            self._cards[old].set_flags(hovered=False)
        if new is not None and new in self._cards:
            self._cards[new].set_flags(hovered=True)

    def pin_headers(self, left: float, top: float, visible: QRectF | None = None) -> None:
        """Keep the header strips at the visible top and left edge.

        `visible` is the scene rectangle in view: row names and band titles stay
        inside it while their lane is partly scrolled away (None: the whole map).
        """
        left, top = max(0.0, left), max(0.0, top)
        if visible != self.visible:
            self.visible = visible
            for item in (*self._row_headers.values(), *self._bands):
                item.update()
        if (left, top) == self.pinned:
            return
        self.pinned = (left, top)
        self.column_layer.setY(top)
        self.row_layer.setX(left)
        self.corner.setPos(left, top)

    def sticky_area(self) -> QRectF | None:
        """The part of the cell area in view, for labels that follow the scrolling."""
        if self.visible is None:
            return None
        layout = self.arrangement.layout
        return self.visible.adjusted(layout.origin_x, layout.origin_y, 0, 0)

    def _relayout(self) -> None:
        """Every card, header and band placed again (filter, chips or a "+N" changed)."""
        if not self.overview_mode:  # hidden behind the chips: placed when they come back
            for cell, _ in self._all_cells():
                self._place_cell(cell)
        self._place_rows(set(self._row_layers))
        layout = self.arrangement.layout
        rects = [layout.column_band_rect(band) for band in layout.column_bands]
        rects += [layout.row_band_rect(band) for band in layout.row_bands]
        for item, rect in zip(self._bands, rects, strict=False):
            item.setRect(_qrect(rect))
        for lane_id, item in self._column_headers.items():
            item.setRect(_qrect(layout.column_header_rect(lane_id)))
        self.corner.setRect(0, 0, layout.origin_x, layout.origin_y)
        self.grid.update()
        self._update_geometry()
        self._cards_moved()

    def set_overview(self, overview: bool) -> None:
        """Named chips instead of cards (zoomed out), or cards again.

        Chips are shorter than cards, so the rows shrink: the view maps its
        scroll position through `geometry_changed`.
        """
        if overview != self.overview_mode:
            self.overview_mode = overview
            if overview:
                self.arrangement.set_compact(style.CHIP_METRICS, style.CHIP_CAP)
            else:
                self.arrangement.set_compact(style.METRICS, None)
                for item in self._cards.values():
                    item.slot = None  # type: ignore[attr-defined]  # placed with chip sizes
            self._relayout()
            self._set_overview_items()
            self.cards_changed.emit()

    def toggle_cell(self, cell: Cell) -> None:
        """Unfold a cell's "+N" chip in place, or fold it again."""
        arrangement = self.arrangement
        arrangement.set_expanded(cell, cell not in arrangement.expanded)
        self._relayout()
        self.cards_changed.emit()

    def _set_overview_items(self) -> None:
        for layer in self._row_layers.values():
            layer.setVisible(not self.overview_mode)
        self.overview.setVisible(self.overview_mode)

    def card_rects(self) -> list[tuple[int, QRectF]]:
        """Every shown card with its rectangle, cached until cards move (overview, minimap)."""
        if self._rects is None or self._rects_stale:
            layout = self.arrangement.layout
            m = layout.metrics
            w, h, pitch = m.card_width, m.card_height, m.card_height + m.card_gap
            rects: list[tuple[int, QRectF]] = []
            for (row_id, column_id), ids in self.arrangement.cells():
                x, y = layout.column(column_id).start, layout.row(row_id).start
                if m.cards_per_row == 1:
                    x, y = x + m.cell_padding, y + m.cell_padding
                    rects += [(i, QRectF(x, y + k * pitch, w, h)) for k, i in enumerate(ids)]
                else:
                    for k, i in enumerate(ids):
                        dx, dy = card_offset(m, k)
                        rects.append((i, QRectF(x + dx, y + dy, w, h)))
            self._rects, self._rects_stale = rects, False
        return self._rects

    def _overview_batches(self) -> tuple[list[tuple[QColor, list[QRectF]]], list, list]:
        searching = bool(self.filter.needle) and not self.filter.hide_others
        touchpoints = self.document.state.touchpoints
        colours = self._colour
        groups: dict[str, list[QRectF]] = {}
        matched: list[QRectF] = []
        for touchpoint_id, rect in self.card_rects():
            colour = colours.get(touchpoint_id, FADED)
            if searching:
                if self.filter.matches(touchpoints[touchpoint_id]):
                    matched.append(rect)
                else:
                    colour = FADED
            groups.setdefault(colour, []).append(rect)
        selected = [rect for i, rect in self.card_rects() if i in self._selected]
        return [(qcolor(c), rects) for c, rects in groups.items()], selected, matched

    def _phase_of(self, touchpoint_id: int) -> tuple[int, int] | None:
        touchpoint = self.document.state.touchpoints.get(touchpoint_id)
        return phase_place(self.document.state, touchpoint) if touchpoint is not None else None

    def _name_of(self, touchpoint_id: int) -> str:
        touchpoint = self.document.state.touchpoints.get(touchpoint_id)
        return touchpoint.name if touchpoint is not None else ""

    def _cards_moved(self) -> None:
        """Positions changed: the cached rectangles and blocks are rebuilt when next needed.

        The old list is kept until then: freeing thousands of rectangles belongs
        in the (later) repaint, not in the edit.
        """
        self._rects_stale = True
        self.overview.invalidate()

    @contextmanager
    def clean_render(self) -> Iterator[None]:
        """Headers at the edges, cards drawn in full, no selection: for export."""
        pinned, overview, selected = self.pinned, self.overview_mode, set(self._selected)
        visible = self.visible
        self.pin_headers(0.0, 0.0, None)
        self.set_overview(False)
        for touchpoint_id in selected:
            self._cards[touchpoint_id].set_flags(selected=False)
        self.indicator.hide()
        self.ghost.hide()
        RENDER.vector = True
        try:
            yield
        finally:
            RENDER.vector = False
            for touchpoint_id in self._known(selected):
                self._cards[touchpoint_id].set_flags(selected=True)
            self.set_overview(overview)
            self.pin_headers(*pinned, visible)

    def lane_record(self, dimension: Dimension, lane_id: int) -> object | None:
        """The lane record behind a header."""
        return self.document.state.get(LANE_TYPES[dimension], lane_id)


def _qrect(rect: object) -> QRectF:
    return QRectF(rect.x, rect.y, rect.width, rect.height)  # type: ignore[attr-defined]

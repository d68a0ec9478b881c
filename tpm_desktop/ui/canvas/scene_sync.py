"""How the map scene follows the document: only the cards and lanes a Delta names.

A mixin of MapScene, kept apart so that the scene's construction and this
bookkeeping each stay readable.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from tpm_desktop.core.axes import AXES_SETTING, MapAxes
from tpm_desktop.core.changes import Delta
from tpm_desktop.core.model import (
    Channel,
    Criterion,
    Department,
    Kpi,
    Measure,
    Measurement,
    Phase,
    Score,
    Setting,
    Touchpoint,
)
from tpm_desktop.ui.canvas.arrangement import lane_specs
from tpm_desktop.ui.canvas.card_item import CardItem
from tpm_desktop.ui.canvas.colours import Colouring, ColourMode

if TYPE_CHECKING:
    from tpm_desktop.ui.canvas.scene import MapScene

LANE_MODES = (ColourMode.DEPARTMENT, ColourMode.CHANNEL)
SCORE_MODES = (ColourMode.PRIORITY, ColourMode.GAP)


class FollowsDocument:
    """The scene's reaction to `document.changed` (mixed into MapScene)."""

    def _index_owners(self: MapScene) -> None:
        state = self.document.state
        self._measure_owner = {m.id: m.touchpoint_id for m in state.table(Measure).values()}
        self._kpi_owner = {k.id: k.touchpoint_id for k in state.table(Kpi).values()}
        self._measurement_kpi = {m.id: m.kpi_id for m in state.table(Measurement).values()}

    def _on_document_changed(self: MapScene, delta: Delta) -> None:
        if AXES_SETTING in delta.keys(Setting) and MapAxes.of(self.document.state) != self.axes:
            self.build()
            return
        if delta.touches(Department, Channel, Phase) and not self._lanes_changed_in_place():
            self.build()
            return
        state = self.document.state
        touchpoint_ids: set[int] = delta.keys(Touchpoint)  # type: ignore[assignment]
        badge_ids = self._owners_changed(delta)
        scored = {key[0] for key in delta.keys(Score)}  # type: ignore[index]
        if delta.touches(Criterion, Setting):
            self.heat_numbers.forget()
            self.overview.invalidate()  # the heat map's means
        elif scored or touchpoint_ids:
            self.heat_numbers.forget(touchpoint_ids | scored)
            self.overview.invalidate()
        recolour = set(touchpoint_ids)
        if self.mode is ColourMode.TREND:
            recolour |= badge_ids
        if delta.touches(Criterion) and self.mode in SCORE_MODES:
            self._colouring = Colouring(state, self.mode)
            recolour |= set(self._cards)
        elif self.mode in SCORE_MODES:
            recolour |= {key[0] for key in delta.keys(Score)}  # type: ignore[index]
        if touchpoint_ids:
            self._apply_arrangement(touchpoint_ids)
        self._recolour(recolour)
        for touchpoint_id in self._known(touchpoint_ids | badge_ids):
            self._cards[touchpoint_id].invalidate()
        if touchpoint_ids and self.filter.needle:
            self._apply_matches(self._known(touchpoint_ids))
        if touchpoint_ids:
            self._cards_moved()
        if touchpoint_ids or recolour:
            self.overview.invalidate()
            self.cards_changed.emit()

    def _lanes_changed_in_place(self: MapScene) -> bool:
        """Update headers for renamed or recoloured lanes; False when the order changed."""
        if self._current_lane_orders() != self._lane_orders:
            return False
        state = self.document.state
        rows = lane_specs(state, self.axes.rows)
        columns = lane_specs(state, self.axes.columns)
        self.arrangement.rows, self.arrangement.columns = rows, columns
        for lane in rows:
            header = self._row_headers[lane.id]
            header.set_lane(lane, header.count)
        for lane in columns:
            header = self._column_headers[lane.id]
            header.set_lane(lane, header.count)
        if self.mode in LANE_MODES:
            self._colouring = Colouring(state, self.mode)
            self._recolour(set(self._cards))
            self.overview.invalidate()
            self.cards_changed.emit()
        self.legend_changed.emit()
        return True

    def _owners_changed(self: MapScene, delta: Delta) -> set[int]:
        """Touchpoints whose measures or KPIs changed (their badges need repainting)."""
        state = self.document.state
        affected: set[int] = set()
        for key in delta.keys(Measurement):
            kpis = {self._measurement_kpi.pop(key, None)}  # type: ignore[call-overload]
            record = state.get(Measurement, key)
            if record is not None:
                self._measurement_kpi[record.id] = record.kpi_id
                kpis.add(record.kpi_id)
            affected |= {self._kpi_owner[k] for k in kpis if k in self._kpi_owner}
        for kind, owners in ((Measure, self._measure_owner), (Kpi, self._kpi_owner)):
            for key in delta.keys(kind):
                old = owners.pop(key, None)  # type: ignore[call-overload]
                if old is not None:
                    affected.add(old)
                record = state.get(kind, key)
                if record is not None:
                    owners[key] = record.touchpoint_id  # type: ignore[index,attr-defined]
                    affected.add(record.touchpoint_id)  # type: ignore[attr-defined]
        return affected

    def _apply_arrangement(self: MapScene, touchpoint_ids: set[int]) -> None:
        state = self.document.state
        for touchpoint_id in touchpoint_ids:
            touchpoint = state.touchpoints.get(touchpoint_id)
            if touchpoint is None:
                self._colour.pop(touchpoint_id, None)
            elif touchpoint_id not in self._cards:
                colour = self._colouring.colour(touchpoint)
                self._colour[touchpoint_id] = colour
                item = CardItem(touchpoint_id, colour, self._fill(colour), self._look)
                item.row_id = None  # type: ignore[attr-defined]
                item.slot = None  # type: ignore[attr-defined]
                item.hide()
                self._cards[touchpoint_id] = item
                if self.filter.needle:
                    item.match = self.filter.matches(touchpoint)
        update = self.arrangement.update(touchpoint_ids)
        for touchpoint_id in update.removed:
            item = self._cards.pop(touchpoint_id, None)
            if item is not None:
                self.removeItem(item)
            self._selected.discard(touchpoint_id)
        for cell in update.cells:
            self._place_cell(cell)
        rows = set(update.rows) | {cell[0] for cell in update.cells}
        self._place_rows(rows & set(self._row_layers))
        if update.rows or update.size_changed:
            self.grid.update()
            self._update_geometry()

    def _recolour(self: MapScene, ids: Iterable[int]) -> None:
        touchpoints = self.document.state.touchpoints
        colouring = self._colouring
        for touchpoint_id in ids:
            item = self._cards.get(touchpoint_id)
            touchpoint = touchpoints.get(touchpoint_id)
            if item is None or touchpoint is None:
                continue
            colour = colouring.colour(touchpoint)
            self._colour[touchpoint_id] = colour
            item.set_colour(colour, self._fill(colour))

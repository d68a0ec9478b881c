"""The map as a presentation: one step per department (or phase), split to stay readable.

The map groups its cards by rows and columns; the presentation steps through the
lanes of the phase axis if the map shows phases, else of the department axis, else
the rows. A lane as wide as the whole map would be shown too small on a projector,
so it is split into parts that fit the screen at a readable zoom: at the
Online/Offline bands where there are bands, else into runs of lanes.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPoint, QPointF, QRectF, QSizeF
from PySide6.QtWidgets import QGraphicsView, QWidget

from tpm_desktop.core.enums import Dimension
from tpm_desktop.core.geometry import Band, GridLayout, LaneBox
from tpm_desktop.ui.canvas.header_items import group_title
from tpm_desktop.ui.presentation.steps import Step

if TYPE_CHECKING:
    from tpm_desktop.ui.canvas.feature import MapFeature

# Below this zoom the card names get too small to read from the back of a room.
READABLE_SCALE = 0.95


def steps_by_rows(axes_rows: Dimension, axes_columns: Dimension) -> bool:
    """Whether the presentation steps through the rows (else through the columns)."""
    for dimension in (Dimension.PHASE, Dimension.DEPARTMENT):
        if axes_rows == dimension:
            return True
        if axes_columns == dimension:
            return False
    return True


def _runs(boxes: Sequence[LaneBox], room: float) -> list[list[LaneBox]]:
    """Consecutive lanes, as many to a run as fit into `room` (at least one)."""
    runs: list[list[LaneBox]] = []
    for box in boxes:
        if runs and runs[-1][-1].end - runs[-1][0].start + box.size <= room:
            runs[-1].append(box)
        else:
            runs.append([box])
    return runs


def split_lanes(
    boxes: Sequence[LaneBox], bands: Sequence[Band], room: float
) -> list[tuple[list[LaneBox], str | None]]:
    """The cross lanes in parts that fit `room`, each with its band's group (or None)."""
    if not boxes:
        return []
    if boxes[-1].end - boxes[0].start <= room:
        return [(list(boxes), None)]
    parts: list[tuple[list[LaneBox], str | None]] = []
    by_id = {box.lane.id: box for box in boxes}
    if bands:
        for band in bands:
            members = [by_id[i] for i in band.lane_ids if i in by_id]
            parts += [(run, band.group) for run in _runs(members, room)]
        return parts
    return [(run, None) for run in _runs(boxes, room)]


def map_steps(layout: GridLayout, by_rows: bool, viewport: QSizeF) -> list[Step]:
    """The steps of a map layout for a viewport of `viewport` pixels."""
    ox, oy = layout.origin_x, layout.origin_y
    if by_rows:
        lanes, cross, bands = layout.rows, layout.columns, layout.column_bands
        room = viewport.width() / READABLE_SCALE - ox
    else:
        lanes, cross, bands = layout.columns, layout.rows, layout.row_bands
        room = viewport.height() / READABLE_SCALE - oy
    parts = split_lanes(cross, bands, room)
    steps: list[Step] = []
    for lane in lanes:
        for run, group in parts:
            start, end = run[0].start, run[-1].end
            if by_rows:
                focus = QRectF(start, lane.start, end - start, lane.size)
            else:
                focus = QRectF(lane.start, start, lane.size, end - start)
            frame = focus.adjusted(-ox, -oy, 0, 0)  # room for the pinned headers
            steps.append(Step(_title(lane, run, group, len(parts)), frame, focus))
    return steps


def _title(lane: LaneBox, run: list[LaneBox], group: str | None, parts: int) -> str:
    if parts == 1:
        return lane.lane.label
    if group is not None:
        part = group_title(group)
    elif len(run) == 1:
        part = run[0].lane.label
    else:
        part = (
            QCoreApplication.translate("MapPresentation", "%1 to %2")
            .replace("%1", run[0].lane.label)
            .replace("%2", run[-1].lane.label)
        )
    return f"{lane.lane.label} · {part}"


class MapPresentable:
    """The map feature seen through the `Presentable` protocol."""

    def __init__(self, feature: MapFeature) -> None:
        self.feature = feature

    @property
    def view(self) -> QGraphicsView:
        """The map view."""
        return self.feature.view

    def chrome(self) -> list[QWidget]:
        """The legend and minimap strip beside the map."""
        return [self.feature.side]

    def _layout(self) -> GridLayout | None:
        scene = self.feature.scene
        return scene.arrangement.layout if scene is not None else None

    def steps(self, viewport: QSizeF) -> list[Step]:
        """One step per department or phase, split where it would be too small."""
        scene = self.feature.scene
        if scene is None:
            return []
        by_rows = steps_by_rows(scene.axes.rows, scene.axes.columns)
        return map_steps(scene.arrangement.layout, by_rows, viewport)

    def whole(self) -> QRectF:
        """The whole grid with its headers."""
        layout = self._layout()
        return QRectF(0, 0, layout.width, layout.height) if layout else QRectF()

    def whole_title(self) -> str:
        """The hint's title for the whole map."""
        return QCoreApplication.translate("MapPresentation", "Whole map")

    def card_at(self, pos: QPoint) -> int | None:
        """The card under a viewport position."""
        return self.feature.view.touchpoint_at(pos)

    def card_rect(self, touchpoint_id: int) -> QRectF | None:
        """A shown card's scene rectangle."""
        scene = self.feature.scene
        rect = scene.arrangement.card_rect(touchpoint_id) if scene is not None else None
        return QRectF(rect.x, rect.y, rect.width, rect.height) if rect is not None else None

    def select(self, ids: list[int]) -> None:
        """Select through the view, which does not scroll for its own clicks."""
        self.feature.view.select(ids)

    def bright_areas(self, step: Step) -> list[QRectF]:
        """The group's cells and the part of the pinned headers that names them."""
        view, layout = self.feature.view, self._layout()
        if layout is None:
            return []
        focus = view.mapFromScene(step.focus).boundingRect().toRectF()
        scale = view.transform().m11()
        top, left = layout.origin_y * scale, layout.origin_x * scale
        corner = view.mapFromScene(QPointF(0, 0))
        # The headers are pinned to the viewport's edges once the map is scrolled.
        top_edge, left_edge = max(0.0, float(corner.y())), max(0.0, float(corner.x()))
        return [
            focus,
            QRectF(focus.left(), top_edge, focus.width(), top),
            QRectF(left_edge, focus.top(), left, focus.height()),
            QRectF(left_edge, top_edge, left, top),
        ]

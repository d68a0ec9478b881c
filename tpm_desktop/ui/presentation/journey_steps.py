"""The journey view as a presentation: the curve first, then each phase, part by part.

A board reads a journey left to right: first the experience curve across all
phases, then phase after phase. A phase column with every lane is taller than a
projector, so it is shown per lane group (Online, then Offline; one group when
the rows are departments) and, where that is still too tall to read, in runs of
lanes; the hint names the phase, the group and the lanes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPoint, QRectF, QSizeF
from PySide6.QtWidgets import QGraphicsView, QWidget

from tpm_desktop.core.enums import ChannelKind
from tpm_desktop.core.journey import Box, JourneyLane
from tpm_desktop.ui.canvas.header_items import group_title
from tpm_desktop.ui.presentation.map_steps import READABLE_SCALE
from tpm_desktop.ui.presentation.steps import Step

if TYPE_CHECKING:
    from tpm_desktop.ui.journey.feature import JourneyFeature

MARGIN = 6.0


def _rect(box: Box) -> QRectF:
    return QRectF(box.x, box.y, box.width, box.height)


def _runs(lanes: list[tuple[JourneyLane, QRectF]], room: float) -> list[list]:
    """Consecutive lanes, as many to a run as fit `room` in height (at least one)."""
    runs: list[list[tuple[JourneyLane, QRectF]]] = []
    for lane, box in lanes:
        if runs and box.bottom() - runs[-1][0][1].top() <= room:
            runs[-1].append((lane, box))
        else:
            runs.append([(lane, box)])
    return runs


def _span(first: str, last: str) -> str:
    if first == last:
        return first[:200]
    return (
        QCoreApplication.translate("JourneyPresentation", "%1 to %2")
        .replace("%1", first[:200])
        .replace("%2", last[:200])
    )


class JourneyPresentable:
    """The journey feature seen through the `Presentable` protocol."""

    def __init__(self, feature: JourneyFeature) -> None:
        self.feature = feature

    @property
    def view(self) -> QGraphicsView:
        """The journey view."""
        return self.feature.view

    def chrome(self) -> list[QWidget]:
        """Nothing beside the view: the tool bars go with the rest of the window."""
        return []

    def steps(self, viewport: QSizeF) -> list[Step]:
        """The curve across the phases, then each phase per lane group."""
        scene = self.feature.view.journey
        grid, geometry = scene.grid, scene.geometry
        if grid is None or geometry is None or not grid.phases:
            return []
        steps: list[Step] = []
        if geometry.curve is not None:
            curve = _rect(geometry.curve)
            headers = [_rect(b) for b in geometry.phase_headers.values()]
            top = headers[0].united(headers[-1]).united(curve)
            title = QCoreApplication.translate("JourneyPresentation", "Experience curve")
            steps.append(Step(title, top.adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN), top))
        groups = grid.groups()
        for phase in grid.phases:
            room = viewport.height() / READABLE_SCALE - 2 * MARGIN
            for kind, lanes in groups:
                runs = _runs(
                    [(lane, _rect(geometry.cells[(lane.id, phase.id)])) for lane in lanes], room
                )
                for run in runs:
                    focus = run[0][1]
                    for _lane, box in run[1:]:
                        focus = focus.united(box)
                    title = phase.name[:200]
                    if kind is not None and len(groups) > 1:
                        group = "online" if kind is ChannelKind.ONLINE else "offline"
                        title = f"{title} · {group_title(group)}"
                    if len(runs) > 1:
                        title = f"{title} · {_span(run[0][0].name, run[-1][0].name)}"
                    # The phase's name is the hint's title: the header far above stays out.
                    frame = focus.adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)
                    steps.append(Step(title, frame, focus))
        return steps

    def whole(self) -> QRectF:
        """The whole journey with its headers and curve."""
        geometry = self.feature.view.journey.geometry
        if geometry is None:
            return QRectF()
        return QRectF(0, 0, geometry.width, geometry.height)

    def whole_title(self) -> str:
        """The hint's title for the whole journey."""
        return QCoreApplication.translate("JourneyPresentation", "Whole customer journey")

    def card_at(self, pos: QPoint) -> int | None:
        """The chip under a viewport position."""
        view = self.feature.view
        return view.journey.touchpoint_at(view.mapToScene(pos))

    def card_rect(self, touchpoint_id: int) -> QRectF | None:
        """A chip's scene rectangle."""
        geometry = self.feature.view.journey.geometry
        box = geometry.chips.get(touchpoint_id) if geometry is not None else None
        return _rect(box) if box is not None else None

    def select(self, ids: list[int]) -> None:
        """Select as a click on the chip would."""
        selection = self.feature.view.selection
        if selection is not None:
            selection.set(ids)

    def bright_areas(self, step: Step) -> list[QRectF]:
        """The step's frame (its lanes and the phase header above them)."""
        view = self.feature.view
        return [view.mapFromScene(step.frame).boundingRect().toRectF()]

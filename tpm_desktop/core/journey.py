"""The journey view's rules: phases across, channels or departments down, the experience curve.

The journey view is a second arrangement of the same touchpoints: one column per
journey phase (before, during, after the purchase), one row per channel (online
above, offline below) or per department. Above the rows runs the experience curve:

- as-is: the mean customer experience (-2 disappoints ... +2 delights) of the
  phase's touchpoints that have one; for a customer segment, that segment's
  experience (`core.segments.experience_curve`, the same numbers as its panel);
- target: the mean target experience; a touchpoint's own target experience where
  set (schema v2), else its weighted target score mapped linearly from the
  catalogue's scale onto -2..+2 (top of the scale = +2 delights). Targets are
  general; for a segment only its relevant touchpoints count;
- moments of truth: the phase's super-touchpoints, with their experience.

Geometry (boxes in a y-down plane) is a pure function here, shared by the screen,
the picture export and the printed report.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from enum import StrEnum

from tpm_desktop.core import scoring
from tpm_desktop.core.enums import EXPERIENCE_MAX, EXPERIENCE_MIN, ChannelKind, Dimension
from tpm_desktop.core.geometry import Rect
from tpm_desktop.core.model import Channel, Phase, Touchpoint
from tpm_desktop.core.segments import experience_curve, experience_for, relevant_ids
from tpm_desktop.core.state import ProjectState


class JourneyRows(StrEnum):
    """What the rows of the journey view are."""

    CHANNEL = "channel"
    DEPARTMENT = "department"


@dataclass(frozen=True, slots=True)
class JourneyLane:
    """One row: a channel or a department."""

    id: int
    name: str
    colour: str
    kind: ChannelKind | None = None  # online/offline for channel rows


@dataclass(frozen=True)
class JourneyGrid:
    """Which touchpoint sits in which cell (lane, phase), in order."""

    rows: JourneyRows
    phases: list[Phase]
    lanes: list[JourneyLane]
    cells: dict[tuple[int, int], list[int]]

    def groups(self) -> list[tuple[ChannelKind | None, list[JourneyLane]]]:
        """Consecutive lanes of the same kind (online, offline; one group for departments)."""
        result: list[tuple[ChannelKind | None, list[JourneyLane]]] = []
        for lane in self.lanes:
            if result and result[-1][0] == lane.kind:
                result[-1][1].append(lane)
            else:
                result.append((lane.kind, [lane]))
        return result

    def ids(self) -> list[int]:
        """Every shown touchpoint, row by row, phase by phase."""
        return [
            tid for lane in self.lanes for phase in self.phases for tid in self.cell(lane, phase)
        ]

    def cell(self, lane: JourneyLane, phase: Phase) -> list[int]:
        """The touchpoints of one cell."""
        return self.cells.get((lane.id, phase.id), [])

    def only_lanes(self, lanes: Iterable[JourneyLane]) -> JourneyGrid:
        """The same grid restricted to some of its rows (one page of the report)."""
        return replace(self, lanes=list(lanes))


def journey_grid(
    state: ProjectState,
    rows: JourneyRows,
    shown: Callable[[Touchpoint], bool] | None = None,
) -> JourneyGrid:
    """The cells of the journey view; `shown` leaves touchpoints out (the map's filter)."""
    dimension = Dimension(rows.value)
    other = Dimension.DEPARTMENT if rows is JourneyRows.CHANNEL else Dimension.CHANNEL
    lane_field = f"{dimension.value}_id"
    order_of = {lane.id: index for index, lane in enumerate(state.lanes(other))}
    other_field = f"{other.value}_id"
    lanes = [
        JourneyLane(
            lane.id,
            lane.name,
            lane.color,  # type: ignore[union-attr]
            lane.kind if isinstance(lane, Channel) else None,
        )
        for lane in state.lanes(dimension)
    ]
    phases: list[Phase] = state.lanes(Dimension.PHASE)  # type: ignore[assignment]
    cells: dict[tuple[int, int], list[int]] = {}
    for touchpoint in state.touchpoints.values():
        if shown is None or shown(touchpoint):
            key = (getattr(touchpoint, lane_field), touchpoint.phase_id)
            cells.setdefault(key, []).append(touchpoint.id)
    touchpoints = state.touchpoints
    for members in cells.values():
        members.sort(
            key=lambda tid: (
                order_of.get(getattr(touchpoints[tid], other_field), 0),
                touchpoints[tid].position,
                touchpoints[tid].name.casefold(),
                tid,
            )
        )
    return JourneyGrid(rows, phases, lanes, cells)


# -- the experience curve -------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class MomentOfTruth:
    """A super-touchpoint of a phase, marked on the curve at its experience."""

    touchpoint_id: int
    name: str
    code: str
    experience: int | None


@dataclass(frozen=True)
class JourneyPoint:
    """The curve at one phase: as-is and target means and how many touchpoints each rests on."""

    phase: Phase
    as_is: float | None
    as_is_count: int
    target: float | None
    target_count: int
    moments: tuple[MomentOfTruth, ...] = field(default_factory=tuple)


@dataclass(frozen=True, slots=True)
class MomentMark:
    """One star on the curve: a moment of truth, or all of a phase's at one experience."""

    offset: float  # -0.5..0.5 across the phase's spread
    experience: int | None
    moments: tuple[MomentOfTruth, ...]


MOMENT_LIMIT = 8  # stars a phase shows one by one; beyond, one star per experience value


def moment_marks(point: JourneyPoint, limit: int = MOMENT_LIMIT) -> list[MomentMark]:
    """Where the phase's stars go: one per moment, or grouped by experience when many."""
    if len(point.moments) <= limit:
        groups = [(m.experience, (m,)) for m in point.moments]
    else:
        values: list[int | None] = [*range(EXPERIENCE_MIN, EXPERIENCE_MAX + 1), None]
        groups = [
            (value, members)
            for value in values
            if (members := tuple(m for m in point.moments if m.experience == value))
        ]
    count = len(groups)
    return [
        MomentMark((index + 1) / (count + 1) - 0.5, value, members)
        for index, (value, members) in enumerate(groups)
    ]


def mapped_target(state: ProjectState, touchpoint_id: int) -> float | None:
    """The weighted target score of a touchpoint mapped onto -2..+2 (None: no target)."""
    criteria = state.criteria
    scores = state.scores_of(touchpoint_id)
    target = scoring.weighted_score(criteria, {cid: s.target for cid, s in scores.items()})
    if target is None:
        return None
    fraction = scoring.reference_scale(criteria).normalise(target)
    return EXPERIENCE_MIN + fraction * (EXPERIENCE_MAX - EXPERIENCE_MIN)


def target_experience(state: ProjectState, touchpoint_id: int) -> float | None:
    """The experience the touchpoint is meant to give: its own target, else the mapped scores."""
    own = state.touchpoints[touchpoint_id].target_experience
    if own is not None:
        return float(own)
    return mapped_target(state, touchpoint_id)


def journey_curve(state: ProjectState, segment_id: int | None = None) -> list[JourneyPoint]:
    """The experience curve per phase, in phase order, for all customers or one segment."""
    relevant = relevant_ids(state, segment_id)
    points = []
    for point in experience_curve(state, segment_id):
        members = sorted(state.touchpoint_ids_in(phase_id=point.phase.id) & relevant)
        targets = [v for tid in members if (v := target_experience(state, tid)) is not None]
        moments = tuple(
            MomentOfTruth(tid, tp.name, tp.code, experience_for(state, tid, segment_id))
            for tid in members
            if (tp := state.touchpoints[tid]).is_super
        )
        points.append(
            JourneyPoint(
                point.phase,
                point.mean,
                point.count,
                sum(targets) / len(targets) if targets else None,
                len(targets),
                tuple(sorted(moments, key=lambda m: (m.name.casefold(), m.touchpoint_id))),
            )
        )
    return points


# -- geometry -------------------------------------------------------------------------------


# A box of the journey view is a rectangle of the grid geometry (y grows downwards).
Box = Rect


@dataclass(frozen=True, slots=True)
class JourneySizes:
    """The measures the geometry is built from (pixels on screen, points on paper)."""

    chip_width: float = 150.0
    chip_height: float = 38.0
    gap: float = 6.0
    padding: float = 8.0
    lane_header: float = 170.0
    group_band: float = 26.0
    phase_header: float = 34.0
    curve_height: float = 190.0
    chips_per_line: int = 3


@dataclass(frozen=True)
class JourneyGeometry:
    """Every box of the journey view."""

    width: float
    height: float
    curve: Box | None
    phase_headers: dict[int, Box]
    lane_headers: dict[int, Box]
    group_bands: list[tuple[ChannelKind | None, Box]]
    cells: dict[tuple[int, int], Box]
    chips: dict[int, Box]


def column_width(sizes: JourneySizes) -> float:
    """The width of one phase column."""
    per_line = max(1, sizes.chips_per_line)
    return 2 * sizes.padding + per_line * sizes.chip_width + (per_line - 1) * sizes.gap


def chips_per_line_for(width: float, grid: JourneyGrid, sizes: JourneySizes) -> int:
    """How many chips fit side by side in a phase column when the whole view is `width` wide."""
    left = _left(grid, sizes)
    columns = max(1, len(grid.phases))
    room = (width - left) / columns - 2 * sizes.padding + sizes.gap
    return max(1, int(room // (sizes.chip_width + sizes.gap)))


def fitted_sizes(
    width: float, grid: JourneyGrid, sizes: JourneySizes, *, max_per_line: int = 6
) -> JourneySizes:
    """The sizes whose phase columns fill `width`: as many chips a line as fit, then widened.

    Chips grow up to 1.5 times their width, so a wide screen shows longer names
    rather than narrow chips with gaps between them.
    """
    per_line = max(1, min(max_per_line, chips_per_line_for(width, grid, sizes)))
    columns = max(1, len(grid.phases))
    room = (width - _left(grid, sizes)) / columns - 2 * sizes.padding
    chip = (room - (per_line - 1) * sizes.gap) / per_line
    chip = max(sizes.chip_width, min(sizes.chip_width * 1.5, chip))
    return replace(sizes, chips_per_line=per_line, chip_width=chip)


def _left(grid: JourneyGrid, sizes: JourneySizes) -> float:
    banded = grid.rows is JourneyRows.CHANNEL
    return sizes.lane_header + (sizes.group_band if banded else 0.0)


def journey_geometry(
    grid: JourneyGrid, sizes: JourneySizes, *, with_curve: bool = True
) -> JourneyGeometry:
    """Lay the grid out: phase headers on top, then the curve, then one row per lane."""
    per_line = max(1, sizes.chips_per_line)
    left = _left(grid, sizes)
    col = column_width(sizes)
    phase_headers = {
        phase.id: Box(left + index * col, 0.0, col, sizes.phase_header)
        for index, phase in enumerate(grid.phases)
    }
    width = left + col * len(grid.phases)
    y = sizes.phase_header
    curve = None
    if with_curve:
        curve = Box(left, y, col * len(grid.phases), sizes.curve_height)
        y += sizes.curve_height
    y += sizes.gap
    lane_headers: dict[int, Box] = {}
    cells: dict[tuple[int, int], Box] = {}
    chips: dict[int, Box] = {}
    bands: list[tuple[ChannelKind | None, Box]] = []
    for kind, lanes in grid.groups():
        top = y
        for lane in lanes:
            lines = max([1] + [math.ceil(len(grid.cell(lane, p)) / per_line) for p in grid.phases])
            height = 2 * sizes.padding + lines * sizes.chip_height + (lines - 1) * sizes.gap
            lane_headers[lane.id] = Box(left - sizes.lane_header, y, sizes.lane_header, height)
            for phase in grid.phases:
                box = Box(phase_headers[phase.id].x, y, col, height)
                cells[(lane.id, phase.id)] = box
                for index, tid in enumerate(grid.cell(lane, phase)):
                    row, column = divmod(index, per_line)
                    chips[tid] = Box(
                        box.x + sizes.padding + column * (sizes.chip_width + sizes.gap),
                        y + sizes.padding + row * (sizes.chip_height + sizes.gap),
                        sizes.chip_width,
                        sizes.chip_height,
                    )
            y += height
        if grid.rows is JourneyRows.CHANNEL:
            bands.append((kind, Box(0.0, top, sizes.group_band, y - top)))
        y += sizes.gap
    return JourneyGeometry(width, y, curve, phase_headers, lane_headers, bands, cells, chips)


def curve_y(value: float, box: Box, margin: float) -> float:
    """Where an experience value sits vertically in the curve's box (+2 at the top)."""
    span = EXPERIENCE_MAX - EXPERIENCE_MIN
    fraction = (min(EXPERIENCE_MAX, max(EXPERIENCE_MIN, value)) - EXPERIENCE_MIN) / span
    return box.bottom - margin - fraction * (box.height - 2 * margin)

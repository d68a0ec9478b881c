"""Which lane kinds form the map's rows and columns, and how cards sort within a cell."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from tpm_desktop.core.enums import Dimension
from tpm_desktop.core.model import Touchpoint
from tpm_desktop.core.state import LANE_FIELDS, ProjectState

Cell = tuple[int, int]  # (row lane id, column lane id)

AXES_SETTING = "map.axes"


@dataclass(frozen=True, slots=True)
class MapAxes:
    """The dimensions on the rows and on the columns; the third one is "hidden".

    Cards of a visible cell are ordered by their hidden lane's position first, then
    by their stored position, so a cell shows, for example, the phases in order.
    """

    rows: Dimension = Dimension.DEPARTMENT
    columns: Dimension = Dimension.CHANNEL

    def __post_init__(self) -> None:
        if self.rows == self.columns:
            raise ValueError("rows and columns need different dimensions")

    @property
    def hidden(self) -> Dimension:
        """The dimension that is on neither axis."""
        (rest,) = set(Dimension) - {self.rows, self.columns}
        return rest

    def cell_of(self, touchpoint: Touchpoint) -> Cell:
        """The visible cell a touchpoint sits in."""
        return (
            getattr(touchpoint, LANE_FIELDS[self.rows]),
            getattr(touchpoint, LANE_FIELDS[self.columns]),
        )

    def placement(self, row_id: int, column_id: int) -> dict[str, int]:
        """The touchpoint fields that put a card into the given cell."""
        return {LANE_FIELDS[self.rows]: row_id, LANE_FIELDS[self.columns]: column_id}

    def to_setting(self) -> dict[str, str]:
        """The JSON-able form stored per project."""
        return {"rows": self.rows.value, "columns": self.columns.value}

    @classmethod
    def from_setting(cls, value: object) -> MapAxes:
        """Read the stored form; anything unreadable gives the default axes."""
        if isinstance(value, Mapping):
            try:
                return cls(Dimension(value.get("rows")), Dimension(value.get("columns")))
            except ValueError:
                pass
        return cls()

    @classmethod
    def of(cls, state: ProjectState) -> MapAxes:
        """The axes stored in a project (or the default)."""
        return cls.from_setting(state.setting(AXES_SETTING))


def hidden_rank(state: ProjectState, axes: MapAxes) -> dict[int, int]:
    """Rank of each lane of the hidden dimension, for sorting cards in a cell."""
    return {lane.id: rank for rank, lane in enumerate(state.lanes(axes.hidden))}


def card_sort_key(
    touchpoint: Touchpoint, axes: MapAxes, rank: Mapping[int, int]
) -> tuple[int, int, int]:
    """The order of a card within its visible cell."""
    hidden_id = getattr(touchpoint, LANE_FIELDS[axes.hidden])
    return (rank.get(hidden_id, 0), touchpoint.position, touchpoint.id)


def arrange(state: ProjectState, axes: MapAxes) -> dict[Cell, list[Touchpoint]]:
    """Every visible cell's cards in display order (empty cells are absent)."""
    rank = hidden_rank(state, axes)
    cells: dict[Cell, list[Touchpoint]] = {}
    for touchpoint in state.touchpoints.values():
        cells.setdefault(axes.cell_of(touchpoint), []).append(touchpoint)
    for cards in cells.values():
        cards.sort(key=lambda tp: card_sort_key(tp, axes, rank))
    return cells


def cell_cards(state: ProjectState, axes: MapAxes, cell: Cell) -> list[Touchpoint]:
    """One visible cell's cards in display order."""
    rank = hidden_rank(state, axes)
    cards = [tp for tp in state.touchpoints.values() if axes.cell_of(tp) == cell]
    cards.sort(key=lambda tp: card_sort_key(tp, axes, rank))
    return cards

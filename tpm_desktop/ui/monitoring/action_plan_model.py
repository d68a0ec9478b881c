"""The table behind the action plan: one row per measure, updated row by row from deltas."""

from __future__ import annotations

from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QFont

from tpm_desktop.core import quick_wins
from tpm_desktop.core.changes import Delta
from tpm_desktop.core.measure_plan import MeasureFilter, MeasureRow, measure_row, measure_rows
from tpm_desktop.core.model import (
    Criterion,
    Department,
    Measure,
    Project,
    Score,
    Setting,
    Touchpoint,
)
from tpm_desktop.core.state import ProjectState
from tpm_desktop.ui.monitoring.formatting import (
    OVERDUE_BACKGROUND,
    OVERDUE_TEXT,
    format_date,
    format_money,
    plain_tip,
    short,
    status_text,
)

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
# Beyond this many changed rows one reset is cheaper than row-by-row signals.
RESET_THRESHOLD = 200

Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    """The action plan's columns, in order."""

    TITLE = 0
    TOUCHPOINT = 1
    DEPARTMENT = 2
    OWNER = 3
    DUE = 4
    STATUS = 5
    COST = 6
    QUICK_WIN = 7


class ActionPlanModel(QAbstractTableModel):
    """Every measure of the project as a plan row."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[MeasureRow] = []
        self._positions: dict[int, int] = {}
        self._currency = ""
        self._today = date.today()

    # -- filling ---------------------------------------------------------------------------

    def reset(self, state: ProjectState | None, today: date) -> None:
        """Load every measure afresh."""
        self.beginResetModel()
        self._today = today
        self._rows = measure_rows(state, today) if state is not None else []
        self._currency = state.project.currency if state is not None else ""
        self._reindex()
        self.endResetModel()

    def _reindex(self) -> None:
        self._positions = {row.measure.id: i for i, row in enumerate(self._rows)}

    def apply_delta(self, state: ProjectState, delta: Delta, today: date) -> None:
        """Follow one edit: insert, update and remove only the rows it touched."""
        if today != self._today or delta.touches(Department, Project):
            self.reset(state, today)  # overdue marks or every department name may change
            return
        changed_ids = {k for k in delta.keys(Measure) if isinstance(k, int)}
        wins: dict[int, object] | None = None
        if changed_ids or delta.touches(Score, Criterion, Setting, Touchpoint):
            # quick wins depend on priorities and on every open measure's cost
            wins = quick_wins.quick_wins(state, today)
            changed_ids |= {
                r.measure.id for r in self._rows if r.quick_win != (r.measure.id in wins)
            }
        touchpoints = delta.updated.get(Touchpoint, set())
        if touchpoints:
            changed_ids |= {
                r.measure.id for r in self._rows if r.measure.touchpoint_id in touchpoints
            }
        if len(changed_ids) > RESET_THRESHOLD:
            self.reset(state, today)
            return
        gone = sorted(
            (
                self._positions[i]
                for i in changed_ids
                if i in self._positions and state.get(Measure, i) is None
            ),
            reverse=True,
        )
        for position in gone:
            self.beginRemoveRows(QModelIndex(), position, position)
            del self._rows[position]
            self.endRemoveRows()
        if gone:
            self._reindex()
        for measure_id in sorted(changed_ids):
            measure = state.get(Measure, measure_id)
            if measure is None:
                continue
            row = measure_row(state, measure, today, wins)
            position = self._positions.get(measure_id)
            if position is None:
                end = len(self._rows)
                self.beginInsertRows(QModelIndex(), end, end)
                self._rows.append(row)
                self._positions[measure_id] = end
                self.endInsertRows()
            else:
                self._rows[position] = row
                self.dataChanged.emit(
                    self.index(position, 0), self.index(position, len(Column) - 1)
                )

    # -- reading ------------------------------------------------------------------------------

    def row_at(self, position: int) -> MeasureRow:
        """The plan row at a source row."""
        return self._rows[position]

    def position_of(self, measure_id: int) -> int | None:
        """The source row of a measure."""
        return self._positions.get(measure_id)

    @property
    def today(self) -> date:
        """The day overdue marks are computed for."""
        return self._today

    @property
    def currency(self) -> str:
        """The project's currency."""
        return self._currency

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Number of measures."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Number of columns."""
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self.column_titles()[section]

    def column_titles(self) -> list[str]:
        """The translated column titles (also the export's headers)."""
        return [
            self.tr("Measure"),
            self.tr("Touchpoint"),
            self.tr("Department"),
            self.tr("Owner"),
            self.tr("Due"),
            self.tr("Status"),
            self.tr("Cost"),
            self.tr("Quick win"),
        ]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Display text, sort keys, and the overdue look."""
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = Column(index.column())
        m = row.measure
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == SORT_ROLE:
            return self._sort_key(row, column)
        if role == ID_ROLE:
            return m.id
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == Column.DUE and row.overdue:
                return self.tr("Overdue: due on %1 and not done").replace(
                    "%1", format_date(m.due_date)
                )
            if column in (Column.TITLE, Column.TOUCHPOINT):
                return plain_tip(
                    short(m.title if column == Column.TITLE else row.touchpoint_name, 300)
                )
            return None
        if role == Qt.ItemDataRole.ForegroundRole and row.overdue:
            return QBrush(OVERDUE_TEXT)
        if role == Qt.ItemDataRole.BackgroundRole and row.overdue:
            return QBrush(OVERDUE_BACKGROUND)
        if role == Qt.ItemDataRole.FontRole and row.overdue and column == Column.DUE:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column == Column.COST:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if column == Column.QUICK_WIN:
                return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _display(self, row: MeasureRow, column: Column) -> str:
        m = row.measure
        if column == Column.TITLE:
            return short(m.title)
        if column == Column.TOUCHPOINT:
            return short(row.touchpoint_name)
        if column == Column.DEPARTMENT:
            return short(row.department_name)
        if column == Column.OWNER:
            return short(m.owner)
        if column == Column.DUE:
            text = format_date(m.due_date)
            return f"{text}  ⚠" if row.overdue else text
        if column == Column.STATUS:
            return status_text(m.status)
        if column == Column.COST:
            return format_money(m.cost, self._currency)
        return "✓" if row.quick_win else ""

    def sort_key(self, position: int, column: Column) -> Any:
        """What a cell sorts by (None for no value)."""
        return self._sort_key(self._rows[position], column)

    @staticmethod
    def _sort_key(row: MeasureRow, column: Column) -> Any:
        m = row.measure
        keys: dict[Column, Any] = {
            Column.TITLE: m.title.casefold(),
            Column.TOUCHPOINT: row.touchpoint_name.casefold(),
            Column.DEPARTMENT: row.department_name.casefold(),
            Column.OWNER: m.owner.casefold(),
            Column.DUE: m.due_date,
            Column.STATUS: list(type(m.status)).index(m.status),
            Column.COST: m.cost,
            Column.QUICK_WIN: int(row.quick_win),
        }
        return keys[column]


class ActionPlanProxy(QSortFilterProxyModel):
    """Filters rows with a MeasureFilter and sorts on raw values (empty values last)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._filter = MeasureFilter()
        self.setSortRole(SORT_ROLE)

    @property
    def measure_filter(self) -> MeasureFilter:
        """The filter in force."""
        return self._filter

    def set_filter(self, measure_filter: MeasureFilter) -> None:
        """Show only the rows the filter accepts."""
        if measure_filter != self._filter:
            self.beginFilterChange()
            self._filter = measure_filter
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        """Ask the filter."""
        model = self.sourceModel()
        assert isinstance(model, ActionPlanModel)
        return self._filter.matches(model.row_at(source_row), model.today)

    def lessThan(self, left: Index, right: Index) -> bool:
        """Compare sort keys; rows without a value sort after all others either way."""
        model = self.sourceModel()
        assert isinstance(model, ActionPlanModel)
        column = Column(left.column())
        # Straight from the rows: going through data() per comparison is much slower.
        a = model.sort_key(left.row(), column)
        b = model.sort_key(right.row(), column)
        if a is None or b is None:
            ascending = self.sortOrder() == Qt.SortOrder.AscendingOrder
            if a is None and b is None:
                return left.row() < right.row()
            return (a is not None) == ascending
        if a == b:
            return left.row() < right.row()
        return a < b

    def measure_id(self, index: Index) -> int:
        """The measure shown at a proxy index."""
        return self.data(index, ID_ROLE)

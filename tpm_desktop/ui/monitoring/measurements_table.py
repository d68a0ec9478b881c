"""The measurements of one KPI as an editable table, with a row for the next value.

Typing a value into the last row adds a measurement (its date is prefilled with the
next expected date); editing a cell changes one; Delete removes the selected rows;
Ctrl+V adds the rows of a spreadsheet selection in one undoable step.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QFont, QGuiApplication, QKeyEvent, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from tpm_desktop.core.enums import Frequency
from tpm_desktop.core.model import Kpi, Measurement
from tpm_desktop.ui.monitoring import formatting
from tpm_desktop.ui.monitoring.formatting import (
    format_date,
    format_number,
    from_qdate,
    parse_user_number,
    plain_tip,
    short,
    to_qdate,
)
from tpm_desktop.ui.monitoring.widgets import date_edit

Index = QModelIndex | QPersistentModelIndex
DATE, VALUE, NOTE = 0, 1, 2


def next_expected(kpi: Kpi, measurements: list[Measurement], now: date) -> date:
    """The date to prefill for the next value: one period after the last, at most today."""
    if not measurements:
        return now
    last = measurements[-1].date
    if kpi.frequency is Frequency.WEEKLY:
        following = last + timedelta(days=7)
    else:
        months = 1 if kpi.frequency is Frequency.MONTHLY else 3
        index = last.year * 12 + last.month - 1 + months
        year, month = divmod(index, 12)
        day = min(last.day, 28)
        following = date(year, month + 1, day)
    return min(following, now)


class MeasurementsModel(QAbstractTableModel):
    """Rows: the KPI's measurements, oldest first, then one empty row for the next value."""

    # (kind, payload): ("add", (date, value, note)) or ("update", (id, fields))
    edit_requested = Signal(str, object)
    invalid_input = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._kpi: Kpi | None = None
        self._rows: list[Measurement] = []
        self._pending_date = formatting.today()
        self._pending_note = ""
        self.editable = True

    def set_data(self, kpi: Kpi | None, measurements: list[Measurement]) -> None:
        """Show a KPI's measurements; the new-value row starts afresh when the KPI changes."""
        kpi_changed = (kpi.id if kpi else None) != (self._kpi.id if self._kpi else None)
        grew = len(measurements) > len(self._rows)
        self.beginResetModel()
        self._kpi = kpi
        self._rows = list(measurements)
        if kpi_changed or grew:
            self._pending_date = (
                next_expected(kpi, self._rows, formatting.today()) if kpi else formatting.today()
            )
            self._pending_note = ""
        self.endResetModel()

    @property
    def kpi(self) -> Kpi | None:
        """The KPI shown."""
        return self._kpi

    def measurement_at(self, row: int) -> Measurement | None:
        """The measurement in a row (None for the new-value row)."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def pending_row(self) -> int:
        """The row index of the new-value row."""
        return len(self._rows)

    # -- Qt model ---------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Measurements plus the new-value row."""
        if parent.isValid() or self._kpi is None:
            return 0
        return len(self._rows) + (1 if self.editable else 0)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Date, value, note."""
        return 0 if parent.isValid() else 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles; the unit goes with the value."""
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return "+" if section == len(self._rows) else str(section + 1)
        if section == VALUE and self._kpi is not None and self._kpi.unit:
            return self.tr("Value (%1)").replace("%1", short(self._kpi.unit, 20))
        return (self.tr("Date"), self.tr("Value"), self.tr("Note"))[section]

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Every cell is editable unless the document is read-only."""
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.editable:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Formatted values; raw ones for editing."""
        if not index.isValid():
            return None
        measurement = self.measurement_at(index.row())
        column = index.column()
        if measurement is None:
            return self._pending_data(column, role)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == DATE:
                return format_date(measurement.date)
            if column == VALUE:
                return format_number(measurement.value, max_decimals=4)
            return short(measurement.note.split("\n", 1)[0], 200)
        if role == Qt.ItemDataRole.EditRole:
            if column == DATE:
                return to_qdate(measurement.date)
            if column == VALUE:
                return format_number(measurement.value, max_decimals=6)
            return measurement.note
        if role == Qt.ItemDataRole.ToolTipRole and column == NOTE and measurement.note:
            return plain_tip(short(measurement.note, 1000))
        if role == Qt.ItemDataRole.TextAlignmentRole and column == VALUE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _pending_data(self, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == DATE:
                return format_date(self._pending_date)
            if column == VALUE:
                return self.tr("new value…")
            return self._pending_note
        if role == Qt.ItemDataRole.EditRole:
            if column == DATE:
                return to_qdate(self._pending_date)
            return "" if column == VALUE else self._pending_note
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QGuiApplication.palette().color(QPalette.ColorRole.PlaceholderText))
        if role == Qt.ItemDataRole.FontRole and column == VALUE:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column == VALUE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Type a value here to add a measurement")
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Ask for the edit (the panel pushes it through the editor)."""
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self._kpi is None:
            return False
        measurement = self.measurement_at(index.row())
        column = index.column()
        if column == DATE:
            if not isinstance(value, QDate) or not value.isValid():
                return False
            when = from_qdate(value)
            if measurement is None:
                self._pending_date = when
                self.dataChanged.emit(index, index)
            elif when != measurement.date:
                self.edit_requested.emit("update", (measurement.id, {"date": when}))
            return True
        if column == NOTE:
            note = str(value)
            if measurement is None:
                self._pending_note = note
                self.dataChanged.emit(index, index)
            elif note != measurement.note:
                self.edit_requested.emit("update", (measurement.id, {"note": note}))
            return True
        text = str(value)
        try:
            number = parse_user_number(text)
        except ValueError:
            self.invalid_input.emit(
                self.tr("“%1” is not a number; nothing was changed.").replace("%1", text[:40])
            )
            return False
        if number is None:
            return False  # clearing a value does not delete a measurement; Delete does
        if measurement is None:
            self.edit_requested.emit("add", (self._pending_date, number, self._pending_note))
        elif number != measurement.value:
            self.edit_requested.emit("update", (measurement.id, {"value": number}))
        return True


class DateDelegate(QStyledItemDelegate):
    """Dates are edited with a calendar pop-up; other columns as text."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        """A date field for the date column."""
        if index.column() == DATE:
            return date_edit(parent)
        return super().createEditor(parent, option, index)


class MeasurementsView(QTableView):
    """The table: Delete removes rows, Ctrl+V pastes a spreadsheet selection."""

    paste_requested = Signal()
    delete_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("measurements_table")
        self.setItemDelegate(DateDelegate(self))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.horizontalHeader().setHighlightSections(False)

    def setModel(self, model: QAbstractItemModel | None) -> None:
        """Set the model; column sizing needs its columns to exist."""
        super().setModel(model)
        header = self.horizontalHeader()
        header.setSectionResizeMode(DATE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(VALUE, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Paste and Delete act on rows; other keys edit as usual."""
        if event.matches(QKeySequence.StandardKey.Paste):
            self.paste_requested.emit()
            return
        deleting = event.matches(QKeySequence.StandardKey.Delete) or (
            event.key() == Qt.Key.Key_Backspace
        )
        if deleting and self.state() != QAbstractItemView.State.EditingState:
            self.delete_requested.emit()
            return
        super().keyPressEvent(event)

    def selected_rows(self) -> list[int]:
        """The rows with a selected cell, in order."""
        return sorted({index.row() for index in self.selectionModel().selectedIndexes()})

"""The live round's aggregates as a table: per touchpoint and scale, count, mean, spread, range."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from tpm_desktop.core.live.round import LiveRound, Summary
from tpm_desktop.ui.assessment.labels import number, shown

Index = QModelIndex | QPersistentModelIndex
NUMBER_COLUMNS = (3, 4, 5, 6)


class LiveResultsModel(QAbstractTableModel):
    """One row per touchpoint and scale of the round, in the round's order."""

    def __init__(self, live: LiveRound, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.live = live
        self.rows: list[tuple[str, str, str, Summary | None]] = []
        self.refresh()

    def refresh(self) -> None:
        """Read the aggregates again (cheap: a few hundred rows at most)."""
        summaries = self.live.summaries()
        rows = []
        for touchpoint in self.live.spec.touchpoints:
            for scale in self.live.spec.scales:
                rows.append(
                    (
                        touchpoint.code,
                        touchpoint.name,
                        scale.label,
                        summaries.get((touchpoint.id, scale.key)),
                    )
                )
        if len(rows) != len(self.rows):
            self.beginResetModel()
            self.rows = rows
            self.endResetModel()
            return
        self.rows = rows
        if rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, 6))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """One row per touchpoint and scale."""
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Short id, touchpoint, scale, count, mean, spread, range."""
        return 0 if parent.isValid() else 7

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [
            self.tr("Id"),
            self.tr("Touchpoint"),
            self.tr("Scale"),
            self.tr("Ratings"),
            self.tr("Mean"),
            self.tr("Spread (SD)"),
            self.tr("Min–max"),
        ][section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """A cell's text and alignment."""
        if not index.isValid():
            return None
        code, name, scale, summary = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole and column in NUMBER_COLUMNS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == 1:
            return name
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == 0:
            return code
        if column == 1:
            return shown(name, 80)
        if column == 2:
            return shown(scale, 40)
        if summary is None:
            return "0" if column == 3 else "–"
        if column == 3:
            return str(summary.count)
        if column == 4:
            return number(summary.mean).replace("-", "−")
        if column == 5:
            return number(summary.spread)
        low, high = (str(v).replace("-", "−") for v in (summary.low, summary.high))
        return f"{low} – {high}" if low != high else low

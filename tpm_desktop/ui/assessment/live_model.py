"""The live round's aggregates as a table: per touchpoint and scale, count, mean, spread, range.

The texts live in Qt's own items, so painting the table runs no Python: while the
server's threads hold the interpreter lock under load, a repaint would otherwise wait
for it once per cell and role. `refresh` asks the round only for the touchpoints that
changed since its last look and emits one dataChanged per changed row; the rows
themselves never change, so there is no reset.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from tpm_desktop.core.live.round import LiveRound, Summary
from tpm_desktop.ui.assessment.labels import number, shown, tip

NUMBER_COLUMNS = (3, 4, 5, 6)
# The widest texts a number column can show (500 ratings at most, scales within ±99).
WIDEST = ("000", "−00.00", "00.00", "−00 – −00")
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def summary_texts(summary: Summary | None) -> tuple[str, str, str, str]:
    """Count, mean, spread and range as the table shows them."""
    if summary is None:
        return ("0", "–", "–", "–")
    low, high = (str(v).replace("-", "−") for v in (summary.low, summary.high))
    return (
        str(summary.count),
        number(summary.mean).replace("-", "−"),
        number(summary.spread),
        f"{low} – {high}" if low != high else low,
    )


class LiveResultsModel(QStandardItemModel):
    """One row per touchpoint and scale of the round, in the round's order."""

    def __init__(self, live: LiveRound, parent: QObject | None = None) -> None:
        super().__init__(0, 7, parent)
        self.live = live
        self.revision = -1  # the round's revision the table shows
        self.setHorizontalHeaderLabels(
            [
                self.tr("Id"),
                self.tr("Touchpoint"),
                self.tr("Scale"),
                self.tr("Ratings"),
                self.tr("Mean"),
                self.tr("Spread (SD)"),
                self.tr("Min–max"),
            ]
        )
        # (touchpoint id, scale key) -> row, fixed for the round.
        self.row_of: dict[tuple[int, str], int] = {}
        for touchpoint in live.spec.touchpoints:
            for scale in live.spec.scales:
                self.row_of[(touchpoint.id, scale.key)] = self.rowCount()
                name = QStandardItem(shown(touchpoint.name, 80))
                name.setToolTip(tip(touchpoint.name))
                cells = [
                    QStandardItem(touchpoint.code),
                    name,
                    QStandardItem(shown(scale.label, 40)),
                ]
                for text in summary_texts(None):
                    cell = QStandardItem(text)
                    cell.setTextAlignment(RIGHT)
                    cells.append(cell)
                for cell in cells:
                    cell.setEditable(False)
                self.appendRow(cells)
        self.refresh()

    def refresh(self) -> int:
        """Show what changed since the last refresh; returns the number of rows redrawn."""
        revision, changed = self.live.changes_since(self.revision)
        self.revision = revision
        rows: list[int] = []
        # One signal per changed row instead of one per cell.
        self.blockSignals(True)
        try:
            for touchpoint_id, summaries in changed.items():
                for key, summary in summaries.items():
                    row = self.row_of[(touchpoint_id, key)]
                    texts = summary_texts(summary)
                    cells = [self.item(row, column) for column in NUMBER_COLUMNS]
                    if [cell.text() for cell in cells] == list(texts):
                        continue
                    for cell, text in zip(cells, texts, strict=True):
                        cell.setText(text)
                    rows.append(row)
        finally:
            self.blockSignals(False)
        for row in rows:
            self.dataChanged.emit(self.index(row, NUMBER_COLUMNS[0]), self.index(row, 6))
        return len(rows)


class LiveResultsView(QTableView):
    """The aggregates' table, its columns sized once (a resize per vote costs a frame)."""

    def __init__(self, model: LiveResultsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.verticalHeader().hide()
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        # The id and scale columns never change: measured once. The number columns
        # get room for their widest possible text, so a new value never needs a resize.
        self.resizeColumnToContents(0)
        self.resizeColumnToContents(2)
        cells, titles = self.fontMetrics(), header.fontMetrics()
        padding = 2 * self.style().pixelMetric(self.style().PixelMetric.PM_FocusFrameHMargin) + 16
        for column, widest in zip(NUMBER_COLUMNS, WIDEST, strict=True):
            title = str(model.headerData(column, Qt.Orientation.Horizontal))
            width = max(cells.horizontalAdvance(widest), titles.horizontalAdvance(title))
            self.setColumnWidth(column, width + padding)

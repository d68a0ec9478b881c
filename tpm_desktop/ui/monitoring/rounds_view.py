"""Assessment rounds: the list, closing a new one, and two rounds side by side.

The comparison table lists every touchpoint with its weighted as-is score in both
rounds and the change, the largest change (either way) first. "Current scores"
can take the place of either round.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tpm_desktop.core.changes import Delta
from tpm_desktop.core.errors import EditError
from tpm_desktop.core.model import (
    AssessmentRound,
    Criterion,
    Department,
    RoundTouchpoint,
    Score,
    Touchpoint,
)
from tpm_desktop.core.rounds import (
    ComparisonRow,
    SnapshotEntry,
    compare,
    current_snapshot,
    round_snapshot,
    summarise,
)
from tpm_desktop.ui import prompts
from tpm_desktop.ui.actions import theme_icon
from tpm_desktop.ui.monitoring.formatting import (
    BAD,
    GOOD,
    format_date,
    format_number,
    plain_tip,
    short,
)
from tpm_desktop.ui.monitoring.panel import ContextPanel, Notify
from tpm_desktop.ui.monitoring.widgets import fit_columns

CURRENT = -1  # the combo value standing for today's scores
ID_ROLE = Qt.ItemDataRole.UserRole + 2
CHANGE_COLUMN = 4
TOLERANCE = 0.005  # changes below half a hundredth show as unchanged

Index = QModelIndex | QPersistentModelIndex


def _sort_key(row: ComparisonRow, column: int) -> Any:
    """What a column sorts by: names, the two scores, or the size of the change."""
    if column == 0:
        return row.name.casefold()
    if column == 1:
        return row.department_name.casefold()
    if column == 2:
        return row.before
    if column == 3:
        return row.after
    change = row.change
    return abs(change) if change is not None else None


class ComparisonModel(QAbstractTableModel):
    """Touchpoint, department, score before, score after, change."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[ComparisonRow] = []
        self.titles = ("", "")
        self._sort = (CHANGE_COLUMN, Qt.SortOrder.DescendingOrder)

    def set_rows(self, rows: list[ComparisonRow], titles: tuple[str, str]) -> None:
        """Show a comparison in the current sort order; `titles` name the two sides."""
        self.beginResetModel()
        self.rows = self._sorted(rows)
        self.titles = titles
        self.endResetModel()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 4)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in Python with a key (a proxy's per-pair callbacks are slow for thousands)."""
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        ids = [self.rows[index.row()].touchpoint_id for index in old]
        self.rows = self._sorted(self.rows)
        position = {row.touchpoint_id: i for i, row in enumerate(self.rows)}
        self.changePersistentIndexList(
            old,
            [self.index(position[i], index.column()) for i, index in zip(ids, old, strict=True)],
        )
        self.layoutChanged.emit()

    def _sorted(self, rows: list[ComparisonRow]) -> list[ComparisonRow]:
        """Rows by the sort column; rows without a value last in either direction."""
        column, order = self._sort
        known = [r for r in rows if _sort_key(r, column) is not None]
        unknown = [r for r in rows if _sort_key(r, column) is None]
        descending = order == Qt.SortOrder.DescendingOrder
        known.sort(key=lambda r: _sort_key(r, column), reverse=descending)
        unknown.sort(key=lambda r: r.name.casefold())
        return known + unknown

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Touchpoints compared."""
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Five columns."""
        return 0 if parent.isValid() else 5

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles; the score columns carry the round names."""
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                self.tr("Touchpoint"),
                self.tr("Department"),
                short(self.titles[0], 40),
                short(self.titles[1], 40),
                self.tr("Change"),
            )[section]
        if role == Qt.ItemDataRole.ToolTipRole and section in (2, 3):
            return plain_tip(
                self.tr("Weighted as-is score in “%1”").replace(
                    "%1", short(self.titles[section - 2], 200)
                )
            )
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Scores with two decimals; the change with sign, arrow and colour."""
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        change = row.change
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return short(row.name)
            if column == 1:
                return short(row.department_name)
            if column in (2, 3):
                value = row.before if column == 2 else row.after
                return format_number(value, 2) if value is not None else "—"
            return self._change_text(row)
        if role == ID_ROLE:
            return row.touchpoint_id
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column == 4 and change is not None:
            if change > TOLERANCE:
                return QBrush(GOOD)
            if change < -TOLERANCE:
                return QBrush(BAD)
        changed = change is not None and abs(change) > TOLERANCE
        if role == Qt.ItemDataRole.FontRole and column == 4 and changed:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column == 4 and change is None:
            if row.before is None and row.after is None:
                return self.tr("Not rated in either")
            return self.tr("Rated in only one of the two")
        return None

    def _change_text(self, row: ComparisonRow) -> str:
        change = row.change
        if change is None:
            if row.before is None and row.after is not None:
                return self.tr("new")
            if row.after is None and row.before is not None:
                return self.tr("no longer rated")
            return "—"
        if abs(change) <= TOLERANCE:
            return "±0"
        arrow = "▲" if change > 0 else "▼"
        sign = "+" if change > 0 else "−"
        return f"{sign}{format_number(abs(change), 2)} {arrow}"


class RoundsView(ContextPanel):
    """Choose two rounds (or the current scores) and see what changed per touchpoint."""

    def __init__(self, language: str, notify: Notify, parent: QWidget | None = None) -> None:
        super().__init__(language, notify, parent)
        # Comparing every touchpoint takes tens of milliseconds on a large map, so edits
        # made while the comparison is shown refresh it once typing or dragging pauses.
        self._pending = QTimer(self)
        self._pending.setSingleShot(True)
        self._pending.setInterval(200)
        self._pending.timeout.connect(self._catch_up)
        self.before_box = QComboBox()
        self.after_box = QComboBox()
        for box in (self.before_box, self.after_box):
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            box.activated.connect(self._on_choice)
        self.close_button = QPushButton(theme_icon("document-save"), self.tr("&Close round…"))
        self.close_button.setToolTip(
            self.tr("Store today's scores as a named, dated assessment round")
        )
        self.delete_button = QPushButton(theme_icon("edit-delete"), self.tr("Delete round"))
        self.delete_button.setToolTip(self.tr("Delete the round chosen on the left"))
        self.delete_button.clicked.connect(self.delete_round)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Compare")))
        bar.addWidget(self.before_box)
        bar.addWidget(QLabel(self.tr("with")))
        bar.addWidget(self.after_box)
        bar.addStretch(1)
        bar.addWidget(self.close_button)
        bar.addWidget(self.delete_button)

        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.model = ComparisonModel(self)
        self.table = QTableView()
        self.table.setObjectName("round_comparison")
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSortIndicator(CHANGE_COLUMN, Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        self.table.clicked.connect(self._on_clicked)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        self._choice: tuple[int | None, int | None] = (None, None)
        # Snapshots by round id (a closed round never changes) and today's, kept up
        # to date from deltas so that one score edit does not recompute every touchpoint.
        self._rounds: dict[int, dict[int, SnapshotEntry]] = {}
        self._current: dict[int, SnapshotEntry] | None = None
        self._fitted = False

    # -- showing ------------------------------------------------------------------------------

    def concerns(self, delta: Delta) -> bool:
        """Rounds always; scores, criteria and names when a side is the current scores."""
        if delta.touches(AssessmentRound, RoundTouchpoint):
            return True
        uses_current = CURRENT in self._choice
        return uses_current and delta.touches(Score, Criterion, Touchpoint, Department)

    def _on_document_changed(self, delta: Delta) -> None:
        if delta.added.get(AssessmentRound):
            self._choice = (None, None)  # a new round: show what changed up to it
        self._update_snapshots(delta)
        super()._on_document_changed(delta)

    def apply_delta(self, delta: Delta) -> None:
        """While shown: new or changed rounds at once; score edits shortly after."""
        if delta.touches(AssessmentRound, RoundTouchpoint):
            self._pending.stop()
            super().apply_delta(delta)
        elif self.concerns(delta):
            self._stale = True
            self._pending.start()

    def _update_snapshots(self, delta: Delta) -> None:
        """Drop or patch the cached snapshots that the change affects (even while hidden)."""
        for key in delta.keys(AssessmentRound) | delta.keys(RoundTouchpoint):
            round_id = key[0] if isinstance(key, tuple) else key
            if isinstance(round_id, int):
                self._rounds.pop(round_id, None)
        if self._current is None or self.context is None:
            return
        if delta.touches(Criterion, Department):
            self._current = None  # weights or department names: everything changes
            return
        touched = {key[0] for key in delta.keys(Score) if isinstance(key, tuple)}
        touched |= {key for key in delta.keys(Touchpoint) if isinstance(key, int)}
        if touched:
            state = self.context.document.state
            for touchpoint_id in touched:
                self._current.pop(touchpoint_id, None)
            self._current.update(current_snapshot(state, touched))

    def clear(self) -> None:
        """No document."""
        self._choice = (None, None)
        self._rounds.clear()
        self._current = None
        self._fitted = False
        self.before_box.clear()
        self.after_box.clear()
        self.model.set_rows([], ("", ""))
        self.summary.clear()

    def refresh(self) -> None:
        """Fill the round choices (keeping the chosen ones) and compare."""
        assert self.context is not None
        rounds = self.context.document.state.rounds()
        ids = [r.id for r in rounds]
        before, after = self._choice
        if before not in ids and before != CURRENT:
            before = None
        if after not in ids and after != CURRENT:
            after = None
        if before is None or after is None:
            # The latest change by default: the last two rounds, or the last one and now.
            before = ids[-2] if len(ids) >= 2 else (ids[-1] if ids else CURRENT)
            after = ids[-1] if len(ids) >= 2 else CURRENT
        self._choice = (before, after)
        for box, chosen in ((self.before_box, before), (self.after_box, after)):
            box.clear()
            for assessment_round in rounds:
                box.addItem(
                    f"{short(assessment_round.name, 60)} ({format_date(assessment_round.date)})",
                    assessment_round.id,
                )
            box.addItem(self.tr("Current scores"), CURRENT)
            box.setCurrentIndex(max(0, box.findData(chosen)))
        self.delete_button.setEnabled(before != CURRENT and not self._read_only_flag())
        self._compare()

    def _read_only_flag(self) -> bool:
        return self.context is None or self.context.document.read_only

    def set_read_only(self, read_only: bool) -> None:
        """No closing or deleting rounds on a read-only document."""
        self.close_button.setEnabled(not read_only)
        self.delete_button.setEnabled(not read_only)

    def _on_choice(self, _index: int) -> None:
        self._choice = (self.before_box.currentData(), self.after_box.currentData())
        self.delete_button.setEnabled(self._choice[0] != CURRENT and not self._read_only_flag())
        self._compare()

    def choose(self, before: int, after: int) -> None:
        """Compare two rounds (ids, or CURRENT)."""
        self._choice = (before, after)
        self.invalidate()

    def _snapshot(self, choice: int | None) -> dict[int, SnapshotEntry]:
        assert self.context is not None
        state = self.context.document.state
        if choice is None or choice == CURRENT:
            if self._current is None:
                self._current = current_snapshot(state)
            return self._current
        if choice not in self._rounds:
            self._rounds[choice] = round_snapshot(state, choice)
        return self._rounds[choice]

    def _title(self, choice: int | None) -> str:
        assert self.context is not None
        if choice is None or choice == CURRENT:
            return self.tr("Current scores")
        assessment_round = self.context.document.state.get(AssessmentRound, choice)
        return assessment_round.name if assessment_round else ""

    def _compare(self) -> None:
        before, after = self._choice
        rows = compare(self._snapshot(before), self._snapshot(after))
        self.model.set_rows(rows, (self._title(before), self._title(after)))
        if not self._fitted and rows:
            fit_columns(self.table, {1: 260, 2: 220, 3: 220, 4: 130}, minimum=90)
            self._fitted = True
        figures = summarise(rows, TOLERANCE)
        if not self.context or not self.context.document.state.rounds():
            text = self.tr(
                "No assessment round has been closed yet. “Close round…” stores today's "
                "scores, so later scores can be compared with them."
            )
        elif figures.compared == 0:
            text = self.tr("No touchpoint is rated in both.")
        else:
            mean = figures.mean_change or 0.0
            text = (
                self.tr("%n touchpoint(s) compared", "", figures.compared)
                + "  ·  "
                + self.tr("%n improved", "", figures.improved)
                + "  ·  "
                + self.tr("%n worsened", "", figures.worsened)
                + "  ·  "
                + self.tr("mean change %1").replace(
                    "%1",
                    ("+" if mean > 0 else "−" if mean < 0 else "±") + format_number(abs(mean), 2),
                )
            )
        self.summary.setText(text)

    # -- actions ------------------------------------------------------------------------------

    def _on_clicked(self, index: QModelIndex) -> None:
        if self.context is not None and index.isValid():
            self.context.selection.set([self.model.data(index, ID_ROLE)])

    def delete_round(self) -> None:
        """Delete the round chosen on the left, after asking (it holds history)."""
        if self.context is None:
            return
        round_id = self._choice[0]
        assessment_round = (
            self.context.document.state.get(AssessmentRound, round_id)
            if round_id not in (None, CURRENT)
            else None
        )
        if assessment_round is None:
            return
        if not prompts.confirm(
            self,
            self.tr("Delete round"),
            plain_tip(
                self.tr("Delete the assessment round “%1” of %2?")
                .replace("%1", short(assessment_round.name))
                .replace("%2", format_date(assessment_round.date))
            ),
            self.tr("Its stored scores are removed. You can undo this."),
        ):
            return
        try:
            self.context.editor.delete_round(assessment_round.id)
        except EditError as error:
            self.show_error(self.tr("Delete round"), error)

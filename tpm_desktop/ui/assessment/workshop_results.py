"""Workshop results: the stored ratings aggregated, by group and workshop, applied again."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tpm_desktop.core import workshop
from tpm_desktop.core.model import Criterion, Score, WorkshopRating
from tpm_desktop.ui import prompts
from tpm_desktop.ui.assessment.common import caption, run_edit
from tpm_desktop.ui.assessment.labels import number, rich, shown, tip
from tpm_desktop.ui.assessment.scoring_panel import HIGH_SPREAD
from tpm_desktop.ui.feature import DocumentContext

MAX_GROUP_COLUMNS = 4
SORT_ROLE = Qt.ItemDataRole.UserRole + 1


class NumberItem(QTableWidgetItem):
    """A cell that sorts by its number, not its text."""

    def __lt__(self, other: QTableWidgetItem) -> bool:
        mine, theirs = self.data(SORT_ROLE), other.data(SORT_ROLE)
        if isinstance(mine, float) and isinstance(theirs, float):
            return mine < theirs
        return super().__lt__(other)


class WorkshopResultsDialog(QDialog):
    """Mean, spread and count per touchpoint and criterion; set the as-is scores from them."""

    def __init__(self, context: DocumentContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Workshop Results"))
        self.group_combo = QComboBox()
        self.batch_combo = QComboBox()
        for combo in (self.group_combo, self.batch_combo):
            combo.currentIndexChanged.connect(self.refresh)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.table = QTableWidget()
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setSortingEnabled(True)
        self.summary = QLabel()
        self.apply_button = QPushButton(self.tr("&Set As-Is Scores"))
        self.apply_button.setToolTip(
            self.tr("Set each as-is score to the mean of the ratings shown (one undo step)")
        )
        self.apply_button.clicked.connect(self.apply)
        self.delete_button = QPushButton(self.tr("&Delete Workshop…"))
        self.delete_button.setToolTip(
            self.tr("Remove the stored ratings of the chosen workshop (scores stay)")
        )
        self.delete_button.clicked.connect(self.delete_batch)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Group:")))
        filters.addWidget(self.group_combo)
        filters.addSpacing(12)
        filters.addWidget(QLabel(self.tr("Workshop:")))
        filters.addWidget(self.batch_combo)
        filters.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.apply_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.delete_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            caption(
                self.tr(
                    "The stored ratings of all workshops and surveys. Spread is the standard "
                    "deviation of the participants' values: from 1 on (orange) they disagree. "
                    "Choose a group or workshop to see and apply only its view."
                )
            )
        )
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)
        self.resize(980, 600)
        self._fill_filters()
        self.refresh()

    def _fill_filters(self) -> None:
        state = self.context.document.state
        for combo, everything, names in (
            (self.group_combo, self.tr("All groups"), workshop.groups(state)),
            (self.batch_combo, self.tr("All workshops"), workshop.batches(state)),
        ):
            combo.blockSignals(True)
            current = combo.currentData()
            combo.clear()
            combo.addItem(everything, None)
            for name in names:
                combo.addItem(shown(name, 60) if name else self.tr("(none)"), name)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)

    def _filters(self) -> tuple[str | None, str | None]:
        return self.group_combo.currentData(), self.batch_combo.currentData()

    def refresh(self, *_args: object) -> None:
        """Aggregate the stored ratings for the chosen group and workshop."""
        state = self.context.document.state
        group, batch = self._filters()
        ratings = list(state.table(WorkshopRating).values())
        results = workshop.aggregate(ratings, group, batch)
        groups = [] if group is not None else workshop.groups(state)[:MAX_GROUP_COLUMNS]
        by_group = {g: workshop.aggregate(ratings, g, batch) for g in groups if len(groups) > 1}
        headers = [
            self.tr("Touchpoint"),
            self.tr("Criterion"),
            self.tr("Mean"),
            self.tr("Spread"),
            self.tr("Ratings"),
            self.tr("As-is now"),
        ]
        group_names = [shown(g, 20) or self.tr("(none)") for g in by_group]
        headers += [f"⌀ {name}" for name in group_names]
        self.table.setSortingEnabled(False)
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        for offset, name in enumerate(group_names):
            self.table.horizontalHeaderItem(6 + offset).setToolTip(
                tip(self.tr("Mean of the group “%1”").replace("%1", name))
            )
        # The customer experience's ratings (no criterion) follow the criteria's.
        experience = workshop.experience_aggregate(ratings, group, batch)
        by_group_experience = {
            g: workshop.experience_aggregate(ratings, g, batch) for g in by_group
        }
        lines: list[tuple[int, int | None, workshop.Aggregate]] = [
            (tid, cid, result) for (tid, cid), result in sorted(results.items())
        ] + [(tid, None, result) for tid, result in sorted(experience.items())]
        self.table.setRowCount(len(lines))
        for row, (tid, cid, result) in enumerate(lines):
            touchpoint = state.touchpoints.get(tid)
            if cid is None:
                scale_name = self.tr("Customer experience")
                as_is = None if touchpoint is None else touchpoint.experience
                found_in = [a.get(tid) for a in by_group_experience.values()]
            else:
                criterion = state.get(Criterion, cid)
                scale_name = shown(criterion.name if criterion else str(cid), 60)
                score = state.get(Score, (tid, cid))
                as_is = None if score is None else score.as_is
                found_in = [a.get((tid, cid)) for a in by_group.values()]
            cells: list[QTableWidgetItem] = [
                QTableWidgetItem(shown(touchpoint.name if touchpoint else str(tid), 100)),
                QTableWidgetItem(scale_name),
                self._number(result.mean),
                self._number(result.spread),
                self._number(float(result.count), 0),
                self._number(None if as_is is None else float(as_is)),
            ]
            if result.spread >= HIGH_SPREAD:
                cells[3].setForeground(QColor("#b35c00"))
            for found in found_in:
                cells.append(self._number(None if found is None else found.mean))
            for column, cell in enumerate(cells):
                self.table.setItem(row, column, cell)
        self.table.setSortingEnabled(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column, width in ((0, 230), (1, 160)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        header.setStretchLastSection(True)
        participants = {
            r.participant.casefold()
            for r in ratings
            if (group is None or r.group_name == group) and (batch is None or r.batch == batch)
        }
        text = self.tr("%n touchpoint-criterion pair(s)", "", len(results))
        if experience:
            text += " · " + self.tr("%n customer experience(s)", "", len(experience))
        self.summary.setText(text + " · " + self.tr("%n participant(s)", "", len(participants)))
        writable = not self.context.document.read_only
        self.apply_button.setEnabled(bool(lines) and writable)
        self.delete_button.setEnabled(batch is not None and writable)

    @staticmethod
    def _number(value: float | None, decimals: int = 2) -> QTableWidgetItem:
        item = NumberItem(number(value, decimals, ""))
        item.setData(SORT_ROLE, float("-inf") if value is None else float(value))
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return item

    def apply(self) -> None:
        """Set the as-is scores from the ratings shown, in one undo step."""
        group, batch = self._filters()
        changes, aggregates = workshop.aggregate_changes(self.context.document.state, group, batch)
        editor = self.context.editor
        if run_edit(
            self, lambda: editor.apply_changes(self.tr("Aggregate workshop ratings"), changes)
        ):
            self.summary.setText(
                self.tr("%n as-is score(s) set from the workshop ratings.", "", len(aggregates))
            )
            self.refresh_scores()

    def refresh_scores(self) -> None:
        """Show the new as-is values (keeps the summary)."""
        text = self.summary.text()
        self.refresh()
        self.summary.setText(text)

    def delete_batch(self) -> None:
        """Remove the chosen workshop's stored ratings after asking."""
        _, batch = self._filters()
        if batch is None:
            return
        state = self.context.document.state
        count = sum(1 for r in state.table(WorkshopRating).values() if r.batch == batch)
        if not prompts.confirm(
            self,
            self.tr("Delete workshop"),
            rich(
                self.tr("Delete the %n stored rating(s) of “%1”?", "", count).replace(
                    "%1", shown(batch, 60)
                )
            ),
            self.tr("The as-is scores stay as they are. You can undo this."),
        ):
            return
        changes = workshop.delete_batch_changes(state, batch)
        editor = self.context.editor
        if run_edit(
            self, lambda: editor.apply_changes(self.tr("Delete workshop ratings"), changes)
        ):
            self._fill_filters()
            self.refresh()

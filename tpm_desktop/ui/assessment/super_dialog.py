"""The super-touchpoint suggestion: the top N by relevance, accepted or overridden."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tpm_desktop.core import ranking
from tpm_desktop.core.model import Department
from tpm_desktop.ui.assessment.common import caption, run_edit
from tpm_desktop.ui.assessment.labels import number, shown
from tpm_desktop.ui.feature import DocumentContext

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class SuperDialog(QDialog):
    """Lists touchpoints by relevance with a tick for "super"; applies in one undo step."""

    def __init__(self, context: DocumentContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Suggest Super-Touchpoints"))
        state = context.document.state
        metrics = ranking.all_metrics(state)
        self.order = ranking.super_order(state, metrics)
        rated = sum(1 for tid in self.order if metrics[tid].priority is not None)
        current = [tid for tid in self.order if state.touchpoints[tid].is_super]

        intro = caption(
            self.tr(
                "Super-touchpoints are the few touchpoints with the greatest influence on "
                "customers. The suggestion ticks the most relevant rated ones (ties by "
                "priority index); tick or untick any of them to override it."
            )
        )
        self.count_box = QSpinBox()
        self.count_box.setRange(0, max(0, rated))
        self.count_box.setValue(len(current) or min(rated, max(1, round(rated / 10))))
        suggest = QPushButton(self.tr("&Suggest"))
        suggest.setToolTip(self.tr("Tick exactly the top touchpoints by relevance"))
        suggest.clicked.connect(self.suggest)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Top")))
        top.addWidget(self.count_box)
        top.addWidget(QLabel(self.tr("by relevance")))
        top.addWidget(suggest)
        top.addStretch(1)

        self.table = QTableWidget(len(self.order), 6)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Super"),
                self.tr("Touchpoint"),
                self.tr("Department"),
                self.tr("Relevance"),
                self.tr("Priority"),
                self.tr("Marked now"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        departments = {d.id: d.name for d in state.table(Department).values()}
        for row, tid in enumerate(self.order):
            touchpoint = state.touchpoints[tid]
            tick = QTableWidgetItem()
            tick.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            tick.setData(ID_ROLE, tid)
            tick.setCheckState(
                Qt.CheckState.Checked if touchpoint.is_super else Qt.CheckState.Unchecked
            )
            priority = metrics[tid].priority
            cells = [
                tick,
                QTableWidgetItem(shown(touchpoint.name, 120)),
                QTableWidgetItem(shown(departments.get(touchpoint.department_id, ""), 60)),
                QTableWidgetItem(number(metrics[tid].relevance, 0)),
                QTableWidgetItem(number(priority, 0)),
                QTableWidgetItem("✓" if touchpoint.is_super else ""),
            ]
            for column in (3, 4):
                cells[column].setTextAlignment(
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                )
            cells[5].setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            for column, cell in enumerate(cells):
                self.table.setItem(row, column, cell)
        self.table.itemChanged.connect(self._update_summary)
        self.summary = QLabel()

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Apply"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)
        self.resize(760, 600)
        if not current:
            self.suggest()
        self._update_summary()

    def suggest(self) -> None:
        """Tick the top N by relevance and untick all others."""
        chosen = set(ranking.suggest_super(self.context.document.state, self.count_box.value()))
        blocker = QSignalBlocker(self.table)
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            state = (
                Qt.CheckState.Checked if item.data(ID_ROLE) in chosen else Qt.CheckState.Unchecked
            )
            item.setCheckState(state)
        del blocker
        self._update_summary()

    def chosen(self) -> list[int]:
        """The ticked touchpoints."""
        return [
            self.table.item(row, 0).data(ID_ROLE)
            for row in range(self.table.rowCount())
            if self.table.item(row, 0).checkState() == Qt.CheckState.Checked
        ]

    def _update_summary(self, *_args: object) -> None:
        state = self.context.document.state
        chosen = set(self.chosen())
        now = {tid for tid, tp in state.touchpoints.items() if tp.is_super}
        self.summary.setText(
            self.tr("%n touchpoint(s) ticked", "", len(chosen))
            + " · "
            + self.tr("%n newly marked", "", len(chosen - now))
            + " · "
            + self.tr("%n no longer marked", "", len(now - chosen))
        )
        self.ok_button.setEnabled(chosen != now)

    def accept(self) -> None:
        """Mark exactly the ticked touchpoints, in one undo step."""
        changes = ranking.super_changes(self.context.document.state, self.chosen())
        editor = self.context.editor
        if run_edit(self, lambda: editor.apply_changes(self.tr("Mark super-touchpoints"), changes)):
            super().accept()

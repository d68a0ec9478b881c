"""Distribute a total budget by priority and decision, reviewed before it applies."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tpm_desktop.core import budget, vocabulary
from tpm_desktop.core.budget import Proposal, Reason, Scope
from tpm_desktop.core.errors import TpmError
from tpm_desktop.core.model import Department
from tpm_desktop.ui.assessment.common import caption, run_edit, ui_language
from tpm_desktop.ui.assessment.labels import money, number, parse_amount, shown
from tpm_desktop.ui.feature import DocumentContext

STEPS = (1.0, 10.0, 100.0, 1000.0)
ID_ROLE = Qt.ItemDataRole.UserRole + 1
LOCK_COLUMN = 0


class DistributeDialog(QDialog):
    """Choose total, scope and rounding; review every share; apply as one undo step."""

    def __init__(self, context: DocumentContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.proposal: Proposal | None = None
        self.setWindowTitle(self.tr("Distribute Budget"))
        state = context.document.state
        currency = state.project.currency
        self.currency = currency
        self._total_typed = False
        # locks tried in the dialog; written with the budgets when applied
        self.locks = {tid for tid, tp in state.touchpoints.items() if tp.budget_locked}

        self.total_edit = QLineEdit()
        self.total_edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.total_edit.setToolTip(
            self.tr("Proposed: the project's total budget less the budgets that stay as they are")
        )
        self.total_edit.textChanged.connect(self.update_preview)
        self.total_edit.textEdited.connect(self._on_total_typed)
        total_row = QHBoxLayout()
        total_row.addWidget(self.total_edit, 1)
        currency_label = QLabel(vocabulary.currency_sign(currency))
        currency_label.setTextFormat(Qt.TextFormat.PlainText)  # the user's currency
        total_row.addWidget(currency_label)
        self.scope_combo = QComboBox()
        self.scope_combo.addItem(self.tr("All touchpoints"), Scope.ALL.value)
        self.scope_combo.addItem(self.tr("Touchpoints marked “focus”"), Scope.FOCUS.value)
        self.scope_combo.addItem(self.tr("Super-touchpoints"), Scope.SUPER.value)
        self.scope_combo.addItem(self.tr("Focus or super-touchpoints"), Scope.FOCUS_OR_SUPER.value)
        self.scope_combo.currentIndexChanged.connect(self._on_scope)
        self.step_combo = QComboBox()
        for step in STEPS:
            self.step_combo.addItem(money(step, currency), step)
        self.step_combo.setCurrentIndex(2)
        self.step_combo.currentIndexChanged.connect(self.update_preview)
        form = QFormLayout()
        total_label = QLabel(self.tr("&Total to distribute:"))
        total_label.setBuddy(self.total_edit)
        form.addRow(total_label, total_row)
        form.addRow(self.tr("&Over:"), self.scope_combo)
        form.addRow(self.tr("&Round to:"), self.step_combo)

        self.table = QTableWidget(0, 8)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Lock"),
                self.tr("Touchpoint"),
                self.tr("Department"),
                self.tr("Why"),
                self.tr("Priority"),
                self.tr("Current"),
                self.tr("Proposed"),
                self.tr("Change"),
            ]
        )
        lock_header = self.table.horizontalHeaderItem(LOCK_COLUMN)
        lock_header.setToolTip(self.tr("A locked budget stays as it is and comes off the total"))
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemChanged.connect(self._on_lock_changed)
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.error = caption("")
        self.error.setStyleSheet("color: #c0392b;")

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.apply_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.apply_button.setText(self.tr("&Apply"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            caption(
                self.tr(
                    "Each touchpoint gets a share of the total in proportion to its priority "
                    "index, weighted by its decision: more for “focus”, less for “neglect”, "
                    "nothing for “remove”; touchpoints to be combined get the same, and those "
                    "to be added a reserve. Locked budgets, touchpoints without scores and "
                    "those outside the chosen group keep their budget. Review the proposal, "
                    "then apply it as one step."
                )
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)
        self.resize(980, 620)
        self._suggest_total()

    def _on_total_typed(self, _text: str) -> None:
        self._total_typed = True

    def _on_scope(self, _index: int) -> None:
        if not self._total_typed:
            self._suggest_total()
        else:
            self.update_preview()

    def _suggest_total(self) -> None:
        """Offer what the chosen group can share without touching the other budgets."""
        scope = Scope(self.scope_combo.currentData())
        amount = budget.available(self.context.document.state, scope, self.locks)
        self.total_edit.setText(number(amount) if amount else "")

    def _total(self) -> float | None:
        try:
            value = parse_amount(self.total_edit.text())
        except ValueError:
            return None
        return value

    def update_preview(self, *_args: object) -> None:
        """Recompute the proposal and show it."""
        state = self.context.document.state
        total = self._total()
        self.proposal = None
        self.error.hide()
        if total is None or total < 0:
            self.error.setText(self.tr("Enter the total as a number, such as 250000."))
            self.error.show()
        else:
            try:
                self.proposal = budget.propose(
                    state,
                    total,
                    Scope(self.scope_combo.currentData()),
                    self.step_combo.currentData(),
                    locks=self.locks,
                )
            except TpmError as error:
                self.error.setText(error.message(ui_language()))
                self.error.show()
        rows = self.proposal.rows if self.proposal else ()
        departments = {d.id: d.name for d in state.table(Department).values()}
        blocker = QSignalBlocker(self.table)
        self.table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            touchpoint = state.touchpoints[row.touchpoint_id]
            change = row.proposed - (row.current or 0.0)
            sign = "+" if change > 0 else ("−" if change < 0 else "")
            lock = QTableWidgetItem()
            lock.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            lock.setData(ID_ROLE, row.touchpoint_id)
            lock.setCheckState(
                Qt.CheckState.Checked if row.reason is Reason.LOCKED else Qt.CheckState.Unchecked
            )
            lock.setToolTip(self.tr("Keep this budget as it is"))
            self.table.setItem(index, LOCK_COLUMN, lock)
            cells = [
                shown(touchpoint.name, 120),
                shown(departments.get(touchpoint.department_id, ""), 60),
                self.reason_text(row.reason),
                number(row.priority, 0),
                money(row.current, self.currency),
                money(row.proposed, self.currency),
                sign + money(abs(change), self.currency) if change else "",
            ]
            for column, text in enumerate(cells, start=1):
                item = QTableWidgetItem(text)
                if column >= 4:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(index, column, item)
        del blocker
        self._summarise()

    def reason_text(self, reason: Reason) -> str:
        """Why a touchpoint gets its amount, in a few words."""
        texts = {
            Reason.PRIORITY: self.tr("By priority"),
            Reason.FOCUS: self.tr("Focus: more"),
            Reason.COMBINE: self.tr("Combined: shared"),
            Reason.NEGLECT: self.tr("Neglect: less"),
            Reason.REMOVE: self.tr("Remove: nothing"),
            Reason.ADD: self.tr("Add: reserve"),
            Reason.LOCKED: self.tr("Locked"),
        }
        return texts[reason]

    def _on_lock_changed(self, item: QTableWidgetItem) -> None:
        if item.column() != LOCK_COLUMN:
            return
        tid = item.data(ID_ROLE)
        if item.checkState() == Qt.CheckState.Checked:
            self.locks.add(tid)
        else:
            self.locks.discard(tid)
        if self._total_typed:
            self.update_preview()
        else:
            self._suggest_total()

    def _summarise(self) -> None:
        proposal = self.proposal
        if proposal is None:
            self.summary.clear()
            self.apply_button.setEnabled(False)
            return
        parts = [
            self.tr("%n touchpoint(s) share %1.", "", len(proposal.rows)).replace(
                "%1", money(proposal.total, self.currency)
            )
        ]
        if proposal.locked:
            parts.append(
                self.tr("Locked budgets keep %1.").replace(
                    "%1", money(proposal.locked, self.currency)
                )
            )
        if proposal.unrated:
            parts.append(
                self.tr(
                    "%n touchpoint(s) without scores keep their budget.", "", len(proposal.unrated)
                )
            )
        if not proposal.rows:
            parts = [self.tr("No rated touchpoint is in the chosen group.")]
        self.summary.setText(" ".join(parts))
        state = self.context.document.state
        changed = any(
            state.touchpoints[row.touchpoint_id].budget != row.proposed for row in proposal.rows
        ) or any(tp.budget_locked != (tid in self.locks) for tid, tp in state.touchpoints.items())
        self.apply_button.setEnabled(bool(proposal.rows) and changed)

    def accept(self) -> None:
        """Set the proposed budgets in one undo step."""
        if self.proposal is None or not self.proposal.rows:
            return
        changes = budget.proposal_changes(
            self.context.document.state, self.proposal.amounts(), self.locks
        )
        editor = self.context.editor
        if run_edit(self, lambda: editor.apply_changes(self.tr("Distribute budget"), changes)):
            super().accept()

"""The budget dock: planned budgets by department, channel or phase against the total."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtGui import QColor, QFont, QIcon, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tpm_desktop.core import budget, vocabulary
from tpm_desktop.core.changes import Delta
from tpm_desktop.core.enums import Dimension
from tpm_desktop.core.model import Channel, Department, Phase, Project, Touchpoint
from tpm_desktop.core.state import LANE_FIELDS
from tpm_desktop.ui.assessment.common import LazyPanel, caption, run_edit
from tpm_desktop.ui.assessment.labels import money, number, parse_amount, shown, tip
from tpm_desktop.ui.feature import DocumentContext

ID_ROLE = Qt.ItemDataRole.UserRole + 1  # lane id on group rows, touchpoint id on children
GROUP_ROLE = Qt.ItemDataRole.UserRole + 2  # True on group rows


def _swatch(color: str) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(QColor(color))
    return QIcon(pixmap)


class BudgetPanel(LazyPanel):
    """Totals per lane, the touchpoints' budgets inside, and the project's total budget."""

    status_message = Signal(str)
    distribute_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context: DocumentContext | None = None
        self._snapshot: dict[int, tuple] = {}

        self.total_edit = QLineEdit()
        self.total_edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.total_edit.setPlaceholderText(self.tr("not set"))
        self.total_edit.setMaximumWidth(140)
        self.total_edit.setToolTip(
            self.tr("The project's total budget (also in Project Properties)")
        )
        self.total_edit.editingFinished.connect(self._on_total)
        self.currency_label = QLabel()
        self.currency_label.setTextFormat(Qt.TextFormat.PlainText)  # the user's currency
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.bar = QProgressBar()
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(8)
        self.error = caption("")
        self.error.setStyleSheet("color: #c0392b;")
        self.error.hide()

        self.group_combo = QComboBox()
        self.group_combo.addItem(self.tr("Department"), Dimension.DEPARTMENT.value)
        self.group_combo.addItem(self.tr("Channel"), Dimension.CHANNEL.value)
        self.group_combo.addItem(self.tr("Phase"), Dimension.PHASE.value)
        self.group_combo.currentIndexChanged.connect(self.schedule_refresh)
        self.distribute_button = QPushButton(self.tr("Distribute…"))
        self.distribute_button.setToolTip(
            self.tr("Propose a split of a total in proportion to the priority index")
        )
        self.distribute_button.clicked.connect(self.distribute_requested)

        self.tree = QTreeWidget()
        self.tree.setColumnCount(4)
        self.tree.setHeaderLabels(
            [
                "",
                self.tr("Planned"),
                self.tr("Share"),
                self.tr("With budget"),
            ]
        )
        self.tree.setAlternatingRowColors(True)
        self.tree.setMinimumHeight(40)  # the dock may be made low; the tree scrolls
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
            self.tree.headerItem().setTextAlignment(
                column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            )
        self.tree.itemExpanded.connect(self._fill_group)
        self.tree.itemChanged.connect(self._on_item_changed)
        self.tree.itemClicked.connect(self._on_item_clicked)

        top = QHBoxLayout()
        top.setSpacing(6)
        top.addWidget(QLabel(self.tr("Total budget:")))
        top.addWidget(self.total_edit)
        top.addWidget(self.currency_label)
        top.addSpacing(12)
        top.addWidget(self.summary, 1)
        top.addWidget(QLabel(self.tr("Group by:")))
        top.addWidget(self.group_combo)
        top.addWidget(self.distribute_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.error)
        layout.addWidget(self.bar)
        layout.addWidget(self.tree, 1)
        self.tree.setToolTip(
            self.tr("Double-click an amount to change it; click a touchpoint to select it.")
        )

    # -- life cycle -------------------------------------------------------------------------

    def attach(self, context: DocumentContext) -> None:
        """Follow a document."""
        self.context = context
        context.document.changed.connect(self._on_document_changed)
        self._snapshot = self._take_snapshot()
        self.schedule_refresh()

    def detach(self) -> None:
        """Stop following the document."""
        if self.context is not None:
            self.context.document.changed.disconnect(self._on_document_changed)
        self.context = None
        self.stop_refreshing()
        self.tree.clear()
        self.summary.clear()

    def _relevant(self, touchpoint: Touchpoint) -> tuple:
        return (
            touchpoint.budget,
            touchpoint.name,
            touchpoint.department_id,
            touchpoint.channel_id,
            touchpoint.phase_id,
        )

    def _take_snapshot(self) -> dict[int, tuple]:
        if self.context is None:
            return {}
        return {
            tid: self._relevant(tp) for tid, tp in self.context.document.state.touchpoints.items()
        }

    def _on_document_changed(self, delta: Delta) -> None:
        if self.context is None:
            return
        touchpoints = self.context.document.state.touchpoints
        relevant = delta.touches(Project, Department, Channel, Phase) or bool(
            delta.added.get(Touchpoint) or delta.removed.get(Touchpoint)
        )
        # Only the touched touchpoints are looked at: a whole snapshot per edit cost
        # milliseconds on a map of thousands.
        for tid in delta.updated.get(Touchpoint, set()) | delta.added.get(Touchpoint, set()):
            now = self._relevant(touchpoints[tid]) if tid in touchpoints else None
            if self._snapshot.get(tid) != now:  # type: ignore[call-overload]
                relevant = True
                self._snapshot[tid] = now  # type: ignore[index]
        for tid in delta.removed.get(Touchpoint, set()):
            self._snapshot.pop(tid, None)  # type: ignore[call-overload]
        if relevant:
            self.schedule_refresh()

    # -- showing ----------------------------------------------------------------------------

    def _dimension(self) -> Dimension:
        return Dimension(self.group_combo.currentData())

    def refresh(self) -> None:
        """Recompute the totals and rebuild the tree (expanded groups stay expanded)."""
        if self.context is None:
            return
        state = self.context.document.state
        currency = state.project.currency
        view = budget.overview(state)
        if not self.total_edit.hasFocus():
            self.total_edit.setText("" if view.total_budget is None else number(view.total_budget))
        self.currency_label.setText(vocabulary.currency_sign(currency))
        parts = [self.tr("Planned: %1").replace("%1", money(view.planned, currency))]
        if view.total_budget is not None:
            share = view.used_share
            if share is not None:
                parts[0] += f" ({number(share * 100, 0)} %)"
            remaining = view.remaining or 0.0
            if remaining >= 0:
                parts.append(self.tr("Remaining: %1").replace("%1", money(remaining, currency)))
            else:
                parts.append(
                    self.tr("Over budget by %1").replace("%1", money(-remaining, currency))
                )
        self.summary.setText(" · ".join(parts))
        over = view.remaining is not None and view.remaining < 0
        self.summary.setStyleSheet("color: #c0392b;" if over else "")
        self.bar.setVisible(view.total_budget is not None)
        self.bar.setRange(0, 1000)
        self.bar.setValue(int(min(1.0, view.used_share or 0.0) * 1000))
        self._rebuild_tree(view.planned, currency)
        self.distribute_button.setEnabled(not self.context.document.read_only)
        self.total_edit.setReadOnly(self.context.document.read_only)

    def _rebuild_tree(self, planned: float, currency: str) -> None:
        assert self.context is not None
        state = self.context.document.state
        dimension = self._dimension()
        expanded = {
            self.tree.topLevelItem(i).data(0, ID_ROLE)
            for i in range(self.tree.topLevelItemCount())
            if self.tree.topLevelItem(i).isExpanded()
        }
        totals = budget.totals_by(state, dimension)
        field = LANE_FIELDS[dimension]
        counts: dict[int, list[int]] = {}
        for touchpoint in state.touchpoints.values():
            entry = counts.setdefault(getattr(touchpoint, field), [0, 0])
            entry[1] += 1
            entry[0] += touchpoint.budget is not None
        blocker = QSignalBlocker(self.tree)
        self.tree.clear()
        self.tree.headerItem().setText(
            0, self.tr("%1 / touchpoint").replace("%1", self.group_combo.currentText())
        )
        bold = QFont(self.tree.font())
        bold.setBold(True)
        for lane in state.lanes(dimension):
            amount = totals.get(lane.id, 0.0)
            with_budget, total = counts.get(lane.id, [0, 0])
            item = QTreeWidgetItem(
                [
                    shown(lane.name, 120),
                    money(amount, currency),
                    self._percent(budget.share(amount, planned)),
                    self.tr("%1 of %2").replace("%1", str(with_budget)).replace("%2", str(total)),
                ]
            )
            item.setData(0, ID_ROLE, lane.id)
            item.setData(0, GROUP_ROLE, True)
            color = getattr(lane, "color", None)
            if color:
                item.setIcon(0, _swatch(color))
            item.setFont(0, bold)
            self._align(item)
            if with_budget:
                item.setChildIndicatorPolicy(QTreeWidgetItem.ChildIndicatorPolicy.ShowIndicator)
            self.tree.addTopLevelItem(item)
            if lane.id in expanded and with_budget:
                self._fill_group(item)
                item.setExpanded(True)
        total_item = QTreeWidgetItem([self.tr("Total"), money(planned, currency), "", ""])
        for column in range(4):
            total_item.setFont(column, bold)
        total_item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self._align(total_item)
        self.tree.addTopLevelItem(total_item)
        del blocker

    @staticmethod
    def _percent(share: float | None) -> str:
        return "" if share is None else f"{number(share * 100, 1)} %"

    @staticmethod
    def _align(item: QTreeWidgetItem) -> None:
        for column in (1, 2, 3):
            item.setTextAlignment(
                column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            )

    def _fill_group(self, item: QTreeWidgetItem) -> None:
        """Add the touchpoints with a budget under a lane (when it is first opened)."""
        if self.context is None or not item.data(0, GROUP_ROLE) or item.childCount():
            return
        state = self.context.document.state
        field = LANE_FIELDS[self._dimension()]
        lane_id = item.data(0, ID_ROLE)
        currency = state.project.currency
        members = sorted(
            (
                tp
                for tp in state.touchpoints.values()
                if getattr(tp, field) == lane_id and tp.budget is not None
            ),
            key=lambda tp: (-(tp.budget or 0.0), tp.name.casefold()),
        )
        lane_total = sum(tp.budget or 0.0 for tp in members)
        blocker = QSignalBlocker(self.tree)
        for touchpoint in members:
            child = QTreeWidgetItem(
                [
                    shown(touchpoint.name, 120),
                    money(touchpoint.budget, currency),
                    self._percent(budget.share(touchpoint.budget or 0.0, lane_total)),
                    "",
                ]
            )
            child.setData(0, ID_ROLE, touchpoint.id)
            child.setToolTip(0, tip(shown(touchpoint.name, 300)))
            editable = not self.context.document.read_only
            if editable:
                child.setFlags(child.flags() | Qt.ItemFlag.ItemIsEditable)
            self._align(child)
            item.addChild(child)
        del blocker

    # -- editing ----------------------------------------------------------------------------

    def _on_item_clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        if self.context is not None and not item.data(0, GROUP_ROLE) and item.data(0, ID_ROLE):
            self.context.selection.set([item.data(0, ID_ROLE)])

    def _on_item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        context = self.context
        if context is None or item.data(0, GROUP_ROLE) or column != 1:
            return
        touchpoint_id = item.data(0, ID_ROLE)
        try:
            value = parse_amount(item.text(1))
        except ValueError:
            self._show_error(item.text(1))
            self.schedule_refresh()
            return
        self.error.hide()
        if not run_edit(
            self, lambda: context.editor.set_touchpoint_fields([touchpoint_id], budget=value)
        ):
            self.schedule_refresh()

    def _on_total(self) -> None:
        context = self.context
        if context is None or not self.total_edit.isModified():
            return
        self.total_edit.setModified(False)
        try:
            value = parse_amount(self.total_edit.text())
        except ValueError:
            self._show_error(self.total_edit.text())
            return
        self.error.hide()
        if value == context.document.state.project.total_budget:
            return
        run_edit(self, lambda: context.editor.update_project(total_budget=value))

    def _show_error(self, text: str) -> None:
        self.error.setText(
            self.tr("“%1” is not an amount; enter a number such as 12500.").replace(
                "%1", shown(text, 40)
            )
        )
        self.error.show()

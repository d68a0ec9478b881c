"""Due for measurement: the KPIs whose last value is older than their frequency."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tpm_desktop.core.changes import Delta
from tpm_desktop.core.model import Kpi, Measurement, Touchpoint
from tpm_desktop.core.monitoring import due_kpis, next_due
from tpm_desktop.ui.monitoring import formatting
from tpm_desktop.ui.monitoring.formatting import (
    OVERDUE_TEXT,
    format_date,
    format_value,
    frequency_text,
    short,
)
from tpm_desktop.ui.monitoring.panel import ContextPanel, Notify

ID_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1


class _Item(QTreeWidgetItem):
    """Sorts by the raw value kept in SORT_ROLE (dates and day counts, not their text)."""

    def __lt__(self, other: QTreeWidgetItem) -> bool:
        column = self.treeWidget().sortColumn() if self.treeWidget() else 0
        mine, theirs = self.data(column, SORT_ROLE), other.data(column, SORT_ROLE)
        if mine is None or theirs is None:
            return super().__lt__(other)
        return mine < theirs


class DueView(ContextPanel):
    """A list of the KPIs to measure now; a click shows the KPI in the KPI panel."""

    kpi_activated = Signal(int)

    def __init__(self, language: str, notify: Notify, parent: QWidget | None = None) -> None:
        super().__init__(language, notify, parent)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setObjectName("due_list")
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSortingEnabled(True)
        self.tree.setHeaderLabels(
            [
                self.tr("KPI"),
                self.tr("Touchpoint"),
                self.tr("Measured"),
                self.tr("Last value"),
                self.tr("Last measured"),
                self.tr("Due since"),
            ]
        )
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column in (2, 3, 4, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.tree.sortByColumn(5, Qt.SortOrder.AscendingOrder)
        self.tree.itemClicked.connect(self._on_clicked)
        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.tree)
        self.stack.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.summary)
        layout.addWidget(self.stack, 1)

    def concerns(self, delta: Delta) -> bool:
        """KPIs, their measurements and the touchpoints' names."""
        return delta.touches(Kpi, Measurement, Touchpoint)

    def clear(self) -> None:
        """No document."""
        self.tree.clear()
        self.summary.clear()

    def refresh(self) -> None:
        """List the due KPIs, the longest overdue first."""
        assert self.context is not None
        state = self.context.document.state
        now = formatting.today()
        due = due_kpis(state, now)
        total = len(state.table(Kpi))
        self.tree.setSortingEnabled(False)
        self.tree.clear()
        items = []
        for kpi in due:
            measurements = state.measurements_of(kpi.id)
            touchpoint = state.touchpoints.get(kpi.touchpoint_id)
            since = next_due(kpi, measurements)
            item = _Item()
            item.setData(0, ID_ROLE, kpi.id)
            item.setText(0, short(kpi.name))
            item.setText(1, short(touchpoint.name) if touchpoint else "")
            item.setText(2, frequency_text(kpi.frequency))
            if measurements:
                last = measurements[-1]
                item.setText(3, format_value(last.value, kpi.unit))
                item.setText(4, format_date(last.date))
                item.setData(4, SORT_ROLE, last.date.toordinal())
            else:
                item.setText(4, self.tr("never"))
                item.setData(4, SORT_ROLE, 0)
            if since is not None:
                days = (now - since).days
                item.setText(5, format_date(since))
                item.setToolTip(5, self.tr("%n day(s) overdue", "", days))
                item.setData(5, SORT_ROLE, since.toordinal())
            else:
                item.setText(5, self.tr("not yet measured"))
                item.setData(5, SORT_ROLE, 0)
            item.setForeground(5, QBrush(OVERDUE_TEXT))
            items.append(item)
        self.tree.addTopLevelItems(items)
        self.tree.setSortingEnabled(True)
        self.stack.setCurrentWidget(self.tree if due else self.empty)
        if not total:
            self.summary.clear()
            self.empty.setText(self.tr("No KPIs yet. Add KPIs to touchpoints in the KPI panel."))
        elif not due:
            self.summary.clear()
            self.empty.setText(self.tr("All %n KPI(s) are measured up to date.", "", total))
        else:
            self.summary.setText(
                self.tr("%n KPI(s) due for measurement.", "", len(due))
                + " "
                + self.tr("A KPI is due when its last value is older than its frequency.")
            )

    def _on_clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        if self.context is None:
            return
        kpi = self.context.document.state.get(Kpi, item.data(0, ID_ROLE))
        if kpi is not None:
            self.kpi_activated.emit(kpi.id)

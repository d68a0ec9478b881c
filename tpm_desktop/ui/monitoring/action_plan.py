"""The action plan: every measure of the project, filtered, sorted and exported."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tpm_desktop.core.changes import Delta
from tpm_desktop.core.enums import Dimension, MeasureStatus
from tpm_desktop.core.measure_plan import (
    NO_OWNER,
    DueFilter,
    MeasureFilter,
    MeasureRow,
    StatusFilter,
    owners,
    summarise,
)
from tpm_desktop.core.model import Department, Measure, Project, Touchpoint
from tpm_desktop.reports.table_writer import write_table
from tpm_desktop.reports.tabular import TableError
from tpm_desktop.ui import prompts
from tpm_desktop.ui.actions import theme_icon
from tpm_desktop.ui.monitoring import formatting
from tpm_desktop.ui.monitoring.action_plan_model import ActionPlanModel, ActionPlanProxy, Column
from tpm_desktop.ui.monitoring.formatting import format_money, short, status_text
from tpm_desktop.ui.monitoring.panel import ContextPanel, Notify
from tpm_desktop.ui.monitoring.widgets import fit_columns
from tpm_desktop.ui.table_files import save_filter, with_table_suffix

EXPORT_DIR_KEY = "monitoring/export_dir"
# Columns sized to their contents up to these widths; the title takes the rest.
COLUMN_CAPS = {
    Column.TOUCHPOINT: 260,
    Column.DEPARTMENT: 220,
    Column.OWNER: 170,
    Column.DUE: 150,
    Column.STATUS: 130,
    Column.COST: 120,
    Column.QUICK_WIN: 100,
}


class ActionPlanView(ContextPanel):
    """A table of all measures with filters, totals and export; a click selects the touchpoint."""

    measure_activated = Signal(int)  # double click: show the measure in the measures panel

    def __init__(self, language: str, notify: Notify, parent: QWidget | None = None) -> None:
        super().__init__(language, notify, parent)
        self.model = ActionPlanModel(self)
        self.proxy = ActionPlanProxy(self)
        self.proxy.setSourceModel(self.model)

        self.status_box = QComboBox()
        for value, text in (
            (StatusFilter.ANY, self.tr("All statuses")),
            (StatusFilter.OPEN, self.tr("Open (planned or in progress)")),
            *((StatusFilter(s.value), status_text(s)) for s in MeasureStatus),
        ):
            self.status_box.addItem(text, value.value)
        self.owner_box = QComboBox()
        self.owner_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.department_box = QComboBox()
        self.department_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.due_box = QComboBox()
        for value, text in (
            (DueFilter.ANY, self.tr("Any due date")),
            (DueFilter.OVERDUE, self.tr("Overdue")),
            (DueFilter.NEXT_30_DAYS, self.tr("Due in the next 30 days")),
            (DueFilter.NEXT_90_DAYS, self.tr("Due in the next 90 days")),
            (DueFilter.NO_DATE, self.tr("No due date")),
        ):
            self.due_box.addItem(text, value.value)
        self.quick_win_check = QCheckBox(self.tr("Quick wins only"))
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Search"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMaximumWidth(220)
        self.reset_button = QPushButton(self.tr("Show all"))
        self.reset_button.setToolTip(self.tr("Clear every filter"))
        self.export_button = QPushButton(theme_icon("document-save-as"), self.tr("&Export…"))
        self.export_button.setToolTip(self.tr("Save the rows shown as an Excel or CSV table"))

        for box in (self.status_box, self.owner_box, self.department_box, self.due_box):
            box.currentIndexChanged.connect(self._apply_filter)
        self.quick_win_check.toggled.connect(self._apply_filter)
        self.search_edit.textChanged.connect(self._apply_filter)
        self.reset_button.clicked.connect(self.reset_filter)
        self.export_button.clicked.connect(self.export)

        bar = QHBoxLayout()
        bar.addWidget(self.status_box)
        bar.addWidget(self.owner_box)
        bar.addWidget(self.department_box)
        bar.addWidget(self.due_box)
        bar.addWidget(self.quick_win_check)
        bar.addWidget(self.search_edit)
        bar.addWidget(self.reset_button)
        bar.addStretch(1)
        bar.addWidget(self.export_button)

        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)

        self.table = QTableView()
        self.table.setObjectName("action_plan_table")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(Column.DUE, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        self.table.clicked.connect(self._on_clicked)
        self.table.doubleClicked.connect(self._on_double_clicked)
        self.proxy.rowsInserted.connect(self._update_summary)
        self.proxy.rowsRemoved.connect(self._update_summary)
        self.proxy.modelReset.connect(self._update_summary)
        self.proxy.layoutChanged.connect(self._update_summary)
        self.proxy.dataChanged.connect(self._update_summary)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        self._filling = False

    # -- showing ---------------------------------------------------------------------------

    def concerns(self, delta: Delta) -> bool:
        """Measures, and the names of touchpoints and departments they show."""
        return delta.touches(Measure, Touchpoint, Department, Project)

    def apply_delta(self, delta: Delta) -> None:
        """Update only the changed rows."""
        if not self.concerns(delta) or self.context is None:
            return
        state = self.context.document.state
        self.model.apply_delta(state, delta, formatting.today())
        if delta.touches(Measure, Department):
            self._fill_choices()

    def refresh(self) -> None:
        """Load every measure."""
        assert self.context is not None
        self.model.reset(self.context.document.state, formatting.today())
        self._fill_choices()
        fit_columns(self.table, COLUMN_CAPS)

    def clear(self) -> None:
        """No document."""
        self.model.reset(None, formatting.today())
        self._fill_choices()

    def _fill_choices(self) -> None:
        """Owner and department lists, keeping what is chosen when it still exists."""
        state = self.context.document.state if self.context else None
        self._filling = True
        try:
            chosen_owner = self.owner_box.currentData()
            self.owner_box.clear()
            self.owner_box.addItem(self.tr("All owners"), None)
            self.owner_box.addItem(self.tr("(no owner)"), NO_OWNER)
            for owner in owners(state.table(Measure).values()) if state else []:
                self.owner_box.addItem(short(owner, 40), owner)
            index = self.owner_box.findData(chosen_owner)
            self.owner_box.setCurrentIndex(max(0, index))

            chosen_department = self.department_box.currentData()
            self.department_box.clear()
            self.department_box.addItem(self.tr("All departments"), None)
            for department in state.lanes(Dimension.DEPARTMENT) if state else []:
                self.department_box.addItem(short(department.name, 40), department.id)
            index = self.department_box.findData(chosen_department)
            self.department_box.setCurrentIndex(max(0, index))
        finally:
            self._filling = False
        self._apply_filter()

    def current_filter(self) -> MeasureFilter:
        """The filter the controls describe."""
        return MeasureFilter(
            status=StatusFilter(self.status_box.currentData()),
            owner=self.owner_box.currentData(),
            department_id=self.department_box.currentData(),
            due=DueFilter(self.due_box.currentData()),
            quick_wins_only=self.quick_win_check.isChecked(),
            text=self.search_edit.text(),
        )

    def _apply_filter(self) -> None:
        if self._filling:
            return
        measure_filter = self.current_filter()
        self.proxy.set_filter(measure_filter)
        self.reset_button.setEnabled(measure_filter.active)
        self._update_summary()

    def reset_filter(self) -> None:
        """Show every measure."""
        self._filling = True
        try:
            for box in (self.status_box, self.owner_box, self.department_box, self.due_box):
                box.setCurrentIndex(0)
            self.quick_win_check.setChecked(False)
            self.search_edit.clear()
        finally:
            self._filling = False
        self._apply_filter()

    def show_overdue(self) -> None:
        """Filter to the overdue measures (from the menu)."""
        self.reset_filter()
        self.due_box.setCurrentIndex(self.due_box.findData(DueFilter.OVERDUE.value))

    def visible_rows(self) -> list[MeasureRow]:
        """The rows shown, in the order shown."""
        return [
            self.model.row_at(self.proxy.mapToSource(self.proxy.index(i, 0)).row())
            for i in range(self.proxy.rowCount())
        ]

    def _update_summary(self, *_args: object) -> None:
        rows = self.visible_rows()
        figures = summarise(rows)
        parts = [self.tr("%n measure(s)", "", figures.count)]
        if self.proxy.measure_filter.active:
            parts[0] = (
                self.tr("%1 of %2 measures shown")
                .replace("%1", str(figures.count))
                .replace("%2", str(self.model.rowCount()))
            )
        parts.append(self.tr("%n overdue", "", figures.overdue))
        parts.append(self.tr("%n quick win(s)", "", figures.quick_wins))
        progress = figures.progress
        if progress is not None:
            parts.append(self.tr("%1 % done").replace("%1", str(round(progress * 100))))
        currency = self.model.currency
        parts.append(
            self.tr("open cost %1").replace("%1", format_money(figures.open_cost, currency))
        )
        self.summary.setText("  ·  ".join(parts))

    # -- clicks -----------------------------------------------------------------------------

    def _on_clicked(self, index: QModelIndex) -> None:
        if self.context is None or not index.isValid():
            return
        measure = self.context.document.state.get(Measure, self.proxy.measure_id(index))
        if measure is not None:
            self.context.selection.set([measure.touchpoint_id])

    def _on_double_clicked(self, index: QModelIndex) -> None:
        self._on_clicked(index)
        if index.isValid():
            self.measure_activated.emit(self.proxy.measure_id(index))

    # -- export -----------------------------------------------------------------------------

    def export(self) -> None:
        """Ask for a file and write the rows shown to it."""
        if self.context is None:
            return
        settings = QSettings()
        folder = str(settings.value(EXPORT_DIR_KEY, str(Path.home())))
        chosen, chosen_filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export action plan"),
            str(Path(folder) / self.tr("action-plan.xlsx")),
            save_filter(),
        )
        if not chosen:
            return
        path = with_table_suffix(Path(chosen), chosen_filter)
        settings.setValue(EXPORT_DIR_KEY, str(path.parent))
        try:
            self.export_to(path)
        except TableError as error:
            prompts.show_error(self, self.tr("Export action plan"), error.message(self.language))
            return
        self.notify(self.tr("Action plan exported to %1").replace("%1", str(path)))

    def export_to(self, path: Path) -> None:
        """Write the rows shown, in the order shown, as CSV or XLSX; raises TableError."""
        titles = self.model.column_titles()
        headers = [
            titles[Column.TITLE],
            self.tr("Description"),
            *titles[Column.TOUCHPOINT : Column.COST + 1],
            self.tr("Quick win"),
            self.tr("Overdue"),
        ]
        yes = self.tr("yes")
        rows = []
        for row in self.visible_rows():
            m = row.measure
            rows.append(
                [
                    m.title,
                    m.description,
                    row.touchpoint_name,
                    row.department_name,
                    m.owner,
                    m.due_date,
                    status_text(m.status),
                    m.cost,
                    yes if row.quick_win else "",
                    yes if row.overdue else "",
                ]
            )
        write_table(path, headers, rows, sheet=self.tr("Action plan"))

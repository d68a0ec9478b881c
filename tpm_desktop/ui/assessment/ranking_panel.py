"""The ranking dock: a sortable, filterable table of all touchpoints, exported as shown."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QSettings,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from tpm_desktop.core.changes import Delta
from tpm_desktop.core.enums import EXPERIENCE_MAX, EXPERIENCE_MIN, Decision, Dimension
from tpm_desktop.core.errors import TpmError
from tpm_desktop.core.model import Department, Touchpoint
from tpm_desktop.reports.table_writer import write_table
from tpm_desktop.ui import prompts
from tpm_desktop.ui.actions import theme_icon
from tpm_desktop.ui.assessment.common import run_busy, ui_language
from tpm_desktop.ui.assessment.labels import (
    decision_label,
    experience_icon,
    experience_label,
    parse_amount,
    rich,
    shown,
)
from tpm_desktop.ui.assessment.ranking_model import (
    EXPORT_ROLE,
    ID_ROLE,
    KIND_ROLE,
    Column,
    RankingModel,
    RankingProxy,
)
from tpm_desktop.ui.assessment.score_input import parse_score
from tpm_desktop.ui.feature import DocumentContext
from tpm_desktop.ui.table_files import save_filter, with_table_suffix

EXPORT_DIR_KEY = "assessment/export_dir"
Index = QModelIndex | QPersistentModelIndex


class RankingDelegate(QStyledItemDelegate):
    """Editors by column: combo boxes for experience and decision, text for the rest."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        """A combo box for choices, a line edit for names, scores and amounts."""
        kind = index.data(KIND_ROLE)
        if kind == "experience":
            combo = QComboBox(parent)
            combo.addItem(experience_label(None), None)
            for value in range(EXPERIENCE_MAX, EXPERIENCE_MIN - 1, -1):
                label = f"{value:+d} {experience_label(value)}" if value else experience_label(0)
                combo.addItem(experience_icon(value, 16), label, value)
            return combo
        if kind == "decision":
            combo = QComboBox(parent)
            for decision in Decision:
                combo.addItem(decision_label(decision), decision.value)
            return combo
        edit = QLineEdit(parent)
        edit.setFrame(False)
        if kind in ("score", "budget"):
            edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return edit

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        """Put the cell's plain value into the editor."""
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)))
        elif isinstance(editor, QLineEdit):
            shown_text = index.data(Qt.ItemDataRole.DisplayRole) or ""
            editor.setText(value or "" if index.data(KIND_ROLE) == "name" else shown_text)
            editor.selectAll()
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        """Parse the typed value and hand it to the model (which calls the editor facade)."""
        kind = index.data(KIND_ROLE)
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
            return
        if not isinstance(editor, QLineEdit):
            super().setModelData(editor, model, index)
            return
        text = editor.text()
        value: Any = text
        try:
            if kind == "score":
                value = parse_score(text)
            elif kind == "budget":
                value = parse_amount(text)
        except ValueError:
            return  # not a number: the cell keeps its value
        if value == index.data(Qt.ItemDataRole.EditRole):
            return
        model.setData(index, value, Qt.ItemDataRole.EditRole)


class RankingPanel(QWidget):
    """The ranking table with its filters and export."""

    status_message = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context: DocumentContext | None = None
        self._syncing = False
        self.model = RankingModel(self)
        self.proxy = RankingProxy(self)
        self.proxy.setSourceModel(self.model)

        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Filter by short id, name, lane or person"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self.proxy.set_text)
        self.department_combo = QComboBox()
        self.department_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.department_combo.setMinimumContentsLength(14)
        self.department_combo.currentIndexChanged.connect(self._on_department)
        self.decision_combo = QComboBox()
        self.decision_combo.addItem(self.tr("All decisions"), None)
        for decision in Decision:
            self.decision_combo.addItem(decision_label(decision), decision.value)
        self.decision_combo.currentIndexChanged.connect(self._on_decision)
        self.count_label = QLabel()
        self.export_button = QToolButton()
        self.export_button.setText(self.tr("Export…"))
        self.export_button.setIcon(theme_icon("document-save-as"))
        self.export_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.export_button.setToolTip(self.tr("Save the rows and columns shown as CSV or Excel"))
        self.export_button.clicked.connect(self.export)

        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setItemDelegate(RankingDelegate(self.table))
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.setAlternatingRowColors(True)
        self.table.setMinimumHeight(48)  # the dock may be made low; the table scrolls
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection)
        self._sort_spec = (Column("priority"), Qt.SortOrder.DescendingOrder)
        header.sortIndicatorChanged.connect(self._remember_sort)
        # A new criterion shifts the columns: keep sorting by the same one.
        self.proxy.modelReset.connect(self._restore_sort)  # after the proxy has followed
        self.proxy.rowsInserted.connect(self._update_count)
        self.proxy.rowsRemoved.connect(self._update_count)
        self.proxy.modelReset.connect(self._update_count)
        self.proxy.layoutChanged.connect(self._update_count)

        bar = QHBoxLayout()
        bar.setSpacing(6)
        bar.addWidget(self.filter_edit, 2)
        bar.addWidget(self.department_combo, 1)
        bar.addWidget(self.decision_combo)
        bar.addWidget(self.count_label)
        bar.addStretch(0)
        bar.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(4)
        layout.addLayout(bar)
        layout.addWidget(self.table)

    # -- life cycle -------------------------------------------------------------------------

    def attach(self, context: DocumentContext) -> None:
        """Show a document and follow its selection."""
        self.context = context
        # Filters first and no sorting while the rows load: the reset below then
        # sorts once (_restore_sort), instead of once per step.
        self.proxy.sort(-1)
        self._fill_departments()
        self.model.attach(context)
        context.document.changed.connect(self._on_document_changed)
        context.selection.selection_changed.connect(self._on_selection_changed)
        self._size_columns()
        self._update_count()
        self._on_selection_changed(context.selection.ids)

    def detach(self) -> None:
        """Forget the document."""
        if self.context is not None:
            self.context.document.changed.disconnect(self._on_document_changed)
            self.context.selection.selection_changed.disconnect(self._on_selection_changed)
        self.model.detach()
        self.context = None
        self._update_count()

    def _remember_sort(self, section: int, order: Qt.SortOrder) -> None:
        if 0 <= section < len(self.model.columns):
            self._sort_spec = (self.model.columns[section], order)

    def _sort_column(self) -> tuple[int, Qt.SortOrder]:
        """The column the user sorted by (found again after the catalogue changed)."""
        wanted, order = self._sort_spec
        columns = self.model.columns
        if wanted in columns:
            return columns.index(wanted), order
        priority = next((i for i, c in enumerate(columns) if c.kind == "priority"), 0)
        return priority, Qt.SortOrder.DescendingOrder

    def _restore_sort(self) -> None:
        if self.context is not None:
            column, order = self._sort_column()
            self.table.sortByColumn(column, order)

    def _size_columns(self) -> None:
        header = self.table.horizontalHeader()
        metrics = self.fontMetrics()
        for section, column in enumerate(self.model.columns):
            title = self.model.column_title(column)
            width = metrics.horizontalAdvance(title) + 34  # room for the sort arrow
            if column.kind == "name":
                width = max(width, 240)
            elif column.kind == "code":
                width = max(width, 56)
            elif column.kind in ("department", "channel", "phase"):
                width = max(width, 130)
            elif column.kind in ("decision", "budget"):
                width = max(width, 100)
            elif column.kind == "score":
                width = min(max(width, 64), 120)  # long criterion names are elided
            else:
                width = max(width, 64)
            header.resizeSection(section, min(width, 260))

    def _fill_departments(self) -> None:
        self.department_combo.blockSignals(True)
        current = self.department_combo.currentData()
        self.department_combo.clear()
        self.department_combo.addItem(self.tr("All departments"), None)
        if self.context is not None:
            for lane in self.context.document.state.lanes(Dimension.DEPARTMENT):
                self.department_combo.addItem(shown(lane.name, 60), lane.id)
        index = self.department_combo.findData(current)
        self.department_combo.setCurrentIndex(max(0, index))
        self.department_combo.blockSignals(False)
        self.proxy.set_department(self.department_combo.currentData())

    def _on_document_changed(self, delta: Delta) -> None:
        if delta.touches(Department):
            self._fill_departments()
        if delta.keys(Touchpoint) or delta.touches(Department):
            self._update_count()

    def _on_department(self, _index: int) -> None:
        self.proxy.set_department(self.department_combo.currentData())
        self._update_count()

    def _on_decision(self, _index: int) -> None:
        self.proxy.set_decision(self.decision_combo.currentData())
        self._update_count()

    def _update_count(self, *_args: object) -> None:
        shown_rows, total = self.proxy.rowCount(), self.model.rowCount()
        if shown_rows == total:
            self.count_label.setText(self.tr("%n touchpoint(s)", "", total))
        else:
            self.count_label.setText(
                self.tr("%1 of %2 shown").replace("%1", str(shown_rows)).replace("%2", str(total))
            )

    # -- selection, both ways ---------------------------------------------------------------

    def _on_table_selection(self, *_args: object) -> None:
        if self._syncing or self.context is None:
            return
        rows = self.table.selectionModel().selectedRows()
        current = self.table.currentIndex()
        ids = [index.data(ID_ROLE) for index in rows]
        if current.isValid() and current.data(ID_ROLE) in ids:
            first = current.data(ID_ROLE)
            ids = [first, *(i for i in ids if i != first)]
        self._syncing = True
        try:
            self.context.selection.set(ids)
        finally:
            self._syncing = False

    def _on_selection_changed(self, ids: list) -> None:
        if self._syncing:
            return
        selection = QItemSelection()
        last_column = self.proxy.columnCount() - 1
        for tid in ids:
            row = self.model.row_of(tid)
            if row is None:
                continue
            index = self.proxy.mapFromSource(self.model.index(row, 0))
            if index.isValid():
                selection.select(index, index.siblingAtColumn(last_column))
        self._syncing = True
        try:
            flags = (
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows
            )
            self.table.selectionModel().select(selection, flags)
            if ids:
                row = self.model.row_of(ids[0])
                if row is not None:
                    index = self.proxy.mapFromSource(self.model.index(row, 0))
                    if index.isValid():
                        self.table.selectionModel().setCurrentIndex(
                            index, QItemSelectionModel.SelectionFlag.NoUpdate
                        )
                        self.table.scrollTo(index)
        finally:
            self._syncing = False

    # -- export -----------------------------------------------------------------------------

    def shown_table(self) -> tuple[list[str], list[list[Any]]]:
        """The headers and rows as shown: visible columns in their order, filtered and sorted."""
        header = self.table.horizontalHeader()
        sections = [
            header.logicalIndex(visual)
            for visual in range(header.count())
            if not header.isSectionHidden(header.logicalIndex(visual))
        ]
        headers = [str(self.proxy.headerData(s, Qt.Orientation.Horizontal) or "") for s in sections]
        rows = [
            [self.proxy.index(row, s).data(EXPORT_ROLE) for s in sections]
            for row in range(self.proxy.rowCount())
        ]
        return headers, rows

    def export(self) -> None:
        """Ask for a file and write the ranking as shown to CSV or XLSX."""
        if self.context is None:
            return
        settings = QSettings()
        folder = str(settings.value(EXPORT_DIR_KEY, str(Path.home())))
        name = self.tr("ranking") + ".xlsx"
        path, chosen_filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export ranking"),
            str(Path(folder) / name),
            save_filter(),
        )
        if not path:
            return
        target = with_table_suffix(Path(path), chosen_filter)
        headers, rows = self.shown_table()
        sheet = self.tr("Ranking")
        try:
            run_busy(
                self,
                self.tr("Exporting the ranking…"),
                lambda: write_table(target, headers, rows, sheet=sheet),
            )
        except TpmError as error:
            prompts.show_error(self, self.tr("Export ranking"), rich(error.message(ui_language())))
            return
        except OSError as error:
            prompts.show_error(self, self.tr("Export ranking"), rich(str(error)))
            return
        settings.setValue(EXPORT_DIR_KEY, str(target.parent))
        self.status_message.emit(
            self.tr("%n row(s) exported to %1", "", len(rows)).replace("%1", target.name)
        )

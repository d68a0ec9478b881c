"""Wizard page 3: every row as it will be imported, rows with problems marked; then import."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QHeaderView,
    QLabel,
    QProgressBar,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from tpm_desktop.core.enums import ChannelKind, Dimension
from tpm_desktop.core.errors import TpmError
from tpm_desktop.reports.tabular import Table
from tpm_desktop.reports.touchpoint_columns import Field
from tpm_desktop.reports.touchpoint_import import ImportPlan, RowResult, cell_text, plan_import
from tpm_desktop.ui.importer.reading import BackgroundJob, unreadable

if TYPE_CHECKING:
    from tpm_desktop.ui.importer.wizard import ImportWizard

# Cells are cut before any text layout: a name may be megabytes long.
CELL_CHARS = 200
PROBLEM_BACKGROUND = QColor("#fde7e7")
NOTE_BACKGROUND = QColor("#fff4ce")
SHOWN_FIELDS = (Field.NAME, Field.DEPARTMENT, Field.CHANNEL, Field.PHASE)


class ImportPreviewModel(QAbstractTableModel):
    """Rows of the plan: number, name, lanes, and problems (or notes)."""

    def __init__(self, language: str, parent: Any = None) -> None:
        super().__init__(parent)
        self._language = language
        self._rows: list[RowResult] = []
        self._cells: list[list[str]] = []
        self._headers = [
            self.tr("Row"),
            self.tr("Name"),
            self.tr("Department"),
            self.tr("Channel"),
            self.tr("Phase"),
            self.tr("Problems"),
        ]

    def set_plan(self, plan: ImportPlan | None, table: Table | None) -> None:
        """Show a plan's rows with the table's cells as they are in the file."""
        self.beginResetModel()
        self._rows = list(plan.rows) if plan else []
        self._cells = []
        if plan is not None and table is not None:
            index = {target: i for i, target in enumerate(plan.mapping) if target is not None}
            by_number = {table.row_number(i): row for i, row in enumerate(table.rows)}
            for result in self._rows:
                cells = by_number.get(result.number, [])
                self._cells.append([_cell(cells, index.get(field)) for field in SHOWN_FIELDS])
        self.endResetModel()

    def row_result(self, row: int) -> RowResult:
        """The plan's row shown in model row `row`."""
        return self._rows[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        """Rows of the table (none below the root)."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        """Row number, four cells, problems."""
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(
        self,
        index: QModelIndex | QPersistentModelIndex,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        """Text, problem colouring, icon and tooltip of a cell."""
        if not index.isValid():
            return None
        result = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == 0:
                return str(result.number)
            if column == len(self._headers) - 1:
                return self._problems_text(result, role == Qt.ItemDataRole.ToolTipRole)
            text = self._cells[index.row()][column - 1] if self._cells else ""
            if role == Qt.ItemDataRole.ToolTipRole and text:
                return f"<qt>{html.escape(text)}</qt>"  # a cell may hold markup
            return text
        if role == Qt.ItemDataRole.BackgroundRole:
            if result.problems:
                return QBrush(PROBLEM_BACKGROUND)
            if result.notes:
                return QBrush(NOTE_BACKGROUND)
        if role == Qt.ItemDataRole.DecorationRole and column == 0:
            style = QApplication.style()
            if result.problems:
                return style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical)
            if result.notes:
                return style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return bool(result.problems)
        return None

    def _problems_text(self, result: RowResult, tooltip: bool) -> str:
        """The cell: the one reason, or their count and short forms; the tooltip: all, in full."""
        reasons = [*result.problems, *result.notes]
        if tooltip:
            # Rich text, so each reason gets its own line; cell values in it are escaped.
            lines = [html.escape(reason.message(self._language)) for reason in reasons]
            if len(lines) > 1:
                lines = [f"• {line}" for line in lines]
            return f"<qt>{'<br>'.join(lines)}</qt>" if lines else ""
        if len(reasons) == 1:
            return reasons[0].message(self._language)
        if not reasons:
            return ""
        short = ", ".join(reason.message(self._language, short=True) for reason in reasons)
        return self.tr("%n problem(s):", "", len(reasons)) + " " + short


def _cell(cells: list[Any], index: int | None) -> str:
    if index is None or index >= len(cells):
        return ""
    text = cell_text(cells[index])[: CELL_CHARS * 2]
    text = " ".join(text.split())
    return text if len(text) <= CELL_CHARS else text[: CELL_CHARS - 1] + "…"


class ProblemFilter(QSortFilterProxyModel):
    """Optionally only the rows with problems."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.only_problems = False

    def set_only_problems(self, only: bool) -> None:
        """Show only rows with problems, or all rows."""
        if hasattr(self, "beginFilterChange"):  # Qt 6.10 and later
            self.beginFilterChange()
            self.only_problems = only
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.only_problems = only
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:
        """Keep problem rows, and the others unless filtered."""
        if not self.only_problems:
            return True
        index = self.sourceModel().index(row, 0, parent)
        return bool(self.sourceModel().data(index, Qt.ItemDataRole.UserRole))


class ImportPreviewPage(QWizardPage):
    """The plan for the chosen mapping: a summary, the rows, and what to do with bad ones."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(self.tr("Check and import"))
        self.setSubTitle(
            self.tr(
                "Each row becomes a touchpoint. Rows with problems are marked: correct them in "
                "Excel and use Read Again on the first page, or skip them below."
            )
        )
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Import"))
        self.summary = QLabel()
        self.summary.setObjectName("preview_summary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.model = ImportPreviewModel(wizard.language, self)
        self.filter = ProblemFilter(self)
        self.filter.setSourceModel(self.model)
        self.view = QTableView()
        self.view.setObjectName("preview_view")
        self.view.setModel(self.filter)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setWordWrap(False)
        self.view.setAlternatingRowColors(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.only_problems = QCheckBox(self.tr("Show only rows with &problems"))
        self.only_problems.toggled.connect(self.filter.set_only_problems)
        self.detail = QLabel()
        self.detail.setObjectName("preview_detail")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setStyleSheet("#preview_detail { color: #b3261e; }")
        self.view.selectionModel().currentRowChanged.connect(self._show_detail)
        self.skip_invalid = QCheckBox(self.tr("&Skip the rows with problems and import the others"))
        self.skip_invalid.setObjectName("skip_invalid")
        self.skip_invalid.toggled.connect(self.completeChanged)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy: checking rows has no measured progress
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(6)
        self.progress.hide()
        self.planner = BackgroundJob(self)
        self.planner.finished.connect(self._on_planned)
        layout = QVBoxLayout(self)
        layout.addWidget(self.progress)
        layout.addWidget(self.summary)
        layout.addWidget(self.only_problems)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.detail)
        layout.addWidget(self.skip_invalid)

    def initializePage(self) -> None:
        """Check every row with the chosen mapping, in the background."""
        loaded = self._wizard.loaded
        if loaded is None:
            return
        self._wizard.plan = None
        self.model.set_plan(None, None)
        self.detail.clear()
        self.detail.hide()
        self.only_problems.hide()
        self.skip_invalid.hide()
        self.summary.setText(self.tr("Checking %n row(s) …", "", len(loaded.table.rows)))
        self.progress.show()
        table, state, mapping = loaded.table, self._wizard.state, list(self._wizard.mapping)
        kinds = dict(self._wizard.channel_kinds)
        # The wizard is window-modal: nothing edits the state while the rows are checked.
        self.planner.start(
            lambda: plan_import(table, state, mapping, kinds), unreadable(loaded.path)
        )
        self.completeChanged.emit()

    def _on_planned(self, result: object) -> None:
        self.progress.hide()
        loaded = self._wizard.loaded
        if isinstance(result, TpmError) or loaded is None:
            message = result.message(self._wizard.language) if isinstance(result, TpmError) else ""
            self.summary.setText(html.escape(message))
            return
        assert isinstance(result, ImportPlan)
        plan = result
        self._wizard.plan = plan
        self.model.set_plan(plan, loaded.table)
        bad = len(plan.invalid_rows)
        self.only_problems.setVisible(bad > 0)
        self.only_problems.setChecked(False)
        self.skip_invalid.setVisible(bad > 0)
        self.skip_invalid.setChecked(False)
        self.summary.setText(self._summary(plan))
        # Measuring the first rows is enough to size the columns (and fast for thousands).
        self.view.horizontalHeader().setResizeContentsPrecision(200)
        self.view.resizeColumnsToContents()
        for column in range(1, 5):
            self.view.setColumnWidth(column, min(self.view.columnWidth(column), 220))
        self.completeChanged.emit()

    def _show_detail(self, current: QModelIndex) -> None:
        """Every problem of the row the user is on, in full."""
        if not current.isValid():
            self.detail.clear()
            self.detail.hide()
            return
        result = self.model.row_result(self.filter.mapToSource(current).row())
        lines = [*result.messages(self._wizard.language)]
        lines += [note.message(self._wizard.language) for note in result.notes]
        self.detail.setText("\n".join(lines))
        self.detail.setVisible(bool(lines))

    def _summary(self, plan: ImportPlan) -> str:
        total, good, bad = len(plan.rows), len(plan.valid_rows), len(plan.invalid_rows)
        lines = [
            "<b>"
            + self.tr("%n touchpoint(s) can be imported", "", good)
            + "</b>"
            + (
                " · <span style='color:#b3261e'>"
                + self.tr("%n row(s) with problems", "", bad)
                + "</span>"
                if bad
                else ""
            )
            + " · "
            + self.tr("%n row(s) in the table", "", total)
        ]
        created = (
            (Dimension.DEPARTMENT, self.tr("New departments:")),
            (Dimension.CHANNEL, self.tr("New channels:")),
            (Dimension.PHASE, self.tr("New phases:")),
        )
        for dimension, label in created:
            names = plan.created[dimension]
            if dimension is Dimension.CHANNEL:
                names = [
                    f"{_joined([channel.name], limit=1, width=48)} ({self._kind(channel.kind)})"
                    for channel in plan.new_channels
                ]
            if names:
                lines.append(f"{label} {html.escape(_joined(names))}")
        if plan.new_segments:
            lines.append(
                self.tr("New customer segments:") + " " + html.escape(_joined(plan.new_segments))
            )
        ignored = plan.ignored_columns(self._wizard.language)
        if ignored:
            lines.append(self.tr("Columns not imported:") + " " + html.escape(_joined(ignored)))
        if plan.already_present:
            lines.append(
                self.tr(
                    "%n of them already exist in the project with the same name and place; "
                    "they would be added again.",
                    "",
                    plan.already_present,
                )
            )
        return "<br>".join(lines)

    def _kind(self, kind: ChannelKind) -> str:
        return self.tr("online") if kind is ChannelKind.ONLINE else self.tr("offline")

    def isComplete(self) -> bool:
        """Import when some row is valid and bad rows are either absent or to be skipped."""
        plan = self._wizard.plan
        if plan is None or self.planner.busy or not plan.valid_rows:
            return False
        return not plan.invalid_rows or self.skip_invalid.isChecked()


def _joined(names: list[str], limit: int = 12, width: int = 60) -> str:
    shown = [name if len(name) <= width else name[: width - 1] + "…" for name in names[:limit]]
    more = f" (+{len(names) - limit})" if len(names) > limit else ""
    return ", ".join(shown) + more

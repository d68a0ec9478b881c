"""Importing measurements from CSV or XLSX: read in the background, preview, then accept.

Nothing is written until the user presses Import; then every good row goes in as
one undoable step. Rows with problems are listed with the reason and left out.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tpm_desktop.core.changes import ChangeSet
from tpm_desktop.core.errors import EditError, TpmError
from tpm_desktop.core.model import Kpi
from tpm_desktop.core.state import ProjectState, StateConflictError
from tpm_desktop.reports.measurement_import import (
    ImportPreview,
    ImportRow,
    RowProblem,
    import_changes,
    preview_import,
)
from tpm_desktop.reports.tabular import read_table
from tpm_desktop.ui import prompts
from tpm_desktop.ui.feature import DocumentContext
from tpm_desktop.ui.monitoring.formatting import (
    BAD,
    GOOD,
    NEUTRAL,
    format_date,
    format_number,
    problem_text,
    short,
)
from tpm_desktop.ui.monitoring.widgets import fit_columns
from tpm_desktop.ui.monitoring.worker import Task

Index = QModelIndex | QPersistentModelIndex
NOTE_COLUMN, RESULT_COLUMN = 5, 6
# The column each problem is about, so the cell at fault stands out.
PROBLEM_COLUMNS = {
    RowProblem.MISSING_DATE: 1,
    RowProblem.BAD_DATE: 1,
    RowProblem.UNKNOWN_TOUCHPOINT: 2,
    RowProblem.AMBIGUOUS_TOUCHPOINT: 2,
    RowProblem.MISSING_KPI: 3,
    RowProblem.UNKNOWN_KPI: 3,
    RowProblem.AMBIGUOUS_KPI: 3,
    RowProblem.MISSING_VALUE: 4,
    RowProblem.BAD_VALUE: 4,
    RowProblem.VALUE_OUT_OF_RANGE: 4,
}


@dataclass(frozen=True, slots=True)
class ReadResult:
    """What the background step produced."""

    preview: ImportPreview
    changes: ChangeSet
    sheet: str | None
    sheets: list[str]


def read_and_check(path: Path, sheet: str | None, state: ProjectState) -> ReadResult:
    """Read the table and check every row (runs in a worker thread; writes nothing)."""
    table = read_table(path, sheet)
    preview = preview_import(state, table.headers, table.rows)
    return ReadResult(preview, import_changes(state, preview), table.sheet, table.sheets)


class MeasurementPreviewModel(QAbstractTableModel):
    """The checked rows: what each says, what it resolved to, and whether it goes in."""

    def __init__(self, state: ProjectState, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._state = state
        self.rows: list[ImportRow] = []

    def set_rows(self, rows: list[ImportRow]) -> None:
        """Show checked rows."""
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Rows of the table."""
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Row, date, touchpoint, KPI, value, note, result."""
        return 0 if parent.isValid() else 7

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Row"),
            self.tr("Date"),
            self.tr("Touchpoint"),
            self.tr("KPI"),
            self.tr("Value"),
            self.tr("Note"),
            self.tr("Result"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Resolved values where the row resolved, the file's text where it did not."""
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == 6:
            return self._text(row, column)
        at_fault = any(PROBLEM_COLUMNS[p] == column for p in row.problems)
        if role == Qt.ItemDataRole.ForegroundRole and (column == RESULT_COLUMN or at_fault):
            return QBrush(BAD if row.problems else NEUTRAL if row.duplicate else GOOD)
        if role == Qt.ItemDataRole.FontRole and at_fault:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and row.problems:
            return QBrush(QColor("#fdecea"))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (0, 4):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, row: ImportRow, column: int) -> str:
        if column == 0:
            return str(row.row)
        if column == 1:
            return format_date(row.when) if row.when else short(row.date_text, 40)
        if column == 2:
            touchpoint = self._state.touchpoints.get(row.touchpoint_id or -1)
            return short(touchpoint.name if touchpoint else row.touchpoint_text, 80)
        if column == 3:
            kpi = self._state.get(Kpi, row.kpi_id) if row.kpi_id is not None else None
            return short(kpi.name if kpi else row.kpi_text, 80)
        if column == 4:
            return (
                format_number(row.value, max_decimals=6)
                if row.value is not None
                else short(row.value_text, 40)
            )
        if column == 5:
            return short(row.note.split("\n", 1)[0], 80)
        if row.problems:
            return "; ".join(problem_text(p) for p in row.problems)
        if row.duplicate:
            return self.tr("already in the project, left out")
        return self.tr("will be imported")


class ProblemsOnly(QSortFilterProxyModel):
    """Shows only rows with problems when switched on."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.only_problems = False

    def set_only_problems(self, on: bool) -> None:
        """Switch the filter."""
        self.beginFilterChange()
        self.only_problems = on
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        """All rows, or those with problems."""
        if not self.only_problems:
            return True
        model = self.sourceModel()
        assert isinstance(model, MeasurementPreviewModel)
        return bool(model.rows[source_row].problems)


class ImportDialog(QDialog):
    """Reads a table in the background, previews it, and imports on the user's word."""

    def __init__(
        self, context: DocumentContext, path: Path, language: str, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("measurement_import_dialog")
        self._context = context
        self._path = path
        self._language = language
        self._result: ReadResult | None = None
        self._task: Task | None = None
        self.imported = 0
        self.setWindowTitle(self.tr("Import Measurements"))

        self.file_label = QLabel(self.tr("File: %1").replace("%1", str(path)))
        self.file_label.setTextFormat(Qt.TextFormat.PlainText)
        self.file_label.setWordWrap(True)
        self.sheet_box = QComboBox()
        self.sheet_box.activated.connect(self._on_sheet)
        self.sheet_label = QLabel(self.tr("Sheet:"))
        top = QHBoxLayout()
        top.addWidget(self.file_label, 1)
        top.addWidget(self.sheet_label)
        top.addWidget(self.sheet_box)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy: reading has no measurable progress
        self.progress.setTextVisible(False)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.only_problems = QCheckBox(self.tr("Show only rows with problems"))
        self.only_problems.toggled.connect(self._on_only_problems)
        self.model = MeasurementPreviewModel(context.document.state, self)
        self.proxy = ProblemsOnly(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setObjectName("import_preview")
        self.table.setModel(self.proxy)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(NOTE_COLUMN, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.progress)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.only_problems)
        layout.addWidget(self.buttons)
        self.sheet_label.hide()
        self.sheet_box.hide()
        self.resize(980, 560)

    # -- reading ------------------------------------------------------------------------------

    def start(self, sheet: str | None = None) -> None:
        """Read (again) in the background."""
        self.import_button.setEnabled(False)
        self.progress.show()
        self.summary.setText(self.tr("Reading %1…").replace("%1", self._path.name))
        state = self._context.document.state
        path = self._path
        task = Task(lambda: read_and_check(path, sheet, state))
        task.finished.connect(self._on_read)
        task.failed.connect(self._on_failed)
        self._task = task
        task.start()

    @property
    def busy(self) -> bool:
        """True while reading."""
        return self._task is not None

    def _on_read(self, result: ReadResult) -> None:
        self._task = None
        self._result = result
        self.progress.hide()
        if len(result.sheets) > 1:
            self.sheet_box.clear()
            self.sheet_box.addItems(result.sheets)
            self.sheet_box.setCurrentText(result.sheet or "")
            self.sheet_label.show()
            self.sheet_box.show()
        preview = result.preview
        self.model.set_rows(preview.rows)
        fit_columns(self.table, {0: 60, 1: 120, 2: 240, 3: 240, 4: 100, RESULT_COLUMN: 380}, 50)
        count = len(preview.importable)
        self.import_button.setText(self.tr("Import %n measurement(s)", "", count))
        self.import_button.setEnabled(count > 0 and not self._context.document.read_only)
        self.summary.setText(self._summary(preview))

    def _summary(self, preview: ImportPreview) -> str:
        if preview.missing_columns:
            names = {
                "date": self.tr("date"),
                "kpi": self.tr("KPI"),
                "value": self.tr("value"),
            }
            found = ", ".join(f"“{short(h, 40)}”" for h in preview.headers if h) or "—"
            return (
                self.tr("The table lacks the column(s): %1.").replace(
                    "%1", ", ".join(names[c] for c in preview.missing_columns)
                )
                + " "
                + self.tr(
                    "Expected: date, touchpoint, KPI, value and an optional note "
                    "(German headers work too). Found: %1."
                ).replace("%1", found)
            )
        if not preview.rows:
            return self.tr("The table has no rows below its header.")
        parts = [
            self.tr("%n row(s) read", "", len(preview.rows)),
            self.tr("%n will be imported", "", len(preview.importable)),
        ]
        if preview.error_count:
            parts.append(self.tr("%n with problems, left out", "", preview.error_count))
        if preview.duplicate_count:
            parts.append(
                self.tr("%n already in the project, left out", "", preview.duplicate_count)
            )
        return "  ·  ".join(parts)

    def _on_failed(self, error: object) -> None:
        self._task = None
        self.progress.hide()
        if isinstance(error, TpmError):
            message = error.message(self._language)
        else:
            message = self.tr("The table could not be read (%1).").replace(
                "%1", type(error).__name__
            )
        self.summary.setText(message)
        prompts.show_error(self, self.windowTitle(), message)

    def _on_sheet(self, _index: int) -> None:
        self.start(self.sheet_box.currentText())

    def _on_only_problems(self, on: bool) -> None:
        self.proxy.set_only_problems(on)

    # -- importing ------------------------------------------------------------------------------

    def accept(self) -> None:
        """Import every good row in one undoable step."""
        result = self._result
        if result is None or not result.changes:
            return
        count = len(result.preview.importable)
        try:
            self._context.document.state.check(result.changes)
        except StateConflictError:
            # The project changed while the preview was open: check the table again.
            self.start(result.sheet)
            return
        try:
            applied = self._context.editor.apply_changes(
                self.tr("Import %n measurement(s)", "", count), result.changes
            )
        except EditError as error:
            prompts.show_error(self, self.windowTitle(), error.message(self._language))
            return
        if not applied:  # the working copy refused it; the window has said why
            return
        self.imported = count
        super().accept()

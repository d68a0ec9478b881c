"""Workshop import: choose a table, see every row checked, then import in one undo step."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSettings,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tpm_desktop.core import workshop
from tpm_desktop.core.errors import TpmError
from tpm_desktop.core.state import ProjectState
from tpm_desktop.core.text import MAX_NAME_LENGTH
from tpm_desktop.core.workshop import ParsedRow
from tpm_desktop.reports.workshop_table import (
    WorkshopTable,
    read_workshop_table,
    write_template,
)
from tpm_desktop.ui import prompts
from tpm_desktop.ui.assessment.common import (
    caption,
    rows_filter_change,
    run_busy,
    run_edit,
    ui_language,
)
from tpm_desktop.ui.assessment.labels import number, rich, shown, tip
from tpm_desktop.ui.assessment.workshop_texts import error_text, field_name
from tpm_desktop.ui.feature import DocumentContext
from tpm_desktop.ui.table_files import open_filter, save_filter, with_table_suffix

IMPORT_DIR_KEY = "assessment/workshop_dir"
ERROR_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


class WorkshopPreviewModel(QAbstractTableModel):
    """The checked rows of a workshop table, with each row's errors."""

    def __init__(self, state: ProjectState, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._state = state
        self.rows: tuple[ParsedRow, ...] = ()

    def set_rows(self, rows: tuple[ParsedRow, ...]) -> None:
        """Show other rows."""
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """One row per rating."""
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Line, participant, touchpoint, criterion, value, group, status."""
        return 0 if parent.isValid() else 7

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = [
            self.tr("Line"),
            self.tr("Participant"),
            self.tr("Touchpoint"),
            self.tr("Criterion"),
            self.tr("Value"),
            self.tr("Group"),
            self.tr("Check"),
        ]
        return titles[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """A cell: what the file said, resolved names, and the verdict."""
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == ERROR_ROLE:
            return not row.ok
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.ForegroundRole and column == 6:
            return QColor("#c0392b") if not row.ok else QColor("#2e7d32")
        if role == Qt.ItemDataRole.ToolTipRole and column == 6 and not row.ok:
            return tip("\n".join(error_text(e) for e in row.errors))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (0, 4):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, row: ParsedRow, column: int) -> str:
        raw = row.raw
        if column == 0:
            return str(raw.line)
        if column == 1:
            return shown(raw.participant, 60)
        if column == 2:
            touchpoint = self._state.touchpoints.get(row.touchpoint_id or -1)
            return shown(touchpoint.name if touchpoint else raw.touchpoint, 80)
        if column == 3:
            return shown(raw.criterion, 60)
        if column == 4:
            return number(raw.value) if raw.value is not None else shown(raw.value_text, 20)
        if column == 5:
            return shown(raw.group, 40)
        return "; ".join(error_text(e) for e in row.errors) if row.errors else self.tr("OK")


class ErrorFilter(QSortFilterProxyModel):
    """Shows all rows or only those with errors."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.only_errors = False

    def set_only_errors(self, only: bool) -> None:
        """Show only the rows with errors (or all)."""
        with rows_filter_change(self):
            self.only_errors = only

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        """Error rows always; others unless only errors are wanted."""
        if not self.only_errors:
            return True
        model = self.sourceModel()
        return bool(model.index(source_row, 0, source_parent).data(ERROR_ROLE))


class WorkshopImportDialog(QDialog):
    """Reads and checks a workshop table; imports only when the user says so."""

    def __init__(self, context: DocumentContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.table: WorkshopTable | None = None
        self.path: Path | None = None
        self.setWindowTitle(self.tr("Import Workshop Ratings"))

        intro = caption(
            self.tr(
                "A CSV or Excel table with one row per rating and the columns participant, "
                "touchpoint (its short id such as T17, or its name), criterion, value and, "
                "optionally, group "
                "(for example customer or employee). German column names work too. "
                "Each as-is score becomes the mean of the participants' values."
            )
        )
        self.file_edit = QLineEdit()
        self.file_edit.setReadOnly(True)
        self.file_edit.setPlaceholderText(self.tr("No table chosen"))
        choose = QPushButton(self.tr("&Choose Table…"))
        choose.clicked.connect(self.choose_file)
        self.template_button = QPushButton(self.tr("Save &Blank Table…"))
        self.template_button.setToolTip(
            self.tr(
                "A table to hand out: one line per touchpoint and criterion, with its short id; "
                "participants fill in their name and value, and it is imported here"
            )
        )
        self.template_button.clicked.connect(self.save_template)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(choose)
        file_row.addWidget(self.template_button)
        self.batch_edit = QLineEdit()
        self.batch_edit.setMaxLength(MAX_NAME_LENGTH)
        self.batch_edit.setToolTip(
            self.tr("The ratings are kept under this name and can be aggregated again later")
        )
        form = QFormLayout()
        form.addRow(self.tr("Table:"), file_row)
        form.addRow(self.tr("&Workshop name:"), self.batch_edit)

        self.model = WorkshopPreviewModel(context.document.state, self)
        self.filter = ErrorFilter(self)
        self.filter.setSourceModel(self.model)
        self.view = QTableView()
        self.view.setModel(self.filter)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.only_errors = QCheckBox(self.tr("Show only rows with errors"))
        self.only_errors.toggled.connect(self.filter.set_only_errors)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.problem = caption("")
        self.problem.setStyleSheet("color: #c0392b;")
        self.problem.hide()

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.import_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText(self.tr("&Import"))
        self.import_button.setEnabled(False)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.view, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.only_errors)
        layout.addLayout(bottom)
        layout.addWidget(buttons)
        self.resize(980, 600)

    # -- the blank table ----------------------------------------------------------------------

    def save_template(self) -> None:
        """Ask where to write the blank rating table, and write it."""
        settings = QSettings()
        folder = str(settings.value(IMPORT_DIR_KEY, str(Path.home())))
        name = self.tr("ratings") + ".xlsx"
        path, chosen_filter = QFileDialog.getSaveFileName(
            self, self.tr("Save Blank Rating Table"), str(Path(folder) / name), save_filter()
        )
        if not path:
            return
        target = with_table_suffix(Path(path), chosen_filter)
        state = self.context.document.state
        language = state.project.language
        try:
            lines = run_busy(
                self,
                self.tr("Writing the table…"),
                lambda: write_template(state, target, language),
            )
        except (TpmError, OSError) as error:
            message = error.message(ui_language()) if isinstance(error, TpmError) else str(error)
            prompts.show_error(self, self.tr("Save Blank Rating Table"), rich(message))
            return
        settings.setValue(IMPORT_DIR_KEY, str(target.parent))
        self.summary.setText(
            self.tr("%n line(s) written to %1.", "", lines).replace("%1", shown(target.name, 80))
        )

    # -- reading ----------------------------------------------------------------------------

    def choose_file(self) -> None:
        """Ask for a table and load it."""
        settings = QSettings()
        folder = str(settings.value(IMPORT_DIR_KEY, str(Path.home())))
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose workshop table"),
            folder,
            open_filter(),
        )
        if path:
            settings.setValue(IMPORT_DIR_KEY, str(Path(path).parent))
            self.load(Path(path))

    def load(self, path: Path) -> None:
        """Read and check a table; nothing in the project changes."""
        state = self.context.document.state
        self.path = path
        self.file_edit.setText(str(path))
        if not self.batch_edit.text().strip():
            self.batch_edit.setText(shown(path.stem, MAX_NAME_LENGTH))
        self.problem.hide()
        try:
            table = run_busy(
                self, self.tr("Reading the table…"), lambda: read_workshop_table(state, path)
            )
        except TpmError as error:
            self._fail(error.message(ui_language()))
            return
        except (OSError, ValueError) as error:
            self._fail(str(error))
            return
        if table.missing:
            found = ", ".join(shown(h, 30) for h in table.headers if h) or "–"
            self._fail(
                self.tr("The table lacks the columns %1. Its columns are: %2.")
                .replace("%1", ", ".join(field_name(f) for f in table.missing))
                .replace("%2", found)
            )
            return
        self.table = table
        self.model.set_rows(table.rows)
        self.view.resizeColumnsToContents()
        # Names are cut so that the check column, the reason to look, keeps its room.
        limits = (70, 130, 200, 170, 60, 110)
        for column, limit in enumerate(limits):
            self.view.setColumnWidth(column, min(limit, self.view.columnWidth(column) + 12))
        self._summarise()

    def _fail(self, message: str) -> None:
        self.table = None
        self.model.set_rows(())
        self.problem.setText(message)
        self.problem.show()
        self.summary.clear()
        self.import_button.setEnabled(False)

    def _summarise(self) -> None:
        table = self.table
        assert table is not None
        valid = table.valid
        participants = {row.raw.participant.casefold() for row in valid}
        touchpoints = {row.touchpoint_id for row in valid}
        text = (
            self.tr("%n row(s) read:", "", len(table.rows))
            + " "
            + self.tr("%n ready to import", "", len(valid))
        )
        if table.error_count:
            text += ", " + self.tr("%n with errors (not imported)", "", table.error_count)
        if table.blank:
            # Not an error: a touchpoint someone skipped, or a line nobody filled in.
            text += ", " + self.tr("%n without a value (left out)", "", table.blank)
        text += ". " + self.tr("%n participant(s)", "", len(participants))
        text += ", " + self.tr("%n touchpoint(s).", "", len(touchpoints))
        self.summary.setText(text)
        self.summary.setStyleSheet("color: #b35c00;" if table.error_count else "")
        self.only_errors.setEnabled(bool(table.error_count))
        self.import_button.setEnabled(bool(valid) and not self.context.document.read_only)

    # -- importing --------------------------------------------------------------------------

    def accept(self) -> None:
        """Store the valid ratings and set the as-is scores to their means (one undo step)."""
        table = self.table
        if table is None or not table.valid:
            return
        batch = self.batch_edit.text().strip() or (self.path.stem if self.path else "")
        changes, aggregates = workshop.import_changes(
            self.context.document.state, table.valid, batch
        )
        editor = self.context.editor
        if not run_edit(
            self, lambda: editor.apply_changes(self.tr("Import workshop ratings"), changes)
        ):
            return
        self.imported_scores = len(aggregates)
        window = self.parent()
        if hasattr(window, "show_status"):
            window.show_status(
                self.tr("%n as-is score(s) set from the workshop ratings.", "", len(aggregates))
            )
        super().accept()

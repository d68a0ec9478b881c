"""Wizard page 1: choose the table file and, for a workbook, the sheet."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWizardPage,
)

from tpm_desktop.core.errors import TpmError
from tpm_desktop.ui.importer.reading import BackgroundJob, LoadedTable, load, unreadable
from tpm_desktop.ui.table_files import open_filter

if TYPE_CHECKING:
    from tpm_desktop.ui.importer.wizard import ImportWizard

LAST_DIR_KEY = "importer/last_dir"


class ImportFilePage(QWizardPage):
    """Path, sheet, and what was found in the file; reading runs in the background."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(self.tr("Choose the table"))
        self.setSubTitle(
            self.tr(
                "A CSV file, an Excel workbook (.xlsx) or an OpenDocument spreadsheet (.ods) "
                "with a header row and one touchpoint per row, in German or English."
            )
        )
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("path_edit")
        self.path_edit.setPlaceholderText(self.tr("Path of a .csv, .xlsx or .ods file"))
        self.path_edit.editingFinished.connect(self._on_path_edited)
        self.browse_button = QPushButton(self.tr("&Browse…"))
        self.browse_button.setToolTip(self.tr("Choose the table in a file dialog"))
        self.browse_button.clicked.connect(self.browse)
        self.reload_button = QPushButton(self.tr("&Read Again"))
        self.reload_button.setToolTip(
            self.tr("Read the file once more, after you corrected it in Excel")
        )
        self.reload_button.setEnabled(False)
        self.reload_button.clicked.connect(self.reload)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.browse_button)
        path_row.addWidget(self.reload_button)

        self.sheet_box = QComboBox()
        self.sheet_box.setObjectName("sheet_box")
        self.sheet_box.setEnabled(False)
        self.sheet_box.setToolTip(self.tr("The worksheet of the workbook that holds the list"))
        self.sheet_box.activated.connect(self._on_sheet_chosen)

        file_label = QLabel(self.tr("&File:"))
        file_label.setBuddy(self.path_edit)
        sheet_label = QLabel(self.tr("&Sheet:"))
        sheet_label.setBuddy(self.sheet_box)
        form = QFormLayout()
        form.addRow(file_label, path_row)
        form.addRow(sheet_label, self.sheet_box)

        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy: reading has no measurable progress
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(6)
        self.progress.hide()
        self.status = QLabel()
        self.status.setObjectName("file_status")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)

        hint = QLabel(
            self.tr(
                "<p>Columns are recognised by their headers, for example <i>Name</i> or "
                "<i>Touchpoint</i>, <i>Abteilung</i>, <i>Channel</i>, <i>Phase</i>, "
                "<i>Entscheidung</i>, <i>Budget</i>. A column named after a criterion holds "
                "its as-is score; <i>Funktion (Soll)</i> or <i>Function (target)</i> holds "
                "the target score.</p><p>Departments, channels and phases that do not exist "
                "yet are created. Nothing is changed before you confirm on the last page, "
                "and the whole import can be undone in one step.</p>"
            )
        )
        hint.setWordWrap(True)
        hint.setObjectName("file_hint")
        hint.setStyleSheet(
            "#file_hint { background: #eef4fa; border: 1px solid #c9dbec; border-radius: 6px;"
            " padding: 4px 10px; }"
        )
        self.columns = QLabel()
        self.columns.setObjectName("file_columns")
        self.columns.setWordWrap(True)
        self.columns.setTextFormat(Qt.TextFormat.PlainText)
        self.columns.setStyleSheet("#file_columns { color: palette(placeholder-text); }")

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addSpacing(4)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.columns)
        layout.addStretch(1)
        layout.addWidget(hint)

        self.reader = BackgroundJob(self)
        self.reader.finished.connect(self._on_loaded)

    # -- choosing -------------------------------------------------------------------

    def browse(self) -> None:
        """Ask for a file in a dialog."""
        start = self.path_edit.text() or str(QSettings().value(LAST_DIR_KEY, str(Path.home())))
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import touchpoints"),
            start,
            open_filter(),
        )
        if path:
            self.set_path(Path(path))

    def set_path(self, path: Path) -> None:
        """Read a file (its best sheet) in the background."""
        self.path_edit.setText(str(path))
        QSettings().setValue(LAST_DIR_KEY, str(path.parent))
        self._start(path, None)

    def reload(self) -> None:
        """Read the chosen file and sheet again (the user corrected it meanwhile)."""
        text = self.path_edit.text().strip()
        if text:
            self._start(Path(text), self.sheet_box.currentText() or None)

    def _on_path_edited(self) -> None:
        text = self.path_edit.text().strip()
        loaded = self._wizard.loaded
        if text and (loaded is None or Path(text) != loaded.path):
            self._start(Path(text), None)

    def _on_sheet_chosen(self, index: int) -> None:
        loaded = self._wizard.loaded
        sheet = self.sheet_box.itemText(index)
        if loaded is not None and sheet != loaded.sheet:
            self._start(loaded.path, sheet)

    def _start(self, path: Path, sheet: str | None) -> None:
        self._wizard.set_loaded(None)
        self.columns.clear()
        self.progress.show()
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Reading %1 …").replace("%1", path.name))
        criteria = self._wizard.state.criteria
        self.reader.start(lambda: load(path, sheet, criteria), unreadable(path))
        self.completeChanged.emit()

    def _on_loaded(self, result: object) -> None:
        self.progress.hide()
        self.reload_button.setEnabled(bool(self.path_edit.text().strip()))
        if isinstance(result, TpmError):
            self._wizard.set_loaded(None)
            self.sheet_box.clear()
            self.sheet_box.setEnabled(False)
            self.status.setStyleSheet("color: #b3261e;")
            self.status.setText(result.message(self._wizard.language))
        elif isinstance(result, LoadedTable):
            self._wizard.set_loaded(result)
            self.sheet_box.clear()
            self.sheet_box.addItems(result.sheets)
            self.sheet_box.setEnabled(len(result.sheets) > 1)
            if result.sheet:
                self.sheet_box.setCurrentText(result.sheet)
            self.status.setStyleSheet("")
            rows = len(result.table.rows)
            columns = len(result.table.headers)
            self.status.setText(
                self.tr("%n row(s)", "", rows)
                + " · "
                + self.tr("%n column(s)", "", columns)
                + (
                    " · " + self.tr("sheet “%1”").replace("%1", result.sheet)
                    if result.sheet
                    else ""
                )
            )
            headers = [header[:60] for header in result.table.headers if header][:40]
            self.columns.setText(self.tr("Columns: %1").replace("%1", ", ".join(headers)))
        self.completeChanged.emit()

    # -- QWizardPage --------------------------------------------------------------------

    def isComplete(self) -> bool:
        """Go on once a table has been read."""
        return self._wizard.loaded is not None and not self.reader.busy

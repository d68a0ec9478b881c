"""Entering the values of one KPI: the table, pasting from a spreadsheet, deleting rows."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from tpm_desktop.core.errors import EditError
from tpm_desktop.core.model import Kpi
from tpm_desktop.reports.measurement_paste import PastedRow, mark_duplicates, parse_pasted
from tpm_desktop.ui import prompts
from tpm_desktop.ui.actions import theme_icon
from tpm_desktop.ui.feature import DocumentContext
from tpm_desktop.ui.monitoring.formatting import problem_text
from tpm_desktop.ui.monitoring.measurements_table import (
    VALUE,
    MeasurementsModel,
    MeasurementsView,
)
from tpm_desktop.ui.monitoring.panel import Notify

MAX_LISTED_PROBLEMS = 8


class MeasurementEntry(QWidget):
    """The measurements table of one KPI with Paste, Delete and Import."""

    import_requested = Signal()

    def __init__(self, language: str, notify: Notify, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self.notify = notify
        self.context: DocumentContext | None = None
        self._read_only = False
        self._continue_entry = False

        title = QLabel(self.tr("Measurements"))
        bold = QFont(title.font())
        bold.setBold(True)
        title.setFont(bold)
        self.model = MeasurementsModel(self)
        # Queued: the edit (and the model reset it causes) runs after the cell editor closed.
        self.model.edit_requested.connect(
            self._on_edit_requested, Qt.ConnectionType.QueuedConnection
        )
        self.model.invalid_input.connect(self.notify)
        self.view = MeasurementsView()
        self.view.setModel(self.model)
        self.view.paste_requested.connect(self.paste)
        self.view.delete_requested.connect(self.delete_selected)

        self.paste_button = QPushButton(theme_icon("edit-paste"), self.tr("&Paste"))
        self.paste_button.setToolTip(
            self.tr(
                "Add rows copied from a spreadsheet: date, value and an optional note "
                "(Ctrl+V in the table)"
            )
        )
        self.paste_button.clicked.connect(self.paste)
        self.delete_button = QPushButton(theme_icon("edit-delete"), self.tr("Delete"))
        self.delete_button.setToolTip(self.tr("Delete the selected measurements (Del)"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.import_button = QPushButton(theme_icon("document-open"), self.tr("&Import…"))
        self.import_button.setToolTip(
            self.tr("Import the measurements of many KPIs from a CSV or Excel file")
        )
        self.import_button.clicked.connect(self.import_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.paste_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)

    def show_kpi(self, context: DocumentContext | None, kpi: Kpi | None) -> None:
        """Show a KPI's measurements (None: an empty table)."""
        self.context = context
        measurements = context.document.state.measurements_of(kpi.id) if context and kpi else []
        same_kpi = kpi is not None and self.model.kpi is not None and self.model.kpi.id == kpi.id
        previous = self.view.currentIndex()
        self.model.set_data(kpi, measurements)
        if self._continue_entry:
            # After adding a value from the last row, go on in the new last row.
            self._continue_entry = False
            self.view.setCurrentIndex(self.model.index(self.model.pending_row(), VALUE))
        elif same_kpi and previous.isValid():
            self.view.setCurrentIndex(self.model.index(previous.row(), previous.column()))
        else:
            self.view.scrollToBottom()
        self._update_buttons()

    def set_read_only(self, read_only: bool) -> None:
        """Show values without offering edits."""
        self._read_only = read_only
        self.model.editable = not read_only
        self._update_buttons()

    def _update_buttons(self) -> None:
        editable = self.model.kpi is not None and not self._read_only
        self.paste_button.setEnabled(editable)
        self.delete_button.setEnabled(editable)
        self.import_button.setEnabled(self.context is not None and not self._read_only)

    # -- edits ------------------------------------------------------------------------------

    def _on_edit_requested(self, kind: str, payload: Any) -> None:
        kpi = self.model.kpi
        if self.context is None or kpi is None:
            return
        editor = self.context.editor
        try:
            if kind == "add":
                when, value, note = payload
                self._continue_entry = True
                editor.add_measurements([(kpi.id, when, value, note)])
            else:
                measurement_id, fields = payload
                editor.update_measurement(measurement_id, **fields)
        except EditError as error:
            self._continue_entry = False
            prompts.show_error(self, self.tr("Measurements"), error.message(self.language))

    def delete_selected(self) -> None:
        """Delete the measurements in the selected rows (one undoable step)."""
        if self.context is None or self._read_only:
            return
        ids = [
            m.id
            for m in (self.model.measurement_at(row) for row in self.view.selected_rows())
            if m is not None
        ]
        if not ids:
            return
        try:
            self.context.editor.delete_measurements(ids)
        except EditError as error:
            prompts.show_error(self, self.tr("Measurements"), error.message(self.language))

    def paste(self) -> None:
        """Add the measurements on the clipboard (a spreadsheet selection)."""
        text = QGuiApplication.clipboard().text()
        self.paste_text(text)

    def paste_text(self, text: str) -> None:
        """Add measurements from tab-separated text, asking first when some lines are unreadable."""
        kpi = self.model.kpi
        if self.context is None or kpi is None or self._read_only:
            return
        title = self.tr("Paste measurements")
        rows = mark_duplicates(self.context.document.state, kpi.id, parse_pasted(text))
        if not rows:
            self.notify(self.tr("The clipboard holds no values to paste."))
            return
        good = [r for r in rows if r.importable]
        bad = [r for r in rows if r.problems]
        duplicates = len(rows) - len(good) - len(bad)
        if bad:
            detail = self._problem_list(bad)
            if not good:
                prompts.show_error(
                    self,
                    title,
                    self.tr("None of the pasted lines can be used.") + "\n\n" + detail,
                )
                return
            question = self.tr(
                "%n pasted line(s) cannot be read and will be left out.", "", len(bad)
            )
            ask = self.tr("Add the %n readable measurement(s)?", "", len(good))
            if not prompts.confirm(self, title, question, detail + "\n\n" + ask):
                return
        if good:
            self._add(kpi, good)
        message = self.tr("Pasted %n measurement(s).", "", len(good))
        if duplicates:
            message += " " + self.tr("%n already present, left out.", "", duplicates)
        self.notify(message)

    def _add(self, kpi: Kpi, rows: list[PastedRow]) -> None:
        assert self.context is not None
        values: list[tuple[int, date, float, str]] = []
        for row in rows:
            assert row.when is not None and row.value is not None
            values.append((kpi.id, row.when, row.value, row.note))
        try:
            self.context.editor.add_measurements(values)
        except EditError as error:
            prompts.show_error(self, self.tr("Paste measurements"), error.message(self.language))

    def _problem_list(self, rows: list[PastedRow]) -> str:
        lines = [
            self.tr("Line %1: %2")
            .replace("%1", str(row.line))
            .replace("%2", ", ".join(problem_text(p) for p in row.problems))
            for row in rows[:MAX_LISTED_PROBLEMS]
        ]
        if len(rows) > MAX_LISTED_PROBLEMS:
            lines.append(self.tr("… and %n more", "", len(rows) - MAX_LISTED_PROBLEMS))
        return "\n".join(lines)

"""Small input widgets the monitoring forms share."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QFocusEvent, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSizePolicy,
    QTableView,
    QWidget,
)

from tpm_desktop.ui.monitoring.formatting import from_qdate, german, plain_tip, to_qdate


def date_edit(parent: QWidget | None = None) -> QDateEdit:
    """A date field with a calendar pop-up and the interface's date format."""
    edit = QDateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd.MM.yyyy" if german() else "yyyy-MM-dd")
    edit.setDateRange(QDate(1900, 1, 1), QDate(2999, 12, 31))
    return edit


class OptionalDateEdit(QWidget):
    """A date that may be unset: a check box switches the date field on and off.

    `date_changed` carries the new date or None, and fires for user actions only.
    """

    date_changed = Signal(object)  # date | None

    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox(label)
        self.edit = date_edit()
        self.edit.setEnabled(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.edit, 1)
        self.check.clicked.connect(self._on_checked)
        self.edit.dateChanged.connect(self._on_date_changed)
        self._loading = False

    def value(self) -> date | None:
        """The date, or None when unset."""
        return from_qdate(self.edit.date()) if self.check.isChecked() else None

    def set_value(self, value: date | None, fallback: date) -> None:
        """Show a date (or none) without emitting; `fallback` fills the field when unset."""
        self._loading = True
        try:
            self.check.setChecked(value is not None)
            self.edit.setEnabled(value is not None)
            shown = to_qdate(value or fallback)
            if self.edit.date() != shown and not (value is None and self.edit.hasFocus()):
                self.edit.setDate(shown)
        finally:
            self._loading = False

    def _on_checked(self, checked: bool) -> None:
        self.edit.setEnabled(checked)
        self.date_changed.emit(self.value())

    def _on_date_changed(self, _date: QDate) -> None:
        if not self._loading and self.check.isChecked():
            self.date_changed.emit(self.value())


class CommitTextEdit(QPlainTextEdit):
    """Multi-line text that reports its text once, when the user leaves the field."""

    editing_finished = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self._loaded = ""

    def load(self, text: str) -> None:
        """Show text as the saved value (unchanged while the user is typing in it)."""
        self._loaded = text
        if self.toPlainText() != text and not self.hasFocus():
            self.setPlainText(text)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        """Commit on leaving the field."""
        super().focusOutEvent(event)
        self.commit()

    def commit(self) -> None:
        """Report the text when it differs from the saved value."""
        text = self.toPlainText()
        if text != self._loaded:
            self._loaded = text
            self.editing_finished.emit(text)


class ElidedLabel(QLabel):
    """A one-line label that cuts its text with "…" instead of widening the panel."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.set_full_text(text)

    def set_full_text(self, text: str) -> None:
        """Set the text; the tooltip holds it whole when it does not fit."""
        self._full = text
        self._elide()

    def full_text(self) -> str:
        """The text before eliding."""
        return self._full

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Elide again for the new width."""
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        metrics = QFontMetrics(self.font())
        width = max(20, self.width())
        shown = metrics.elidedText(self._full, Qt.TextElideMode.ElideRight, width)
        super().setText(shown)
        self.setToolTip(plain_tip(self._full) if shown != self._full else "")


def fit_columns(view: QTableView, columns: dict[int, int], minimum: int = 60) -> None:
    """Size columns to their contents, each at most its given width (long names are elided)."""
    for column, cap in columns.items():
        view.resizeColumnToContents(column)
        view.setColumnWidth(column, max(minimum, min(cap, view.columnWidth(column) + 12)))

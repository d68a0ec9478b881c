"""Closing an assessment round: a name, a date and a note for the snapshot of all scores."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from tpm_desktop.core.errors import EditError
from tpm_desktop.core.text import MAX_NAME_LENGTH
from tpm_desktop.ui import prompts
from tpm_desktop.ui.feature import DocumentContext
from tpm_desktop.ui.monitoring import formatting
from tpm_desktop.ui.monitoring.formatting import format_date, from_qdate, to_qdate
from tpm_desktop.ui.monitoring.widgets import date_edit


class CloseRoundDialog(QDialog):
    """Asks for the round's name, date and note, then closes it in one undoable step."""

    def __init__(self, context: DocumentContext, language: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self._context = context
        self._language = language
        self.round_id: int | None = None
        self.setWindowTitle(self.tr("Close Assessment Round"))
        now = formatting.today()
        count = len(context.document.state.rounds())
        explanation = QLabel(
            self.tr(
                "The round stores the current scores of every touchpoint with their weighted "
                "scores. Later rounds and today's scores can then be compared with it."
            )
        )
        explanation.setWordWrap(True)
        self.name_edit = QLineEdit(
            self.tr("Round %1 (%2)").replace("%1", str(count + 1)).replace("%2", format_date(now))
        )
        self.name_edit.setMaxLength(MAX_NAME_LENGTH)
        self.name_edit.selectAll()
        self.date_edit = date_edit()
        self.date_edit.setDate(to_qdate(now))
        self.note_edit = QPlainTextEdit()
        self.note_edit.setPlaceholderText(self.tr("Who took part, what was the occasion"))
        self.note_edit.setMaximumHeight(90)
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("&Date:"), self.date_edit)
        form.addRow(self.tr("N&ote:"), self.note_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Close round"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(480, 300)

    def accept(self) -> None:
        """Close the round; a bad name keeps the dialog open with a message."""
        try:
            self.round_id = self._context.editor.close_round(
                self.name_edit.text(),
                from_qdate(self.date_edit.date()),
                self.note_edit.toPlainText(),
            )
        except EditError as error:
            prompts.show_error(self, self.windowTitle(), error.message(self._language))
            return
        super().accept()

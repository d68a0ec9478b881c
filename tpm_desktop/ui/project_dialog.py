"""Project properties: name, client, author, description, currency, total budget."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from tpm_desktop.core.errors import EditError
from tpm_desktop.core.text import MAX_NAME_LENGTH
from tpm_desktop.ui import prompts
from tpm_desktop.ui.feature import DocumentContext


class ProjectDialog(QDialog):
    """Edits the project record in one undo step."""

    def __init__(self, context: DocumentContext, language: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self._context = context
        self._language = language
        project = context.document.state.project
        self.setWindowTitle(self.tr("Project Properties"))
        self.name_edit = QLineEdit(project.name)
        self.client_edit = QLineEdit(project.client)
        self.author_edit = QLineEdit(project.author)
        for edit in (self.name_edit, self.client_edit, self.author_edit):
            edit.setMaxLength(MAX_NAME_LENGTH)
        self.description_edit = QPlainTextEdit(project.description)
        self.currency_edit = QLineEdit(project.currency)
        self.currency_edit.setMaxLength(8)
        self.budget_box = QDoubleSpinBox()
        self.budget_box.setRange(0, 1e12)
        self.budget_box.setDecimals(0)
        self.budget_box.setGroupSeparatorShown(True)
        self.budget_box.setSpecialValueText(self.tr("not set"))
        self.budget_box.setValue(project.total_budget or 0)
        self.budget_box.setToolTip(
            self.tr("The total budget the touchpoint budgets are set against")
        )
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("&Client:"), self.client_edit)
        form.addRow(self.tr("&Author:"), self.author_edit)
        form.addRow(self.tr("&Description:"), self.description_edit)
        form.addRow(self.tr("C&urrency:"), self.currency_edit)
        form.addRow(self.tr("&Total budget:"), self.budget_box)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(520, 420)

    def accept(self) -> None:
        """Apply the changes as one undoable edit; a bad value keeps the dialog open."""
        budget = self.budget_box.value() or None
        try:
            self._context.editor.update_project(
                name=self.name_edit.text(),
                client=self.client_edit.text(),
                author=self.author_edit.text(),
                description=self.description_edit.toPlainText(),
                currency=self.currency_edit.text(),
                total_budget=budget,
            )
        except EditError as error:
            prompts.show_error(self, self.windowTitle(), error.message(self._language))
            return
        super().accept()

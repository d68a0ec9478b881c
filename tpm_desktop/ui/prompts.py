"""Modal questions and messages, in one module so tests can answer them.

Tests replace these functions with monkeypatch; production code must call them
through the module (`prompts.ask_save_changes(...)`), never import them by name.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QColorDialog,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)


class Answer(Enum):
    """Answers to the closing question."""

    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


def ask_save_changes(parent: QWidget | None, name: str) -> Answer:
    """Save / Discard / Cancel for a document with unsaved changes."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("Prompts", "Unsaved changes"))
    box.setText(
        QCoreApplication.translate("Prompts", "Save the changes to “%1” before closing?").replace(
            "%1", name
        )
    )
    box.setInformativeText(
        QCoreApplication.translate("Prompts", "If you don't save, your changes will be lost.")
    )
    box.setStandardButtons(
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel
    )
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    result = box.exec()
    if result == QMessageBox.StandardButton.Save:
        return Answer.SAVE
    if result == QMessageBox.StandardButton.Discard:
        return Answer.DISCARD
    return Answer.CANCEL


def ask_recover(parent: QWidget | None, name: str, opened_at: str) -> bool | None:
    """True to recover a crashed session's working copy, False to discard, None for later."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("Prompts", "Recover unsaved changes"))
    box.setText(
        QCoreApplication.translate(
            "Prompts", "TPM Desktop was not closed properly. Unsaved changes to “%1” were found."
        ).replace("%1", name)
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "Prompts", "The project was opened on %1. Recover the changes now?"
        ).replace("%1", opened_at)
    )
    recover = box.addButton(
        QCoreApplication.translate("Prompts", "Recover"), QMessageBox.ButtonRole.AcceptRole
    )
    discard = box.addButton(
        QCoreApplication.translate("Prompts", "Discard changes"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    box.addButton(
        QCoreApplication.translate("Prompts", "Ask again later"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(recover)
    box.exec()
    clicked = box.clickedButton()
    if clicked is recover:
        return True
    if clicked is discard:
        return False
    return None


def confirm(parent: QWidget | None, title: str, text: str, detail: str = "") -> bool:
    """A yes/no question; True for yes."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(text)
    if detail:
        box.setInformativeText(detail)
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes


def show_error(parent: QWidget | None, title: str, message: str) -> None:
    """Tell the user that something failed, and why."""
    QMessageBox.critical(parent, title, message)


def show_info(parent: QWidget | None, title: str, message: str) -> None:
    """Tell the user something worth knowing."""
    QMessageBox.information(parent, title, message)


# -- questions of the map (texts come translated from the caller) ---------------------------


def ask_text(parent: QWidget | None, title: str, label: str, text: str = "") -> str | None:
    """One line of text, or None when cancelled."""
    value, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal, text)
    return value if ok else None


def ask_colour(parent: QWidget | None, title: str, initial: str) -> str | None:
    """A colour as "#rrggbb", or None when cancelled."""
    colour = QColorDialog.getColor(QColor(initial), parent, title)
    return colour.name() if colour.isValid() else None


def ask_move_or_delete(
    parent: QWidget | None,
    title: str,
    text: str,
    move_label: str,
    delete_label: str,
    targets: list[str],
) -> int | None:
    """Move to targets[i] (returns i), delete (returns -1), or None when cancelled."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(title)
    message = QLabel(text)
    message.setWordWrap(True)
    move = QRadioButton(move_label)
    choice = QComboBox()
    choice.addItems(targets)
    delete = QRadioButton(delete_label)
    move.setChecked(bool(targets))
    move.setEnabled(bool(targets))
    choice.setEnabled(bool(targets))
    delete.setChecked(not targets)
    move.toggled.connect(choice.setEnabled)
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(message)
    layout.addWidget(move)
    layout.addWidget(choice)
    layout.addWidget(delete)
    layout.addWidget(buttons)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return choice.currentIndex() if move.isChecked() else -1


# -- merging -----------------------------------------------------------------------------------


def ask_external_change(parent: QWidget | None, name: str) -> str | None:
    """The file changed on disk since it was opened: "merge", "save_as", "overwrite" or None."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("Prompts", "File changed on disk"))
    box.setText(
        QCoreApplication.translate(
            "Prompts",
            "“%1” was changed on disk since you opened or last saved it (another program, "
            "another copy saved over it, or a sync client).",
        ).replace("%1", name)
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "Prompts",
            "Merge its changes into yours before saving, save yours as a new file, or "
            "overwrite the other version?",
        )
    )
    merge = box.addButton(
        QCoreApplication.translate("Prompts", "&Merge, Then Save"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    save_as = box.addButton(
        QCoreApplication.translate("Prompts", "Save &As…"), QMessageBox.ButtonRole.ActionRole
    )
    overwrite = box.addButton(
        QCoreApplication.translate("Prompts", "&Overwrite"), QMessageBox.ButtonRole.DestructiveRole
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(merge)
    box.exec()
    clicked = box.clickedButton()
    if clicked is merge:
        return "merge"
    if clicked is save_as:
        return "save_as"
    if clicked is overwrite:
        return "overwrite"
    return None


def review_merge(parent: QWidget | None, plan: object) -> bool:
    """Show the merge review; True when the user chose Merge (decisions are in the plan)."""
    from tpm_desktop.ui.merge.review_dialog import MergeReviewDialog

    dialog = MergeReviewDialog(plan, parent)  # type: ignore[arg-type]
    return dialog.exec() == QDialog.DialogCode.Accepted

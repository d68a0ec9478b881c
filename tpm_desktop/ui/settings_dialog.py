"""Application settings: interface language (and, in later versions, defaults)."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from tpm_desktop.ui import i18n


class SettingsDialog(QDialog):
    """Edits QSettings; a language change is applied by rebuilding the window."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.language_box = QComboBox()
        self.language_box.setObjectName("language_box")
        self.language_box.addItem(self.tr("System language"), "system")
        # Language names are shown in their own language, as users look for them so.
        self.language_box.addItem("Deutsch", "de")
        self.language_box.addItem("English", "en")
        self.language_box.setToolTip(self.tr("The language of menus, panels and dialogs"))
        self._initial = str(QSettings().value(i18n.SETTING, "system"))
        index = self.language_box.findData(self._initial)
        self.language_box.setCurrentIndex(max(index, 0))

        form = QFormLayout()
        form.addRow(self.tr("Interface language:"), self.language_box)
        note = QLabel(self.tr("The window is rebuilt in the new language; your work stays open."))
        note.setWordWrap(True)
        note.setStyleSheet("color: palette(placeholder-text);")

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.language_changed = False
        self.chosen_language = i18n.configured_language()

    def accept(self) -> None:
        """Store the choices."""
        choice = str(self.language_box.currentData())
        settings = QSettings()
        settings.setValue(i18n.SETTING, choice)
        settings.sync()
        self.chosen_language = choice if choice in i18n.LANGUAGES else i18n.system_language()
        self.language_changed = choice != self._initial
        super().accept()

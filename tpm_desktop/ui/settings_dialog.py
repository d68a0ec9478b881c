"""Application settings: interface language, report defaults, and the catalogue of new projects."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from tpm_desktop.core.project_file import default_author
from tpm_desktop.ui import i18n, preferences
from tpm_desktop.ui.catalogue_editor import CatalogueEditor


class SettingsDialog(QDialog):
    """Edits QSettings; a language change is applied by rebuilding the window."""

    def __init__(self, parent: QWidget | None = None, language: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settings_dialog")
        self.setWindowTitle(self.tr("Settings"))
        language = language or i18n.configured_language()
        self.tabs = QTabWidget()
        self.tabs.addTab(self._general_tab(), self.tr("&General"))
        self.tabs.addTab(self._reports_tab(), self.tr("&Reports"))
        self.tabs.addTab(self._catalogue_tab(language), self.tr("New &Projects"))

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.language_changed = False
        self.chosen_language = i18n.configured_language()
        self.resize(760, 460)

    # -- tabs -------------------------------------------------------------------------------

    def _general_tab(self) -> QWidget:
        self.language_box = QComboBox()
        self.language_box.setObjectName("language_box")
        self.language_box.addItem(self.tr("System language"), "system")
        # Language names are shown in their own language, as users look for them so.
        self.language_box.addItem("Deutsch", "de")
        self.language_box.addItem("English", "en")
        self.language_box.setToolTip(self.tr("The language of menus, panels and dialogs"))
        self._initial = str(QSettings().value(i18n.SETTING, "system"))
        self.language_box.setCurrentIndex(max(self.language_box.findData(self._initial), 0))
        self.user_name_edit = QLineEdit()
        self.user_name_edit.setObjectName("user_name_edit")
        self.user_name_edit.setMaxLength(preferences.MAX_USER_NAME)
        stored = str(QSettings().value(preferences.USER_NAME_KEY, "") or "")
        self.user_name_edit.setText(stored)
        self.user_name_edit.setPlaceholderText(default_author())
        self.user_name_edit.setToolTip(
            self.tr(
                "Your name as the project history and merges show it; empty: your user name "
                "on this computer"
            )
        )
        form = QFormLayout()
        form.addRow(self.tr("Interface &language:"), self.language_box)
        form.addRow(self.tr("Your &name:"), self.user_name_edit)
        return _page(
            form,
            self.tr(
                "The window is rebuilt in the new language; your work stays open. Your name "
                "is recorded with every change you make."
            ),
        )

    def _reports_tab(self) -> QWidget:
        self.report_language_box = QComboBox()
        self.report_language_box.setObjectName("report_language_box")
        self.report_language_box.addItem(self.tr("The project's language"), "project")
        self.report_language_box.addItem("Deutsch", "de")
        self.report_language_box.addItem("English", "en")
        self.report_language_box.setToolTip(
            self.tr("The language a new report is written in; you can change it per report")
        )
        index = self.report_language_box.findData(preferences.report_language_choice())
        self.report_language_box.setCurrentIndex(max(index, 0))
        self.paper_box = QComboBox()
        self.paper_box.setObjectName("paper_box")
        self.paper_box.addItem(self.tr("A4 (210 × 297 mm)"), "A4")
        self.paper_box.addItem(self.tr("US Letter (8.5 × 11 in)"), "Letter")
        self.paper_box.setToolTip(self.tr("The paper size of printed reports"))
        self.paper_box.setCurrentIndex(max(self.paper_box.findData(preferences.paper_size()), 0))
        form = QFormLayout()
        form.addRow(self.tr("Report &language:"), self.report_language_box)
        form.addRow(self.tr("&Paper size:"), self.paper_box)
        return _page(form, self.tr("Defaults for new reports; each report can still choose."))

    def _catalogue_tab(self, language: str) -> QWidget:
        self.catalogue = CatalogueEditor(language)
        self.catalogue.set_templates(preferences.default_criteria())
        note = self.tr(
            "File → New starts with these criteria. Open projects keep their own catalogue; "
            "change it there in the assessment."
        )
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.catalogue, 1)
        label = QLabel(note)
        label.setWordWrap(True)
        label.setStyleSheet("color: palette(placeholder-text);")
        layout.addWidget(label)
        return page

    # -- result ---------------------------------------------------------------------------

    def accept(self) -> None:
        """Store the choices."""
        choice = str(self.language_box.currentData())
        settings = QSettings()
        settings.setValue(i18n.SETTING, choice)
        settings.sync()
        entries = self.catalogue.entries()
        preferences.set_preferences(
            str(self.report_language_box.currentData()),
            str(self.paper_box.currentData()),
            None if not entries or self.catalogue.is_standard() else entries,
        )
        preferences.set_user_name(self.user_name_edit.text())
        self.chosen_language = choice if choice in i18n.LANGUAGES else i18n.system_language()
        self.language_changed = choice != self._initial
        super().accept()


def _page(form: QFormLayout, note: str) -> QWidget:
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.addLayout(form)
    label = QLabel(note)
    label.setWordWrap(True)
    label.setStyleSheet("color: palette(placeholder-text);")
    layout.addWidget(label)
    layout.addStretch(1)
    return page

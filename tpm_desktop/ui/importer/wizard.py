"""The import wizard: file and sheet, column mapping, preview; the result is one change set."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QWidget, QWizard

from tpm_desktop.core.enums import ChannelKind
from tpm_desktop.core.paths import resources_dir
from tpm_desktop.core.state import ProjectState
from tpm_desktop.reports.touchpoint_columns import ColumnTarget
from tpm_desktop.reports.touchpoint_import import ImportPlan
from tpm_desktop.ui.importer.file_page import ImportFilePage
from tpm_desktop.ui.importer.mapping_page import ImportMappingPage
from tpm_desktop.ui.importer.preview_page import ImportPreviewPage
from tpm_desktop.ui.importer.reading import LoadedTable


class ImportWizard(QWizard):
    """Collects what to import; the caller pushes `plan.changes` when it is accepted.

    The wizard only reads the project's state: the import itself is one undo step
    pushed by the editor, after the wizard closes.
    """

    def __init__(self, state: ProjectState, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("import_wizard")
        self.state = state
        self.language = language
        self.loaded: LoadedTable | None = None
        self.mapping: list[ColumnTarget | None] = []
        # The kind of each channel the import creates, by channel key (the mapping page).
        self.channel_kinds: dict[str, ChannelKind] = {}
        self.plan: ImportPlan | None = None
        self.setWindowTitle(self.tr("Import Touchpoints"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.HaveHelpButton, False)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        logo = QIcon(str(resources_dir() / "icons" / "tpm-desktop.svg")).pixmap(QSize(48, 48))
        self.setPixmap(QWizard.WizardPixmap.LogoPixmap, logo)
        self.file_page = ImportFilePage(self)
        self.mapping_page = ImportMappingPage(self)
        self.preview_page = ImportPreviewPage(self)
        for page in (self.file_page, self.mapping_page, self.preview_page):
            self.addPage(page)
        self.resize(900, 620)

    def set_loaded(self, loaded: LoadedTable | None) -> None:
        """The table now chosen; a new table invalidates mapping and plan."""
        self.loaded = loaded
        self.plan = None
        if loaded is None:
            self.mapping = []

    def open_file(self, path: Path) -> None:
        """Start with a file already chosen (drag and drop, tests)."""
        self.file_page.set_path(path)

    @property
    def skip_invalid(self) -> bool:
        """True when the user chose to import the valid rows of a table with problems."""
        return self.preview_page.skip_invalid.isChecked()

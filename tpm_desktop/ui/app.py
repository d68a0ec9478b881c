"""Starting the application: QApplication, fonts, translations and the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication

from tpm_desktop.core.paths import resources_dir
from tpm_desktop.core.workspace import Workspace
from tpm_desktop.ui import i18n
from tpm_desktop.ui.main_window import MainWindow

ORGANISATION = "TPM Desktop"
APPLICATION = "TPM Desktop"


def configure_application(app: QCoreApplication) -> None:
    """Names used by QSettings, and the bundled fonts."""
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName(APPLICATION)
    icon = resources_dir() / "icons" / "tpm-desktop.svg"
    if icon.exists() and isinstance(app, QApplication):
        app.setWindowIcon(QIcon(str(icon)))
    load_fonts()


def load_fonts() -> None:
    """Register the bundled DejaVu Sans; it is the fallback on machines without fonts."""
    for path in sorted((resources_dir() / "fonts").glob("*.ttf")):
        QFontDatabase.addApplicationFont(str(path))
    app = QApplication.instance()
    if isinstance(app, QApplication) and set(QFontDatabase.families()) <= {"DejaVu Sans"}:
        app.setFont(QFont("DejaVu Sans", 10))


class Application:
    """Owns the translator and the window; rebuilds the window on a language change."""

    def __init__(self, app: QApplication, language: str | None = None) -> None:
        self.app = app
        self.translations = i18n.Translations()
        self.translations.install(language or i18n.configured_language())
        self.workspace = Workspace()
        self.window = self._make_window()

    def _make_window(self) -> MainWindow:
        window = MainWindow(self.translations.language, self.workspace)
        window.language_change_requested.connect(self.switch_language)
        window.sample_requested.connect(self.open_sample)
        return window

    def switch_language(self, language: str) -> None:
        """Install the new language and move the open project into a new window."""
        old = self.window
        context = old.files.context
        old.save_layout()
        if context is not None:
            for feature in old.features:
                if feature.context is not None:
                    feature.document_closed()
            old.files.context = None  # hand over without closing the document
        self.translations.install(language)
        self.window = self._make_window()
        if context is not None:
            self.window.files.context = context
            self.window.files.context_changed.emit(context)
        self.window.show()
        old.hide()
        old.deleteLater()

    def open_sample(self) -> None:
        """Open the sample project as a new, untitled project."""
        from tpm_desktop.core.sample import sample_state

        self.window.files.new_project(sample_state(self.translations.language))

    def start(self, file: str | None) -> None:
        """Show the window, offer crash recovery, then open the file from the command line."""
        self.window.show()
        recovered = self.window.files.offer_recovery()
        if file and not recovered:
            self.window.open_path(Path(file))


def run_app(file: str | None = None, language: str | None = None) -> int:
    """Run the GUI until the window closes; returns the exit status."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    configure_application(app)
    application = Application(app, language)
    QTimer.singleShot(0, lambda: application.start(file))
    return app.exec()

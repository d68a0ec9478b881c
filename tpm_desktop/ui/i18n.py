"""Interface language: which translator is installed, chosen from settings or the system."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from tpm_desktop.core.paths import resources_dir

LANGUAGES = ("de", "en")
SETTING = "ui/language"  # "system", "de" or "en"


def system_language() -> str:
    """ "de" for a German system locale, else "en"."""
    return "de" if QLocale.system().language() == QLocale.Language.German else "en"


def interface_language() -> str:
    """The language the interface runs in now ("de" or "en"), for Qt-free vocabularies."""
    return "de" if QLocale().language() == QLocale.Language.German else "en"


def configured_language() -> str:
    """The language to use now: the saved choice, or the system's."""
    choice = str(QSettings().value(SETTING, "system"))
    return choice if choice in LANGUAGES else system_language()


class Translations:
    """Owns the installed translators so they can be swapped at run time."""

    def __init__(self) -> None:
        self._translators: list[QTranslator] = []
        self.language = "en"

    def install(self, language: str) -> None:
        """Replace the installed translators by those for `language`."""
        app = QCoreApplication.instance()
        for translator in self._translators:
            app.removeTranslator(translator)
        self._translators.clear()
        self.language = language if language in LANGUAGES else "en"
        QLocale.setDefault(
            QLocale(QLocale.Language.German if self.language == "de" else QLocale.Language.English)
        )
        ours = QTranslator()
        if ours.load(str(resources_dir() / "i18n" / f"tpm_{self.language}.qm")):
            self._translators.append(ours)
        qt = QTranslator()
        qt_path = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt.load(f"qtbase_{self.language}", qt_path):
            self._translators.append(qt)
        for translator in self._translators:
            app.installTranslator(translator)

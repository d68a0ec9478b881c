"""The whole main window speaks one language: no English in the German UI and no German in
the English one.

The test builds the full window (every registered feature) in English and in German,
opens the same project in each, and compares every action (text, tooltip, status tip),
every menu title and every dock title, pairing them by creation order. It knows
nothing about particular features, so it covers every panel and menu once merged.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import fields
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QDockWidget, QLabel, QMenu

from tpm_desktop.core.project_file import read_project
from tpm_desktop.core.state import ProjectState
from tpm_desktop.ui.i18n import Translations
from tpm_desktop.ui.main_window import MainWindow

# Words that are the same in German and English product language.
SAME_IN_BOTH = {
    "app",
    "budget",
    "csv",
    "desktop",
    "e-mail",
    "excel",
    "export",
    "feedback",
    "filter",
    "import",
    "kpi",
    "kpis",
    "layout",
    "marketing",
    "monitoring",
    "name",
    "offline",
    "ok",
    "online",
    "pdf",
    "performance",
    "phase",
    "portfolio",
    "quick",
    "status",
    "tpm",
    "touchpoint",
    "touchpoints",
    "trend",
    "website",
    "wins",
    "xlsx",
}
ENGLISH_WORDS = {"the", "and", "of", "with", "from", "for", "your", "this", "is", "are", "or"}
GERMAN_WORDS = {"der", "die", "das", "und", "mit", "nicht", "für", "eine", "ist", "oder", "von"}
GERMAN_LETTERS = re.compile("[äöüÄÖÜß]")
WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def plain(text: str) -> str:
    return text.replace("&&", "\x00").replace("&", "").replace("\x00", "&").strip()


def collect(window: MainWindow, with_welcome: bool) -> Iterator[tuple[str, str]]:
    """(where, text) of every action, menu and dock title (and the welcome page)."""
    # Places are named by kind, position and objectName, never by (translated) text.
    # Named by parent and position among the parent's own actions: the order of a
    # recursive findChildren changes as docks are tabbed, the creation order does not.
    # Qt's own helper actions ("_q_...", e.g. a line edit's clear button) carry no text.
    entries = []
    for action in window.findChildren(QAction):
        if action.objectName().startswith("_q_"):
            continue
        parent = action.parent()
        siblings = parent.findChildren(QAction, options=Qt.FindChildOption.FindDirectChildrenOnly)
        key = f"{type(parent).__name__} {parent.objectName()} #{siblings.index(action)}"
        where = f"action {key} {action.objectName()}".strip()
        entries.append((where, action.text(), action.toolTip(), action.statusTip()))
    for where, text, tooltip, status_tip in sorted(entries):
        yield f"{where} text", text
        yield f"{where} tooltip", tooltip
        yield f"{where} status tip", status_tip
    for index, menu in enumerate(window.findChildren(QMenu)):
        yield f"menu #{index} {menu.objectName()}".strip(), menu.title()
    # By name: docks shown and hidden with the selection move in the widget tree.
    for dock in sorted(window.findChildren(QDockWidget), key=lambda d: d.objectName()):
        yield f"dock {dock.objectName()}", dock.windowTitle()
    if with_welcome:
        for index, button in enumerate(window.welcome.findChildren(QAbstractButton)):
            yield f"welcome button #{index}", button.text()
            yield f"welcome button #{index} tooltip", button.toolTip()
        for index, label in enumerate(window.welcome.findChildren(QLabel)):
            yield f"welcome label #{index}", label.text()


def data_words(state: ProjectState) -> set[str]:
    """Every word of the project's own texts: names on the map are data, not UI."""
    words: set[str] = set()
    for record in state.records():
        for field in fields(record):
            value = getattr(record, field.name)
            if isinstance(value, str):
                words.update(w.casefold() for w in WORD.findall(value))
    return words


def same_in_both(text: str, allowed: set[str]) -> bool:
    return all(word.casefold() in allowed for word in WORD.findall(plain(text)))


def build(tpm_app, qtbot, workspace, language: str, project: Path | None):
    translations = Translations()
    translations.install(language)
    window = MainWindow(language, workspace)
    qtbot.addWidget(window)
    window.show()
    if project is not None:
        assert window.open_path(project)
    texts = list(collect(window, with_welcome=project is None))
    if window.context is not None:
        window.context.document.undo_stack.setClean()
        window.files.close_document()
    window.close()
    for translator in translations._translators:
        tpm_app.removeTranslator(translator)
    QLocale.setDefault(QLocale(QLocale.Language.English))
    return texts


@pytest.mark.parametrize("with_project", [False, True], ids=["welcome", "project-open"])
def test_no_english_in_the_german_ui_and_no_german_in_the_english_ui(
    tpm_app, qtbot, workspace, sample_file_en, with_project
):
    project = sample_file_en if with_project else None
    english = build(tpm_app, qtbot, workspace, "en", project)
    german = build(tpm_app, qtbot, workspace, "de", project)
    assert [where for where, _ in english] == [where for where, _ in german], (
        "the window is built differently in the two languages"
    )
    allowed = SAME_IN_BOTH | data_words(read_project(sample_file_en))

    problems = []
    for (where, en_text), (_, de_text) in zip(english, german, strict=True):
        if not plain(en_text):
            continue
        if de_text == en_text and not same_in_both(en_text, allowed):
            problems.append(f"untranslated, {where}: {en_text!r}")
            continue
        de_words = {w.casefold() for w in WORD.findall(plain(de_text))} - allowed
        if de_words & ENGLISH_WORDS:
            problems.append(f"English in the German UI, {where}: {de_text!r}")
        en_words = {w.casefold() for w in WORD.findall(plain(en_text))} - allowed
        if (en_words & GERMAN_WORDS) or (
            GERMAN_LETTERS.search(en_text) and not same_in_both(en_text, allowed)
        ):
            problems.append(f"German in the English UI, {where}: {en_text!r}")
    assert problems == []
    assert len(english) > 50  # the walk really saw the window


def test_every_action_in_a_menu_explains_itself(tpm_app, qtbot, workspace, sample_file_en):
    """Tooltips and status tips on every action the menus offer (features included)."""
    translations = Translations()
    translations.install("en")
    window = MainWindow("en", workspace)
    qtbot.addWidget(window)
    window.open_path(sample_file_en)
    missing = []

    def walk(menu: QMenu, path: str) -> None:
        menu.aboutToShow.emit()  # menus filled on demand (Open Recent) fill now
        for action in menu.actions():
            if action.isSeparator() or not action.isVisible() or not action.text():
                continue
            if action.menu() is not None:
                walk(action.menu(), f"{path} › {plain(action.text())}")
                continue
            if not action.isEnabled() and not action.statusTip():
                continue  # placeholders such as "No recent files"
            tip = action.statusTip().strip()
            if not tip or tip == plain(action.text()):
                missing.append(f"{path} › {plain(action.text())}")

    for menu_action in window.menuBar().actions():
        walk(menu_action.menu(), plain(menu_action.text()))
    window.files.close_document()
    for translator in translations._translators:
        tpm_app.removeTranslator(translator)
    assert missing == [], "\n".join(missing)

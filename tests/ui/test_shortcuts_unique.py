"""Every shortcut of the main window means one command, in German and in English.

Walks every action of the full window (every feature, a project open) and every menu:
no key sequence may trigger two actions, and no mnemonic (the underlined
letter, "&Datei") may appear twice in one menu or in the menu bar.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from tpm_desktop.ui.canvas.actions import MapActions
from tpm_desktop.ui.help.actions_text import plain
from tpm_desktop.ui.i18n import Translations
from tpm_desktop.ui.main_window import MainWindow


def mnemonic(text: str) -> str | None:
    """The letter after a single "&" ("Save &As…" -> "a"), or None."""
    stripped = text.replace("&&", "")
    at = stripped.find("&")
    return stripped[at + 1].casefold() if 0 <= at < len(stripped) - 1 else None


def shortcut_clashes(window: MainWindow) -> list[str]:
    """Key sequences that two different actions claim.

    The map's actions fire while the map has the focus, which is inside the window, so
    they clash with the window's own actions as much as with each other.
    """
    owners: dict[str, set[str]] = defaultdict(set)
    for action in window.findChildren(QAction):
        if action.objectName().startswith("_q_") or not action.text():
            continue
        for key in action.shortcuts():
            if not key.isEmpty():
                text = key.toString(QKeySequence.SequenceFormat.PortableText)
                owners[text].add(plain(action.text()))
    return [f"{key}: {sorted(names)}" for key, names in sorted(owners.items()) if len(names) > 1]


def mnemonic_clashes(window: MainWindow) -> list[str]:
    """Menus (and the menu bar) in which one underlined letter opens two entries."""
    problems = []

    def check(where: str, actions: list[QAction]) -> None:
        letters: dict[str, list[str]] = defaultdict(list)
        for action in actions:
            if action.isSeparator() or not action.isVisible():
                continue
            letter = mnemonic(action.text())
            if letter:
                letters[letter].append(plain(action.text()))
            if isinstance(action.menu(), QMenu):
                menu = action.menu()
                menu.aboutToShow.emit()  # menus filled on demand fill now
                check(f"{where} › {plain(menu.title())}", menu.actions())
        problems.extend(
            f"{where}: &{letter} in {names}" for letter, names in letters.items() if len(names) > 1
        )

    check("menu bar", window.menuBar().actions())
    return problems


@pytest.fixture(params=["en", "de"])
def window(request, tpm_app, qtbot, workspace, sample_file_en: Path):
    translations = Translations()
    translations.install(request.param)
    win = MainWindow(request.param, workspace)
    qtbot.addWidget(win)
    win.show()
    assert win.open_path(sample_file_en)
    yield win
    if win.context is not None:
        win.context.document.undo_stack.setClean()
        win.files.close_document()
    for translator in translations._translators:
        tpm_app.removeTranslator(translator)
    QLocale.setDefault(QLocale(QLocale.Language.English))


def test_no_key_sequence_triggers_two_commands(window):
    assert len(window.findChildren(QAction)) > 30  # the walk really saw the window
    assert shortcut_clashes(window) == []


def test_no_underlined_letter_twice_in_a_menu(window):
    assert mnemonic_clashes(window) == []


def test_duplicate_and_delete_have_their_own_keys(window):
    actions = window.findChild(MapActions)
    assert actions is not None
    delete = {
        k.toString(QKeySequence.SequenceFormat.PortableText) for k in actions.delete.shortcuts()
    }
    assert delete == {"Del"}
    assert actions.duplicate.shortcut().toString() == "Ctrl+D"

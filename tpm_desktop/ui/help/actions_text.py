"""Reading what the window offers: menus, their actions and shortcuts, and the panels."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu


def plain(text: str) -> str:
    """A menu text without its mnemonic ampersands ("&&" stays a literal "&")."""
    return text.replace("&&", "\x00").replace("&", "").replace("\x00", "&")


# Keys from Qt.Key.Key_Super_L on are system, media and launcher keys ("Help", "Save")
# that standard shortcuts include but ordinary keyboards lack; the sheet leaves them out.
_FIRST_MEDIA_KEY = 0x01000053


def _on_keyboard(sequence: QKeySequence) -> bool:
    return all(sequence[i].key().value < _FIRST_MEDIA_KEY for i in range(sequence.count()))


def shortcut_text(action: QAction) -> str:
    """All shortcuts of an action as the platform writes them ("Ctrl+S")."""
    return ", ".join(
        key.toString(QKeySequence.SequenceFormat.NativeText)
        for key in action.shortcuts()
        if not key.isEmpty() and _on_keyboard(key)
    )


@dataclass(frozen=True)
class ShortcutEntry:
    """One command with its shortcut, and where it is found."""

    group: str
    command: str
    keys: str


def shortcut_entries(window: QMainWindow) -> list[ShortcutEntry]:
    """Every action of the window that has a shortcut, grouped by top-level menu.

    Actions that live in no menu (for example on the map) are grouped under
    `other`. Read from the live window, so the sheet never goes stale.
    """
    entries: list[ShortcutEntry] = []
    seen: set[int] = set()
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        if isinstance(menu, QMenu):
            _collect(menu, plain(menu.title()), entries, seen)
    for action in window.findChildren(QAction):
        if id(action) in seen or not shortcut_text(action) or not action.text():
            continue
        seen.add(id(action))
        entries.append(ShortcutEntry("", plain(action.text()), shortcut_text(action)))
    return entries


def _collect(menu: QMenu, group: str, entries: list[ShortcutEntry], seen: set[int]) -> None:
    for action in menu.actions():
        if action.isSeparator():
            continue
        submenu = action.menu()
        if isinstance(submenu, QMenu):
            _collect(submenu, f"{group} › {plain(submenu.title())}", entries, seen)
            continue
        seen.add(id(action))
        keys = shortcut_text(action)
        if keys:
            entries.append(ShortcutEntry(group, plain(action.text()), keys))


def menu_contents(window: QMainWindow) -> list[tuple[str, list[str]]]:
    """Each top-level menu's title with the texts of its entries, in order."""
    result = []
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        if not isinstance(menu, QMenu):
            continue
        entries = [
            plain(action.text())
            for action in menu.actions()
            if not action.isSeparator() and action.text()
        ]
        result.append((plain(menu.title()), entries))
    return result


def dock_titles(window: QMainWindow) -> list[str]:
    """The titles of the window's panels, in creation order."""
    return [dock.windowTitle() for dock in window.findChildren(QDockWidget) if dock.windowTitle()]

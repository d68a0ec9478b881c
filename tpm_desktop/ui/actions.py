"""Small helpers for building actions the same way everywhere."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QApplication, QStyle, QWidget

# Icons of Qt's own style for desktops without an icon theme (and offscreen).
_FALLBACK = {
    "document-new": QStyle.StandardPixmap.SP_FileIcon,
    "document-open": QStyle.StandardPixmap.SP_DialogOpenButton,
    "document-save": QStyle.StandardPixmap.SP_DialogSaveButton,
    "document-save-as": QStyle.StandardPixmap.SP_DialogSaveButton,
    "document-close": QStyle.StandardPixmap.SP_DialogCloseButton,
    "edit-undo": QStyle.StandardPixmap.SP_ArrowBack,
    "edit-redo": QStyle.StandardPixmap.SP_ArrowForward,
    "edit-delete": QStyle.StandardPixmap.SP_TrashIcon,
    "help-about": QStyle.StandardPixmap.SP_MessageBoxInformation,
    "document-properties": QStyle.StandardPixmap.SP_FileDialogDetailedView,
    "view-refresh": QStyle.StandardPixmap.SP_BrowserReload,
}


def theme_icon(name: str) -> QIcon:
    """The desktop theme's icon, or a fallback from Qt's style."""
    icon = QIcon.fromTheme(name)
    if icon.isNull() and name in _FALLBACK:
        icon = QApplication.style().standardIcon(_FALLBACK[name])
    return icon


def make_action(
    parent: QWidget,
    text: str,
    slot: Callable[..., object] | None,
    shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
    tip: str = "",
    icon: str | None = None,
) -> QAction:
    """An action with text, shortcut, tooltip and status tip (the tip), and theme icon.

    The tooltip repeats the shortcut, so the keyboard way is discoverable.
    """
    action = QAction(text, parent)
    if icon:
        action.setIcon(theme_icon(icon))
    if shortcut is not None:
        if isinstance(shortcut, QKeySequence.StandardKey):
            action.setShortcuts(shortcut)
        else:
            action.setShortcut(QKeySequence(shortcut))
    if tip:
        action.setStatusTip(tip)
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{tip} ({keys})" if keys else tip)
    if slot is not None:
        action.triggered.connect(lambda _checked=False: slot())
    parent.addAction(action)
    return action

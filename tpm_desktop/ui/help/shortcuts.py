"""Help → Keyboard Shortcuts: a sheet generated from the window's actions."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from tpm_desktop.ui.help.actions_text import shortcut_entries


class ShortcutsDialog(QDialog):
    """Every command with a shortcut, by menu, with a filter."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName("shortcuts_dialog")
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("shortcut_filter")
        self.filter_edit.setPlaceholderText(self.tr("Filter by command or key…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._apply_filter)
        self.tree = QTreeWidget()
        self.tree.setObjectName("shortcut_tree")
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Command"), self.tr("Shortcut")])
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        groups: dict[str, QTreeWidgetItem] = {}
        for entry in shortcut_entries(window):
            title = entry.group or self.tr("Map and panels")
            group = groups.get(title)
            if group is None:
                group = QTreeWidgetItem(self.tree, [title])
                font = group.font(0)
                font.setBold(True)
                group.setFont(0, font)
                group.setFirstColumnSpanned(True)
                group.setFlags(Qt.ItemFlag.ItemIsEnabled)
                groups[title] = group
            item = QTreeWidgetItem(group, [entry.command, entry.keys])
            item.setToolTip(0, entry.command)
        self.tree.expandAll()
        note = QLabel(
            self.tr(
                "The sheet lists the commands of this window, so it is always up to date. "
                "Menus also show each shortcut beside its command."
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: palette(placeholder-text);")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.tree, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(640, 640)

    def _apply_filter(self, text: str) -> None:
        needle = text.strip().casefold()
        for index in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(index)
            visible = 0
            for child_index in range(group.childCount()):
                child = group.child(child_index)
                shown = not needle or any(
                    needle in child.text(column).casefold() for column in (0, 1)
                )
                child.setHidden(not shown)
                visible += shown
            group.setHidden(visible == 0)

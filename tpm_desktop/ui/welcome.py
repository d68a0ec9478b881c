"""The page shown when no project is open: start actions and recent files."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from tpm_desktop.ui.main_window import MainWindow

PATH_ROLE = Qt.ItemDataRole.UserRole


class WelcomePage(QWidget):
    """New project, Open…, Open the sample, and the recent files with paths and dates."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("welcome_page")
        self._window = window
        title = QLabel(self.tr("Welcome to TPM Desktop"))
        title.setObjectName("welcome_title")
        title.setStyleSheet("#welcome_title { font-size: 22pt; font-weight: 600; }")
        subtitle = QLabel(
            self.tr(
                "Find every touchpoint, map it by department, channel and journey phase, "
                "assess it, plan measures, monitor it and report to management."
            )
        )
        subtitle.setWordWrap(True)

        self.new_button = QPushButton(self.tr("New project"))
        self.new_button.setToolTip(self.tr("Start a new, empty project"))
        self.new_button.clicked.connect(lambda: window.files.new_project())
        self.open_button = QPushButton(self.tr("Open…"))
        self.open_button.setToolTip(self.tr("Open a project file (.tpm)"))
        self.open_button.clicked.connect(lambda: window.files.open_dialog())
        self.sample_button = QPushButton(self.tr("Open the sample"))
        self.sample_button.setToolTip(
            self.tr("A complete example: the touchpoints of a regional energy supplier")
        )
        self.sample_button.clicked.connect(window.sample_requested.emit)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.open_button, self.sample_button):
            button.setMinimumHeight(36)
            buttons.addWidget(button)
        buttons.addStretch(1)

        self.recent_label = QLabel(self.tr("Recent projects"))
        self.recent_label.setStyleSheet("font-weight: 600; margin-top: 12px;")
        self.recent_list = QListWidget()
        self.recent_list.setObjectName("recent_list")
        self.recent_list.itemActivated.connect(self._open_item)
        self.recent_list.setToolTip(self.tr("Double-click or press Enter to open"))

        column = QVBoxLayout()
        column.addWidget(title)
        column.addWidget(subtitle)
        column.addSpacing(12)
        column.addLayout(buttons)
        column.addWidget(self.recent_label)
        column.addWidget(self.recent_list, 1)
        column.setContentsMargins(48, 36, 48, 36)
        outer = QHBoxLayout(self)
        outer.addLayout(column, 3)
        outer.addStretch(1)
        window.recent.changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        """Fill the recent list from settings."""
        self.recent_list.clear()
        for path in self._window.recent.paths():
            exists = path.exists()
            if exists:
                when = datetime.datetime.fromtimestamp(path.stat().st_mtime)
                detail = (
                    self.tr("%1 · changed %2")
                    .replace("%1", str(path.parent))
                    .replace("%2", when.strftime("%Y-%m-%d %H:%M"))
                )
            else:
                detail = self.tr("%1 · not found").replace("%1", str(path.parent))
            item = QListWidgetItem(f"{path.name}\n{detail}")
            item.setData(PATH_ROLE, str(path))
            item.setToolTip(str(path))
            if not exists:
                item.setForeground(Qt.GlobalColor.gray)
            self.recent_list.addItem(item)
        empty = self.recent_list.count() == 0
        self.recent_label.setText(
            self.tr("Recent projects") if not empty else self.tr("No recent projects yet")
        )

    def _open_item(self, item: QListWidgetItem) -> None:
        from pathlib import Path

        self._window.files.open_path(Path(item.data(PATH_ROLE)))

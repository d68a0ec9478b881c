"""The list of recently used project files, kept in QSettings."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Signal

KEY = "files/recent"
LIMIT = 10


class RecentFiles(QObject):
    """Most recent first; at most LIMIT entries."""

    changed = Signal()

    def paths(self) -> list[Path]:
        """The recent files, most recent first."""
        value = QSettings().value(KEY, [])
        if isinstance(value, str):
            value = [value]
        return [Path(p) for p in (value or []) if isinstance(p, str) and p]

    def add(self, path: Path) -> None:
        """Put a file at the top of the list."""
        text = os.path.abspath(path)
        entries = [str(p) for p in self.paths() if str(p) != text]
        self._store([text, *entries][:LIMIT])

    def remove(self, path: Path) -> None:
        """Forget a file (for example one that no longer exists)."""
        text = os.path.abspath(path)
        self._store([str(p) for p in self.paths() if str(p) != text])

    def clear(self) -> None:
        """Forget all files."""
        self._store([])

    def _store(self, entries: list[str]) -> None:
        settings = QSettings()
        settings.setValue(KEY, entries)
        settings.sync()
        self.changed.emit()

"""Running slow work (reading and checking big tables) off the window's thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Signals(QObject):
    finished = Signal(object)
    failed = Signal(object)


class Task(QRunnable):
    """Runs a function in Qt's thread pool; its result or exception arrives as a signal.

    The signals live in the thread that made the task (the GUI thread), so connected
    slots run there. A task whose receiver is gone simply reports to no one.
    """

    def __init__(self, function: Callable[[], Any]) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the Python side keeps it until the result is handled
        self._function = function
        self.signals = _Signals()
        self.finished = self.signals.finished
        self.failed = self.signals.failed

    def run(self) -> None:
        """Call the function (in a pool thread)."""
        try:
            result = self._function()
        except Exception as error:  # reported to the GUI, which shows a message
            self.signals.failed.emit(error)
        else:
            self.signals.finished.emit(result)

    def start(self) -> None:
        """Queue the task in the global pool."""
        QThreadPool.globalInstance().start(self)

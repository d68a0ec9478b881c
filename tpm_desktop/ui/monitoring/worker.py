"""Running slow work (reading and checking big tables) off the window's thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

# Tasks queued or running. Python must not free a task while a pool thread runs it,
# even when the dialog that started it has closed; a task leaves this set in the
# GUI thread once its result has been delivered.
_RUNNING: set[Task] = set()


class _Signals(QObject):
    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, task: Task) -> None:
        super().__init__()
        self._task: Task | None = task
        # Queued to this object's (the GUI) thread, after the result is delivered.
        self.finished.connect(self._release)
        self.failed.connect(self._release)

    def _release(self, _result: object) -> None:
        # Later, not now: the receivers of this same result are still queued.
        QTimer.singleShot(0, self._forget)

    def _forget(self) -> None:
        if self._task is not None:
            _RUNNING.discard(self._task)
            self._task = None


class Task(QRunnable):
    """Runs a function in Qt's thread pool; its result or exception arrives as a signal.

    The signals live in the thread that made the task (the GUI thread), so connected
    slots run there. A task whose receiver is gone simply reports to no one.
    """

    def __init__(self, function: Callable[[], Any]) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the Python side keeps it until the result is handled
        self._function = function
        self.signals = _Signals(self)
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
        _RUNNING.add(self)
        QThreadPool.globalInstance().start(self)

"""Reading and checking tables off the GUI thread, so a large workbook never freezes the window."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, SignalInstance

from tpm_desktop.core.errors import TpmError
from tpm_desktop.core.model import Criterion
from tpm_desktop.reports.tabular import Table, TableError
from tpm_desktop.reports.touchpoint_import import read_touchpoint_table


@dataclass(frozen=True)
class LoadedTable:
    """A table read from a file, with the workbook's sheets (empty for CSV)."""

    path: Path
    sheet: str | None
    sheets: list[str]
    table: Table


def load(path: Path, sheet: str | None, criteria: Sequence[Criterion]) -> LoadedTable:
    """Read `sheet` of `path`, or the first sheet with a name column (see
    `read_touchpoint_table`). Raises TableError (a TpmError) for anything unreadable.
    """
    table = read_touchpoint_table(path, sheet, criteria)
    return LoadedTable(path, table.sheet, list(table.sheets), table)


class BackgroundJob(QObject):
    """Runs one function at a time in the thread pool; `finished` carries its result.

    A function that raises TpmError delivers the error; any other exception is
    turned into a TpmError by `on_error`, so a damaged file never ends a thread
    silently. Each start gets a number, and results of runs overtaken by a newer
    one are dropped: a slow first file cannot replace a second choice.
    """

    finished = Signal(object)  # the function's result, or a TpmError
    _done = Signal(int, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._request = 0
        self.busy = False
        self._done.connect(self._on_done)

    def start(
        self, function: Callable[[], object], on_error: Callable[[Exception], TpmError]
    ) -> None:
        """Run `function` in the background; a running one is superseded."""
        self._request += 1
        self.busy = True
        QThreadPool.globalInstance().start(_Task(self._request, function, on_error, self._done))

    def _on_done(self, request: int, result: object) -> None:
        if request != self._request:
            return
        self.busy = False
        self.finished.emit(result)


class _Task(QRunnable):
    def __init__(
        self,
        request: int,
        function: Callable[[], object],
        on_error: Callable[[Exception], TpmError],
        done: SignalInstance,
    ) -> None:
        super().__init__()
        self._request = request
        self._function = function
        self._on_error = on_error
        self._done = done

    def run(self) -> None:
        try:
            result: object = self._function()
        except TpmError as error:
            result = error
        except Exception as error:
            result = self._on_error(error)
        # RuntimeError: the wizard was closed (and its job deleted) while this ran.
        with contextlib.suppress(RuntimeError):
            self._done.emit(self._request, result)


def unreadable(path: Path) -> Callable[[Exception], TpmError]:
    """The error for an unexpected failure while reading or checking `path`."""

    def describe(error: Exception) -> TpmError:
        return TableError("table_unreadable", path, detail=type(error).__name__)

    return describe

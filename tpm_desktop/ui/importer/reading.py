"""Reading a table off the GUI thread, so a large workbook never freezes the window."""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

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


class TableReader(QObject):
    """Reads tables in the thread pool; `finished` carries a LoadedTable or a TpmError.

    Each request gets a number; results of requests that were overtaken by a
    newer one are dropped, so a slow first file cannot replace a second choice.
    """

    finished = Signal(object)  # LoadedTable | TpmError
    _done = Signal(int, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._request = 0
        self.busy = False
        self._done.connect(self._on_done)

    def read(self, path: Path, sheet: str | None, criteria: Sequence[Criterion]) -> None:
        """Start reading; a running read is superseded."""
        self._request += 1
        self.busy = True
        QThreadPool.globalInstance().start(_ReadTask(self._request, path, sheet, criteria, self))

    def _on_done(self, request: int, result: object) -> None:
        if request != self._request:
            return
        self.busy = False
        self.finished.emit(result)


class _ReadTask(QRunnable):
    def __init__(
        self,
        request: int,
        path: Path,
        sheet: str | None,
        criteria: Sequence[Criterion],
        reader: TableReader,
    ) -> None:
        super().__init__()
        self._request = request
        self._path = path
        self._sheet = sheet
        self._criteria = list(criteria)
        self._signal = reader._done

    def run(self) -> None:
        try:
            result: object = load(self._path, self._sheet, self._criteria)
        except TpmError as error:
            result = error
        except Exception as error:  # a damaged file must not end the thread silently
            result = TableError("table_unreadable", self._path, detail=type(error).__name__)
        # RuntimeError: the wizard was closed (and its reader deleted) while reading.
        with contextlib.suppress(RuntimeError):
            self._signal.emit(self._request, result)

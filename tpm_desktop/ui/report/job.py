"""Building and writing reports in a worker thread, so the window never freezes."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject, QThread, Signal

from tpm_desktop.core.errors import TpmError
from tpm_desktop.core.state import ProjectState
from tpm_desktop.reports.pdf.builder import (
    build_department_report,
    build_department_reports,
    build_report,
)
from tpm_desktop.reports.pdf.options import ReportCancelled, ReportOptions
from tpm_desktop.reports.pdf.poster import PosterOptions, build_poster
from tpm_desktop.reports.pdf.texts import Texts
from tpm_desktop.reports.pdf.writer import department_file_name, prepare_folder, write_pdf


class Scope(Enum):
    """Which report(s) to make."""

    EXECUTIVE = "executive"
    DEPARTMENT = "department"
    ALL_DEPARTMENTS = "all_departments"


Progress = Callable[[float], bool]


class Request(Protocol):
    """What a job builds and writes: a report, the department reports, a poster or slides."""

    message_language: str

    def run(self, progress: Progress) -> list[Path]:
        """Build and write; returns the paths written."""
        ...


@dataclass(frozen=True)
class ReportRequest:
    """Everything a job needs; the state is a snapshot the window no longer touches."""

    state: ProjectState
    options: ReportOptions
    scope: Scope
    target: Path  # a file, or the folder for all department reports
    department_id: int | None = None
    message_language: str = "en"

    def run(self, progress: Progress) -> list[Path]:
        """Build the report(s) and write them."""
        if self.scope is Scope.EXECUTIVE:
            data = build_report(self.state, self.options, progress)
            return [write_pdf(self.target, data)]
        if self.scope is Scope.DEPARTMENT:
            assert self.department_id is not None
            data = build_department_report(self.state, self.department_id, self.options, progress)
            return [write_pdf(self.target, data)]
        folder = prepare_folder(self.target)
        texts = Texts(self.options.language)
        taken: set[str] = set()
        written = []
        for department, data in build_department_reports(self.state, self.options, progress):
            written.append(write_pdf(folder / department_file_name(department, texts, taken), data))
        return written


@dataclass(frozen=True)
class PosterRequest:
    """A map poster to build and write (File → Export Poster…)."""

    state: ProjectState
    options: PosterOptions
    target: Path
    message_language: str = "en"

    def run(self, progress: Progress) -> list[Path]:
        """Build the poster and write it."""
        return [write_pdf(self.target, build_poster(self.state, self.options, progress))]


class ReportJob(QObject):
    """Builds the file(s) of one request (reports, a poster, slides); lives in a worker thread."""

    progressed = Signal(int)  # per mille
    succeeded = Signal(list)  # the paths written (str)
    failed = Signal(str)  # a message for the user
    cancelled = Signal()

    def __init__(self, request: Request) -> None:
        super().__init__()
        self.request = request
        self._cancel = threading.Event()
        self._last = -1

    def cancel(self) -> None:
        """Ask the job to stop at the next progress step (thread-safe)."""
        self._cancel.set()

    def _progress(self, fraction: float) -> bool:
        if self._cancel.is_set():
            return False
        permille = int(fraction * 1000)
        if permille != self._last:
            self._last = permille
            self.progressed.emit(permille)
        return True

    def run(self) -> None:
        """Build and write; ends with exactly one of succeeded, failed or cancelled."""
        request = self.request
        try:
            written = request.run(self._progress)
        except ReportCancelled:
            self.cancelled.emit()
        except TpmError as error:
            self.failed.emit(error.message(request.message_language))
        except Exception as error:  # the user gets a message, never a dead thread
            self.failed.emit(f"{type(error).__name__}: {error}")
        else:
            self.succeeded.emit([str(path) for path in written])


class ReportRunner(QObject):
    """Runs one ReportJob in its own QThread and forwards its signals."""

    progressed = Signal(int)
    succeeded = Signal(list)
    failed = Signal(str)
    cancelled = Signal()
    ended = Signal()  # after any of the three outcomes, once the thread has stopped

    def __init__(self, request: Request, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.thread = QThread(self)
        self.job = ReportJob(request)
        self.job.moveToThread(self.thread)
        self.thread.started.connect(self.job.run)
        self.job.progressed.connect(self.progressed)
        self.job.succeeded.connect(self._on_succeeded)
        self.job.failed.connect(self._on_failed)
        self.job.cancelled.connect(self._on_cancelled)
        self.thread.finished.connect(self.ended)

    def start(self) -> None:
        """Start building."""
        self.thread.start()

    def cancel(self) -> None:
        """Stop as soon as possible (the files already written stay)."""
        self.job.cancel()

    def wait(self) -> None:
        """Block until the thread has stopped (when the dialog closes mid-build)."""
        self.job.cancel()
        self.thread.quit()
        self.thread.wait()

    def is_running(self) -> bool:
        """True while the thread runs."""
        return self.thread.isRunning()

    def _stop_thread(self) -> None:
        self.thread.quit()

    def _on_succeeded(self, paths: list) -> None:
        self._stop_thread()
        self.succeeded.emit(paths)

    def _on_failed(self, message: str) -> None:
        self._stop_thread()
        self.failed.emit(message)

    def _on_cancelled(self) -> None:
        self._stop_thread()
        self.cancelled.emit()

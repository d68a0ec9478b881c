"""Building and writing the slides in a worker thread, so the window never freezes."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal

from tpm_desktop.core.errors import TpmError
from tpm_desktop.core.state import ProjectState
from tpm_desktop.reports.pdf.options import ReportCancelled
from tpm_desktop.reports.slides import SlideOptions, build_slides, write_slides


@dataclass(frozen=True)
class SlidesRequest:
    """Everything a job needs; the state is a snapshot the window no longer touches."""

    state: ProjectState
    options: SlideOptions
    target: Path
    message_language: str = "en"


class SlidesJob(QObject):
    """Builds and writes one deck; lives in a worker thread."""

    progressed = Signal(int)  # per cent
    succeeded = Signal(str)  # the path written
    failed = Signal(str)  # a message for the user
    cancelled = Signal()

    def __init__(self, request: SlidesRequest) -> None:
        super().__init__()
        self.request = request
        self._cancel = threading.Event()

    def cancel(self) -> None:
        """Ask the job to stop after the current slide (thread-safe)."""
        self._cancel.set()

    def _progress(self, fraction: float) -> bool:
        if self._cancel.is_set():
            return False
        self.progressed.emit(int(fraction * 100))
        return True

    def run(self) -> None:
        """Build and write; ends with exactly one of succeeded, failed or cancelled."""
        request = self.request
        try:
            data = build_slides(request.state, request.options, self._progress)
            if self._cancel.is_set():
                raise ReportCancelled
            written = write_slides(request.target, data)
        except ReportCancelled:
            self.cancelled.emit()
        except TpmError as error:
            self.failed.emit(error.message(request.message_language))
        except Exception as error:  # the user gets a message, never a dead thread
            self.failed.emit(f"{type(error).__name__}: {error}")
        else:
            self.succeeded.emit(str(written))


class SlidesRunner(QObject):
    """Runs one SlidesJob in its own QThread; `ended` comes once the thread has stopped."""

    ended = Signal()

    def __init__(self, request: SlidesRequest, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.thread = QThread(self)
        self.job = SlidesJob(request)
        self.job.moveToThread(self.thread)
        self.thread.started.connect(self.job.run)
        for signal in (self.job.succeeded, self.job.failed, self.job.cancelled):
            signal.connect(self.thread.quit)
        self.thread.finished.connect(self.ended)

    def start(self) -> None:
        """Start building."""
        self.thread.start()

    def wait(self) -> None:
        """Cancel and block until the thread has stopped (the window closes mid-build)."""
        self.job.cancel()
        self.thread.quit()
        self.thread.wait()

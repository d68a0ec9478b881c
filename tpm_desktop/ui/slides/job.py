"""The slide deck as a request for the reports' worker thread (ui/report/job.py)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from tpm_desktop.core.state import ProjectState
from tpm_desktop.reports.slides import SlideOptions, build_slides, write_slides
from tpm_desktop.ui.report.job import Progress


@dataclass(frozen=True)
class SlidesRequest:
    """Everything a job needs; the state is a snapshot the window no longer touches."""

    state: ProjectState
    options: SlideOptions
    target: Path
    message_language: str = "en"

    def run(self, progress: Progress) -> list[Path]:
        """Build the deck and write it (nothing is written when cancelled)."""
        return [write_slides(self.target, build_slides(self.state, self.options, progress))]

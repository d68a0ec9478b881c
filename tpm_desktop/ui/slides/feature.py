"""File → Export Slides…: a file dialog, a progress dialog while the deck is built, a message."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFileDialog, QProgressDialog

from tpm_desktop.core.state import ProjectState
from tpm_desktop.reports.pdf.safe import file_name_part
from tpm_desktop.reports.slides import SlideOptions
from tpm_desktop.ui import prompts
from tpm_desktop.ui.actions import make_action
from tpm_desktop.ui.feature import DocumentContext, Feature
from tpm_desktop.ui.report.job import ReportRunner
from tpm_desktop.ui.slides.job import SlidesRequest

SUFFIX = ".pptx"


class SlidesFeature(Feature):
    """The project's results as slides for a presentation."""

    slides_written = Signal(str)  # the path, once the deck is on disk
    slides_failed = Signal(str)  # the message shown

    runner: ReportRunner | None = None
    progress: QProgressDialog | None = None

    def install(self) -> None:
        window = self.window
        self.action_slides = make_action(
            window,
            self.tr("Export Slide Dec&k…"),
            self.export_slides,
            None,
            self.tr("Write the results as slides for PowerPoint or Impress (.pptx)"),
        )
        window.file_menu.insertAction(window.file_import_export, self.action_slides)
        self.action_slides.setEnabled(False)

    def document_opened(self, context: DocumentContext) -> None:
        super().document_opened(context)
        self.action_slides.setEnabled(True)

    def document_closed(self) -> None:
        self._stop()
        self.action_slides.setEnabled(False)
        super().document_closed()

    def default_target(self) -> Path:
        """Beside the project file (or in the home folder), named after the project."""
        document = self.context.document if self.context else None
        folder = document.path.parent if document and document.path else Path.home()
        name = file_name_part(document.display_name if document else "") or "slides"
        label = self.tr("Slides")
        return folder / f"{name} – {label}{SUFFIX}"

    def export_slides(self) -> None:
        """Ask where to save, then build the deck in the background."""
        if self.context is None or self.runner is not None:
            return
        chosen, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Export Slides"),
            str(self.default_target()),
            self.tr("PowerPoint presentations (*.pptx)"),
        )
        if not chosen:
            return
        target = Path(chosen)
        if target.suffix.lower() != SUFFIX:
            target = target.with_name(target.name + SUFFIX)
        state = self.context.document.state
        language = state.project.language
        if language not in ("de", "en"):
            language = self.window.language
        request = SlidesRequest(
            # Records are immutable: a new state over the same records is a safe snapshot.
            state=ProjectState(state.records()),
            options=SlideOptions(language=language),
            target=target,
            message_language=self.window.language,
        )
        self._start(request)

    def _start(self, request: SlidesRequest) -> None:
        progress = QProgressDialog(
            self.tr("Building the slides…"), self.tr("Cancel"), 0, 1000, self.window
        )
        progress.setWindowTitle(self.tr("Export Slides"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(400)  # a quick deck shows no dialog at all
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        runner = ReportRunner(request, self)
        runner.progressed.connect(progress.setValue)
        runner.succeeded.connect(self._on_succeeded)
        runner.failed.connect(self._on_failed)
        runner.ended.connect(self._on_ended)
        progress.canceled.connect(runner.cancel)
        self.runner, self.progress = runner, progress
        runner.start()

    def _on_succeeded(self, paths: list) -> None:
        path = paths[0]
        self.window.show_status(self.tr("Slides written: %1").replace("%1", path), 8000)
        self.slides_written.emit(path)

    def _on_failed(self, message: str) -> None:
        self._close_progress()
        self.slides_failed.emit(message)
        prompts.show_error(self.window, self.tr("The slides could not be written"), message)

    def _on_ended(self) -> None:
        self._close_progress()
        if self.runner is not None:
            self.runner.deleteLater()
        self.runner = None

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    def _stop(self) -> None:
        if self.runner is not None:
            runner, self.runner = self.runner, None
            runner.wait()
            runner.deleteLater()
        self._close_progress()

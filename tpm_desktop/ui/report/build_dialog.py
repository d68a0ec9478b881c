"""What the report and poster dialogs share: building in the background with progress.

A subclass builds its form, ends it with `add_build_controls`, names the widgets
to lock while building (`locked_while_running`), and handles success and failure
in its own words; starting, cancelling, closing and waiting
for the builder thread live here, once.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from tpm_desktop.ui.report.job import ReportRunner


class BuildDialog(QDialog):
    """A dialog that runs a `ReportRunner` and shows its progress, cancel and outcome."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner: ReportRunner | None = None
        self._succeeded = False

    def add_build_controls(self, layout: QVBoxLayout) -> None:
        """The form's foot: "open when ready", the progress row, Export and Cancel."""
        self.open_check = QCheckBox(
            QCoreApplication.translate("BuildDialog", "Open the PDF when it is ready")
        )
        self.open_check.setChecked(True)
        layout.addWidget(self.open_check)
        progress = QHBoxLayout()
        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, 1000)  # per mille, as the runner reports
        self.progress_bar.setTextVisible(False)
        self.status_label = QLabel()
        self.status_label.setMinimumWidth(160)
        progress.addWidget(self.progress_bar, 1)
        progress.addWidget(self.status_label)
        layout.addLayout(progress)
        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton(
            QCoreApplication.translate("BuildDialog", "&Export"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.export_button.setDefault(True)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.export_button.clicked.connect(self.export)
        self.cancel_button.clicked.connect(self._cancel_or_close)
        layout.addWidget(self.buttons)

    def export(self) -> None:
        """Start building (the subclass makes its request and calls `start_runner`)."""
        raise NotImplementedError

    def locked_while_running(self) -> list[QWidget]:
        """The widgets that must not change while the file is built."""
        return []

    def start_runner(self, request: object, busy_text: str) -> None:
        """Build `request` in the background; the outcome arrives in the `_on_*` slots."""
        self.runner = ReportRunner(request, self)
        self.runner.progressed.connect(self.progress_bar.setValue)
        self.runner.succeeded.connect(self._on_succeeded)
        self.runner.failed.connect(self._on_failed)
        self.runner.cancelled.connect(self._on_cancelled)
        self.runner.ended.connect(self._on_ended)
        self._show_progress(True)
        self.status_label.setText(busy_text)
        self.runner.start()

    def _on_succeeded(self, paths: list) -> None:
        self._succeeded = True
        self.status_label.setText(QCoreApplication.translate("BuildDialog", "Done."))

    def _on_failed(self, message: str) -> None:
        self.status_label.setText(QCoreApplication.translate("BuildDialog", "Failed."))

    def _show_progress(self, running: bool) -> None:
        self.progress_bar.setVisible(running)
        self.progress_bar.setValue(0)
        for widget in self.locked_while_running():
            widget.setEnabled(not running)
        self.cancel_button.setText(
            QCoreApplication.translate("BuildDialog", "Cancel")
            if running
            else QCoreApplication.translate("BuildDialog", "Close")
        )

    def _cancel_or_close(self) -> None:
        if self.runner is not None:
            self.status_label.setText(QCoreApplication.translate("BuildDialog", "Cancelling…"))
            self.runner.cancel()
        else:
            self.reject()

    def _on_cancelled(self) -> None:
        self.status_label.setText(QCoreApplication.translate("BuildDialog", "Cancelled."))

    def _on_ended(self) -> None:
        self.runner = None
        self._show_progress(False)
        if self._succeeded:
            self.accept()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Wait for the builder before the dialog goes."""
        self._stop()
        super().closeEvent(event)

    def reject(self) -> None:
        """Close, waiting for a running builder (cancelled first by the button)."""
        self._stop()
        super().reject()

    def _stop(self) -> None:
        if self.runner is not None:
            runner, self.runner = self.runner, None
            runner.wait()

"""The live round's dashboard: the QR code and address, who joined, and results as they come.

The server runs in its own thread; the dashboard polls the round (a lock-protected
object) every POLL_MS and redraws only when its revision changed, so no Qt object is
touched from the server's thread, and however fast votes arrive they are coalesced
into at most one update per tick: only the rows of touchpoints that changed since.
Closing the window stops the server; the votes stay in the round's journal until
they are taken or discarded.
"""

from __future__ import annotations

import time

import segno
from PySide6.QtCore import QByteArray, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QColor, QFont, QPainter, QPaintEvent
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from tpm_desktop.core.live.journal import RoundJournal
from tpm_desktop.core.live.round import LiveRound
from tpm_desktop.core.live.serving import RoundServer
from tpm_desktop.ui.assessment.labels import shown
from tpm_desktop.ui.assessment.live_model import LiveResultsModel, LiveResultsView
from tpm_desktop.ui.feature import DocumentContext

POLL_MS = 200  # at most five updates a second, each with all votes since the last


class QrCode(QWidget):
    """A QR code drawn from segno's SVG, as large as the widget allows (square, quiet zone)."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        svg = segno.make(text, error="m").svg_inline(scale=4, border=4)
        self.renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")), self)
        self.setMinimumSize(220, 220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def paintEvent(self, event: QPaintEvent) -> None:
        """White square with the code, centred."""
        side = min(self.width(), self.height())
        square = QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)
        painter = QPainter(self)
        painter.fillRect(square, QColor("white"))
        self.renderer.render(painter, square)
        painter.end()


class LiveDashboard(QDialog):
    """A window for the projector: join code, counters, live aggregates, Close Round."""

    round_closed = Signal()
    results_taken = Signal()

    belongs_to_document = True  # closed with the document (AssessmentFeature.document_closed)

    def __init__(
        self,
        context: DocumentContext,
        live: LiveRound,
        journal: RoundJournal,
        server: RoundServer | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.live = live
        self.journal = journal
        self.server = server
        self.taken = False
        self._revision = -1
        self.frame_times: list[float] = []  # seconds per redraw, for the load test's figure
        self.setWindowTitle(self.tr("Live Workshop – %1").replace("%1", shown(live.spec.name, 60)))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)

        url = server.url if server is not None else ""
        self.qr = QrCode(url or "-")
        self.qr.setVisible(bool(url))
        self.url_label = QLabel(url)
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 1.5)
        big.setBold(True)
        self.url_label.setFont(big)
        self.url_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.url_label.setTextFormat(Qt.TextFormat.PlainText)
        self.url_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.join_hint = QLabel(
            self.tr("Scan the code or type the address on a phone in the same network.")
        )
        self.join_hint.setWordWrap(True)
        self.join_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        left = QVBoxLayout()
        left.addWidget(self.qr, 1)
        left.addWidget(self.url_label)
        left.addWidget(self.join_hint)

        self.counters = QLabel()
        self.counters.setFont(big)
        self.state_label = QLabel()
        self.state_label.setWordWrap(True)
        self.model = LiveResultsModel(live, self)
        self.view = LiveResultsView(self.model)
        self.close_button = QPushButton(self.tr("&Close Round"))
        self.close_button.clicked.connect(self.close_round)
        self.take_button = QPushButton(self.tr("&Take Results…"))
        self.take_button.clicked.connect(self.review_results)
        self.take_button.setEnabled(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.state_label, 1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.take_button)
        right = QVBoxLayout()
        right.addWidget(self.counters)
        right.addWidget(self.view, 1)
        right.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 2)
        layout.addLayout(right, 3)
        self.resize(1200, 720)

        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.poll)
        self.timer.start()
        self.poll()

    # -- live --------------------------------------------------------------------------

    def poll(self) -> None:
        """Redraw when votes came in; close the round when its time box ran out."""
        if self.live.closed and self.close_button.isEnabled():
            self.close_round()  # the time box ran out
            return
        self._show_state()
        if self.live.revision == self._revision:
            return
        started = time.perf_counter()
        self._revision = self.live.revision
        self.model.refresh()
        self.counters.setText(
            self.tr("%n participant(s)", "", self.live.device_count)
            + "   ·   "
            + self.tr("%n rating(s) in", "", self.live.ballot_count)
        )
        self.frame_times.append(time.perf_counter() - started)

    def _show_state(self) -> None:
        if self.live.closed:
            self.state_label.setText(
                self.tr("The round is closed.")
                if not self.taken
                else self.tr("The results were taken into the project.")
            )
            return
        deadline = self.live.spec.deadline
        if deadline is None:
            self.state_label.setText(self.tr("The round is open."))
            return
        minutes, seconds = divmod(max(0, int(deadline - time.time())), 60)
        self.state_label.setText(
            self.tr("The round is open: %1 left.").replace("%1", f"{minutes}:{seconds:02d}")
        )

    def close_round(self) -> None:
        """No more votes: close the round and stop the server."""
        self.live.close()
        self.stop_server()
        self.close_button.setEnabled(False)
        self.take_button.setEnabled(not self.context.document.read_only)
        self.qr.setEnabled(False)
        self.qr.hide()
        self.url_label.setText(self.tr("Round closed"))
        self.join_hint.hide()
        self._revision = -1
        self.poll()
        self.round_closed.emit()

    def stop_server(self) -> None:
        """Stop serving (idempotent)."""
        if self.server is not None:
            self.server.stop()

    # -- results -----------------------------------------------------------------------

    def review_results(self) -> None:
        """Show the results; take them into the project if the facilitator says so."""
        from tpm_desktop.ui.assessment.live_results import LiveResultsDialog

        dialog = LiveResultsDialog(self.context, self.live, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.taken = True
        self.journal.discard()  # the ratings are in the project (and its working copy) now
        self.take_button.setEnabled(False)
        self._show_state()
        self.results_taken.emit()
        self.accept()

    def _finish(self) -> None:
        # Idempotent: both a close and Escape (done) come here, sometimes one after the other.
        self.timer.stop()
        self.stop_server()
        if not self.taken:
            self.journal.close()  # an untaken round stays in its journal, to be continued

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing the window ends the server."""
        self._finish()
        super().closeEvent(event)

    def done(self, result: int) -> None:
        """Escape or the results taken: the window goes, and with it the server."""
        self._finish()
        super().done(result)

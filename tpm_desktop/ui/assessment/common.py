"""Small widgets and helpers the assessment panels share."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEventLoop,
    QLocale,
    QObject,
    QSortFilterProxyModel,
    Qt,
    QThread,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFontMetrics, QPainter, QPaintEvent, QShowEvent
from PySide6.QtWidgets import QFrame, QLabel, QProgressDialog, QSizePolicy, QWidget

from tpm_desktop.core.errors import TpmError
from tpm_desktop.ui import prompts
from tpm_desktop.ui.assessment.labels import rich, shown, tip


@contextmanager
def rows_filter_change(proxy: QSortFilterProxyModel) -> Iterator[None]:
    """Wrap a change of a proxy's row filter (Qt 6.10's begin/endFilterChange, or older)."""
    if hasattr(proxy, "endFilterChange"):
        proxy.beginFilterChange()
        yield
        proxy.endFilterChange(QSortFilterProxyModel.Direction.Rows)
    else:  # Qt before 6.10
        yield
        proxy.invalidateFilter()


def ui_language() -> str:
    """ "de" while the interface speaks German, else "en" (for core messages)."""
    return "de" if QLocale().language() == QLocale.Language.German else "en"


def run_edit(parent: QWidget | None, action: Callable[[], Any]) -> bool:
    """Run an editor call; a refused edit is shown to the user. True when it went through.

    An action returning False (Editor.apply_changes) did not go through either: the
    working copy refused the write, and the main window has already said why.
    """
    try:
        result = action()
    except TpmError as error:
        prompts.show_error(
            parent,
            QCoreApplication.translate("Assessment", "The change could not be made"),
            rich(error.message(ui_language())),
        )
        return False
    return result is not False


class LazyPanel(QWidget):
    """A panel whose picture is costly: it is redrawn only while the user can see it.

    Edits mark it out of date; the refresh runs once per turn of the event loop
    (so one edit of many touchpoints redraws once) and is put off while the panel
    is hidden, for example behind another tab of its dock area.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._dirty = True
        self._on_screen = True
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self._refresh_now)

    def refresh(self) -> None:
        """Redraw from the document (subclasses)."""

    def schedule_refresh(self, *_args: object) -> None:
        """Mark out of date; redraw soon if the panel is on screen."""
        self._dirty = True
        if self._on_screen and self.isVisible():
            self._refresh_timer.start()

    def set_on_screen(self, visible: bool) -> None:
        """Told by the dock whether its tab is the one shown."""
        self._on_screen = visible
        if visible and self._dirty:
            self._refresh_timer.start()

    def stop_refreshing(self) -> None:
        """Drop a pending redraw (the document is closing)."""
        self._refresh_timer.stop()

    def showEvent(self, event: QShowEvent) -> None:
        """Catch up with edits made while hidden."""
        super().showEvent(event)
        if self._dirty and self._on_screen:
            self._refresh_timer.start()

    def _refresh_now(self) -> None:
        self._dirty = False
        self.refresh()


class ElidedLabel(QWidget):
    """One line of text cut with "…" to the width it gets; the full text is the tooltip."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(self.fontMetrics().height())
        self.set_text(text)

    def text(self) -> str:
        """The full (cut to a layout-safe length) text."""
        return self._text

    def set_text(self, text: str) -> None:
        """Show `text`; very long or multi-line text is cut first."""
        self._text = shown(text)
        self.setToolTip(tip(self._text))
        self.update()

    def setFont(self, font: Any) -> None:
        """Change the font and the height that fits it."""
        super().setFont(font)
        self.setMinimumHeight(QFontMetrics(font).height())

    def sizeHint(self):  # noqa: ANN201 - QSize
        """As wide as the text, as high as one line."""
        hint = super().sizeHint()
        metrics = self.fontMetrics()
        hint.setWidth(min(400, metrics.horizontalAdvance(self._text) + 2))
        hint.setHeight(metrics.height())
        return hint

    def paintEvent(self, event: QPaintEvent) -> None:
        """Draw the text, elided at the right."""
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        metrics = self.fontMetrics()
        text = metrics.elidedText(self._text, Qt.TextElideMode.ElideRight, self.width())
        painter.drawText(
            self.rect(), int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), text
        )


def caption(text: str) -> QLabel:
    """A small grey label for hints under or beside a field."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)  # may show file headers or names
    label.setStyleSheet("color: palette(placeholder-text);")
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 0.9)
    label.setFont(font)
    return label


def separator() -> QFrame:
    """A thin horizontal line between sections of a panel."""
    line = QFrame()
    line.setFrameShape(QFrame.Shape.HLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    return line


class _Worker(QObject):
    finished = Signal(object, object)  # result, exception

    def __init__(self, work: Callable[[], Any]) -> None:
        super().__init__()
        self._work = work

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as error:  # handed to the caller, which decides
            self.finished.emit(None, error)
        else:
            self.finished.emit(result, None)


class _Waiter(QObject):
    def __init__(self, loop: QEventLoop) -> None:
        super().__init__()
        self.loop = loop
        self.outcome: tuple[Any, BaseException | None] | None = None

    def done(self, result: Any, error: BaseException | None) -> None:
        self.outcome = (result, error)
        self.loop.quit()


def run_busy(parent: QWidget | None, text: str, work: Callable[[], Any]) -> Any:
    """Run `work` in a worker thread; the window keeps painting, a progress note appears.

    Returns its result or raises its exception. User input is held back meanwhile,
    so the document cannot change under the work.
    """
    loop = QEventLoop()
    waiter = _Waiter(loop)
    worker = _Worker(work)
    thread = QThread()
    worker.moveToThread(thread)
    worker.finished.connect(waiter.done)
    thread.started.connect(worker.run)
    dialog = QProgressDialog(text, "", 0, 0, parent)
    dialog.setCancelButton(None)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(0)
    dialog.reset()
    dialog.hide()
    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(dialog.show)
    timer.start(300)
    thread.start()
    if waiter.outcome is None:
        loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
    timer.stop()
    thread.quit()
    thread.wait()
    dialog.hide()
    dialog.deleteLater()
    assert waiter.outcome is not None
    result, error = waiter.outcome
    if error is not None:
        raise error
    return result

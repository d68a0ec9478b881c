"""Presentation mode: the window full screen with only the view, stepped by keys.

Entering remembers everything it changes (window state and geometry, the dock and
tool bar layout, which widgets were shown, the view's zoom, scrolling and scroll
bar policies) and leaving puts it back. While presenting, keys and clicks are
taken before the view and the window's shortcuts see them: nothing can edit the
document, and the file is never written.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QObject, QRect, QRectF, QSizeF, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QGraphicsScene,
    QGraphicsView,
    QMenuBar,
    QStatusBar,
    QToolBar,
    QWidget,
)

from tpm_desktop.ui.presentation.overlay import PresentationOverlay
from tpm_desktop.ui.presentation.steps import Presentable, Step

if TYPE_CHECKING:
    from tpm_desktop.document.selection import TouchpointSelection
    from tpm_desktop.ui.main_window import MainWindow

MAX_STEP_SCALE = 2.2  # a small group is shown large, not gigantic
SETTLE_MS = 1500  # how long after leaving a late resize still scrolls back
WHOLE_MARGIN = 16  # pixels around the whole map, off the screen's edges
NEXT_KEYS = {Qt.Key.Key_Right, Qt.Key.Key_PageDown, Qt.Key.Key_Down, Qt.Key.Key_Space}
PREVIOUS_KEYS = {Qt.Key.Key_Left, Qt.Key.Key_PageUp, Qt.Key.Key_Up, Qt.Key.Key_Backspace}
LEAVE_KEYS = {Qt.Key.Key_Escape, Qt.Key.Key_F5}
MOUSE_EATEN = {
    QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseButtonDblClick,
    QEvent.Type.ContextMenu,
    QEvent.Type.DragEnter,
    QEvent.Type.DragMove,
    QEvent.Type.Drop,
}


@dataclass
class _Saved:
    """What entering changed, to be put back on leaving."""

    window_state: Qt.WindowState
    geometry: QByteArray
    rect: QRect
    layout: QByteArray
    hidden: list[QWidget] = field(default_factory=list)
    zoom: float = 1.0
    scroll: tuple[int, int] = (0, 0)
    policies: tuple[Qt.ScrollBarPolicy, Qt.ScrollBarPolicy] = (
        Qt.ScrollBarPolicy.ScrollBarAsNeeded,
        Qt.ScrollBarPolicy.ScrollBarAsNeeded,
    )
    focus: QWidget | None = None
    alignment: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignCenter


class _Settle(QObject):
    """Calls `again` whenever the view's viewport resizes, for a moment after leaving."""

    def __init__(self, view: QGraphicsView, again: Callable[[], None]) -> None:
        super().__init__(view)
        self.again = again
        view.viewport().installEventFilter(self)
        QTimer.singleShot(0, self, again)
        QTimer.singleShot(SETTLE_MS, self, self.deleteLater)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Scroll back after each resize."""
        if event.type() == QEvent.Type.Resize:
            QTimer.singleShot(0, self, self.again)
        return False


class Presenter(QObject):
    """Shows one `Presentable` full screen and steps through it."""

    started = Signal()
    ended = Signal()
    step_changed = Signal(int)  # -1: the whole view

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.target: Presentable | None = None
        self.selection: TouchpointSelection | None = None
        self.overlay: PresentationOverlay | None = None
        self.steps: list[Step] = []
        self.index = -1
        self._saved: _Saved | None = None
        self._refit_pending = False
        self._scene: QGraphicsScene | None = None

    @property
    def active(self) -> bool:
        """Whether a presentation is running."""
        return self._saved is not None

    @property
    def view(self) -> QGraphicsView | None:
        """The view being presented."""
        return self.target.view if self.target is not None else None

    # -- entering and leaving --------------------------------------------------------------

    def start(self, target: Presentable, selection: TouchpointSelection | None) -> None:
        """Full screen, nothing but the view, the whole of it in sight."""
        if self.active:
            return
        window, view = self.window, target.view
        self.target, self.selection = target, selection
        self._saved = saved = _Saved(
            window_state=window.windowState(),
            geometry=window.saveGeometry(),
            rect=window.geometry(),
            layout=window.saveState(),
            zoom=view.transform().m11(),
            scroll=(view.horizontalScrollBar().value(), view.verticalScrollBar().value()),
            policies=(view.horizontalScrollBarPolicy(), view.verticalScrollBarPolicy()),
            focus=QApplication.focusWidget(),
            alignment=view.alignment(),
        )
        # The inspector would open its panels on the first click at a card.
        window.inspector.suspended = True
        for widget in self._chrome(target):
            if not widget.isHidden():
                saved.hidden.append(widget)
                widget.hide()
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setAlignment(Qt.AlignmentFlag.AlignCenter)  # the whole map in the middle
        self.overlay = PresentationOverlay(view)
        self.overlay.show()
        self.index = -1
        QApplication.instance().installEventFilter(self)
        view.horizontalScrollBar().valueChanged.connect(self._refresh_overlay)
        view.verticalScrollBar().valueChanged.connect(self._refresh_overlay)
        if selection is not None:
            selection.selection_changed.connect(self._refresh_overlay)
        self._scene = scene = view.scene()
        if scene is not None:
            # Edits from elsewhere (a live workshop's votes) reshape the groups: refit.
            scene.sceneRectChanged.connect(self._schedule_refit)
        window.showFullScreen()
        view.setFocus(Qt.FocusReason.OtherFocusReason)
        self._schedule_refit()
        self.started.emit()

    def _chrome(self, target: Presentable) -> list[QWidget]:
        window = self.window
        widgets: list[QWidget] = [
            *(d for d in window.findChildren(QDockWidget) if d.parentWidget() is window),
            *(b for b in window.findChildren(QToolBar) if b.parentWidget() is window),
            window.banner,
            *target.chrome(),
        ]
        widgets += [w for w in window.findChildren(QMenuBar) if w.parentWidget() is window]
        widgets += [w for w in window.findChildren(QStatusBar) if w.parentWidget() is window]
        return widgets

    def stop(self) -> None:
        """Back to the window exactly as it was."""
        saved, target = self._saved, self.target
        if saved is None or target is None:
            return
        window, view = self.window, target.view
        QApplication.instance().removeEventFilter(self)
        view.horizontalScrollBar().valueChanged.disconnect(self._refresh_overlay)
        view.verticalScrollBar().valueChanged.disconnect(self._refresh_overlay)
        if self.selection is not None:
            self.selection.selection_changed.disconnect(self._refresh_overlay)
        if self._scene is not None:
            self._scene.sceneRectChanged.disconnect(self._schedule_refit)
            self._scene = None
        if self.overlay is not None:
            self.overlay.hide()
            self.overlay.deleteLater()
            self.overlay = None
        window.setWindowState(saved.window_state)
        window.restoreGeometry(saved.geometry)
        plain = Qt.WindowState.WindowMaximized | Qt.WindowState.WindowFullScreen
        if not saved.window_state & plain:
            # restoreGeometry keeps a window inside the screen's frame; the size was fine.
            window.setGeometry(saved.rect)
        for widget in saved.hidden:
            widget.show()
        window.restoreState(saved.layout)
        view.setHorizontalScrollBarPolicy(saved.policies[0])
        view.setVerticalScrollBarPolicy(saved.policies[1])
        view.setAlignment(saved.alignment)
        layout = window.layout()
        if layout is not None:
            layout.activate()  # the view has its old size before it scrolls back
        self._restore_view(view, saved)
        # A window manager gives the window its old size a little later: scroll back again
        # then, or the scrolling stays clamped to the full screen's range.
        _Settle(view, lambda: self._restore_view(view, saved))
        window.inspector.suspended = False
        if saved.focus is not None:
            saved.focus.setFocus(Qt.FocusReason.OtherFocusReason)
        self._saved = None
        self.steps, self.index = [], -1
        self.target = self.selection = None
        self.ended.emit()

    def _restore_view(self, view: QGraphicsView, saved: _Saved) -> None:
        if self.active:  # presenting again already
            return
        self._zoom(view, saved.zoom)
        view.horizontalScrollBar().setValue(saved.scroll[0])
        view.verticalScrollBar().setValue(saved.scroll[1])

    # -- stepping ----------------------------------------------------------------------------

    def go_to(self, index: int) -> None:
        """Show step `index` (-1: the whole view), clamped to the steps there are."""
        if not self.active or self.target is None:
            return
        self.steps = self.target.steps(QSizeF(self.target.view.viewport().size()))
        self.index = max(-1, min(index, len(self.steps) - 1))
        self._fit()
        self._show_hint()
        self.step_changed.emit(self.index)

    def next(self) -> None:
        """The next group (from the whole view: the first)."""
        self.go_to(self.index + 1)

    def previous(self) -> None:
        """The group before; before the first comes the whole view."""
        self.go_to(self.index - 1)

    @property
    def current(self) -> Step | None:
        """The step shown, or None for the whole view."""
        return self.steps[self.index] if 0 <= self.index < len(self.steps) else None

    def _fit(self) -> None:
        target = self.target
        if target is None:
            return
        view = target.view
        step = self.current
        frame = step.frame if step is not None else target.whole()
        if frame.isEmpty():
            return
        port = view.viewport().rect()
        if step is None:
            port = port.adjusted(WHOLE_MARGIN, WHOLE_MARGIN, -WHOLE_MARGIN, -WHOLE_MARGIN)
        scale = min(port.width() / frame.width(), port.height() / frame.height())
        if step is not None:
            scale = min(scale, MAX_STEP_SCALE)
        self._zoom(view, scale)
        # The frame's top left corner at the viewport's: the pinned headers meet it there.
        offset = view.mapFromScene(frame.topLeft())
        view.horizontalScrollBar().setValue(view.horizontalScrollBar().value() + offset.x())
        view.verticalScrollBar().setValue(view.verticalScrollBar().value() + offset.y())
        self._refresh_overlay()

    @staticmethod
    def _zoom(view: QGraphicsView, scale: float) -> None:
        set_zoom = getattr(view, "set_zoom", None)
        if callable(set_zoom):
            set_zoom(scale)  # the map's own zoom switches its overview on and off
        else:
            view.resetTransform()
            view.scale(scale, scale)

    def _schedule_refit(self, *_args: object) -> None:
        if not self._refit_pending:
            self._refit_pending = True
            QTimer.singleShot(0, self._refit)

    def _refit(self) -> None:
        self._refit_pending = False
        if self.active:
            self.go_to(self.index)

    def _show_hint(self) -> None:
        if self.overlay is None:
            return
        keys = self.tr("← → next and previous · Home shows all · Esc to leave")
        step = self.current
        if step is None or self.target is None:
            title = self.target.whole_title() if self.target is not None else ""
            detail = self.tr("%n step(s)", "", len(self.steps)) + " · " + keys
        else:
            title = step.title
            counter = (
                self.tr("%1 / %2")
                .replace("%1", str(self.index + 1))
                .replace("%2", str(len(self.steps)))
            )
            detail = counter + " · " + keys
        self.overlay.show_hint(title, detail)

    def _refresh_overlay(self, *_args: object) -> None:
        overlay, target = self.overlay, self.target
        if overlay is None or target is None:
            return
        step = self.current
        overlay.set_bright(target.bright_areas(step) if step is not None else [])
        overlay.set_pointer(self._pointer_rect())

    def _pointer_rect(self) -> QRectF | None:
        target, selection = self.target, self.selection
        if target is None or selection is None or selection.current is None:
            return None
        rect = target.card_rect(selection.current)
        if rect is None:
            return None
        ring = target.view.mapFromScene(rect).boundingRect().toRectF()
        # A card scrolled out of sight would leave the screen all dimmed: no pointer then.
        return ring if ring.intersects(QRectF(target.view.viewport().rect())) else None

    # -- keys and mouse -------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Take keys and clicks in the window before the view and the shortcuts do."""
        if not self.active or self.target is None:
            return False
        kind = event.type()
        if kind in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            if not (isinstance(watched, QWidget) and watched.window() is self.window):
                return False
            assert isinstance(event, QKeyEvent)
            if kind == QEvent.Type.ShortcutOverride:
                # Claimed as a key press, so no shortcut (Delete, Ctrl+Z, …) fires.
                event.accept()
                return True
            self._key(event)
            return True
        viewport = self.target.view.viewport()
        if watched is viewport:
            if kind == QEvent.Type.MouseButtonPress:
                assert isinstance(event, QMouseEvent)
                if event.button() == Qt.MouseButton.LeftButton:
                    self._point(event)
                return True
            if kind in MOUSE_EATEN:
                return True
            if kind == QEvent.Type.Resize:
                self._schedule_refit()
            elif kind == QEvent.Type.Wheel:
                QTimer.singleShot(0, self._refresh_overlay)  # a Ctrl+wheel zoom
        return False

    def _key(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        if key in LEAVE_KEYS:
            if not event.isAutoRepeat():
                self.stop()
        elif key in NEXT_KEYS:
            self.next()
        elif key in PREVIOUS_KEYS:
            self.previous()
        elif key == Qt.Key.Key_Home:
            self.go_to(-1)
        elif key == Qt.Key.Key_End:
            self.go_to(len(self.steps) - 1)

    def _point(self, event: QMouseEvent) -> None:
        """A click on a card points at it; a click on it again, or beside, stops pointing."""
        target, selection = self.target, self.selection
        if target is None or selection is None:
            return
        touchpoint_id = target.card_at(event.position().toPoint())
        if touchpoint_id is None or touchpoint_id == selection.current:
            target.select([])
        else:
            target.select([touchpoint_id])

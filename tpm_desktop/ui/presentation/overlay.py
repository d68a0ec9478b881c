"""What the presenter draws over the view: the dimmed surroundings, the pointer, the hint.

A transparent widget over the view's viewport, so nothing is added to the scene and
the document never hears of it. Mouse events pass through to the viewport. It is a
child of the view, not of the viewport: the viewport scrolls its children along.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QEasingCurve,
    QEvent,
    QObject,
    QRectF,
    Qt,
    QTimer,
    QVariantAnimation,
)
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QAbstractScrollArea, QWidget

DIM = QColor(20, 26, 36, 120)  # over what is not the current group
POINTER_DIM = QColor(20, 26, 36, 150)  # over everything but the pointed-at card
LASER = QColor("#e5322d")
HINT_BG = QColor(24, 30, 40, 225)
HINT_INK = QColor("#ffffff")
HINT_MUTED = QColor("#c9d1dc")
HINT_SHOWN_MS = 2600
HINT_FADE_MS = 900


class PresentationOverlay(QWidget):
    """Dims the view outside the bright areas, rings the pointed card, shows a hint."""

    def __init__(self, view: QAbstractScrollArea) -> None:
        super().__init__(view)
        viewport = view.viewport()
        self.setObjectName("presentation_overlay")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.bright: list[QRectF] = []
        self.pointer: QRectF | None = None
        self.hint_title = ""
        self.hint_detail = ""
        self.hint_opacity = 0.0
        self._hold = QTimer(self)
        self._hold.setSingleShot(True)
        self._hold.timeout.connect(self._start_fade)
        self._fade = QVariantAnimation(self)
        self._fade.setStartValue(1.0)
        self._fade.setEndValue(0.0)
        self._fade.setDuration(HINT_FADE_MS)
        self._fade.setEasingCurve(QEasingCurve.Type.InQuad)
        self._fade.valueChanged.connect(self._on_fade)
        self._viewport = viewport
        viewport.installEventFilter(self)
        self.setGeometry(viewport.geometry())
        self.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Cover the whole viewport as it moves and resizes."""
        if watched is self._viewport and event.type() in (QEvent.Type.Resize, QEvent.Type.Move):
            self.setGeometry(self._viewport.geometry())
        return False

    def set_bright(self, areas: list[QRectF]) -> None:
        """Keep these viewport rectangles bright, dim the rest (none: dim nothing)."""
        self.bright = areas
        self.update()

    def set_pointer(self, rect: QRectF | None) -> None:
        """Ring this viewport rectangle (a card) and dim everything else; None: no pointer."""
        self.pointer = rect
        self.update()

    def show_hint(self, title: str, detail: str) -> None:
        """Show where the presentation is; the hint fades after a moment."""
        self.hint_title, self.hint_detail = title, detail
        self._fade.stop()
        self.hint_opacity = 1.0
        self._hold.start(HINT_SHOWN_MS)
        self.update()

    def _start_fade(self) -> None:
        self._fade.start()

    def _on_fade(self, value: float) -> None:
        self.hint_opacity = float(value)
        self.update()

    # -- painting ------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        """Dim, pointer ring, then the hint on top."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        whole = QPainterPath()
        whole.addRect(QRectF(self.rect()))
        if self.pointer is not None:
            hole = QPainterPath()
            hole.addRoundedRect(self.pointer.adjusted(-6, -6, 6, 6), 10, 10)
            painter.fillPath(whole.subtracted(hole), POINTER_DIM)
            self._paint_laser(painter, self.pointer)
        elif self.bright:
            hole = QPainterPath()
            for area in self.bright:
                hole.addRect(area)
            painter.fillPath(whole.subtracted(hole.simplified()), DIM)
        if self.hint_opacity > 0.01 and self.hint_title:
            self._paint_hint(painter)

    def _paint_laser(self, painter: QPainter, rect: QRectF) -> None:
        """A red ring with a soft glow around it."""
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for width, alpha in ((22, 28), (16, 45), (11, 70), (7, 110)):
            glow = QColor(LASER)
            glow.setAlpha(alpha)
            painter.setPen(QPen(glow, width))
            painter.drawRoundedRect(rect.adjusted(-6, -6, 6, 6), 10, 10)
        painter.setPen(QPen(LASER, 3.5))
        painter.drawRoundedRect(rect.adjusted(-6, -6, 6, 6), 10, 10)

    def _paint_hint(self, painter: QPainter) -> None:
        title_font = QFont(self.font())
        title_font.setPixelSize(26)
        title_font.setBold(True)
        detail_font = QFont(self.font())
        detail_font.setPixelSize(17)
        title_metrics, detail_metrics = QFontMetricsF(title_font), QFontMetricsF(detail_font)
        room = self.width() - 80.0
        title = title_metrics.elidedText(self.hint_title, Qt.TextElideMode.ElideRight, room)
        detail = detail_metrics.elidedText(self.hint_detail, Qt.TextElideMode.ElideRight, room)
        width = max(
            title_metrics.horizontalAdvance(title), detail_metrics.horizontalAdvance(detail)
        )
        box = QRectF(0, 0, width + 48, title_metrics.height() + detail_metrics.height() + 34)
        box.moveCenter(self.rect().center().toPointF())
        box.moveBottom(self.height() - 36.0)
        painter.setOpacity(self.hint_opacity)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(HINT_BG)
        painter.drawRoundedRect(box, 12, 12)
        inner = box.adjusted(24, 14, -24, -14)
        painter.setFont(title_font)
        painter.setPen(HINT_INK)
        flags = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
        painter.drawText(inner, flags, title)
        painter.setFont(detail_font)
        painter.setPen(HINT_MUTED)
        bottom = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom
        painter.drawText(inner, bottom, detail)
        painter.setOpacity(1.0)

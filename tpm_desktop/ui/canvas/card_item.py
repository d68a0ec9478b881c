"""A touchpoint card: an id and its look, painted by hand (no widgets, no proxies).

The name's line breaks are computed once per name (QTextLayout) and kept as
QStaticText, so painting a card is a handful of fills and cached glyph runs.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
    QStaticText,
)
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem, QStyleOptionGraphicsItem, QWidget

from tpm_desktop.core.hyphenation import hyphenate
from tpm_desktop.ui.canvas import style
from tpm_desktop.ui.canvas.badges import paint_badges
from tpm_desktop.ui.canvas.looks import CardLook

W, H = style.CARD_W, style.CARD_H
TEXT_X, TEXT_Y, TEXT_WIDTH = style.TEXT_X, style.TEXT_Y, style.TEXT_WIDTH
LINE_HEIGHT = style.LINE_HEIGHT

_colours: dict[str, QColor] = {}


def qcolor(value: str) -> QColor:
    """A shared QColor per hex string (cards share a few colours)."""
    colour = _colours.get(value)
    if colour is None:
        colour = _colours[value] = QColor(value)
    return colour


def wrap_text(text: str, font: QFont, width: float, lines: int) -> list[str]:
    """`text` broken into at most `lines` lines of `width`, the last one elided.

    Breaks at spaces and after hyphens; a word wider than the line (German
    compounds) is hyphenated at its syllables rather than cut silently.
    """
    metrics = QFontMetricsF(font)
    fits = _fits(metrics, width)
    pieces: list[tuple[str, bool]] = []  # (text, joined to the previous piece without space)
    for word in text.split():
        parts = word.split("-")
        for k, part in enumerate(parts):
            piece = part + ("-" if k < len(parts) - 1 else "")
            if piece:
                pieces.append((piece, k > 0))
    laid: list[tuple[str, str]] = []  # (line, its text as in `text`, with a space after)
    current = ""
    for piece, glued in pieces:
        candidate = current + ("" if glued or not current else " ") + piece
        if fits(candidate):
            current = candidate
            continue
        if current:
            laid.append((current, current + " "))
        current = piece
        if not fits(current):
            # Only at the word's hyphenation points (core.hyphenation), never at its last
            # letters: "Energiedienst-leistungen", not "Energiedienstleistung-en".
            *heads, current = hyphenate(current, fits)
            for head in heads:
                source = head if piece.startswith(head) else head[:-1]
                laid.append((head, source))
                piece = piece[len(source) :]
    if current:
        laid.append((current, current + " "))
    if len(laid) <= lines:
        return [line for line, _ in laid] or [""]
    rest = "".join(source for _, source in laid[lines - 1 :])
    last = metrics.elidedText(rest.strip(), Qt.TextElideMode.ElideRight, width)
    return [line for line, _ in laid[: lines - 1]] + [last]


def _fits(metrics: QFontMetricsF, width: float):  # noqa: ANN202
    def fits(candidate: str) -> bool:
        return metrics.horizontalAdvance(candidate) <= width

    return fits


def static_lines(lines: list[str]) -> list[QStaticText]:
    """Plain-text QStaticText objects for laid-out lines."""
    result = []
    for line in lines:
        text = QStaticText(line)
        text.setTextFormat(Qt.TextFormat.PlainText)
        text.setPerformanceHint(QStaticText.PerformanceHint.AggressiveCaching)
        result.append(text)
    return result


def wrap_name(text: str) -> list[str]:
    """A card name in the card's lines."""
    return wrap_text(text, style.font(12), TEXT_WIDTH, style.NAME_LINES)


def _right_rounded_body() -> QPainterPath:
    """The card body right of the stripe: square left edge, rounded right corners."""
    r, s = style.CARD_RADIUS, style.STRIPE_WIDTH
    path = QPainterPath()
    path.moveTo(s, 0)
    path.lineTo(W - r, 0)
    path.arcTo(QRectF(W - 2 * r, 0, 2 * r, 2 * r), 90, -90)
    path.lineTo(W, H - r)
    path.arcTo(QRectF(W - 2 * r, H - 2 * r, 2 * r, 2 * r), 0, -90)
    path.lineTo(s, H)
    path.closeSubpath()
    return path


BODY = _right_rounded_body()
OUTLINE = QRectF(0, 0, W, H)
MARGIN = 4.0  # room for the selection halo and the shadow
PADDED = OUTLINE.adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)
NO_PEN = QPen(Qt.PenStyle.NoPen)


class CardItem(QGraphicsRectItem):
    """One card on the map; holds the touchpoint id and what to paint, nothing else."""

    def __init__(
        self,
        touchpoint_id: int,
        colour: str,
        fill: QColor,
        look_of: Callable[[int], CardLook],
        parent: QGraphicsItem | None = None,
    ) -> None:
        super().__init__(PADDED, parent)
        self.touchpoint_id = touchpoint_id
        self.colour = colour
        self.fill = fill
        self._look_of = look_of
        self.look: CardLook | None = None
        self.selected = False
        self.hovered = False
        self.match: bool | None = None  # None: no search; True/False: search result
        self._lines: list[QStaticText] = []
        self._lines_for: str | None = None
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setPen(NO_PEN)

    def set_colour(self, colour: str, fill: QColor) -> None:
        """A new mode colour."""
        if colour != self.colour or fill != self.fill:
            self.colour, self.fill = colour, fill
            self.update()

    def invalidate(self) -> None:
        """The touchpoint changed: fetch the look again on the next paint."""
        self.look = None
        self.update()

    def set_flags(
        self, *, selected: bool | None = None, hovered: bool | None = None, match: object = ...
    ) -> None:
        """Change the selection, hover or search state and repaint when it changed."""
        changed = False
        if selected is not None and selected != self.selected:
            self.selected, changed = selected, True
        if hovered is not None and hovered != self.hovered:
            self.hovered, changed = hovered, True
        if match is not ... and match != self.match:
            self.match, changed = match, True  # type: ignore[assignment]
        if changed:
            self.update()

    def _text(self, look: CardLook) -> list[QStaticText]:
        if self._lines_for != look.name:
            self._lines = static_lines(wrap_name(look.name))
            self._lines_for = look.name
        return self._lines

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        """Background (a cached pixmap on screen, vectors in exports), name and badges."""
        look = self.look
        if look is None:
            look = self.look = self._look_of(self.touchpoint_id)
        dimmed = self.match is False
        state = (
            SELECTED if self.selected else MATCHED if self.match else HOVERED if self.hovered else 0
        )
        transform = painter.worldTransform()
        if RENDER.vector or transform.m12() or transform.m21():
            paint_background(painter, self.colour, self.fill, state, dimmed)
        else:
            device = painter.device()
            ratio = device.devicePixelRatioF() if device is not None else 1.0
            pixmap = background(self.colour, self.fill, state, dimmed, transform.m11() * ratio)
            painter.drawPixmap(PADDED, pixmap, QRectF(pixmap.rect()))
        painter.setPen(DIMMED_INK if dimmed else style.text_on(self.fill))
        painter.setFont(style.font(12))
        for number, text in enumerate(self._text(look)):
            painter.drawStaticText(QPointF(TEXT_X, TEXT_Y + number * LINE_HEIGHT), text)
        if not dimmed:
            paint_badges(painter, look)


class _Render:
    """How cards paint: `vector` for exports (SVG must stay vector), else cached pixmaps."""

    vector = False


RENDER = _Render()
SELECTED, MATCHED, HOVERED = 1, 2, 3
DIMMED_INK = QColor("#aab1bb")
_backgrounds: dict[tuple, QPixmap] = {}
MAX_CACHED = 400


def background(colour: str, fill: QColor, state: int, dimmed: bool, scale: float) -> QPixmap:
    """The card's body at a device scale, rendered once per look and zoom level."""
    key = (colour, fill.rgba(), state, dimmed, round(scale * 256))
    pixmap = _backgrounds.get(key)
    if pixmap is None:
        if len(_backgrounds) >= MAX_CACHED:
            _backgrounds.clear()
        width = max(1, math.ceil(PADDED.width() * scale))
        height = max(1, math.ceil(PADDED.height() * scale))
        pixmap = QPixmap(width, height)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.scale(width / PADDED.width(), height / PADDED.height())
        painter.translate(-PADDED.x(), -PADDED.y())
        paint_background(painter, colour, fill, state, dimmed)
        painter.end()
        _backgrounds[key] = pixmap
    return pixmap


def paint_background(
    painter: QPainter, colour: str, fill: QColor, state: int, dimmed: bool
) -> None:
    """Halo or shadow, stripe, body and border, as vectors."""
    stripe = qcolor(colour)
    if dimmed:
        stripe = style.mix(stripe, "#f1f3f6", 0.7)
        fill = style.mix(fill, "#f7f8fa", 0.7)
    painter.setPen(NO_PEN)
    if state == SELECTED:
        painter.setBrush(QColor(29, 111, 220, 60))
        painter.drawRoundedRect(OUTLINE.adjusted(-3, -3, 3, 3), 7, 7)
    elif state == MATCHED:
        painter.setBrush(QColor(245, 180, 0, 120))
        painter.drawRoundedRect(OUTLINE.adjusted(-3, -3, 3, 3), 7, 7)
    elif not dimmed:
        painter.setBrush(QColor(15, 23, 42, 24))
        painter.drawRoundedRect(OUTLINE.translated(0, 1.2), style.CARD_RADIUS, style.CARD_RADIUS)
    painter.setBrush(stripe)
    painter.drawRoundedRect(OUTLINE, style.CARD_RADIUS, style.CARD_RADIUS)
    painter.setBrush(fill)
    painter.drawPath(BODY)
    if state == SELECTED:
        pen = QPen(style.SELECTION, 2.0)
    elif state == MATCHED:
        pen = QPen(style.MATCH, 2.0)
    elif state == HOVERED:
        pen = QPen(style.MUTED, 1.0)
    else:
        pen = QPen(
            style.mix(style.CARD_BORDER, "#ffffff", 0.5) if dimmed else style.CARD_BORDER, 1.0
        )
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRoundedRect(OUTLINE.adjusted(0.5, 0.5, -0.5, -0.5), 4.5, 4.5)

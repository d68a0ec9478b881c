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
    QPolygonF,
    QStaticText,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem, QStyleOptionGraphicsItem, QWidget

from tpm_desktop.core.enums import Decision
from tpm_desktop.core.monitoring import Trend
from tpm_desktop.ui.canvas import style
from tpm_desktop.ui.canvas.colours import DECISION_COLOURS, EXPERIENCE_COLOURS, NOT_RATED
from tpm_desktop.ui.canvas.looks import CardLook

W, H = style.METRICS.card_width, style.METRICS.card_height
TEXT_X = style.STRIPE_WIDTH + 8.0
TEXT_Y = 6.0
TEXT_WIDTH = W - TEXT_X - 8.0
LINE_HEIGHT = 15.0
BADGE_Y = H - 19.0
BADGE_SIZE = 14.0

_colours: dict[str, QColor] = {}


def qcolor(value: str) -> QColor:
    """A shared QColor per hex string (cards share a few colours)."""
    colour = _colours.get(value)
    if colour is None:
        colour = _colours[value] = QColor(value)
    return colour


def wrap_text(text: str, font: QFont, width: float, lines: int) -> list[str]:
    """`text` broken into at most `lines` lines of `width`, the last one elided."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    result: list[str] = []
    layout.beginLayout()
    while len(result) < lines:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        start = line.textStart()
        if len(result) == lines - 1:
            rest = text[start:].strip()
            metrics = QFontMetricsF(font)
            result.append(metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width))
        else:
            result.append(text[start : start + line.textLength()].strip())
    layout.endLayout()
    return [line for line in result if line] or [""]


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


def _star(cx: float, cy: float, radius: float) -> QPolygonF:
    points = []
    for k in range(10):
        angle = -math.pi / 2 + k * math.pi / 5
        r = radius if k % 2 == 0 else radius * 0.45
        points.append(QPointF(cx + r * math.cos(angle), cy + r * math.sin(angle)))
    return QPolygonF(points)


BODY = _right_rounded_body()
OUTLINE = QRectF(0, 0, W, H)
MARGIN = 4.0  # room for the selection halo and the shadow
PADDED = OUTLINE.adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)
STAR = _star(TEXT_X + 6, BADGE_Y + 7, 6.5)
NO_PEN = QPen(Qt.PenStyle.NoPen)
WHITE = QColor("#ffffff")
GOLD = QColor("#e3a008")


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
            _paint_badges(painter, look)


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


def _paint_badges(painter: QPainter, look: CardLook) -> None:
    x = TEXT_X
    cy = BADGE_Y + BADGE_SIZE / 2
    if look.is_super:
        painter.setPen(QPen(QColor("#a16207"), 0.8))
        painter.setBrush(GOLD)
        painter.drawPolygon(STAR)
        x += 17
    if look.decision is not Decision.KEEP:
        _decision_glyph(painter, look.decision, x + 7, cy)
        x += 17
    right = W - 8.0
    if look.kpis:
        right -= 14
        _trend_arrow(painter, look.trend, right + 7, cy)
        right -= 4
    if look.measures:
        painter.setFont(style.font(10, bold=True))
        label = str(min(look.measures, 99))
        width = 13 + 7 * len(label)
        right -= width
        box = QRectF(right, BADGE_Y, width, BADGE_SIZE)
        overdue = look.overdue > 0
        painter.setPen(NO_PEN)
        painter.setBrush(QColor("#dc2626") if overdue else QColor("#e5e9f0"))
        painter.drawRoundedRect(box, 7, 7)
        ink = WHITE if overdue else QColor("#374151")
        # A tiny check list: the measures of the action plan.
        painter.setPen(QPen(ink, 1.2))
        for k in range(2):
            y = BADGE_Y + 4.5 + k * 5
            painter.drawLine(QPointF(right + 4, y), QPointF(right + 5.5, y))
            painter.drawLine(QPointF(right + 7, y), QPointF(right + 10, y))
        painter.drawText(
            QRectF(right + 10, BADGE_Y, width - 12, BADGE_SIZE),
            Qt.AlignmentFlag.AlignCenter,
            label,
        )
        right -= 4
    if look.experience is not None:
        colour = QColor(EXPERIENCE_COLOURS.get(look.experience, NOT_RATED))
        right -= 22
        box = QRectF(right, BADGE_Y, 22, BADGE_SIZE)
        painter.setPen(NO_PEN)
        painter.setBrush(colour)
        painter.drawRoundedRect(box, 7, 7)
        painter.setPen(style.text_on(colour))
        painter.setFont(style.font(10, bold=True))
        value = look.experience
        text = f"+{value}" if value > 0 else ("−" + str(-value) if value < 0 else "0")
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)


def _decision_glyph(painter: QPainter, decision: Decision, cx: float, cy: float) -> None:
    colour = QColor(DECISION_COLOURS[decision])
    painter.setPen(NO_PEN)
    painter.setBrush(colour)
    painter.drawEllipse(QPointF(cx, cy), 7, 7)
    pen = QPen(WHITE, 1.6)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    if decision is Decision.FOCUS:
        painter.drawEllipse(QPointF(cx, cy), 3.6, 3.6)
        painter.setBrush(WHITE)
        painter.drawEllipse(QPointF(cx, cy), 1.1, 1.1)
    elif decision is Decision.COMBINE:
        painter.drawEllipse(QPointF(cx - 1.6, cy), 2.6, 2.6)
        painter.drawEllipse(QPointF(cx + 1.6, cy), 2.6, 2.6)
    elif decision is Decision.NEGLECT:
        painter.drawLine(QPointF(cx, cy - 3.5), QPointF(cx, cy + 3.2))
        painter.drawLine(QPointF(cx - 3, cy + 0.5), QPointF(cx, cy + 3.5))
        painter.drawLine(QPointF(cx + 3, cy + 0.5), QPointF(cx, cy + 3.5))
    elif decision is Decision.REMOVE:
        painter.drawLine(QPointF(cx - 3, cy - 3), QPointF(cx + 3, cy + 3))
        painter.drawLine(QPointF(cx + 3, cy - 3), QPointF(cx - 3, cy + 3))
    elif decision is Decision.ADD:
        painter.drawLine(QPointF(cx - 3.5, cy), QPointF(cx + 3.5, cy))
        painter.drawLine(QPointF(cx, cy - 3.5), QPointF(cx, cy + 3.5))


def _trend_arrow(painter: QPainter, trend: Trend, cx: float, cy: float) -> None:
    colours = {
        Trend.IMPROVING: "#1a9850",
        Trend.STABLE: "#6b7f99",
        Trend.WORSENING: "#d7301f",
        Trend.NO_DATA: "#9aa3af",
    }
    pen = QPen(QColor(colours[trend]), 1.8)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    if trend is Trend.NO_DATA:
        painter.drawLine(QPointF(cx - 4, cy), QPointF(cx + 4, cy))
        return
    dy = {Trend.IMPROVING: -1, Trend.STABLE: 0, Trend.WORSENING: 1}[trend] * 4.5
    tip = QPointF(cx + 5, cy + dy)
    painter.drawLine(QPointF(cx - 5, cy - dy), tip)
    # the arrow head, perpendicular to the shaft
    if dy == 0:
        head = [QPointF(cx + 1.5, cy - 3), tip, QPointF(cx + 1.5, cy + 3)]
    elif dy < 0:
        head = [QPointF(cx + 0.2, cy + dy), tip, QPointF(cx + 5, cy + dy + 4.8)]
    else:
        head = [QPointF(cx + 0.2, cy + dy), tip, QPointF(cx + 5, cy + dy - 4.8)]
    painter.drawPolyline(QPolygonF(head))

"""The small signs at the bottom of a card: super-touchpoint, decision, experience,
measures (red when one is overdue) and the KPI trend. Painted as vectors.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QPolygonF

from tpm_desktop.core.enums import Decision
from tpm_desktop.core.monitoring import Trend
from tpm_desktop.ui.canvas import style
from tpm_desktop.ui.canvas.colours import DECISION_COLOURS, EXPERIENCE_COLOURS, TREND_COLOURS
from tpm_desktop.ui.canvas.looks import CardLook
from tpm_desktop.ui.canvas.phase_marks import paint_pips

Y, SIZE = style.BADGE_Y, style.BADGE_SIZE
CY = Y + SIZE / 2
NO_PEN = QPen(Qt.PenStyle.NoPen)
WHITE = QColor("#ffffff")
GOLD = QColor("#e3a008")
GOLD_EDGE = QColor("#a16207")
OVERDUE = QColor("#dc2626")
CHIP = QColor("#e8ecf2")
CHIP_INK = QColor("#374151")
NEUTRAL_INK = QColor("#6b7280")


def _star(cx: float, cy: float, radius: float) -> QPolygonF:
    points = []
    for k in range(10):
        angle = -math.pi / 2 + k * math.pi / 5
        r = radius if k % 2 == 0 else radius * 0.45
        points.append(QPointF(cx + r * math.cos(angle), cy + r * math.sin(angle)))
    return QPolygonF(points)


STAR = _star(style.TEXT_X + 6, CY, 6.5)


def paint_badges(painter: QPainter, look: CardLook) -> None:
    """Left: super-touchpoint, decision and phase pips. Right: experience, measures, KPI trend."""
    x = style.TEXT_X
    if look.is_super:
        painter.setPen(QPen(GOLD_EDGE, 0.8))
        painter.setBrush(GOLD)
        painter.drawPolygon(STAR)
        x += 17
    if look.decision is not Decision.KEEP:
        _decision(painter, look.decision, x + 7, CY)
        x += 18
    if look.phase is not None:
        paint_pips(painter, x + 1, CY, look.phase)
    right = style.CARD_W - 8.0
    if look.kpis:
        right -= 14
        _trend(painter, look.trend, right + 7, CY)
        right -= 4
    if look.measures:
        right = _measures(painter, look, right) - 4
    if look.experience is not None:
        _experience(painter, look.experience, right)


def _measures(painter: QPainter, look: CardLook, right: float) -> float:
    label = str(min(look.measures, 99))
    width = 16 + 6.5 * len(label)
    left = right - width
    overdue = look.overdue > 0
    painter.setPen(NO_PEN)
    painter.setBrush(OVERDUE if overdue else CHIP)
    painter.drawRoundedRect(QRectF(left, Y, width, SIZE), 7, 7)
    ink = WHITE if overdue else CHIP_INK
    # a tiny ticked box: the action plan's measures
    pen = QPen(ink, 1.1)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    box = QRectF(left + 4, Y + 3.5, 7, 7)
    painter.drawRoundedRect(box, 1.5, 1.5)
    painter.drawPolyline(
        QPolygonF(
            [
                QPointF(box.left() + 1.5, CY),
                QPointF(box.left() + 3, CY + 1.6),
                QPointF(box.right() - 1.2, CY - 2.0),
            ]
        )
    )
    painter.setFont(style.font(10, bold=True))
    painter.drawText(QRectF(left + 12, Y, width - 14, SIZE), Qt.AlignmentFlag.AlignCenter, label)
    return left


def _experience(painter: QPainter, value: int, right: float) -> None:
    box = QRectF(right - 22, Y, 22, SIZE)
    painter.setPen(NO_PEN)
    if value == 0:
        painter.setBrush(CHIP)
        ink = NEUTRAL_INK
    else:
        colour = QColor(EXPERIENCE_COLOURS[value])
        painter.setBrush(colour)
        ink = style.text_on(colour)
    painter.drawRoundedRect(box, 7, 7)
    painter.setPen(ink)
    painter.setFont(style.font(10, bold=True))
    text = f"+{value}" if value > 0 else ("−" + str(-value) if value < 0 else "±0")
    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)


def _decision(painter: QPainter, decision: Decision, cx: float, cy: float) -> None:
    painter.setPen(NO_PEN)
    painter.setBrush(QColor(DECISION_COLOURS[decision]))
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


def _trend(painter: QPainter, trend: Trend, cx: float, cy: float) -> None:
    pen = QPen(QColor(TREND_COLOURS[trend]), 1.8)
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
    if dy == 0:
        head = [QPointF(cx + 1.5, cy - 3), tip, QPointF(cx + 1.5, cy + 3)]
    elif dy < 0:
        head = [QPointF(cx + 0.2, cy + dy), tip, QPointF(cx + 5, cy + dy + 4.8)]
    else:
        head = [QPointF(cx + 0.2, cy + dy), tip, QPointF(cx + 5, cy + dy - 4.8)]
    painter.drawPolyline(QPolygonF(head))

"""The journey view's items: a touchpoint chip and a moment-of-truth star.

An item holds a touchpoint id and its look, never the data (DESIGN, rule 2).
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from tpm_desktop.core import hyphenation
from tpm_desktop.ui.canvas import style

CHIP_RADIUS = 4.0
STRIPE = 5.0
DOT = 9.0
SUPER_BORDER = QColor("#c98a00")
STAR_FILL = QColor("#f2a900")


def chip_font() -> QFont:
    """The font of the names on the chips (9 pt: readable at 100 %)."""
    font = QFont(style.family())
    font.setPointSizeF(9.0)
    return font


def two_lines(
    text: str, metrics: QFontMetricsF, width: float, language: str | None = None
) -> list[str]:
    """The name wrapped on at most two lines; the second cut with "…" where it is too long.

    A word too long for the first line is hyphenated ("Preisanpassungs-" / "schreiben").
    """
    words = text.split()
    if not words:
        return [""]

    def fits(candidate: str) -> bool:
        return metrics.horizontalAdvance(candidate) <= width

    first = ""
    taken = 0
    while taken < len(words) and fits(f"{first} {words[taken]}".strip()):
        first = f"{first} {words[taken]}".strip()
        taken += 1
    if taken == len(words):
        return [first]
    if first:
        rest = " ".join(words[taken:])
    else:
        word = words[0]
        first = hyphenation.hyphenate(word, fits, language)[0]
        cut = len(first)
        if first.endswith("-") and word[cut - 1 : cut] != "-":
            cut -= 1  # the hyphen was added at the break, it is not the word's own
        rest = " ".join([word[cut:], *words[1:]]).strip()
        if not rest:
            return [first]
    return [first, metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width)]


def star(centre: QPointF, radius: float) -> QPolygonF:
    """A five-pointed star."""
    points = []
    for index in range(10):
        r = radius if index % 2 == 0 else radius * 0.45
        angle = -math.pi / 2 + index * math.pi / 5
        points.append(QPointF(centre.x() + r * math.cos(angle), centre.y() + r * math.sin(angle)))
    return QPolygonF(points)


class ChipItem(QGraphicsItem):
    """One touchpoint as a chip: stripe in its lane colour, the name, an experience dot."""

    def __init__(
        self,
        touchpoint_id: int,
        rect: QRectF,
        name: str,
        stripe: str,
        dot: str | None,
        is_super: bool,
        tooltip: str,
        language: str | None = None,
    ) -> None:
        super().__init__()
        self.touchpoint_id = touchpoint_id
        self.rect = QRectF(0, 0, rect.width(), rect.height())
        self.setPos(rect.topLeft())
        self.name = name
        self.stripe = QColor(stripe)
        self.dot = QColor(dot) if dot else None
        self.is_super = is_super
        self.selected = False
        self.matched = False  # found by the map tool bar's search
        self.setToolTip(tooltip)
        self.setAcceptHoverEvents(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        font = chip_font()
        self.font = font
        left = STRIPE + (14.0 if is_super else 6.0)
        self.text_left = left
        self.lines = two_lines(
            name, QFontMetricsF(font), self.rect.width() - left - DOT - 10, language
        )

    def boundingRect(self) -> QRectF:
        """The chip plus its selection outline."""
        return self.rect.adjusted(-2, -2, 2, 2)

    def set_selected(self, selected: bool) -> None:
        """Show or hide the selection outline."""
        if selected != self.selected:
            self.selected = selected
            self.update()

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        """The chip."""
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = self.rect
        if self.selected:
            border = QPen(style.SELECTION, 2.5)
        elif self.matched:
            border = QPen(style.MATCH, 2.5)
        elif self.is_super:
            border = QPen(SUPER_BORDER, 1.5)
        else:
            border = QPen(style.CARD_BORDER, 1.0)
        painter.setPen(border)
        painter.setBrush(QBrush(QColor("#e8f0fc") if self.selected else QColor("#ffffff")))
        painter.drawRoundedRect(rect, CHIP_RADIUS, CHIP_RADIUS)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.stripe)
        painter.drawRoundedRect(QRectF(0.5, 0.5, STRIPE, rect.height() - 1), 2, 2)
        if self.is_super:
            painter.setBrush(STAR_FILL)
            painter.setPen(QPen(SUPER_BORDER, 0.8))
            painter.drawPolygon(star(QPointF(STRIPE + 7.5, rect.height() / 2), 5.0))
        if self.dot is not None:
            painter.setPen(QPen(QColor("#ffffff"), 1))
            painter.setBrush(self.dot)
            painter.drawEllipse(QRectF(rect.width() - DOT - 5, (rect.height() - DOT) / 2, DOT, DOT))
        painter.setFont(self.font)
        painter.setPen(style.INK)
        metrics = QFontMetricsF(self.font)
        line_height = metrics.height()
        top = (rect.height() - line_height * len(self.lines)) / 2 + metrics.ascent()
        for index, text in enumerate(self.lines):
            painter.drawText(QPointF(self.text_left, top + index * line_height), text)


class MomentItem(QGraphicsItem):
    """A moment of truth on the curve: a star at the super-touchpoint's experience."""

    def __init__(self, touchpoint_id: int, centre: QPointF, rated: bool, tooltip: str) -> None:
        super().__init__()
        self.touchpoint_id = touchpoint_id
        self.rated = rated
        self.setPos(centre)
        self.setToolTip(tooltip)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setZValue(3)

    def boundingRect(self) -> QRectF:
        """The star's square."""
        return QRectF(-8, -8, 16, 16)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        """A filled star; hollow when the experience is not rated."""
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(SUPER_BORDER, 1.0))
        painter.setBrush(STAR_FILL if self.rated else QColor("#ffffff"))
        painter.drawPolygon(star(QPointF(0, 0), 7.0))


__all__ = ["ChipItem", "MomentItem", "chip_font", "two_lines"]

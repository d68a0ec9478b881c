"""The scene's other items: the cell grid and drag feedback (the overview: overview_item)."""

from __future__ import annotations

import bisect
from collections.abc import Callable

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem, QStyleOptionGraphicsItem, QWidget

from tpm_desktop.core.geometry import GridLayout
from tpm_desktop.ui.canvas import style
from tpm_desktop.ui.canvas.card_item import H, W, wrap_text

Z_GRID = 0.0
Z_CARDS = 1.0
Z_DROP = 20.0
Z_GHOST = 40.0


class GridItem(QGraphicsRectItem):
    """The cells: banded rows, lane lines and a stronger line between online and offline."""

    def __init__(self, layout_of: Callable[[], GridLayout]) -> None:
        super().__init__()
        self._layout_of = layout_of
        self.setZValue(Z_GRID)
        self.setPen(QPen(Qt.PenStyle.NoPen))
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        """Only the exposed part of the grid."""
        layout = self._layout_of()
        area = QRectF(
            layout.origin_x,
            layout.origin_y,
            layout.width - layout.origin_x,
            layout.height - layout.origin_y,
        )
        exposed = option.exposedRect.intersected(area)  # type: ignore[attr-defined]
        if exposed.isEmpty():
            return
        painter.fillRect(exposed, style.ROW_EVEN)
        rows = layout.rows
        starts = [box.start for box in rows]
        first = max(bisect.bisect_right(starts, exposed.top()) - 1, 0)
        painter.setPen(QPen(style.GRID_LINE, 1.0))
        for index in range(first, len(rows)):
            box = rows[index]
            if box.start > exposed.bottom():
                break
            if index % 2:
                painter.fillRect(
                    QRectF(exposed.left(), box.start, exposed.width(), box.size), style.ROW_ODD
                )
            y = box.end - 0.5
            painter.drawLine(QPointF(exposed.left(), y), QPointF(exposed.right(), y))
        previous_group = None
        for box in layout.columns:
            if box.start > exposed.right():
                break
            group = box.lane.group
            if previous_group is not None and group != previous_group:
                painter.setPen(QPen(style.HEADER_LINE, 2.0))
                painter.drawLine(
                    QPointF(box.start, exposed.top()), QPointF(box.start, exposed.bottom())
                )
            previous_group = group
            if box.end < exposed.left():
                continue
            painter.setPen(QPen(style.GRID_LINE, 1.0))
            x = box.end - 0.5
            painter.drawLine(QPointF(x, exposed.top()), QPointF(x, exposed.bottom()))


class DropIndicator(QGraphicsRectItem):
    """Where a drop lands: the target cell outlined and a line at the insertion point."""

    def __init__(self) -> None:
        super().__init__()
        self._line: QLineF | None = None
        self._cell: QRectF | None = None
        self.setZValue(Z_DROP)
        self.setPen(QPen(Qt.PenStyle.NoPen))
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.hide()

    def show_target(self, cell: QRectF | None, line: QLineF | None) -> None:
        """Outline `cell` (may be None) and draw `line` (may be None)."""
        bounds = QRectF()
        if cell is not None:
            bounds = bounds.united(cell)
        if line is not None:
            bounds = bounds.united(QRectF(line.p1(), line.p2()).normalized())
        self._cell, self._line = cell, line
        self.setRect(bounds.adjusted(-6, -6, 6, 6))
        self.update()
        self.show()

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        """Tinted cell, then the insertion line with round ends."""
        if self._cell is not None:
            painter.setPen(QPen(style.DROP, 2.0, Qt.PenStyle.DashLine))
            painter.setBrush(QColor(29, 111, 220, 18))
            painter.drawRect(self._cell.adjusted(1, 1, -1, -1))
        if self._line is not None:
            pen = QPen(style.DROP, 3.0)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(pen)
            painter.drawLine(self._line)
            painter.setBrush(style.DROP)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawEllipse(self._line.p1(), 4, 4)
            painter.drawEllipse(self._line.p2(), 4, 4)


class GhostItem(QGraphicsRectItem):
    """The cards being dragged: a small stack under the mouse with their number."""

    def __init__(self) -> None:
        super().__init__(0, 0, W + 10, H + 10)
        self._label = ""
        self._count = 0
        self._colour = QColor("#888888")
        self.setZValue(Z_GHOST)
        self.setOpacity(0.88)
        self.setPen(QPen(Qt.PenStyle.NoPen))
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.hide()

    def set_cards(self, label: str, count: int, colour: QColor) -> None:
        """What the stack shows: the first card's name and how many cards move."""
        self._label = wrap_text(label, style.font(12), W - 22, 1)[0]
        self._count, self._colour = count, colour
        self.update()

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        """Up to three offset card outlines, the name and a count badge."""
        for k in reversed(range(min(self._count, 3))):
            rect = QRectF(k * 4, k * 4, W, H)
            painter.setPen(QPen(style.CARD_BORDER, 1.0))
            painter.setBrush(QColor("#ffffff"))
            painter.drawRoundedRect(rect, style.CARD_RADIUS, style.CARD_RADIUS)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self._colour)
        painter.drawRoundedRect(QRectF(0, 0, style.STRIPE_WIDTH + 2, H), 3, 3)
        painter.setPen(style.INK)
        painter.setFont(style.font(12))
        painter.drawText(
            QRectF(style.STRIPE_WIDTH + 8, 6, W - 20, 18),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            self._label,
        )
        if self._count > 1:
            badge = QRectF(W - 16, -8, 26, 20)
            painter.setBrush(style.SELECTION)
            painter.drawRoundedRect(badge, 10, 10)
            painter.setPen(QColor("#ffffff"))
            painter.setFont(style.font(11, True))
            painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, str(self._count))

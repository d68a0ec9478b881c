"""Lane headers, the Online/Offline bands and the corner: the map's frozen margins.

They live in two layers (column headers with their bands, row headers with
theirs) that the view keeps at the top and left edge while the cells scroll.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen, QStaticText, QTransform
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem, QStyleOptionGraphicsItem, QWidget

from tpm_desktop.core.enums import Dimension
from tpm_desktop.core.geometry import LaneSpec
from tpm_desktop.ui.canvas import style
from tpm_desktop.ui.canvas.card_item import static_lines, wrap_text

Z_COLUMN_HEADERS = 30.0
Z_ROW_HEADERS = 31.0
Z_CORNER = 32.0

# Zoomed out further than this, header texts are drawn in screen pixels at these
# sizes, so lane names stay readable at the zoom that fits the whole map.
SCREEN_TEXT_BELOW = 0.85
SMALL_NAME_PX = 11
SMALL_COUNT_PX = 10
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


def dimension_title(dimension: Dimension) -> str:
    """The name of a lane kind, as headers and menus show it."""
    titles = {
        Dimension.DEPARTMENT: QCoreApplication.translate("LaneHeader", "Department"),
        Dimension.CHANNEL: QCoreApplication.translate("LaneHeader", "Channel"),
        Dimension.PHASE: QCoreApplication.translate("LaneHeader", "Phase"),
    }
    return titles[dimension]


def group_title(group: str) -> str:
    """The title of a channel group band."""
    if group == "online":
        return QCoreApplication.translate("LaneHeader", "Online")
    return QCoreApplication.translate("LaneHeader", "Offline")


class LaneHeaderTexts(QObject):
    """Plural texts of the headers (lupdate only finds plurals in a QObject's tr)."""

    def touchpoints(self, count: int) -> str:
        """ "3 touchpoints"."""
        return self.tr("%n touchpoint(s)", "", count)


PLURALS = LaneHeaderTexts()


class Layer(QGraphicsItem):
    """An invisible parent that moves its children together (header strips, card rows)."""

    def boundingRect(self) -> QRectF:
        """Nothing of its own to paint."""
        return QRectF()

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        """Nothing to paint."""

    def __init__(self, parent: QGraphicsItem | None = None) -> None:
        super().__init__(parent)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)


class LaneHeaderItem(QGraphicsRectItem):
    """The header of one row or column lane: colour bar, name and card count."""

    def __init__(
        self, dimension: Dimension, is_row: bool, lane: LaneSpec, parent: QGraphicsItem
    ) -> None:
        super().__init__(parent)
        self.dimension = dimension
        self.is_row = is_row
        self.lane = lane
        self.count = 0
        self.dragging = False
        self._lines: list[QStaticText] = []
        self._lines_key: tuple | None = None
        self._small: dict[tuple[str, int, int], list[str]] = {}  # lines in screen pixels
        self._count_text: QStaticText | None = None
        self.setPen(QPen(Qt.PenStyle.NoPen))
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    @property
    def lane_id(self) -> int:
        """The lane's id."""
        return self.lane.id

    def set_lane(self, lane: LaneSpec, count: int) -> None:
        """New name, colour or count."""
        if lane != self.lane or count != self.count:
            self.lane, self.count = lane, count
            self._count_text = None
            self.update()

    def set_dragging(self, dragging: bool) -> None:
        """Highlight while the header is being dragged."""
        if dragging != self.dragging:
            self.dragging = dragging
            self.update()

    def _name_lines(self, width: float, lines: int) -> list[QStaticText]:
        key = (self.lane.label, width, lines)
        if key != self._lines_key:
            self._lines = static_lines(
                wrap_text(self.lane.label, style.font(12, True), width, lines)
            )
            self._lines_key = key
        return self._lines

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        """Background, colour bar, name (wrapped and elided) and, on rows, the count."""
        r = self.rect()
        background = (
            style.mix(style.HEADER_BG, "#d6e4f7", 0.8) if self.dragging else style.HEADER_BG
        )
        painter.fillRect(r, background)
        painter.setPen(QPen(style.HEADER_LINE, 1.0))
        painter.drawLine(QPointF(r.left(), r.bottom() - 0.5), QPointF(r.right(), r.bottom() - 0.5))
        painter.drawLine(QPointF(r.right() - 0.5, r.top()), QPointF(r.right() - 0.5, r.bottom()))
        colour = QColor(self.lane.color)
        if painter.worldTransform().m11() < SCREEN_TEXT_BELOW:
            self._paint_small(painter, r, colour)
            return
        painter.setFont(style.font(12, True))
        painter.setPen(style.INK)
        if self.is_row:
            painter.fillRect(QRectF(r.left(), r.top(), 5, r.height() - 1), colour)
            available = r.height() - 34
            lines = max(1, min(3, int(available // 15)))
            names = self._name_lines(r.width() - 26, lines)
            y = _sticky(self, r.top() + 10, r.bottom() - 15 * len(names) - 30, vertical=True)
            for text in names:
                painter.drawStaticText(QPointF(r.left() + 15, y), text)
                y += 15
            if self._count_text is None:
                self._count_text = QStaticText(PLURALS.touchpoints(self.count))
            painter.setFont(style.font(11))
            painter.setPen(style.MUTED)
            painter.drawStaticText(QPointF(r.left() + 15, y + 3), self._count_text)
        else:
            painter.fillRect(QRectF(r.left(), r.bottom() - 5, r.width() - 1, 4), colour)
            lines = self._name_lines(r.width() - 16, 2)
            block = 15 * len(lines)
            y = r.top() + (r.height() - 5 - block) / 2
            for text in lines:
                x = r.left() + (r.width() - text.size().width()) / 2
                painter.drawStaticText(QPointF(x, y), text)
                y += 15

    def _small_lines(self, font: QFont, width: float, lines: int) -> list[str]:
        # Wrapping (and hyphenating) on every zoom step would cost a frame: by the pixel.
        key = (self.lane.label, int(width), lines)
        if key not in self._small:
            if len(self._small) > 64:
                self._small.clear()
            self._small[key] = wrap_text(self.lane.label, font, int(width), lines)
        return self._small[key]

    def _paint_small(self, painter: QPainter, r: QRectF, colour: QColor) -> None:
        """Zoomed out: the colour bar in the scene, the texts in screen pixels."""
        scale = painter.worldTransform().m11()
        if self.is_row:
            painter.fillRect(QRectF(r.left(), r.top(), 4 / scale, r.height() - 1), colour)
        else:
            painter.fillRect(
                QRectF(r.left(), r.bottom() - 4 / scale, r.width() - 1, 3 / scale), colour
            )
        box = on_screen(painter, r)
        name_font, count_font = style.font(SMALL_NAME_PX, True), style.font(SMALL_COUNT_PX)
        line = QFontMetricsF(name_font).height()
        painter.setPen(style.INK)
        painter.setFont(name_font)
        if self.is_row:
            count_line = QFontMetricsF(count_font).height()
            room = max(1, min(4, int((box.height() - 8 - count_line) // line)))
            names = self._small_lines(name_font, box.width() - 12, room)
            y = box.top() + 5
            for text in names:
                painter.drawText(QRectF(box.left() + 8, y, box.width() - 10, line), LEFT, text)
                y += line
            if y + count_line <= box.bottom():
                painter.setFont(count_font)
                painter.setPen(style.MUTED)
                count = QFontMetricsF(count_font).elidedText(
                    PLURALS.touchpoints(self.count), Qt.TextElideMode.ElideRight, box.width() - 12
                )
                painter.drawText(
                    QRectF(box.left() + 8, y, box.width() - 10, count_line), LEFT, count
                )
        else:
            room = max(1, min(2, int((box.height() - 5) // line)))
            names = self._small_lines(name_font, box.width() - 6, room)
            y = box.top() + (box.height() - 4 - line * len(names)) / 2
            for text in names:
                painter.drawText(
                    QRectF(box.left() + 2, y, box.width() - 4, line),
                    Qt.AlignmentFlag.AlignHCenter,
                    text,
                )
                y += line
        painter.restore()


def on_screen(painter: QPainter, rect: QRectF) -> QRectF:
    """Switch the painter to screen pixels (saved; the caller restores); `rect` there."""
    box = painter.worldTransform().mapRect(rect)
    painter.save()
    painter.setWorldTransform(QTransform())
    return box


class BandItem(QGraphicsRectItem):
    """The Online or Offline band over (or beside) a run of channel lanes."""

    def __init__(self, group: str, vertical: bool, parent: QGraphicsItem) -> None:
        super().__init__(parent)
        self.group = group
        self.vertical = vertical
        self.setPen(QPen(Qt.PenStyle.NoPen))
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        """The band's tint and its centred title."""
        r = self.rect()
        background, ink = style.ONLINE_BAND if self.group == "online" else style.OFFLINE_BAND
        painter.fillRect(r, background)
        painter.setPen(QPen(style.HEADER_LINE, 1.0))
        if self.vertical:
            painter.drawLine(
                QPointF(r.left(), r.bottom() - 0.5), QPointF(r.right(), r.bottom() - 0.5)
            )
            painter.drawLine(
                QPointF(r.right() - 0.5, r.top()), QPointF(r.right() - 0.5, r.bottom())
            )
        else:
            painter.drawLine(
                QPointF(r.right() - 0.5, r.top()), QPointF(r.right() - 0.5, r.bottom())
            )
            painter.drawLine(
                QPointF(r.left(), r.bottom() - 0.5), QPointF(r.right(), r.bottom() - 0.5)
            )
        painter.setPen(ink)
        painter.setFont(style.font(11, True))
        title = group_title(self.group).upper()
        # Centred in the part of the band in view, so the title never scrolls away.
        area = _visible_part(self, r)
        if painter.worldTransform().m11() < SCREEN_TEXT_BELOW:
            box = on_screen(painter, area)
            painter.setFont(style.font(SMALL_COUNT_PX, True))
            if self.vertical:
                painter.translate(box.center())
                painter.rotate(-90)
                box = QRectF(-box.height() / 2, -box.width() / 2, box.height(), box.width())
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, title)
            painter.restore()
            return
        if self.vertical:
            painter.save()
            painter.translate(area.center())
            painter.rotate(-90)
            box = QRectF(-area.height() / 2, -area.width() / 2, area.height(), area.width())
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, title)
            painter.restore()
        else:
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter, title)


def _sticky(item: QGraphicsItem, natural: float, last: float, vertical: bool) -> float:
    """A label's position that follows the scrolling within its lane (item coordinates)."""
    scene = item.scene()
    area = scene.sticky_area() if scene is not None else None  # type: ignore[attr-defined]
    if area is None:
        return natural
    edge = area.top() + 10 if vertical else area.left() + 10
    start = item.mapFromScene(QPointF(edge, edge))
    wanted = start.y() if vertical else start.x()
    return max(natural, min(wanted, last))


def _visible_part(item: QGraphicsItem, rect: QRectF) -> QRectF:
    """The part of an item's rectangle that lies in the cell area in view."""
    scene = item.scene()
    area = scene.sticky_area() if scene is not None else None  # type: ignore[attr-defined]
    if area is None:
        return rect
    local = item.mapRectFromScene(area)
    if isinstance(item, BandItem) and item.vertical:
        part = QRectF(rect.left(), max(rect.top(), local.top()), rect.width(), 0)
        part.setBottom(min(rect.bottom(), local.bottom()))
    else:
        part = QRectF(max(rect.left(), local.left()), rect.top(), 0, rect.height())
        part.setRight(min(rect.right(), local.right()))
    long_enough = (
        part.height() > 40 if isinstance(item, BandItem) and item.vertical else (part.width() > 40)
    )
    return part if long_enough else rect


class CornerItem(QGraphicsRectItem):
    """The top-left corner: which lane kind runs down and which runs across."""

    def __init__(self) -> None:
        super().__init__()
        self.rows_title = ""
        self.columns_title = ""
        self.setZValue(Z_CORNER)
        self.setPen(QPen(Qt.PenStyle.NoPen))
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def set_titles(self, rows: str, columns: str) -> None:
        """The names of the row and column dimensions."""
        self.rows_title, self.columns_title = rows, columns
        self.update()

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        """A split corner: columns top right, rows bottom left."""
        r = self.rect()
        painter.fillRect(r, style.mix(style.HEADER_BG, "#ffffff", 0.35))
        painter.setPen(QPen(style.HEADER_LINE, 1.0))
        painter.drawLine(QPointF(r.left(), r.bottom() - 0.5), QPointF(r.right(), r.bottom() - 0.5))
        painter.drawLine(QPointF(r.right() - 0.5, r.top()), QPointF(r.right() - 0.5, r.bottom()))
        painter.setPen(QPen(style.GRID_LINE, 1.0))
        painter.drawLine(r.topLeft() + QPointF(8, 6), r.bottomRight() - QPointF(8, 6))
        painter.setPen(style.MUTED)
        painter.setFont(style.font(11, True))
        if painter.worldTransform().m11() < SCREEN_TEXT_BELOW:
            r = on_screen(painter, r)
            painter.setFont(style.font(SMALL_COUNT_PX, True))
            metrics = QFontMetricsF(painter.font())
            columns = metrics.elidedText(
                self.columns_title + " →", Qt.TextElideMode.ElideLeft, r.width() - 6
            )
            rows = metrics.elidedText(
                "↓ " + self.rows_title, Qt.TextElideMode.ElideRight, r.width() - 6
            )
            painter.drawText(
                r.adjusted(3, 2, -3, -2),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
                columns,
            )
            painter.drawText(
                r.adjusted(3, 2, -3, -2),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
                rows,
            )
            painter.restore()
            return
        half = QRectF(r.left() + 10, r.top() + 6, r.width() - 20, r.height() / 2 - 6)
        painter.drawText(
            half, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, self.columns_title + " →"
        )
        lower = QRectF(r.left() + 10, r.center().y(), r.width() - 20, r.height() / 2 - 6)
        painter.drawText(
            lower, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, "↓ " + self.rows_title
        )

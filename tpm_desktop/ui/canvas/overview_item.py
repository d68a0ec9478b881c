"""The zoomed-out map: named chips, "+N" for full cells, a heat map when chips get too small.

Cards turn into one-line chips below `style.OVERVIEW_SCALE`. Their names are
drawn in screen pixels, not scene units, so they stay readable at any zoom that
leaves a chip tall enough for a line of type; the view's tooltip gives the full
name of an elided one. When chips get lower than that (thousands of
touchpoints in view), each cell is painted as one tile instead: its colour the
mean priority, its text the count and the mean as-is score.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen, QTransform
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem, QStyleOptionGraphicsItem, QWidget

from tpm_desktop.ui.canvas import style
from tpm_desktop.ui.canvas.phase_marks import MAX_PIPS, PIP_INK, pips_width

Z_OVERVIEW = 2.0

# 10 px type has a cap height of 7 px, the least that reads on a projector.
CHIP_TEXT_PX = 10
CHIP_MIN_HEIGHT_PX = 11.0  # a chip lower than this on screen: the heat map instead
CHIP_STRIPE_PX = 3.0  # the left margin of a chip's name on screen
CHIP_STRIPE = 6.0  # the colour stripe's width in scene units
LABEL_BUDGET = 400  # names drawn per frame at most (a 16 ms frame on the 2-core machine)
MISSING = object()
CHIP_PIP, CHIP_PIP_GAP = 4.0, 1.5  # the phase pips at the chip's right end
CHIP_PIPS_FROM = 110.0  # narrower chips get the small pips
SMALL_PIP, SMALL_PIP_GAP = 3.0, 1.0
CHIP_PIPS_FROM_SMALL = 45.0  # narrower still: no pips, the name needs the room

# (colour, rectangles) groups painted with one call each, and the outlines on top.
Batches = list[tuple[QColor, list[QRectF]]]
Overview = tuple[Batches, list[QRectF], list[QRectF]]


@dataclass(frozen=True, slots=True)
class Toggle:
    """A cell's "+N" chip (folded > 0) or its "show fewer" chip (folded == 0)."""

    cell: tuple[int, int]
    rect: QRectF
    folded: int


@dataclass(frozen=True, slots=True)
class HeatCell:
    """One cell of the heat map: where, how many cards, and their means."""

    rect: QRectF
    count: int
    mean_as_is: float | None
    mean_priority: float | None
    colour: QColor


@dataclass(slots=True)
class OverviewSource:
    """What the overview reads from the scene, as callables (it owns none of it)."""

    batches: Callable[[], Overview]
    rects: Callable[[], list[tuple[int, QRectF]]]
    name_of: Callable[[int], str]
    toggles: Callable[[], list[Toggle]]
    heat: Callable[[], list[HeatCell]]
    phase_of: Callable[[int], tuple[int, int] | None] = lambda _id: None


def number(value: float, digits: int) -> str:
    """A mean as the user's locale writes it (2,8 in German)."""
    return QLocale().toString(value, "f", digits)


def chip_font() -> QFont:
    """The font of the names on the chips, sized in device pixels."""
    return style.font(CHIP_TEXT_PX)


def chip_label_fits(scale: float) -> bool:
    """Whether chips at this zoom are tall enough for their names (else: heat map)."""
    return style.CHIP_METRICS.card_height * scale >= CHIP_MIN_HEIGHT_PX


class OverviewTexts(QObject):
    """The overview's plural texts (lupdate finds plurals only in a QObject's tr)."""

    def more(self, count: int) -> str:
        """ "+3 more"."""
        return self.tr("+%n more", "", count)

    def and_more(self, count: int) -> str:
        """ "… and 3 more"."""
        return self.tr("… and %n more", "", count)

    def touchpoints(self, count: int) -> str:
        """ "12 touchpoints"."""
        return self.tr("%n touchpoint(s)", "", count)


PLURALS = OverviewTexts()


def more_text(folded: int) -> str:
    """The label of a "+N" chip, or of the chip that folds a cell again."""
    if folded <= 0:
        return QCoreApplication.translate("MapOverview", "▲ Fewer")
    return PLURALS.more(folded)


class OverviewItem(QGraphicsRectItem):
    """All cards as chips with their names, painted in a few calls when zoomed out."""

    def __init__(self, source: OverviewSource) -> None:
        super().__init__()
        self.source = source
        self.heat_mode = False  # set by the view from the zoom
        # (touchpoint id, text as drawn, rectangle on screen) of the last paint: for
        # tests and the benchmark's share of readable names.
        self.drawn_labels: list[tuple[int, str, QRectF]] = []
        self.drawn_toggles: list[tuple[Toggle, str]] = []
        self.drawn_heat: list[tuple[HeatCell, str]] = []
        self._cache: Overview | None = None
        self._stripes: Batches = []
        self._heat: list[HeatCell] | None = None
        self._elided: dict[tuple[int, int], str] = {}
        self._phases: dict[int, tuple[int, int] | None] = {}
        self._stale = True
        self.setZValue(Z_OVERVIEW)
        self.setPen(QPen(Qt.PenStyle.NoPen))
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        # exposedRect is the part in view, so names are laid out for those chips only.
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)

    def invalidate(self) -> None:
        """Cards changed: rebuild the chips on the next paint."""
        self._stale = True
        self._heat = None
        self._elided.clear()
        self._phases.clear()
        if self.isVisible():
            self.update()

    def set_heat_mode(self, heat: bool) -> None:
        """Tiles per cell (too far out for names) or chips."""
        if heat != self.heat_mode:
            self.heat_mode = heat
            self.update()

    def heat_at(self, point: QPointF) -> HeatCell | None:
        """The heat tile under a scene point (None outside the heat map)."""
        if not self.heat_mode:
            return None
        if self._heat is None:
            self._heat = self.source.heat()
        return next((cell for cell in self._heat if cell.rect.contains(point)), None)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        """Heat tiles, or chips with stripes, names and "+N", then selection and search."""
        if self._cache is None or self._stale:
            self._cache, self._stale = self.source.batches(), False
            # In scene units, made once: 3 screen pixels at the zoom that fits the sample.
            self._stripes = [
                (colour, [QRectF(r.x(), r.y(), CHIP_STRIPE, r.height()) for r in rects])
                for colour, rects in self._cache[0]
            ]
        batches, selected, matched = self._cache
        transform = painter.worldTransform()
        scale = transform.m11()
        self.drawn_labels, self.drawn_toggles, self.drawn_heat = [], [], []
        if self.heat_mode:
            self._paint_heat(painter, transform)
        else:
            painter.setPen(Qt.PenStyle.NoPen)
            for colour, rects in batches:
                painter.setBrush(style.mix(colour, "#ffffff", 0.72))
                painter.drawRects(rects)
            for colour, rects in self._stripes:
                painter.setBrush(colour)
                painter.drawRects(rects)
            if chip_label_fits(scale):
                self._paint_names(painter, transform, option.exposedRect)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if matched:
            pen = QPen(style.MATCH, 3.0)
            pen.setCosmetic(True)
            painter.setPen(pen)
            painter.drawRects(matched)
        if selected:
            pen = QPen(style.SELECTION, 2.5)
            pen.setCosmetic(True)
            painter.setPen(pen)
            painter.drawRects(selected)

    def _paint_names(self, painter: QPainter, transform: QTransform, exposed: QRectF) -> None:
        """Each chip's name, elided to its width, its phase, and the "+N" chips, on screen."""
        font = chip_font()
        metrics = QFontMetricsF(font)
        shown = [(i, r) for i, r in self.source.rects() if r.intersects(exposed)]
        toggles = [t for t in self.source.toggles() if t.rect.intersects(exposed)]
        name_of, elided, phases = self.source.name_of, self._elided, self._phases
        painter.save()
        painter.setWorldTransform(QTransform())
        painter.setFont(font)
        painter.setPen(style.INK)
        left = CHIP_STRIPE_PX + 3.0
        filled: list[QRectF] = []  # the phase marks, drawn in two calls after the names
        empty: list[QRectF] = []
        # A wall of more names than this is no longer read, only waited for: chips only.
        named = len(shown) <= LABEL_BUDGET
        for touchpoint_id, rect in shown:
            box = transform.mapRect(rect)
            right = 2.0
            phase = phases.get(touchpoint_id, MISSING)
            if phase is MISSING:
                phase = phases[touchpoint_id] = self.source.phase_of(touchpoint_id)
            if phase is not None and 1 < phase[1] <= MAX_PIPS:
                index, count = phase
                # Smaller pips on a narrow chip; none where the name needs all of it.
                wide = box.width() >= CHIP_PIPS_FROM
                size, gap = (CHIP_PIP, CHIP_PIP_GAP) if wide else (SMALL_PIP, SMALL_PIP_GAP)
                if box.width() >= CHIP_PIPS_FROM_SMALL:
                    right += pips_width(count, size, gap) + 3
                    x, y = box.right() - right + 2, box.center().y() - size / 2
                    for k in range(count):
                        pip = QRectF(x + k * (size + gap), y, size, size)
                        (filled if k == index else empty).append(pip)
            if not named:
                continue
            text_box = QRectF(
                box.left() + left, box.top(), box.width() - left - right, box.height()
            )
            key = (touchpoint_id, int(text_box.width()))
            text = elided.get(key)
            if text is None:
                text = elided[key] = metrics.elidedText(
                    name_of(touchpoint_id), Qt.TextElideMode.ElideRight, text_box.width()
                )
            if text:
                painter.drawText(
                    text_box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text
                )
                self.drawn_labels.append((touchpoint_id, text, text_box))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(PIP_INK)
        painter.drawRects(filled)
        painter.setPen(QPen(PIP_INK, 0.8))
        painter.setBrush(QColor("#ffffff"))
        painter.drawRects(empty)
        dashed = QPen(style.MUTED, 1.0, Qt.PenStyle.DashLine)
        for toggle in toggles:
            box = transform.mapRect(toggle.rect).adjusted(0.5, 0.5, -0.5, -0.5)
            painter.setPen(dashed)
            painter.setBrush(QColor("#ffffff"))
            painter.drawRoundedRect(box, 3, 3)
            label = metrics.elidedText(
                more_text(toggle.folded), Qt.TextElideMode.ElideRight, box.width() - 6
            )
            painter.setPen(style.SELECTION)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, label)
            self.drawn_toggles.append((toggle, label))
        painter.restore()

    def _paint_heat(self, painter: QPainter, transform: QTransform) -> None:
        """One tile per cell: colour by mean priority, count and mean score if they fit."""
        if self._heat is None:
            self._heat = self.source.heat()
        painter.setPen(Qt.PenStyle.NoPen)
        for cell in self._heat:
            painter.setBrush(cell.colour)
            painter.drawRect(cell.rect)
        font = chip_font()
        metrics = QFontMetricsF(font)
        painter.save()
        painter.setWorldTransform(QTransform())
        painter.setFont(font)
        for cell in self._heat:
            box = transform.mapRect(cell.rect)
            if box.height() < metrics.height() + 2:
                continue
            text = str(cell.count)
            if cell.mean_as_is is not None:
                text += f" · ⌀ {number(cell.mean_as_is, 1)}"
            if metrics.horizontalAdvance(text) > box.width() - 4:
                text = str(cell.count)
                if metrics.horizontalAdvance(text) > box.width() - 2:
                    continue
            painter.setPen(style.text_on(cell.colour))
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
            self.drawn_heat.append((cell, text))
        painter.restore()

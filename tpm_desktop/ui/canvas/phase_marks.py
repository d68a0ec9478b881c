"""The journey phase on every card and chip: a row of pips, the touchpoint's phase filled.

The map's rows and columns are departments and channels by default, so without
a mark the before/during/after structure would vanish from it. The pips read
left to right as the journey does (●○○ before, ○●○ during, ○○● after); the
legend beside the map names them.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from tpm_desktop.ui.canvas import style

MAX_PIPS = 6  # more phases than this: no pips (they would no longer read at a glance)
PIP = 5.0
PIP_GAP = 2.5
PIP_INK = QColor("#4b5563")


def pips_width(count: int, size: float = PIP, gap: float = PIP_GAP) -> float:
    """The width of a row of `count` pips."""
    return count * size + max(count - 1, 0) * gap


def paint_pips(
    painter: QPainter,
    left: float,
    centre_y: float,
    phase: tuple[int, int],
    size: float = PIP,
    gap: float = PIP_GAP,
) -> None:
    """Pips from `left`: `phase` is (index, count); the index-th one filled."""
    index, count = phase
    if not 1 < count <= MAX_PIPS:
        return
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(PIP_INK, max(size / 6, 0.6)))
    for k in range(count):
        painter.setBrush(PIP_INK if k == index else QColor("#ffffff"))
        box = QRectF(left + k * (size + gap), centre_y - size / 2, size, size)
        painter.drawEllipse(box)
    painter.restore()


class PhaseLegend(QWidget):
    """Names the pips: one line per phase with its pattern."""

    ROW = 18
    PAD = 8
    MAX_LABEL = 170.0

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("map_phase_legend")
        self.phases: list[str] = []
        self.wanted = True  # follows the colour legend's View menu toggle

    def set_phases(self, names: list[str]) -> None:
        """The phases in journey order (none or too many: the legend hides)."""
        self.phases = [name[:200] for name in names]
        self.setToolTip("\n".join(self.phases))
        self.set_wanted(self.wanted)

    def set_wanted(self, wanted: bool) -> None:
        """Shown with the colour legend, and only for 2 to MAX_PIPS phases."""
        self.wanted = wanted
        self.setVisible(wanted and 1 < len(self.phases) <= MAX_PIPS)
        self.updateGeometry()
        self.resize(self.sizeHint())
        self.update()

    def sizeHint(self) -> QSize:
        """The title and one row per phase."""
        metrics = QFontMetricsF(style.font(12))
        pips = pips_width(len(self.phases)) + 8
        width = max(
            [QFontMetricsF(style.font(12, True)).horizontalAdvance(self.tr("Journey phase"))]
            + [pips + min(metrics.horizontalAdvance(n), self.MAX_LABEL) for n in self.phases]
        )
        height = 2 * self.PAD + 22 + self.ROW * len(self.phases)
        return QSize(int(width + 2 * self.PAD) + 2, int(height))

    def paintEvent(self, event: QPaintEvent) -> None:
        """A box like the colour legend's."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(style.HEADER_LINE, 1.0))
        painter.setBrush(QColor(255, 255, 255, 238))
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -1.5, -1.5), 6, 6)
        x, y = self.PAD, self.PAD
        painter.setPen(style.INK)
        painter.setFont(style.font(12, True))
        title = QRectF(x, y, self.width() - 2 * self.PAD, 18)
        painter.drawText(title, Qt.AlignmentFlag.AlignVCenter, self.tr("Journey phase"))
        y += 22
        painter.setFont(style.font(12))
        metrics = QFontMetricsF(style.font(12))
        count = len(self.phases)
        label_x = x + pips_width(count) + 8
        for index, name in enumerate(self.phases):
            paint_pips(painter, x, y + self.ROW / 2, (index, count))
            painter.setPen(style.INK)
            label = metrics.elidedText(name, Qt.TextElideMode.ElideRight, self.MAX_LABEL)
            painter.drawText(
                QRectF(label_x, y, self.width() - label_x, self.ROW),
                Qt.AlignmentFlag.AlignVCenter,
                label,
            )
            y += self.ROW

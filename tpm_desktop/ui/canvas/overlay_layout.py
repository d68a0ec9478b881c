"""Where the widgets floating over the map go."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QWidget

MARGIN = 12


def place_overlays(port: QRect, overlays: list[tuple[QWidget, Qt.Corner]]) -> None:
    """Put each visible overlay into its corner of the viewport rectangle `port`.

    Overlays are children of the viewport: a sibling above it would stop Qt
    from scrolling by moving pixels, and every scroll step would repaint all.
    The viewport's scroll moves its children along, so they are put back here.
    """
    for widget, corner in overlays:
        if not widget.isVisible():
            continue
        room = QSize(max(port.width() - 2 * MARGIN, 0), max(port.height() - 2 * MARGIN, 0))
        size = widget.sizeHint().boundedTo(room)
        if widget.size() != size:
            widget.resize(size)
        left = corner in (Qt.Corner.TopLeftCorner, Qt.Corner.BottomLeftCorner)
        top = corner in (Qt.Corner.TopLeftCorner, Qt.Corner.TopRightCorner)
        x = port.left() + MARGIN if left else port.right() + 1 - MARGIN - size.width()
        y = port.top() + MARGIN if top else port.bottom() + 1 - MARGIN - size.height()
        if widget.pos() != QPoint(x, y):
            widget.move(x, y)

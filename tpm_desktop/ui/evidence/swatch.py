"""A segment's colour as a small icon."""

from __future__ import annotations

from PySide6.QtGui import QColor, QIcon, QPixmap


def swatch(color: str, size: int = 12) -> QIcon:
    """A small square of a segment's colour."""
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(color))
    return QIcon(pixmap)

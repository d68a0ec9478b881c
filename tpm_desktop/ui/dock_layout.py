"""The default arrangement of the feature docks around the map."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QDockWidget


class DockGroup:
    """Docks shown as one set of tabs by default: where, and how wide or tall."""

    def __init__(self, area: Qt.DockWidgetArea, size: int, share: float) -> None:
        self.area = area
        self.size = size
        self.share = share  # at most this part of the window, so the map keeps the rest
        self.docks: list[QDockWidget] = []

    def size_in(self, window: QSize) -> int:
        """The default width or height of the group in a window of this size."""
        extent = (
            window.width() if self.orientation == Qt.Orientation.Horizontal else window.height()
        )
        return min(self.size, round(extent * self.share))

    @property
    def orientation(self) -> Qt.Orientation:
        """The direction in which `size` applies."""
        if self.area in (
            Qt.DockWidgetArea.LeftDockWidgetArea,
            Qt.DockWidgetArea.RightDockWidgetArea,
        ):
            return Qt.Orientation.Horizontal
        return Qt.Orientation.Vertical


# The panels about the selected touchpoints sit on the right, the project-wide
# tables and charts at the bottom; each set is one row of tabs, so the map keeps
# most of the window on a 1366 x 768 laptop.
TOUCHPOINT_PANELS = "touchpoint"
PROJECT_VIEWS = "project"

"""The strip beside the map that holds the legend and the overview map.

Beside the cards rather than floating over them: a legend in a corner of the
viewport used to hide the cards under it. The strip collapses to a thin
button, so the map can have the whole width.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QToolButton, QVBoxLayout, QWidget

COLLAPSED_KEY = "map/side_collapsed"
# Fixed, so that the minimap coming and going never changes the map's width
# (a zoom to fit would no longer fit): the legend's and the minimap's widest.
CONTENT_WIDTH = 228


class MapSidePanel(QWidget):
    """Legend and minimap, stacked in a column that can be folded away."""

    collapsed_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("map_side_panel")
        self.setAutoFillBackground(True)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.toggle = QToolButton(self)
        self.toggle.setObjectName("map_side_toggle")
        self.toggle.setAutoRaise(True)
        self.toggle.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)
        self.toggle.setFixedWidth(16)
        self.toggle.clicked.connect(lambda: self.set_collapsed(not self.collapsed))
        outer.addWidget(self.toggle)
        self.content = QWidget(self)
        self.content.setFixedWidth(CONTENT_WIDTH)
        column = QVBoxLayout(self.content)
        column.setContentsMargins(6, 8, 8, 8)
        column.setSpacing(8)
        self.column = column
        outer.addWidget(self.content)
        self._collapsed = False
        self.set_collapsed(QSettings().value(COLLAPSED_KEY, False, type=bool))

    def add(self, widget: QWidget) -> None:
        """Another box in the column, top to bottom."""
        widget.setParent(self.content)
        widget.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.column.addWidget(widget, 0, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)

    def finish(self) -> None:
        """Keep the boxes at the top: the rest of the column is empty space."""
        self.column.addStretch(1)

    @property
    def collapsed(self) -> bool:
        """Whether only the thin unfold button is shown."""
        return self._collapsed

    def set_collapsed(self, collapsed: bool) -> None:
        """Fold the column away or unfold it; remembered for the next start."""
        self._collapsed = collapsed
        self.content.setVisible(not collapsed)
        self.toggle.setArrowType(Qt.ArrowType.LeftArrow if collapsed else Qt.ArrowType.RightArrow)
        self.toggle.setToolTip(
            self.tr("Show the legend and the overview map")
            if collapsed
            else self.tr("Hide the legend and the overview map")
        )
        QSettings().setValue(COLLAPSED_KEY, collapsed)
        self.collapsed_changed.emit(collapsed)

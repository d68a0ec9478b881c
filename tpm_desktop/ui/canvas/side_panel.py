"""The strip beside the map that holds the legend and the overview map.

Beside the cards rather than floating over them: a legend in a corner of the
viewport used to hide the cards under it. The strip collapses to a thin
button, so the map can have the whole width.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

COLLAPSED_KEY = "map/side_collapsed"
# Fixed, so that the minimap coming and going never changes the map's width
# (a zoom to fit would no longer fit): the legend's and the minimap's widest.
CONTENT_WIDTH = 228
# Below this width of the map area (view and strip), the strip folds by itself:
# with the inspector open at 1366 px the cards need the room more than the legend.
SQUEEZE_WIDTH = 1000


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
        self.toggle.clicked.connect(self._on_toggle_clicked)
        outer.addWidget(self.toggle)
        # The boxes scroll in a short window instead of making the window taller.
        self.scroller = QScrollArea(self)
        self.scroller.setObjectName("map_side_scroller")
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroller.setWidgetResizable(True)
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        self.scroller.setFixedWidth(CONTENT_WIDTH + bar)
        self.content = QWidget()
        self.content.setFixedWidth(CONTENT_WIDTH)
        column = QVBoxLayout(self.content)
        column.setContentsMargins(6, 8, 8, 8)
        column.setSpacing(8)
        self.column = column
        self.scroller.setWidget(self.content)
        outer.addWidget(self.scroller)
        self._collapsed = False
        self._squeezed = False  # folded by itself for lack of room, not by the user
        self.set_collapsed(QSettings().value(COLLAPSED_KEY, False, type=bool))

    def follow_width_of(self, area: QWidget) -> None:
        """Fold while `area` (the view and this strip) is narrower than SQUEEZE_WIDTH."""
        area.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The map area was resized: fold or unfold for room."""
        if event.type() == QEvent.Type.Resize and isinstance(watched, QWidget):
            squeezed = watched.width() < SQUEEZE_WIDTH
            if squeezed != self._squeezed:
                self._squeezed = squeezed
                self._show_content()
        return False

    @property
    def squeezed(self) -> bool:
        """Whether the strip is folded for lack of room (the user's choice kept)."""
        return self._squeezed

    def _on_toggle_clicked(self) -> None:
        if self._squeezed and not self._collapsed:
            # Folded for room, and the user wants it anyway: open until the room changes.
            self._squeezed = False
            self._show_content()
            return
        self.set_collapsed(not self.collapsed)

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
        QSettings().setValue(COLLAPSED_KEY, collapsed)
        self._show_content()

    def _show_content(self) -> None:
        folded = self._collapsed or self._squeezed
        if folded == self.scroller.isHidden() and self.toggle.arrowType() != Qt.ArrowType.NoArrow:
            return
        self.scroller.setVisible(not folded)
        self.toggle.setArrowType(Qt.ArrowType.LeftArrow if folded else Qt.ArrowType.RightArrow)
        self.toggle.setToolTip(
            self.tr("Show the legend and the overview map")
            if folded
            else self.tr("Hide the legend and the overview map")
        )
        self.collapsed_changed.emit(folded)

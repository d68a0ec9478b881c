"""The segment the window looks through: map and ranking show only its touchpoints."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class SegmentFocus(QObject):
    """One per window: which customer segment is chosen in the tool bar (None: all)."""

    segment_changed = Signal(object)  # int | None

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("segment_focus")
        self.segment_id: int | None = None

    def set_segment(self, segment_id: int | None) -> None:
        """Choose a segment (None: all customers); tells the listeners when it changed."""
        if segment_id != self.segment_id:
            self.segment_id = segment_id
            self.segment_changed.emit(segment_id)


def segment_focus(window: QObject) -> SegmentFocus:
    """The window's segment focus, made on first use."""
    found = window.findChild(SegmentFocus, "segment_focus")
    return found if found is not None else SegmentFocus(window)

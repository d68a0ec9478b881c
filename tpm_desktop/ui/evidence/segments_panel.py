"""The touchpoint's segments: to which customer segments it matters, and their experience."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tpm_desktop.core.changes import Delta
from tpm_desktop.core.enums import EXPERIENCE_MAX, EXPERIENCE_MIN
from tpm_desktop.core.model import (
    Criterion,
    Score,
    Segment,
    SegmentScore,
    Touchpoint,
    TouchpointSegment,
)
from tpm_desktop.ui.assessment.common import run_edit
from tpm_desktop.ui.assessment.labels import experience_icon, experience_label, shown
from tpm_desktop.ui.evidence.segment_scores import SegmentScoresBox
from tpm_desktop.ui.evidence.swatch import swatch
from tpm_desktop.ui.feature import DocumentContext

__all__ = ["SegmentsPanel", "swatch"]

NOT_SET = "not_set"


class SegmentsPanel(QWidget):
    """Per segment: relevant or not, and that segment's customer experience."""

    edit_segments_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context: DocumentContext | None = None
        self.touchpoint_id: int | None = None
        layout = QVBoxLayout(self)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.grid_host = QWidget()
        self.grid = QGridLayout(self.grid_host)
        self.grid.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.grid_host)
        self.scores = SegmentScoresBox()
        layout.addWidget(self.scores)
        self.edit_button = QPushButton(self.tr("Edit Segments…"))
        self.edit_button.setToolTip(self.tr("Add, rename, describe and colour customer segments"))
        self.edit_button.clicked.connect(self.edit_segments_requested)
        layout.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        self.relevant_boxes: dict[int, QCheckBox] = {}
        self.experience_combos: dict[int, QComboBox] = {}
        self._refresh()

    def attach(self, context: DocumentContext) -> None:
        """Follow a document and its selection."""
        self.context = context
        context.document.changed.connect(self._on_changed)
        context.selection.selection_changed.connect(self._on_selection)
        self._on_selection(context.selection.ids)

    def detach(self) -> None:
        """Forget the document."""
        if self.context is not None:
            self.context.document.changed.disconnect(self._on_changed)
            self.context.selection.selection_changed.disconnect(self._on_selection)
        self.context = None
        self.touchpoint_id = None
        self._refresh()

    def _on_selection(self, ids: list) -> None:
        self.touchpoint_id = ids[0] if len(ids) == 1 else None
        self._refresh()

    def _on_changed(self, delta: Delta) -> None:
        if delta.touches(Segment, TouchpointSegment, SegmentScore, Score, Criterion, Touchpoint):
            if self.context and self.touchpoint_id not in self.context.document.state.touchpoints:
                self.touchpoint_id = None
            self._refresh()

    def _refresh(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.relevant_boxes, self.experience_combos = {}, {}
        state = self.context.document.state if self.context else None
        self.scores.show_for(self.context, self.touchpoint_id if state is not None else None)
        self.edit_button.setEnabled(state is not None)
        if state is None or self.touchpoint_id is None:
            self.hint.setText(self.tr("Select one touchpoint to see its customer segments."))
            return
        segments = state.segments()
        if not segments:
            self.hint.setText(
                self.tr("The project has no customer segments yet. Add some with Edit Segments…")
            )
            return
        self.hint.setText(
            self.tr("Check the segments this touchpoint matters to and rate their experience.")
        )
        relevance = state.segments_of(self.touchpoint_id)
        for row, segment in enumerate(segments):
            box = QCheckBox(shown(segment.name, 24))
            box.setIcon(swatch(segment.color))
            box.setToolTip(segment.profile[:300])
            box.setChecked(segment.id in relevance)
            box.toggled.connect(lambda on, sid=segment.id: self._set_relevant(sid, on))
            combo = QComboBox()
            # Sized to short labels, not to the longest: the inspector stays narrow.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(10)
            combo.addItem(experience_icon(None), self.tr("As in general"), NOT_SET)
            for value in range(EXPERIENCE_MAX, EXPERIENCE_MIN - 1, -1):
                combo.addItem(experience_icon(value), experience_label(value), value)
            current = relevance.get(segment.id)
            value = NOT_SET if current is None or current.experience is None else current.experience
            combo.setCurrentIndex(max(0, combo.findData(value)))
            combo.setEnabled(current is not None)
            combo.activated.connect(
                lambda _i, sid=segment.id, c=combo: self._set_experience(sid, c)
            )
            self.grid.addWidget(box, row, 0)
            self.grid.addWidget(combo, row, 1)
            self.relevant_boxes[segment.id] = box
            self.experience_combos[segment.id] = combo

    def _set_relevant(self, segment_id: int, relevant: bool) -> None:
        if self.context is None or self.touchpoint_id is None:
            return
        touchpoint_id = self.touchpoint_id
        run_edit(
            self,
            lambda: self.context.editor.set_segment_relevant([touchpoint_id], segment_id, relevant),
        )

    def _set_experience(self, segment_id: int, combo: QComboBox) -> None:
        if self.context is None or self.touchpoint_id is None:
            return
        data = combo.currentData()
        value = None if data == NOT_SET else int(data)
        touchpoint_id = self.touchpoint_id
        run_edit(
            self,
            lambda: self.context.editor.set_segment_experience([touchpoint_id], segment_id, value),
        )

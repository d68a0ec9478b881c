"""A touchpoint's as-is scores for one customer segment, overriding the general ones.

An empty field means "as in general": the segment is scored with the general
as-is score (shown beside it). Targets stay general (core.segments). Each change
is one undoable editor command.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QGridLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from tpm_desktop.core.state import ProjectState
from tpm_desktop.ui.assessment.common import run_edit
from tpm_desktop.ui.assessment.labels import number, shown
from tpm_desktop.ui.assessment.score_input import ScoreSpinBox
from tpm_desktop.ui.evidence.swatch import swatch
from tpm_desktop.ui.feature import DocumentContext


class SegmentScoresBox(QGroupBox):
    """Per criterion: the chosen segment's own as-is score, or empty for the general one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("As-is scores for a segment"))
        self.setObjectName("segment_scores_box")
        self.context: DocumentContext | None = None
        self.touchpoint_id: int | None = None
        layout = QVBoxLayout(self)
        self.segment_combo = QComboBox()
        self.segment_combo.setObjectName("segment_scores_combo")
        self.segment_combo.setToolTip(self.tr("The segment whose own as-is scores are shown"))
        self.segment_combo.activated.connect(lambda _index: self._fill_scores())
        layout.addWidget(self.segment_combo)
        self.hint = QLabel(
            self.tr("Empty: as in general. Only the as-is scores differ per segment.")
        )
        self.hint.setWordWrap(True)
        self.hint.setEnabled(False)  # greyed: an explanation, not a control
        layout.addWidget(self.hint)
        host = QWidget()
        self.grid = QGridLayout(host)
        self.grid.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(host)
        self.spins: dict[int, ScoreSpinBox] = {}

    def show_for(self, context: DocumentContext | None, touchpoint_id: int | None) -> None:
        """Show the touchpoint's relevant segments; keep the chosen one when it still is."""
        self.context, self.touchpoint_id = context, touchpoint_id
        chosen = self.segment_id()
        self.segment_combo.clear()
        state = self._state()
        if state is not None and touchpoint_id is not None:
            relevant = state.segments_of(touchpoint_id)
            for segment in state.segments():
                if segment.id in relevant:
                    self.segment_combo.addItem(
                        swatch(segment.color), shown(segment.name, 40), segment.id
                    )
        index = self.segment_combo.findData(chosen)
        self.segment_combo.setCurrentIndex(max(0, index) if self.segment_combo.count() else -1)
        self.setVisible(self.segment_combo.count() > 0)
        self._fill_scores()

    def segment_id(self) -> int | None:
        """The segment whose scores are shown."""
        data = self.segment_combo.currentData()
        return data if isinstance(data, int) else None

    def _state(self) -> ProjectState | None:
        return self.context.document.state if self.context is not None else None

    def _fill_scores(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.spins = {}
        state, segment_id, tid = self._state(), self.segment_id(), self.touchpoint_id
        if state is None or segment_id is None or tid is None:
            return
        general = state.scores_of(tid)
        own = state.segment_scores_of(tid, segment_id)
        for row, criterion in enumerate(state.criteria):
            spin = ScoreSpinBox()
            spin.setObjectName(f"segment_score_{criterion.id}")
            spin.set_scale(criterion.scale_min, criterion.scale_max)
            spin.setToolTip(
                self.tr("Type %1 to %2 · Del: as in general")
                .replace("%1", str(criterion.scale_min))
                .replace("%2", str(criterion.scale_max))
            )
            override = own.get(criterion.id)
            spin.set_state(None if override is None else override.as_is)
            spin.committed.connect(
                lambda value, cid=criterion.id: self._set_score(segment_id, cid, value)
            )
            score = general.get(criterion.id)
            base = QLabel(
                self.tr("general %1").replace("%1", number(None if score is None else score.as_is))
            )
            base.setEnabled(False)
            self.grid.addWidget(QLabel(shown(criterion.name, 30)), row, 0)
            self.grid.addWidget(spin, row, 1)
            self.grid.addWidget(base, row, 2)
            self.spins[criterion.id] = spin

    def _set_score(self, segment_id: int, criterion_id: int, value: float | None) -> None:
        if self.context is None or self.touchpoint_id is None:
            return
        tid = self.touchpoint_id
        run_edit(
            self,
            lambda: self.context.editor.set_segment_score(tid, segment_id, criterion_id, value),
        )

"""The segments-and-evidence feature: its panels, the segment filter and Edit Segments.

The segment filter sits in the map tool bar; it narrows the map and the ranking
to one customer segment (the ranking then uses that segment's scores and
experience). "Open comments only" in the map's filter menu shows the cards with an
unresolved thread.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QDockWidget, QFrame, QLabel, QScrollArea, QWidget

from tpm_desktop.core.changes import Delta
from tpm_desktop.core.model import Comment, Segment, TouchpointSegment
from tpm_desktop.core.segments import relevant_ids
from tpm_desktop.ui.actions import make_action
from tpm_desktop.ui.assessment.feature import AssessmentFeature
from tpm_desktop.ui.assessment.labels import shown
from tpm_desktop.ui.canvas.feature import MapFeature
from tpm_desktop.ui.dock_layout import TOUCHPOINT_PANELS
from tpm_desktop.ui.evidence.comments_panel import CommentsPanel
from tpm_desktop.ui.evidence.evidence_panel import EvidencePanel
from tpm_desktop.ui.evidence.focus import segment_focus
from tpm_desktop.ui.evidence.segments_dialog import SegmentsDialog
from tpm_desktop.ui.evidence.segments_panel import SegmentsPanel, swatch
from tpm_desktop.ui.feature import DocumentContext, Feature


class EvidenceFeature(Feature):
    """Customer segments, evidence and comments."""

    def install(self) -> None:
        """Build the panels, the tool bar's segment filter and the menu entry."""
        self.focus = segment_focus(self.window)
        self.segments = SegmentsPanel()
        self.evidence = EvidencePanel()
        self.comments = CommentsPanel()
        self.panels = [self.segments, self.evidence, self.comments]
        self.segments.edit_segments_requested.connect(self.show_segments)
        # Many segments with their own scores need more room than a tabbed dock has.
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.segments)
        self.segments_dock = self._dock("segments", self.tr("Customer Segments"), scroll)
        self.evidence_dock = self._dock("evidence", self.tr("Evidence"), self.evidence)
        self.comments_dock = self._dock("comments", self.tr("Comments"), self.comments)

        self.map = self._feature(MapFeature)
        bar = self.map.tool_bar
        bar.addSeparator()
        bar.addWidget(QLabel(self.tr("Segment:") + " "))
        self.segment_combo = QComboBox()
        self.segment_combo.setObjectName("segment_filter_combo")
        self.segment_combo.setToolTip(
            self.tr("Show the map and the ranking for one customer segment")
        )
        self.segment_combo.setMinimumContentsLength(14)
        self.segment_combo.activated.connect(self._on_segment_chosen)
        bar.addWidget(self.segment_combo)
        menu = bar.filter_menu
        self.open_comments = QAction(self.tr("Open comments only"), menu)
        self.open_comments.setCheckable(True)
        self.open_comments.setStatusTip(self.tr("Show only touchpoints with unresolved comments"))
        menu.insertAction(menu.clear_action, self.open_comments)
        self.open_comments.toggled.connect(self._refilter)
        self.map.only_ids = self._only_ids
        self.focus.segment_changed.connect(self._on_focus)

        self.action_segments = make_action(
            self.window,
            self.tr("Customer Se&gments…"),
            self.show_segments,
            None,
            self.tr("Add, rename, describe and colour the customer segments"),
        )
        self.window.edit_menu.insertAction(
            self.window.edit_settings_separator, self.action_segments
        )
        self._fill_segments()
        self._set_enabled(False)

    def _feature(self, kind: type) -> Feature:
        return next(f for f in self.window.features if isinstance(f, kind))

    def _dock(self, name: str, title: str, widget: QWidget) -> QDockWidget:
        dock = QDockWidget(title, self.window)
        dock.setObjectName(name)
        dock.setWidget(widget)
        dock.setAllowedAreas(
            Qt.DockWidgetArea.LeftDockWidgetArea
            | Qt.DockWidgetArea.RightDockWidgetArea
            | Qt.DockWidgetArea.BottomDockWidgetArea
        )
        self.window.add_dock(dock, group=TOUCHPOINT_PANELS)
        return dock

    def _set_enabled(self, enabled: bool) -> None:
        self.segment_combo.setEnabled(enabled)
        self.action_segments.setEnabled(enabled)
        self.open_comments.setEnabled(enabled)

    # -- document ------------------------------------------------------------------------

    def document_opened(self, context: DocumentContext) -> None:
        """Attach the panels; the segment filter starts at all customers."""
        super().document_opened(context)
        for panel in self.panels:
            panel.attach(context)
        context.document.changed.connect(self._on_document_changed)
        self.open_comments.blockSignals(True)
        self.open_comments.setChecked(False)
        self.open_comments.blockSignals(False)
        self.focus.set_segment(None)
        self._fill_segments()
        self._set_enabled(True)

    def document_closed(self) -> None:
        """Detach the panels."""
        if self.context is not None:
            self.context.document.changed.disconnect(self._on_document_changed)
        for panel in self.panels:
            panel.detach()
        super().document_closed()
        self.focus.set_segment(None)
        self._fill_segments()
        self._set_enabled(False)

    def _on_document_changed(self, delta: Delta) -> None:
        if delta.touches(Segment):
            state = self.context.document.state if self.context else None
            if state is not None and self.focus.segment_id not in state.table(Segment):
                self.focus.set_segment(None)
            self._fill_segments()
        active = self.focus.segment_id is not None or self.open_comments.isChecked()
        if active and delta.touches(TouchpointSegment, Comment):
            self._refilter()

    # -- the segment filter ---------------------------------------------------------------

    def _fill_segments(self) -> None:
        combo = self.segment_combo
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("All customers"), None)
        if self.context is not None:
            for segment in self.context.document.state.segments():
                combo.addItem(swatch(segment.color), shown(segment.name, 40), segment.id)
        combo.setCurrentIndex(max(0, combo.findData(self.focus.segment_id)))
        combo.blockSignals(False)

    def _on_segment_chosen(self, _index: int) -> None:
        self.focus.set_segment(self.segment_combo.currentData())

    def choose_segment(self, segment_id: int | None) -> None:
        """Filter to a segment as the tool bar's combo box does."""
        index = self.segment_combo.findData(segment_id)
        self.segment_combo.setCurrentIndex(max(0, index))
        self._on_segment_chosen(index)

    def _on_focus(self, segment_id: int | None) -> None:
        self.segment_combo.setCurrentIndex(max(0, self.segment_combo.findData(segment_id)))
        ranking = self._feature(AssessmentFeature).ranking  # type: ignore[attr-defined]
        ranking.model.set_segment(segment_id)
        self._refilter()

    def _refilter(self, *_args: object) -> None:
        self.map._apply_filter()

    def _only_ids(self) -> frozenset[int] | None:
        if self.context is None:
            return None
        state = self.context.document.state
        ids: set[int] | None = None
        if self.focus.segment_id is not None:
            ids = relevant_ids(state, self.focus.segment_id)
        if self.open_comments.isChecked():
            commented = {
                c.touchpoint_id
                for c in state.table(Comment).values()
                if c.parent_id is None and not c.resolved
            }
            ids = commented if ids is None else ids & commented
        return None if ids is None else frozenset(ids)

    # -- commands ------------------------------------------------------------------------

    def show_segments(self) -> None:
        """Open the segments editor."""
        if self.context is None:
            return
        dialog = SegmentsDialog(self.context, self.window)
        dialog.show()

"""The scoring panel: as-is and target score per criterion for the selected touchpoints.

With one touchpoint selected it shows its scores and weighted figures; with
several, a value set here applies to all of them in one undo step and fields
whose values differ show "mixed". Keyboard flow for workshops: Tab runs down
the as-is column, then the target column; a digit sets a score; Return moves to
the next touchpoint in map order (Shift+Return to the previous one).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from tpm_desktop.core import ranking, scoring
from tpm_desktop.core.changes import Delta
from tpm_desktop.core.model import Channel, Criterion, Department, Phase, Score, Touchpoint
from tpm_desktop.ui.assessment.common import ElidedLabel, caption, run_edit, separator
from tpm_desktop.ui.assessment.labels import number, scale_text, signed
from tpm_desktop.ui.assessment.labels import tip as tip_text
from tpm_desktop.ui.assessment.relevance_field import RelevanceField
from tpm_desktop.ui.assessment.score_input import ScoreField
from tpm_desktop.ui.feature import DocumentContext

HIGH_SPREAD = 1.0  # a workshop spread from here on is shown as disagreement


class Readout(QFrame):
    """A caption over a large value: one live figure of the selection."""

    def __init__(self, title: str, tip: str) -> None:
        super().__init__()
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setToolTip(tip)
        self.title = caption(title)
        self.title.setWordWrap(False)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.value = QLabel("–")
        self.value.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.value.setFont(font)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(0)
        layout.addWidget(self.title)
        layout.addWidget(self.value)


class CriterionRow:
    """The widgets of one criterion: its name, the two score fields, the workshop line."""

    def __init__(self, criterion: Criterion) -> None:
        self.criterion_id = criterion.id
        self.name = ElidedLabel(criterion.name)
        self.as_is = ScoreField()
        self.target = ScoreField()
        self.workshop = caption("")
        self.workshop.hide()
        self.update(criterion)

    def update(self, criterion: Criterion) -> None:
        """Show the criterion's current name, scale and weight."""
        self.name.set_text(criterion.name)
        tip = (
            QCoreApplication.translate("Assessment", "Weight %1 · scale %2")
            .replace("%1", number(criterion.weight))
            .replace("%2", scale_text(criterion.scale_min, criterion.scale_max))
        )
        if criterion.description:
            tip += "\n" + criterion.description[:500]
        self.name.setToolTip(tip_text(f"{criterion.name[:300]}\n{tip}"))
        self.as_is.set_scale(criterion.scale_min, criterion.scale_max)
        self.target.set_scale(criterion.scale_min, criterion.scale_max)


class ScoringPanel(QWidget):
    """Scores of the selected touchpoints, with live weighted figures."""

    status_message = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context: DocumentContext | None = None
        self.rows: list[CriterionRow] = []

        self.empty_hint = QLabel(
            self.tr("Select a touchpoint on the map or in the ranking to rate it.")
        )
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.setMargin(16)

        self.title = ElidedLabel()
        title_font = QFont(self.title.font())
        title_font.setBold(True)
        title_font.setPointSizeF(title_font.pointSizeF() * 1.15)
        self.title.setFont(title_font)
        self.lanes = ElidedLabel()
        self.lanes.setStyleSheet("color: palette(placeholder-text);")
        self.previous_button = self._nav_button(
            Qt.ArrowType.UpArrow, self.tr("Previous touchpoint (Shift+Return)"), -1
        )
        self.next_button = self._nav_button(
            Qt.ArrowType.DownArrow, self.tr("Next touchpoint (Return)"), 1
        )

        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(18)
        self.grid.setVerticalSpacing(2)
        self.grid.setColumnStretch(0, 1)
        self.grid.setColumnStretch(1, 1)

        self.readouts = {
            "as_is": Readout(
                self.tr("As-is"), self.tr("Weighted as-is score over the rated criteria")
            ),
            "target": Readout(
                self.tr("Target"), self.tr("Weighted target score over the rated criteria")
            ),
            "priority": Readout(
                self.tr("Priority"),
                self.tr(
                    "Priority index, 0 to 100: high where the touchpoint matters (relevance) "
                    "and falls short of its target"
                ),
            ),
            "gap": Readout(self.tr("Gap"), self.tr("Weighted target minus weighted as-is score")),
        }
        readout_row = QHBoxLayout()
        readout_row.setSpacing(6)
        for readout in self.readouts.values():
            readout_row.addWidget(readout, 1)

        header = QHBoxLayout()
        header.setSpacing(4)
        header.addWidget(self.title, 1)
        header.addWidget(self.previous_button)
        header.addWidget(self.next_button)

        editor = QWidget()
        layout = QVBoxLayout(editor)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(6)
        layout.addLayout(header)
        layout.addWidget(self.lanes)
        self.relevance = RelevanceField()
        self.relevance.committed.connect(self._set_relevance)
        layout.addWidget(self.relevance)
        layout.addWidget(separator())
        layout.addLayout(self.grid)
        layout.addWidget(separator())
        layout.addLayout(readout_row)
        self.hint = caption(
            self.tr(
                "Tab: next criterion · digits: score · Del: not rated · "
                "Return: next touchpoint · Shift+Return: previous"
            )
        )
        layout.addWidget(self.hint)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(editor)

        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty_hint)
        self.stack.addWidget(scroll)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)

    def _nav_button(self, arrow: Qt.ArrowType, tip: str, step: int) -> QToolButton:
        button = QToolButton()
        button.setArrowType(arrow)
        button.setToolTip(tip)
        button.setAutoRaise(True)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.clicked.connect(self.next_touchpoint if step > 0 else self.previous_touchpoint)
        return button

    # -- document life cycle ---------------------------------------------------------

    def attach(self, context: DocumentContext) -> None:
        """Follow a document and its selection."""
        self.context = context
        context.document.changed.connect(self._on_document_changed)
        context.selection.selection_changed.connect(self._on_selection_changed)
        self._build_rows()
        self.refresh()

    def detach(self) -> None:
        """Stop following the document (it is closing)."""
        if self.context is not None:
            self.context.document.changed.disconnect(self._on_document_changed)
            self.context.selection.selection_changed.disconnect(self._on_selection_changed)
        self.context = None
        self._clear_rows()
        self.stack.setCurrentIndex(0)

    # -- building --------------------------------------------------------------------

    def _clear_rows(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.rows = []

    def _build_rows(self) -> None:
        self._clear_rows()
        if self.context is None:
            return
        as_is_head, target_head = QLabel(self.tr("As-is")), QLabel(self.tr("Target"))
        for head, column in ((as_is_head, 0), (target_head, 1)):
            font = head.font()
            font.setBold(True)
            head.setFont(font)
            self.grid.addWidget(head, 0, column)
        criteria = self.context.document.state.criteria
        for index, criterion in enumerate(criteria):
            # The name gets a line of its own, so long German names are not cut.
            row = CriterionRow(criterion)
            line = 1 + 3 * index
            self.grid.addWidget(row.name, line, 0, 1, 2)
            self.grid.addWidget(row.as_is, line + 1, 0)
            self.grid.addWidget(row.target, line + 1, 1)
            self.grid.addWidget(row.workshop, line + 2, 0, 1, 2)
            self.grid.setRowMinimumHeight(line, self.fontMetrics().height() + 6)
            row.as_is.committed.connect(self._committer(criterion.id, "as_is"))
            row.target.committed.connect(self._committer(criterion.id, "target"))
            for field in (row.as_is, row.target):
                field.spin.advance_requested.connect(self._advance)
            self.rows.append(row)
        if not criteria:
            self.grid.addWidget(
                caption(self.tr("The criteria catalogue is empty: add criteria first.")), 1, 0, 1, 2
            )
        # Tab runs down the as-is column, then down the target column.
        spins = [r.as_is.spin for r in self.rows] + [r.target.spin for r in self.rows]
        for first, second in itertools.pairwise(spins):
            QWidget.setTabOrder(first, second)

    def _committer(self, criterion_id: int, kind: str) -> Callable[[object], None]:
        def commit(value: object) -> None:
            self._set_score(criterion_id, kind, value)

        return commit

    # -- reacting --------------------------------------------------------------------

    def _on_selection_changed(self, _ids: list) -> None:
        self.refresh()

    def _on_document_changed(self, delta: Delta) -> None:
        if delta.touches(Criterion):
            criteria = self.context.document.state.criteria if self.context else []
            if [c.id for c in criteria] == [r.criterion_id for r in self.rows]:
                for row, criterion in zip(self.rows, criteria, strict=True):
                    row.update(criterion)  # renamed, reweighted or rescaled: keep focus
            else:
                self._build_rows()
            self.refresh()
            return
        ids = set(self.context.selection.ids) if self.context else set()
        scores = {key[0] for key in delta.keys(Score)}  # type: ignore[index]
        if (
            scores & ids
            or delta.keys(Touchpoint) & ids
            or delta.touches(Department, Channel, Phase)
        ):
            self.refresh()

    def refresh(self) -> None:
        """Show the selection's scores and figures."""
        context = self.context
        ids = context.selection.ids if context else []
        if context is None or not ids:
            self.stack.setCurrentIndex(0)
            return
        self.stack.setCurrentIndex(1)
        state = context.document.state
        read_only = context.document.read_only
        if len(ids) == 1:
            touchpoint = state.touchpoints[ids[0]]
            self.title.set_text(touchpoint.name)
            lanes = [
                state.get(Department, touchpoint.department_id),
                state.get(Channel, touchpoint.channel_id),
                state.get(Phase, touchpoint.phase_id),
            ]
            self.lanes.set_text(" · ".join(lane.name for lane in lanes if lane is not None))
        else:
            self.title.set_text(self.tr("%n touchpoint(s) selected", "", len(ids)))
            self.lanes.set_text(self.tr("A value set here applies to all of them."))
        scores = [state.scores_of(tid) for tid in ids]
        for row in self.rows:
            found = [s.get(row.criterion_id) for s in scores]
            for field, attribute in ((row.as_is, "as_is"), (row.target, "target")):
                values = {None if s is None else getattr(s, attribute) for s in found}
                field.set_state(next(iter(values)) if len(values) == 1 else None, len(values) > 1)
                field.set_read_only(read_only)
            self._show_workshop(row, found)
        metrics = [ranking.touchpoint_metrics(state, tid) for tid in ids]
        self.relevance.show_values(metrics, [state.touchpoints[tid].relevance for tid in ids])
        self.relevance.set_read_only(read_only)
        self._show_metrics(metrics)

    def _show_workshop(self, row: CriterionRow, found: list[Score | None]) -> None:
        single = found[0] if len(found) == 1 else None
        if single is None or single.as_is_count is None:
            row.workshop.hide()
            return
        spread = single.as_is_spread or 0.0
        text = (
            self.tr("Workshop: mean of %n rating(s), spread ±%1", "", single.as_is_count)
        ).replace("%1", number(spread))
        row.workshop.setText(text)
        row.workshop.setStyleSheet(
            "color: #b35c00;" if spread >= HIGH_SPREAD else "color: palette(placeholder-text);"
        )
        row.workshop.setToolTip(
            self.tr("Standard deviation of the participants' ratings; from 1 on, they disagree.")
        )
        row.workshop.show()

    def _show_metrics(self, metrics: list[scoring.Metrics]) -> None:
        def span(values: list[float | None], fmt: Callable[[float | None], str]) -> str:
            present = [v for v in values if v is not None]
            if not present:
                return "–"
            low, high = min(present), max(present)
            return fmt(low) if round(low, 2) == round(high, 2) else f"{fmt(low)} – {fmt(high)}"

        self.readouts["as_is"].value.setText(span([m.as_is for m in metrics], number))
        self.readouts["target"].value.setText(span([m.target for m in metrics], number))
        self.readouts["priority"].value.setText(
            span([m.priority for m in metrics], lambda v: number(v, 0))
        )
        self.readouts["gap"].value.setText(span([m.gap for m in metrics], signed))

    # -- editing ----------------------------------------------------------------------

    def _set_score(self, criterion_id: int, kind: str, value: object) -> None:
        context = self.context
        if context is None or not context.selection.ids:
            return
        ids = context.selection.ids
        if not run_edit(
            self, lambda: context.editor.set_scores(ids, criterion_id, **{kind: value})
        ):
            self.refresh()

    def _set_relevance(self, value: object) -> None:
        context = self.context
        if context is None or not context.selection.ids:
            return
        ids = context.selection.ids
        if not run_edit(self, lambda: context.editor.set_touchpoint_fields(ids, relevance=value)):
            self.refresh()

    def _advance(self, step: int) -> None:
        if step > 0:
            self.next_touchpoint()
        else:
            self.previous_touchpoint()

    def next_touchpoint(self) -> None:
        """Select the next touchpoint in map order and put the cursor on its first score."""
        self._move(1)

    def previous_touchpoint(self) -> None:
        """Select the previous touchpoint in map order."""
        self._move(-1)

    def _move(self, step: int) -> None:
        context = self.context
        if context is None:
            return
        order = ranking.map_order(context.document.state)
        current = context.selection.current
        target = ranking.neighbour(order, current, step)
        if target is None:
            return
        if target == current:
            self.status_message.emit(
                self.tr("This is the last touchpoint.")
                if step > 0
                else self.tr("This is the first touchpoint.")
            )
        context.selection.set([target])
        self.focus_first_score()

    def focus_first_score(self) -> None:
        """Put the keyboard focus on the first as-is score, ready for a digit."""
        if self.rows and self.stack.currentIndex() == 1:
            spin = self.rows[0].as_is.spin
            spin.setFocus(Qt.FocusReason.TabFocusReason)
            spin.lineEdit().selectAll()

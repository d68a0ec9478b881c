"""The portfolio dock: pick two axes, see every touchpoint as a dot, label the quadrants."""

from __future__ import annotations

import math

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from tpm_desktop.core import portfolio, ranking, scoring
from tpm_desktop.core.changes import Delta
from tpm_desktop.core.enums import Dimension
from tpm_desktop.core.model import Criterion, Department, Project, Score, Setting, Touchpoint
from tpm_desktop.core.portfolio import QUADRANT_KEYS, Axis, AxisKind, AxisRange
from tpm_desktop.ui.assessment.common import LazyPanel, run_edit
from tpm_desktop.ui.assessment.labels import money, number, shown
from tpm_desktop.ui.assessment.portfolio_matrix import Point, PortfolioMatrix, Ticks
from tpm_desktop.ui.feature import DocumentContext
from tpm_desktop.ui.i18n import interface_language

JITTER = 0.3  # of one scale step, for axes whose values pile up on whole numbers
SPREAD = 0.012  # of the axis, so that equal weighted scores do not hide each other


def default_labels() -> dict[str, str]:
    """The example labels shown until the project has its own (as in the report)."""
    return dict(portfolio.DEFAULT_QUADRANT_LABELS[interface_language()])


def axis_key(axis: Axis) -> str:
    """A combo box key for an axis ("as_is", "criterion:3")."""
    return axis.kind.value if axis.criterion_id is None else f"criterion:{axis.criterion_id}"


def axis_of(key: str | None) -> Axis | None:
    """The axis of a combo box key."""
    if not key:
        return None
    if key.startswith("criterion:"):
        return Axis(AxisKind.CRITERION, int(key.split(":", 1)[1]))
    return Axis(AxisKind(key))


class QuadrantDialog(QDialog):
    """Four line edits placed like the quadrants they name."""

    def __init__(self, labels: dict[str, str], focus: str | None, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Quadrant Labels"))
        self.edits: dict[str, QLineEdit] = {}
        grid = QGridLayout()
        places = {
            "top_left": (1, 0),
            "top_right": (1, 1),
            "bottom_left": (3, 0),
            "bottom_right": (3, 1),
        }
        captions = {
            "top_left": self.tr("Top left"),
            "top_right": self.tr("Top right"),
            "bottom_left": self.tr("Bottom left"),
            "bottom_right": self.tr("Bottom right"),
        }
        for key in QUADRANT_KEYS:
            row, column = places[key]
            edit = QLineEdit(labels.get(key, ""))
            edit.setMaxLength(portfolio.MAX_LABEL_LENGTH)
            edit.setMinimumWidth(200)
            grid.addWidget(QLabel(captions[key]), row - 1, column)
            grid.addWidget(edit, row, column)
            self.edits[key] = edit
        reset = QPushButton(self.tr("Reset to Examples"))
        reset.clicked.connect(self._reset)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.addButton(reset, QDialogButtonBox.ButtonRole.ResetRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(buttons)
        if focus in self.edits:
            self.edits[focus].setFocus()
            self.edits[focus].selectAll()

    def _reset(self) -> None:
        for key, text in default_labels().items():
            self.edits[key].setText(text)

    def labels(self) -> dict[str, str]:
        """The labels typed."""
        return {key: edit.text() for key, edit in self.edits.items()}


class PortfolioPanel(LazyPanel):
    """Axis choices above the matrix; clicks select touchpoints everywhere."""

    status_message = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context: DocumentContext | None = None
        self._metrics: dict[int, scoring.Metrics] = {}
        self._snapshot: dict[int, tuple] = {}
        self.matrix = PortfolioMatrix()
        self.x_combo = QComboBox()
        self.y_combo = QComboBox()
        for combo in (self.x_combo, self.y_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.currentIndexChanged.connect(self.schedule_refresh)
        swap = QToolButton()
        swap.setText("⇄")
        swap.setToolTip(self.tr("Swap the axes"))
        swap.clicked.connect(self._swap)
        labels_button = QPushButton(self.tr("Quadrant Labels…"))
        labels_button.setToolTip(self.tr("Name the four quadrants (stored in the project)"))
        labels_button.clicked.connect(self.edit_labels)
        self.labels_button = labels_button
        bar = QHBoxLayout()
        bar.setSpacing(6)
        bar.addWidget(QLabel(self.tr("Horizontal:")))
        bar.addWidget(self.x_combo)
        bar.addWidget(swap)
        bar.addWidget(QLabel(self.tr("Vertical:")))
        bar.addWidget(self.y_combo)
        bar.addStretch(1)
        bar.addWidget(labels_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(4)
        layout.addLayout(bar)
        layout.addWidget(self.matrix, 1)
        self.matrix.touchpoint_clicked.connect(self._on_point_clicked)
        self.matrix.background_clicked.connect(self._on_background_clicked)
        self.matrix.quadrant_double_clicked.connect(self.edit_labels)

    # -- life cycle -----------------------------------------------------------------------

    def attach(self, context: DocumentContext) -> None:
        """Follow a document and its selection."""
        self.context = context
        context.document.changed.connect(self._on_document_changed)
        context.selection.selection_changed.connect(self._on_selection_changed)
        state = context.document.state
        self._metrics = ranking.all_metrics(state)
        self._snapshot = {tid: self._relevant(tp) for tid, tp in state.touchpoints.items()}
        self._fill_axes()
        self.labels_button.setEnabled(not context.document.read_only)
        self.schedule_refresh()

    def detach(self) -> None:
        """Stop following the document."""
        if self.context is not None:
            self.context.document.changed.disconnect(self._on_document_changed)
            self.context.selection.selection_changed.disconnect(self._on_selection_changed)
        self.context = None
        self._metrics, self._snapshot = {}, {}
        self.stop_refreshing()
        self.matrix.set_content([], Ticks((), ""), Ticks((), ""), (0.5, 0.5), {}, [], "")

    def _axis_choices(self) -> list[tuple[str, Axis]]:
        state = self.context.document.state if self.context else None
        choices = [
            (self.tr("Weighted as-is score"), Axis(AxisKind.AS_IS)),
            (self.tr("Weighted target score"), Axis(AxisKind.TARGET)),
            (self.tr("Priority index"), Axis(AxisKind.PRIORITY)),
            (self.tr("Relevance"), Axis(AxisKind.RELEVANCE)),
            (self.tr("Customer experience"), Axis(AxisKind.EXPERIENCE)),
            (self.tr("Planned budget"), Axis(AxisKind.BUDGET)),
        ]
        if state is not None:
            for criterion in state.criteria:
                label = self.tr("Criterion: %1").replace("%1", shown(criterion.name, 50))
                choices.append((label, Axis(AxisKind.CRITERION, criterion.id)))
        return choices

    def _fill_axes(self) -> None:
        previous = (self.x_combo.currentData(), self.y_combo.currentData())
        defaults = tuple(axis_key(axis) for axis in portfolio.DEFAULT_AXES)
        for combo, old, default in zip(
            (self.x_combo, self.y_combo), previous, defaults, strict=True
        ):
            combo.blockSignals(True)
            combo.clear()
            for label, axis in self._axis_choices():
                combo.addItem(label, axis_key(axis))
            index = combo.findData(old) if old is not None else -1
            combo.setCurrentIndex(index if index >= 0 else combo.findData(default))
            combo.blockSignals(False)

    def _swap(self) -> None:
        x, y = self.x_combo.currentIndex(), self.y_combo.currentIndex()
        self.x_combo.blockSignals(True)
        self.x_combo.setCurrentIndex(y)
        self.x_combo.blockSignals(False)
        self.y_combo.setCurrentIndex(x)

    @staticmethod
    def _relevant(touchpoint: Touchpoint) -> tuple:
        """The fields of a touchpoint the matrix shows (typing a note changes none)."""
        return (touchpoint.name, touchpoint.department_id, touchpoint.experience, touchpoint.budget)

    def _on_document_changed(self, delta: Delta) -> None:
        if self.context is None:
            return
        state = self.context.document.state
        relevant = delta.touches(Department, Setting, Project)
        if delta.touches(Criterion):
            self._fill_axes()
            self._metrics = ranking.all_metrics(state)
            relevant = True
        else:
            scored = {key[0] for key in delta.keys(Score)}  # type: ignore[index]
            if scored:
                present = [tid for tid in scored if tid in state.touchpoints]
                self._metrics.update(ranking.all_metrics(state, present))  # type: ignore[arg-type]
                relevant = True
        for tid in delta.removed.get(Touchpoint, set()):
            self._metrics.pop(tid, None)  # type: ignore[call-overload]
            self._snapshot.pop(tid, None)  # type: ignore[call-overload]
            relevant = True
        for tid in delta.added.get(Touchpoint, set()) | delta.updated.get(Touchpoint, set()):
            touchpoint = state.touchpoints.get(tid)
            if touchpoint is None:
                continue
            if tid not in self._metrics:
                self._metrics.update(ranking.all_metrics(state, [tid]))  # type: ignore[list-item]
            now = self._relevant(touchpoint)
            if self._snapshot.get(tid) != now:  # type: ignore[call-overload]
                self._snapshot[tid] = now  # type: ignore[index]
                relevant = True
        if relevant:
            self.schedule_refresh()

    def _on_selection_changed(self, ids: list) -> None:
        self.matrix.set_selected(set(ids))

    # -- building the picture -------------------------------------------------------------

    def refresh(self) -> None:
        """Recompute every dot from the document."""
        context = self.context
        if context is None:
            return
        state = context.document.state
        x_axis, y_axis = axis_of(self.x_combo.currentData()), axis_of(self.y_combo.currentData())
        if x_axis is None or y_axis is None:
            return
        metrics = self._metrics
        x_values = portfolio.axis_values(state, x_axis, metrics)
        y_values = portfolio.axis_values(state, y_axis, metrics)
        x_range = portfolio.axis_range(state, x_axis, x_values)
        y_range = portfolio.axis_range(state, y_axis, y_values)
        colors = {d.id: QColor(d.color) for d in state.table(Department).values()}
        points: list[Point] = []
        for tid, touchpoint in state.touchpoints.items():
            x, y = x_values.get(tid), y_values.get(tid)
            if x is None or y is None:
                continue
            fx = self._fraction(x, x_range, x_axis, tid, 1)
            fy = self._fraction(y, y_range, y_axis, tid, 2)
            color = colors.get(touchpoint.department_id, QColor("#4e79a7"))
            points.append(Point(tid, fx, fy, color, touchpoint.name))
        missing = len(state.touchpoints) - len(points)
        note = (
            self.tr("%n touchpoint(s) without a value on an axis are not shown.", "", missing)
            if missing
            else ""
        )
        labels = {**default_labels(), **portfolio.quadrant_labels(state)}
        legend = [
            (colors.get(d.id, QColor("#4e79a7")), shown(d.name, 60))
            for d in state.lanes(Dimension.DEPARTMENT)
        ]
        self.matrix.set_content(
            points,
            self._ticks(x_axis, x_range, self.x_combo.currentText()),
            self._ticks(y_axis, y_range, self.y_combo.currentText()),
            (x_range.fraction(x_range.middle), y_range.fraction(y_range.middle)),
            labels,
            legend,
            note,
        )
        self.matrix.set_selected(set(context.selection.ids))

    @staticmethod
    def _fraction(value: float, span: AxisRange, axis: Axis, tid: int, salt: int) -> float:
        fraction = span.fraction(value)
        if portfolio.is_discrete(axis) and span.high > span.low:
            fraction += JITTER * portfolio.jitter(tid, salt) / (span.high - span.low)
        else:
            fraction += SPREAD * portfolio.jitter(tid, salt)
        return min(1.0, max(0.0, fraction))

    def _ticks(self, axis: Axis, span: AxisRange, title: str) -> Ticks:
        def place(value: float) -> float:
            return span.fraction(value)

        if axis.kind is AxisKind.BUDGET:
            step = _nice_step(span.high / 4)
            values = [i * step for i in range(int(span.high // step) + 1)]
            currency = self.context.document.state.project.currency if self.context else "EUR"
            title = f"{title} ({money(0, currency).split(' ', 1)[-1]})"
            return Ticks(tuple((place(v), _short_amount(v)) for v in values), title)
        if axis.kind in (AxisKind.PRIORITY, AxisKind.RELEVANCE):
            return Ticks(tuple((place(v), str(v)) for v in (0, 25, 50, 75, 100)), title)
        low, high = math.floor(span.low), math.ceil(span.high)
        step = 1 if high - low <= 10 else 2
        values = range(low, high + 1, step)
        if axis.kind is AxisKind.EXPERIENCE:
            return Ticks(tuple((place(v), f"{v:+d}" if v else "0") for v in values), title)
        return Ticks(tuple((place(v), number(v)) for v in values), title)

    # -- interaction ----------------------------------------------------------------------

    def _on_point_clicked(self, touchpoint_id: int, additive: bool) -> None:
        if self.context is None:
            return
        selection = self.context.selection
        if additive:
            ids = selection.ids
            ids = (
                [i for i in ids if i != touchpoint_id]
                if touchpoint_id in ids
                else [*ids, touchpoint_id]
            )
            selection.set(ids)
        else:
            selection.set([touchpoint_id])

    def _on_background_clicked(self) -> None:
        if self.context is not None:
            self.context.selection.clear()

    def edit_labels(self, focus: str | None = None) -> None:
        """Edit the four quadrant labels; stored in the project as one undoable edit."""
        context = self.context
        if context is None or context.document.read_only:
            return
        current = {**default_labels(), **portfolio.quadrant_labels(context.document.state)}
        dialog = QuadrantDialog(current, focus if isinstance(focus, str) else None, self)
        if not dialog.exec():
            return
        typed = dialog.labels()
        defaults = default_labels()
        # Labels equal to the examples are not stored, so they follow the language.
        own = {k: v for k, v in typed.items() if v.strip() and v.strip() != defaults[k]}
        value = portfolio.quadrant_setting(own)
        run_edit(
            self,
            lambda: context.editor.set_setting(
                portfolio.QUADRANTS_SETTING, value, self.tr("Edit quadrant labels")
            ),
        )


def _nice_step(raw: float) -> float:
    """1, 2 or 5 times a power of ten, at least `raw`."""
    if raw <= 0:
        return 1.0
    power = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 5, 10):
        if factor * power >= raw:
            return float(factor * power)
    return float(10 * power)


def _short_amount(value: float) -> str:
    """12 500 as "12.5k", 1 200 000 as "1.2M" (axis ticks are narrow)."""
    if value >= 1_000_000:
        return number(value / 1_000_000, 1) + "M"
    if value >= 1_000:
        return number(value / 1_000, 1) + "k"
    return number(value, 0)

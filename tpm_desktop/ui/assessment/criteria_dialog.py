"""The criteria catalogue: add, remove, rename, reorder, describe, weight and scale criteria.

Every change is applied at once as an undoable edit, so the ranking and the
portfolio follow while the dialog is open (it is modeless).
"""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtGui import QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tpm_desktop.core.changes import Delta
from tpm_desktop.core.enums import CriterionRole
from tpm_desktop.core.model import Criterion, Score, WorkshopRating
from tpm_desktop.core.scoring import Scale, rescale
from tpm_desktop.core.text import MAX_NAME_LENGTH
from tpm_desktop.ui import prompts
from tpm_desktop.ui.assessment.common import caption, run_edit
from tpm_desktop.ui.assessment.labels import number, rich, scale_text, shown
from tpm_desktop.ui.feature import DocumentContext

SCALES = ((1, 5), (0, 10), (1, 10))


class CriteriaDialog(QDialog):
    """Edits the catalogue live; closes with the document."""

    belongs_to_document = True

    def __init__(self, context: DocumentContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Criteria Catalogue"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        self.list = QListWidget()
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setMinimumWidth(220)
        self.list.currentRowChanged.connect(self._show_current)
        self.list.model().rowsMoved.connect(self._on_rows_moved)
        self.add_button = QPushButton(self.tr("&Add"))
        self.add_button.clicked.connect(self.add_criterion)
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.clicked.connect(self.remove_criterion)
        self.up_button = QPushButton(self.tr("Move &Up"))
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button = QPushButton(self.tr("Move &Down"))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)

        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(MAX_NAME_LENGTH)
        self.name_edit.textEdited.connect(self._on_name)
        self.weight_box = QDoubleSpinBox()
        self.weight_box.setRange(0, 1000)
        self.weight_box.setDecimals(2)
        self.weight_box.setSingleStep(0.5)
        self.weight_box.setKeyboardTracking(False)
        self.weight_box.valueChanged.connect(self._on_weight)
        self.share_label = caption("")
        self.scale_combo = QComboBox()
        self.scale_combo.activated.connect(self._on_scale)
        self.role_combo = QComboBox()
        self.role_combo.setObjectName("criterion_role")
        self.role_combo.addItem(self.tr("Performance: how well it works"), "performance")
        self.role_combo.addItem(self.tr("Relevance: how much it matters"), "relevance")
        self.role_combo.setToolTip(
            self.tr(
                "Performance criteria make up the weighted as-is and target scores; "
                "relevance criteria give the relevance of touchpoints whose relevance "
                "is not set directly."
            )
        )
        self.role_combo.activated.connect(self._on_role)
        self.description_edit = QPlainTextEdit()
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setPlaceholderText(
            self.tr("What is rated, and what a low and a high score mean")
        )
        self.description_edit.textChanged.connect(self._on_description)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("&Weight:"), self.weight_box)
        form.addRow("", self.share_label)
        form.addRow(self.tr("&Scale:"), self.scale_combo)
        form.addRow(self.tr("Measures:"), self.role_combo)
        form.addRow(self.tr("D&escription:"), self.description_edit)
        self.details = QWidget()
        self.details.setLayout(form)
        form.setContentsMargins(0, 0, 0, 0)

        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        left.addLayout(buttons)
        body = QHBoxLayout()
        body.addLayout(left, 2)
        body.addSpacing(8)
        body.addWidget(self.details, 3)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.close)
        undo = context.document.undo_stack.createUndoAction(self, self.tr("Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = context.document.undo_stack.createRedoAction(self, self.tr("Redo"))
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        self.addActions([undo, redo])
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(
            caption(
                self.tr(
                    "Changes take effect at once and can be undone (Ctrl+Z). Drag criteria "
                    "to reorder them; the first criterion's scale is the scale of the "
                    "weighted scores."
                )
            )
        )
        layout.addWidget(close)
        self.resize(720, 460)
        context.document.changed.connect(self._on_document_changed)
        self._listening = True
        self._loading = False
        self.reload()
        if self.list.count():
            self.list.setCurrentRow(0)

    # -- showing ----------------------------------------------------------------------------

    def _criteria(self) -> list[Criterion]:
        return self.context.document.state.criteria

    def current_id(self) -> int | None:
        """The criterion being edited."""
        item = self.list.currentItem()
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)

    def reload(self, select: int | None = None) -> None:
        """Fill the list from the document, keeping (or choosing) the current criterion."""
        select = self.current_id() if select is None else select
        blocker = QSignalBlocker(self.list)
        self.list.clear()
        for criterion in self._criteria():
            item = QListWidgetItem(shown(criterion.name, 80))
            item.setData(Qt.ItemDataRole.UserRole, criterion.id)
            item.setToolTip(
                self.tr("Weight %1 · scale %2")
                .replace("%1", number(criterion.weight))
                .replace("%2", scale_text(criterion.scale_min, criterion.scale_max))
            )
            self.list.addItem(item)
            if criterion.id == select:
                self.list.setCurrentItem(item)
        del blocker
        self._show_current()

    def _show_current(self, *_args: object) -> None:
        criterion = None
        criterion_id = self.current_id()
        if criterion_id is not None:
            criterion = self.context.document.state.get(Criterion, criterion_id)
        read_only = self.context.document.read_only
        self.details.setEnabled(criterion is not None and not read_only)
        self.remove_button.setEnabled(criterion is not None and not read_only)
        row = self.list.currentRow()
        self.up_button.setEnabled(row > 0 and not read_only)
        self.down_button.setEnabled(0 <= row < self.list.count() - 1 and not read_only)
        self.add_button.setEnabled(not read_only)
        self._loading = True
        try:
            self._fill_details(criterion)
        finally:
            self._loading = False

    def _fill_details(self, criterion: Criterion | None) -> None:
        if criterion is None:
            self.name_edit.clear()
            self.description_edit.clear()
            self.share_label.clear()
            return
        if self.name_edit.text() != criterion.name:
            self.name_edit.setText(criterion.name)
        if self.description_edit.toPlainText() != criterion.description:
            self.description_edit.setPlainText(criterion.description)
        if not self.weight_box.hasFocus():
            self.weight_box.setValue(criterion.weight)
        # a criterion's weight counts among the criteria of its own role
        total = sum(c.weight for c in self._criteria() if c.role == criterion.role)
        share = 0.0 if total <= 0 else 100 * criterion.weight / total
        text = (
            self.tr("%1 % of the relevance")
            if criterion.role == CriterionRole.RELEVANCE
            else self.tr("%1 % of the weighted score")
        )
        self.share_label.setText(text.replace("%1", number(share, 1)))
        self.scale_combo.clear()
        scales = list(SCALES)
        own = (criterion.scale_min, criterion.scale_max)
        if own not in scales:
            scales.append(own)
        for low, high in scales:
            self.scale_combo.addItem(scale_text(low, high), (low, high))
        self.scale_combo.setCurrentIndex(scales.index(own))
        self.role_combo.setCurrentIndex(self.role_combo.findData(criterion.role.value))

    def _on_document_changed(self, delta: Delta) -> None:
        if delta.touches(Criterion):
            self.reload()

    # -- editing ----------------------------------------------------------------------------

    def _update(self, *, typing: bool = False, **fields: object) -> None:
        criterion_id = self.current_id()
        if self._loading or criterion_id is None:
            return
        editor = self.context.editor
        run_edit(self, lambda: editor.update_criterion(criterion_id, typing=typing, **fields))

    def _on_name(self, text: str) -> None:
        if text.strip():
            self._update(typing=True, name=text)

    def _on_description(self) -> None:
        self._update(typing=True, description=self.description_edit.toPlainText())

    def _on_weight(self, value: float) -> None:
        self._update(weight=value)

    def _on_role(self, index: int) -> None:
        self._update(role=self.role_combo.itemData(index))

    def add_criterion(self) -> None:
        """Append a criterion and put the cursor on its name."""
        editor = self.context.editor
        created: list[int] = []
        if run_edit(self, lambda: created.append(editor.add_criterion(self.tr("New criterion")))):
            self.reload(select=created[0])
            self.name_edit.setFocus()
            self.name_edit.selectAll()

    def remove_criterion(self) -> None:
        """Delete the current criterion with its scores, after asking when it has any."""
        criterion_id = self.current_id()
        if criterion_id is None:
            return
        state = self.context.document.state
        criterion = state.get(Criterion, criterion_id)
        scores = sum(1 for s in state.table(Score).values() if s.criterion_id == criterion_id)
        if scores and not prompts.confirm(
            self,
            self.tr("Delete criterion"),
            rich(
                self.tr("Delete “%1” and its %n score(s)?", "", scores).replace(
                    "%1", shown(criterion.name if criterion else "", 80)
                )
            ),
            self.tr("You can undo this with Edit → Undo."),
        ):
            return
        row = self.list.currentRow()
        if run_edit(self, lambda: self.context.editor.delete_criterion(criterion_id)):
            self.list.setCurrentRow(min(row, self.list.count() - 1))

    def move_current(self, step: int) -> None:
        """Move the current criterion up (-1) or down (+1)."""
        ids = [c.id for c in self._criteria()]
        criterion_id = self.current_id()
        if criterion_id not in ids:
            return
        index = ids.index(criterion_id)
        target = index + step
        if not 0 <= target < len(ids):
            return
        ids[index], ids[target] = ids[target], ids[index]
        run_edit(self, lambda: self.context.editor.reorder_criteria(ids))
        self.reload(select=criterion_id)

    def _on_rows_moved(self, *_args: object) -> None:
        ids = [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())]
        current = self.current_id()
        if ids != [c.id for c in self._criteria()]:
            run_edit(self, lambda: self.context.editor.reorder_criteria(ids))
        self.reload(select=current)

    def _on_scale(self, index: int) -> None:
        criterion_id = self.current_id()
        state = self.context.document.state
        criterion = None if criterion_id is None else state.get(Criterion, criterion_id)
        if criterion is None:
            return
        low, high = self.scale_combo.itemData(index)
        if (low, high) == (criterion.scale_min, criterion.scale_max):
            return
        rated = sum(
            1
            for s in state.table(Score).values()
            if s.criterion_id == criterion_id and (s.as_is is not None or s.target is not None)
        )
        rated += sum(
            1 for r in state.table(WorkshopRating).values() if r.criterion_id == criterion_id
        )
        if rated:
            old, new = Scale(criterion.scale_min, criterion.scale_max), Scale(low, high)
            middle = (criterion.scale_min + criterion.scale_max) // 2
            example = rescale(middle, old, new)
            if not prompts.confirm(
                self,
                self.tr("Change scale"),
                rich(
                    self.tr("Rescale the existing values of “%1” from %2 to %3?")
                    .replace("%1", shown(criterion.name, 80))
                    .replace("%2", scale_text(criterion.scale_min, criterion.scale_max))
                    .replace("%3", scale_text(low, high))
                ),
                self.tr(
                    "%n score(s) and rating(s) are mapped linearly onto the new scale; "
                    "for example %1 becomes %2. You can undo this.",
                    "",
                    rated,
                )
                .replace("%1", str(middle))
                .replace("%2", number(example)),
            ):
                self._show_current()
                return
        run_edit(self, lambda: self.context.editor.change_scale(criterion_id, low, high))

    def closeEvent(self, event: QCloseEvent) -> None:
        """Stop listening to the document."""
        if self._listening:
            self.context.document.changed.disconnect(self._on_document_changed)
            self._listening = False
        super().closeEvent(event)

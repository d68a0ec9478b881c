"""The form that edits one measure: every field commits as the user leaves or picks it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDoubleSpinBox,
    QFormLayout,
    QLineEdit,
    QSizePolicy,
    QWidget,
)

from tpm_desktop.core import vocabulary
from tpm_desktop.core.enums import MeasureStatus
from tpm_desktop.core.model import Measure
from tpm_desktop.core.text import MAX_NAME_LENGTH
from tpm_desktop.ui.monitoring import formatting
from tpm_desktop.ui.monitoring.formatting import status_text
from tpm_desktop.ui.monitoring.widgets import CommitTextEdit, OptionalDateEdit

MAX_COST = 1e12


class MeasureForm(QWidget):
    """Title, description, owner, due date, status, cost and quick-win flag of a measure.

    It never edits anything itself: `edited` carries the measure id and the changed
    fields, and the panel passes them to the editor.
    """

    edited = Signal(int, dict, bool)  # measure id, fields, typing (merge into one step)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._measure: Measure | None = None
        self.title_edit = QLineEdit()
        self.title_edit.setMaxLength(MAX_NAME_LENGTH)
        self.description_edit = CommitTextEdit()
        self.description_edit.setPlaceholderText(self.tr("What will be done, and how"))
        self.description_edit.setMinimumHeight(64)
        self.description_edit.setMaximumHeight(120)
        self.owner_edit = QLineEdit()
        self.owner_edit.setMaxLength(MAX_NAME_LENGTH)
        self.owner_edit.setPlaceholderText(self.tr("Who is responsible"))
        self._owners = QStringListModel(self)
        completer = QCompleter(self._owners, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.owner_edit.setCompleter(completer)
        self.due_edit = OptionalDateEdit("")
        self.due_edit.setToolTip(self.tr("Untick for a measure without a due date"))
        self.status_box = QComboBox()
        for status in MeasureStatus:
            self.status_box.addItem(status_text(status), status.value)
        self.cost_box = QDoubleSpinBox()
        self.cost_box.setRange(0, MAX_COST)
        self.cost_box.setDecimals(0)
        self.cost_box.setGroupSeparatorShown(True)
        self.cost_box.setKeyboardTracking(False)
        self.cost_box.setSpecialValueText(self.tr("not set"))
        self.cost_box.setSingleStep(500)
        self.quick_win_check = QCheckBox(self.tr("Count as a quick win"))
        # as wide as its text: a click in the empty row beside it does nothing
        self.quick_win_check.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.quick_win_check.setToolTip(
            self.tr(
                "Open measures on high-priority touchpoints that cost little and are due "
                "within 90 days are quick wins by themselves; tick this to count one the "
                "rule does not catch."
            )
        )

        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("&Description:"), self.description_edit)
        form.addRow(self.tr("&Owner:"), self.owner_edit)
        form.addRow(self.tr("Due &date:"), self.due_edit)
        form.addRow(self.tr("&Status:"), self.status_box)
        form.addRow(self.tr("&Cost:"), self.cost_box)
        form.addRow("", self.quick_win_check)

        self.title_edit.editingFinished.connect(self._on_title)
        self.description_edit.editing_finished.connect(self._on_description)
        self.owner_edit.editingFinished.connect(self._on_owner)
        self.due_edit.date_changed.connect(self._on_due)
        self.status_box.activated.connect(self._on_status)
        self.cost_box.valueChanged.connect(self._on_cost)
        self.quick_win_check.clicked.connect(self._on_quick_win)
        self._loading = False

    @property
    def measure_id(self) -> int | None:
        """The measure shown, or None."""
        return self._measure.id if self._measure else None

    def load(self, measure: Measure | None, currency: str, owners: list[str]) -> None:
        """Show a measure; fields equal to the shown values are left alone (no cursor jumps)."""
        self._measure = measure
        self._owners.setStringList(owners)
        self._loading = True
        try:
            self.setEnabled(measure is not None)
            measure = measure or Measure(0, 0, "")
            if self.title_edit.text() != measure.title:
                self.title_edit.setText(measure.title)
                self.title_edit.setCursorPosition(0)
            self.description_edit.load(measure.description)
            if self.owner_edit.text() != measure.owner:
                self.owner_edit.setText(measure.owner)
            self.due_edit.set_value(measure.due_date, formatting.today())
            self.status_box.setCurrentIndex(self.status_box.findData(measure.status.value))
            cost = measure.cost or 0.0
            self.cost_box.setSuffix(f" {vocabulary.currency_sign(currency)}")
            if self.cost_box.value() != cost:
                self.cost_box.setValue(cost)
            self.quick_win_check.setChecked(measure.quick_win)
        finally:
            self._loading = False

    def focus_title(self) -> None:
        """Put the cursor in the title with the text selected (after adding a measure)."""
        self.title_edit.setFocus()
        self.title_edit.selectAll()

    def commit_pending(self) -> None:
        """Commit a description still being typed (before the shown measure changes)."""
        if self._measure is not None:
            self.description_edit.commit()

    # -- user edits -----------------------------------------------------------------------

    def _emit(self, typing: bool = False, **fields: Any) -> None:
        if self._loading or self._measure is None:
            return
        current = {name: getattr(self._measure, name) for name in fields}
        if current != fields:
            self.edited.emit(self._measure.id, fields, typing)

    def _on_title(self) -> None:
        if self._measure is None:
            return
        if not self.title_edit.text().strip():
            self.title_edit.setText(self._measure.title)  # a measure keeps a title
            return
        self._emit(title=self.title_edit.text())

    def _on_description(self, text: str) -> None:
        self._emit(description=text)

    def _on_owner(self) -> None:
        self._emit(owner=self.owner_edit.text())

    def _on_due(self, value: object) -> None:
        self._emit(typing=True, due_date=value)

    def _on_status(self, index: int) -> None:
        self._emit(status=MeasureStatus(self.status_box.itemData(index)))

    def _on_cost(self, value: float) -> None:
        self._emit(typing=True, cost=value or None)

    def _on_quick_win(self, checked: bool) -> None:
        self._emit(quick_win=checked)

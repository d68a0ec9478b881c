"""The form that defines one KPI: name, unit, target, direction and frequency."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QWidget

from tpm_desktop.core.enums import Direction, Frequency
from tpm_desktop.core.model import Kpi
from tpm_desktop.core.text import MAX_NAME_LENGTH
from tpm_desktop.ui.monitoring.formatting import (
    direction_text,
    format_number,
    frequency_text,
    parse_user_number,
)

MAX_UNIT_LENGTH = 20


class KpiForm(QWidget):
    """Edits a KPI's definition; `edited` carries the KPI id and the changed fields."""

    edited = Signal(int, dict)
    invalid_input = Signal(str)  # a message for the status bar

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._kpi: Kpi | None = None
        self._loading = False
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(MAX_NAME_LENGTH)
        self.unit_edit = QLineEdit()
        self.unit_edit.setMaxLength(MAX_UNIT_LENGTH)
        self.unit_edit.setPlaceholderText(self.tr("e.g. %, s, €"))
        self.target_edit = QLineEdit()
        self.target_edit.setPlaceholderText(self.tr("no target"))
        self.direction_box = QComboBox()
        for direction in Direction:
            self.direction_box.addItem(direction_text(direction), direction.value)
        self.frequency_box = QComboBox()
        for frequency in Frequency:
            self.frequency_box.addItem(frequency_text(frequency), frequency.value)
        self.frequency_box.setToolTip(
            self.tr("How often a value is expected; older ones make the KPI due")
        )
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("&Unit:"), self.unit_edit)
        form.addRow(self.tr("&Target:"), self.target_edit)
        form.addRow(self.tr("&Better:"), self.direction_box)
        form.addRow(self.tr("&Measured:"), self.frequency_box)
        self.name_edit.editingFinished.connect(self._on_name)
        self.unit_edit.editingFinished.connect(self._on_unit)
        self.target_edit.editingFinished.connect(self._on_target)
        self.direction_box.activated.connect(self._on_direction)
        self.frequency_box.activated.connect(self._on_frequency)

    @property
    def kpi_id(self) -> int | None:
        """The KPI shown, or None."""
        return self._kpi.id if self._kpi else None

    def load(self, kpi: Kpi | None) -> None:
        """Show a KPI (or nothing); unchanged fields keep their cursor."""
        self._kpi = kpi
        self._loading = True
        try:
            self.setEnabled(kpi is not None)
            kpi = kpi or Kpi(0, 0, "")
            for edit, text in (
                (self.name_edit, kpi.name),
                (self.unit_edit, kpi.unit),
                (self.target_edit, format_number(kpi.target, max_decimals=6)),
            ):
                if edit.text() != text:
                    edit.setText(text)
                    edit.setCursorPosition(0)
            self.direction_box.setCurrentIndex(self.direction_box.findData(kpi.direction.value))
            self.frequency_box.setCurrentIndex(self.frequency_box.findData(kpi.frequency.value))
        finally:
            self._loading = False

    def focus_name(self) -> None:
        """Cursor into the name, text selected (after adding a KPI)."""
        self.name_edit.setFocus()
        self.name_edit.selectAll()

    def _emit(self, **fields: Any) -> None:
        if self._loading or self._kpi is None:
            return
        if any(getattr(self._kpi, name) != value for name, value in fields.items()):
            self.edited.emit(self._kpi.id, fields)

    @staticmethod
    def _typed(edit: QLineEdit) -> bool:
        """True once per user change (editingFinished also fires on a mere focus change)."""
        if not edit.isModified():
            return False
        edit.setModified(False)
        return True

    def _on_name(self) -> None:
        if not self._typed(self.name_edit):
            return
        if self._kpi is not None and not self.name_edit.text().strip():
            self.name_edit.setText(self._kpi.name)
            return
        self._emit(name=self.name_edit.text())

    def _on_unit(self) -> None:
        if self._typed(self.unit_edit):
            self._emit(unit=self.unit_edit.text())

    def _on_target(self) -> None:
        if self._kpi is None or not self._typed(self.target_edit):
            return
        try:
            target = parse_user_number(self.target_edit.text())
        except ValueError:
            self.invalid_input.emit(
                self.tr("“%1” is not a number; the target is unchanged.").replace(
                    "%1", self.target_edit.text()[:40]
                )
            )
            self.target_edit.setText(format_number(self._kpi.target, max_decimals=6))
            return
        self._emit(target=target)

    def _on_direction(self, index: int) -> None:
        self._emit(direction=Direction(self.direction_box.itemData(index)))

    def _on_frequency(self, index: int) -> None:
        self._emit(frequency=Frequency(self.frequency_box.itemData(index)))

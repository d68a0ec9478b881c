"""The criteria catalogue new projects start with, edited as a small table."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tpm_desktop.core.defaults import DEFAULT_CRITERIA, CriterionTemplate
from tpm_desktop.core.text import MAX_NAME_LENGTH, clean_line

NAME, WEIGHT, LOW, HIGH, DESCRIPTION = range(5)


class CatalogueEditor(QWidget):
    """Rows of criteria: name, weight, scale from/to, description; add, remove, reorder."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("criteria_table")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Criterion"),
                self.tr("Weight"),
                self.tr("Scale from"),
                self.tr("to"),
                self.tr("Question it answers"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(NAME, 210)
        for column in (WEIGHT, LOW, HIGH):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

        self.add_button = QPushButton(self.tr("&Add"))
        self.add_button.setToolTip(self.tr("Add a criterion at the end"))
        self.add_button.clicked.connect(self.add_row)
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.setToolTip(self.tr("Remove the selected criterion"))
        self.remove_button.clicked.connect(self.remove_row)
        self.up_button = QPushButton(self.tr("Move &Up"))
        self.up_button.clicked.connect(lambda: self.move_row(-1))
        self.down_button = QPushButton(self.tr("Move &Down"))
        self.down_button.clicked.connect(lambda: self.move_row(1))
        self.reset_button = QPushButton(self.tr("&Standard Catalogue"))
        self.reset_button.setToolTip(
            self.tr("Function, Performance, Cost/benefit and Controllability, scored 1 to 5")
        )
        self.reset_button.clicked.connect(self.reset)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.reset_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    # -- content ------------------------------------------------------------------------

    def set_templates(self, templates: Sequence[CriterionTemplate]) -> None:
        """Show a catalogue."""
        self.table.setRowCount(0)
        for template in templates:
            self._append(
                template.name.get(self._language) or template.name["en"],
                template.weight,
                template.scale_min,
                template.scale_max,
                template.description.get(self._language) or template.description.get("en", ""),
            )

    def reset(self) -> None:
        """Back to the standard catalogue."""
        self.set_templates(DEFAULT_CRITERIA)

    def entries(self) -> list[dict]:
        """The rows as stored in the settings (empty names are dropped)."""
        result = []
        for row in range(self.table.rowCount()):
            name = clean_line(self.table.item(row, NAME).text())[:MAX_NAME_LENGTH]
            if not name:
                continue
            low = self._spin(row, LOW).value()
            high = self._spin(row, HIGH).value()
            result.append(
                {
                    "name": name,
                    "weight": self._spin(row, WEIGHT).value(),
                    "scale_min": min(low, high - 1),
                    "scale_max": high,
                    "description": clean_line(self.table.item(row, DESCRIPTION).text()),
                }
            )
        return result

    def is_standard(self) -> bool:
        """True when the rows are the standard catalogue in this language."""
        return self.entries() == template_entries(DEFAULT_CRITERIA, self._language)

    # -- rows ---------------------------------------------------------------------------

    def add_row(self) -> None:
        """A new criterion, ready to be named."""
        row = self._append(self.tr("New criterion"), 1.0, 1, 5, "")
        self.table.setCurrentCell(row, NAME)
        self.table.editItem(self.table.item(row, NAME))

    def remove_row(self) -> None:
        """Remove the selected criterion."""
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)

    def move_row(self, step: int) -> None:
        """Move the selected criterion up (-1) or down (+1)."""
        row = self.table.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.table.rowCount():
            return
        values = [self._values(row), self._values(target)]
        self._write(row, *values[1])
        self._write(target, *values[0])
        self.table.setCurrentCell(target, NAME)

    def _append(self, name: str, weight: float, low: int, high: int, description: str) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, NAME, QTableWidgetItem())
        self.table.setItem(row, DESCRIPTION, QTableWidgetItem())
        weight_box = QDoubleSpinBox()
        weight_box.setRange(0, 1000)
        weight_box.setDecimals(1)
        weight_box.setSingleStep(0.5)
        weight_box.setToolTip(self.tr("How much the criterion counts in the weighted score"))
        self.table.setCellWidget(row, WEIGHT, weight_box)
        for column in (LOW, HIGH):
            box = QSpinBox()
            box.setRange(-100, 100)
            self.table.setCellWidget(row, column, box)
        self._write(row, name, weight, low, high, description)
        return row

    def _spin(self, row: int, column: int) -> QSpinBox | QDoubleSpinBox:
        return self.table.cellWidget(row, column)  # type: ignore[return-value]

    def _values(self, row: int) -> tuple[str, float, int, int, str]:
        return (
            self.table.item(row, NAME).text(),
            self._spin(row, WEIGHT).value(),
            int(self._spin(row, LOW).value()),
            int(self._spin(row, HIGH).value()),
            self.table.item(row, DESCRIPTION).text(),
        )

    def _write(
        self, row: int, name: str, weight: float, low: int, high: int, description: str
    ) -> None:
        self.table.item(row, NAME).setText(name)
        self._spin(row, WEIGHT).setValue(weight)
        self._spin(row, LOW).setValue(low)
        self._spin(row, HIGH).setValue(high)
        self.table.item(row, DESCRIPTION).setText(description)


def template_entries(templates: Sequence[CriterionTemplate], language: str) -> list[dict]:
    """A catalogue as the editor's entries, in one language."""
    return [
        {
            "name": t.name.get(language) or t.name["en"],
            "weight": t.weight,
            "scale_min": t.scale_min,
            "scale_max": t.scale_max,
            "description": t.description.get(language) or t.description.get("en", ""),
        }
        for t in templates
    ]

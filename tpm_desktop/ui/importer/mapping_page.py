"""Wizard page 2: what each column of the table is imported as; detected, changeable.

Below the columns, the channels the import would create, each online or offline
(`channel_box`): pre-set where the table or the name tells, to be chosen otherwise.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWizardPage,
)

from tpm_desktop.reports.import_channels import new_channels
from tpm_desktop.reports.touchpoint_columns import ColumnTarget, Field, detect_mapping
from tpm_desktop.reports.touchpoint_import import cell_text, column_label
from tpm_desktop.ui.importer.channel_box import NewChannelsBox
from tpm_desktop.ui.importer.choice_table import choice_table
from tpm_desktop.ui.importer.labels import all_targets, target_label
from tpm_desktop.ui.importer.reading import LoadedTable

if TYPE_CHECKING:
    from tpm_desktop.ui.importer.wizard import ImportWizard

EXAMPLES = 3
# Example cells are cut before they reach a label: a cell may hold megabytes.
EXAMPLE_CHARS = 60


class ImportMappingPage(QWizardPage):
    """One row per table column: its header, example values and a choice of target."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self._built_for: object = None
        # Item data is the index into this list: Qt would turn enum members into plain str.
        self._choices: list[ColumnTarget | None] = [None]
        self.setTitle(self.tr("Match the columns"))
        self.setSubTitle(
            self.tr(
                "Each column was matched by its header. Change what a column is imported as, "
                "or choose “Do not import”."
            )
        )
        self.table = choice_table(
            "mapping_table",
            [self.tr("Column in the table"), self.tr("Examples"), self.tr("Import as")],
            stretch=1,
        )
        self.warning = QLabel()
        self.warning.setObjectName("mapping_warning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("#mapping_warning { color: #b3261e; }")
        self.detect_button = QPushButton(self.tr("&Detect Again"))
        self.detect_button.setToolTip(self.tr("Match every column by its header once more"))
        self.detect_button.clicked.connect(self.detect)
        self.channels = NewChannelsBox()
        self.channels.hide()
        self.channels.kinds_changed.connect(self._on_kinds_changed)
        bottom = QHBoxLayout()
        bottom.addWidget(self.warning, 1)
        bottom.addWidget(self.detect_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.channels)
        layout.addLayout(bottom)

    # -- building ---------------------------------------------------------------------------

    def initializePage(self) -> None:
        """Rebuild for a newly read table; keep the user's choices when coming back."""
        loaded = self._wizard.loaded
        if loaded is None or loaded is self._built_for:
            return
        previous = self._built_for
        # The same columns read again (the file was corrected): keep the user's choices.
        kept = (
            self.mapping()
            if isinstance(previous, LoadedTable) and previous.table.headers == loaded.table.headers
            else None
        )
        self._built_for = loaded
        table = loaded.table
        width = max([len(table.headers), *(len(row) for row in table.rows)])
        self.table.setRowCount(width)
        criteria = self._wizard.state.criteria
        segments = self._wizard.state.segments()
        self._choices = all_targets(criteria, segments, table.headers)
        for column in range(width):
            header = QTableWidgetItem(column_label(table.headers, column, self._wizard.language))
            header.setToolTip(header.text())
            self.table.setItem(column, 0, header)
            examples = [
                cell_text(row[column])
                for row in table.rows
                if column < len(row) and cell_text(row[column]).strip()
            ][:EXAMPLES]
            shown = " · ".join(_short(value) for value in examples)
            example_item = QTableWidgetItem(shown)
            example_item.setToolTip(shown)
            example_item.setForeground(self.palette().placeholderText())
            self.table.setItem(column, 1, example_item)
            box = QComboBox()
            box.setObjectName(f"target_box_{column}")
            for target in self._choices:
                box.addItem(target_label(target, criteria, segments))
            box.currentIndexChanged.connect(self._on_choice_changed)
            self.table.setCellWidget(column, 2, box)
        if kept is not None and len(kept) == width:
            for column, target in enumerate(kept):
                self._set_choice(column, target)
            self._publish()
        else:
            self.detect()

    def detect(self) -> None:
        """Set every column to what its header names."""
        loaded = self._wizard.loaded
        if loaded is None:
            return
        mapping = detect_mapping(loaded.table.headers, self._wizard.state.criteria)
        for column in range(self.table.rowCount()):
            target = mapping[column] if column < len(mapping) else None
            self._set_choice(column, target)
        self._publish()

    # -- choices --------------------------------------------------------------------------

    def box(self, column: int) -> QComboBox:
        """The choice of one table column."""
        return self.table.cellWidget(column, 2)  # type: ignore[return-value]

    def _set_choice(self, column: int, target: ColumnTarget | None) -> None:
        box = self.box(column)
        box.blockSignals(True)
        box.setCurrentIndex(self._choices.index(target) if target in self._choices else 0)
        box.blockSignals(False)

    def set_choice(self, column: int, target: ColumnTarget | None) -> None:
        """Choose what a column is imported as, as the user does with the combo box."""
        self.box(column).setCurrentIndex(self._choices.index(target))

    def choice(self, column: int) -> ColumnTarget | None:
        """What a column is imported as."""
        return self._choices[max(self.box(column).currentIndex(), 0)]

    def mapping(self) -> list[ColumnTarget | None]:
        """The chosen target of every column."""
        return [self.choice(column) for column in range(self.table.rowCount())]

    def _on_choice_changed(self) -> None:
        sender = self.sender()
        changed = next((c for c in range(self.table.rowCount()) if self.box(c) is sender), None)
        chosen = None if changed is None else self.choice(changed)
        if chosen is not None:
            # A target is read from one column only: the other column lets go of it.
            for column in range(self.table.rowCount()):
                if column != changed and self.choice(column) == chosen:
                    self._set_choice(column, None)
        self._publish()

    def _publish(self) -> None:
        mapping = self.mapping()
        self._wizard.mapping = mapping
        for column, target in enumerate(mapping):
            item = self.table.item(column, 0)
            font = item.font()
            font.setBold(target is not None)
            item.setFont(font)
        if Field.NAME in mapping:
            self.warning.clear()
        else:
            self.warning.setText(
                self.tr("Choose the column that holds the names of the touchpoints.")
            )
        loaded = self._wizard.loaded
        if loaded is not None:
            self.channels.set_channels(new_channels(loaded.table, self._wizard.state, mapping))
        self._on_kinds_changed()

    def _on_kinds_changed(self) -> None:
        self._wizard.channel_kinds = self.channels.kinds()
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        """Go on once some column holds the names and every new channel has a type."""
        return Field.NAME in self._wizard.mapping and not self.channels.unchosen()


def _short(text: str) -> str:
    text = " ".join(text[: EXAMPLE_CHARS * 2].split())
    return text if len(text) <= EXAMPLE_CHARS else text[: EXAMPLE_CHARS - 1] + "…"

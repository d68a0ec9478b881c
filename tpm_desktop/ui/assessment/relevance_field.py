"""The relevance of the selected touchpoints: set directly, or left to the criteria."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSpinBox, QWidget

from tpm_desktop.core import scoring
from tpm_desktop.ui.assessment.common import caption
from tpm_desktop.ui.assessment.labels import number

NOT_SET = -1  # the spin box's special value: relevance comes from criteria or the default


class RelevanceField(QWidget):
    """A 0..100 spin box with "not set", and what the relevance counts as."""

    committed = Signal(object)  # float, or None to clear

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self.tr("&Relevance:"))
        self.spin = QSpinBox()
        self.spin.setObjectName("relevance_spin")
        self.spin.setRange(NOT_SET, 100)
        self.spin.setSpecialValueText(self.tr("Not set"))
        self.spin.setToolTip(
            self.tr(
                "How much this touchpoint matters to customers and the business, 0 to 100. "
                "Not set: from the relevance criteria, else 50."
            )
        )
        self.label.setBuddy(self.spin)
        self.effective = caption("")
        self._shown: int | None = None
        self.spin.editingFinished.connect(self._on_finished)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.spin)
        layout.addWidget(self.effective, 1)

    def show_values(self, metrics: list[scoring.Metrics], own: list[float | None]) -> None:
        """Show the selection's own relevance (or mixed) and what it counts as."""
        values = {None if v is None else round(v) for v in own}
        value = next(iter(values)) if len(values) == 1 else None
        self._shown = NOT_SET if value is None else value
        self.spin.blockSignals(True)
        self.spin.setValue(self._shown)
        self.spin.blockSignals(False)
        if len(values) > 1:
            self.effective.setText(self.tr("mixed"))
            return
        if len(metrics) == 1:
            m = metrics[0]
            texts = {
                "set": "",
                "criteria": self.tr("from the relevance criteria: %1"),
                "default": self.tr("counts as %1 until set"),
            }
            self.effective.setText(texts[m.relevance_source].replace("%1", number(m.relevance, 0)))
        else:
            self.effective.clear()

    def set_read_only(self, read_only: bool) -> None:
        """Block editing in a read-only project."""
        self.spin.setReadOnly(read_only)

    def _on_finished(self) -> None:
        value = self.spin.value()
        if value == self._shown:
            return
        self._shown = value
        self.committed.emit(None if value == NOT_SET else float(value))

"""Choosing the touchpoints a touchpoint is to be combined with."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tpm_desktop.core.model import Department
from tpm_desktop.core.state import ProjectState
from tpm_desktop.ui.assessment.labels import shown


class PartnersDialog(QDialog):
    """A filterable checklist of all other touchpoints."""

    def __init__(
        self,
        state: ProjectState,
        touchpoint_id: int,
        chosen: Iterable[int],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Combine With"))
        chosen = set(chosen)
        name = state.touchpoints[touchpoint_id].name
        intro = QLabel(
            self.tr("Touchpoints that “%1” is to be combined with:").replace("%1", shown(name, 80))
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Filter by name or department"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._filter)
        self.list = QListWidget()
        self.list.setUniformItemSizes(True)
        departments = {d.id: d.name for d in state.table(Department).values()}
        others = sorted(
            (tp for tp in state.touchpoints.values() if tp.id != touchpoint_id),
            key=lambda tp: (tp.id not in chosen, tp.name.casefold(), tp.id),
        )
        for touchpoint in others:
            department = departments.get(touchpoint.department_id, "")
            item = QListWidgetItem(f"{shown(touchpoint.name, 120)} — {shown(department, 60)}")
            item.setData(Qt.ItemDataRole.UserRole, touchpoint.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = touchpoint.id in chosen
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.resize(460, 520)

    def _filter(self, text: str) -> None:
        needle = text.casefold().strip()
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setHidden(bool(needle) and needle not in item.text().casefold())

    def chosen(self) -> list[int]:
        """The checked touchpoint ids."""
        return [
            self.list.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.list.count())
            if self.list.item(row).checkState() == Qt.CheckState.Checked
        ]

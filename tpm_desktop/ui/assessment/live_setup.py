"""Run Live Workshop: choose what the round rates, how, for how long and on which network."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtNetwork import QAbstractSocket, QHostAddress, QNetworkInterface
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from tpm_desktop.core.live.results import round_spec
from tpm_desktop.core.live.round import RoundSpec
from tpm_desktop.core.model import Department
from tpm_desktop.core.text import MAX_NAME_LENGTH
from tpm_desktop.ui.assessment.common import caption
from tpm_desktop.ui.assessment.labels import shown
from tpm_desktop.ui.feature import DocumentContext

LOOPBACK = "127.0.0.1"


@dataclass(frozen=True, slots=True)
class LiveChoice:
    """What the facilitator chose: the round and the address to serve it on."""

    spec: RoundSpec
    host: str


def network_addresses() -> list[tuple[str, str]]:
    """(address, interface name) of the IPv4 addresses of running, non-loopback interfaces."""
    found: list[tuple[str, str]] = []
    for interface in QNetworkInterface.allInterfaces():
        flags = interface.flags()
        if not flags & QNetworkInterface.InterfaceFlag.IsUp or (
            flags & QNetworkInterface.InterfaceFlag.IsLoopBack
        ):
            continue
        for entry in interface.addressEntries():
            address: QHostAddress = entry.ip()
            if address.protocol() == QAbstractSocket.NetworkLayerProtocol.IPv4Protocol:
                found.append((address.toString(), interface.humanReadableName()))
    return found


class LiveSetupDialog(QDialog):
    """The choices of a live round; `choice()` builds it once the dialog is accepted."""

    def __init__(
        self, context: DocumentContext, parent: QWidget | None = None, *, printing: bool = False
    ) -> None:
        super().__init__(parent)
        self.context = context
        state = context.document.state
        self.setWindowTitle(
            self.tr("Print Rating Sheets") if printing else self.tr("Live Workshop")
        )

        # -- which touchpoints
        selected = [i for i in context.selection.ids if i in state.touchpoints]
        self.selected_ids = selected
        self.use_selection = QRadioButton(
            self.tr("The selected touchpoints (%n)", "", len(selected))
        )
        self.use_department = QRadioButton(self.tr("The touchpoints of a department:"))
        self.use_all = QRadioButton(self.tr("All touchpoints (%n)", "", len(state.touchpoints)))
        self.department_combo = QComboBox()
        for department in sorted(
            state.table(Department).values(), key=lambda d: (d.position, d.id)
        ):
            count = len(state.touchpoint_ids_in(department_id=department.id))
            self.department_combo.addItem(f"{shown(department.name, 50)} ({count})", department.id)
        self.department_combo.setEnabled(False)
        self.use_department.toggled.connect(self.department_combo.setEnabled)
        self.which = QButtonGroup(self)
        for button in (self.use_selection, self.use_department, self.use_all):
            self.which.addButton(button)
        self.use_selection.setEnabled(bool(selected))
        (self.use_selection if selected else self.use_all).setChecked(True)
        self.use_department.setEnabled(self.department_combo.count() > 0)
        which_box = QGroupBox(self.tr("Touchpoints"))
        which_layout = QVBoxLayout(which_box)
        which_layout.addWidget(self.use_selection)
        department_row = QHBoxLayout()
        department_row.addWidget(self.use_department)
        department_row.addWidget(self.department_combo, 1)
        which_layout.addLayout(department_row)
        which_layout.addWidget(self.use_all)

        # -- which scales
        scales_box = QGroupBox(self.tr("Rated on"))
        scales_layout = QVBoxLayout(scales_box)
        self.criterion_boxes: dict[int, QCheckBox] = {}
        for criterion in state.criteria:
            box = QCheckBox(
                f"{shown(criterion.name, 60)} ({criterion.scale_min}–{criterion.scale_max})"
            )
            box.setChecked(True)
            box.toggled.connect(self._update)
            self.criterion_boxes[criterion.id] = box
            scales_layout.addWidget(box)
        self.experience_box = QCheckBox(
            self.tr("Customer experience (−2 disappoints … +2 delights)")
        )
        self.experience_box.toggled.connect(self._update)
        scales_layout.addWidget(self.experience_box)

        # -- how
        self.name_edit = QLineEdit(
            self.tr("Live workshop %1").replace("%1", datetime.now().strftime("%Y-%m-%d %H:%M"))
        )
        self.name_edit.setMaxLength(MAX_NAME_LENGTH)
        self.name_edit.setToolTip(
            self.tr("The ratings are kept under this name (group and workshop)")
        )
        self.anonymous = QRadioButton(self.tr("Anonymous"))
        self.named = QRadioButton(self.tr("Named (participants enter their name)"))
        self.anonymous.setChecked(True)
        mode_row = QHBoxLayout()
        mode_row.addWidget(self.anonymous)
        mode_row.addWidget(self.named)
        mode_row.addStretch(1)
        self.minutes = QSpinBox()
        self.minutes.setRange(0, 480)
        self.minutes.setValue(0)
        self.minutes.setSpecialValueText(self.tr("No limit"))
        self.minutes.setSuffix(self.tr(" min"))
        self.host_combo = QComboBox()
        for address, interface in network_addresses():
            self.host_combo.addItem(f"{address} ({shown(interface, 30)})", address)
        self.host_combo.addItem(
            self.tr("This computer only (%1)").replace("%1", LOOPBACK), LOOPBACK
        )
        self.sheets = QSpinBox()
        self.sheets.setRange(1, 500)
        self.sheets.setValue(20)
        self.sheets.setToolTip(self.tr("One sheet per participant, each with its own number"))
        form = QFormLayout()
        form.addRow(self.tr("&Name of the round:"), self.name_edit)
        if printing:
            form.addRow(self.tr("&Sheets:"), self.sheets)
            # Paper goes back in through the workshop import, which reads criteria only.
            self.experience_box.setChecked(False)
            self.experience_box.hide()
        else:
            form.addRow(self.tr("Participants:"), mode_row)
            form.addRow(self.tr("&Time box:"), self.minutes)
            form.addRow(self.tr("&Network:"), self.host_combo)
        self.hint = caption(
            self.tr(
                "Participants open the page on their phones over this network; nothing leaves "
                "the room. The page is reachable only with the round's secret address, and only "
                "while the round is open."
            )
        )
        self.hint.setVisible(not printing)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Print…") if printing else self.tr("&Start Round"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(which_box)
        layout.addWidget(scales_box)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(buttons)
        for button in (self.use_selection, self.use_department, self.use_all):
            button.toggled.connect(self._update)
        self.department_combo.currentIndexChanged.connect(self._update)
        self._update()

    def touchpoint_ids(self) -> list[int]:
        """The touchpoints the round rates, as chosen."""
        state = self.context.document.state
        if self.use_selection.isChecked():
            return list(self.selected_ids)
        if self.use_department.isChecked():
            return sorted(
                state.touchpoint_ids_in(department_id=self.department_combo.currentData())
            )
        return list(state.touchpoints)

    def criterion_ids(self) -> list[int]:
        """The criteria checked."""
        return [cid for cid, box in self.criterion_boxes.items() if box.isChecked()]

    def _update(self) -> None:
        scales = bool(self.criterion_ids()) or self.experience_box.isChecked()
        self.ok_button.setEnabled(scales and bool(self.touchpoint_ids()))

    def choice(self) -> LiveChoice:
        """The round as chosen (call after the dialog was accepted)."""
        state = self.context.document.state
        spec = round_spec(
            state,
            self.touchpoint_ids(),
            self.criterion_ids(),
            self.experience_box.isChecked(),
            name=self.name_edit.text().strip() or self.tr("Live workshop"),
            experience_label=self.tr("Customer experience"),
            named=self.named.isChecked(),
            minutes=self.minutes.value() or None,
        )
        return LiveChoice(spec, str(self.host_combo.currentData() or LOOPBACK))

    def showEvent(self, event: QShowEvent) -> None:
        """Start with the round's name selected, ready to be typed over."""
        super().showEvent(event)
        self.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.name_edit.selectAll()

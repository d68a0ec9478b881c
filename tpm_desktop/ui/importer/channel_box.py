"""The mapping page's list of channels the import creates, each with online or offline.

A kind the table or the channel's name tells is pre-set (and says where it came
from); a channel whose kind nothing tells has no choice yet, and the wizard goes
on only once the user has chosen one, so no channel becomes online silently.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QLabel,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tpm_desktop.core.enums import ChannelKind
from tpm_desktop.reports.import_channels import KindSource, NewChannel
from tpm_desktop.ui.importer.choice_table import choice_table

# Names are cut before they reach a cell: a cell may hold megabytes.
NAME_CHARS = 80
KINDS = (ChannelKind.ONLINE, ChannelKind.OFFLINE)


class NewChannelsBox(QGroupBox):
    """One row per new channel: its name, a choice of online/offline and where it came from."""

    kinds_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("new_channels_box")
        self.setTitle(self.tr("New channels: online or offline?"))
        self._channels: list[NewChannel] = []
        # What the user chose, by channel key; kept while the mapping changes.
        self._chosen: dict[str, ChannelKind] = {}
        self.table = choice_table(
            "new_channels_table",
            [self.tr("Channel"), self.tr("Type"), self.tr("Why this type")],
            stretch=2,
        )
        self.hint = QLabel()
        self.hint.setObjectName("new_channels_hint")
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.hint)

    def set_channels(self, channels: list[NewChannel]) -> None:
        """Show the channels the import would create now (the mapping may have changed)."""
        self._channels = channels
        self.table.setRowCount(len(channels))
        for row, channel in enumerate(channels):
            name = channel.name if len(channel.name) <= NAME_CHARS else channel.name[:79] + "…"
            item = QTableWidgetItem(name)
            item.setToolTip(name)
            self.table.setItem(row, 0, item)
            box = QComboBox()
            box.setObjectName(f"channel_kind_{row}")
            box.setPlaceholderText(self.tr("Choose…"))
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            box.setMinimumContentsLength(len(box.placeholderText()) + 1)
            box.addItem(self.tr("Online"), ChannelKind.ONLINE.value)
            box.addItem(self.tr("Offline"), ChannelKind.OFFLINE.value)
            kind = self._chosen.get(channel.key)
            if kind is None and channel.source is not KindSource.DEFAULT:
                kind = channel.kind
            box.setCurrentIndex(-1 if kind is None else KINDS.index(kind))
            box.currentIndexChanged.connect(self._on_kind_changed)
            self.table.setCellWidget(row, 1, box)
            self.table.setItem(row, 2, QTableWidgetItem(self._reason(channel)))
        self.setVisible(bool(channels))
        self.table.resizeRowsToContents()
        rows = min(len(channels), 5)
        height = self.table.horizontalHeader().sizeHint().height() + 2 * self.table.frameWidth()
        height += sum(self.table.rowHeight(r) for r in range(rows))
        self.table.setFixedHeight(height + 2)
        self._update_hint()

    def _reason(self, channel: NewChannel) -> str:
        if channel.key in self._chosen:
            return self.tr("Chosen by you")
        return {
            KindSource.COLUMN: self.tr("From the table's channel type column"),
            KindSource.NAME: self.tr("Recognised by its name"),
            KindSource.CHOSEN: self.tr("Chosen by you"),
            KindSource.UNASSIGNED: self.tr("For the rows without a channel"),
            KindSource.DEFAULT: self.tr("Unknown: please choose"),
        }[channel.source]

    def box(self, row: int) -> QComboBox:
        """The online/offline choice of the channel in `row`."""
        return self.table.cellWidget(row, 1)  # type: ignore[return-value]

    def set_kind(self, row: int, kind: ChannelKind) -> None:
        """Choose a channel's kind, as the user does with the combo box."""
        self.box(row).setCurrentIndex(KINDS.index(kind))

    def _on_kind_changed(self) -> None:
        sender = self.sender()
        for row, channel in enumerate(self._channels):
            if self.box(row) is sender and sender.currentIndex() >= 0:
                self._chosen[channel.key] = KINDS[sender.currentIndex()]
                self.table.item(row, 2).setText(self._reason(channel))
        self._update_hint()
        self.kinds_changed.emit()

    def kinds(self) -> dict[str, ChannelKind]:
        """Channel key -> kind for every new channel that has one."""
        return {
            channel.key: KINDS[self.box(row).currentIndex()]
            for row, channel in enumerate(self._channels)
            if self.box(row).currentIndex() >= 0
        }

    def unchosen(self) -> list[str]:
        """The names of the new channels that have no kind yet."""
        return [
            channel.name
            for row, channel in enumerate(self._channels)
            if self.box(row).currentIndex() < 0
        ]

    def _update_hint(self) -> None:
        missing = len(self.unchosen())
        if missing:
            self.hint.setText(
                self.tr(
                    "Choose online or offline for %n channel(s) whose type is not known.",
                    "",
                    missing,
                )
            )
            self.hint.setStyleSheet("#new_channels_hint { color: #b3261e; }")
        else:
            self.hint.setText(
                self.tr(
                    "Check the types: they decide whether a channel is shown under Online or "
                    "Offline on the map."
                )
            )
            self.hint.setStyleSheet("")

"""The review of a merge: every incoming change grouped by touchpoint, conflicts first."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tpm_desktop.core.merge import Action, Item, MergeMode, MergePlan
from tpm_desktop.core.merge.describe import record_name, subject_name
from tpm_desktop.ui.merge.labels import (
    action_label,
    conflict_help,
    conflict_label,
    field_label,
    table_label,
)
from tpm_desktop.ui.merge.values import shown_value

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
_CONFLICT_BACKGROUND = QColor("#fdecea")


class MergeReviewDialog(QDialog):
    """Lets the user take or leave each incoming change; decisions go into the plan."""

    def __init__(self, plan: MergePlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("merge_review_dialog")
        self.plan = plan
        name = Path(plan.source).name if plan.source else plan.source_project
        self.setWindowTitle(self.tr("Merge Changes From “%1”").replace("%1", name))
        self.header = QLabel()
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.PlainText)
        self.tree = QTreeWidget()
        self.tree.setObjectName("merge_tree")
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels(
            [self.tr("Incoming change"), self.tr("Here (this copy)"), self.tr("There (other copy)")]
        )
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        self.tree.setColumnWidth(1, 220)
        self.tree.setColumnWidth(2, 220)
        self._rows: list[QTreeWidgetItem] = []
        self._fill()
        self.tree.itemChanged.connect(self._on_item_changed)

        self.kind_box = QComboBox()
        self.kind_box.setObjectName("merge_kind_box")
        self.kind_box.addItem(self.tr("All changes"), None)
        self.kind_box.addItem(self.tr("Conflicts"), "conflicts")
        for action in Action:
            self.kind_box.addItem(action_label(action), action.value)
        self.kind_box.setToolTip(self.tr("Which changes the two buttons beside decide"))
        self.take_button = QPushButton(self.tr("&Take All"))
        self.take_button.setObjectName("merge_take_all")
        self.take_button.setToolTip(self.tr("Take every change of the chosen kind"))
        self.take_button.clicked.connect(lambda: self._decide_kind(True))
        self.leave_button = QPushButton(self.tr("&Leave All"))
        self.leave_button.setObjectName("merge_leave_all")
        self.leave_button.setToolTip(
            self.tr("Keep this copy as it is for every change of the kind")
        )
        self.leave_button.clicked.connect(lambda: self._decide_kind(False))
        bulk = QHBoxLayout()
        bulk.addWidget(QLabel(self.tr("&Decide:")))
        bulk.itemAt(0).widget().setBuddy(self.kind_box)  # type: ignore[union-attr]
        bulk.addWidget(self.kind_box)
        bulk.addWidget(self.take_button)
        bulk.addWidget(self.leave_button)
        bulk.addStretch(1)

        self.summary = QLabel()
        self.summary.setObjectName("merge_summary")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button = self.buttons.addButton(
            self.tr("&Merge"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.merge_button.setObjectName("merge_accept")
        self.merge_button.setDefault(True)
        self.merge_button.setToolTip(
            self.tr("Take the checked changes as one step (Edit → Undo takes it back)")
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.tree, 1)
        layout.addLayout(bulk)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self._update_texts()
        self.resize(980, 620)

    # -- filling -------------------------------------------------------------------

    def _fill(self) -> None:
        groups: dict[str | None, list[Item]] = {}
        for item in self.plan.items:
            groups.setdefault(item.subject, []).append(item)
        # groups with a conflict first, then by name; project-wide changes last
        order = sorted(
            groups,
            key=lambda subject: (
                not any(i.conflict for i in groups[subject]),
                subject is None,
                self._group_title(subject, groups[subject][0]).casefold(),
            ),
        )
        bold = QFont()
        bold.setBold(True)
        for subject in order:
            members = sorted(groups[subject], key=lambda i: (i.conflict is None, i.number))
            group = QTreeWidgetItem([self._group_title(subject, members[0]), "", ""])
            group.setFont(0, bold)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.tree.addTopLevelItem(group)
            for item in members:
                self._add_row(group, item)
            group.setExpanded(True)

    def _group_title(self, subject: str | None, item: Item) -> str:
        if subject is None:
            return self.tr("Project, lanes and criteria")
        name = subject_name(self.plan, item) or self.tr("(unnamed)")
        return self.tr("Touchpoint “%1”").replace("%1", name)

    def _add_row(self, group: QTreeWidgetItem, item: Item) -> None:
        what = action_label(item.action)
        if item.table != "touchpoint" or item.subject is None:
            what = f"{what}: {table_label(item.table)} “{record_name(self.plan, item.slot)}”"
        if item.children:
            what = f"{what} " + self.tr(
                "(with %n records that belong to it)", "", len(item.children)
            )
        here, there = "", ""
        if item.action is Action.CHANGE and len(item.fields) == 1:
            change = item.fields[0]
            what = f"{what} · {field_label(change.name)}"
            here = self._value(item.table, change.name, change.ours)
            there = self._value(item.table, change.name, change.theirs)
        elif item.action is Action.ADD:
            here, there = self.tr("(not here)"), self.tr("(new)")
        elif item.action is Action.DELETE:
            here, there = self.tr("(kept here)"), self.tr("(deleted)")
        elif item.action is Action.RESTORE:
            here, there = self.tr("(deleted)"), self.tr("(changed)")
        row = QTreeWidgetItem(group, [what, here, there])
        row.setData(0, ITEM_ROLE, item.number)
        row.setFlags(
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsUserCheckable
            | Qt.ItemFlag.ItemIsSelectable
        )
        row.setCheckState(0, Qt.CheckState.Checked if item.accepted else Qt.CheckState.Unchecked)
        tip = action_label(item.action)
        if item.conflict is not None:
            tip = f"{conflict_label(item.conflict)}\n{conflict_help(item.conflict)}"
            font = row.font(0)
            font.setBold(True)
            for column in range(3):
                row.setBackground(column, QBrush(_CONFLICT_BACKGROUND))
            row.setFont(0, font)
            if item.action is Action.CHANGE:
                what = ", ".join(field_label(change.name) for change in item.fields)
                if item.table != "touchpoint":
                    what = (
                        f"{table_label(item.table)} “{record_name(self.plan, item.slot)}” · {what}"
                    )
            row.setText(0, f"{what} — {conflict_label(item.conflict)}")
        for column in range(3):
            row.setToolTip(column, tip)
        if item.action is Action.CHANGE and len(item.fields) > 1:
            for change in item.fields:
                QTreeWidgetItem(
                    row,
                    [
                        field_label(change.name),
                        self._value(item.table, change.name, change.ours),
                        self._value(item.table, change.name, change.theirs),
                    ],
                ).setFlags(Qt.ItemFlag.ItemIsEnabled)
            row.setExpanded(True)
        self._rows.append(row)

    def _value(self, table: str, field: str, value: object) -> str:
        return shown_value(self.plan, table, field, value)

    # -- decisions -------------------------------------------------------------------

    def _item_of(self, row: QTreeWidgetItem) -> Item | None:
        number = row.data(0, ITEM_ROLE)
        return next((i for i in self.plan.items if i.number == number), None)

    def _on_item_changed(self, row: QTreeWidgetItem, column: int) -> None:
        item = self._item_of(row)
        if item is not None and column == 0:
            item.accepted = row.checkState(0) == Qt.CheckState.Checked
            self._update_texts()

    def _decide_kind(self, accepted: bool) -> None:
        kind = self.kind_box.currentData()
        for row in self._rows:
            item = self._item_of(row)
            if item is None:
                continue
            if kind == "conflicts" and item.conflict is None:
                continue
            if kind not in (None, "conflicts") and item.action.value != kind:
                continue
            row.setCheckState(0, Qt.CheckState.Checked if accepted else Qt.CheckState.Unchecked)

    def row_for(self, number: int) -> QTreeWidgetItem:
        """The tree row of item `number` (for tests and keyboard navigation)."""
        return next(row for row in self._rows if row.data(0, ITEM_ROLE) == number)

    def _update_texts(self) -> None:
        items = self.plan.items
        conflicts = len(self.plan.conflicts)
        taken = sum(1 for i in items if i.accepted)
        source = self.plan.source or self.plan.source_project
        text = self.tr("%n incoming changes from “%1”, ", "", len(items)).replace("%1", source)
        text += self.tr("%n of them conflicts.", "", conflicts)
        text += " " + self.tr(
            "Changes only the other copy made are checked. For each conflict, check it to "
            "take their side, or leave it unchecked to keep yours."
        )
        if self.plan.mode is MergeMode.TWO_WAY:
            text += "\n" + self.tr(
                "These copies share no history (copied before this version, or made "
                "separately): every difference is shown as a conflict."
            )
        self.header.setText(text)
        self.summary.setText(
            self.tr("%n of %1 changes will be taken.", "", taken).replace("%1", str(len(items)))
        )

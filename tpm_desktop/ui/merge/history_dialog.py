"""File → Project History and Edit → Touchpoint History: the change journal, readable."""

from __future__ import annotations

from pathlib import PurePath

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tpm_desktop.core.history import History, HistoryLine, HistoryStep, LineAction
from tpm_desktop.ui.merge.labels import field_label, table_label
from tpm_desktop.ui.merge.values import shown_value


class HistoryDialog(QDialog):
    """Every step of the journal, newest first, with its changes field by field."""

    def __init__(
        self,
        history: History,
        title: str,
        parent: QWidget | None = None,
        *,
        subject: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.history = history
        # in one touchpoint's history its own name on every line is noise
        self.subject = subject
        steps = history.steps
        layout = QVBoxLayout(self)
        self.header = QLabel(self.tr("%n steps, newest first.", "", len(steps)))
        self.header.setWordWrap(True)
        layout.addWidget(self.header)
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("history_filter")
        self.filter_edit.setPlaceholderText(self.tr("Filter by name, field, person or value"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._apply_filter)
        layout.addWidget(self.filter_edit)
        self.tree = QTreeWidget()
        self.tree.setObjectName("history_tree")
        self.tree.setColumnCount(4)
        self.tree.setHeaderLabels(
            [self.tr("When and what"), self.tr("Who"), self.tr("Before"), self.tr("After")]
        )
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        # The first column carries the names; the last must not take the spare width.
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 130), (2, 190), (3, 190)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        layout.addWidget(self.tree, 1)
        if not steps:
            self.header.setText(self.tr("No changes are recorded yet."))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._fill()
        self.resize(1000, 600)

    def _fill(self) -> None:
        locale = QLocale()
        for step in self.history.steps:
            when = locale.toString(step.at, QLocale.FormatType.ShortFormat)
            row = QTreeWidgetItem(self.tree, [f"{when}  {self._step_title(step)}", step.author])
            font = row.font(0)
            font.setBold(True)
            row.setFont(0, font)
            row.setToolTip(0, row.text(0) + (f"\n{step.source}" if step.source else ""))
            for line in step.lines:
                texts = self._line_texts(line)
                child = QTreeWidgetItem(row, texts)
                for column, text in enumerate(texts):
                    child.setToolTip(column, text)
            row.setExpanded(len(step.lines) <= 12)

    def _step_title(self, step: HistoryStep) -> str:
        if step.kind == "create":
            return self.tr("Project created")
        if step.kind == "upgrade":
            return self.tr("File upgraded to this version")
        if step.kind == "merge":
            source = PurePath(step.source).name if step.source else step.label
            return self.tr("Merged the changes of “%1”").replace("%1", source)
        if step.kind == "undo":
            return self.tr("Undo: %1").replace("%1", step.label)
        if step.kind == "redo":
            return self.tr("Redo: %1").replace("%1", step.label)
        return step.label or self.tr("Change")

    def _line_texts(self, line: HistoryLine) -> list[str]:
        if line.table == "touchpoint" and line.name and line.name == self.subject:
            what = ""
        elif line.name:
            what = (
                self.tr("%1 “%2”").replace("%1", table_label(line.table)).replace("%2", line.name)
            )
        else:
            what = table_label(line.table)
        if line.action is LineAction.ADDED:
            return [self.tr("Added: %1").replace("%1", what), line.author, "", ""]
        if line.action is LineAction.DELETED:
            return [self.tr("Deleted: %1").replace("%1", what), line.author, "", ""]
        names = self.history.names
        # the field first: when the column elides, what changed stays readable
        return [
            f"{field_label(line.field)} · {what}" if what else field_label(line.field),
            line.author,
            shown_value(names, line.table, line.field, line.old),
            shown_value(names, line.table, line.field, line.new),
        ]

    def _apply_filter(self, text: str) -> None:
        needle = text.casefold().strip()
        for index in range(self.tree.topLevelItemCount()):
            step = self.tree.topLevelItem(index)
            step_hit = not needle or any(
                needle in step.text(c).casefold() for c in range(self.tree.columnCount())
            )
            any_child = False
            for child_index in range(step.childCount()):
                child = step.child(child_index)
                hit = step_hit or any(
                    needle in child.text(c).casefold() for c in range(self.tree.columnCount())
                )
                child.setHidden(not hit)
                any_child = any_child or hit
            step.setHidden(not (step_hit or any_child))
            if needle and any_child:
                step.setExpanded(True)

    def visible_steps(self) -> list[QTreeWidgetItem]:
        """The step rows the filter leaves (for tests)."""
        items = (self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount()))
        return [item for item in items if not item.isHidden()]

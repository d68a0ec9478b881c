"""The measures of the selected touchpoint: a list to pick from and a form to edit."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tpm_desktop.core import quick_wins
from tpm_desktop.core.changes import Delta
from tpm_desktop.core.errors import EditError
from tpm_desktop.core.measure_plan import owners
from tpm_desktop.core.model import Criterion, Measure, Project, Score, Setting, Touchpoint
from tpm_desktop.core.monitoring import is_overdue
from tpm_desktop.core.quick_wins import QuickWinReason
from tpm_desktop.ui.actions import theme_icon
from tpm_desktop.ui.monitoring import formatting
from tpm_desktop.ui.monitoring.formatting import (
    OVERDUE_BACKGROUND,
    OVERDUE_TEXT,
    format_date,
    plain_tip,
    short,
    status_text,
)
from tpm_desktop.ui.monitoring.measure_form import MeasureForm
from tpm_desktop.ui.monitoring.panel import ContextPanel, Notify
from tpm_desktop.ui.monitoring.widgets import ElidedLabel

ID_ROLE = Qt.ItemDataRole.UserRole


class MeasuresPanel(ContextPanel):
    """Add, edit and delete the measures of the current touchpoint."""

    follows_selection = True

    def __init__(self, language: str, notify: Notify, parent: QWidget | None = None) -> None:
        super().__init__(language, notify, parent)
        self._touchpoint_id: int | None = None
        self._wins: dict[int, QuickWinReason] = {}
        self._items: dict[int, QTreeWidgetItem] = {}

        self.placeholder = QLabel(self.tr("Select a touchpoint on the map to plan its measures."))
        self.placeholder.setWordWrap(True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setMargin(16)

        self.header = ElidedLabel()
        bold = QFont(self.header.font())
        bold.setBold(True)
        self.header.setFont(bold)
        self.add_button = QPushButton(theme_icon("list-add"), self.tr("&Add measure"))
        self.add_button.setToolTip(self.tr("Add a measure to the selected touchpoint"))
        self.add_button.clicked.connect(self.add_measure)
        self.delete_button = QPushButton(theme_icon("edit-delete"), self.tr("Delete"))
        self.delete_button.setToolTip(self.tr("Delete the selected measures (Del)"))
        self.delete_button.clicked.connect(self.delete_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)

        self.tree = QTreeWidget()
        self.tree.setObjectName("measures_list")
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QTreeWidget.SelectionMode.ExtendedSelection)
        self.tree.setHeaderLabels([self.tr("Measure"), self.tr("Due"), self.tr("Status")])
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.currentItemChanged.connect(self._on_current_changed)
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        delete = QShortcut(QKeySequence.StandardKey.Delete, self.tree)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.delete_selected)

        self.form = MeasureForm()
        self.form.edited.connect(self._on_form_edited)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.tree)
        splitter.addWidget(self.form)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 0)
        splitter.setChildrenCollapsible(False)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.header)
        layout.addLayout(buttons)
        layout.addWidget(splitter, 1)

        self.stack = QStackedWidget()
        self.stack.addWidget(self.placeholder)
        self.stack.addWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)
        self._read_only = False
        self.clear()

    # -- showing ------------------------------------------------------------------------

    def concerns(self, delta: Delta) -> bool:
        """Measures, the touchpoint's name, the currency and quick-win rules matter here."""
        if delta.touches(Measure, Project, Score, Criterion, Setting):
            return True
        return self._touchpoint_id is not None and self._touchpoint_id in delta.keys(Touchpoint)

    def clear(self) -> None:
        """No document: the placeholder."""
        self._touchpoint_id = None
        self._wins: dict[int, QuickWinReason] = {}
        self._items.clear()
        self.tree.clear()
        self.form.load(None, "", [])
        self.stack.setCurrentWidget(self.placeholder)

    def refresh(self) -> None:
        """Show the current touchpoint's measures, keeping the measure being edited."""
        assert self.context is not None
        state = self.context.document.state
        touchpoint = state.touchpoints.get(self.current_touchpoint or -1)
        if touchpoint is None:
            self.form.commit_pending()
            self.clear()
            return
        if touchpoint.id != self._touchpoint_id:
            self.form.commit_pending()
            self._touchpoint_id = touchpoint.id
            self._items.clear()
            self.tree.clear()
        self.stack.setCurrentIndex(1)
        measures = state.measures_of(touchpoint.id)
        count = len(measures)
        self.header.set_full_text(
            self.tr("%n measure(s) for “%1”", "", count).replace("%1", short(touchpoint.name))
        )
        self._sync_items(measures)
        if self.tree.currentItem() is None and measures:
            self.tree.setCurrentItem(self._items[measures[0].id])
        self._load_form()
        self._update_buttons()

    def _sync_items(self, measures: list[Measure]) -> None:
        """Update the list in place, so selection and focus survive an edit."""
        wanted = [m.id for m in measures]
        for measure_id in [i for i in self._items if i not in set(wanted)]:
            item = self._items.pop(measure_id)
            self.tree.takeTopLevelItem(self.tree.indexOfTopLevelItem(item))
        now = formatting.today()
        assert self.context is not None
        self._wins = quick_wins.quick_wins(self.context.document.state, now)
        for index, measure in enumerate(measures):
            item = self._items.get(measure.id)
            if item is None:
                item = QTreeWidgetItem()
                item.setData(0, ID_ROLE, measure.id)
                self._items[measure.id] = item
                self.tree.insertTopLevelItem(index, item)
            elif self.tree.indexOfTopLevelItem(item) != index:
                selected = item.isSelected()
                current = self.tree.currentItem() is item
                self.tree.takeTopLevelItem(self.tree.indexOfTopLevelItem(item))
                self.tree.insertTopLevelItem(index, item)
                item.setSelected(selected)
                if current:
                    self.tree.setCurrentItem(item)
            self._fill_item(item, measure, is_overdue(measure, now))

    def _fill_item(self, item: QTreeWidgetItem, measure: Measure, overdue: bool) -> None:
        title = short(measure.title)
        win = self._wins.get(measure.id)
        item.setText(0, ("★ " if win else "") + title)
        why = {
            QuickWinReason.RULE: self.tr("Quick win: high priority, low cost, due soon"),
            QuickWinReason.MARKED: self.tr("Quick win: marked by the team"),
        }
        item.setToolTip(0, plain_tip(title + ("\n" + why[win] if win else "")))
        item.setText(1, format_date(measure.due_date))
        item.setText(2, status_text(measure.status))
        for column in range(3):
            item.setForeground(column, QBrush(OVERDUE_TEXT) if overdue else QBrush())
            item.setBackground(column, QBrush(OVERDUE_BACKGROUND) if overdue else QBrush())
        item.setToolTip(1, self.tr("Overdue") if overdue else "")

    def _load_form(self) -> None:
        assert self.context is not None
        state = self.context.document.state
        item = self.tree.currentItem()
        measure = state.get(Measure, item.data(0, ID_ROLE)) if item else None
        self.form.load(measure, state.project.currency, owners(state.table(Measure).values()))
        self.form.setEnabled(measure is not None and not self._read_only)

    def _on_current_changed(self, current: QTreeWidgetItem | None, _previous: object) -> None:
        if self.context is None:
            return
        if current is not None and current.data(0, ID_ROLE) != self.form.measure_id:
            self.form.commit_pending()
        self._load_form()

    def _update_buttons(self) -> None:
        has_touchpoint = self._touchpoint_id is not None and not self._read_only
        self.add_button.setEnabled(has_touchpoint)
        self.delete_button.setEnabled(has_touchpoint and bool(self.tree.selectedItems()))

    def set_read_only(self, read_only: bool) -> None:
        """A read-only document shows its measures but offers no edits."""
        self._read_only = read_only
        self._update_buttons()

    def select_measure(self, measure_id: int) -> None:
        """Show a measure (its touchpoint must be the current one)."""
        if self.context is not None:
            self.invalidate()
        item = self._items.get(measure_id)
        if item is not None:
            self.tree.clearSelection()
            self.tree.setCurrentItem(item)

    def selected_ids(self) -> list[int]:
        """The ids of the selected measures, in list order."""
        return [
            item.data(0, ID_ROLE)
            for item in sorted(self.tree.selectedItems(), key=self.tree.indexOfTopLevelItem)
        ]

    # -- editing ---------------------------------------------------------------------------

    def add_measure(self) -> None:
        """Add a measure to the current touchpoint and put the cursor in its title."""
        if self.context is None or self._touchpoint_id is None:
            return
        self.form.commit_pending()
        try:
            measure_id = self.context.editor.add_measure(
                self._touchpoint_id, self.tr("New measure"), due_date=None
            )
        except EditError as error:
            self.show_error(self.tr("Add measure"), error)
            return
        self.invalidate()
        self.select_measure(measure_id)
        self.form.focus_title()

    def delete_selected(self) -> None:
        """Delete the selected measures in one undoable step."""
        ids = self.selected_ids()
        if self.context is None or not ids:
            return
        try:
            self.context.editor.delete_measures(ids)
        except EditError as error:
            self.show_error(self.tr("Delete measures"), error)

    def _on_form_edited(self, measure_id: int, fields: dict[str, Any], typing: bool) -> None:
        if self.context is None:
            return
        try:
            self.context.editor.update_measure(measure_id, typing=typing, **fields)
        except EditError as error:
            self.show_error(self.tr("Edit measure"), error)
            self._load_form()

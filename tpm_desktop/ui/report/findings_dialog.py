"""File → Edit Findings…: reword, reorder and switch off the report's findings.

The dialog lists the computed findings of one report (the executive report or a
department's) in one language. Whatever the user changes is stored on OK as the
project setting `report.findings` through the editor: one undoable command,
written to the file at once. An edited finding keeps its text when the data
changes; the list marks it when its computed text has changed since.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tpm_desktop.core.enums import Dimension
from tpm_desktop.core.errors import EditError
from tpm_desktop.core.findings import MAX_DEPARTMENT_FINDINGS, MAX_FINDINGS
from tpm_desktop.core.findings.edits import (
    FINDINGS_SETTING,
    MAX_TEXT,
    FindingEdits,
    TextEdit,
    arrange,
    read_edits,
    scope_key,
    stored_value,
    with_entry,
)
from tpm_desktop.core.text import clean_line, clean_text
from tpm_desktop.document.editor import Editor
from tpm_desktop.reports.findings_text import finding_rows
from tpm_desktop.ui import prompts

KEY_ROLE = Qt.ItemDataRole.UserRole
EDITED_MARK = "✎ "
STALE_MARK = "⚠ "


@dataclass
class _Row:
    """One listed finding while the dialog is open."""

    computed: tuple[str, str, str]
    texts: tuple[str, str, str] | None  # the user's text in this language, None: computed
    based_on: tuple[str, str, str]  # the computed text an earlier edit was made from

    @property
    def stale(self) -> bool:
        return self.texts is not None and self.based_on != self.computed


class FindingsDialog(QDialog):
    """The computed findings of a report with the user's wording, order and switches."""

    def __init__(
        self,
        parent: QWidget | None,
        editor: Editor,
        language: str,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("findings_dialog")
        self.setWindowTitle(self.tr("Edit Findings"))
        self.editor = editor
        self.today = today or date.today()
        self.state = editor.state
        self._pending: dict[str, FindingEdits] = {}
        self._rows: dict[str, _Row] = {}
        self._other_language: dict[str, TextEdit] = {}
        self._scope: int | None = None
        self._language = language if language in ("de", "en") else "en"
        self._showing: str | None = None
        self._build()
        self._load()

    # -- layout ----------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.scope_combo = QComboBox()
        self.scope_combo.addItem(self.tr("Executive report"), None)
        for department in self.state.lanes(Dimension.DEPARTMENT):
            self.scope_combo.addItem(
                self.tr("Department report: %1").replace("%1", department.name), department.id
            )
        self.language_combo = QComboBox()
        self.language_combo.addItem("Deutsch", "de")
        self.language_combo.addItem("English", "en")
        self.language_combo.setCurrentIndex(self.language_combo.findData(self._language))
        scope_label = QLabel(self.tr("&Report:"))
        scope_label.setBuddy(self.scope_combo)
        language_label = QLabel(self.tr("&Language:"))
        language_label.setBuddy(self.language_combo)
        top.addWidget(scope_label)
        top.addWidget(self.scope_combo, 1)
        top.addWidget(language_label)
        top.addWidget(self.language_combo)
        layout.addLayout(top)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Ticked findings are printed in this order; drag or use the buttons to "
                    "reorder. Edited texts (✎) stay when the data changes; ⚠ marks one whose "
                    "computed text has changed since."
                ),
                wordWrap=True,
            )
        )
        body = QGridLayout()
        self.list = QListWidget()
        self.list.setObjectName("findings_list")
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.setMinimumWidth(320)
        self.list.setWordWrap(True)  # a headline is a sentence: show all of it
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setSpacing(2)
        self.list.currentItemChanged.connect(self._current_changed)
        body.addWidget(self.list, 0, 0)
        buttons = QHBoxLayout()
        self.up_button = QPushButton(self.tr("Move &Up"))
        self.down_button = QPushButton(self.tr("Move &Down"))
        self.reset_button = QPushButton(self.tr("&Reset to Computed"))
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        self.reset_button.clicked.connect(self.reset_current)
        for button in (self.up_button, self.down_button, self.reset_button):
            buttons.addWidget(button)
        body.addLayout(buttons, 1, 0)
        form = QFormLayout()
        self.headline_edit = QLineEdit()
        self.headline_edit.setMaxLength(MAX_TEXT)
        self.detail_edit = QPlainTextEdit()
        self.recommendation_edit = QPlainTextEdit()
        for edit in (self.detail_edit, self.recommendation_edit):
            edit.setTabChangesFocus(True)
            edit.setMinimumHeight(70)
        form.addRow(self.tr("&Headline:"), self.headline_edit)
        form.addRow(self.tr("Deta&il:"), self.detail_edit)
        form.addRow(self.tr("Recommen&dation:"), self.recommendation_edit)
        self.stale_label = QLabel(wordWrap=True)
        self.stale_label.setObjectName("stale_label")
        self.stale_label.setTextFormat(Qt.TextFormat.PlainText)
        form.addRow(self.stale_label)
        self.headline_edit.textEdited.connect(self._text_changed)
        self.detail_edit.textChanged.connect(self._text_changed)
        self.recommendation_edit.textChanged.connect(self._text_changed)
        editor = QWidget()
        editor.setLayout(form)
        editor.setMinimumWidth(380)
        body.addWidget(editor, 0, 1, 2, 1)
        body.setColumnStretch(1, 1)
        layout.addLayout(body, 1)
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout.addWidget(box)
        self.scope_combo.currentIndexChanged.connect(self._switch)
        self.language_combo.currentIndexChanged.connect(self._switch)
        self.resize(900, 560)

    # -- loading and collecting --------------------------------------------------------

    def _limit(self) -> int:
        return MAX_FINDINGS if self._scope is None else MAX_DEPARTMENT_FINDINGS

    def _edits_of(self, scope: int | None) -> FindingEdits:
        key = scope_key(self.state, scope)
        return self._pending[key] if key in self._pending else read_edits(self.state, scope)

    def _load(self) -> None:
        edits = self._edits_of(self._scope)
        rows = finding_rows(self.state, self._language, self._scope, self.today, edits)
        self._other_language = {k: e for k, e in edits.texts.items() if e.lang != self._language}
        self._rows = {}
        self._showing = None
        self.list.clear()
        for row in rows:
            self._rows[row.key] = _Row(
                row.computed,
                row.edit.texts if row.edit else None,
                row.edit.computed if row.edit else row.computed,
            )
            item = QListWidgetItem()
            item.setData(KEY_ROLE, row.key)
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
                | Qt.ItemFlag.ItemIsDragEnabled
            )
            item.setCheckState(Qt.CheckState.Checked if row.shown else Qt.CheckState.Unchecked)
            self.list.addItem(item)
            self._label(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        else:
            self._show(None)

    def collected(self) -> FindingEdits:
        """The edits of the report on screen, as they would be stored."""
        self._store_fields()
        keys = [self.list.item(i).data(KEY_ROLE) for i in range(self.list.count())]
        off = {
            self.list.item(i).data(KEY_ROLE)
            for i in range(self.list.count())
            if self.list.item(i).checkState() != Qt.CheckState.Checked
        }
        texts = dict(self._other_language)
        for key, row in self._rows.items():
            if row.texts is not None:
                texts[key] = TextEdit(self._language, *row.texts, row.based_on)
        default = arrange(keys_by_importance := list(self._rows), FindingEdits(), self._limit())
        default_off = {k for k, shown in default if not shown}
        if keys == keys_by_importance and off == default_off:
            return FindingEdits(texts=texts)  # nothing but texts differs from the default
        return FindingEdits(order=keys, off=off, texts=texts)

    def _switch(self) -> None:
        self._pending[scope_key(self.state, self._scope)] = self.collected()
        self._scope = self.scope_combo.currentData()
        self._language = self.language_combo.currentData()
        self._load()

    def accept(self) -> None:
        self._pending[scope_key(self.state, self._scope)] = self.collected()
        value = stored_value(self.state)
        for key, edits in self._pending.items():
            value = with_entry(value, key, edits)
        try:
            self.editor.set_setting(FINDINGS_SETTING, value or None, self.tr("Edit findings"))
        except EditError as error:
            prompts.show_error(self, self.tr("Edit Findings"), error.message(self._language))
            return
        super().accept()

    # -- the finding on the right -------------------------------------------------------

    def _label(self, item: QListWidgetItem) -> None:
        row = self._rows[item.data(KEY_ROLE)]
        headline = (row.texts or row.computed)[0]
        mark = STALE_MARK if row.stale else EDITED_MARK if row.texts is not None else ""
        item.setText(mark + headline)
        item.setToolTip(
            self.tr("The computed text has changed since this finding was edited.")
            if row.stale
            else ""
        )

    def _current_changed(self, current: QListWidgetItem | None, previous: object) -> None:
        self._store_fields()
        self._show(None if current is None else current.data(KEY_ROLE))

    def _show(self, key: str | None) -> None:
        self._showing = None  # filling the fields is not an edit
        row = self._rows.get(key) if key else None
        texts = ("", "", "") if row is None else (row.texts or row.computed)
        self.headline_edit.setText(texts[0])
        self.detail_edit.setPlainText(texts[1])
        self.recommendation_edit.setPlainText(texts[2])
        for widget in (self.headline_edit, self.detail_edit, self.recommendation_edit):
            widget.setEnabled(row is not None)
        self.reset_button.setEnabled(row is not None and row.texts is not None)
        self._show_stale(row)
        self._showing = key

    def _show_stale(self, row: _Row | None) -> None:
        if row is None or not row.stale:
            self.stale_label.setText("")
            self.stale_label.setVisible(False)
            return
        headline, detail, recommendation = row.computed
        now = " ".join(part for part in (f"{headline}.", detail, recommendation) if part)
        self.stale_label.setText(
            self.tr("The computed text has changed since it was edited. Computed now: %1").replace(
                "%1", now
            )
        )
        self.stale_label.setVisible(True)

    def _fields(self) -> tuple[str, str, str]:
        return (
            clean_line(self.headline_edit.text())[:MAX_TEXT],
            clean_text(self.detail_edit.toPlainText()).strip()[:MAX_TEXT],
            clean_text(self.recommendation_edit.toPlainText()).strip()[:MAX_TEXT],
        )

    def _store_fields(self) -> None:
        key = self._showing
        if key is None or key not in self._rows:
            return
        row = self._rows[key]
        texts = self._fields()
        shown = row.texts or row.computed
        if texts == shown:
            return
        row.texts = None if texts == row.computed else texts
        row.based_on = row.computed  # an edit is made with the computed text in view

    def _text_changed(self) -> None:
        if self._showing is None:
            return
        self._store_fields()
        item = self.list.currentItem()
        if item is not None:
            self._label(item)
            row = self._rows[self._showing]
            self.reset_button.setEnabled(row.texts is not None)

    # -- buttons ------------------------------------------------------------------------

    def move_current(self, step: int) -> None:
        """Move the selected finding up (-1) or down (+1)."""
        index = self.list.currentRow()
        target = index + step
        if index < 0 or not 0 <= target < self.list.count():
            return
        self._store_fields()
        self._showing = None
        item = self.list.takeItem(index)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)

    def reset_current(self) -> None:
        """Go back to the computed text of the selected finding."""
        item = self.list.currentItem()
        if item is None:
            return
        key = item.data(KEY_ROLE)
        self._rows[key].texts = None
        self._rows[key].based_on = self._rows[key].computed
        self._show(key)
        self._label(item)

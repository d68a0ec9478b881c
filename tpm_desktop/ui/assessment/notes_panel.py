"""The notes panel: short id, as-is and target situation, experience, decision, planning.

Typing in a text field merges into one undo step per field and pause. With
several touchpoints selected, the short fields apply to all of them ("mixed"
where they differ); the long texts are edited one touchpoint at a time.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSignalBlocker, QSize, Qt, Signal
from PySide6.QtGui import QFont, QTextCursor
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from tpm_desktop.core.changes import Delta
from tpm_desktop.core.edits.touchpoints import MAX_CODE_LENGTH, checked_code, code_owner
from tpm_desktop.core.enums import EXPERIENCE_MAX, EXPERIENCE_MIN, Decision, MediaType
from tpm_desktop.core.errors import EditError
from tpm_desktop.core.model import Combination, Project, Touchpoint
from tpm_desktop.core.text import MAX_NAME_LENGTH
from tpm_desktop.ui.assessment.common import ElidedLabel, caption, run_edit, ui_language
from tpm_desktop.ui.assessment.labels import (
    decision_label,
    experience_icon,
    experience_label,
    media_label,
    money,
    number,
    parse_amount,
    shown,
)
from tpm_desktop.ui.assessment.partners_dialog import PartnersDialog
from tpm_desktop.ui.feature import DocumentContext

MIXED = object()  # the selected touchpoints differ in a field


class NotesPanel(QWidget):
    """Edits the descriptive and deciding fields of the selected touchpoints."""

    status_message = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context: DocumentContext | None = None
        self._loading = False

        self.title = ElidedLabel()
        font = QFont(self.title.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title.setFont(font)

        self.experience_buttons = QButtonGroup(self)
        self.experience_buttons.setExclusive(False)  # a second click clears ("not rated")
        experience_row = QHBoxLayout()
        experience_row.setSpacing(2)
        for value in range(EXPERIENCE_MIN, EXPERIENCE_MAX + 1):
            button = QToolButton()
            button.setCheckable(True)
            button.setIcon(experience_icon(value, 22))
            button.setIconSize(QSize(22, 22))
            button.setAutoRaise(True)
            button.setToolTip(
                f"{value:+d} · {experience_label(value)}" if value else f"0 · {experience_label(0)}"
            )
            self.experience_buttons.addButton(button, value - EXPERIENCE_MIN)
            experience_row.addWidget(button)
        self.experience_text = QLabel()
        experience_row.addSpacing(6)
        experience_row.addWidget(self.experience_text, 1)
        self.experience_buttons.idClicked.connect(self._on_experience_clicked)

        self.decision_combo = QComboBox()
        for decision in Decision:
            self.decision_combo.addItem(decision_label(decision), decision.value)
        self.decision_combo.setPlaceholderText(self.tr("mixed"))
        self.decision_combo.activated.connect(self._on_decision)

        self.partners_label = QLabel()
        self.partners_label.setWordWrap(True)
        self.partners_label.setTextFormat(Qt.TextFormat.PlainText)  # names are not markup
        self.partners_button = QPushButton(self.tr("Choose…"))
        self.partners_button.setToolTip(self.tr("Name the touchpoints to combine this one with"))
        self.partners_button.clicked.connect(self._choose_partners)
        partners_row = QHBoxLayout()
        partners_row.addWidget(self.partners_label, 1)
        partners_row.addWidget(self.partners_button, 0, Qt.AlignmentFlag.AlignTop)
        self.partners_widget = QWidget()
        self.partners_widget.setLayout(partners_row)
        partners_row.setContentsMargins(0, 0, 0, 0)

        self.media_combo = QComboBox()
        self.media_combo.addItem(media_label(None), None)
        for media in MediaType:
            self.media_combo.addItem(media_label(media), media.value)
        self.media_combo.setPlaceholderText(self.tr("mixed"))
        self.media_combo.activated.connect(self._on_media)

        self.responsible_edit = QLineEdit()
        self.responsible_edit.setMaxLength(MAX_NAME_LENGTH)
        self.responsible_edit.textEdited.connect(self._on_responsible)

        self.budget_edit = QLineEdit()
        self.budget_edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.budget_edit.setPlaceholderText(self.tr("not planned"))
        self.budget_edit.editingFinished.connect(self._on_budget)
        self.currency_label = QLabel()
        self.currency_label.setTextFormat(Qt.TextFormat.PlainText)  # the user's currency
        self.budget_error = caption("")
        self.budget_error.setStyleSheet("color: #c0392b;")
        self.budget_error.hide()
        budget_row = QHBoxLayout()
        budget_row.addWidget(self.budget_edit, 1)
        budget_row.addWidget(self.currency_label)

        # The short id people write on rating sheets and read in reports; unique, one word.
        self.code_edit = QLineEdit()
        self.code_edit.setObjectName("code_edit")
        self.code_edit.setMaxLength(MAX_CODE_LENGTH)
        self.code_edit.setMaximumWidth(self.fontMetrics().horizontalAdvance("M" * 10))
        self.code_edit.setToolTip(
            self.tr(
                "The touchpoint's short id, unique in the project: shown on the card, in the "
                "ranking and in reports, and read by the workshop import"
            )
        )
        self.code_edit.editingFinished.connect(self._on_code)
        self.code_error = caption("")
        self.code_error.setObjectName("code_error")
        self.code_error.setStyleSheet("color: #c0392b;")
        self.code_error.hide()

        self.super_check = QCheckBox(self.tr("Super-touchpoint"))
        self.super_check.setToolTip(
            self.tr("One of the few touchpoints with the greatest influence on customers")
        )
        self.super_check.clicked.connect(self._on_super)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.addRow(self.tr("Short id:"), self.code_edit)
        form.addRow("", self.code_error)
        form.addRow(self.tr("Experience:"), experience_row)
        form.addRow(self.tr("Decision:"), self.decision_combo)
        self.partners_caption = QLabel(self.tr("Combine with:"))
        form.addRow(self.partners_caption, self.partners_widget)
        form.addRow(self.tr("Media:"), self.media_combo)
        form.addRow(self.tr("Responsible:"), self.responsible_edit)
        form.addRow(self.tr("Budget:"), budget_row)
        form.addRow("", self.budget_error)
        form.addRow("", self.super_check)
        self.form = form

        self.as_is_edit = self._text_edit()
        self.target_edit = self._text_edit()
        self.as_is_edit.textChanged.connect(self._on_as_is)
        self.target_edit.textChanged.connect(self._on_target)

        editor = QWidget()
        layout = QVBoxLayout(editor)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(6)
        layout.addWidget(self.title)
        layout.addLayout(form)
        layout.addWidget(self._heading(self.tr("As-is situation (from the customer's view)")))
        layout.addWidget(self.as_is_edit, 1)
        layout.addWidget(self._heading(self.tr("Target situation")))
        layout.addWidget(self.target_edit, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(editor)

        self.empty_hint = QLabel(self.tr("Select a touchpoint to see and edit its notes."))
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.setMargin(16)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty_hint)
        self.stack.addWidget(scroll)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)

    @staticmethod
    def _heading(text: str) -> QLabel:
        label = QLabel(text)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        return label

    @staticmethod
    def _text_edit() -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setTabChangesFocus(True)
        edit.setMinimumHeight(90)
        return edit

    # -- document life cycle ---------------------------------------------------------

    def attach(self, context: DocumentContext) -> None:
        """Follow a document and its selection."""
        self.context = context
        context.document.changed.connect(self._on_document_changed)
        context.selection.selection_changed.connect(self._on_selection_changed)
        self.refresh()

    def detach(self) -> None:
        """Stop following the document."""
        if self.context is not None:
            self.context.document.changed.disconnect(self._on_document_changed)
            self.context.selection.selection_changed.disconnect(self._on_selection_changed)
        self.context = None
        self.stack.setCurrentIndex(0)

    def _on_selection_changed(self, _ids: list) -> None:
        self.budget_error.hide()
        self.code_error.hide()
        self.refresh()

    def _on_document_changed(self, delta: Delta) -> None:
        ids = set(self.context.selection.ids) if self.context else set()
        combos = {key[0] for key in delta.keys(Combination)}  # type: ignore[index]
        if delta.keys(Touchpoint) & ids or combos & ids or delta.touches(Project):
            self.refresh()

    # -- showing ---------------------------------------------------------------------

    def _ids(self) -> list[int]:
        return self.context.selection.ids if self.context else []

    def _common(self, name: str) -> Any:
        state = self.context.document.state if self.context else None
        values = {getattr(state.touchpoints[tid], name) for tid in self._ids()} if state else set()
        return next(iter(values)) if len(values) == 1 else MIXED

    def refresh(self) -> None:
        """Show the selection's fields."""
        ids = self._ids()
        if self.context is None or not ids:
            self.stack.setCurrentIndex(0)
            return
        self.stack.setCurrentIndex(1)
        self._loading = True
        try:
            self._show(ids)
        finally:
            self._loading = False

    def _show(self, ids: list[int]) -> None:
        assert self.context is not None
        state = self.context.document.state
        single = len(ids) == 1
        read_only = self.context.document.read_only
        if single:
            self.title.set_text(state.touchpoints[ids[0]].name)
        else:
            self.title.set_text(self.tr("%n touchpoint(s) selected", "", len(ids)))

        if not self.code_edit.hasFocus() or self.code_error.isHidden():
            self._set_line(self.code_edit, state.touchpoints[ids[0]].code if single else "")
        self.code_edit.setPlaceholderText("" if single else "–")
        self.code_edit.setReadOnly(read_only or not single)

        experience = self._common("experience")
        for button in self.experience_buttons.buttons():
            value = self.experience_buttons.id(button) + EXPERIENCE_MIN
            button.setChecked(experience is not MIXED and experience == value)
            button.setEnabled(not read_only)
        self.experience_text.setText(
            self.tr("mixed") if experience is MIXED else experience_label(experience)
        )

        decision = self._common("decision")
        self.decision_combo.setCurrentIndex(
            -1 if decision is MIXED else self.decision_combo.findData(decision.value)
        )
        media = self._common("media_type")
        self.media_combo.setCurrentIndex(
            -1
            if media is MIXED
            else self.media_combo.findData(None if media is None else media.value)
        )
        responsible = self._common("responsible")
        self._set_line(self.responsible_edit, "" if responsible is MIXED else responsible)
        self.responsible_edit.setPlaceholderText(self.tr("mixed") if responsible is MIXED else "")
        budget = self._common("budget")
        if not self.budget_edit.hasFocus() or self.budget_error.isHidden():
            self._set_line(self.budget_edit, "" if budget in (None, MIXED) else number(budget, 2))
        self.budget_edit.setPlaceholderText(
            self.tr("mixed") if budget is MIXED else self.tr("not planned")
        )
        self.currency_label.setText(money(0, state.project.currency).split(" ", 1)[-1])
        is_super = self._common("is_super")
        self.super_check.setTristate(is_super is MIXED)
        self.super_check.setCheckState(
            Qt.CheckState.PartiallyChecked
            if is_super is MIXED
            else (Qt.CheckState.Checked if is_super else Qt.CheckState.Unchecked)
        )

        combine = decision is Decision.COMBINE
        partners = state.children(Combination, ids[0]) if single else []
        self.partners_caption.setVisible(single and (combine or bool(partners)))
        self.partners_widget.setVisible(single and (combine or bool(partners)))
        names = sorted(
            (
                state.touchpoints[c.partner_id].name
                for c in partners
                if c.partner_id in state.touchpoints
            ),
            key=str.casefold,
        )
        self.partners_label.setText(
            ", ".join(shown(n, 60) for n in names[:8]) + (" …" if len(names) > 8 else "")
            if names
            else self.tr("none yet")
        )

        for edit, name in ((self.as_is_edit, "as_is"), (self.target_edit, "target")):
            edit.setReadOnly(read_only or not single)
            edit.setPlaceholderText(
                self.tr("Select a single touchpoint to edit this text.")
                if not single
                else (
                    self.tr("What does the customer experience here today?")
                    if name == "as_is"
                    else self.tr("What should the customer experience here?")
                )
            )
            text = getattr(state.touchpoints[ids[0]], name) if single else ""
            self._set_text(edit, text)
        for widget in (
            self.decision_combo,
            self.media_combo,
            self.responsible_edit,
            self.budget_edit,
            self.super_check,
            self.partners_button,
        ):
            widget.setEnabled(not read_only)

    @staticmethod
    def _set_line(edit: QLineEdit, text: str) -> None:
        if edit.text() != text:
            edit.setText(text)

    @staticmethod
    def _set_text(edit: QPlainTextEdit, text: str) -> None:
        if edit.toPlainText() == text:
            return
        position = edit.textCursor().position()
        blocker = QSignalBlocker(edit)
        edit.setPlainText(text)
        del blocker
        cursor = edit.textCursor()
        cursor.setPosition(min(position, len(text)))
        edit.setTextCursor(cursor)
        edit.moveCursor(QTextCursor.MoveOperation.NoMove)

    # -- editing ----------------------------------------------------------------------

    def _edit(self, *, typing: bool = False, **fields: Any) -> None:
        context = self.context
        ids = self._ids()
        if context is None or not ids or self._loading:
            return
        if not run_edit(
            self, lambda: context.editor.set_touchpoint_fields(ids, typing=typing, **fields)
        ):
            self.refresh()

    def _on_experience_clicked(self, button_id: int) -> None:
        button = self.experience_buttons.button(button_id)
        value = button_id + EXPERIENCE_MIN if button.isChecked() else None
        self._edit(experience=value)

    def _on_decision(self, index: int) -> None:
        self._edit(decision=self.decision_combo.itemData(index))

    def _on_media(self, index: int) -> None:
        self._edit(media_type=self.media_combo.itemData(index))

    def _on_responsible(self, text: str) -> None:
        self._edit(typing=True, responsible=text)

    def _on_budget(self) -> None:
        if self._loading or self.context is None or not self.budget_edit.isModified():
            return
        self.budget_edit.setModified(False)
        text = self.budget_edit.text()
        try:
            value = parse_amount(text)
        except ValueError:
            value = -1.0
        if value is None and not text.strip() and self._common("budget") is MIXED:
            return  # left a "mixed" field empty: nothing to change
        if value is not None and value < 0:
            self.budget_error.setText(
                self.tr("“%1” is not an amount; enter a number such as 12500.").replace(
                    "%1", shown(text, 40)
                )
            )
            self.budget_error.show()
            return
        self.budget_error.hide()
        self._edit(budget=value)

    def _on_code(self) -> None:
        """Check the short id in place (unique, one word) before it goes to the editor."""
        ids = self._ids()
        if self._loading or self.context is None or len(ids) != 1:
            return
        if not self.code_edit.isModified():
            return
        self.code_edit.setModified(False)
        state = self.context.document.state
        try:
            code = checked_code(self.code_edit.text())
            owner = code_owner(state, code, ids)
            if owner is not None:
                raise EditError("code_taken", short_id=code, name=shown(owner.name, 40))
        except EditError as error:
            self.code_error.setText(error.message(ui_language()))
            self.code_error.show()
            return
        self.code_error.hide()
        if code != state.touchpoints[ids[0]].code:
            self._edit(code=code)
        else:
            self._set_line(self.code_edit, code)  # "T5 " shown as stored

    def _on_super(self, _checked: bool) -> None:
        self._edit(is_super=self.super_check.checkState() == Qt.CheckState.Checked)

    def _on_as_is(self) -> None:
        if len(self._ids()) == 1:
            self._edit(typing=True, as_is=self.as_is_edit.toPlainText())

    def _on_target(self) -> None:
        if len(self._ids()) == 1:
            self._edit(typing=True, target=self.target_edit.toPlainText())

    def _choose_partners(self) -> None:
        context = self.context
        ids = self._ids()
        if context is None or len(ids) != 1:
            return
        state = context.document.state
        current = [c.partner_id for c in state.children(Combination, ids[0])]
        dialog = PartnersDialog(state, ids[0], current, self)
        if dialog.exec():
            chosen = dialog.chosen()
            run_edit(self, lambda: context.editor.set_combinations(ids[0], chosen))

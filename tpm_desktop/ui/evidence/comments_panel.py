"""The Comments panel: threaded remarks on a touchpoint, with reply and resolve.

The author is the user's name from Settings (the file's journal author); a thread
is resolved as a whole, on its first comment.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QGridLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tpm_desktop.core.changes import Delta
from tpm_desktop.core.edits.evidence import thread_root
from tpm_desktop.core.model import Comment, Touchpoint
from tpm_desktop.ui.assessment.common import run_edit
from tpm_desktop.ui.feature import DocumentContext

COMMENT_ROLE = Qt.ItemDataRole.UserRole
MAX_SHOWN_CHARS = 2_000


class CommentsPanel(QWidget):
    """The selected touchpoint's comment threads."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context: DocumentContext | None = None
        self.touchpoint_id: int | None = None
        layout = QVBoxLayout(self)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.tree = QTreeWidget()
        self.tree.setObjectName("comment_tree")
        self.tree.setHeaderLabels([self.tr("Comment"), self.tr("Who"), self.tr("When")])
        self.tree.setWordWrap(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        # The text takes the spare width; who and when stay as wide as they need.
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        layout.addWidget(self.tree, 1)
        self.text = QPlainTextEdit()
        self.text.setObjectName("comment_text")
        self.text.setPlaceholderText(self.tr("Write a comment or a reply"))
        self.text.setMaximumHeight(70)
        self.text.textChanged.connect(self._update_buttons)
        layout.addWidget(self.text)
        row = QGridLayout()  # two rows: the inspector stays narrow
        self.comment_button = QPushButton(self.tr("Comment"))
        self.comment_button.setToolTip(self.tr("Start a new thread with the text"))
        self.comment_button.clicked.connect(self.add_comment)
        self.reply_button = QPushButton(self.tr("Reply"))
        self.reply_button.setToolTip(self.tr("Answer the chosen comment with the text"))
        self.reply_button.clicked.connect(self.reply)
        self.resolve_button = QPushButton(self.tr("Resolve"))
        self.resolve_button.clicked.connect(self.toggle_resolved)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setToolTip(self.tr("Delete the chosen comment and its replies"))
        self.delete_button.clicked.connect(self.delete_current)
        for index, button in enumerate(
            (self.comment_button, self.reply_button, self.resolve_button, self.delete_button)
        ):
            row.addWidget(button, *divmod(index, 2))
        row.setColumnStretch(2, 1)
        layout.addLayout(row)
        self._refresh()

    def attach(self, context: DocumentContext) -> None:
        """Follow a document and its selection."""
        self.context = context
        context.document.changed.connect(self._on_changed)
        context.selection.selection_changed.connect(self._on_selection)
        self._on_selection(context.selection.ids)

    def detach(self) -> None:
        """Forget the document."""
        if self.context is not None:
            self.context.document.changed.disconnect(self._on_changed)
            self.context.selection.selection_changed.disconnect(self._on_selection)
        self.context, self.touchpoint_id = None, None
        self._refresh()

    def _on_selection(self, ids: list) -> None:
        self.touchpoint_id = ids[0] if len(ids) == 1 else None
        self._refresh()

    def _on_changed(self, delta: Delta) -> None:
        if delta.touches(Comment, Touchpoint):
            if self.context and self.touchpoint_id not in self.context.document.state.touchpoints:
                self.touchpoint_id = None
            self._refresh()

    def _refresh(self) -> None:
        current = self.current_id()
        self.tree.clear()
        if self.context is None or self.touchpoint_id is None:
            self.hint.setText(self.tr("Select one touchpoint to see its comments."))
            self._update_buttons()
            return
        state = self.context.document.state
        comments = state.comments_of(self.touchpoint_id)
        open_count = sum(1 for c in comments if c.parent_id is None and not c.resolved)
        self.hint.setText(self.tr("%n open thread(s)", "", open_count))
        items: dict[int, QTreeWidgetItem] = {}
        resolved_brush = QBrush(QColor("#8a8a8a"))
        for comment in comments:  # oldest first: a parent comes before its replies
            text = comment.text[:MAX_SHOWN_CHARS]
            item = QTreeWidgetItem([text, comment.author, comment.at.strftime("%Y-%m-%d %H:%M")])
            item.setData(0, COMMENT_ROLE, comment.id)
            item.setToolTip(0, text)
            root = thread_root(state, comment.id)
            if root.resolved:
                for column in range(3):
                    item.setForeground(column, resolved_brush)
                if comment.parent_id is None:
                    item.setText(0, self.tr("[resolved]") + " " + text)
            parent = items.get(comment.parent_id) if comment.parent_id is not None else None
            if parent is None:
                self.tree.addTopLevelItem(item)
            else:
                parent.addChild(item)
            items[comment.id] = item
            if comment.id == current:
                self.tree.setCurrentItem(item)
        self.tree.expandAll()
        self._update_buttons()

    def current_id(self) -> int | None:
        """The id of the chosen comment."""
        item = self.tree.currentItem()
        return None if item is None else item.data(0, COMMENT_ROLE)

    def _update_buttons(self) -> None:
        writable = self.context is not None and not self.context.document.read_only
        shown = writable and self.touchpoint_id is not None
        has_text = bool(self.text.toPlainText().strip())
        chosen = self.current_id() is not None
        self.comment_button.setEnabled(shown and has_text)
        self.reply_button.setEnabled(shown and has_text and chosen)
        self.resolve_button.setEnabled(shown and chosen)
        self.delete_button.setEnabled(shown and chosen)
        resolved = False
        if chosen and self.context is not None:
            comment_id = self.current_id()
            if self.context.document.state.get(Comment, comment_id) is not None:
                resolved = thread_root(self.context.document.state, comment_id).resolved
        self.resolve_button.setText(self.tr("Reopen") if resolved else self.tr("Resolve"))

    def add_comment(self) -> None:
        """Start a thread with the typed text."""
        self._post(None)

    def reply(self) -> None:
        """Answer the chosen comment with the typed text."""
        if self.current_id() is not None:
            self._post(self.current_id())

    def _post(self, parent_id: int | None) -> None:
        if self.context is None or self.touchpoint_id is None:
            return
        text, touchpoint_id = self.text.toPlainText(), self.touchpoint_id
        if run_edit(self, lambda: self.context.editor.add_comment(touchpoint_id, text, parent_id)):
            self.text.clear()

    def toggle_resolved(self) -> None:
        """Resolve the chosen comment's thread, or reopen it."""
        comment_id = self.current_id()
        if self.context is None or comment_id is None:
            return
        resolved = thread_root(self.context.document.state, comment_id).resolved
        run_edit(self, lambda: self.context.editor.set_comment_resolved(comment_id, not resolved))

    def delete_current(self) -> None:
        """Delete the chosen comment with its replies (undoable)."""
        comment_id = self.current_id()
        if self.context is not None and comment_id is not None:
            run_edit(self, lambda: self.context.editor.delete_comment(comment_id))

"""The map's edit commands: delete, cut, copy, paste, duplicate, select all, rename, new card.

Each command is one undo step through the editor. Their shortcuts work while the
map has the focus, so Delete in a side panel's text field never deletes cards.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QMimeData, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication

from tpm_desktop.core.axes import Cell
from tpm_desktop.core.edits import clipboard
from tpm_desktop.core.edits.clipboard import Draft
from tpm_desktop.core.enums import Dimension
from tpm_desktop.core.library import BLANK
from tpm_desktop.core.model import Kpi, Measure
from tpm_desktop.core.state import LANE_FIELDS
from tpm_desktop.core.text import MAX_NAME_LENGTH, clean_line
from tpm_desktop.ui import prompts
from tpm_desktop.ui.actions import make_action
from tpm_desktop.ui.canvas.common import language_of, run_edit

if TYPE_CHECKING:
    from tpm_desktop.ui.canvas.view import MapView

MAX_PASTED_LINES = 1000


class MapActions(QObject):
    """QActions for the Edit menu and the card context menu, bound to one map view."""

    def __init__(self, view: MapView) -> None:
        super().__init__(view)
        self.view = view
        self.context_cell: Cell | None = None  # where "Paste" goes from a cell's menu
        self.new_card = self._action(
            self.tr("Ne&w Touchpoint"),
            self.new_touchpoint,
            "Ctrl+Shift+N",
            self.tr("Add a blank card next to the selected one and name it"),
            "list-add",
        )
        self.rename = self._action(
            self.tr("Re&name Touchpoint"),
            self.rename_current,
            "F2",
            self.tr("Rename the selected card in place"),
        )
        self.cut = self._action(
            self.tr("Cu&t"),
            self.cut_selected,
            QKeySequence.StandardKey.Cut,
            self.tr("Move the selected touchpoints to the clipboard"),
            "edit-cut",
        )
        self.copy = self._action(
            self.tr("&Copy"),
            self.copy_selected,
            QKeySequence.StandardKey.Copy,
            self.tr("Copy the selected touchpoints"),
            "edit-copy",
        )
        self.paste = self._action(
            self.tr("&Paste"),
            self.paste_here,
            QKeySequence.StandardKey.Paste,
            self.tr("Paste touchpoints (or one name per line) after the selected card"),
            "edit-paste",
        )
        self.duplicate = self._action(
            self.tr("Dup&licate"),
            self.duplicate_selected,
            "Ctrl+D",
            self.tr("Copy the selected touchpoints, with their scores, next to them"),
            "edit-copy",
        )
        self.delete = self._action(
            self.tr("&Delete"),
            self.delete_selected,
            # The Delete key itself: the standard binding adds Ctrl+D on macOS, which the
            # shortcut sheet then lists for Duplicate and Delete alike.
            QKeySequence(Qt.Key.Key_Delete),
            self.tr("Delete the selected touchpoints"),
            "edit-delete",
        )
        self.select_all = self._action(
            self.tr("Select &All"),
            self.select_all_shown,
            QKeySequence.StandardKey.SelectAll,
            self.tr("Select every card shown on the map"),
            "edit-select-all",
        )
        self.all = [
            self.new_card,
            self.rename,
            self.cut,
            self.copy,
            self.paste,
            self.duplicate,
            self.delete,
            self.select_all,
        ]

    def _action(self, text: str, slot, shortcut, tip: str, icon: str | None = None) -> QAction:  # noqa: ANN001
        action = make_action(self.view, text, slot, shortcut, tip, icon)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        return action

    # -- state -------------------------------------------------------------------------------

    def update_enabled(self) -> None:
        """Enable what makes sense for the document and the selection."""
        view = self.view
        editor = view.editor
        writable = editor is not None and not editor.document.read_only
        selected = bool(view.selection and view.selection.ids)
        for action in (self.rename, self.cut, self.delete, self.duplicate):
            action.setEnabled(writable and selected)
        self.copy.setEnabled(selected)
        self.paste.setEnabled(writable)
        self.new_card.setEnabled(writable)
        self.select_all.setEnabled(editor is not None)

    def _ids(self) -> list[int]:
        selection = self.view.selection
        return list(selection.ids) if selection is not None else []

    def _status(self, text: str) -> None:
        window = self.view.window()
        if hasattr(window, "show_status"):
            window.show_status(text)

    # -- commands ----------------------------------------------------------------------------

    def rename_current(self) -> None:
        """Rename the current card inline."""
        selection = self.view.selection
        if selection is not None and selection.current is not None:
            self.view.renamer.start(selection.current)

    def select_all_shown(self) -> None:
        """Select every shown card."""
        scene = self.view.map_scene
        if scene is not None:
            self.view.select(scene.arrangement.shown_ids())

    def delete_selected(self) -> bool:
        """Delete the selected touchpoints; asks first when measures or KPIs would go too."""
        view, editor, ids = self.view, self.view.editor, self._ids()
        if editor is None or not ids:
            return False
        state = editor.state
        attached = [i for i in ids if state.children(Measure, i) or state.children(Kpi, i)]
        if attached:
            title = self.tr("Delete touchpoints")
            text = self.tr("Delete %n touchpoint(s)?", "", len(ids))
            detail = self.tr(
                "%n of them have measures or KPIs, which will be deleted as well. "
                "You can undo this.",
                "",
                len(attached),
            )
            if not prompts.confirm(view, title, text, detail):
                return False
        return bool(run_edit(view, lambda: editor.delete_touchpoints(ids) or True))

    def copy_selected(self) -> bool:
        """Put the selected touchpoints on the clipboard (and their names as text)."""
        editor, ids = self.view.editor, self._ids()
        if editor is None or not ids:
            return False
        mime = QMimeData()
        mime.setData(
            clipboard.MIME_TYPE,
            QByteArray(clipboard.copy_payload(editor.state, ids).encode("utf-8")),
        )
        mime.setText(clipboard.plain_text(editor.state, ids))
        QApplication.clipboard().setMimeData(mime)
        self._status(self.tr("%n touchpoint(s) copied", "", len(ids)))
        return True

    def cut_selected(self) -> None:
        """Copy, then delete (the delete is the undo step)."""
        if self.copy_selected() and not self.delete_selected():
            self._status(self.tr("The touchpoints were copied but not deleted"))

    def duplicate_selected(self) -> None:
        """Copies next to the originals, selected afterwards."""
        view, editor, ids = self.view, self.view.editor, self._ids()
        if editor is None or not ids:
            return
        new_ids = run_edit(view, lambda: editor.duplicate_touchpoints(ids))
        if new_ids:
            view.select(new_ids)

    def _paste_target(self) -> tuple[Cell | None, int | None]:
        scene, selection = self.view.map_scene, self.view.selection
        if scene is None:
            return None, None
        current = selection.current if selection is not None else None
        if current is not None and scene.arrangement.is_shown(current):
            cell = scene.arrangement.cell_of(current)
            if cell is not None:
                return cell, scene.arrangement.all_cards(cell).index(current) + 1
        return self.context_cell, None

    def paste_here(self) -> None:
        """Paste after the current card (or into the cell of the context menu)."""
        view, editor, scene = self.view, self.view.editor, self.view.map_scene
        if editor is None or scene is None:
            return
        drafts = _clipboard_drafts()
        cell, index = self._paste_target()
        self.context_cell = None
        if not drafts:
            self._status(self.tr("The clipboard holds no touchpoints"))
            return
        state, axes = editor.state, scene.axes
        hidden = LANE_FIELDS[axes.hidden]
        fallback = {hidden: _default_hidden_lane(state, axes.hidden, view)}

        def paste() -> list[int]:
            changes, new_ids = clipboard.paste_touchpoints(
                state, drafts, axes, cell, index, fallback
            )
            editor.apply_changes(self.tr("Paste %n touchpoint(s)", "", len(new_ids)), changes)
            return new_ids

        new_ids = run_edit(view, paste)
        if new_ids:
            view.select(new_ids)
            view.reveal(new_ids[0])

    def new_touchpoint(self, cell: Cell | None = None) -> int | None:
        """A blank card after the current one (or in `cell`), then rename it in place."""
        view, editor, scene = self.view, self.view.editor, self.view.map_scene
        if editor is None or scene is None:
            return None
        target, index = (cell, None) if cell is not None else self._paste_target()
        state, axes = editor.state, scene.axes
        if target is None:
            arrangement = scene.arrangement
            target = (arrangement.rows[0].id, arrangement.columns[0].id)
        lanes = axes.placement(*target)
        hidden = axes.hidden
        lanes[LANE_FIELDS[hidden]] = _default_hidden_lane(state, hidden, view)
        name = BLANK.name(language_of(view))
        new_id = run_edit(
            view, lambda: editor.add_touchpoint(name, **lanes, axes=axes, index=index)
        )
        if new_id is not None:
            view.select([new_id])
            view.renamer.start(new_id)
        return new_id


def _default_hidden_lane(state, dimension: Dimension, view: MapView) -> int:  # noqa: ANN001
    """The lane of the hidden dimension for a new card: the current card's, else the first."""
    selection = view.selection
    current = selection.current if selection is not None else None
    touchpoint = state.touchpoints.get(current) if current is not None else None
    if touchpoint is not None:
        return getattr(touchpoint, LANE_FIELDS[dimension])
    return state.lanes(dimension)[0].id


def _clipboard_drafts() -> list[Draft]:
    """Touchpoints from the clipboard: our own format, or one name per line of text."""
    mime = QApplication.clipboard().mimeData()
    if mime is None:
        return []
    if mime.hasFormat(clipboard.MIME_TYPE):
        raw = bytes(mime.data(clipboard.MIME_TYPE).data())
        try:
            return clipboard.parse_payload(raw.decode("utf-8", errors="replace"))
        except ValueError:
            return []
    if mime.hasText():
        lines = [clean_line(line) for line in mime.text().splitlines()[:MAX_PASTED_LINES]]
        return [Draft(line[:MAX_NAME_LENGTH]) for line in lines if line]
    return []

"""Lane editing from the map: add, rename, recolour, switch online/offline, delete."""

from __future__ import annotations

from PySide6.QtCore import QObject, QPoint
from PySide6.QtWidgets import QMenu, QWidget

from tpm_desktop.core.enums import ChannelKind, Dimension
from tpm_desktop.core.state import LANE_FIELDS, LANE_TYPES
from tpm_desktop.document.editor import Editor
from tpm_desktop.ui import prompts
from tpm_desktop.ui.canvas.common import run_edit
from tpm_desktop.ui.canvas.header_items import LaneHeaderItem


class LaneCommands(QObject):
    """The lane actions of the map; each is one undo step through the editor."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.widget = parent
        self.editor: Editor | None = None

    def _texts(self, dimension: Dimension) -> dict[str, str]:
        if dimension is Dimension.DEPARTMENT:
            return {
                "add": self.tr("Add department"),
                "name": self.tr("Name of the new department:"),
                "rename": self.tr("Rename department"),
                "new_name": self.tr("New name of the department:"),
                "colour": self.tr("Colour of the department"),
                "delete": self.tr("Delete department"),
            }
        if dimension is Dimension.CHANNEL:
            return {
                "add": self.tr("Add channel"),
                "name": self.tr("Name of the new channel:"),
                "rename": self.tr("Rename channel"),
                "new_name": self.tr("New name of the channel:"),
                "colour": self.tr("Colour of the channel"),
                "delete": self.tr("Delete channel"),
            }
        return {
            "add": self.tr("Add phase"),
            "name": self.tr("Name of the new phase:"),
            "rename": self.tr("Rename phase"),
            "new_name": self.tr("New name of the phase:"),
            "colour": "",
            "delete": self.tr("Delete phase"),
        }

    def _name(self, dimension: Dimension, lane_id: int) -> str:
        assert self.editor is not None
        lane = self.editor.state.get(LANE_TYPES[dimension], lane_id)
        return "" if lane is None else lane.name

    def add(self, dimension: Dimension, kind: ChannelKind | None = None) -> int | None:
        """Ask for a name and add the lane at the end."""
        editor = self.editor
        if editor is None:
            return None
        texts = self._texts(dimension)
        name = prompts.ask_text(self.widget, texts["add"], texts["name"])
        if name is None or not name.strip():
            return None
        fields = {"kind": kind} if dimension is Dimension.CHANNEL and kind is not None else {}
        return run_edit(self.widget, lambda: editor.add_lane(dimension, name, **fields))

    def rename(self, dimension: Dimension, lane_id: int) -> None:
        """Ask for a new name."""
        editor = self.editor
        if editor is None:
            return
        texts = self._texts(dimension)
        old = self._name(dimension, lane_id)
        name = prompts.ask_text(self.widget, texts["rename"], texts["new_name"], old[:300])
        if name is None or not name.strip() or name.strip() == old:
            return
        run_edit(self.widget, lambda: editor.update_lane(dimension, lane_id, name=name))

    def recolour(self, dimension: Dimension, lane_id: int) -> None:
        """Ask for a new colour (departments and channels)."""
        editor = self.editor
        if editor is None or dimension is Dimension.PHASE:
            return
        lane = editor.state.get(LANE_TYPES[dimension], lane_id)
        if lane is None:
            return
        colour = prompts.ask_colour(self.widget, self._texts(dimension)["colour"], lane.color)  # type: ignore[union-attr]
        if colour is None:
            return
        run_edit(self.widget, lambda: editor.update_lane(dimension, lane_id, color=colour))

    def set_kind(self, lane_id: int, kind: ChannelKind) -> None:
        """Move a channel between the Online and Offline groups."""
        editor = self.editor
        if editor is not None:
            run_edit(self.widget, lambda: editor.update_lane(Dimension.CHANNEL, lane_id, kind=kind))

    def delete(self, dimension: Dimension, lane_id: int) -> None:
        """Delete a lane; when it holds touchpoints, ask where they go."""
        editor = self.editor
        if editor is None:
            return
        state = editor.state
        name = self._name(dimension, lane_id)[:120]
        field = LANE_FIELDS[dimension]
        count = len(state.touchpoint_ids_in(**{field: lane_id}))
        texts = self._texts(dimension)
        others = [lane for lane in state.lanes(dimension) if lane.id != lane_id]
        if count == 0:
            question = self.tr("Delete “%1”? It holds no touchpoints.").replace("%1", name)
            if not prompts.confirm(self.widget, texts["delete"], question):
                return
            run_edit(self.widget, lambda: editor.delete_lane(dimension, lane_id, None))
            return
        text = self.tr("“%1” holds %n touchpoint(s). What should happen to them?", "", count)
        answer = prompts.ask_move_or_delete(
            self.widget,
            texts["delete"],
            text.replace("%1", name),
            self.tr("Move them to:"),
            self.tr("Delete them, with their scores, measures and KPIs"),
            [lane.name[:120] for lane in others],
        )
        if answer is None:
            return
        move_to = others[answer].id if 0 <= answer < len(others) else None
        run_edit(self.widget, lambda: editor.delete_lane(dimension, lane_id, move_to))

    def show_menu(self, header: LaneHeaderItem, global_pos: QPoint) -> None:
        """The context menu of a lane header."""
        menu = self.build_menu(header)
        menu.exec(global_pos)

    def build_menu(self, header: LaneHeaderItem) -> QMenu:
        """Rename, colour, online/offline, add, delete for one lane."""
        dimension, lane_id = header.dimension, header.lane_id
        texts = self._texts(dimension)
        read_only = self.editor is None or self.editor.document.read_only
        menu = QMenu(self.widget)
        actions = [menu.addAction(texts["rename"] + "…", lambda: self.rename(dimension, lane_id))]
        if dimension is not Dimension.PHASE:
            actions.append(
                menu.addAction(self.tr("Colour…"), lambda: self.recolour(dimension, lane_id))
            )
        if dimension is Dimension.CHANNEL and self.editor is not None:
            channel = self.editor.state.get(LANE_TYPES[dimension], lane_id)
            online = getattr(channel, "kind", None) is ChannelKind.ONLINE
            switch = menu.addAction(
                self.tr("Move to Offline") if online else self.tr("Move to Online"),
                lambda: self.set_kind(
                    lane_id, ChannelKind.OFFLINE if online else ChannelKind.ONLINE
                ),
            )
            actions.append(switch)
        menu.addSeparator()
        actions.append(menu.addAction(texts["add"] + "…", lambda: self.add(dimension)))
        menu.addSeparator()
        actions.append(
            menu.addAction(texts["delete"] + "…", lambda: self.delete(dimension, lane_id))
        )
        for action in actions:
            action.setEnabled(not read_only)
        return menu

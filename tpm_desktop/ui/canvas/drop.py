"""Dropping a palette entry on the map: a new touchpoint in the cell under the mouse."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent

from tpm_desktop.core.axes import Cell
from tpm_desktop.core.enums import Dimension
from tpm_desktop.core.library import LibraryEntry
from tpm_desktop.core.state import LANE_FIELDS
from tpm_desktop.ui.canvas.common import language_of, run_edit
from tpm_desktop.ui.canvas.gestures import indicator_line
from tpm_desktop.ui.canvas.palette import entry_from_mime

if TYPE_CHECKING:
    from tpm_desktop.ui.canvas.view import MapView


class PaletteDrop:
    """Accepts the palette's drags over cells and refuses them everywhere else."""

    def __init__(self, view: MapView) -> None:
        self.view = view

    def _editable(self) -> bool:
        editor = self.view.editor
        return editor is not None and not editor.document.read_only

    def enter(self, event: QDragEnterEvent) -> None:
        """Accept a library entry while a writable document is shown."""
        if self._editable() and entry_from_mime(event.mimeData()) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def move(self, event: QDragMoveEvent) -> None:
        """Accept over a cell (showing where the card goes), refuse elsewhere."""
        entry = entry_from_mime(event.mimeData())
        target = self._target(event.position(), entry) if entry and self._editable() else None
        if target is None:
            self.leave()
            event.ignore()
            return
        event.acceptProposedAction()

    def leave(self) -> None:
        """Hide the feedback."""
        scene = self.view.map_scene
        if scene is not None:
            scene.indicator.hide()

    def drop(self, event: QDropEvent) -> None:
        """Create the touchpoint there (one undo step) and select it."""
        self.leave()
        entry = entry_from_mime(event.mimeData())
        target = self._target(event.position(), entry, feedback=False) if entry else None
        view, scene, editor = self.view, self.view.map_scene, self.view.editor
        if entry is None or target is None or scene is None or editor is None:
            event.ignore()
            return
        cell, index = target
        lanes = self._lanes(cell, entry)
        name = entry.name(language_of(view))
        fields = {} if entry.media_type is None else {"media_type": entry.media_type}
        axes = scene.axes
        new_id = run_edit(
            view,
            lambda: editor.add_touchpoint(name, **lanes, axes=axes, index=index, **fields),
        )
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        if new_id is None:
            return
        view.select([new_id])
        view.setFocus(Qt.FocusReason.OtherFocusReason)
        if entry.phase is None:  # the blank card is named right away
            view.renamer.start(new_id)

    def _lanes(self, cell: Cell, entry: LibraryEntry) -> dict[str, int]:
        """Department, channel and phase of a new card dropped into a cell."""
        scene = self.view.map_scene
        assert scene is not None
        state, axes = scene.document.state, scene.axes
        lanes = axes.placement(*cell)
        hidden = axes.hidden
        choices = state.lanes(hidden)
        lane = choices[0]
        if hidden is Dimension.PHASE and entry.phase is not None and entry.phase < len(choices):
            lane = choices[entry.phase]
        lanes[LANE_FIELDS[hidden]] = lane.id
        return lanes

    def _target(
        self, pos: QPointF, entry: LibraryEntry, feedback: bool = True
    ) -> tuple[Cell, int] | None:
        view, scene = self.view, self.view.map_scene
        if scene is None or view.header_at(pos) is not None:
            return None
        point = view.mapToScene(pos.toPoint())
        arrangement = scene.arrangement
        target = arrangement.drop_target(point.x(), point.y())
        if target is None:
            return None
        cell, index, _ = target
        if feedback:
            hidden_lane = self._lanes(cell, entry)[LANE_FIELDS[scene.axes.hidden]]
            landing = arrangement.landing_index(cell, index, [hidden_lane])
            box = arrangement.layout.cell_rect(*cell)
            scene.indicator.show_target(
                QRectF(box.x, box.y, box.width, box.height),
                indicator_line(arrangement, cell, landing, set()),
            )
        return cell, index

"""The touchpoints selected on the map, shared by the canvas and the side panels."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QObject, Signal

from tpm_desktop.core.changes import Delta
from tpm_desktop.core.model import Touchpoint
from tpm_desktop.document.document import ProjectDocument


class TouchpointSelection(QObject):
    """An ordered set of selected touchpoint ids; the first one is the current one."""

    selection_changed = Signal(list)  # list[int]

    def __init__(self, document: ProjectDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self._ids: list[int] = []
        document.changed.connect(self._on_document_changed)

    @property
    def ids(self) -> list[int]:
        """Selected ids, in selection order."""
        return list(self._ids)

    @property
    def current(self) -> int | None:
        """The first selected id, or None."""
        return self._ids[0] if self._ids else None

    def set(self, ids: Iterable[int]) -> None:
        """Replace the selection (unknown ids are ignored)."""
        touchpoints = self._document.state.touchpoints
        new = list(dict.fromkeys(i for i in ids if i in touchpoints))
        if new != self._ids:
            self._ids = new
            self.selection_changed.emit(self.ids)

    def clear(self) -> None:
        """Select nothing."""
        self.set([])

    def _on_document_changed(self, delta: Delta) -> None:
        removed = delta.removed.get(Touchpoint, set())
        if removed and any(i in removed for i in self._ids):
            self.set(i for i in self._ids if i not in removed)

"""The base of the monitoring panels: follow the document and the selection, lazily.

A panel hidden behind another dock tab does not redraw on every edit: it notes that
it is stale and refreshes when it is shown. Visible panels refresh at once, so
what the user sees always matches the document. Qt keeps the widgets of a dock's
unselected tabs "visible", so the dock's `visibilityChanged` tells the panel
(`set_dock_shown`) whether its tab is the one showing.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from tpm_desktop.core.changes import Delta
from tpm_desktop.core.errors import TpmError
from tpm_desktop.ui import prompts
from tpm_desktop.ui.feature import DocumentContext

Notify = Callable[[str], None]


class ContextPanel(QWidget):
    """A widget that shows part of the open document; subclasses fill `refresh`."""

    follows_selection = False

    def __init__(self, language: str, notify: Notify, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self.notify = notify
        self.context: DocumentContext | None = None
        self._stale = True
        self._dock_shown = True

    # -- life cycle -------------------------------------------------------------------

    def attach(self, context: DocumentContext) -> None:
        """Start showing a document."""
        self.context = context
        context.document.changed.connect(self._on_document_changed)
        if self.follows_selection:
            context.selection.selection_changed.connect(self._on_selection_changed)
        self.set_read_only(context.document.read_only)
        self.invalidate()

    def detach(self) -> None:
        """Stop showing the document (it is closing or moving to another window)."""
        context = self.context
        if context is None:
            return
        context.document.changed.disconnect(self._on_document_changed)
        if self.follows_selection:
            context.selection.selection_changed.disconnect(self._on_selection_changed)
        self.context = None
        self.clear()

    # -- refreshing -----------------------------------------------------------------------

    def is_shown(self) -> bool:
        """True when the user can see the panel (its dock tab is the selected one)."""
        return self._dock_shown and self.isVisible()

    def set_dock_shown(self, shown: bool) -> None:
        """The dock's tab was selected or left (connected to `visibilityChanged`)."""
        self._dock_shown = shown
        self._catch_up()

    def invalidate(self) -> None:
        """Refresh now when shown, else when next shown."""
        self._stale = True
        self._catch_up()

    def showEvent(self, event: QShowEvent) -> None:
        """Catch up with changes made while hidden."""
        super().showEvent(event)
        self._catch_up()

    def _catch_up(self) -> None:
        if self._stale and self.context is not None and self.is_shown():
            self._stale = False
            self.refresh()

    def _on_document_changed(self, delta: Delta) -> None:
        if self.context is None:
            return
        if self.is_shown():
            self.apply_delta(delta)
        elif self.concerns(delta):
            self._stale = True

    def _on_selection_changed(self, _ids: list[int]) -> None:
        self.invalidate()

    # -- for subclasses ---------------------------------------------------------------------

    def concerns(self, delta: Delta) -> bool:
        """True when the change may alter what the panel shows."""
        return True

    def apply_delta(self, delta: Delta) -> None:
        """React to a change while visible; by default a full refresh when it concerns us."""
        if self.concerns(delta):
            self._stale = False
            self.refresh()

    def refresh(self) -> None:
        """Show the document's current state."""

    def clear(self) -> None:
        """Show nothing (no document)."""

    def set_read_only(self, read_only: bool) -> None:
        """Disable editing for a document opened read-only."""

    @property
    def current_touchpoint(self) -> int | None:
        """The selection's current touchpoint."""
        return self.context.selection.current if self.context else None

    def show_error(self, title: str, error: TpmError) -> None:
        """Tell the user why an edit was refused."""
        prompts.show_error(self, title, error.message(self.language))

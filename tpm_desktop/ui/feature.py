"""How parts of the interface (map, panels, monitoring, ...) plug into the main window.

A feature builds its docks and menu entries once, when the window is made, and
is told when a document opens and closes. It talks to the document only through
the context: it reads `document.state`, listens to `document.changed` and the
selection, and edits through `editor`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from tpm_desktop.document.document import ProjectDocument
from tpm_desktop.document.editor import Editor
from tpm_desktop.document.selection import TouchpointSelection

if TYPE_CHECKING:
    from tpm_desktop.ui.main_window import MainWindow


@dataclass(frozen=True)
class DocumentContext:
    """What a feature gets while a document is open."""

    document: ProjectDocument
    editor: Editor
    selection: TouchpointSelection


class Feature(QObject):
    """Base class of window features; override the hooks you need."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.context: DocumentContext | None = None

    def install(self) -> None:
        """Create docks, actions and menu entries (called once)."""

    def document_opened(self, context: DocumentContext) -> None:
        """A document became the window's document."""
        self.context = context

    def document_closed(self) -> None:
        """The window's document is about to go away."""
        self.context = None

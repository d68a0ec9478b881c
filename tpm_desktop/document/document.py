"""The open project as a Qt object: the single source of truth for every view."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from tpm_desktop.core.changes import ChangeSet, Delta
from tpm_desktop.core.errors import TpmError
from tpm_desktop.core.project_file import OpenProject
from tpm_desktop.core.state import ProjectState


class ProjectDocument(QObject):
    """Wraps an OpenProject with an undo stack and change signals.

    Views read `state` and listen to `changed`; they never change anything
    themselves but call the editor facade, which pushes commands on `undo_stack`.
    """

    changed = Signal(object)  # Delta of the change set just applied (do, undo or redo)
    edit_failed = Signal(object)  # TpmError when writing an edit to the working copy failed
    modified_changed = Signal(bool)
    path_changed = Signal(object)  # Path | None
    saved = Signal(object)  # Path

    def __init__(self, project: OpenProject, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._project = project
        self.failed_writes = 0  # edits the working copy refused (each was reported)
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(self._on_clean_changed)
        if project.dirty:
            # A recovered working copy holds edits that are not in the user's file.
            self.undo_stack.resetClean()

    # -- reading -----------------------------------------------------------------

    @property
    def state(self) -> ProjectState:
        """The project's records; read-only for views."""
        return self._project.state

    @property
    def path(self) -> Path | None:
        """The user's file, or None while untitled."""
        return self._project.path

    @property
    def project(self) -> OpenProject:
        """The underlying open project (file operations)."""
        return self._project

    @property
    def read_only(self) -> bool:
        """True when another instance has the file open."""
        return self._project.read_only

    @property
    def modified(self) -> bool:
        """True when there are changes not saved to the user's file."""
        return not self.undo_stack.isClean()

    @property
    def display_name(self) -> str:
        """The name shown in the window title."""
        return self._project.display_name

    @property
    def notices(self) -> list[TpmError]:
        """Things the user should be told about after opening (e.g. read-only)."""
        return self._project.notices

    # -- changing (for undo commands only) ---------------------------------------

    def apply(self, changes: ChangeSet, **journal: Any) -> bool:
        """Commit a change set to the file and memory, then announce it.

        `journal` passes what the change journal records (kind, label, typing; see
        `OpenProject.commit`). Returns False (and emits edit_failed) when the
        working copy could not be written; memory is then unchanged, so file and
        screen still agree.
        """
        try:
            delta = self._project.commit(changes, **journal)
        except TpmError as error:
            self.failed_writes += 1
            self.edit_failed.emit(error)
            return False
        self._announce(delta)
        return True

    def _announce(self, delta: Delta) -> None:
        self.changed.emit(delta)

    # -- files ---------------------------------------------------------------------

    def save(self) -> None:
        """Save over the user's file; raises ProjectFileError."""
        self._project.save()
        self.undo_stack.setClean()
        self.saved.emit(self.path)

    def save_as(self, target: Path) -> None:
        """Save to a new file that becomes the document's file; raises ProjectFileError."""
        self._project.save_as(target)
        self.undo_stack.setClean()
        self.path_changed.emit(self.path)
        self.saved.emit(self.path)

    def close(self) -> None:
        """Discard the working copy and release the file."""
        self.undo_stack.clear()
        self._project.close()

    def _on_clean_changed(self, clean: bool) -> None:
        self._project.mark_dirty(not clean)
        self.modified_changed.emit(not clean)

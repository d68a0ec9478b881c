"""The document's life cycle in the window: new, open, save, close, recover."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from tpm_desktop.core.defaults import new_project_state
from tpm_desktop.core.errors import ProjectFileError, TpmError
from tpm_desktop.core.project_file import SUFFIX, OpenProject
from tpm_desktop.core.state import ProjectState
from tpm_desktop.core.workspace import Workspace
from tpm_desktop.document.document import ProjectDocument
from tpm_desktop.document.editor import Editor
from tpm_desktop.document.selection import TouchpointSelection
from tpm_desktop.ui import prompts
from tpm_desktop.ui.feature import DocumentContext
from tpm_desktop.ui.merge.flow import merge_file
from tpm_desktop.ui.preferences import default_criteria, user_name
from tpm_desktop.ui.recent import RecentFiles


class FileController(QObject):
    """Owns the open document and performs every file operation for the window."""

    context_changed = Signal(object)  # DocumentContext | None

    def __init__(
        self, window: QWidget, workspace: Workspace, language: str, recent: RecentFiles
    ) -> None:
        super().__init__(window)
        self._window = window
        self.workspace = workspace
        self.language = language
        self.recent = recent
        self.context: DocumentContext | None = None

    # -- helpers -------------------------------------------------------------------

    @property
    def document(self) -> ProjectDocument | None:
        """The open document, if any."""
        return self.context.document if self.context else None

    def _error(self, title: str, error: TpmError) -> None:
        prompts.show_error(self._window, title, error.message(self.language))

    def _file_filter(self) -> str:
        return self.tr("TPM projects (*.tpm);;All files (*)")

    def _start_dir(self) -> str:
        paths = self.recent.paths()
        return str(paths[0].parent) if paths else str(Path.home())

    def adopt(self, project: OpenProject) -> DocumentContext:
        """Make an OpenProject the window's document (closing none: call close first)."""
        project.author = user_name()
        document = ProjectDocument(project)
        context = DocumentContext(document, Editor(document), TouchpointSelection(document))
        self.context = context
        if project.path is not None:
            self.recent.add(project.path)
        self.context_changed.emit(context)
        return context

    # -- commands ------------------------------------------------------------------

    def new_project(self, state: ProjectState | None = None) -> bool:
        """Start an untitled project (asking to save the current one first)."""
        if not self.close_document():
            return False
        try:
            if state is None:
                # The catalogue of new projects is a preference (Edit → Settings).
                state = new_project_state(language=self.language, criteria=default_criteria())
            project = OpenProject.create(state, self.workspace)
        except (TpmError, OSError) as error:
            self._error(self.tr("New project"), _as_error(error))
            return False
        self.adopt(project)
        return True

    def open_dialog(self) -> bool:
        """Ask for a file and open it."""
        path, _ = QFileDialog.getOpenFileName(
            self._window, self.tr("Open project"), self._start_dir(), self._file_filter()
        )
        return bool(path) and self.open_path(Path(path))

    def open_path(self, path: Path) -> bool:
        """Open a project file; a clear message and no change when it cannot be opened."""
        path = Path(path)
        current = self.document
        if current is not None and current.path is not None and _same(current.path, path):
            return True
        if not self.close_document():
            return False
        try:
            project = OpenProject.open(path, self.workspace)
        except ProjectFileError as error:
            if error.code == "file_not_found":
                self.recent.remove(path)
            self._error(self.tr("Open project"), error)
            return False
        self.adopt(project)
        return True

    def save(self) -> bool:
        """Save to the document's file, or ask for one; True when saved."""
        document = self.document
        if document is None:
            return False
        if document.path is None or document.read_only:
            return self.save_as()
        if document.project.changed_on_disk():
            outcome = self._settle_external_change()
            if outcome != "save":
                return outcome == "saved"
        try:
            document.save()
        except ProjectFileError as error:
            self._error(self.tr("Save project"), error)
            return False
        return True

    def _settle_external_change(self) -> str:
        """Ask what to do about a file changed on disk.

        Returns "save" to go on saving over it (merged, or overwrite chosen), "saved"
        when the document went to a new file instead, "cancel" otherwise.
        """
        context = self.context
        assert context is not None and context.document.path is not None
        path = context.document.path
        answer = prompts.ask_external_change(self._window, path.name)
        if answer == "merge":
            merged = merge_file(self._window, context, path, self.language, own_file=True)
            return "save" if merged else "cancel"
        if answer == "save_as":
            return "saved" if self.save_as() else "cancel"
        return "save" if answer == "overwrite" else "cancel"

    def save_as(self) -> bool:
        """Ask for a file name and save there; True when saved."""
        document = self.document
        if document is None:
            return False
        suggestion = document.path or Path(self._start_dir()) / (document.display_name + SUFFIX)
        path, _ = QFileDialog.getSaveFileName(
            self._window, self.tr("Save project as"), str(suggestion), self._file_filter()
        )
        if not path:
            return False
        return self.save_to(Path(path))

    def save_to(self, path: Path) -> bool:
        """Save the document to `path` (adding the suffix when missing)."""
        document = self.document
        if document is None:
            return False
        if not path.suffix:
            path = path.with_suffix(SUFFIX)
        try:
            document.save_as(path)
        except ProjectFileError as error:
            self._error(self.tr("Save project"), error)
            return False
        self.recent.add(path)
        return True

    def close_document(self) -> bool:
        """Close the document, asking about unsaved changes; False when the user cancels."""
        document = self.document
        if document is None:
            return True
        if document.modified:
            answer = prompts.ask_save_changes(self._window, document.display_name)
            if answer is prompts.Answer.CANCEL:
                return False
            if answer is prompts.Answer.SAVE and not self.save():
                return False
        self.context = None
        self.context_changed.emit(None)
        document.close()
        document.deleteLater()
        return True

    def offer_recovery(self) -> bool:
        """Offer working copies left by a crash; True when one was recovered and opened."""
        sessions = self.workspace.orphans()
        if sessions and not self.close_document():
            for session in sessions:
                session.release()
            return False
        for index, session in enumerate(sessions):
            name = session.meta.display_name or self.tr("Untitled project")
            answer = prompts.ask_recover(self._window, name, session.meta.opened_at)
            if answer is None:
                session.release()
                continue
            if answer is False:
                session.discard()
                continue
            try:
                project = OpenProject.recover(session, self.workspace)
            except TpmError as error:
                self._error(self.tr("Recover unsaved changes"), error)
                continue
            for other in sessions[index + 1 :]:
                other.release()  # ask about the rest at the next start
            self.adopt(project)
            return True
        return False


def _same(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return os.path.abspath(a) == os.path.abspath(b)


def _as_error(error: Exception) -> TpmError:
    if isinstance(error, TpmError):
        return error
    return ProjectFileError("working_copy_failed", detail=str(error))

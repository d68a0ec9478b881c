"""An open project: the user's file, its working copy, and the state in memory.

Open checks the user's file and copies it with SQLite's backup API into a working
copy in the data folder; every edit is committed there at once. Save copies the
working copy back over the user's file atomically. The user's file is never
opened for writing.
"""

from __future__ import annotations

import contextlib
import getpass
import os
import sqlite3
from collections.abc import Callable, Mapping
from datetime import datetime
from pathlib import Path
from typing import TypeVar

import sqlalchemy as sa

from tpm_desktop.core import checks, db, journal, migrations, store
from tpm_desktop.core.atomic import atomic_write, scratch_name, writable
from tpm_desktop.core.changes import ChangeSet, Delta
from tpm_desktop.core.errors import EditError, ProjectFileError, TpmError
from tpm_desktop.core.journal_read import JournalChangeSet, read_change_sets
from tpm_desktop.core.model import Project
from tpm_desktop.core.state import ProjectState
from tpm_desktop.core.validation import InvalidContentError, validate_state
from tpm_desktop.core.workspace import InstanceLock, Session, Workspace, data_folder_error

SUFFIX = ".tpm"

_T = TypeVar("_T")


def _now() -> datetime:
    return datetime.now().replace(microsecond=0)


class OpenProject:
    """One project being worked on; see the module docstring for the life cycle."""

    def __init__(
        self,
        session: Session,
        connection: sqlite3.Connection,
        path: Path | None,
        file_lock: InstanceLock | None,
        initial: ProjectState | None = None,
    ) -> None:
        self._session = session
        self._connection = connection
        self._engine = db.engine_for(connection)
        # Who the journal names as the author of edits; the application sets the
        # user name from its settings.
        self.author = default_author()
        if initial is not None:
            with self._engine.begin() as conn:
                store.create_schema(conn)
                store.insert_all(conn, initial)
                journal.add_marker(conn, "create", self.author)
        self.state = _load(self._engine, connection, path or session.database)
        with self._engine.connect() as conn:
            self._journal = journal.JournalWriter(conn)
        self.path = path
        self._file_lock = file_lock
        self.notices: list[TpmError] = []
        self.closed = False
        # What the user's file looked like when last read or written by us: a
        # different one means another program or copy saved over it meanwhile.
        self._disk_signature = disk_signature(path) if path is not None else None

    # -- life cycle ------------------------------------------------------------

    @classmethod
    def open(cls, path: Path | str, workspace: Workspace | None = None) -> OpenProject:
        """Check the user's file and open a working copy of it.

        When another instance has the file open, the project opens read-only and a
        notice says so. Raises ProjectFileError for every file that fails a check.
        """
        workspace = workspace or Workspace()
        path = Path(path).absolute()
        header = checks.read_header(path)
        file_lock = workspace.file_lock(path)
        shared = not file_lock.try_acquire()
        session = workspace.new_session(path, path.stem)
        try:
            connection = _copy_checked(path, header.user_version, session.database)
            project = cls(session, connection, path, None if shared else file_lock)
        except BaseException:
            session.discard()
            file_lock.release()
            raise
        if shared:
            project.notices.append(ProjectFileError("open_elsewhere", path))
        elif not writable(path):
            project.notices.append(ProjectFileError("read_only_file_notice", path))
        elif not writable(path.parent):
            project.notices.append(ProjectFileError("read_only_folder_notice", path))
        return project

    @classmethod
    def create(cls, state: ProjectState, workspace: Workspace | None = None) -> OpenProject:
        """A new, untitled project holding the records of `state`."""
        workspace = workspace or Workspace()
        session = workspace.new_session(None, state.project.name)
        try:
            connection = db.raw_connect(session.database, "rwc")
            connection.execute("PRAGMA journal_mode=WAL")
            return cls(session, connection, None, None, initial=state)
        except (sa.exc.SQLAlchemyError, *db.DB_ERRORS) as exc:
            session.discard()
            raise data_folder_error(exc, session.database.parents[2]) from exc
        except BaseException:
            session.discard()
            raise

    @classmethod
    def recover(cls, session: Session, workspace: Workspace | None = None) -> OpenProject:
        """Reopen the working copy an ended process left behind, with its edits."""
        workspace = workspace or Workspace()
        original = session.original_path
        file_lock = None
        if original is not None:
            file_lock = workspace.file_lock(original)
            if not file_lock.try_acquire():
                file_lock = None
        try:
            header = checks.read_header(session.database)
            try:
                connection = db.raw_connect(session.database, "rw")
                checks.check_database(connection, session.database, header.user_version)
                migrations.upgrade(connection)
            except db.DB_ERRORS as exc:
                raise ProjectFileError(
                    "damaged", session.database, detail=db.describe(exc)
                ) from exc
            project = cls(session, connection, original, file_lock)
        except BaseException:
            session.release()
            if file_lock is not None:
                file_lock.release()
            raise
        if original is not None and file_lock is None:
            project.notices.append(ProjectFileError("open_elsewhere", original))
        return project

    def close(self) -> None:
        """Delete the working copy and release the locks; unsaved edits are gone."""
        if self.closed:
            return
        self.closed = True
        self._engine.dispose()
        with contextlib.suppress(sqlite3.Error):
            self._connection.close()
        self._session.discard()
        if self._file_lock is not None:
            self._file_lock.release()

    # -- properties --------------------------------------------------------------

    @property
    def read_only(self) -> bool:
        """True when another instance has the user's file open: no edits, no Save."""
        return self.path is not None and self._file_lock is None

    @property
    def working_path(self) -> Path:
        """The working copy in the data folder."""
        return self._session.database

    @property
    def display_name(self) -> str:
        """The file's name without suffix, or the project's name when untitled."""
        return self.path.stem if self.path is not None else self.state.project.name

    @property
    def dirty(self) -> bool:
        """True when the working copy holds edits that are not saved."""
        return self._session.meta.dirty

    def mark_dirty(self, dirty: bool) -> None:
        """Record in the session whether unsaved edits exist, for crash recovery."""
        if self._session.meta.dirty != dirty:
            with contextlib.suppress(OSError):
                self._session.update(dirty=dirty)

    # -- editing -------------------------------------------------------------------

    def commit(
        self,
        changes: ChangeSet,
        *,
        kind: str = "edit",
        label: str = "",
        typing: bool = False,
        change_set_uuid: str | None = None,
        origins: Mapping[tuple[str, str, str], tuple[str, datetime | None]] | None = None,
    ) -> Delta:
        """Write a change set and its journal entries in one transaction, then apply it.

        `kind` is "edit", "undo", "redo" or "merge"; `label` names the change in the
        history; `typing` lets successive keystrokes fold into one journal entry.
        Memory and file never disagree: if the write fails, the state is untouched
        and EditError says why.
        """
        if self.read_only:
            raise EditError("read_only_document")
        self.state.check(changes)
        now = _now()
        info = journal.CommitInfo(kind, label, self.author, typing, change_set_uuid, origins)
        plan = self._journal.plan(self.state, changes, info)
        self.mark_dirty(True)
        try:
            with self._engine.begin() as conn:
                store.write_changes(conn, changes, modified_at=now)
                self._journal.execute(conn, plan)
        except (sa.exc.SQLAlchemyError, sqlite3.Error, OSError) as exc:
            detail = getattr(exc, "orig", exc)
            raise EditError("working_copy_failed", detail=str(detail)) from exc
        self._journal.settle(plan)
        delta = self.state.apply(changes)
        self.state.stamp_modified(now)
        return delta

    def changed_on_disk(self) -> bool:
        """True when the user's file was replaced or changed since we last read or saved it.

        A missing file is not a change: saving simply writes it again.
        """
        if self.path is None:
            return False
        current = disk_signature(self.path)
        return current is not None and current != self._disk_signature

    def journal(self, subject: str | None = None) -> list[JournalChangeSet]:
        """The change journal of the working copy (a touchpoint's part with `subject`).

        Raises JournalError when the journal cannot be read.
        """
        return read_change_sets(self._connection, subject=subject)

    def reload_state(self) -> ProjectState:
        """Read the working copy afresh (for tests that compare memory and file)."""
        with self._engine.connect() as conn:
            return store.load_state(conn)

    # -- saving ----------------------------------------------------------------------

    def save(self) -> None:
        """Write the working copy over the user's file."""
        if self.path is None:
            raise ValueError("an untitled project needs save_as")
        if self.read_only:
            raise ProjectFileError("target_locked", self.path)
        self._write_to(self.path)
        self._disk_signature = disk_signature(self.path)
        self._journal.mark_shared()
        self.mark_dirty(False)

    def save_as(self, target: Path | str) -> None:
        """Write the working copy to `target`, which becomes the project's file."""
        target = Path(target).absolute()
        if self.path is not None and _same_file(target, self.path) and not self.read_only:
            self.save()
            return
        lock = self._session_workspace().file_lock(target)
        if not lock.try_acquire():
            raise ProjectFileError("target_locked", target)
        try:
            self._write_to(target)
        except BaseException:
            lock.release()
            raise
        self._journal.mark_shared()
        if self._file_lock is not None:
            self._file_lock.release()
        self._file_lock = lock
        self.path = target
        self._disk_signature = disk_signature(target)
        # The file is saved; the session's description only serves crash recovery, so
        # a data folder that cannot take it must not turn the save into a failure.
        with contextlib.suppress(OSError):
            self._session.update(original_path=str(target), display_name=target.stem)
        self.mark_dirty(False)

    def export_copy(self, target: Path | str) -> None:
        """Write a copy of the project to `target` without making it the project's file."""
        self._write_to(Path(target).absolute())
        self._journal.mark_shared()

    def _write_to(self, target: Path) -> None:
        # Refused before any file is made: neither the temporary copy nor the saved
        # file could be opened by SQLite in a folder with a very long path.
        db.check_path_length(target)
        db.check_path_length(target.parent / scratch_name(), shown=target)

        def produce(scratch: Path) -> None:
            copy = sqlite3.connect(db.file_uri(scratch, "rw"), uri=True, isolation_level=None)
            try:
                self._connection.backup(copy)
                copy.execute("PRAGMA journal_mode=DELETE")
                (verdict,) = copy.execute("PRAGMA quick_check").fetchone()
                if verdict != "ok":
                    raise ProjectFileError("save_failed", target, detail=verdict)
            finally:
                copy.close()

        atomic_write(target, produce, expected_size=self._size_on_disk())

    def _size_on_disk(self) -> int:
        # The working copy plus its write-ahead log bounds the saved file's size.
        total = 0
        for suffix in ("", "-wal"):
            with contextlib.suppress(OSError):
                total += os.path.getsize(f"{self.working_path}{suffix}")
        return total

    def _session_workspace(self) -> Workspace:
        # sessions live in <root>/sessions/<id>
        return Workspace(self._session.directory.parent.parent)


def disk_signature(path: Path) -> tuple[int, int, int] | None:
    """Modification time, size and inode of a file (None when it cannot be read)."""
    try:
        info = os.stat(path)
    except OSError:
        return None
    return (info.st_mtime_ns, info.st_size, info.st_ino)


def default_author() -> str:
    """The operating system's user name, or "" where it cannot be told."""
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):
        return ""


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.samefile(b)
    except OSError:
        return a == b


def _copy_checked(path: Path, user_version: int, working: Path) -> sqlite3.Connection:
    """Check the user's file over a read-only connection and back it up into `working`."""
    try:
        source = db.raw_connect(path, "ro")
    except db.DB_ERRORS as exc:
        raise ProjectFileError("damaged", path, detail=db.describe(exc)) from exc
    try:
        checks.check_database(source, path, user_version)
        try:
            target = db.raw_connect(working, "rwc")
        except db.DB_ERRORS as exc:
            raise data_folder_error(exc, working.parents[2]) from exc
        try:
            source.backup(target)
        except db.DB_ERRORS as exc:
            target.close()
            raise _copy_error(exc, path, working) from exc
    finally:
        source.close()
    try:
        target.execute("PRAGMA journal_mode=WAL")
        migrations.upgrade(target)
    except db.DB_ERRORS as exc:
        target.close()
        raise _copy_error(exc, path, working) from exc
    return target


def _copy_error(exc: BaseException, path: Path, working: Path) -> ProjectFileError:
    # The file passed its checks before; a failed write is the data folder's fault
    # (a full disk), and must not make the user think their file is damaged.
    if db.is_write_error(exc):
        return data_folder_error(exc, working.parents[2])
    return ProjectFileError("damaged", path, detail=db.describe(exc))


def _load(engine: sa.Engine, connection: sqlite3.Connection, path: Path) -> ProjectState:
    try:
        with engine.connect() as conn:
            state = store.load_state(conn)
        validate_state(state)
    except (
        sa.exc.SQLAlchemyError,
        *db.DB_ERRORS,
        InvalidContentError,
        ValueError,
        TypeError,
    ) as exc:
        connection.close()
        raise ProjectFileError("damaged", path, detail=_first_line(exc)) from exc
    if state.get(Project, 1) is None:
        connection.close()
        raise ProjectFileError("missing_tables", path, detail="project")
    return state


def _first_line(exc: BaseException) -> str:
    text = str(getattr(exc, "orig", None) or exc)
    line = text.splitlines()[0] if text else exc.__class__.__name__
    return line[:120]


def read_project(path: Path | str) -> ProjectState:
    """Check a project file and read it, without a working copy and without changing it.

    For headless readers (info, report, export). Raises ProjectFileError.
    """
    return _read_checked(path, lambda engine, connection, path: _load(engine, connection, path))


def read_copy(path: Path | str) -> tuple[ProjectState, list[JournalChangeSet]]:
    """Read another copy of a project with its change journal, without changing it.

    For merging. Raises ProjectFileError, or JournalError for an unreadable journal.
    """

    def both(
        engine: sa.Engine, connection: sqlite3.Connection, path: Path
    ) -> tuple[ProjectState, list[JournalChangeSet]]:
        state = _load(engine, connection, path)
        return state, read_change_sets(connection)

    return _read_checked(path, both)


def _read_checked(
    path: Path | str, reader: Callable[[sa.Engine, sqlite3.Connection, Path], _T]
) -> _T:
    path = Path(path).absolute()
    header = checks.read_header(path)
    try:
        connection = db.raw_connect(path, "ro")
    except db.DB_ERRORS as exc:
        raise ProjectFileError("damaged", path, detail=db.describe(exc)) from exc
    try:
        checks.check_database(connection, path, header.user_version)
        if header.user_version != migrations.SCHEMA_VERSION:
            # Older files are upgraded in a scratch copy in memory, never in place.
            memory = sqlite3.connect(":memory:", isolation_level=None)
            connection.backup(memory)
            connection.close()
            connection = memory
            try:
                migrations.upgrade(connection)
            except db.DB_ERRORS as exc:
                # Damage the opening checks could not see shows up while upgrading.
                raise ProjectFileError("damaged", path, detail=db.describe(exc)) from exc
        return reader(db.engine_for(connection), connection, path)
    finally:
        with contextlib.suppress(sqlite3.Error):
            connection.close()

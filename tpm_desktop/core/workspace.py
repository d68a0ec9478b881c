"""Working copies and locks in the application's data folder.

Every open project gets a session folder holding its working copy and a small
JSON description. A session lock is held for as long as the session lives; a
session whose lock can be taken belongs to a process that is gone, so its
working copy is an orphan, offered back for recovery when it held unsaved edits.
A second lock per user file (keyed by its real path) tells a second instance
that the file is already open, without writing anything beside the user's file.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import uuid
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path

import filelock

from tpm_desktop.core import paths
from tpm_desktop.core.errors import ProjectFileError

WORKING_NAME = "working.tpm"
META_NAME = "session.json"
LOCK_NAME = "session.lock"


class InstanceLock:
    """A non-blocking inter-process lock on a lock file (released when the process dies)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = filelock.FileLock(str(path), timeout=0, thread_local=False)

    def try_acquire(self) -> bool:
        """Take the lock if nobody holds it; True on success.

        Raises ProjectFileError when the data folder cannot hold the lock file.
        """
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._lock.acquire(timeout=0)
        except filelock.Timeout:
            return False
        except OSError as exc:
            raise data_folder_error(exc, self.path.parent) from exc
        return True

    @property
    def held(self) -> bool:
        """True while this object holds the lock."""
        return self._lock.is_locked

    def release(self) -> None:
        """Give the lock back (no-op when not held)."""
        if self._lock.is_locked:
            self._lock.release(force=True)


@dataclass(slots=True)
class SessionMeta:
    """What a session folder remembers about its working copy."""

    original_path: str | None
    display_name: str
    opened_at: str
    dirty: bool = False


class Session:
    """One working copy in the data folder, locked while in use."""

    def __init__(self, directory: Path, meta: SessionMeta, lock: InstanceLock) -> None:
        self.directory = directory
        self.meta = meta
        self._lock = lock

    @property
    def database(self) -> Path:
        """The working copy's SQLite file."""
        return self.directory / WORKING_NAME

    @property
    def original_path(self) -> Path | None:
        """The user's file this working copy belongs to, if any."""
        return None if self.meta.original_path is None else Path(self.meta.original_path)

    def update(self, **fields: object) -> None:
        """Change the description and write it (atomically) to the session folder."""
        for name, value in fields.items():
            setattr(self.meta, name, value)
        target = self.directory / META_NAME
        scratch = self.directory / (META_NAME + ".new")
        with scratch.open("w", encoding="utf-8") as handle:
            json.dump(asdict(self.meta), handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(scratch, target)

    def discard(self) -> None:
        """Delete the working copy and give up the session."""
        self._lock.release()
        shutil.rmtree(self.directory, ignore_errors=True)

    def release(self) -> None:
        """Give up the session lock but keep the folder (for tests of crash recovery)."""
        self._lock.release()


class Workspace:
    """The application's data folder: sessions, file locks and orphan detection."""

    def __init__(self, root: Path | None = None) -> None:
        self.root = Path(root) if root is not None else paths.data_dir()

    @property
    def sessions_dir(self) -> Path:
        """Folder of all session folders."""
        return self.root / "sessions"

    def file_lock(self, path: Path) -> InstanceLock:
        """The lock that marks `path` as open in some instance."""
        real = os.path.normcase(os.path.realpath(path))
        digest = hashlib.sha256(real.encode("utf-8", "surrogatepass")).hexdigest()[:32]
        return InstanceLock(self.root / "locks" / f"{digest}.lock")

    def new_session(self, original: Path | None, display_name: str) -> Session:
        """Create and lock a fresh session folder.

        Raises ProjectFileError("working_copy_unavailable") when the data folder
        cannot be written (a full disk, say); nothing is left behind then.
        """
        directory = self.sessions_dir / uuid.uuid4().hex
        lock = InstanceLock(directory / LOCK_NAME)
        try:
            directory.mkdir(parents=True)
            if not lock.try_acquire():  # pragma: no cover - a fresh uuid folder is never locked
                raise RuntimeError("could not lock a new session")
            session = Session(
                directory,
                SessionMeta(
                    original_path=None if original is None else str(original),
                    display_name=display_name,
                    opened_at=datetime.now().isoformat(timespec="seconds"),
                ),
                lock,
            )
            session.update()
        except (OSError, ProjectFileError) as exc:
            lock.release()
            shutil.rmtree(directory, ignore_errors=True)
            if isinstance(exc, ProjectFileError):
                raise
            raise data_folder_error(exc, self.root) from exc
        return session

    def orphans(self) -> list[Session]:
        """Sessions left by processes that are gone and that hold unsaved edits.

        Orphans without unsaved edits are removed on the way. The returned
        sessions are locked by this process until opened or discarded.
        """
        found: list[Session] = []
        if not self.sessions_dir.is_dir():
            return found
        for directory in sorted(self.sessions_dir.iterdir()):
            if not directory.is_dir():
                continue
            lock = InstanceLock(directory / LOCK_NAME)
            if not lock.try_acquire():
                continue  # alive in another process (or in this one)
            meta = _read_meta(directory)
            if meta is None or not meta.dirty or not (directory / WORKING_NAME).exists():
                lock.release()
                shutil.rmtree(directory, ignore_errors=True)
                continue
            found.append(Session(directory, meta, lock))
        return found


def data_folder_error(exc: BaseException, folder: Path) -> ProjectFileError:
    """The error for a data folder that cannot take a working copy (full disk, say)."""
    detail = getattr(exc, "strerror", None) or " ".join(str(exc).split())[:120]
    return ProjectFileError("working_copy_unavailable", folder, detail=detail)


def _read_meta(directory: Path) -> SessionMeta | None:
    with contextlib.suppress(OSError, ValueError, TypeError):
        data = json.loads((directory / META_NAME).read_text(encoding="utf-8"))
        return SessionMeta(
            original_path=data.get("original_path"),
            display_name=str(data.get("display_name", "")),
            opened_at=str(data.get("opened_at", "")),
            dirty=bool(data.get("dirty", False)),
        )
    return None

"""SQLite connections with the pragmas every project-file connection must carry."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.pool import StaticPool

from tpm_desktop.core.errors import ProjectFileError

# Applied to every connection (DESIGN.md, section 3). trusted_schema=OFF keeps
# functions with side effects out of a hostile file's schema; cell_size_check
# turns some corruptions into errors instead of wrong reads.
CONNECTION_PRAGMAS = (
    "PRAGMA foreign_keys=ON",
    "PRAGMA trusted_schema=OFF",
    "PRAGMA cell_size_check=ON",
    "PRAGMA synchronous=FULL",
)

# What reading an untrusted file can raise. Python's sqlite3 raises UnicodeDecodeError
# instead of a DatabaseError when a damaged schema puts invalid UTF-8 into an error
# message (found by fuzzing).
DB_ERRORS: tuple[type[Exception], ...] = (sqlite3.Error, UnicodeDecodeError)


# Result codes of writing, not of what was read: a full disk, a failing data folder.
_WRITE_ERRORS = frozenset(
    {
        "SQLITE_FULL",
        "SQLITE_CANTOPEN",
        "SQLITE_IOERR_WRITE",
        "SQLITE_IOERR_FSYNC",
        "SQLITE_IOERR_DIR_FSYNC",
        "SQLITE_IOERR_TRUNCATE",
        "SQLITE_IOERR_SHMOPEN",
        "SQLITE_IOERR_SHMSIZE",
    }
)


def is_write_error(error: BaseException) -> bool:
    """True when SQLite failed to write (rather than found bad data)."""
    error = getattr(error, "orig", None) or error  # SQLAlchemy wraps the driver's error
    return getattr(error, "sqlite_errorname", "") in _WRITE_ERRORS


def describe(error: BaseException) -> str:
    """A short, user-readable description of a database error."""
    if isinstance(error, UnicodeDecodeError):
        return "invalid text encoding in the database structure"
    return " ".join(str(error).split())[:120] or type(error).__name__


# Statements a received file may run for at most this many SQLite VM steps
# (progress handler calls) before being interrupted, so a crafted file cannot hang us.
_PROGRESS_INTERVAL = 10_000


# SQLite's Unix VFS holds a path in a 512-byte buffer and appends "-journal" to it;
# a longer path fails with "unable to open database file" (504 bytes was the most
# that worked), which would call a sound file damaged.
MAX_PATH_BYTES = 500


def check_path_length(path: Path, shown: Path | None = None) -> None:
    """ProjectFileError("path_too_long") when SQLite cannot open a file at `path`.

    `shown` is the path named in the message (the target of a temporary file).
    """
    if len(os.fsencode(str(Path(path).absolute()))) > MAX_PATH_BYTES:
        raise ProjectFileError("path_too_long", shown or path)


def file_uri(path: Path, mode: str) -> str:
    """An SQLite URI for `path`; mode "ro" or "rw" never creates a missing file."""
    return f"{Path(path).absolute().as_uri()}?mode={mode}"


def raw_connect(path: Path, mode: str) -> sqlite3.Connection:
    """A plain sqlite3 connection in autocommit mode with the standard pragmas.

    `mode` is "ro", "rw" or "rwc" (create). Transactions are begun explicitly.
    Raises ProjectFileError for a path too long for SQLite.
    """
    check_path_length(path)
    connection = sqlite3.connect(
        file_uri(path, mode), uri=True, isolation_level=None, check_same_thread=False
    )
    for pragma in CONNECTION_PRAGMAS:
        connection.execute(pragma)
    return connection


def engine_for(connection: sqlite3.Connection) -> sa.Engine:
    """An SQLAlchemy engine over one existing connection (one connection per file)."""
    engine = sa.create_engine(
        "sqlite+pysqlite://", creator=lambda: connection, poolclass=StaticPool
    )

    # pysqlite's own transaction handling is switched off (isolation_level=None);
    # SQLAlchemy's documented recipe is to emit BEGIN ourselves. IMMEDIATE takes the
    # write lock at once, so a commit can never fail half-way for lack of it.
    @sa.event.listens_for(engine, "begin")
    def _begin(conn: sa.Connection) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def limit_runtime(connection: sqlite3.Connection, max_steps: int | None) -> None:
    """Interrupt statements after about `max_steps` VM steps; None removes the limit."""
    if max_steps is None:
        connection.set_progress_handler(None, 0)
        return
    budget = [max_steps // _PROGRESS_INTERVAL + 1]

    def _tick() -> int:
        budget[0] -= 1
        return 1 if budget[0] < 0 else 0

    connection.set_progress_handler(_tick, _PROGRESS_INTERVAL)

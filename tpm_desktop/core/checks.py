"""Opening checks for a project file, in the order DESIGN.md section 3 gives.

The cheap checks read the 100-byte SQLite header with plain file I/O, before any
SQL runs; only a file that passes them is opened, read-only, for the integrity and
schema checks. Each failure raises ProjectFileError with its own message code.
"""

from __future__ import annotations

import sqlite3
import struct
from dataclasses import dataclass
from pathlib import Path

from tpm_desktop.core import db
from tpm_desktop.core.errors import ProjectFileError
from tpm_desktop.core.migrations import ADDITIONS
from tpm_desktop.core.schema import APPLICATION_ID, SCHEMA_VERSION, metadata

HEADER_SIZE = 100
MAGIC = b"SQLite format 3\x00"
# Statements over a crafted file must not run for ever (a few seconds at most).
_CHECK_STEP_BUDGET = 500_000_000


@dataclass(frozen=True, slots=True)
class HeaderInfo:
    """What the SQLite header says about a file."""

    size: int
    page_size: int
    page_count: int | None
    user_version: int
    application_id: int


def read_header(path: Path) -> HeaderInfo:
    """Run the header checks on `path` and return what the header says."""
    path = Path(path)
    try:
        if not path.exists():
            raise ProjectFileError("file_not_found", path)
        if path.is_dir():
            raise ProjectFileError("not_a_file", path)
        if not path.is_file():  # a device or a pipe: reading it might never end
            raise ProjectFileError("not_regular_file", path)
        size = path.stat().st_size
        with path.open("rb") as handle:
            header = handle.read(HEADER_SIZE)
    except PermissionError as exc:
        raise ProjectFileError("permission_denied", path) from exc
    except OSError as exc:
        raise ProjectFileError("io_error", path, detail=exc.strerror or str(exc)) from exc

    if size == 0:
        raise ProjectFileError("empty_file", path)
    if not MAGIC.startswith(header[: len(MAGIC)]):
        raise ProjectFileError("not_sqlite", path)
    if len(header) < HEADER_SIZE:
        raise ProjectFileError("truncated", path, size=size)

    (raw_page_size,) = struct.unpack(">H", header[16:18])
    page_size = 65536 if raw_page_size == 1 else raw_page_size
    write_version, read_version = header[18], header[19]
    if (
        page_size < 512
        or page_size & (page_size - 1)
        or header[21:24] != b"\x40\x20\x20"
        or write_version not in (1, 2)
        or read_version not in (1, 2)
    ):
        raise ProjectFileError("unsupported_format", path)

    (application_id,) = struct.unpack(">I", header[68:72])
    if application_id != APPLICATION_ID:
        raise ProjectFileError("foreign_database", path)

    (user_version,) = struct.unpack(">I", header[60:64])
    if user_version > SCHEMA_VERSION:
        raise ProjectFileError("newer_version", path, found=user_version, supported=SCHEMA_VERSION)
    if user_version < 1:
        raise ProjectFileError("damaged", path, detail="no schema version")

    if size % page_size:
        raise ProjectFileError("truncated", path, size=size)
    change_counter, header_pages = struct.unpack(">II", header[24:32])
    (valid_for,) = struct.unpack(">I", header[92:96])
    page_count = header_pages if header_pages and change_counter == valid_for else None
    if page_count is not None and page_count * page_size > size:
        raise ProjectFileError("truncated", path, size=size)
    return HeaderInfo(size, page_size, page_count, user_version, application_id)


def check_database(connection: sqlite3.Connection, path: Path, user_version: int) -> None:
    """Integrity, foreign-key and schema checks on an open (read-only) connection."""
    db.limit_runtime(connection, _CHECK_STEP_BUDGET)
    try:
        result = [row[0] for row in connection.execute("PRAGMA quick_check")]
        if result != ["ok"]:
            raise ProjectFileError("damaged", path, detail=_short(result[0]))
        if connection.execute("PRAGMA foreign_key_check").fetchone() is not None:
            raise ProjectFileError("damaged", path, detail="broken references")
        check_schema(connection, path, user_version)
    except db.DB_ERRORS as exc:
        raise ProjectFileError("damaged", path, detail=db.describe(exc)) from exc
    finally:
        db.limit_runtime(connection, None)


def check_schema(connection: sqlite3.Connection, path: Path, user_version: int) -> None:
    """Refuse triggers and views, and require every expected table and column."""
    objects = connection.execute("SELECT type, name FROM sqlite_schema").fetchall()
    if any(kind in ("trigger", "view") for kind, _ in objects):
        raise ProjectFileError("unexpected_objects", path)
    tables = {name for kind, name in objects if kind == "table"}
    expected = expected_columns(user_version)
    missing = sorted(set(expected) - tables)
    if missing:
        raise ProjectFileError("missing_tables", path, detail=", ".join(missing))
    for table, columns in expected.items():
        present = {row[1] for row in connection.execute(f'PRAGMA table_info("{table}")')}
        lacking = sorted(columns - present)
        if lacking:
            raise ProjectFileError("missing_tables", path, detail=f"{table}: {', '.join(lacking)}")


def expected_columns(version: int) -> dict[str, set[str]]:
    """The tables and columns a file of the given schema version must have."""
    if not 1 <= version <= SCHEMA_VERSION:
        raise ValueError(f"no schema description for version {version}")
    expected = {name: {c.name for c in table.columns} for name, table in metadata.tables.items()}
    for later in range(SCHEMA_VERSION, version, -1):
        tables, columns = ADDITIONS[later]
        for table in tables:
            expected.pop(table, None)
        for table, names in columns.items():
            if table in expected:
                expected[table] -= names
    return expected


def check_file(path: Path) -> HeaderInfo:
    """All opening checks on a file, without changing it; raises ProjectFileError."""
    info = read_header(path)
    try:
        connection = db.raw_connect(path, "ro")
    except db.DB_ERRORS as exc:
        raise ProjectFileError("damaged", path, detail=db.describe(exc)) from exc
    try:
        check_database(connection, path, info.user_version)
    finally:
        connection.close()
    return info


def _short(text: str, limit: int = 120) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"

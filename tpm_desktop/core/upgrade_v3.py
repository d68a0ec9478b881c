"""The upgrade step from schema version 2 to 3: segments, evidence and comments.

Version 3 only adds tables (customer segments, a touchpoint's relevance and
experience per segment, per-segment score overrides, comments and evidence), so
the step creates them empty; no existing row changes.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime

from sqlalchemy.dialects import sqlite as sqlite_dialect
from sqlalchemy.schema import CreateIndex, CreateTable

from tpm_desktop.core.ids import derived_uuid, new_uuid
from tpm_desktop.core.schema import comment, evidence, segment, segment_score, touchpoint_segment

_TABLES = (segment, touchpoint_segment, segment_score, comment, evidence)

# What version 3 adds, for the opening checks of version-2 files.
ADDED_TABLES = frozenset(table.name for table in _TABLES)
ADDED_COLUMNS: dict[str, set[str]] = {}


def upgrade_2_to_3(connection: sqlite3.Connection) -> None:
    """Upgrade a version-2 database in the caller's transaction."""
    dialect = sqlite_dialect.dialect()
    for table in _TABLES:
        connection.execute(str(CreateTable(table).compile(dialect=dialect)))
        for index in table.indexes:
            connection.execute(str(CreateIndex(index).compile(dialect=dialect)))
    # The upgrade is a step of the history. Its UUID derives from the project's, so
    # two copies of one file upgraded apart share it (a merge sees nothing new).
    row = connection.execute("SELECT uuid FROM project WHERE id = 1").fetchone()
    try:
        uuid = derived_uuid(str(row[0]), "upgrade:3") if row else new_uuid()
    except ValueError:  # a malformed project UUID is refused later, by validation
        uuid = new_uuid()
    connection.execute(
        "INSERT INTO journal_change_set (uuid, kind, label, author, at) "
        "VALUES (?, 'upgrade', '', '', ?)",
        (uuid, datetime.now().replace(microsecond=0).isoformat(sep=" ")),
    )

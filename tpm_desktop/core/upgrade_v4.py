"""The upgrade step from schema version 3 to 4: workshop ratings of the customer experience.

Version 4 lets a workshop rating have no criterion: such a rating is a participant's
customer experience (−2 to +2), as live workshop rounds collect it. SQLite cannot
drop a NOT NULL in place, so the step rebuilds the table under the same name with
the same rows, ids and UUIDs; nothing else changes.
"""

from __future__ import annotations

import sqlite3

from sqlalchemy.dialects import sqlite as sqlite_dialect
from sqlalchemy.schema import CreateIndex, CreateTable

from tpm_desktop.core.schema import workshop_rating

# What version 4 adds, for the opening checks of version-3 files: no table or column.
ADDED_TABLES: frozenset[str] = frozenset()
ADDED_COLUMNS: dict[str, set[str]] = {}

_OLD = "workshop_rating_v3"


def upgrade_3_to_4(connection: sqlite3.Connection) -> None:
    """Upgrade a version-3 database in the caller's transaction."""
    dialect = sqlite_dialect.dialect()
    columns = ", ".join(f'"{column.name}"' for column in workshop_rating.columns)
    connection.execute(f'ALTER TABLE workshop_rating RENAME TO "{_OLD}"')
    # The indexes moved with the table under their old names: make room for the new ones.
    indexes = connection.execute(
        "SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL",
        (_OLD,),
    ).fetchall()
    for (name,) in indexes:
        connection.execute(f'DROP INDEX "{name}"')
    connection.execute(str(CreateTable(workshop_rating).compile(dialect=dialect)))
    for index in workshop_rating.indexes:
        connection.execute(str(CreateIndex(index).compile(dialect=dialect)))
    connection.execute(
        f'INSERT INTO workshop_rating ({columns}) SELECT {columns} FROM "{_OLD}" ORDER BY id'
    )
    connection.execute(f'DROP TABLE "{_OLD}"')
    # No entry in the change journal: no record changed, only what a record may hold.

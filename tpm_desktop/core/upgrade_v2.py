"""The upgrade step from schema version 1 to 2: stable identities and the journal.

Version 2 gives every record with an integer id a UUID, adds the touchpoint's short
code, relevance, target experience and budget lock, the criterion's role, the
touchpoint and criterion UUIDs of round snapshots, the merge log and the change
journal. UUIDs of upgraded records are derived from the project's creation time and
the record's id, so two copies of one version-1 file upgraded apart agree on them.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime

from sqlalchemy.dialects import sqlite as sqlite_dialect
from sqlalchemy.schema import CreateIndex, CreateTable

from tpm_desktop.core.ids import UPGRADE_NAMESPACE, derived_uuid, new_uuid
from tpm_desktop.core.schema import journal_change_set, journal_entry, merge_log

# Tables that gain a UUID of their own.
UUID_TABLES = (
    "project",
    "department",
    "channel",
    "phase",
    "criterion",
    "touchpoint",
    "measure",
    "kpi",
    "measurement",
    "workshop_rating",
    "assessment_round",
)

# What version 2 adds, for the opening checks of version-1 files.
ADDED_COLUMNS: dict[str, set[str]] = {
    **{table: {"uuid"} for table in UUID_TABLES},
    "touchpoint": {"uuid", "code", "relevance", "target_experience", "budget_locked"},
    "criterion": {"uuid", "role"},
    "round_touchpoint": {"touchpoint_uuid"},
    "round_criterion": {"criterion_uuid"},
}
ADDED_TABLES = frozenset({"merge_log", "journal_change_set", "journal_entry"})

_COLUMNS = {
    "touchpoint": (
        "code VARCHAR(16) DEFAULT '' NOT NULL",
        "relevance FLOAT",
        "target_experience INTEGER CHECK "
        "(target_experience IS NULL OR target_experience BETWEEN -2 AND 2)",
        "budget_locked BOOLEAN DEFAULT '0' NOT NULL",
    ),
    "criterion": (
        "role VARCHAR(16) DEFAULT 'performance' NOT NULL "
        "CHECK (role IN ('performance', 'relevance'))",
    ),
    "round_touchpoint": ("touchpoint_uuid VARCHAR(36) DEFAULT '' NOT NULL",),
    "round_criterion": ("criterion_uuid VARCHAR(36) DEFAULT '' NOT NULL",),
}


def project_uuid_of(created_at: str) -> str:
    """The UUID an upgraded project gets: derived from its creation time."""
    return derived_uuid(str(UPGRADE_NAMESPACE), f"project:{created_at}")


def record_uuid_of(project_uuid: str, table: str, record_id: int) -> str:
    """The UUID an upgraded record gets: derived from its project and local id."""
    return derived_uuid(project_uuid, f"{table}:{record_id}")


def upgrade_1_to_2(connection: sqlite3.Connection) -> None:
    """Upgrade a version-1 database in the caller's transaction."""
    row = connection.execute("SELECT created_at FROM project WHERE id = 1").fetchone()
    project_uuid = project_uuid_of(str(row[0]) if row else new_uuid())
    for table in UUID_TABLES:
        connection.execute(f"ALTER TABLE {table} ADD COLUMN uuid VARCHAR(36) DEFAULT '' NOT NULL")
        ids = [record_id for (record_id,) in connection.execute(f"SELECT id FROM {table}")]
        connection.executemany(
            f"UPDATE {table} SET uuid = ? WHERE id = ?",
            [
                (project_uuid if table == "project" else record_uuid_of(project_uuid, table, i), i)
                for i in ids
            ],
        )
        connection.execute(f"CREATE UNIQUE INDEX uq_{table}_uuid ON {table} (uuid)")
    for table, columns in _COLUMNS.items():
        for column in columns:
            connection.execute(f"ALTER TABLE {table} ADD COLUMN {column}")
    connection.execute("UPDATE touchpoint SET code = 'T' || id")
    for table, column, kind in (
        ("round_touchpoint", "touchpoint_id", "touchpoint"),
        ("round_criterion", "criterion_id", "criterion"),
    ):
        pairs = connection.execute(f"SELECT DISTINCT {column} FROM {table}").fetchall()
        connection.executemany(
            f"UPDATE {table} SET {kind}_uuid = ? WHERE {column} = ?",
            [(record_uuid_of(project_uuid, kind, i), i) for (i,) in pairs],
        )
    dialect = sqlite_dialect.dialect()
    for table in (merge_log, journal_change_set, journal_entry):
        connection.execute(str(CreateTable(table).compile(dialect=dialect)))
        for index in table.indexes:
            connection.execute(str(CreateIndex(index).compile(dialect=dialect)))
    # The first change set of the journal: copies made after this point share it.
    connection.execute(
        "INSERT INTO journal_change_set (uuid, kind, label, author, at) "
        "VALUES (?, 'upgrade', '', '', ?)",
        (new_uuid(), datetime.now().replace(microsecond=0).isoformat(sep=" ")),
    )

"""Reading and writing records: the state's rows in an SQLite file.

`write` turns one change set into one transaction that touches only the rows it
names, so the cost of an edit does not grow with the size of the project.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime

import sqlalchemy as sa

from tpm_desktop.core.changes import Change, ChangeSet
from tpm_desktop.core.model import RECORD_TYPES, Comment, Project, Record
from tpm_desktop.core.schema import APPLICATION_ID, SCHEMA_VERSION, metadata
from tpm_desktop.core.state import ProjectState


def create_schema(connection: sa.Connection) -> None:
    """Create all tables in an empty database and stamp it as a TPM project."""
    metadata.create_all(connection)
    connection.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
    connection.exec_driver_sql(f"PRAGMA user_version={SCHEMA_VERSION}")


def load_state(connection: sa.Connection) -> ProjectState:
    """Read every record of the project into a new state."""
    records: list[Record] = []
    for kind in RECORD_TYPES:
        table = metadata.tables[kind.TABLE]
        columns = [table.c[name] for name in kind.field_names()]
        make = kind.from_values
        records.extend(make(row) for row in connection.execute(sa.select(*columns)))
    return ProjectState(records)


def write_changes(
    connection: sa.Connection, changes: ChangeSet, modified_at: datetime | None = None
) -> None:
    """Write a change set; the caller owns the transaction.

    Inserts and updates go parents first, deletes children first, so that foreign
    keys hold after every statement.
    """
    by_kind: dict[type[Record], list[Change]] = defaultdict(list)
    for change in changes:
        by_kind[change.record_type].append(change)
    for kind in RECORD_TYPES:
        group = by_kind.get(kind)
        if not group:
            continue
        table = metadata.tables[kind.TABLE]
        inserts = [c.after.to_row() for c in group if c.before is None and c.after is not None]
        if kind is Comment and len(inserts) > 1:
            inserts = _replies_last(inserts)
        updates = [c.after for c in group if c.before is not None and c.after is not None]
        if inserts:
            connection.execute(table.insert(), inserts)
        if updates:
            connection.execute(_update_statement(kind), [_update_params(r) for r in updates])
    for kind in reversed(RECORD_TYPES):
        group = by_kind.get(kind)
        if not group:
            continue
        deletes = [c.before for c in group if c.after is None and c.before is not None]
        if kind is Comment and len(deletes) > 1:
            deletes = _replies_first(deletes)
        if deletes:
            connection.execute(_delete_statement(kind), [_key_params(r) for r in deletes])
    if modified_at is not None:
        project = metadata.tables[Project.TABLE]
        connection.execute(sa.update(project).values(modified_at=modified_at))


def _depth(parents: dict[int, int | None], comment_id: int) -> int:
    depth, current = 0, parents.get(comment_id)
    while current is not None and current in parents and depth <= len(parents):
        depth, current = depth + 1, parents[current]
    return depth


def _replies_last(rows: list[dict[str, object]]) -> list[dict[str, object]]:
    # A comment answers another one (a foreign key into its own table): when a
    # thread is inserted whole (an undo, a merge), parents must come first.
    parents = {row["id"]: row["parent_id"] for row in rows}
    return sorted(rows, key=lambda row: _depth(parents, row["id"]))  # type: ignore[arg-type]


def _replies_first(records: list[Record]) -> list[Record]:
    parents = {r.id: r.parent_id for r in records}  # type: ignore[attr-defined]
    return sorted(records, key=lambda r: -_depth(parents, r.id))  # type: ignore[attr-defined]


def insert_all(connection: sa.Connection, state: ProjectState) -> None:
    """Write every record of a state into empty tables (used for new projects)."""
    for kind in RECORD_TYPES:
        rows = [record.to_row() for record in state.table(kind).values()]
        if kind is Comment:
            rows = _replies_last(rows)
        if rows:
            connection.execute(metadata.tables[kind.TABLE].insert(), rows)


def _key_params(record: Record) -> dict[str, object]:
    return {f"k_{name}": getattr(record, name) for name in record.KEY_FIELDS}


def _update_params(record: Record) -> dict[str, object]:
    params = _key_params(record)
    params.update(
        {
            f"v_{name}": value
            for name, value in record.to_row().items()
            if name not in record.KEY_FIELDS and name not in record.VOLATILE_FIELDS
        }
    )
    return params


_STATEMENTS: dict[tuple[str, type[Record]], sa.Executable] = {}


def _where_key(kind: type[Record]) -> sa.ColumnElement[bool]:
    table = metadata.tables[kind.TABLE]
    return sa.and_(*(table.c[name] == sa.bindparam(f"k_{name}") for name in kind.KEY_FIELDS))


def _update_statement(kind: type[Record]) -> sa.Executable:
    statement = _STATEMENTS.get(("update", kind))
    if statement is None:
        table = metadata.tables[kind.TABLE]
        values = {
            column.name: sa.bindparam(f"v_{column.name}")
            for column in table.columns
            if column.name not in kind.KEY_FIELDS and column.name not in kind.VOLATILE_FIELDS
        }
        statement = sa.update(table).where(_where_key(kind)).values(values)
        _STATEMENTS[("update", kind)] = statement
    return statement


def _delete_statement(kind: type[Record]) -> sa.Executable:
    statement = _STATEMENTS.get(("delete", kind))
    if statement is None:
        statement = sa.delete(metadata.tables[kind.TABLE]).where(_where_key(kind))
        _STATEMENTS[("delete", kind)] = statement
    return statement

"""Schema upgrades, applied step by step to a working copy, keyed on user_version.

A step upgrades a file from version n to n + 1 inside one transaction. The user's
file is never upgraded in place: the working copy is, and Save writes it back.
Every released schema keeps a fixture file in tests/fixtures/ and a test that
opens it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from tpm_desktop.core import upgrade_v3, upgrade_v4
from tpm_desktop.core.schema import SCHEMA_VERSION
from tpm_desktop.core.upgrade_v2 import ADDED_COLUMNS, ADDED_TABLES, upgrade_1_to_2

Step = Callable[[sqlite3.Connection], None]

# from_version -> the function that upgrades a file of that version by one step.
STEPS: dict[int, Step] = {
    1: upgrade_1_to_2,
    2: upgrade_v3.upgrade_2_to_3,
    3: upgrade_v4.upgrade_3_to_4,
}

# version -> (tables, columns by table) that the step to it added; the opening
# checks derive each older version's expected schema from the current one.
ADDITIONS: dict[int, tuple[frozenset[str], dict[str, set[str]]]] = {
    2: (ADDED_TABLES, ADDED_COLUMNS),
    3: (upgrade_v3.ADDED_TABLES, upgrade_v3.ADDED_COLUMNS),
    4: (upgrade_v4.ADDED_TABLES, upgrade_v4.ADDED_COLUMNS),
}


def upgrade(connection: sqlite3.Connection, steps: dict[int, Step] | None = None) -> int:
    """Upgrade the database to SCHEMA_VERSION; returns the version it had before."""
    steps = STEPS if steps is None else steps
    (start,) = connection.execute("PRAGMA user_version").fetchone()
    version = start
    while version < SCHEMA_VERSION:
        step = steps.get(version)
        if step is None:
            raise RuntimeError(f"no upgrade step from schema version {version}")
        connection.execute("BEGIN IMMEDIATE")
        try:
            step(connection)
            connection.execute(f"PRAGMA user_version={version + 1}")
        except BaseException:
            connection.execute("ROLLBACK")
            raise
        connection.execute("COMMIT")
        version += 1
    return start

"""Fuzzing the project file: mutated bytes open cleanly or are refused with a message.

Each mutant of a valid project (bytes changed in the header, in page headers, in the
schema page and in cells; files cut short or grown) must either open with data that
passes every check and agrees with its working copy, or be refused with a
ProjectFileError. It must never raise anything else, take more than a few seconds,
or change the input file.

CI runs 300 cases; HYPOTHESIS_PROFILE=long runs 5,000.
"""

from __future__ import annotations

import hashlib
import os
import struct
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from tests.support.builders import save_new, small_state
from tpm_desktop.core.errors import ProjectFileError
from tpm_desktop.core.project_file import OpenProject, read_project
from tpm_desktop.core.workspace import Workspace

CASES = {"ci": 300, "long": 5000}[os.environ.get("HYPOTHESIS_PROFILE", "ci")]
SLOWEST_ALLOWED_S = 10.0
FIGURES = {"cases": 0, "opened": 0, "refused": 0, "slowest_s": 0.0}


FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
FIXTURE = FIXTURES / "schema_v1.tpm"
# Version 3 adds blobs (an image), self-referencing comments and composite keys.
FIXTURE_V3 = FIXTURES / "schema_v3.tpm"

# Mutations of the fixture that once broke opening, replayed on every run.
REGRESSIONS = [
    # invalid UTF-8 in a SQLite error message raised UnicodeDecodeError (fixed in db.DB_ERRORS)
    ([(78783, 128)], None),
    # damage found only by the v1 → v2 upgrade escaped read_project as DatabaseError
    ([(147448, 0)], None),
]


@pytest.fixture(scope="module", params=[FIXTURE, FIXTURE_V3], ids=["v1", "v3"])
def original(request) -> bytes:
    # The released-schema fixtures never change, so found mutations stay reproducible.
    return request.param.read_bytes()


def mutations(size: int, page_size: int):
    pages = max(1, size // page_size)
    page_header = st.builds(
        lambda page, offset: min(size - 1, page * page_size + offset),
        st.integers(1, pages - 1) if pages > 1 else st.just(0),
        st.integers(0, 11),
    )
    offsets = st.one_of(
        st.integers(0, 99),  # the database header
        st.integers(100, min(size, page_size) - 1),  # page 1: the schema table
        page_header,
        st.integers(0, size - 1),  # anywhere: cells, free space
    )
    flips = st.lists(st.tuples(offsets, st.integers(0, 255)), min_size=1, max_size=16)
    resize = st.one_of(st.none(), st.integers(0, size + 3 * page_size))
    return st.tuples(flips, resize)


def apply(data: bytes, flips, resize) -> bytes:
    mutant = bytearray(data)
    for offset, value in flips:
        mutant[offset] = value
    if resize is not None:
        mutant = mutant[:resize] + bytes(max(0, resize - len(mutant)))
    return bytes(mutant)


@pytest.fixture(scope="module", autouse=True)
def report_figures():
    yield
    print(f"\nfuzz cases: {FIGURES}")


def test_mutated_files_open_cleanly_or_are_refused(original, tmp_path_factory):
    page_size = struct.unpack(">H", original[16:18])[0]
    folder = tmp_path_factory.mktemp("fuzz")
    workspace = Workspace(folder / "data")

    @settings(
        max_examples=CASES,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(mutations(len(original), page_size))
    @example(REGRESSIONS[0])
    @example(REGRESSIONS[1])
    def check(mutation):
        flips, resize = mutation
        path = folder / "mutant.tpm"
        path.write_bytes(apply(original, flips, resize))
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        started = time.monotonic()
        try:
            project = OpenProject.open(path, workspace)
        except ProjectFileError as error:
            FIGURES["refused"] += 1
            assert "\n" not in error.message("en")
            with pytest.raises(ProjectFileError):
                read_project(path)
        else:
            FIGURES["opened"] += 1
            try:
                assert project.reload_state().same_content(project.state)
                assert read_project(path).same_content(project.state)
            finally:
                project.close()
        elapsed = time.monotonic() - started
        FIGURES["slowest_s"] = max(FIGURES["slowest_s"], round(elapsed, 3))
        FIGURES["cases"] += 1
        assert elapsed < SLOWEST_ALLOWED_S
        assert hashlib.sha256(path.read_bytes()).hexdigest() == digest
        assert not any((folder / "data" / "sessions").glob("*/working.tpm"))

    check()


def test_hostile_view_and_trigger_are_refused(tmp_path, workspace):
    import sqlite3

    for statement in (
        "CREATE VIEW spy AS SELECT * FROM touchpoint",
        "CREATE TRIGGER t AFTER INSERT ON measure BEGIN DELETE FROM touchpoint; END",
    ):
        path = tmp_path / "hostile.tpm"
        save_new(path, small_state(), workspace)
        connection = sqlite3.connect(path)
        connection.execute(statement)
        connection.commit()
        connection.close()
        with pytest.raises(ProjectFileError) as info:
            OpenProject.open(path, workspace)
        assert info.value.code == "unexpected_objects"
        path.unlink()


def test_absurd_sizes(tmp_path, workspace):
    import sqlite3

    from tpm_desktop.core.ids import new_uuid

    path = tmp_path / "huge-name.tpm"
    save_new(path, small_state(), workspace)
    connection = sqlite3.connect(path)
    connection.execute("UPDATE touchpoint SET name = ? WHERE id = 1", ("N" * 10_000_000,))
    connection.commit()
    connection.close()
    project = OpenProject.open(path, workspace)  # opens; views must cope with the size
    assert len(project.state.touchpoints[1].name) == 10_000_000
    project.close()

    path = tmp_path / "many-criteria.tpm"
    save_new(path, small_state(), workspace)
    connection = sqlite3.connect(path)
    connection.executemany(
        "INSERT INTO criterion(id, name, position, description, weight, scale_min, scale_max,"
        " uuid) VALUES (?, ?, ?, '', 1, 1, 5, ?)",
        [(i, f"C{i}", i, new_uuid()) for i in range(100, 100_100)],
    )
    connection.commit()
    connection.close()
    with pytest.raises(ProjectFileError) as info:
        OpenProject.open(path, workspace)
    assert info.value.code == "damaged" and "criteria" in info.value.message("en")
    assert Path(path).exists()

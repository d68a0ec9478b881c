"""Schema fixtures of every released version open, and upgrade steps run in order."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from tpm_desktop.core import migrations
from tpm_desktop.core.edits import segments
from tpm_desktop.core.enums import CriterionRole, EvidenceKind
from tpm_desktop.core.model import (
    UUID_TYPES,
    Comment,
    Criterion,
    Evidence,
    Kpi,
    Measure,
    Measurement,
    RoundCriterion,
    RoundTouchpoint,
    Touchpoint,
)
from tpm_desktop.core.project_file import OpenProject, read_project
from tpm_desktop.core.schema import SCHEMA_VERSION

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def test_every_released_schema_has_a_fixture():
    for version in range(1, SCHEMA_VERSION + 1):
        assert (FIXTURES / f"schema_v{version}.tpm").exists(), version


def test_schema_v1_fixture_opens_with_its_content(tmp_path, workspace):
    copy = tmp_path / "v1.tpm"
    shutil.copy(FIXTURES / "schema_v1.tpm", copy)
    before = hashlib.sha256(copy.read_bytes()).hexdigest()
    project = OpenProject.open(copy, workspace)
    state = project.state
    assert state.project.name == "Small project"
    assert [c.name for c in state.criteria] == [
        "Funktion",
        "Performance",
        "Kosten-/Leistungsverhältnis",
        "Steuerbarkeit",
    ]
    names = {tp.name: tp for tp in state.table(Touchpoint).values()}
    assert sorted(names) == ["Hotline", "Shop counter", "Website"]
    assert names["Website"].as_is == "Slow.\nOld."
    assert names["Hotline"].experience == -1
    assert state.scores_of(names["Website"].id)[1].as_is == 2.0
    (measure,) = state.table(Measure).values()
    assert measure.due_date == date(2026, 3, 1) and measure.quick_win
    (kpi,) = state.table(Kpi).values()
    assert kpi.direction == "lower"
    assert [m.value for m in state.measurements_of(kpi.id)] == [95, 90, 85, 80, 75, 70]
    assert len(state.table(Measurement)) == 6
    assert len(state.rounds()) == 1
    project.close()
    assert hashlib.sha256(copy.read_bytes()).hexdigest() == before


def test_upgrade_runs_each_step_once_in_order(tmp_path):
    path = tmp_path / "old.db"
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA user_version=1")
    calls: list[int] = []

    def step(version):
        def run(conn):
            calls.append(version)
            conn.execute(f"CREATE TABLE added_in_{version + 1}(x)")

        return run

    target = SCHEMA_VERSION + 2
    steps = {v: step(v) for v in range(1, target)}
    monkey_version = migrations.SCHEMA_VERSION
    try:
        migrations.SCHEMA_VERSION = target
        start = migrations.upgrade(connection, steps)
    finally:
        migrations.SCHEMA_VERSION = monkey_version
    assert start == 1
    assert calls == list(range(1, target))
    assert connection.execute("PRAGMA user_version").fetchone()[0] == target


def test_failed_step_rolls_back_and_keeps_version(tmp_path):
    connection = sqlite3.connect(tmp_path / "old.db", isolation_level=None)
    connection.execute("PRAGMA user_version=1")

    def broken(conn):
        conn.execute("CREATE TABLE half(x)")
        raise RuntimeError("step failed")

    saved = migrations.SCHEMA_VERSION
    try:
        migrations.SCHEMA_VERSION = 2
        with pytest.raises(RuntimeError):
            migrations.upgrade(connection, {1: broken})
    finally:
        migrations.SCHEMA_VERSION = saved
    assert connection.execute("PRAGMA user_version").fetchone()[0] == 1
    tables = [r[0] for r in connection.execute("SELECT name FROM sqlite_schema")]
    assert "half" not in tables


def test_read_project_of_fixture_equals_opened_project(workspace):
    state = read_project(FIXTURES / "schema_v1.tpm")
    project = OpenProject.open(FIXTURES / "schema_v1.tpm", workspace)
    assert state.same_content(project.state)
    project.close()


def _journal(path: Path) -> list[tuple]:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(
            "SELECT kind, label, author FROM journal_change_set ORDER BY seq"
        ).fetchall()
    finally:
        connection.close()


def test_schema_v1_upgrade_gives_stable_identities(tmp_path, workspace):
    # Two copies of one version-1 file, upgraded apart, agree on every UUID.
    states = []
    for name in ("a.tpm", "b.tpm"):
        copy = tmp_path / name
        shutil.copy(FIXTURES / "schema_v1.tpm", copy)
        project = OpenProject.open(copy, workspace)
        states.append(project.state)
        project.save()
        project.close()
        # one step per schema version passed: 1 -> 2 -> 3
        assert [kind for kind, _, _ in _journal(copy)] == ["upgrade", "upgrade"]
    first, second = states
    assert first.project.uuid == second.project.uuid
    for kind in UUID_TYPES:
        assert {r.key: r.uuid for r in first.table(kind).values()} == {
            r.key: r.uuid for r in second.table(kind).values()
        }
    touchpoints = first.table(Touchpoint).values()
    assert sorted(tp.code for tp in touchpoints) == sorted(f"T{tp.id}" for tp in touchpoints)
    assert all(tp.relevance is None and not tp.budget_locked for tp in touchpoints)
    assert {c.role for c in first.criteria} == {CriterionRole.PERFORMANCE}
    for row in first.table(RoundTouchpoint).values():
        assert row.touchpoint_uuid == first.touchpoints[row.touchpoint_id].uuid
    for row in first.table(RoundCriterion).values():
        assert row.criterion_uuid == first.get(Criterion, row.criterion_id).uuid
    # A new touchpoint continues the codes.
    assert first.next_code() == f"T{max(tp.id for tp in touchpoints) + 1}"


def test_schema_v2_fixture_opens_with_content_and_journal(tmp_path, workspace):
    copy = tmp_path / "v2.tpm"
    shutil.copy(FIXTURES / "schema_v2.tpm", copy)
    before = hashlib.sha256(copy.read_bytes()).hexdigest()
    project = OpenProject.open(copy, workspace)
    names = {tp.name: tp for tp in project.state.table(Touchpoint).values()}
    assert sorted(names) == ["Hotline", "Shop counter", "Webseite"]
    assert names["Webseite"].target_experience == 2
    assert names["Webseite"].experience is None
    project.close()
    assert hashlib.sha256(copy.read_bytes()).hexdigest() == before
    assert _journal(copy) == [
        ("create", "", _journal(copy)[0][2]),
        ("edit", "Rename touchpoint", "Fixture"),
        ("edit", "Set target experience", "Fixture"),
    ]


def _tables(path: Path) -> set[str]:
    connection = sqlite3.connect(path)
    try:
        rows = connection.execute("SELECT name FROM sqlite_schema WHERE type = 'table'")
        return {name for (name,) in rows}
    finally:
        connection.close()


def _version(path: Path) -> int:
    connection = sqlite3.connect(path)
    try:
        return connection.execute("PRAGMA user_version").fetchone()[0]
    finally:
        connection.close()


def test_schema_v2_upgrades_to_v3_with_empty_segments_and_evidence(tmp_path, workspace):
    copy = tmp_path / "v2.tpm"
    shutil.copy(FIXTURES / "schema_v2.tpm", copy)
    assert _version(copy) == 2 and "segment" not in _tables(copy)
    project = OpenProject.open(copy, workspace)
    state = project.state
    assert not state.segments() and not state.table(Evidence) and not state.table(Comment)
    web = next(tp for tp in state.table(Touchpoint).values() if tp.name == "Webseite")
    changes, segment_id = segments.add_segment(state, "Households")
    project.commit(changes, label="Add segment")
    project.commit(segments.set_segment_experience(project.state, [web.id], segment_id, -1))
    project.save()
    project.close()
    assert _version(copy) == SCHEMA_VERSION == 4
    assert {"segment", "touchpoint_segment", "segment_score", "comment", "evidence"} <= (
        _tables(copy)
    )
    reread = read_project(copy)
    (segment,) = reread.segments()
    assert segment.name == "Households"
    assert reread.segments_of(web.id)[segment.id].experience == -1
    kinds = [kind for kind, _, _ in _journal(copy)]
    assert kinds == ["create", "edit", "edit", "upgrade", "edit", "edit"]


def test_schema_v3_fixture_opens_with_segments_evidence_and_comments(tmp_path, workspace):
    copy = tmp_path / "v3.tpm"
    shutil.copy(FIXTURES / "schema_v3.tpm", copy)
    before = hashlib.sha256(copy.read_bytes()).hexdigest()
    project = OpenProject.open(copy, workspace)
    state = project.state
    assert [s.name for s in state.segments()] == ["Households", "Business customers"]
    web = next(tp for tp in state.table(Touchpoint).values() if tp.name == "Website")
    households, business = state.segments()
    relevance = state.segments_of(web.id)
    assert relevance[households.id].experience == -2
    assert relevance[business.id].experience == 1
    (override,) = state.segment_scores_of(web.id, business.id).values()
    assert override.as_is == 4.0
    first, reply = state.comments_of(web.id)
    assert (first.author, first.text, reply.parent_id) == ("Ann", "Too slow", first.id)
    quote, link, image = state.evidence_of(web.id)
    assert quote.kind == EvidenceKind.QUOTE and quote.quote_date == date(2026, 4, 1)
    assert link.url == "https://example.org/test"
    assert image.kind == EvidenceKind.IMAGE and image.data.startswith(b"\x89PNG")
    assert image.digest == hashlib.sha256(image.data).hexdigest()
    project.close()
    assert hashlib.sha256(copy.read_bytes()).hexdigest() == before


def test_two_copies_of_a_v2_file_upgraded_apart_share_the_upgrade_step(tmp_path, workspace):
    uuids = []
    for name in ("a.tpm", "b.tpm"):
        copy = tmp_path / name
        shutil.copy(FIXTURES / "schema_v2.tpm", copy)
        project = OpenProject.open(copy, workspace)
        project.save()
        project.close()
        connection = sqlite3.connect(copy)
        uuids.append(
            connection.execute(
                "SELECT uuid FROM journal_change_set WHERE kind = 'upgrade'"
            ).fetchall()
        )
        connection.close()
    assert uuids[0] == uuids[1] and len(uuids[0]) == 1


def test_schema_v3_upgrades_to_v4_keeping_ratings_and_taking_experience_ratings(
    tmp_path, workspace
):
    from tpm_desktop.core.edits.builder import Builder
    from tpm_desktop.core.model import WorkshopRating
    from tpm_desktop.core.workshop import experience_aggregate

    copy = tmp_path / "v3.tpm"
    shutil.copy(FIXTURES / "schema_v3.tpm", copy)
    connection = sqlite3.connect(copy)  # a rating as version 3 stored it
    ((touchpoint_id,),) = connection.execute("SELECT id FROM touchpoint WHERE name = 'Website'")
    connection.execute(
        "INSERT INTO workshop_rating (id, touchpoint_id, criterion_id, participant, value,"
        " group_name, batch, uuid) VALUES (7, ?, 1, 'Ana', 4.0, 'g', 'W1', "
        "'00000000-0000-4000-8000-000000000007')",
        (touchpoint_id,),
    )
    connection.commit()
    notnull = {row[1]: row[3] for row in connection.execute("PRAGMA table_info(workshop_rating)")}
    connection.close()
    assert notnull["criterion_id"] == 1 and _version(copy) == 3
    project = OpenProject.open(copy, workspace)
    kept = project.state.table(WorkshopRating)[7]
    assert len(project.state.table(WorkshopRating)) == 2  # the fixture's own and this one
    assert (kept.id, kept.criterion_id, kept.participant, kept.value) == (7, 1, "Ana", 4.0)
    assert kept.uuid == "00000000-0000-4000-8000-000000000007"
    b = Builder(project.state)
    b.put(WorkshopRating(b.new_id(WorkshopRating), touchpoint_id, None, "Ana", -2.0, "g", "W1"))
    project.commit(b.build(), label="Experience")
    project.save()
    project.close()
    assert _version(copy) == 4
    reread = [r for r in read_project(copy).table(WorkshopRating).values() if r.batch == "W1"]
    assert sorted((r.criterion_id or 0, r.value) for r in reread) == [(0, -2.0), (1, 4.0)]
    assert experience_aggregate(reread)[touchpoint_id].mean == -2.0
    connection = sqlite3.connect(copy)
    try:
        indexes = {r[1] for r in connection.execute("PRAGMA index_list(workshop_rating)")}
        assert {"uq_workshop_rating_uuid", "ix_workshop_rating_touchpoint_id"} <= indexes
        assert _objects(connection, "workshop_rating") == _objects_of_a_new_file(tmp_path)
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        with pytest.raises(sqlite3.IntegrityError):  # an experience is on -2..+2
            connection.execute(
                "INSERT INTO workshop_rating (id, touchpoint_id, criterion_id, participant,"
                " value, uuid) VALUES (99, ?, NULL, 'x', 5, 'u')",
                (touchpoint_id,),
            )
    finally:
        connection.close()


def test_schema_v4_fixture_opens_with_experience_ratings(tmp_path, workspace):
    from tpm_desktop.core.model import WorkshopRating
    from tpm_desktop.core.workshop import aggregate, experience_aggregate

    copy = tmp_path / "v4.tpm"
    shutil.copy(FIXTURES / "schema_v4.tpm", copy)
    before = hashlib.sha256(copy.read_bytes()).hexdigest()
    project = OpenProject.open(copy, workspace)
    ratings = [r for r in project.state.table(WorkshopRating).values() if r.batch == "Kick-off"]
    web = next(tp for tp in project.state.table(Touchpoint).values() if tp.name == "Website")
    assert len(ratings) == 4 and {r.participant for r in ratings} == {"P1", "P2"}
    assert experience_aggregate(ratings)[web.id].mean == 0.5  # (-1 + 2) / 2
    assert aggregate(ratings)[(web.id, project.state.criteria[0].id)].mean == 3.0
    project.close()
    assert hashlib.sha256(copy.read_bytes()).hexdigest() == before


def _objects(connection: sqlite3.Connection, table: str) -> list[tuple[str, str, str]]:
    query = "SELECT type, name, sql FROM sqlite_schema WHERE tbl_name = ? ORDER BY name"
    return [tuple(row) for row in connection.execute(query, (table,))]


def _objects_of_a_new_file(tmp_path: Path) -> list[tuple[str, str, str]]:
    from tests.support.builders import save_new
    from tpm_desktop.core.sample import sample_state

    path = tmp_path / "new.tpm"
    save_new(path, sample_state("en"))
    connection = sqlite3.connect(path)
    try:
        return _objects(connection, "workshop_rating")
    finally:
        connection.close()

"""The change journal: written with every commit, by UUID, compact, and carried by Save."""

from __future__ import annotations

import json
import sqlite3
from datetime import date

import pytest

from tests.support.builders import small_state
from tpm_desktop.core.edits import assessment, lanes, monitoring, touchpoints
from tpm_desktop.core.enums import Dimension
from tpm_desktop.core.model import Department, Kpi, Touchpoint
from tpm_desktop.core.project_file import OpenProject


@pytest.fixture
def project(workspace):
    opened = OpenProject.create(small_state(), workspace)
    opened.author = "Ana"
    yield opened
    opened.close()


def rows(path, sql: str) -> list[tuple]:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(sql).fetchall()
    finally:
        connection.close()


def change_sets(project) -> list[tuple]:
    return rows(
        project.working_path, "SELECT seq, kind, label, author FROM journal_change_set ORDER BY seq"
    )


def entries(project, seq: int | None = None) -> list[tuple]:
    where = "" if seq is None else f" WHERE change_set = {seq}"
    return rows(
        project.working_path,
        "SELECT record_table, record, subject, field, old, new FROM journal_entry"
        f"{where} ORDER BY id",
    )


def website(project) -> Touchpoint:
    return next(tp for tp in project.state.touchpoints.values() if tp.name == "Website")


def test_a_new_project_starts_with_a_creation(project):
    assert change_sets(project) == [(1, "create", "", change_sets(project)[0][3])]
    assert entries(project) == []


def test_an_edit_is_journaled_field_by_field_with_uuids(project):
    web = website(project)
    other = next(d for d in project.state.table(Department).values() if d.id != web.department_id)
    project.commit(
        touchpoints.update_touchpoints(
            project.state, [web.id], name="Web shop", department_id=other.id
        ),
        label="Edit touchpoint",
    )
    (seq, kind, label, author) = change_sets(project)[-1]
    assert (kind, label, author) == ("edit", "Edit touchpoint", "Ana")
    found = {field: (old, new) for table, record, about, field, old, new in entries(project, seq)}
    assert found["name"] == ('"Website"', '"Web shop"')
    old_department = project.state.get(Department, web.department_id)
    assert found["department_id"] == (json.dumps(old_department.uuid), json.dumps(other.uuid))
    assert {(t, r, s) for t, r, s, *_ in entries(project, seq)} == {
        ("touchpoint", web.uuid, web.uuid)
    }


def test_inserts_and_deletes_carry_the_whole_record_and_its_touchpoint(project):
    web = website(project)
    changes, kpi_id = monitoring.add_kpi(project.state, web.id, "NPS", unit="pts")
    project.commit(changes)
    kpi = project.state.get(Kpi, kpi_id)
    changes, _ = monitoring.add_measurements(project.state, [(kpi_id, date(2026, 5, 1), 41.0, "")])
    project.commit(changes)
    ((table, _record, about, field, old, new),) = entries(project, change_sets(project)[-1][0])
    assert (table, about, field, old) == ("measurement", web.uuid, "", None)
    assert json.loads(new) == {"kpi_id": kpi.uuid, "date": "2026-05-01", "value": 41.0, "note": ""}
    project.commit(touchpoints.delete_touchpoints(project.state, [web.id]))
    deleted = entries(project, change_sets(project)[-1][0])
    assert all(
        new is None and old is not None and about == web.uuid
        for _table, _record, about, _field, old, new in deleted
    )
    assert {t for t, *_ in deleted} == {
        "touchpoint",
        "score",
        "kpi",
        "measurement",
        "combination",
        "workshop_rating",
    }


def test_scores_are_named_by_their_touchpoint_and_criterion(project):
    web = website(project)
    criterion = project.state.criteria[2]
    project.commit(assessment.set_scores(project.state, [web.id], criterion.id, as_is=4))
    ((table, record, *_),) = entries(project, change_sets(project)[-1][0])
    assert table == "score" and json.loads(record) == [web.uuid, criterion.uuid]


def test_undo_of_an_unsaved_edit_leaves_no_trace(project, tmp_path):
    web = website(project)
    before = change_sets(project)
    changes = touchpoints.update_touchpoints(project.state, [web.id], experience=2)
    project.commit(changes)
    project.commit(changes.inverted(), kind="undo")
    assert change_sets(project) == before
    # Redo and undo again: still nothing.
    project.commit(changes, kind="redo")
    project.commit(changes.inverted(), kind="undo")
    assert change_sets(project) == before


def test_undo_of_a_saved_edit_is_journaled(project, tmp_path):
    web = website(project)
    changes = touchpoints.update_touchpoints(project.state, [web.id], experience=2)
    project.commit(changes)
    project.save_as(tmp_path / "p.tpm")
    project.commit(changes.inverted(), kind="undo")
    assert [kind for _, kind, _, _ in change_sets(project)] == ["create", "edit", "undo"]
    # The saved file carries the journal up to the save.
    saved = rows(tmp_path / "p.tpm", "SELECT kind FROM journal_change_set ORDER BY seq")
    assert saved == [("create",), ("edit",)]


def test_typing_folds_into_one_entry(project):
    web = website(project)
    for text in ("S", "Sl", "Slo", "Slow"):
        project.commit(
            touchpoints.update_touchpoints(project.state, [web.id], description=text),
            typing=True,
        )
    (_, kind, _, _) = change_sets(project)[-1]
    assert kind == "edit" and len(change_sets(project)) == 2
    assert [(f, o, n) for _, _, _, f, o, n in entries(project)] == [("description", '""', '"Slow"')]
    # Deleting what was typed leaves nothing at all.
    for text in ("Slo", "Sl", "S", ""):
        project.commit(
            touchpoints.update_touchpoints(project.state, [web.id], description=text),
            typing=True,
        )
    assert len(change_sets(project)) == 1 and entries(project) == []


def test_typing_in_another_field_starts_a_new_change_set(project):
    web = website(project)
    project.commit(
        touchpoints.update_touchpoints(project.state, [web.id], description="A"), typing=True
    )
    project.commit(touchpoints.update_touchpoints(project.state, [web.id], target="B"), typing=True)
    assert len(change_sets(project)) == 3


def test_lane_deletion_names_the_lane_of_moved_touchpoints(project):
    web = website(project)
    lane = project.state.get(Department, web.department_id)
    target = next(d for d in project.state.table(Department).values() if d.id != lane.id)
    project.commit(lanes.delete_lane(project.state, Dimension.DEPARTMENT, lane.id, target.id))
    found = entries(project, change_sets(project)[-1][0])
    moved = [e for e in found if e[0] == "touchpoint" and e[3] == "department_id"]
    assert moved and all(json.loads(e[4]) == lane.uuid for e in moved)
    assert any(e[0] == "department" and e[5] is None for e in found)


def test_a_failed_write_journals_nothing(project, monkeypatch):
    from tpm_desktop.core import store
    from tpm_desktop.core.errors import EditError

    before = change_sets(project)

    def broken(*args, **kwargs):
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(store, "write_changes", broken)
    with pytest.raises(EditError):
        project.commit(
            touchpoints.update_touchpoints(project.state, [website(project).id], name="X")
        )
    monkeypatch.undo()
    assert change_sets(project) == before
    # The writer's counters are intact: the next edit is journaled normally.
    project.commit(touchpoints.update_touchpoints(project.state, [website(project).id], name="Y"))
    assert change_sets(project)[-1][1] == "edit"


def test_reading_the_journal_and_a_touchpoints_history(project):
    web = website(project)
    hotline = next(tp for tp in project.state.touchpoints.values() if tp.name == "Hotline")
    project.commit(touchpoints.update_touchpoints(project.state, [web.id], name="Web"), label="A")
    project.commit(touchpoints.update_touchpoints(project.state, [hotline.id], name="Hot"))
    project.commit(assessment.set_scores(project.state, [web.id], 3, as_is=2), label="B")
    whole = project.journal()
    assert [cs.kind for cs in whole] == ["create", "edit", "edit", "edit"]
    history = project.journal(subject=web.uuid)
    assert [cs.label for cs in history] == ["A", "B"]
    rename = history[0].entries[0]
    assert (rename.field, rename.old, rename.new) == ("name", "Website", "Web")
    score = history[1].entries[0]
    assert score.table == "score" and not score.existed_before and score.new["as_is"] == 2.0
    assert history[0].author == "Ana"


def test_a_crafted_journal_is_refused_as_unreadable(project):
    from tpm_desktop.core.journal_read import JournalError

    project.commit(touchpoints.update_touchpoints(project.state, [website(project).id], name="W"))
    connection = sqlite3.connect(project.working_path)
    connection.execute("UPDATE journal_entry SET old = 'not json'")
    connection.commit()
    connection.close()
    with pytest.raises(JournalError):
        project.journal()

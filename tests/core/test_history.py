"""The project history read from the journal: steps newest first, names that survive deletes."""

from __future__ import annotations

import pytest

from tests.support.builders import small_state
from tpm_desktop.core.edits import lanes, touchpoints
from tpm_desktop.core.enums import Dimension
from tpm_desktop.core.history import LineAction, history
from tpm_desktop.core.merge.describe import value_text
from tpm_desktop.core.model import Department
from tpm_desktop.core.project_file import OpenProject


@pytest.fixture
def project(workspace):
    opened = OpenProject.create(small_state(), workspace)
    opened.author = "Ana"
    yield opened
    opened.close()


def named(project, name: str):
    return next(tp for tp in project.state.touchpoints.values() if tp.name == name)


def test_steps_are_newest_first_with_author_and_lane_names(project):
    web = named(project, "Website")
    other = next(d for d in project.state.table(Department).values() if d.id != web.department_id)
    old_lane = project.state.table(Department)[web.department_id].name
    project.commit(touchpoints.update_touchpoints(project.state, [web.id], department_id=other.id))
    project.author = "Ben"
    project.commit(touchpoints.update_touchpoints(project.state, [web.id], budget=1200.0))
    result = history(project.state, project.journal())
    latest, move, created = result.steps
    assert (latest.author, move.author, created.kind) == ("Ben", "Ana", "create")
    assert created.lines == ()  # the creation lists every record: shown without lines
    (line,) = move.lines
    assert (line.action, line.field, line.name) == (LineAction.CHANGED, "department_id", "Website")
    assert line.new == other.uuid
    assert value_text(result.names, "touchpoint", "department_id", line.old) == old_lane
    assert value_text(result.names, "touchpoint", "department_id", line.new) == other.name


def test_a_deleted_touchpoint_keeps_its_name_in_the_history(project):
    web = named(project, "Website")
    uuid = web.uuid
    project.commit(touchpoints.update_touchpoints(project.state, [web.id], name="Web portal"))
    project.commit(touchpoints.delete_touchpoints(project.state, [web.id]))
    result = history(project.state, project.journal(uuid))
    deleted, renamed = result.steps
    touchpoint_line = next(line for line in deleted.lines if line.table == "touchpoint")
    assert (touchpoint_line.action, touchpoint_line.name) == (LineAction.DELETED, "Web portal")
    assert [(line.old, line.new) for line in renamed.lines] == [("Website", "Web portal")]


def test_a_deleted_lane_is_still_named_in_older_lines(project):
    web = named(project, "Website")
    lane = project.state.table(Department)[web.department_id]
    other = next(d for d in project.state.table(Department).values() if d.id != lane.id)
    project.commit(touchpoints.update_touchpoints(project.state, [web.id], department_id=other.id))
    project.commit(lanes.delete_lane(project.state, Dimension.DEPARTMENT, lane.id))
    result = history(project.state, project.journal(web.uuid), whole_journal=project.journal())
    line = next(line for step in result.steps for line in step.lines if line.field)
    assert value_text(result.names, "touchpoint", "department_id", line.old) == lane.name

"""Merging two copies of one project: three-way by the journals, with defined outcomes."""

from __future__ import annotations

import json
import shutil
import sqlite3
from datetime import date

import pytest

from tests.support.builders import small_state
from tpm_desktop.core.edits import assessment, lanes, monitoring, touchpoints
from tpm_desktop.core.enums import Dimension
from tpm_desktop.core.merge import Action, Conflict, MergeError, MergeMode, Note
from tpm_desktop.core.merge.files import apply_result, merge_now, plan_from_file
from tpm_desktop.core.model import (
    AssessmentRound,
    Criterion,
    Department,
    MergeLog,
    RoundTouchpoint,
    Score,
    Touchpoint,
    WorkshopRating,
)
from tpm_desktop.core.project_file import OpenProject


class Copies:
    """Our copy and their copy of one saved project, both open."""

    def __init__(self, tmp_path, workspace) -> None:
        first = OpenProject.create(small_state(), workspace)
        first.save_as(tmp_path / "ours.tpm")
        first.close()
        shutil.copy(tmp_path / "ours.tpm", tmp_path / "theirs.tpm")
        self.ours = OpenProject.open(tmp_path / "ours.tpm", workspace)
        self.theirs = OpenProject.open(tmp_path / "theirs.tpm", workspace)
        self.ours.author, self.theirs.author = "Consultant", "Client"

    def tp(self, side: OpenProject, name: str) -> Touchpoint:
        return next(t for t in side.state.touchpoints.values() if t.name == name)

    def plan(self):
        self.theirs.save()
        return plan_from_file(self.ours, self.theirs.path)

    def merge(self, plan=None):
        plan = plan or self.plan()
        result = merge_now(plan, "Consultant")
        apply_result(self.ours, result, "Merge")
        return plan, result


@pytest.fixture
def copies(tmp_path, workspace):
    pair = Copies(tmp_path, workspace)
    yield pair
    pair.ours.close()
    pair.theirs.close()


def edit(side: OpenProject, result) -> int | None:
    changes, new_id = result if isinstance(result, tuple) else (result, None)
    side.commit(changes)
    return new_id


def test_one_sided_changes_go_in_and_ours_stay(copies):
    web, hotline = copies.tp(copies.theirs, "Website"), copies.tp(copies.theirs, "Hotline")
    edit(
        copies.theirs, touchpoints.update_touchpoints(copies.theirs.state, [web.id], as_is="Fast.")
    )
    edit(copies.ours, touchpoints.update_touchpoints(copies.ours.state, [hotline.id], experience=2))
    plan, result = copies.merge()
    assert plan.mode is MergeMode.THREE_WAY
    assert [(i.action, i.conflict) for i in plan.items] == [(Action.CHANGE, None)]
    assert copies.tp(copies.ours, "Website").as_is == "Fast."
    assert copies.tp(copies.ours, "Hotline").experience == 2
    # the merge is in the file, journaled as one change set with the other's author
    saved = copies.ours.reload_state()
    assert next(t for t in saved.touchpoints.values() if t.name == "Website").as_is == "Fast."
    last = copies.ours.journal()[-1]
    assert last.kind == "merge" and last.uuid == result.change_set_uuid
    taken = next(e for e in last.entries if e.field == "as_is")
    assert taken.origin_author == "Client"


def test_the_same_field_changed_differently_is_a_conflict_kept_ours_by_default(copies):
    web = copies.tp(copies.ours, "Website")
    edit(copies.ours, touchpoints.update_touchpoints(copies.ours.state, [web.id], name="Web A"))
    edit(copies.theirs, touchpoints.update_touchpoints(copies.theirs.state, [web.id], name="Web B"))
    plan = copies.plan()
    (item,) = plan.items
    assert item.conflict is Conflict.BOTH_CHANGED and not item.accepted
    assert [(f.name, f.ours, f.theirs, f.base) for f in item.fields] == [
        ("name", "Web A", "Web B", "Website")
    ]
    copies.merge(plan)
    assert copies.ours.state.touchpoints[web.id].name == "Web A"


def test_prefer_theirs_takes_their_side_of_every_conflict(copies):
    web = copies.tp(copies.ours, "Website")
    edit(copies.ours, touchpoints.update_touchpoints(copies.ours.state, [web.id], name="Web A"))
    edit(copies.theirs, touchpoints.update_touchpoints(copies.theirs.state, [web.id], name="Web B"))
    plan = copies.plan()
    plan.prefer("theirs")
    copies.merge(plan)
    assert copies.ours.state.touchpoints[web.id].name == "Web B"


def test_the_same_change_on_both_sides_is_no_item(copies):
    web = copies.tp(copies.ours, "Website")
    for side in (copies.ours, copies.theirs):
        edit(side, touchpoints.update_touchpoints(side.state, [web.id], experience=1))
    assert copies.plan().items == []


def test_deleted_there_while_edited_here_asks_and_keeps_by_default(copies):
    web = copies.tp(copies.ours, "Website")
    edit(copies.ours, touchpoints.update_touchpoints(copies.ours.state, [web.id], as_is="New"))
    edit(copies.theirs, touchpoints.delete_touchpoints(copies.theirs.state, [web.id]))
    plan = copies.plan()
    (item,) = [i for i in plan.items if i.table == "touchpoint"]
    assert (item.action, item.conflict, item.accepted) == (
        Action.DELETE,
        Conflict.DELETED_THERE,
        False,
    )
    item.accepted = True
    copies.merge(plan)
    assert web.id not in copies.ours.state.touchpoints
    assert not [s for s in copies.ours.state.table(Score).values() if s.touchpoint_id == web.id]


def test_deleted_here_while_edited_there_can_be_restored_with_its_scores(copies):
    web = copies.tp(copies.ours, "Website")
    scores = len(copies.ours.state.scores_of(web.id))
    edit(copies.ours, touchpoints.delete_touchpoints(copies.ours.state, [web.id]))
    edit(copies.theirs, touchpoints.update_touchpoints(copies.theirs.state, [web.id], as_is="X"))
    plan = copies.plan()
    (item,) = plan.items
    assert (item.action, item.conflict) == (Action.RESTORE, Conflict.DELETED_HERE)
    item.accepted = True
    copies.merge(plan)
    restored = copies.tp(copies.ours, "Website")
    assert restored.uuid == web.uuid and restored.as_is == "X"
    assert len(copies.ours.state.scores_of(restored.id)) == scores


def test_a_touchpoint_deleted_only_there_goes_with_its_children_in_one_item(copies):
    hotline = copies.tp(copies.ours, "Hotline")
    edit(copies.theirs, touchpoints.delete_touchpoints(copies.theirs.state, [hotline.id]))
    plan = copies.plan()
    (item,) = plan.items
    assert item.action is Action.DELETE and item.conflict is None and item.children
    copies.merge(plan)
    assert hotline.id not in copies.ours.state.touchpoints
    assert not copies.ours.state.kpis_of(hotline.id)


def test_moves_on_both_sides_are_one_conflict(copies):
    web = copies.tp(copies.ours, "Website")
    edit(copies.ours, touchpoints.update_touchpoints(copies.ours.state, [web.id], department_id=2))
    edit(
        copies.theirs,
        touchpoints.update_touchpoints(copies.theirs.state, [web.id], department_id=3, phase_id=2),
    )
    (item,) = copies.plan().items
    assert item.conflict is Conflict.BOTH_MOVED
    assert {f.name for f in item.fields} == {"department_id", "phase_id"}


def test_a_move_only_there_goes_in(copies):
    web = copies.tp(copies.ours, "Website")
    edit(copies.theirs, touchpoints.update_touchpoints(copies.theirs.state, [web.id], channel_id=2))
    copies.merge()
    assert copies.ours.state.touchpoints[web.id].channel_id == 2


def test_reordering_on_both_sides_never_conflicts(copies):
    web = copies.tp(copies.ours, "Website")
    edit(copies.ours, touchpoints.update_touchpoints(copies.ours.state, [web.id], position=4))
    edit(copies.theirs, touchpoints.update_touchpoints(copies.theirs.state, [web.id], position=7))
    assert copies.plan().items == []


def test_a_lane_deleted_here_comes_back_for_touchpoints_added_to_it_there(copies):
    lane = copies.ours.state.get(Department, 2)
    edit(copies.ours, lanes.delete_lane(copies.ours.state, Dimension.DEPARTMENT, 2, move_to=1))
    edit(copies.theirs, touchpoints.add_touchpoint(copies.theirs.state, "Chat", 2, 1, 1))
    plan = copies.plan()
    added = [i for i in plan.items if i.action is Action.ADD]
    assert [i.table for i in added] == ["touchpoint"]
    _, result = copies.merge(plan)
    chat = copies.tp(copies.ours, "Chat")
    restored = copies.ours.state.get(Department, chat.department_id)
    assert restored.uuid == lane.uuid and restored.name == lane.name
    assert (Note.LANE_RESTORED, ("department", lane.uuid)) in result.notes


def test_a_lane_deleted_there_stays_while_our_new_touchpoints_need_it(copies):
    edit(copies.ours, touchpoints.add_touchpoint(copies.ours.state, "Chat", 2, 1, 1))
    edit(copies.theirs, lanes.delete_lane(copies.theirs.state, Dimension.DEPARTMENT, 2, 1))
    plan = copies.plan()
    assert any(i.action is Action.DELETE and i.table == "department" for i in plan.items)
    _, result = copies.merge(plan)
    chat = copies.tp(copies.ours, "Chat")
    assert copies.ours.state.get(Department, chat.department_id) is not None
    assert any(note is Note.LANE_RESTORED for note, _ in result.notes)


def test_renamed_criteria_merge_by_identity(copies):
    criterion = copies.ours.state.criteria[0]
    edit(
        copies.theirs,
        assessment.update_criterion(copies.theirs.state, criterion.id, name="Usefulness"),
    )
    edit(copies.ours, assessment.set_scores(copies.ours.state, [1], criterion.id, as_is=5))
    copies.merge()
    assert copies.ours.state.get(Criterion, criterion.id).name == "Usefulness"
    assert copies.ours.state.get(Score, (1, criterion.id)).as_is == 5


def test_two_rounds_closed_the_same_day_are_both_kept(copies):
    day = date(2026, 11, 30)
    edit(copies.ours, monitoring.close_round(copies.ours.state, "Review", day))
    edit(copies.theirs, monitoring.close_round(copies.theirs.state, "Review", day))
    _, result = copies.merge()
    names = sorted(r.name for r in copies.ours.state.rounds() if r.date == day)
    assert names == ["Review", "Review (2)"]
    assert any(note is Note.ROUND_RENAMED for note, _ in result.notes)
    incoming = next(r for r in copies.ours.state.rounds() if r.name == "Review (2)")
    snapshot = [k for k in copies.ours.state.table(RoundTouchpoint) if k[0] == incoming.id]
    assert len(snapshot) == len(copies.ours.state.touchpoints)


def test_short_ids_added_on_both_sides_stay_unique(copies):
    ours_id = edit(copies.ours, touchpoints.add_touchpoint(copies.ours.state, "Chat", 1, 1, 1))
    edit(copies.theirs, touchpoints.add_touchpoint(copies.theirs.state, "App", 1, 1, 1))
    code = copies.ours.state.touchpoints[ours_id].code
    _, result = copies.merge()
    app = copies.tp(copies.ours, "App")
    assert copies.ours.state.touchpoints[ours_id].code == code
    assert app.code and app.code != code
    codes = [t.code for t in copies.ours.state.touchpoints.values()]
    assert len(codes) == len(set(codes))
    assert any(note is Note.CODE_RENUMBERED for note, _ in result.notes)


def test_merging_again_or_merging_an_unchanged_copy_changes_nothing(copies):
    web = copies.tp(copies.ours, "Website")
    edit(copies.theirs, touchpoints.update_touchpoints(copies.theirs.state, [web.id], as_is="Y"))
    copies.merge()
    again = copies.plan()
    assert again.mode is MergeMode.UP_TO_DATE and again.items == []


def test_a_merge_log_says_who_from_where_and_what(copies):
    web = copies.tp(copies.ours, "Website")
    edit(copies.theirs, touchpoints.update_touchpoints(copies.theirs.state, [web.id], as_is="Y"))
    _, result = copies.merge()
    (log,) = copies.ours.state.table(MergeLog).values()
    assert log.author == "Consultant" and log.source.endswith("theirs.tpm")
    assert log.change_set == result.change_set_uuid
    their_sets = {cs.uuid for cs in copies.theirs.journal()}
    assert set(json.loads(log.absorbed)) <= their_sets and json.loads(log.absorbed)
    assert json.loads(log.summary)["taken"] == 1


def test_a_copy_of_another_project_is_refused(copies, tmp_path, workspace):
    other = OpenProject.create(small_state(), workspace)
    other.save_as(tmp_path / "other.tpm")
    other.close()
    with pytest.raises(MergeError) as raised:
        plan_from_file(copies.ours, tmp_path / "other.tpm")
    assert raised.value.reason == "different_project"


def test_merging_a_file_with_itself_is_refused(copies):
    with pytest.raises(MergeError) as raised:
        plan_from_file(copies.ours, copies.ours.path)
    assert raised.value.reason == "same_file"


def test_copies_without_shared_history_show_every_difference(copies, tmp_path, workspace):
    # the same project made twice from one state: no change set in common
    copies.theirs.close()
    state = copies.ours.state
    twin = OpenProject.create(state, workspace)
    web = copies.tp(twin, "Website")
    edit(twin, touchpoints.update_touchpoints(twin.state, [web.id], name="Web twin"))
    edit(twin, touchpoints.add_touchpoint(twin.state, "Twin only", 1, 1, 1))
    twin.save_as(tmp_path / "twin.tpm")
    twin.close()
    copies.theirs = OpenProject.open(tmp_path / "ours.tpm", workspace)  # closed by fixture
    plan = plan_from_file(copies.ours, tmp_path / "twin.tpm")
    assert plan.mode is MergeMode.TWO_WAY
    conflict = next(i for i in plan.items if i.table == "touchpoint" and i.conflict)
    assert conflict.conflict is Conflict.NO_COMMON_BASE and not conflict.accepted
    added = next(i for i in plan.items if i.action is Action.ADD and i.table == "touchpoint")
    assert added.accepted


def test_a_crafted_journal_is_a_merge_error_not_a_crash(copies):
    copies.theirs.save()
    connection = sqlite3.connect(copies.theirs.path)
    connection.execute(
        "UPDATE journal_entry SET old = 'not json' WHERE id = (SELECT min(id) FROM journal_entry)"
    )
    connection.execute(
        "INSERT INTO journal_entry (change_set, record_table, record, subject, field, old, new)"
        " VALUES (1, 'touchpoint', 'x', NULL, 'name', 'not json', '1')"
    )
    connection.commit()
    connection.close()
    with pytest.raises(MergeError) as raised:
        plan_from_file(copies.ours, copies.theirs.path)
    assert raised.value.reason == "unreadable_journal"


def test_rounds_from_there_arrive_whole(copies):
    edit(copies.theirs, monitoring.close_round(copies.theirs.state, "Autumn", date(2026, 10, 1)))
    plan = copies.plan()
    (item,) = plan.items
    assert item.table == "assessment_round" and item.children
    copies.merge(plan)
    autumn = next(r for r in copies.ours.state.rounds() if r.name == "Autumn")
    assert copies.ours.state.get(AssessmentRound, autumn.id) == autumn


def test_their_segment_evidence_and_comment_come_in_with_the_bytes(copies):
    from tests.core.test_evidence import png
    from tpm_desktop.core.attachments import checked_attachment
    from tpm_desktop.core.edits import evidence, segments

    web = copies.tp(copies.theirs, "Website").id
    changes, segment = segments.add_segment(copies.theirs.state, "Households")
    copies.theirs.commit(changes)
    copies.theirs.commit(segments.set_segment_experience(copies.theirs.state, [web], segment, -2))
    changes, first = evidence.add_comment(copies.theirs.state, web, "Slow", author="Client")
    copies.theirs.commit(changes)
    copies.theirs.commit(evidence.add_comment(copies.theirs.state, web, "Yes", parent_id=first)[0])
    copies.theirs.commit(
        evidence.add_file(copies.theirs.state, web, checked_attachment(png(), "shot.png"))[0]
    )
    plan, _ = copies.merge()
    assert all(item.conflict is None for item in plan.items)
    state = copies.ours.reload_state()
    web_ours = copies.tp(copies.ours, "Website").id
    (segment_ours,) = state.segments()
    assert state.segments_of(web_ours)[segment_ours.id].experience == -2
    assert [c.text for c in state.comments_of(web_ours)] == ["Slow", "Yes"]
    (image,) = state.evidence_of(web_ours)
    assert image.data == png() and image.filename == "shot.png"


def test_their_experience_ratings_come_in_without_a_criterion(copies):
    from tpm_desktop.core.edits.builder import Builder

    web = copies.tp(copies.theirs, "Website").id
    b = Builder(copies.theirs.state)
    for participant, criterion_id, value in (("P1", None, -2.0), ("P1", 1, 4.0)):
        b.put(
            WorkshopRating(b.new_id(WorkshopRating), web, criterion_id, participant, value, "", "L")
        )
    copies.theirs.commit(b.build())
    copies.merge()
    found = sorted(
        (r.criterion_id or 0, r.value)
        for r in copies.ours.state.table(WorkshopRating).values()
        if r.batch == "L"
    )
    assert found == [(0, -2.0), (1, 4.0)]
    saved = copies.ours.reload_state().table(WorkshopRating).values()
    assert any(r.criterion_id is None and r.value == -2.0 for r in saved)

"""Every editor command: do, undo, redo, each written to the working copy; then reopen."""

from __future__ import annotations

from datetime import date

import pytest

from tests.support.builders import small_state
from tpm_desktop.core.attachments import checked_attachment
from tpm_desktop.core.axes import MapAxes
from tpm_desktop.core.enums import Dimension
from tpm_desktop.core.errors import EditError
from tpm_desktop.core.model import Kpi, Measure, Measurement, Touchpoint
from tpm_desktop.core.project_file import OpenProject
from tpm_desktop.core.state import ProjectState
from tpm_desktop.document import commands
from tpm_desktop.document.document import ProjectDocument
from tpm_desktop.document.editor import Editor


@pytest.fixture
def doc(qapp, workspace):
    document = ProjectDocument(OpenProject.create(small_state(), workspace))
    yield document
    document.close()


def tp_id(state, name):
    return next(tp.id for tp in state.table(Touchpoint).values() if tp.name == name)


def snapshot(state) -> ProjectState:
    return ProjectState(state.records())


def hotline_kpi(s):
    return next(iter(s.table(Kpi)))


ACTIONS = {
    "add touchpoint": lambda e, s: e.add_touchpoint("Chatbot", 1, 2, 1),
    "add at index": lambda e, s: e.add_touchpoint("First", 1, 1, 1, axes=MapAxes(), index=0),
    "rename": lambda e, s: e.rename_touchpoint(tp_id(s, "Website"), "Web shop"),
    "fields": lambda e, s: e.set_touchpoint_fields(
        [tp_id(s, "Website"), tp_id(s, "Hotline")], decision="focus", is_super=True
    ),
    "notes": lambda e, s: e.set_touchpoint_fields([tp_id(s, "Website")], as_is="New text\nlines"),
    "move": lambda e, s: e.move_touchpoints(
        MapAxes(), [tp_id(s, "Website"), tp_id(s, "Hotline")], 2, 2, 0
    ),
    "delete with dependents": lambda e, s: e.delete_touchpoints([tp_id(s, "Hotline")]),
    "duplicate": lambda e, s: e.duplicate_touchpoints([tp_id(s, "Website")]),
    "combinations": lambda e, s: e.set_combinations(tp_id(s, "Hotline"), [tp_id(s, "Website")]),
    "add lane": lambda e, s: e.add_lane(Dimension.CHANNEL, "App", kind="online"),
    "recolour lane": lambda e, s: e.update_lane(Dimension.DEPARTMENT, 1, color="#112233"),
    "move lane": lambda e, s: e.move_lane(Dimension.DEPARTMENT, 3, 0),
    "delete lane moving": lambda e, s: e.delete_lane(Dimension.DEPARTMENT, 3, 1),
    "delete lane deleting": lambda e, s: e.delete_lane(Dimension.CHANNEL, 3, None),
    "add criterion": lambda e, s: e.add_criterion("Reach", weight=2),
    "edit criterion": lambda e, s: e.update_criterion(1, weight=3, name="Function!"),
    "change scale": lambda e, s: e.change_scale(2, 0, 10),
    "delete criterion": lambda e, s: e.delete_criterion(1),
    "reorder criteria": lambda e, s: e.reorder_criteria([4, 3, 2, 1]),
    "scores": lambda e, s: e.set_scores(
        [tp_id(s, "Website"), tp_id(s, "Shop counter")], 3, as_is=4, target=5
    ),
    "add measure": lambda e, s: e.add_measure(tp_id(s, "Website"), "Relaunch", cost=9000),
    "edit measure": lambda e, s: e.update_measure(next(iter(s.table(Measure))), status="done"),
    "delete measure": lambda e, s: e.delete_measures(list(s.table(Measure))),
    "add kpi": lambda e, s: e.add_kpi(tp_id(s, "Website"), "Conversion", unit="%"),
    "edit kpi": lambda e, s: e.update_kpi(hotline_kpi(s), target=45.0),
    "delete kpi": lambda e, s: e.delete_kpis([hotline_kpi(s)]),
    "measurements": lambda e, s: e.add_measurements(
        [
            (hotline_kpi(s), date(2026, 7, 15), 66.0, "July"),
            (hotline_kpi(s), date(2026, 8, 15), 61.5, ""),
        ]
    ),
    "edit measurement": lambda e, s: e.update_measurement(
        next(iter(s.table(Measurement))), value=1.5
    ),
    "delete measurement": lambda e, s: e.delete_measurements(list(s.table(Measurement))[:2]),
    "close round": lambda e, s: e.close_round("Review", date(2026, 9, 30)),
    "delete round": lambda e, s: e.delete_round(s.rounds()[0].id),
    "project": lambda e, s: e.update_project(client="Łódź & Söhne", total_budget=1e6),
    "axes": lambda e, s: e.set_axes(MapAxes(Dimension.PHASE, Dimension.CHANNEL)),
}


@pytest.mark.parametrize("name", sorted(ACTIONS))
def test_do_undo_redo_round_trip_through_the_file(doc, name, tmp_path, workspace):
    editor = Editor(doc)
    before = snapshot(doc.state)
    ACTIONS[name](editor, doc.state)
    after = snapshot(doc.state)
    assert not after.same_content(before), "the action changed nothing"
    assert doc.undo_stack.count() == 1
    assert doc.project.reload_state().same_content(doc.state)

    doc.undo_stack.undo()
    assert doc.state.same_content(before)
    assert doc.project.reload_state().same_content(before)

    doc.undo_stack.redo()
    assert doc.state.same_content(after)
    assert doc.project.reload_state().same_content(after)

    target = tmp_path / "saved.tpm"
    doc.save_as(target)
    assert not doc.modified
    reopened = OpenProject.open(target, workspace)
    assert reopened.state.same_content(after)
    reopened.close()


def test_undo_text_names_the_command(doc):
    editor = Editor(doc)
    editor.move_touchpoints(MapAxes(), [tp_id(doc.state, "Website")], 2, 2, None)
    assert doc.undo_stack.undoText() == "Move 1 touchpoint(s)"


def test_typing_merges_into_one_step_until_a_pause(doc, monkeypatch):
    editor = Editor(doc)
    web = tp_id(doc.state, "Website")
    clock = [1000.0]
    monkeypatch.setattr(commands.time, "monotonic", lambda: clock[0])
    for text in ("S", "Sl", "Slo", "Slow"):
        editor.set_touchpoint_fields([web], typing=True, as_is=text)
        clock[0] += 0.3
    assert doc.undo_stack.count() == 1
    clock[0] += commands.MERGE_PAUSE_S + 1
    editor.set_touchpoint_fields([web], typing=True, as_is="Slow!")
    assert doc.undo_stack.count() == 2
    doc.undo_stack.undo()
    assert doc.state.get(Touchpoint, web).as_is == "Slow"
    doc.undo_stack.undo()
    assert doc.state.get(Touchpoint, web).as_is == "Slow.\nOld."
    assert doc.project.reload_state().same_content(doc.state)


def test_typing_back_to_the_original_leaves_nothing_to_undo(doc, monkeypatch):
    editor = Editor(doc)
    web = tp_id(doc.state, "Website")
    monkeypatch.setattr(commands.time, "monotonic", lambda: 5.0)
    editor.set_touchpoint_fields([web], typing=True, name="Websit")
    editor.set_touchpoint_fields([web], typing=True, name="Website")
    assert doc.undo_stack.count() == 0
    assert not doc.modified


def test_invalid_input_pushes_nothing(doc):
    editor = Editor(doc)
    with pytest.raises(EditError):
        editor.rename_touchpoint(tp_id(doc.state, "Website"), "   ")
    assert doc.undo_stack.count() == 0


def test_modified_follows_the_clean_state(doc, tmp_path):
    editor = Editor(doc)
    changes = []
    doc.modified_changed.connect(changes.append)
    editor.add_criterion("Reach")
    assert doc.modified and doc.project.dirty
    doc.save_as(tmp_path / "p.tpm")
    assert not doc.modified and not doc.project.dirty
    doc.undo_stack.undo()
    assert doc.modified
    doc.undo_stack.redo()
    assert not doc.modified
    assert changes == [True, False, True, False]


def test_failed_write_changes_nothing_and_reports(doc, monkeypatch):
    editor = Editor(doc)
    errors = []
    doc.edit_failed.connect(errors.append)
    before = snapshot(doc.state)

    def fail(changes, **journal):
        raise EditError("working_copy_failed", detail="disk I/O error")

    monkeypatch.setattr(doc.project, "commit", fail)
    editor.add_criterion("Reach")
    assert [e.code for e in errors] == ["working_copy_failed"]
    assert doc.state.same_content(before)
    assert doc.undo_stack.count() == 0  # the obsolete command was dropped


def rich_state() -> ProjectState:
    """The small project with a segment, a comment thread and evidence (schema 3)."""
    from tests.core.test_evidence import png
    from tpm_desktop.core.edits import evidence, segments

    state = small_state()
    web = tp_id(state, "Website")
    changes, segment = segments.add_segment(state, "Households")
    state.apply(changes)
    state.apply(segments.set_segment_experience(state, [web], segment, -1))
    state.apply(segments.set_segment_score(state, web, segment, 1, 3.0))
    changes, first = evidence.add_comment(state, web, "Slow")
    state.apply(changes)
    state.apply(evidence.add_comment(state, web, "Yes", parent_id=first)[0])
    state.apply(evidence.add_file(state, web, checked_attachment(png(), "a.png"))[0])
    state.apply(evidence.add_quote(state, web, "Gave up")[0])
    return state


def _segment(s):
    return s.segments()[0].id


def _first_comment(s):
    return s.comments_of(tp_id(s, "Website"))[0].id


def _image(s):
    return s.evidence_of(tp_id(s, "Website"))[0].id


V3_ACTIONS = {
    "add segment": lambda e, s: e.add_segment("Business", profile="B2B", color="#112233"),
    "edit segment": lambda e, s: e.update_segment(_segment(s), name="Families"),
    "delete segment": lambda e, s: e.delete_segment(_segment(s)),
    "segment relevance": lambda e, s: e.set_segment_relevant(
        [tp_id(s, "Hotline"), tp_id(s, "Website")], _segment(s), False
    ),
    "segment experience": lambda e, s: e.set_segment_experience(
        [tp_id(s, "Hotline")], _segment(s), 2
    ),
    "segment score": lambda e, s: e.set_segment_score(tp_id(s, "Website"), _segment(s), 2, 5.0),
    "attach file": lambda e, s: e.attach_file(
        tp_id(s, "Hotline"),
        checked_attachment(b"%PDF-1.4\n", "r.pdf"),
    ),
    "add link": lambda e, s: e.add_link(tp_id(s, "Hotline"), "https://example.org/x"),
    "add quote": lambda e, s: e.add_quote(tp_id(s, "Hotline"), "Nice", "Mail", date(2026, 1, 1)),
    "edit evidence": lambda e, s: e.update_evidence(_image(s), in_report=False, title="Shot"),
    "delete evidence": lambda e, s: e.delete_evidence([_image(s)]),
    "add comment": lambda e, s: e.add_comment(tp_id(s, "Hotline"), "Check"),
    "reply": lambda e, s: e.add_comment(tp_id(s, "Website"), "Me too", _first_comment(s)),
    "edit comment": lambda e, s: e.edit_comment(_first_comment(s), "Very slow"),
    "resolve comment": lambda e, s: e.set_comment_resolved(_first_comment(s), True),
    "delete comment thread": lambda e, s: e.delete_comment(_first_comment(s)),
}


@pytest.mark.parametrize("name", sorted(V3_ACTIONS))
def test_segment_evidence_and_comment_commands_round_trip(qapp, workspace, name, tmp_path):
    doc = ProjectDocument(OpenProject.create(rich_state(), workspace))
    try:
        doc.project.author = "Ann"
        editor = Editor(doc)
        before = snapshot(doc.state)
        V3_ACTIONS[name](editor, doc.state)
        after = snapshot(doc.state)
        assert not after.same_content(before), "the action changed nothing"
        assert doc.undo_stack.count() == 1
        assert doc.project.reload_state().same_content(doc.state)
        doc.undo_stack.undo()
        assert doc.project.reload_state().same_content(before)
        doc.undo_stack.redo()
        assert doc.project.reload_state().same_content(after)
        target = tmp_path / "saved.tpm"
        doc.save_as(target)
        reopened = OpenProject.open(target, workspace)
        assert reopened.state.same_content(after)
        reopened.close()
    finally:
        doc.close()


def test_a_comment_is_signed_by_the_files_user(doc):
    doc.project.author = "Ann Example"
    editor = Editor(doc)
    comment_id = editor.add_comment(tp_id(doc.state, "Website"), "Looks old")
    assert doc.state.comments_of(tp_id(doc.state, "Website"))[0].id == comment_id
    assert doc.state.comments_of(tp_id(doc.state, "Website"))[0].author == "Ann Example"
    assert doc.undo_stack.undoText() == "Add comment"

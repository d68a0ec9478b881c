"""Change sets and the in-memory state."""

from __future__ import annotations

import dataclasses

import pytest

from tpm_desktop.core.changes import Change, ChangeSet, collect
from tpm_desktop.core.defaults import new_project_state
from tpm_desktop.core.model import Department, Measure, Score, Touchpoint
from tpm_desktop.core.state import ProjectState, StateConflictError


def test_inverted_change_set_restores_state():
    state = new_project_state("P", "en")
    before = ProjectState(state.records())
    dept = state.get(Department, 1)
    changes = ChangeSet(
        (
            Change(dept, dataclasses.replace(dept, name="Renamed")),
            Change(None, Touchpoint(id=1, name="Web", department_id=1, channel_id=1, phase_id=1)),
        )
    )
    delta = state.apply(changes)
    assert delta.updated[Department] == {1}
    assert delta.added[Touchpoint] == {1}
    assert state.get(Department, 1).name == "Renamed"
    state.apply(changes.inverted())
    assert state.same_content(before)


def test_apply_refuses_a_stale_before_value():
    state = new_project_state("P", "en")
    dept = state.get(Department, 1)
    stale = dataclasses.replace(dept, name="Not what is there")
    with pytest.raises(StateConflictError):
        state.apply(ChangeSet((Change(stale, dataclasses.replace(dept, name="X")),)))
    assert state.get(Department, 1) == dept


def test_collect_folds_repeated_records_and_drops_noops():
    a = Department(id=9, name="A", position=0)
    b = dataclasses.replace(a, name="B")
    c = dataclasses.replace(a, name="C")
    folded = collect([Change(a, b), Change(b, c)])
    assert list(folded) == [Change(a, c)]
    assert not collect([Change(a, b), Change(b, a)])
    # inserted and deleted again within one edit: nothing
    assert not collect([Change(None, a), Change(a, None)])
    # deleted and inserted again with other content: an update
    assert list(collect([Change(a, None), Change(None, b)])) == [Change(a, b)]


def test_then_composes_two_edits():
    a = Department(id=9, name="A", position=0)
    b = dataclasses.replace(a, name="B")
    c = dataclasses.replace(a, name="C")
    first = ChangeSet((Change(a, b),))
    second = ChangeSet((Change(b, c),))
    assert list(first.then(second)) == [Change(a, c)]


def test_children_index_follows_inserts_and_deletes():
    state = new_project_state("P", "en")
    tp = Touchpoint(id=5, name="Hotline", department_id=1, channel_id=1, phase_id=1)
    measure = Measure(id=3, touchpoint_id=5, title="Shorter waiting")
    score = Score(5, 1, 3.0, 4.0)
    state.apply(ChangeSet((Change(None, tp), Change(None, measure), Change(None, score))))
    assert state.measures_of(5) == [measure]
    assert state.scores_of(5) == {1: score}
    state.apply(ChangeSet((Change(measure, None),)))
    assert state.measures_of(5) == []


def test_next_id_never_hands_out_an_id_twice():
    state = new_project_state("P", "en")
    first = state.next_id(Touchpoint)
    second = state.next_id(Touchpoint)
    assert first != second
    assert state.next_id(Department) == 4  # three starter departments exist


def test_change_must_keep_type_and_key():
    a = Department(id=1, name="A", position=0)
    with pytest.raises(ValueError):
        Change(a, dataclasses.replace(a, id=2))
    with pytest.raises(ValueError):
        Change(None, None)

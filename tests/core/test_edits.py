"""The pure edit builders: what each edit changes, and what it refuses."""

from __future__ import annotations

import pytest

from tpm_desktop.core.axes import MapAxes, arrange
from tpm_desktop.core.defaults import new_project_state
from tpm_desktop.core.edits import assessment, lanes, monitoring, touchpoints
from tpm_desktop.core.enums import Decision, Dimension
from tpm_desktop.core.errors import EditError
from tpm_desktop.core.model import Kpi, Measure, Measurement, Score, Touchpoint, WorkshopRating


@pytest.fixture
def state():
    s = new_project_state("P", "en")  # departments 1-3, channels 1-4, phases 1-3, criteria 1-4
    return s


def add(state, name, d=1, c=1, p=1, **fields):
    changes, new_id = touchpoints.add_touchpoint(state, name, d, c, p, **fields)
    state.apply(changes)
    return new_id


def names_in(state, cell, axes=None):
    return [tp.name for tp in arrange(state, axes or MapAxes()).get(cell, [])]


def test_add_appends_to_cell_and_cleans_input(state):
    add(state, "A")
    b = add(state, "  B\x00\x07 \n")
    assert state.get(Touchpoint, b).name == "B"
    assert names_in(state, (1, 1)) == ["A", "B"]


@pytest.mark.parametrize(
    ("fields", "code"),
    [
        ({"name": "   "}, "name_empty"),
        ({"name": "x" * 301}, "name_too_long"),
        ({"name": "ok", "experience": 3}, "value_out_of_range"),
        ({"name": "ok", "budget": -1}, "value_out_of_range"),
    ],
)
def test_add_refuses_bad_input(state, fields, code):
    name = fields.pop("name")
    with pytest.raises(EditError) as info:
        touchpoints.add_touchpoint(state, name, 1, 1, 1, **fields)
    assert info.value.code == code


def test_add_refuses_unknown_lane(state):
    with pytest.raises(EditError):
        touchpoints.add_touchpoint(state, "X", 99, 1, 1)


def test_lone_surrogates_become_replacement_characters(state):
    tp = add(state, "Bad \udc80 text")
    assert state.get(Touchpoint, tp).name == "Bad \ufffd text"


def test_move_to_other_cell_and_index(state):
    a, b, c = add(state, "A"), add(state, "B"), add(state, "C")
    x = add(state, "X", d=2, c=3)
    state.apply(touchpoints.move_touchpoints(state, MapAxes(), [x], 1, 1, 1))
    assert names_in(state, (1, 1)) == ["A", "X", "B", "C"]
    assert names_in(state, (2, 3)) == []
    moved = state.get(Touchpoint, x)
    assert (moved.department_id, moved.channel_id) == (1, 1)
    # several cards keep their relative order; index counts without the moved ones
    state.apply(touchpoints.move_touchpoints(state, MapAxes(), [c, a], 2, 2, None))
    assert names_in(state, (2, 2)) == ["A", "C"]
    assert names_in(state, (1, 1)) == ["X", "B"]
    assert {a, b, c}


def test_reorder_within_cell(state):
    a, b, c = add(state, "A"), add(state, "B"), add(state, "C")
    state.apply(touchpoints.move_touchpoints(state, MapAxes(), [c], 1, 1, 0))
    assert names_in(state, (1, 1)) == ["C", "A", "B"]
    state.apply(touchpoints.move_touchpoints(state, MapAxes(), [c], 1, 1, 2))
    assert names_in(state, (1, 1)) == ["A", "B", "C"]
    assert [a, b]


def test_hidden_dimension_groups_cards_in_a_cell(state):
    add(state, "after", p=3)
    add(state, "before", p=1)
    add(state, "during", p=2)
    assert names_in(state, (1, 1)) == ["before", "during", "after"]
    # on a phase x channel map the department is hidden
    axes = MapAxes(Dimension.PHASE, Dimension.CHANNEL)
    assert names_in(state, (1, 1), axes) == ["before"]


def test_move_on_phase_axes_changes_phase(state):
    tp = add(state, "A", p=1)
    axes = MapAxes(Dimension.DEPARTMENT, Dimension.PHASE)
    state.apply(touchpoints.move_touchpoints(state, axes, [tp], 2, 3, 0))
    moved = state.get(Touchpoint, tp)
    assert (moved.department_id, moved.phase_id, moved.channel_id) == (2, 3, 1)


def test_delete_takes_dependents_and_undo_restores_them(state):
    tp = add(state, "Hotline")
    other = add(state, "Other")
    state.apply(assessment.set_scores(state, [tp], 1, as_is=2, target=4))
    changes, measure = monitoring.add_measure(state, tp, "Call-back")
    state.apply(changes)
    changes, kpi = monitoring.add_kpi(state, tp, "Waiting time", unit="s")
    state.apply(changes)
    from datetime import date

    changes, _ = monitoring.add_measurements(state, [(kpi, date(2026, 1, 15), 95.0, "")])
    state.apply(changes)
    from tpm_desktop.core.edits.project import set_combinations

    state.apply(set_combinations(state, other, [tp]))
    snapshot = list(state.records())
    deletion = touchpoints.delete_touchpoints(state, [tp])
    state.apply(deletion)
    assert state.get(Touchpoint, tp) is None
    assert not state.table(Measure) and not state.table(Kpi) and not state.table(Measurement)
    assert not state.table(Score)
    assert state.children(touchpoints.Combination, other) == []
    state.apply(deletion.inverted())
    assert sorted(map(repr, state.records())) == sorted(map(repr, snapshot))
    assert measure


def test_duplicate_places_copy_after_original_with_scores(state):
    a = add(state, "A")
    add(state, "B")
    state.apply(assessment.set_scores(state, [a], 2, as_is=3))
    changes, (copy,) = touchpoints.duplicate_touchpoints(state, [a])
    state.apply(changes)
    assert names_in(state, (1, 1)) == ["A", "A", "B"]
    assert state.scores_of(copy)[2].as_is == 3


def test_delete_lane_moves_touchpoints_to_end_of_target(state):
    add(state, "in target", d=2)
    moving = add(state, "moving", d=1)
    state.apply(lanes.delete_lane(state, Dimension.DEPARTMENT, 1, move_to=2))
    assert state.get(Touchpoint, moving).department_id == 2
    assert names_in(state, (2, 1)) == ["in target", "moving"]
    assert [d.position for d in state.lanes(Dimension.DEPARTMENT)] == [0, 1]


def test_delete_lane_with_its_touchpoints(state):
    doomed = add(state, "doomed", c=2)
    state.apply(lanes.delete_lane(state, Dimension.CHANNEL, 2, move_to=None))
    assert state.get(Touchpoint, doomed) is None


def test_last_lane_cannot_be_deleted(state):
    state.apply(lanes.delete_lane(state, Dimension.PHASE, 1))
    state.apply(lanes.delete_lane(state, Dimension.PHASE, 2))
    with pytest.raises(EditError) as info:
        lanes.delete_lane(state, Dimension.PHASE, 3)
    assert info.value.code == "last_lane"


def test_move_lane_reorders(state):
    state.apply(lanes.move_lane(state, Dimension.DEPARTMENT, 3, 0))
    assert [d.id for d in state.lanes(Dimension.DEPARTMENT)] == [3, 1, 2]


def test_lane_update_validates_colour(state):
    state.apply(lanes.update_lane(state, Dimension.DEPARTMENT, 1, color="#AABBCC", name="New"))
    assert state.lanes(Dimension.DEPARTMENT)[0].color == "#aabbcc"
    with pytest.raises(ValueError):
        lanes.update_lane(state, Dimension.DEPARTMENT, 1, color="red")


def test_scores_not_rated_and_range(state):
    tp = add(state, "A")
    state.apply(assessment.set_scores(state, [tp], 1, as_is=3))
    state.apply(assessment.set_scores(state, [tp], 1, target=5))
    assert state.scores_of(tp)[1] == Score(tp, 1, 3.0, 5.0)
    state.apply(assessment.set_scores(state, [tp], 1, as_is=None, target=None))
    assert state.scores_of(tp) == {}
    with pytest.raises(EditError):
        assessment.set_scores(state, [tp], 1, as_is=6)


def test_delete_criterion_takes_scores_and_ratings(state):
    tp = add(state, "A")
    state.apply(assessment.set_scores(state, [tp], 2, as_is=3))
    rating = WorkshopRating(id=1, touchpoint_id=tp, criterion_id=2, participant="P1", value=3)
    from tpm_desktop.core.changes import Change, ChangeSet

    state.apply(ChangeSet((Change(None, rating),)))
    state.apply(assessment.delete_criterion(state, 2))
    assert 2 not in state.scores_of(tp)
    assert not state.table(WorkshopRating)
    assert [c.position for c in state.criteria] == [0, 1, 2]


def test_change_scale_rescales_scores_linearly(state):
    tp = add(state, "A")
    state.apply(assessment.set_scores(state, [tp], 1, as_is=1, target=5))
    state.apply(assessment.set_scores(state, [tp], 2, as_is=3))
    state.apply(assessment.change_scale(state, 1, 0, 10))
    assert state.scores_of(tp)[1].as_is == 0 and state.scores_of(tp)[1].target == 10
    assert state.scores_of(tp)[2].as_is == 3  # other criteria untouched


def test_update_touchpoints_sets_all(state):
    a, b = add(state, "A"), add(state, "B")
    state.apply(touchpoints.update_touchpoints(state, [a, b], decision="focus", is_super=True))
    assert all(state.get(Touchpoint, i).decision is Decision.FOCUS for i in (a, b))


def test_sample_is_valid_and_realistic():
    from tpm_desktop.core.model import AssessmentRound, Channel, Department
    from tpm_desktop.core.sample import sample_state
    from tpm_desktop.core.validation import validate_state

    for language in ("de", "en"):
        sample = sample_state(language)
        validate_state(sample)
        assert 6 <= len(sample.table(Department)) <= 8
        assert 10 <= len(sample.table(Channel)) <= 14
        assert 100 <= len(sample.touchpoints) <= 150
        scored = sum(1 for tp in sample.touchpoints if sample.scores_of(tp))
        assert scored > 0.8 * len(sample.touchpoints)
        assert all(tp.as_is and tp.target for tp in sample.touchpoints.values())
        assert len(sample.table(Measure)) >= 12
        assert len(sample.table(AssessmentRound)) == 2
        for kpi in sample.table(Kpi).values():
            assert len(sample.measurements_of(kpi.id)) == 12
    german = {tp.name for tp in sample_state("de").touchpoints.values()}
    english = {tp.name for tp in sample_state("en").touchpoints.values()}
    assert german != english


def test_a_move_writes_only_the_records_whose_order_changes(state):
    for name in ("A", "B", "C"):
        add(state, name, d=2, c=2)
    x = add(state, "X")
    changes = touchpoints.move_touchpoints(state, MapAxes(), [x], 2, 2, None)
    assert [c.after.name for c in changes] == ["X"]  # appended: nobody else moves
    state.apply(changes)
    changes = touchpoints.move_touchpoints(state, MapAxes(), [x], 2, 2, 1)
    state.apply(changes)
    assert names_in(state, (2, 2)) == ["A", "X", "B", "C"]
    assert {c.after.name for c in changes} == {"X", "B", "C"}


def test_the_lane_index_follows_every_change(state):
    a = add(state, "A", d=1, c=2, p=3)
    b = add(state, "B", d=1, c=2, p=1)
    assert state.touchpoint_ids_in(department_id=1, channel_id=2) == {a, b}
    assert state.touchpoint_ids_in(department_id=1, channel_id=2, phase_id=3) == {a}
    state.apply(touchpoints.move_touchpoints(state, MapAxes(), [a], 3, 4, None))
    assert state.touchpoint_ids_in(channel_id=2) == {b}
    assert state.touchpoint_ids_in(department_id=3, channel_id=4) == {a}
    state.apply(touchpoints.delete_touchpoints(state, [b]))
    assert state.touchpoint_ids_in(department_id=1) == set()
    assert state.touchpoint_ids_in() == {a}


def test_a_channel_moves_between_online_and_offline(state):
    from tpm_desktop.core.enums import ChannelKind
    from tpm_desktop.core.model import Channel

    state.apply(lanes.update_lane(state, Dimension.CHANNEL, 1, kind="offline"))
    assert state.get(Channel, 1).kind is ChannelKind.OFFLINE

"""Customer segments: relevance, experience and score overrides, the curve, the filter."""

from __future__ import annotations

import pytest

from tests.support.builders import small_state
from tpm_desktop.core import ranking
from tpm_desktop.core.edits import assessment, segments, touchpoints
from tpm_desktop.core.errors import EditError
from tpm_desktop.core.model import SegmentScore, Touchpoint, TouchpointSegment
from tpm_desktop.core.segments import (
    effective_scores,
    experience_curve,
    experience_for,
    relevant_ids,
    segment_comparison,
)


def _apply(state, result):
    changes, new_id = result if isinstance(result, tuple) else (result, None)
    state.apply(changes)
    return new_id


def _ids(state):
    names = {tp.name: tp.id for tp in state.table(Touchpoint).values()}
    return names["Website"], names["Hotline"], names["Shop counter"]


@pytest.fixture
def state():
    state = small_state()
    web, hotline, _shop = _ids(state)
    households = _apply(state, segments.add_segment(state, "Households", profile="Families"))
    business = _apply(state, segments.add_segment(state, "Business customers", color="#4E79A7"))
    _apply(state, segments.set_segment_experience(state, [web], households, -2))
    _apply(state, segments.set_segment_experience(state, [web], business, 2))
    _apply(state, segments.set_relevant(state, [hotline], business, True))
    return state


def test_segments_keep_their_order_name_profile_and_colour(state):
    households, business = state.segments()
    assert (households.name, households.profile, households.position) == (
        "Households",
        "Families",
        0,
    )
    assert business.color == "#4e79a7" and business.position == 1


def test_experience_per_segment_falls_back_to_the_general_one(state):
    web, hotline, shop = _ids(state)
    households, business = (s.id for s in state.segments())
    assert experience_for(state, web, households) == -2
    assert experience_for(state, web, business) == 2
    # relevant without an experience of its own: the general experience (-1)
    assert experience_for(state, hotline, business) == -1
    # not relevant to the segment: no experience for it
    assert experience_for(state, shop, households) is None
    assert experience_for(state, hotline, None) == -1
    assert relevant_ids(state, business) == {web, hotline}
    assert relevant_ids(state, None) == {web, hotline, shop}


def test_score_overrides_replace_the_general_as_is_only(state):
    web, _, _ = _ids(state)
    business = state.segments()[1].id
    _apply(state, segments.set_segment_score(state, web, business, 1, 5.0))
    general = state.scores_of(web)
    scores = effective_scores(state, web, business)
    assert scores[1].as_is == 5.0 and scores[1].target == general[1].target == 4
    assert scores[2] == general[2]
    assert effective_scores(state, web, None) == general
    # and back to the general score
    _apply(state, segments.set_segment_score(state, web, business, 1, None))
    assert effective_scores(state, web, business) == general


def test_score_override_checks_the_scale_and_makes_the_touchpoint_relevant(state):
    _, _, shop = _ids(state)
    households = state.segments()[0].id
    with pytest.raises(EditError):
        segments.set_segment_score(state, shop, households, 1, 9.0)
    _apply(state, segments.set_segment_score(state, shop, households, 1, 2.0))
    assert shop in relevant_ids(state, households)


def test_metrics_for_a_segment_use_its_overrides_and_experience(state):
    web, hotline, shop = _ids(state)
    households, business = (s.id for s in state.segments())
    general = ranking.all_metrics(state)
    for_business = ranking.all_metrics(state, segment_id=business)
    assert set(for_business) == {web, hotline}
    # web disappoints households (-2): more need than in general (no experience)
    for_households = ranking.all_metrics(state, segment_id=households)
    assert for_households[web].priority > general[web].priority
    assert for_business[web].priority == general[web].priority
    _apply(state, segments.set_segment_score(state, web, business, 1, 5.0))
    better = ranking.all_metrics(state, segment_id=business)[web]
    assert better.as_is > general[web].as_is
    assert ranking.ranked(state, for_business) == [
        tid for tid in ranking.ranked(state, for_business) if tid in {web, hotline}
    ]
    assert shop not in ranking.ranked(state, for_business)


def test_experience_curve_is_the_mean_per_phase_for_a_segment(state):
    web, hotline, shop = _ids(state)
    households, business = (s.id for s in state.segments())
    phases = [p.phase.id for p in experience_curve(state)]
    phase_of = {tid: state.touchpoints[tid].phase_id for tid in (web, hotline, shop)}
    curve = {p.phase.id: (p.mean, p.count) for p in experience_curve(state, business)}
    assert curve[phase_of[web]] == (2.0, 1)
    assert curve[phase_of[hotline]] == (-1.0, 1)
    assert curve[phase_of[shop]] == (None, 0)
    general = {p.phase.id: p.mean for p in experience_curve(state)}
    assert general[phase_of[web]] is None  # web has no general experience
    comparison = segment_comparison(state)
    assert set(comparison) == {None, households, business}
    assert [p.phase.id for p in comparison[households]] == phases


def test_two_touchpoints_of_a_phase_average(state):
    web, _, _ = _ids(state)
    households = state.segments()[0].id
    tp = state.touchpoints[web]
    other = _apply(
        state, touchpoints.add_touchpoint(state, "App", tp.department_id, 2, tp.phase_id)
    )
    _apply(state, segments.set_segment_experience(state, [other], households, 1))
    point = next(p for p in experience_curve(state, households) if p.phase.id == tp.phase_id)
    assert (point.mean, point.count) == (-0.5, 2)


def test_deleting_a_segment_removes_its_rows_and_undo_restores_them(state):
    web, _, _ = _ids(state)
    business = state.segments()[1].id
    _apply(state, segments.set_segment_score(state, web, business, 1, 5.0))
    households = state.segments()[0].id
    changes = segments.delete_segment(state, households)
    state.apply(changes)
    assert [s.name for s in state.segments()] == ["Business customers"]
    assert state.segments()[0].position == 0
    assert all(r.segment_id != households for r in state.table(TouchpointSegment).values())
    state.apply(changes.inverted())
    assert [s.name for s in state.segments()] == ["Households", "Business customers"]


def test_deleting_a_touchpoint_or_criterion_takes_its_segment_rows(state):
    web, _, _ = _ids(state)
    business = state.segments()[1].id
    _apply(state, segments.set_segment_score(state, web, business, 2, 4.0))
    state.apply(assessment.delete_criterion(state, 2))
    assert not state.table(SegmentScore)
    _apply(state, segments.set_segment_score(state, web, business, 1, 4.0))
    state.apply(touchpoints.delete_touchpoints(state, [web]))
    assert not state.table(SegmentScore)
    assert all(r.touchpoint_id != web for r in state.table(TouchpointSegment).values())


def test_not_relevant_drops_the_segment_scores(state):
    web, _, _ = _ids(state)
    business = state.segments()[1].id
    _apply(state, segments.set_segment_score(state, web, business, 1, 5.0))
    _apply(state, segments.set_relevant(state, [web], business, False))
    assert not state.segment_scores_of(web, business)
    assert business not in state.segments_of(web)


@pytest.mark.parametrize(
    "fields",
    [{"name": ""}, {"name": "x\x00" * 400}, {"color": "red"}, {"picture": b"<html>"}],
)
def test_bad_segment_fields_are_refused(state, fields):
    with pytest.raises(EditError):
        segments.update_segment(state, state.segments()[0].id, **fields)


def test_nul_in_a_segment_name_is_cleaned(state):
    _apply(state, segments.update_segment(state, state.segments()[0].id, name="Haus\x00halte"))
    assert state.segments()[0].name == "Haus halte"


def test_experience_out_of_range_is_refused(state):
    web, _, _ = _ids(state)
    with pytest.raises(EditError):
        segments.set_segment_experience(state, [web], state.segments()[0].id, 3)


def test_a_segment_picture_counts_towards_the_project_limit(state, monkeypatch):
    from tests.core.test_evidence import png

    picture = png(40, 30)
    segment = state.segments()[0]
    # Room for exactly one picture: replacing it fits, a second segment's does not.
    monkeypatch.setattr(segments, "MAX_PROJECT_BYTES", len(picture))
    _apply(state, segments.update_segment(state, segment.id, picture=picture))
    _apply(state, segments.update_segment(state, segment.id, picture=png(30, 40)))
    with pytest.raises(EditError) as raised:
        segments.update_segment(state, state.segments()[1].id, picture=picture)
    assert raised.value.code == "project_attachments_full"

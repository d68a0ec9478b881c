"""The journey view's rules: the grid by phase, the experience curve, the geometry."""

from __future__ import annotations

import itertools
from statistics import fmean

import pytest

from tests.support.builders import small_state
from tpm_desktop.core.edits import assessment, segments, touchpoints
from tpm_desktop.core.enums import ChannelKind, Dimension
from tpm_desktop.core.journey import (
    JourneyRows,
    JourneySizes,
    curve_y,
    fitted_sizes,
    journey_curve,
    journey_geometry,
    journey_grid,
    mapped_target,
    target_experience,
)
from tpm_desktop.core.sample import sample_state
from tpm_desktop.core.segments import experience_curve


@pytest.fixture(scope="module")
def sample():
    return sample_state("en")


def _apply(state, result):
    changes, new_id = result if isinstance(result, tuple) else (result, None)
    state.apply(changes)
    return new_id


def _ids(state):
    return {tp.name: tp.id for tp in state.touchpoints.values()}


def test_channel_rows_put_online_above_offline_and_every_touchpoint_in_its_cell(sample):
    grid = journey_grid(sample, JourneyRows.CHANNEL)
    kinds = [lane.kind for lane in grid.lanes]
    assert kinds == sorted(kinds, key=lambda k: k != ChannelKind.ONLINE)
    assert [kind for kind, _ in grid.groups()] == [ChannelKind.ONLINE, ChannelKind.OFFLINE]
    assert [p.id for p in grid.phases] == [p.id for p in sample.lanes(Dimension.PHASE)]
    assert sorted(grid.ids()) == sorted(sample.touchpoints)
    for (channel_id, phase_id), members in grid.cells.items():
        for tid in members:
            tp = sample.touchpoints[tid]
            assert (tp.channel_id, tp.phase_id) == (channel_id, phase_id)


def test_department_rows_and_a_filter(sample):
    grid = journey_grid(sample, JourneyRows.DEPARTMENT, lambda tp: tp.is_super)
    assert [lane.id for lane in grid.lanes] == [d.id for d in sample.lanes(Dimension.DEPARTMENT)]
    assert [kind for kind, _ in grid.groups()] == [None]
    supers = sorted(tid for tid, tp in sample.touchpoints.items() if tp.is_super)
    assert sorted(grid.ids()) == supers
    for (department_id, _phase), members in grid.cells.items():
        assert all(sample.touchpoints[t].department_id == department_id for t in members)


def test_as_is_curve_is_the_segments_curve_and_the_mean_of_the_experiences(sample):
    curve = journey_curve(sample)
    general = experience_curve(sample)
    assert [(p.phase.id, p.as_is, p.as_is_count) for p in curve] == [
        (p.phase.id, p.mean, p.count) for p in general
    ]
    first = curve[0]
    values = [
        tp.experience
        for tp in sample.touchpoints.values()
        if tp.phase_id == first.phase.id and tp.experience is not None
    ]
    assert first.as_is == pytest.approx(fmean(values)) and first.as_is_count == len(values)


def test_a_segment_curve_uses_that_segments_experience(sample):
    for segment in sample.segments():
        curve = journey_curve(sample, segment.id)
        expected = experience_curve(sample, segment.id)
        assert [(p.as_is, p.as_is_count) for p in curve] == [(p.mean, p.count) for p in expected]
    households = sample.segments()[0].id
    assert [p.as_is for p in journey_curve(sample, households)] != [
        p.as_is for p in journey_curve(sample)
    ]


def test_target_is_the_own_target_experience_else_the_mapped_target_score():
    state = small_state()
    ids = _ids(state)
    web, hotline, shop = ids["Website"], ids["Hotline"], ids["Shop counter"]
    # Website: targets 4 and 5 on 1..5, equal weights -> 4.5 -> (4.5-1)/4*4-2 = +1.5
    assert mapped_target(state, web) == pytest.approx(1.5)
    assert target_experience(state, web) == pytest.approx(1.5)
    assert mapped_target(state, shop) is None and target_experience(state, shop) is None
    _apply(state, touchpoints.update_touchpoints(state, [web], target_experience=2))
    assert target_experience(state, web) == 2.0
    # Hotline: target 5 on criterion 2 only -> +2
    assert target_experience(state, hotline) == pytest.approx(2.0)
    points = {p.phase.id: p for p in journey_curve(state)}
    web_phase = state.touchpoints[web].phase_id
    assert points[web_phase].target == 2.0 and points[web_phase].target_count == 1
    shop_phase = state.touchpoints[shop].phase_id
    assert points[shop_phase].target is None and points[shop_phase].target_count == 0


def test_target_for_a_segment_counts_only_its_relevant_touchpoints():
    state = small_state()
    ids = _ids(state)
    segment = _apply(state, segments.add_segment(state, "Business"))
    _apply(state, segments.set_relevant(state, [ids["Hotline"]], segment, True))
    _apply(state, assessment.set_scores(state, [ids["Website"]], 1, as_is=2, target=1))
    curve = journey_curve(state, segment)
    assert sum(p.target_count for p in curve) == 1
    hotline_phase = state.touchpoints[ids["Hotline"]].phase_id
    assert next(p for p in curve if p.phase.id == hotline_phase).target == pytest.approx(2.0)


def test_moments_of_truth_are_the_super_touchpoints_with_their_experience(sample):
    curve = journey_curve(sample)
    marked = {m.touchpoint_id: (p.phase.id, m.experience) for p in curve for m in p.moments}
    supers = {tid: tp for tid, tp in sample.touchpoints.items() if tp.is_super}
    assert set(marked) == set(supers)
    for tid, (phase_id, experience) in marked.items():
        assert phase_id == supers[tid].phase_id and experience == supers[tid].experience


def test_geometry_places_every_chip_inside_its_cell_without_overlap(sample):
    grid = journey_grid(sample, JourneyRows.CHANNEL)
    sizes = JourneySizes(chips_per_line=2)
    geometry = journey_geometry(grid, sizes)
    assert set(geometry.chips) == set(sample.touchpoints)
    for (lane_id, phase_id), box in geometry.cells.items():
        lane = next(lane for lane in grid.lanes if lane.id == lane_id)
        phase = next(p for p in grid.phases if p.id == phase_id)
        for tid in grid.cell(lane, phase):
            chip = geometry.chips[tid]
            assert box.x <= chip.x and chip.right <= box.right
            assert box.y <= chip.y and chip.bottom <= box.bottom
    for a, b in itertools.combinations(geometry.chips.values(), 2):
        assert a.right <= b.x or b.right <= a.x or a.bottom <= b.y or b.bottom <= a.y
    curve = geometry.curve
    assert curve is not None and curve.bottom <= min(c.y for c in geometry.cells.values())
    bands = [kind for kind, _ in geometry.group_bands]
    assert bands == [ChannelKind.ONLINE, ChannelKind.OFFLINE]


def test_fitted_sizes_fill_the_width_and_the_curve_maps_the_scale(sample):
    grid = journey_grid(sample, JourneyRows.CHANNEL)
    for width in (1342, 1896):
        sizes = fitted_sizes(width, grid, JourneySizes())
        geometry = journey_geometry(grid, sizes)
        assert geometry.width <= width + 0.01
        assert geometry.width >= width - sizes.chip_width
    box = journey_geometry(grid, JourneySizes()).curve
    assert curve_y(2, box, 10) == pytest.approx(box.y + 10)
    assert curve_y(-2, box, 10) == pytest.approx(box.bottom - 10)
    assert curve_y(5, box, 10) == curve_y(2, box, 10)  # clamped to the scale


def test_many_moments_of_a_phase_become_one_star_per_experience():
    from tpm_desktop.core.journey import JourneyPoint, MomentOfTruth, moment_marks

    phase = sample_state("en").lanes(Dimension.PHASE)[0]
    few = tuple(MomentOfTruth(i, f"T{i}", "", i % 5 - 2) for i in range(1, 4))
    marks = moment_marks(JourneyPoint(phase, 0.0, 3, 1.0, 3, few))
    assert [m.moments for m in marks] == [(m,) for m in few]
    assert [round(m.offset, 2) for m in marks] == [-0.25, 0.0, 0.25]
    many = tuple(
        MomentOfTruth(i, f"T{i}", "", None if i % 6 == 5 else i % 6 - 2) for i in range(1, 31)
    )
    marks = moment_marks(JourneyPoint(phase, 0.0, 30, 1.0, 30, many))
    assert [m.experience for m in marks] == [-2, -1, 0, 1, 2, None]
    assert sum(len(m.moments) for m in marks) == 30
    assert all(m.experience == mm.experience for m in marks for mm in m.moments)

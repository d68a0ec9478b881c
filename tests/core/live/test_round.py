"""The live round: ballots checked, one per device and touchpoint, aggregated, journaled."""

from __future__ import annotations

import json
import math
import random

import pytest

from tests.support.builders import small_state
from tpm_desktop.core import workshop
from tpm_desktop.core.live.journal import (
    journal_folder,
    read_journal,
    start_round,
    unfinished_rounds,
)
from tpm_desktop.core.live.results import result_changes, round_spec, rounded
from tpm_desktop.core.live.round import (
    BallotError,
    LiveRound,
    RoundSpec,
    new_device_id,
    summarise,
)
from tpm_desktop.core.model import Score, Touchpoint, WorkshopRating
from tpm_desktop.core.ranking import map_order


@pytest.fixture
def state():
    return small_state()


@pytest.fixture
def spec(state):
    return round_spec(
        state,
        state.touchpoints,
        [1, 2],
        True,
        name="Kick-off",
        experience_label="Experience",
    )


def test_spec_lists_touchpoints_in_map_order_with_short_id_and_phase(state, spec):
    assert [t.id for t in spec.touchpoints] == map_order(state) and len(spec.touchpoints) == 3
    first = spec.touchpoints[0]
    assert first.code == state.touchpoints[first.id].code and first.code.startswith("T")
    assert first.phase
    assert [s.key for s in spec.scales] == ["c1", "c2", "experience"]
    assert (spec.scales[-1].low, spec.scales[-1].high) == (-2, 2)
    assert (
        len(spec.token) == 12
        and spec.token
        != round_spec(state, state.touchpoints, [1], False, name="x", experience_label="").token
    )
    with pytest.raises(ValueError):
        round_spec(state, [], [1], False, name="x", experience_label="")
    assert RoundSpec.from_json(json.loads(json.dumps(spec.to_json()))) == spec


def test_ballots_are_checked_and_nothing_changes_on_refusal(spec):
    live = LiveRound(spec)
    device = new_device_id()
    tp = spec.touchpoints[0].id
    with pytest.raises(BallotError) as refused:
        live.vote(device, tp, {"c1": 3})
    assert refused.value.code == "unknown_device" and refused.value.status == 403
    assert live.join(device)
    bad = [
        (tp, {"c1": 6}, "off_scale"),
        (tp, {"c1": 0}, "off_scale"),
        (tp, {"experience": -3}, "off_scale"),
        (tp, {"c1": 2.5}, "off_scale"),
        (tp, {"c1": True}, "off_scale"),
        (tp, {"c1": "3"}, "off_scale"),
        (tp, {"c9": 3}, "unknown_scale"),
        (tp, {}, "no_values"),
        (tp, [3], "no_values"),
        (9999, {"c1": 3}, "unknown_touchpoint"),
        ("1", {"c1": 3}, "unknown_touchpoint"),
    ]
    for touchpoint, values, code in bad:
        with pytest.raises(BallotError) as refused:
            live.vote(device, touchpoint, values)
        assert refused.value.code == code, (touchpoint, values)
    with pytest.raises(BallotError):
        live.vote("short", tp, {"c1": 3})
    assert live.ballot_count == 0 and live.revision == 1


def test_one_ballot_per_device_and_touchpoint_changeable_until_close(spec):
    live = LiveRound(spec)
    a, b = new_device_id(), new_device_id()
    tp = spec.touchpoints[0].id
    live.join(a)
    live.join(b)
    assert live.vote(a, tp, {"c1": 2, "experience": -1})
    assert not live.vote(a, tp, {"experience": -1, "c1": 2})  # a replay changes nothing
    assert live.vote(a, tp, {"c1": 4})  # changed: replaces the whole ballot
    assert live.vote(b, tp, {"c1": 5, "experience": 2})
    assert live.ballot_count == 2
    assert live.ballots_of(a) == {tp: {"c1": 4}}
    summary = live.summaries()
    assert summary[(tp, "c1")].mean == 4.5 and summary[(tp, "c1")].count == 2
    assert summary[(tp, "c1")].spread == 0.5
    assert (summary[(tp, "c1")].low, summary[(tp, "c1")].high) == (4, 5)
    assert summary[(tp, "experience")].count == 1
    live.close()
    with pytest.raises(BallotError) as refused:
        live.vote(a, tp, {"c1": 1})
    assert refused.value.status == 410
    with pytest.raises(BallotError):
        live.join(new_device_id())
    assert live.ballots_of(a) == {tp: {"c1": 4}}


def test_time_box_closes_the_round(spec, monkeypatch):
    live = LiveRound(spec)
    boxed = LiveRound(
        RoundSpec(spec.name, spec.touchpoints, spec.scales, minutes=1, started_at=1000.0)
    )
    assert boxed.expired(now=1059.0) is False and boxed.expired(now=1060.0)
    assert boxed.closed  # the real clock is long past 1060
    assert not live.closed


def test_named_round_needs_a_name_and_tells_equal_names_apart(state):
    spec = round_spec(
        state, state.touchpoints, [1], False, name="n", experience_label="", named=True
    )
    live = LiveRound(spec)
    a, b, c = new_device_id(), new_device_id(), new_device_id()
    tp = spec.touchpoints[0].id
    live.join(a)
    with pytest.raises(BallotError) as refused:
        live.vote(a, tp, {"c1": 3})
    assert refused.value.code == "name_missing"
    live.join(a, "Ana")
    live.join(b, " ana ")
    live.join(c, "Ben")
    assert list(live.participants().values()) == ["Ana", "ana (2)", "Ben"]
    with pytest.raises(BallotError):
        live.join(a, "x" * 500)


def _many_votes(spec, live, seed=7, devices=25, votes=600):
    """Random votes, replaced ballots and ballots that drop a scale; returns what is in."""
    rng = random.Random(seed)
    phones = [new_device_id() for _ in range(devices)]
    for phone in phones:
        live.join(phone)
    keys = [s.key for s in spec.scales]
    for _ in range(votes):
        scales = rng.sample(keys, rng.randint(1, len(keys)))
        values = {k: rng.randint(*((-2, 2) if k == "experience" else (1, 5))) for k in scales}
        live.vote(rng.choice(phones), rng.choice(spec.touchpoints).id, values)
    found: dict[tuple[int, str], list[int]] = {
        (t.id, k): [] for t in spec.touchpoints for k in keys
    }
    for ballot in live.ballots():
        for key, value in ballot.values:
            found[(ballot.touchpoint_id, key)].append(value)
    return found


def test_running_aggregates_match_the_ballots_after_many_votes(spec):
    live = LiveRound(spec)
    revision, everything = live.changes_since(-1)
    assert revision == 0 and set(everything) == {t.id for t in spec.touchpoints}
    assert all(s is None for scales in everything.values() for s in scales.values())
    expected = _many_votes(spec, live)
    summaries = live.summaries()
    revision, changed = live.changes_since(-1)
    for (touchpoint, key), values in expected.items():
        reference = summarise(values)
        assert (reference is None) == ((touchpoint, key) not in summaries)
        assert changed[touchpoint][key] == summaries.get((touchpoint, key))
        if reference is not None:
            found = summaries[(touchpoint, key)]
            assert found.count == reference.count and (found.low, found.high) == (
                reference.low,
                reference.high,
            )
            assert math.isclose(found.mean, reference.mean, abs_tol=1e-12)
            assert math.isclose(found.spread, reference.spread, abs_tol=1e-9)
    assert live.ballot_count == len(live.ballots()) and live.device_count == 25


def test_changes_since_lists_only_the_touchpoints_voted_on_since(spec):
    live = LiveRound(spec)
    a, b = new_device_id(), new_device_id()
    first, second, third = (t.id for t in spec.touchpoints)
    live.join(a)
    live.join(b)
    revision, _ = live.changes_since(-1)
    live.vote(a, first, {"c1": 2})
    live.vote(b, first, {"c1": 4})
    revision, changed = live.changes_since(revision)
    assert list(changed) == [first] and changed[first]["c1"].mean == 3
    assert changed[first]["experience"] is None
    assert live.changes_since(revision) == (revision, {})  # nothing new
    live.vote(a, first, {"c1": 2})  # a replay: no change, not listed
    live.vote(b, third, {"experience": 1})
    live.vote(a, first, {"experience": -1})  # replaces the ballot: c1 now 4 only
    revision, changed = live.changes_since(revision)
    assert set(changed) == {first, third} and second not in changed
    assert changed[first]["c1"].count == 1 and changed[first]["c1"].mean == 4
    assert changed[first]["experience"].mean == -1


def test_replayed_journal_has_the_same_running_aggregates(spec, tmp_path):
    folder = journal_folder(tmp_path)
    live, journal = start_round(folder, spec)
    _many_votes(spec, live, seed=3, devices=8, votes=120)
    journal.close()
    recovered = read_journal(journal.path).round
    assert recovered.summaries() == live.summaries()
    assert recovered.changes_since(-1)[1] == live.changes_since(-1)[1]
    assert (recovered.ballot_count, recovered.device_count) == (live.ballot_count, 8)


def test_summarise_and_rounding():
    assert summarise([]) is None
    result = summarise([1, 2, 3, 4])
    assert result.mean == 2.5 and math.isclose(result.spread, math.sqrt(1.25))
    assert rounded(2.5, 1, 5) == 3 and rounded(2.49, 1, 5) == 2
    assert rounded(-0.5, -2, 2) == 0 and rounded(-1.5, -2, 2) == -1 and rounded(9, 1, 5) == 5


def test_journal_recovers_every_acknowledged_vote_and_skips_a_torn_line(spec, tmp_path):
    folder = journal_folder(tmp_path)
    live, journal = start_round(folder, spec)
    a, b = new_device_id(), new_device_id()
    tp1, tp2 = spec.touchpoints[0].id, spec.touchpoints[1].id
    live.join(a)
    live.join(b)
    live.vote(a, tp1, {"c1": 2})
    live.vote(a, tp1, {"c1": 3})
    live.vote(b, tp1, {"c1": 5, "experience": 1})
    live.vote(b, tp2, {"c2": 1})
    journal.close()  # as if the app were killed here
    with journal.path.open("ab") as handle:
        handle.write(b'{"kind": "ballot", "device": "')  # a write cut short by the kill
    assert unfinished_rounds(folder, spec.project_uuid) == [journal.path]
    assert unfinished_rounds(folder, "another project") == []
    recovered = read_journal(journal.path)
    assert recovered.skipped == 1  # the torn line, cut off
    assert journal.path.read_bytes().endswith(b"\n")
    again = recovered.round
    assert again.spec == spec
    assert sorted((x.device, x.touchpoint_id, x.values) for x in again.ballots()) == sorted(
        (x.device, x.touchpoint_id, x.values) for x in live.ballots()
    )
    assert again.device_count == 2 and not again.closed
    # the recovered round goes on journaling into the same file
    again.vote(a, tp2, {"c2": 4})
    again.close()
    recovered.journal.close()
    final = read_journal(journal.path).round
    assert final.closed and final.ballot_count == 4
    recovered.journal.discard()
    assert unfinished_rounds(folder, spec.project_uuid) == []


def test_unreadable_journal_is_a_value_error(tmp_path):
    path = tmp_path / "x.jsonl"
    path.write_bytes(b"not json\n")
    with pytest.raises(ValueError):
        read_journal(path)


def test_results_become_ratings_of_the_round_and_optionally_as_is(state, spec):
    live = LiveRound(spec)
    a, b = new_device_id(), new_device_id()
    tp = spec.touchpoints[0].id
    live.join(a)
    live.join(b)
    live.vote(a, tp, {"c1": 2, "experience": -2})
    live.vote(b, tp, {"c1": 5, "experience": -1})
    live.close()
    before = state.get(Score, (tp, 1))
    only_ratings = result_changes(state, live, as_is=False)
    ratings = [c.after for c in only_ratings.changes if isinstance(c.after, WorkshopRating)]
    # Each participant's experience is a rating too: one without a criterion.
    assert sorted((r.participant, r.criterion_id or 0, r.value) for r in ratings) == [
        ("P1", 0, -2.0),
        ("P1", 1, 2.0),
        ("P2", 0, -1.0),
        ("P2", 1, 5.0),
    ]
    assert {(r.batch, r.group_name) for r in ratings} == {("Kick-off", "Kick-off")}
    experience = workshop.experience_aggregate(ratings, batch="Kick-off")[tp]
    assert (experience.mean, experience.count) == (-1.5, 2)
    assert set(workshop.aggregate(ratings)) == {(tp, 1)}  # the criteria's, as before
    assert not any(isinstance(c.after, Score | Touchpoint) for c in only_ratings.changes)
    with_scores = result_changes(state, live, as_is=True)
    state.apply(with_scores)
    score = state.get(Score, (tp, 1))
    assert score.as_is == 4.0  # 3.5 rounded half up
    assert score.as_is_count == 2 and score.as_is_spread == 1.5
    assert state.touchpoints[tp].experience == -1  # -1.5 rounded half up
    assert before != score


def test_journal_remembers_where_the_round_was_served(spec, tmp_path):
    _live, journal = start_round(journal_folder(tmp_path), spec)
    journal.served_at("192.168.1.20", 8123)
    journal.close()
    recovered = read_journal(journal.path)
    assert recovered.address == ("192.168.1.20", 8123) and recovered.skipped == 0

"""Load on loopback: 30 phones rate 20 touchpoints at once; no acknowledged vote is lost.

The figures for 60 × 30 (and the dashboard's frame time) come from
tests/benchmarks/live_bench.py; see the README.
"""

from __future__ import annotations

from tests.benchmarks.live_bench import run_load


def test_thirty_phones_twenty_touchpoints_every_acknowledged_vote_kept(tmp_path, capsys):
    figures = run_load(30, 20, tmp_path, own_process=False)
    assert figures["acknowledged"] == figures["votes"] == 600
    assert figures["missing_in_round"] == 0
    assert figures["missing_in_journal"] == 0
    assert figures["seconds"] < 120  # bounded; on a busy 2-core machine it takes a few
    with capsys.disabled():
        print(
            f"\nlive workshop load: {figures['votes_per_s']} votes/s, "
            f"median {figures['vote_ms_median']} ms per vote"
        )

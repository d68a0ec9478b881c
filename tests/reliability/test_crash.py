"""SIGKILL at random moments while editing and saving (see crash_harness.py)."""

from __future__ import annotations

import os

from tests.reliability.crash_harness import run

CI_KILLS = int(os.environ.get("TPM_CRASH_KILLS", "200"))


def test_random_kills_never_lose_or_mix_anything():
    kills, problems = run(CI_KILLS, seed=20261123)
    print(f"crash kills: {kills}")
    assert problems == []

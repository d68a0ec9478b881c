"""A kill of the app mid-round loses no acknowledged vote: a real SIGKILL of a real server."""

from __future__ import annotations

import http.client
import json
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tpm_desktop.core.live.journal import journal_folder, read_journal, unfinished_rounds

ROOT = Path(__file__).resolve().parents[3]

SERVE = textwrap.dedent(
    """
    import sys, time
    from tests.support.builders import small_state
    from tpm_desktop.core.live.journal import journal_folder, start_round
    from tpm_desktop.core.live.results import round_spec
    from tpm_desktop.core.live.serving import RoundServer

    state = small_state()
    spec = round_spec(state, state.touchpoints, [1, 2], True, name="Kill",
                      experience_label="Experience")
    live, journal = start_round(journal_folder(sys.argv[1]), spec)
    server = RoundServer(live, "127.0.0.1", 0, rate=1000, burst=1000)
    server.start()
    ids = ",".join(str(t.id) for t in spec.touchpoints)
    print(server.port, spec.token, spec.project_uuid, ids, flush=True)
    time.sleep(120)
    """
)


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)")
def test_votes_acknowledged_before_a_kill_are_recovered(tmp_path):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen(
        [sys.executable, "-c", SERVE, str(tmp_path)],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
        cwd=ROOT,
    )
    try:
        port, token, project, ids = child.stdout.readline().split()
        touchpoints = [int(i) for i in ids.split(",")]
        acknowledged: dict[str, dict[int, dict[str, int]]] = {}
        for phone in range(4):
            connection = http.client.HTTPConnection("127.0.0.1", int(port), timeout=10)
            connection.request("GET", f"/{token}/")
            response = connection.getresponse()
            response.read()
            cookie = response.getheader("Set-Cookie").split(";")[0]
            device = cookie.split("=", 1)[1]
            for index, touchpoint in enumerate(touchpoints):
                values = {"c1": 1 + (phone + index) % 5, "experience": index - 1}
                connection.request(
                    "POST",
                    f"/{token}/api/vote",
                    body=json.dumps({"touchpoint": touchpoint, "values": values}),
                    headers={"Cookie": cookie, "Content-Type": "application/json"},
                )
                answer = connection.getresponse()
                answer.read()
                if answer.status == 200:
                    acknowledged.setdefault(device, {})[touchpoint] = values
            connection.close()
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(10)
        child.stdout.close()
    assert sum(len(v) for v in acknowledged.values()) == 4 * len(touchpoints)
    [path] = unfinished_rounds(journal_folder(tmp_path), project)
    recovered = read_journal(path).round
    for device, votes in acknowledged.items():
        assert recovered.ballots_of(device) == votes
        # the experience votes are each participant's too, not only a mean
        assert {t: v["experience"] for t, v in recovered.ballots_of(device).items()} == {
            t: v["experience"] for t, v in votes.items()
        }
    experience = recovered.summaries()[(touchpoints[0], "experience")]
    assert experience.count == 4 and experience.mean == -1
    assert not recovered.closed and recovered.device_count == 4

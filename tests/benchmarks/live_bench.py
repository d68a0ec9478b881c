"""Load on the live workshop's server: many phones voting at once over loopback.

    python tests/benchmarks/live_bench.py --participants 60 --touchpoints 30 --json

Each simulated participant is a thread with its own device cookie: it opens the
page, reads the round and rates every touchpoint (a criterion and the experience),
each vote a separate HTTP request with http.client, all at once. The phones run in
a process of their own, as real phones would not share the app's interpreter. Prints one JSON
object:

- votes, acknowledged, seconds, votes_per_s: what the server answered and how fast
  (each acknowledged vote was fsync'd to the round's journal before the answer);
- vote_ms_median, vote_ms_p95: one vote's round trip;
- missing_in_round, missing_in_journal: acknowledged votes not found afterwards
  (must be 0);
- frame_ms_median, frame_ms_max: with --frames, the dashboard's update while the votes
  arrive, once per its poll interval as in the app (the touchpoints changed since the
  last update into its table model, then a repaint of the whole table, offscreen),
  wall clock; frame_cpu_ms_median the main thread's own CPU time for it (the rest is
  waiting for the interpreter lock and the cores); idle_frame_ms_median the same
  redraw once the phones are done.

All phones share 127.0.0.1 here, so the per-client rate limit is raised for the run.
"""

from __future__ import annotations

import argparse
import http.client
import json
import multiprocessing
import os
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path
from queue import Empty, SimpleQueue
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.benchmarks.generate import synthetic_state
from tpm_desktop.core.live.journal import journal_folder, read_journal, start_round
from tpm_desktop.core.live.results import round_spec
from tpm_desktop.core.live.serving import RoundServer


def _participant(
    address: tuple[str, int, str], touchpoints: list[int], number: int, out: dict[str, Any]
) -> None:
    host, port, token = address
    connection = http.client.HTTPConnection(host, port, timeout=30)
    connection.request("GET", f"/{token}/")
    response = connection.getresponse()
    response.read()
    cookie = (response.getheader("Set-Cookie") or "").split(";")[0]
    connection.request("GET", f"/{token}/api/round", headers={"Cookie": cookie})
    connection.getresponse().read()
    acknowledged: list[tuple[int, dict[str, int]]] = []
    latencies: list[float] = []
    for index, touchpoint in enumerate(touchpoints):
        values = {"c1": 1 + (number + index) % 5, "experience": (number * index) % 5 - 2}
        body = json.dumps({"touchpoint": touchpoint, "values": values})
        started = time.perf_counter()
        connection.request(
            "POST",
            f"/{token}/api/vote",
            body=body,
            headers={"Cookie": cookie, "Content-Type": "application/json"},
        )
        answer = connection.getresponse()
        answer.read()
        latencies.append(time.perf_counter() - started)
        if answer.status == 200:
            acknowledged.append((touchpoint, values))
    connection.close()
    out[cookie.split("=", 1)[1]] = (acknowledged, latencies)


def _phones(
    address: tuple[str, int, str], touchpoints: list[int], participants: int, queue: Any
) -> None:
    """All phones, as threads of one process of their own (so they do not slow the app's)."""
    results: dict[str, Any] = {}
    threads = [
        threading.Thread(target=_participant, args=(address, touchpoints, n, results))
        for n in range(participants)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(300)  # bounded: a wedged run ends
    queue.put(results)


def run_load(
    participants: int,
    touchpoints: int,
    folder: Path,
    frames: Any = None,
    *,
    own_process: bool = True,
    interval: float = 0.02,
) -> dict[str, Any]:
    """Run the load once; `frames(live)` (optional) is timed every `interval` s meanwhile."""
    state = synthetic_state(max(touchpoints, 1))
    ids = list(state.touchpoints)[:touchpoints]
    spec = round_spec(state, ids, [1], True, name="Load", experience_label="Experience")
    live, journal = start_round(journal_folder(folder), spec)
    server = RoundServer(live, "127.0.0.1", 0, rate=10_000, burst=10_000, threads=8)
    server.start()
    order = [t.id for t in spec.touchpoints]
    # The tests keep the phones in this process (threads): no fork under pytest.
    queue: Any = multiprocessing.Queue() if own_process else SimpleQueue()
    kind: Any = multiprocessing.Process if own_process else threading.Thread
    phones = kind(
        target=_phones, args=((server.host, server.port, spec.token), order, participants, queue)
    )
    frame_times: list[float] = []
    frame_cpu: list[float] = []
    started = time.perf_counter()
    phones.start()
    results: dict[str, Any] = {}
    while time.perf_counter() - started < 300:
        if frames is not None:
            begun, cpu = time.perf_counter(), time.thread_time()
            frames(live)
            frame_times.append(time.perf_counter() - begun)
            frame_cpu.append(time.thread_time() - cpu)
        try:
            results = queue.get(timeout=interval)
            break
        except Empty:
            continue
    seconds = time.perf_counter() - started
    phones.join(10)
    server.stop()
    journal.close()
    recovered = read_journal(journal.path).round
    acknowledged = sum(len(a) for a, _ in results.values())
    latencies = [x for _, lat in results.values() for x in lat]
    missing_round = missing_journal = 0
    for device, (votes, _) in results.items():
        in_round, in_journal = live.ballots_of(device), recovered.ballots_of(device)
        for touchpoint, values in votes:
            missing_round += in_round.get(touchpoint) != values
            missing_journal += in_journal.get(touchpoint) != values
    figures: dict[str, Any] = {
        "participants": participants,
        "touchpoints": touchpoints,
        "votes": participants * touchpoints,
        "acknowledged": acknowledged,
        "seconds": round(seconds, 2),
        "votes_per_s": round(acknowledged / seconds, 1) if seconds else None,
        "vote_ms_median": round(1000 * statistics.median(latencies), 2) if latencies else None,
        "vote_ms_p95": (
            round(1000 * statistics.quantiles(latencies, n=20)[18], 2)
            if len(latencies) > 20
            else None
        ),
        "missing_in_round": missing_round,
        "missing_in_journal": missing_journal,
    }
    if frame_times:
        figures["frame_ms_median"] = round(1000 * statistics.median(frame_times), 2)
        figures["frame_ms_max"] = round(1000 * max(frame_times), 2)
        figures["frame_cpu_ms_median"] = round(1000 * statistics.median(frame_cpu), 2)
        figures["frames"] = len(frame_times)
    if frames is not None:
        # The same redraw once the phones are done: its own cost, without the
        # server's threads competing for the interpreter.
        idle = []
        for _ in range(20):
            begun = time.perf_counter()
            frames(live)
            idle.append(time.perf_counter() - begun)
        figures["idle_frame_ms_median"] = round(1000 * statistics.median(idle), 2)
    return figures


def dashboard_frame() -> tuple[Any, float]:
    """The dashboard's update (its table model and view), offscreen, and its interval (s)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from tpm_desktop.ui.assessment.live_dashboard import POLL_MS
    from tpm_desktop.ui.assessment.live_model import LiveResultsModel, LiveResultsView

    app = QApplication.instance() or QApplication([])
    holder: dict[str, Any] = {}

    def frame(live: Any) -> None:
        if "view" not in holder:
            holder["model"] = LiveResultsModel(live)
            holder["view"] = LiveResultsView(holder["model"])
            holder["view"].resize(720, 600)  # the dashboard's table at 1200 × 720
            holder["view"].show()
            app.processEvents()
        # What a tick of the dashboard does (the rows changed since the last one),
        # then a repaint of the whole table, which is more than the tick needs.
        holder["model"].refresh()
        holder["view"].viewport().repaint()
        app.processEvents()

    return frame, POLL_MS / 1000


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--participants", type=int, default=60)
    parser.add_argument("--touchpoints", type=int, default=30)
    parser.add_argument("--frames", action="store_true", help="time the dashboard's redraw")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    folder = Path(tempfile.mkdtemp(prefix="tpm-live-bench-"))
    frame, interval = dashboard_frame() if args.frames else (None, 0.02)
    figures = run_load(args.participants, args.touchpoints, folder, frame, interval=interval)
    print(json.dumps(figures) if args.json else "\n".join(f"{k}: {v}" for k, v in figures.items()))


if __name__ == "__main__":
    main(sys.argv[1:])

"""Background tasks deliver their result in the GUI thread and outlive their starter."""

from __future__ import annotations

import threading

from tpm_desktop.ui.monitoring import worker


def test_result_and_error_arrive_in_the_gui_thread(qtbot):
    seen = []
    ok = worker.Task(lambda: threading.current_thread().name)
    ok.finished.connect(lambda name: seen.append(("ok", name, threading.current_thread().name)))
    bad = worker.Task(lambda: 1 / 0)
    bad.failed.connect(lambda error: seen.append(("failed", type(error).__name__)))
    with qtbot.waitSignals([ok.finished, bad.failed], timeout=5000):
        ok.start()
        bad.start()
    qtbot.waitUntil(lambda: len(seen) == 2)
    ran_in, delivered_in = next((s[1], s[2]) for s in seen if s[0] == "ok")
    assert ran_in != threading.current_thread().name
    assert delivered_in == threading.current_thread().name
    assert ("failed", "ZeroDivisionError") in seen


def test_a_task_whose_starter_let_go_is_kept_until_it_is_done(qtbot):
    gate = threading.Event()
    task = worker.Task(lambda: gate.wait(5))
    signals = task.signals
    task.start()
    del task  # as when the dialog that started it closes
    assert len(worker._RUNNING) == 1
    gate.set()
    qtbot.waitUntil(lambda: not worker._RUNNING, timeout=5000)
    del signals

"""The report benchmark runs and reports every figure (its speed is not asserted here)."""

from __future__ import annotations

from tests.benchmarks.report_bench import measure_report


def test_measure_report_gives_every_figure():
    figures = measure_report(30, repeat=1)
    for key in ("report_s", "report_floor_s", "report_rss_mb"):
        assert figures[key] > 0
    assert figures["report_pages"] > 10

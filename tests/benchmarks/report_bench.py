"""Report speed: the full executive report against a plain ReportLab table of the same rows.

    python tests/benchmarks/report_bench.py --touchpoints N [--json]

`report_s` builds the whole executive report (all sections) of a synthetic
project of N touchpoints; `report_floor_s` builds a single ReportLab table of
the same N rows with 6 Paragraph columns in the same font and settings;
`report_rss_mb` is the process's peak memory. Run one N per process so the
memory figure is that N's.
"""

from __future__ import annotations

import argparse
import io
import json
import resource
import sys
import time
from datetime import date
from pathlib import Path

if __name__ == "__main__":  # run as a script from anywhere
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

from tests.benchmarks.generate import synthetic_state
from tpm_desktop.core.state import ProjectState
from tpm_desktop.reports.pdf.builder import build_report
from tpm_desktop.reports.pdf.figures import ReportData
from tpm_desktop.reports.pdf.fonts import REGULAR, register_fonts
from tpm_desktop.reports.pdf.options import ReportOptions
from tpm_desktop.reports.pdf.safe import escape, lock_down_reportlab

TODAY = date(2026, 6, 15)


def floor_pdf(state: ProjectState) -> bytes:
    """One table of the project's N touchpoints, 6 Paragraph columns, nothing else."""
    data = ReportData(state, TODAY)
    style = ParagraphStyle("floor", fontName=REGULAR, fontSize=7, leading=8.6)
    rows = []
    for tp in data.ranked:
        m = data.metrics[tp.id]
        cells = (
            tp.name,
            data.department_name(tp),
            data.channel_name(tp),
            data.phase_name(tp),
            "–" if m.as_is is None else f"{m.as_is:.1f}",
            tp.decision.value,
        )
        rows.append([Paragraph(escape(text), style) for text in cells])
    buffer = io.BytesIO()
    table = Table(rows, colWidths=[150, 90, 80, 70, 40, 53], repeatRows=1)
    SimpleDocTemplate(buffer, pagesize=A4).build([table])
    return buffer.getvalue()


def _timed(build: object) -> tuple[float, bytes]:
    start = time.perf_counter()
    data = build()  # type: ignore[operator]
    return time.perf_counter() - start, data


def peak_rss_mb() -> float:
    """The process's peak resident memory in MB (Linux reports kB)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return round(peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024, 1)


def measure_report(n: int, repeat: int | None = None) -> dict:
    """Seconds for the full report and for the floor at N touchpoints, and peak memory.

    Each timing is the best of `repeat` runs (3 up to N = 1,000, else 1), taken in
    turns, so other work on a shared machine disturbs both alike.
    """
    repeat = repeat or (3 if n <= 1000 else 1)
    register_fonts()
    lock_down_reportlab()  # the floor runs with the report's ReportLab settings
    warm = synthetic_state(20)
    build_report(warm, ReportOptions(today=TODAY))  # font and module loading, once
    floor_pdf(warm)
    state = synthetic_state(n)
    floor_s = report_s = float("inf")
    for _ in range(repeat):
        seconds, floor = _timed(lambda: floor_pdf(state))
        floor_s = min(floor_s, seconds)
        seconds, report = _timed(lambda: build_report(state, ReportOptions(today=TODAY)))
        report_s = min(report_s, seconds)
    return {
        "touchpoints": n,
        "report_s": round(report_s, 3),
        "report_floor_s": round(floor_s, 3),
        "report_ratio": round(report_s / floor_s, 2),
        "report_pages": report.count(b"/Type /Page\n") or report.count(b"/Type /Page"),
        "report_mb": round(len(report) / 1e6, 2),
        "floor_mb": round(len(floor) / 1e6, 2),
        "report_rss_mb": peak_rss_mb(),
    }


def main(argv: list[str] | None = None) -> int:
    """Measure one N and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--touchpoints", type=int, default=1000)
    parser.add_argument("--repeat", type=int, help="runs per timing (best is kept)")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args(argv)
    figures = measure_report(args.touchpoints, args.repeat)
    if args.json:
        print(json.dumps(figures))
    else:
        for key, value in figures.items():
            print(f"{key:>16}  {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

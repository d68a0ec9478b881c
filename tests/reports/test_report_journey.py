"""The report's journey section: the journey view as vectors, its curve and moments of truth."""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

from tests.reports.pdf_tools import outline_titles, pages_text
from tpm_desktop.core.journey import JourneyRows, journey_curve, journey_grid
from tpm_desktop.reports.pdf.builder import build_report
from tpm_desktop.reports.pdf.journey_part import SIZES, _pages
from tpm_desktop.reports.pdf.options import ALL_SECTIONS, ReportOptions, Section
from tpm_desktop.reports.pdf.texts import Texts

from .conftest import TODAY


def _journey_pages(pages: list[str]) -> list[int]:
    start = next(i for i, p in enumerate(pages) if "4 Customer journey" in p and i > 1)
    end = next(i for i, p in enumerate(pages) if "5 Portfolio matrix" in p and i > 1)
    return list(range(start, end))


def test_the_section_follows_the_map_with_phases_curve_and_moments(sample_en, executive_pdf):
    pages = pages_text(executive_pdf)
    numbers = _journey_pages(pages)
    assert "4 Customer journey" in outline_titles(executive_pdf)
    text = " ".join(pages[i] for i in numbers)
    t = Texts("en")
    for point in journey_curve(sample_en):
        assert point.phase.name in text
        # the table says what the curve shows: the means and how many they rest on
        as_is = f"{t.signed(point.as_is)} ({point.as_is_count})"
        row = f"{as_is} {t.signed(point.target)} ({point.target_count})"
        assert row in text
        for moment in point.moments:
            assert moment.name.split()[0] in text
    for lane in journey_grid(sample_en, JourneyRows.CHANNEL).lanes:
        assert lane.name in text
    assert "Online" in text and "Offline" in text and "Moments of truth" in text
    # rows continue on the next page, none is left out, and no page is only a stub
    assert 2 <= len(numbers) <= 4


def test_the_journey_is_drawn_as_vectors_without_pictures(executive_pdf):
    pages = pages_text(executive_pdf)
    numbers = _journey_pages(pages)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "report.pdf"
        path.write_bytes(executive_pdf)
        listing = subprocess.run(
            ["pdfimages", "-list", "-f", str(numbers[0] + 1), "-l", str(numbers[-1] + 1), path],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.splitlines()
    assert len(listing) == 2  # the header lines only: no image on the journey's pages


def test_rows_are_split_into_pages_that_fit(sample_en):
    grid = journey_grid(sample_en, JourneyRows.CHANNEL)
    pieces = _pages(grid, SIZES, 400, 480)
    assert [lane for piece in pieces for lane in piece.lanes] == grid.lanes
    assert all(piece.lanes for piece in pieces)


def test_german_and_left_out(sample_en):
    german = pages_text(build_report(sample_en, ReportOptions(language="de", today=TODAY)))
    assert any("4 Kundenreise" in p and "Ist-Erlebnis" in p for p in german[2:])
    without = build_report(
        sample_en,
        ReportOptions(language="en", today=TODAY, sections=ALL_SECTIONS - {Section.JOURNEY}),
    )
    assert "Customer journey" not in " ".join(pages_text(without))


def test_a_cell_too_full_for_a_page_ends_with_how_many_more():
    from tests.benchmarks.generate import synthetic_state
    from tpm_desktop.core.journey import fitted_sizes, journey_geometry
    from tpm_desktop.reports.pdf.journey_part import capped

    state = synthetic_state(5000)
    grid = journey_grid(state, JourneyRows.CHANNEL)
    sizes = fitted_sizes(770, grid, SIZES, max_per_line=5)
    cut, hidden = capped(grid, sizes, 490)
    assert hidden
    for key, members in grid.cells.items():
        assert len(cut.cells[key]) + hidden.get(key, 0) == len(members)
    for piece in _pages(cut, sizes, 420, 490)[1:]:
        assert journey_geometry(piece, sizes, with_curve=False).height <= 490
    pdf = build_report(state, ReportOptions(today=TODAY, sections=frozenset({Section.JOURNEY})))
    text = " ".join(pages_text(pdf))
    assert "more" in text and "the appendix lists every touchpoint" in text

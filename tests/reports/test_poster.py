"""The map poster: A2 and A1 on one page, A4 tiles that cover the sheet with an overlap."""

from __future__ import annotations

import re
from datetime import date

import pytest

from tests.benchmarks.generate import synthetic_state
from tests.reports.pdf_tools import page_sizes, pages_text, raw_page_text, text_sizes
from tpm_desktop.core.defaults import new_project_state
from tpm_desktop.core.sample import sample_state
from tpm_desktop.reports.pdf.options import ReportError
from tpm_desktop.reports.pdf.poster import PosterOptions, PosterSize, build_poster
from tpm_desktop.reports.pdf.poster_tiles import OVERLAP, plan_tiles

TODAY = date(2026, 6, 15)
A2_LANDSCAPE = (1684, 1191)
A1_LANDSCAPE = (2384, 1684)
A4_PORTRAIT = (595, 842)


def _squeezed(text: str) -> str:
    return re.sub(r"[\s\-]+", "", text)


@pytest.fixture(scope="module")
def sample():
    return sample_state("de", today=TODAY)


@pytest.mark.parametrize(("size", "page"), [("a2", A2_LANDSCAPE), ("a1", A1_LANDSCAPE)])
def test_a_poster_is_one_page_with_every_name_larger_than_on_the_overview(sample, size, page):
    pdf = build_poster(sample, PosterOptions(PosterSize(size), "de", today=TODAY))
    assert page_sizes(pdf) == [page]
    text = _squeezed(raw_page_text(pdf, 1))
    assert [tp.name for tp in sample.touchpoints.values() if _squeezed(tp.name) not in text] == []
    assert "Alle 128 Touchpoints" in pages_text(pdf)[0]
    smallest = min(size for size, _ in text_sizes(pdf, 1))
    # the map laid out for A3 and scaled up: by about √2 for A2, by about 2 for A1
    assert (
        6.0 * (2**0.5 if size == "a2" else 2.0) <= smallest < 6.0 * (1.5 if size == "a2" else 2.1)
    )


def test_tiles_are_a4_pages_in_rows_and_columns_with_their_place_written_on(sample):
    pdf = build_poster(sample, PosterOptions(PosterSize.A4_TILES, "en", today=TODAY))
    sizes = page_sizes(pdf)
    pages = pages_text(pdf)
    rows = {int(m) for m in re.findall(r"Row \d+ of (\d+)", " ".join(pages))}
    columns = {int(m) for m in re.findall(r"column \d+ of (\d+)", " ".join(pages))}
    assert len(rows) == len(columns) == 1
    count = rows.pop() * columns.pop()
    assert len(sizes) == count >= 4
    assert set(sizes) <= {A4_PORTRAIT, A4_PORTRAIT[::-1]}
    assert "Row 1 of 2, column 2 of 4 (sheet 2 of 8)" in pages[1]
    assert all("Cut the left and top margins at the marks" in text for text in pages)
    # every tile shows its text at the A2 poster's size, never smaller than 6 pt
    assert min(size for page in range(1, count + 1) for size, _ in text_sizes(pdf, page)) >= 6.0
    whole = _squeezed(" ".join(raw_page_text(pdf, page) for page in range(1, count + 1)))
    cut = [tp.name for tp in sample.touchpoints.values() if _squeezed(tp.name) not in whole]
    # a name that runs across a tile's edge is on neither tile whole: few of them
    assert len(cut) < 0.2 * len(sample.touchpoints)


@pytest.mark.parametrize("sheet", [A2_LANDSCAPE, A1_LANDSCAPE, (3000.0, 800.0), (400.0, 300.0)])
def test_tiles_cover_the_sheet_and_overlap_their_neighbours(sheet):
    plan = plan_tiles(sheet)
    width, height = plan.shown
    step_x, step_y = plan.step
    assert step_x == pytest.approx(width - OVERLAP) and step_y == pytest.approx(height - OVERLAP)
    assert len(plan.tiles) == plan.rows * plan.columns
    last = plan.tiles[-1]
    assert (last.row, last.column) == (plan.rows, plan.columns)
    assert last.x + width >= sheet[0] and last.y + height >= sheet[1]
    # one tile fewer in either direction would leave a strip of the sheet out
    assert (plan.columns - 1) * step_x + OVERLAP < sheet[0] or plan.columns == 1
    assert (plan.rows - 1) * step_y + OVERLAP < sheet[1] or plan.rows == 1
    other = plan_tiles(sheet)
    assert other == plan


def test_a_thousand_touchpoints_are_too_many_for_a2_but_fit_a1_and_tiles():
    state = synthetic_state(1000)
    with pytest.raises(ReportError) as raised:
        build_poster(state, PosterOptions(PosterSize.A2, "en", today=TODAY))
    assert raised.value.message("en").startswith(
        "The map has too many touchpoints for a legible A2"
    )
    assert "A4-Kacheln" in raised.value.message("de")
    pdf = build_poster(state, PosterOptions(PosterSize.A1, "en", today=TODAY))
    assert page_sizes(pdf) == [A1_LANDSCAPE]
    assert min(size for size, _ in text_sizes(pdf, 1)) >= 6.0
    tiles = build_poster(state, PosterOptions(PosterSize.A4_TILES, "en", today=TODAY))
    assert len(page_sizes(tiles)) >= 8


def test_an_empty_map_has_no_poster_and_says_so():
    state = new_project_state("Empty", "en", starter_lanes=False)
    with pytest.raises(ReportError) as raised:
        build_poster(state, PosterOptions(PosterSize.A2, "en", today=TODAY))
    assert "no departments or channels" in raised.value.message("en")


def test_progress_reaches_the_end_and_cancelling_stops(sample):
    from tpm_desktop.reports.pdf.options import ReportCancelled

    seen: list[float] = []
    build_poster(sample, PosterOptions(PosterSize.A4_TILES, today=TODAY), seen.append)
    assert seen == sorted(seen) and seen[-1] == 1.0
    with pytest.raises(ReportCancelled):
        build_poster(sample, PosterOptions(PosterSize.A2, today=TODAY), lambda _: False)

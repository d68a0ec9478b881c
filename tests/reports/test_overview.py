"""The whole map on one sheet: before the detailed map pages, every name legible."""

from __future__ import annotations

import re
from datetime import date

import pytest

from tests.benchmarks.generate import synthetic_state
from tests.reports.pdf_tools import (
    outline_titles,
    page_sizes,
    pages_text,
    raw_page_text,
    text_sizes,
)
from tpm_desktop.core.model import Channel, Record, Touchpoint
from tpm_desktop.core.sample import sample_state
from tpm_desktop.core.state import ProjectState
from tpm_desktop.reports.pdf.builder import build_report
from tpm_desktop.reports.pdf.figures import ReportData
from tpm_desktop.reports.pdf.fonts import register_fonts
from tpm_desktop.reports.pdf.options import Paper, ReportOptions
from tpm_desktop.reports.pdf.overview import choose_sheet

TODAY = date(2026, 6, 15)
KINDS = {"online": "Online", "offline": "Offline"}
A3_LANDSCAPE = (1191, 842)
A4_LANDSCAPE = (842, 595)


@pytest.fixture(autouse=True)
def fonts():
    register_fonts()


def _squeezed(text: str) -> str:
    """Text without spaces and hyphens: a name wrapped or cut at a hyphen still matches."""
    return re.sub(r"[\s\-]+", "", text)


def _overview_page(pdf: bytes, overview_title: str) -> int:
    pages = pages_text(pdf)
    found = [number for number, text in enumerate(pages, start=1) if overview_title in text]
    assert len(found) == 1
    return found[0]


@pytest.mark.parametrize(
    ("lang", "overview", "detail"),
    [
        ("en", "All 128 touchpoints on one sheet", "Touchpoint map in detail"),
        ("de", "Alle 128 Touchpoints auf einem Blatt", "Touchpoint-Landkarte im Detail"),
    ],
)
def test_the_sample_has_its_whole_map_on_one_a3_sheet_before_the_detailed_pages(
    lang, overview, detail
):
    state = sample_state(lang, today=TODAY)
    pdf = build_report(state, ReportOptions(language=lang, today=TODAY))
    page = _overview_page(pdf, overview)
    pages, sizes = pages_text(pdf), page_sizes(pdf)
    assert sizes[page - 1] == A3_LANDSCAPE
    # the detailed pages follow on their own (A4 landscape) size
    assert detail in pages[page]
    assert sizes[page] == A4_LANDSCAPE
    assert all(overview not in text for text in pages[page:])
    titles = outline_titles(pdf)
    section = next(t for t in titles if t.endswith(("Touchpoint map", "Touchpoint-Landkarte")))
    assert titles.index(section) < next(i for i, t in enumerate(titles) if t.startswith(detail))
    # every touchpoint's name, whole, in the drawing order of the page
    text = _squeezed(raw_page_text(pdf, page))
    missing = [tp.name for tp in state.touchpoints.values() if _squeezed(tp.name) not in text]
    assert missing == []
    assert "…" not in raw_page_text(pdf, page)
    # no text on the sheet is smaller than 6 pt, measured in the PDF
    sizes_on_page = text_sizes(pdf, page)
    assert len(sizes_on_page) > 128
    assert min(size for size, _ in sizes_on_page) >= 6.0


def test_the_sheet_is_the_paper_when_the_map_fits_there_and_a3_when_not():
    full = ReportData(sample_state("en"), TODAY)
    sheet = choose_sheet(full, Paper.A4, KINDS)
    assert sheet is not None and sheet.large
    assert tuple(round(v) for v in sheet.page) == A3_LANDSCAPE
    assert min(len(lines) for lines in sheet.block.names.values()) >= 1
    assert max(len(lines) for lines in sheet.block.names.values()) >= 2

    small = ReportData(_first_touchpoints(sample_state("en"), 40), TODAY)
    sheet = choose_sheet(small, Paper.A4, KINDS)
    assert sheet is not None and not sheet.large
    assert tuple(round(v) for v in sheet.page) == A4_LANDSCAPE
    letter = choose_sheet(small, Paper.LETTER, KINDS)
    assert letter is not None and tuple(round(v) for v in letter.page) == (792, 612)

    # 16 columns are too narrow for A4, but 200 cards fit on A3
    medium = choose_sheet(ReportData(synthetic_state(200), TODAY), Paper.A4, KINDS)
    assert medium is not None and medium.large
    # a thousand touchpoints do not fit one legible sheet: that is the poster's job
    assert choose_sheet(ReportData(synthetic_state(1000), TODAY), Paper.A4, KINDS) is None


def test_on_tabloid_only_the_busiest_row_gives_up_its_second_line():
    data = ReportData(sample_state("en"), TODAY)
    sheet = choose_sheet(data, Paper.LETTER, KINDS)
    assert sheet is not None and tuple(round(v) for v in sheet.page) == (1224, 792)
    layout = sheet.block.layout
    heights = {
        part.department.name: layout.row_metrics(part.key).card_height for part in sheet.block.rows
    }
    one_line = min(heights.values())
    assert [name for name, h in heights.items() if h == one_line] == ["Billing"]
    billing = {tp.id for tp in data.touchpoints if data.department_name(tp) == "Billing"}
    cut = {i for i, lines in sheet.block.names.items() if lines[-1].endswith("…")}
    assert cut and cut <= billing
    for (row, column), cards in sheet.block.cells.items():
        for index, _ in enumerate(cards):
            rect, cell = layout.card_rect(row, column, index), layout.cell_rect(row, column)
            assert cell.y <= rect.y and rect.bottom <= cell.bottom + 0.01


def test_every_card_of_the_sheet_lies_in_its_cell_and_the_sheet_in_its_frame():
    from tpm_desktop.reports.pdf.map_layout import LEGEND_ROOM, TITLE_ROOM
    from tpm_desktop.reports.pdf.templates import WideGeometry, frame_size

    state = sample_state("de")
    sheet = choose_sheet(ReportData(state, TODAY), Paper.A4, KINDS)
    assert sheet is not None
    width, height = frame_size(sheet.page, WideGeometry)
    layout = sheet.block.layout
    assert layout.width <= width + 0.01
    assert layout.height <= height - TITLE_ROOM - LEGEND_ROOM + 0.01
    seen = []
    for (row, column), cards in sheet.block.cells.items():
        for index, tp in enumerate(cards):
            rect, cell = layout.card_rect(row, column, index), layout.cell_rect(row, column)
            assert cell.y <= rect.y and rect.bottom <= cell.bottom + 0.01
            seen.append(tp.id)
    assert sorted(seen) == sorted(state.touchpoints)


def test_a_small_map_gets_an_a4_overview_and_a_one_page_map_none(department_pdf):
    small = _first_touchpoints(sample_state("en"), 12)
    pdf = build_report(small, ReportOptions(language="en", today=TODAY))
    page = _overview_page(pdf, "All 12 touchpoints on one sheet")
    assert page_sizes(pdf)[page - 1] == A4_LANDSCAPE
    assert "Touchpoint map in detail" in pages_text(pdf)[page]

    # Online channels only: the detailed map is one page, which the overview would repeat
    online = _first_touchpoints(sample_state("en"), 8, kind="online")
    pdf = build_report(online, ReportOptions(language="en", today=TODAY))
    text = " ".join(pages_text(pdf))
    assert "on one sheet" not in text and "in detail" not in text
    assert "on one sheet" not in " ".join(pages_text(department_pdf))


def _first_touchpoints(state: ProjectState, count: int, kind: str | None = None) -> ProjectState:
    """The project with only its first `count` touchpoints (and their data).

    With `kind`, only the channels of that kind and their touchpoints.
    """
    channels = {c.id for c in state.table(Channel).values() if kind in (None, c.kind)}
    kept = [tp.id for tp in sorted(state.touchpoints.values(), key=lambda tp: tp.id)]
    keep = {i for i in kept if state.touchpoints[i].channel_id in channels}
    keep = set(sorted(keep)[:count])
    records: list[Record] = [
        r
        for r in state.records()
        if getattr(r, "touchpoint_id", None) in (None, *keep)
        and (not isinstance(r, Touchpoint) or r.id in keep)
        and (not isinstance(r, Channel) or r.id in channels)
    ]
    return ProjectState(records)

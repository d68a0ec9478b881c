"""The map's pagination: every card once, every block on its page, no text under 6 pt."""

from __future__ import annotations

from datetime import date

import pytest

from tests.benchmarks.generate import synthetic_state
from tpm_desktop.core.sample import sample_state
from tpm_desktop.reports.pdf import map_layout
from tpm_desktop.reports.pdf.figures import ReportData
from tpm_desktop.reports.pdf.fonts import register_fonts
from tpm_desktop.reports.pdf.templates import WideGeometry, frame_size

A4_LANDSCAPE = frame_size((842, 595), WideGeometry)
A3_LANDSCAPE = frame_size((1191, 842), WideGeometry)
KINDS = {"online": "Online", "offline": "Offline"}


@pytest.fixture(autouse=True)
def fonts():
    register_fonts()


def test_no_text_on_the_map_is_smaller_than_6_pt():
    sizes = [
        map_layout.NAME_SIZE,
        map_layout.META_SIZE,
        map_layout.HEADER_SIZE,
        map_layout.ROW_NAME_SIZE,
    ]
    assert min(sizes) >= 6.0


@pytest.mark.parametrize(
    ("n", "frame"), [(128, A4_LANDSCAPE), (1000, A4_LANDSCAPE), (1000, A3_LANDSCAPE)]
)
def test_every_card_is_placed_once_and_every_page_fits(n, frame):
    state = sample_state("en") if n == 128 else synthetic_state(n)
    data = ReportData(state, date(2026, 6, 15))
    plan = map_layout.plan_map(data, *frame, KINDS)
    width, height = frame
    seen: list[int] = []
    for blocks in plan.pages:
        used = sum(b.layout.height for b in blocks) + map_layout.BLOCK_GAP * (len(blocks) - 1)
        assert used <= height - map_layout.TITLE_ROOM - map_layout.LEGEND_ROOM + 0.01
        for block in blocks:
            assert block.layout.width <= width + 0.01
            for (row, column), cards in block.cells.items():
                for index, tp in enumerate(cards):
                    rect = block.layout.card_rect(row, column, index)
                    cell = block.layout.cell_rect(row, column)
                    assert cell.y <= rect.y and rect.bottom <= cell.bottom + 0.01
                    seen.append(tp.id)
    assert sorted(seen) == sorted(state.touchpoints)


def test_columns_split_at_the_online_offline_edge_when_too_narrow():
    state = synthetic_state(200)
    data = ReportData(state, date(2026, 6, 15))
    plan = map_layout.plan_map(data, *A4_LANDSCAPE, KINDS)
    groups = {tuple(c.id for c in block.columns) for page in plan.pages for block in page}
    assert len(groups) == 2
    for group in groups:
        kinds = {data.channel[c].kind for c in group}
        assert len(kinds) == 1
    sample = ReportData(sample_state("en"), date(2026, 6, 15))
    single = map_layout.plan_map(sample, *A3_LANDSCAPE, KINDS)
    assert {len(block.columns) for page in single.pages for block in page} == {12}


def test_a_small_department_map_fits_on_one_page():
    from tpm_desktop.core.model import Department
    from tpm_desktop.reports.pdf.restrict import restrict_to_department

    state = sample_state("en")
    department = next(iter(state.table(Department).values()))
    data = ReportData(restrict_to_department(state, department.id), date(2026, 6, 15))
    plan = map_layout.plan_map(data, *A4_LANDSCAPE, KINDS)
    assert len(plan.pages) == 1

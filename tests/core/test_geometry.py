"""Grid geometry: cells to rectangles and back."""

from __future__ import annotations

import pytest

from tpm_desktop.core.geometry import GridMetrics, LaneSpec, compute_layout

ROWS = [LaneSpec(10, "Marketing"), LaneSpec(20, "Sales"), LaneSpec(30, "Service")]
COLUMNS = [
    LaneSpec(1, "Web", group="online"),
    LaneSpec(2, "App", group="online"),
    LaneSpec(3, "Phone", group="offline"),
]
M = GridMetrics(
    card_width=100,
    card_height=40,
    card_gap=5,
    cell_padding=10,
    cards_per_row=1,
    row_header_width=120,
    column_header_height=30,
    band_size=20,
    min_cell_height=60,
)


def test_columns_have_equal_width_after_the_headers():
    layout = compute_layout(ROWS, COLUMNS, {}, M)
    assert layout.origin_x == 120  # no row bands
    assert layout.origin_y == 50  # band + column header
    assert [c.start for c in layout.columns] == [120, 240, 360]
    assert layout.width == 480


def test_rows_grow_to_fit_their_fullest_cell():
    layout = compute_layout(ROWS, COLUMNS, {(20, 1): 1, (20, 3): 3}, M)
    heights = [r.size for r in layout.rows]
    # empty rows keep the minimum; three cards need 10 + 3*40 + 2*5 + 10 = 150
    assert heights == [60, 150, 60]
    assert layout.height == 50 + 270


def test_card_rect_stacks_cards_in_order():
    layout = compute_layout(ROWS, COLUMNS, {(20, 3): 3}, M)
    first = layout.card_rect(20, 3, 0)
    third = layout.card_rect(20, 3, 2)
    assert (first.x, first.y) == (370, 120)
    assert (third.x, third.y) == (370, 120 + 2 * 45)
    assert first.width == 100 and first.height == 40


def test_cell_at_inverts_cell_rect_and_refuses_headers():
    layout = compute_layout(ROWS, COLUMNS, {}, M)
    for row in ROWS:
        for column in COLUMNS:
            rect = layout.cell_rect(row.id, column.id)
            assert layout.cell_at(rect.x + 1, rect.y + 1) == (row.id, column.id)
            assert layout.cell_at(rect.right - 0.5, rect.bottom - 0.5) == (row.id, column.id)
    assert layout.cell_at(10, 100) is None  # row header
    assert layout.cell_at(200, 10) is None  # column header
    assert layout.cell_at(layout.width + 5, 100) is None
    assert layout.cell_at(200, layout.height + 5) is None


def test_bands_group_consecutive_lanes():
    layout = compute_layout(ROWS, COLUMNS, {}, M)
    assert [(b.group, b.start, b.size, b.lane_ids) for b in layout.column_bands] == [
        ("online", 120, 240, (1, 2)),
        ("offline", 360, 120, (3,)),
    ]
    assert layout.row_bands == ()


def test_row_bands_shift_the_origin():
    rows = [LaneSpec(1, "Web", group="online"), LaneSpec(2, "Phone", group="offline")]
    layout = compute_layout(rows, [LaneSpec(7, "Sales")], {}, M)
    assert layout.origin_x == 140
    assert layout.origin_y == 30
    assert [b.group for b in layout.row_bands] == ["online", "offline"]


@pytest.mark.parametrize(
    ("y_offset", "expected"),
    [(0, 0), (29, 0), (31, 1), (74, 1), (76, 2), (119, 2), (121, 3), (600, 3)],
)
def test_insertion_index_by_height(y_offset, expected):
    layout = compute_layout(ROWS, COLUMNS, {(10, 1): 3}, M)
    cell = layout.cell_rect(10, 1)
    # card centres lie at +30, +75, +120 below the cell top (padding 10, height 40, pitch 45)
    assert layout.insertion_index(10, 1, cell.x + 50, cell.y + y_offset, 3) == expected


def test_several_cards_per_row_wrap():
    metrics = GridMetrics(
        card_width=100,
        card_height=40,
        card_gap=5,
        cell_padding=10,
        cards_per_row=2,
        row_header_width=120,
        column_header_height=30,
        band_size=20,
        min_cell_height=60,
    )
    layout = compute_layout(ROWS, COLUMNS, {(10, 1): 3}, metrics)
    assert layout.columns[0].size == 10 + 100 + 5 + 100 + 10
    second = layout.card_rect(10, 1, 1)
    third = layout.card_rect(10, 1, 2)
    assert second.y == third.y - 45 and second.x == third.x + 105
    cell = layout.cell_rect(10, 1)
    assert layout.rows[0].size == 10 + 40 + 5 + 40 + 10
    assert layout.insertion_index(10, 1, cell.x + 200, cell.y + 15, 3) == 2


def test_a_row_can_have_cards_of_its_own_height():
    from dataclasses import replace

    short = replace(M, card_height=20)
    counts = {(10, 1): 3, (20, 1): 3}
    layout = compute_layout(ROWS, COLUMNS, counts, M, {20: short})
    # Marketing keeps 40 pt cards (150), Sales has 20 pt ones: 10 + 3*20 + 2*5 + 10 = 90
    assert [r.size for r in layout.rows] == [150, 90, 60]
    assert layout.row_metrics(20) is short and layout.row_metrics(30) is M
    third = layout.card_rect(20, 1, 2)
    assert third.height == 20 and third.y == 50 + 150 + 10 + 2 * 25
    assert layout.card_rect(10, 1, 2).height == 40


def test_map_y_keeps_the_row_and_the_share_of_it_between_card_sizes():
    from tpm_desktop.core.geometry import map_y

    rows = [LaneSpec(1, "A"), LaneSpec(2, "B")]
    columns = [LaneSpec(10, "X")]
    counts = {(1, 10): 4, (2, 10): 2}
    big = compute_layout(rows, columns, counts, GridMetrics(card_height=60.0))
    small = compute_layout(rows, columns, counts, GridMetrics(card_height=20.0))
    b_big, b_small = big.row(2), small.row(2)
    quarter = b_big.start + b_big.size / 4
    assert map_y(big, small, quarter) == pytest.approx(b_small.start + b_small.size / 4)
    assert map_y(big, small, 5.0) == 5.0  # in the headers: unchanged
    assert map_y(small, big, map_y(big, small, quarter)) == pytest.approx(quarter)

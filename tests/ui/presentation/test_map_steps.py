"""Which steps a map layout gives: one per department or phase, split to stay readable."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSizeF

from tpm_desktop.core.enums import Dimension
from tpm_desktop.core.geometry import GridMetrics, LaneSpec, compute_layout
from tpm_desktop.ui.presentation.map_steps import READABLE_SCALE, map_steps, steps_by_rows

METRICS = GridMetrics()
ROWS = [LaneSpec(1, "Marketing"), LaneSpec(2, "Sales")]
CHANNELS = [
    LaneSpec(10, "Website", group="online"),
    LaneSpec(11, "App", group="online"),
    LaneSpec(12, "Email", group="online"),
    LaneSpec(20, "Phone", group="offline"),
    LaneSpec(21, "Store", group="offline"),
]


@pytest.fixture
def layout():
    return compute_layout(ROWS, CHANNELS, {(1, 10): 2, (2, 21): 3}, METRICS)


def test_phases_come_first_then_departments():
    assert steps_by_rows(Dimension.DEPARTMENT, Dimension.CHANNEL)
    assert not steps_by_rows(Dimension.CHANNEL, Dimension.DEPARTMENT)
    assert not steps_by_rows(Dimension.DEPARTMENT, Dimension.PHASE)
    assert steps_by_rows(Dimension.PHASE, Dimension.DEPARTMENT)


def test_a_row_that_fits_is_one_step(layout, tpm_app):
    wide = QSizeF(layout.width * READABLE_SCALE + 50, 800)
    steps = map_steps(layout, True, wide)
    assert [s.title for s in steps] == ["Marketing", "Sales"]
    first = steps[0]
    row = layout.rows[0]
    assert (first.focus.top(), first.focus.height()) == (row.start, row.size)
    assert (first.focus.left(), first.focus.right()) == (layout.origin_x, layout.width)
    # The frame leaves room for the headers pinned above and left of the cells.
    assert first.frame.topLeft().x() == first.focus.left() - layout.origin_x
    assert first.frame.top() == first.focus.top() - layout.origin_y


def test_a_row_too_wide_to_read_splits_at_the_online_offline_bands(layout, tpm_app):
    narrow = QSizeF((layout.origin_x + 3 * METRICS.column_width) * READABLE_SCALE + 5, 800)
    titles = [s.title for s in map_steps(layout, True, narrow)]
    assert titles == [
        "Marketing · Online",
        "Marketing · Offline",
        "Sales · Online",
        "Sales · Offline",
    ]


def test_without_bands_the_lanes_are_split_into_runs(tpm_app):
    columns = [LaneSpec(i, f"Phase {i}") for i in range(1, 6)]
    layout = compute_layout(ROWS, columns, {}, METRICS)
    narrow = QSizeF((layout.origin_x + 2 * METRICS.column_width) * READABLE_SCALE + 5, 800)
    steps = map_steps(layout, True, narrow)
    assert [s.title for s in steps[:3]] == [
        "Marketing · Phase 1 to Phase 2",
        "Marketing · Phase 3 to Phase 4",
        "Marketing · Phase 5",
    ]
    assert all(s.focus.width() <= 2 * METRICS.column_width for s in steps)

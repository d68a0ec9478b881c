"""Axis ticks for the charts: round values and calendar dates."""

from __future__ import annotations

from datetime import date

import pytest

from tpm_desktop.core.chart_scale import (
    date_ticks,
    decimals_for,
    nice_step,
    nice_ticks,
    value_range,
)


@pytest.mark.parametrize(
    ("low", "high", "expected"),
    [
        (0, 100, [0, 20, 40, 60, 80, 100]),
        (240, 460, [200, 250, 300, 350, 400, 450, 500]),
        (2.0, 4.2, [2.0, 2.5, 3.0, 3.5, 4.0, 4.5]),
        (0.1, 0.3, [0.1, 0.15, 0.2, 0.25, 0.3]),  # no 0.30000000000000004
        (-3, 7, [-4, -2, 0, 2, 4, 6, 8]),
        (5, 5, [5.0, 5.2, 5.4, 5.6, 5.8, 6.0]),  # an empty span still gets an axis
    ],
)
def test_nice_ticks(low, high, expected):
    assert nice_ticks(low, high) == pytest.approx(expected)


def test_steps_and_decimals():
    assert nice_step(220, 6) == 50
    assert nice_step(0, 6) == 1
    assert [decimals_for(s) for s in (50, 2.5, 0.25, 0.05, 1)] == [0, 1, 2, 2, 0]


def test_value_range_starts_at_zero_when_close_and_pads_otherwise():
    assert value_range([247, 521, 60]) == (0.0, pytest.approx(521 + 0.08 * 461))  # 60: the target
    low, high = value_range([68, 80, 85])
    assert 66 < low < 68 and 85 < high < 87
    assert value_range([]) == (0.0, 1.0)
    assert value_range([4.0]) == (pytest.approx(3.6), pytest.approx(4.4))
    assert value_range([0.0]) == (-1.0, 1.0)


def test_monthly_ticks_for_a_year_every_second_month():
    ticks = date_ticks(date(2025, 6, 1), date(2026, 5, 1))
    assert ticks == [date(2025, m, 1) for m in (7, 9, 11)] + [date(2026, m, 1) for m in (1, 3, 5)]


def test_quarterly_ticks_when_space_is_short():
    ticks = date_ticks(date(2025, 6, 15), date(2026, 5, 1), max_ticks=4)
    assert ticks == [date(2025, 7, 1), date(2025, 10, 1), date(2026, 1, 1), date(2026, 4, 1)]


def test_weekly_ticks_on_mondays_for_short_spans():
    ticks = date_ticks(date(2026, 1, 3), date(2026, 2, 20))  # a Saturday to a Friday
    assert ticks[0] == date(2026, 1, 5) and all(t.weekday() == 0 for t in ticks)
    assert ticks[-1] <= date(2026, 2, 20)
    assert date_ticks(date(2026, 1, 3), date(2026, 1, 3)) == [date(2026, 1, 3)]

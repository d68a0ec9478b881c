"""Worked examples of the trend, due and overdue rules."""

from __future__ import annotations

from datetime import date

import pytest

from tpm_desktop.core.enums import Direction, Frequency, MeasureStatus
from tpm_desktop.core.model import Kpi, Measure, Measurement
from tpm_desktop.core.monitoring import (
    Trend,
    combine_trends,
    is_due,
    is_overdue,
    kpi_trend,
    next_due,
    on_target,
)

H, L = Direction.HIGHER, Direction.LOWER


@pytest.mark.parametrize(
    ("values", "direction", "target", "expected"),
    [
        ([], H, 30, Trend.NO_DATA),
        ([20], H, 30, Trend.NO_DATA),  # one point is not a trend
        ([20, 25], H, 30, Trend.IMPROVING),
        ([20, 25], L, 30, Trend.WORSENING),  # rising waiting time is bad
        ([120, 110, 100, 90, 80, 70], L, 60, Trend.IMPROVING),  # 110 -> 80
        ([20, 20.2, 19.9, 20.1, 20.0, 20.3], H, 30, Trend.STABLE),  # within 2 % of 30
        ([4.5, 4.4, 4.2, 4.0], H, 4.5, Trend.WORSENING),  # 4.45 -> 4.1
        ([50, 50, 50, 50], H, None, Trend.STABLE),  # no target: tolerance from the values
        ([0, 0, 0, 0], H, None, Trend.STABLE),
    ],
)
def test_kpi_trend(values, direction, target, expected):
    assert kpi_trend(values, direction, target) is expected


def test_combined_trend_is_the_balance():
    up, flat, down, none = Trend.IMPROVING, Trend.STABLE, Trend.WORSENING, Trend.NO_DATA
    assert combine_trends([]) is none
    assert combine_trends([none, none]) is none
    assert combine_trends([up, none]) is up
    assert combine_trends([up, down]) is flat
    assert combine_trends([up, down, down]) is down
    assert combine_trends([flat, flat]) is flat


def test_on_target_respects_direction():
    assert on_target(35, 30, H) is True
    assert on_target(35, 30, L) is False
    assert on_target(60, 60, L) is True
    assert on_target(5, None, H) is None


def kpi(frequency):
    return Kpi(id=1, touchpoint_id=1, name="NPS", frequency=frequency)


def measured(*days):
    return [Measurement(i, 1, d, 1.0) for i, d in enumerate(days)]


def test_due_after_the_frequency_has_passed():
    today = date(2026, 11, 23)
    assert is_due(kpi(Frequency.MONTHLY), [], today)  # never measured
    assert next_due(kpi(Frequency.MONTHLY), []) is None
    recent = measured(date(2026, 10, 1), date(2026, 11, 1))
    assert not is_due(kpi(Frequency.MONTHLY), recent, today)
    assert next_due(kpi(Frequency.MONTHLY), recent) == date(2026, 12, 2)
    assert is_due(kpi(Frequency.WEEKLY), recent, today)
    old = measured(date(2026, 8, 1))
    assert not is_due(kpi(Frequency.QUARTERLY), old, date(2026, 10, 31))
    assert is_due(kpi(Frequency.QUARTERLY), old, date(2026, 11, 1))


@pytest.mark.parametrize(
    ("status", "due", "expected"),
    [
        (MeasureStatus.PLANNED, date(2026, 11, 22), True),
        (MeasureStatus.IN_PROGRESS, date(2026, 1, 1), True),
        (MeasureStatus.DONE, date(2026, 1, 1), False),
        (MeasureStatus.DROPPED, date(2026, 1, 1), False),
        (MeasureStatus.PLANNED, date(2026, 11, 23), False),  # due today is not overdue
        (MeasureStatus.PLANNED, None, False),
    ],
)
def test_overdue_measures(status, due, expected):
    measure = Measure(id=1, touchpoint_id=1, title="x", status=status, due_date=due)
    assert is_overdue(measure, date(2026, 11, 23)) is expected

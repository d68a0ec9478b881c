"""Axis scales for charts: round value ticks and calendar date ticks.

Pure functions, so the screen charts and the PDF's charts can label their axes
the same way: values at 1, 2, 2.5 or 5 times a power of ten; dates on the first
of a month (every 1, 2, 3, 6 or 12 months), or on Mondays for short spans.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from datetime import date, timedelta

_STEPS = (1.0, 2.0, 2.5, 5.0, 10.0)


def nice_step(span: float, max_ticks: int) -> float:
    """The smallest round step that covers `span` in at most `max_ticks` intervals."""
    if span <= 0 or not math.isfinite(span):
        return 1.0
    raw = span / max(1, max_ticks)
    magnitude = 10 ** math.floor(math.log10(raw))
    for factor in _STEPS:
        if factor * magnitude >= raw * (1 - 1e-9):
            return factor * magnitude
    return 10 * magnitude


def value_range(values: Iterable[float], margin: float = 0.08) -> tuple[float, float]:
    """A range around the values with a little room; a single value gets a band around it.

    A range of positive values that comes close to zero starts at zero, so bars and
    lines are not exaggerated by a cut-off axis.
    """
    known = [v for v in values if v is not None and math.isfinite(v)]
    if not known:
        return 0.0, 1.0
    low, high = min(known), max(known)
    if high == low:
        pad = abs(high) * 0.1 or 1.0
        return low - pad, high + pad
    pad = (high - low) * margin
    low, high = low - pad, high + pad
    if min(known) >= 0 and low <= (high - low) * 0.5:
        low = 0.0  # also keeps the padding from reaching below zero
    return low, high


def nice_ticks(low: float, high: float, max_ticks: int = 6) -> list[float]:
    """Round tick values from at or below `low` to at or above `high`."""
    if high < low:
        low, high = high, low
    if high == low:
        high = low + 1
    step = nice_step(high - low, max_ticks)
    first = math.floor(low / step + 1e-9) * step
    last = math.ceil(high / step - 1e-9) * step
    count = round((last - first) / step)
    return [_clean(first + i * step) for i in range(count + 1)]


def _clean(value: float) -> float:
    # 0.1 * 3 is 0.30000000000000004; tick labels want 0.3.
    return float(f"{value:.12g}")


def decimals_for(step: float) -> int:
    """Decimals needed to tell ticks `step` apart (0 for whole steps)."""
    if step <= 0 or not math.isfinite(step):
        return 0
    decimals = 0
    while decimals < 6 and abs(step * 10**decimals - round(step * 10**decimals)) > 1e-6:
        decimals += 1
    return decimals


_MONTH_STEPS = (1, 2, 3, 6, 12, 24, 60)


def date_ticks(start: date, end: date, max_ticks: int = 8) -> list[date]:
    """Calendar ticks within start..end: firsts of months, or Mondays for spans under ~10 weeks."""
    if end < start:
        start, end = end, start
    days = (end - start).days
    if days < 7:
        return sorted({start, end})
    if days <= 70:
        step = timedelta(days=7 * max(1, math.ceil(days / 7 / max_ticks)))
        tick = start + timedelta(days=(7 - start.weekday()) % 7)  # the first Monday
        ticks = []
        while tick <= end:
            ticks.append(tick)
            tick += step
        return ticks
    months = _month_index(end) - _month_index(start)
    step = next((s for s in _MONTH_STEPS if months / s <= max_ticks), _MONTH_STEPS[-1])
    index = _month_index(start)
    if start.day != 1:
        index += 1
    index += (-index) % step  # align to January, April, July, ... for steps dividing 12
    ticks = []
    while True:
        tick = date(index // 12, index % 12 + 1, 1)
        if tick > end:
            break
        ticks.append(tick)
        index += step
    return ticks


def _month_index(day: date) -> int:
    return day.year * 12 + day.month - 1

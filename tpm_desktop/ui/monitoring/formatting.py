"""How monitoring values read on screen: numbers, dates, money, and the names of enums.

Numbers and dates follow the interface language (QLocale's default, set with the
translator): "1.234,5" and "31.12.2026" in German, "1,234.5" and "31 Dec 2026" in
English, which no reader can mistake for a month-first date.
"""

from __future__ import annotations

import html
import math
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtGui import QColor

from tpm_desktop.core import vocabulary
from tpm_desktop.core.enums import Direction, Frequency, MeasureStatus
from tpm_desktop.core.monitoring import Trend
from tpm_desktop.reports.measurement_import import RowProblem, parse_value

NBSP = "\u00a0"
MAX_SHOWN_NAME = 120  # names are cut before any layout: a received file may hold huge ones

OVERDUE_TEXT = QColor("#b3261e")
OVERDUE_BACKGROUND = QColor("#fdecea")
GOOD = QColor("#2e7d32")
BAD = QColor("#c62828")
NEUTRAL = QColor("#5f6b7a")
SERIES = QColor("#1f5fa8")


def today() -> date:
    """Today's date; one place, so tests can fix it."""
    return date.today()


def short(text: str, limit: int = MAX_SHOWN_NAME) -> str:
    """A name cut to a length that any layout can handle, on one line."""
    text = text if len(text) <= limit * 4 else text[: limit * 4]
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def plain_tip(text: str) -> str:
    """User text for a tooltip or message box, always shown as text.

    Qt guesses whether such text is rich text; a name like "<img src=...>" would be
    rendered as markup. Escaped inside <qt> it is shown literally, line breaks kept.
    """
    if not text:
        return ""
    return "<qt>" + html.escape(text).replace("\n", "<br/>") + "</qt>"


def german() -> bool:
    """True when the interface speaks German."""
    return QLocale().language() == QLocale.Language.German


def format_number(value: float | None, decimals: int | None = None, max_decimals: int = 2) -> str:
    """A number in the interface's notation, with the decimals it needs (at most `max_decimals`)."""
    if value is None or not math.isfinite(value):
        return ""
    if decimals is None:
        decimals = 0
        while decimals < max_decimals and abs(round(value, decimals) - value) > 1e-9:
            decimals += 1
    return QLocale().toString(float(value), "f", decimals)


def format_value(value: float | None, unit: str, decimals: int | None = None) -> str:
    """A KPI value with its unit: "247 s", "80 %", "4,3"."""
    number = format_number(value, decimals)
    if not number or not unit:
        return number
    return f"{number}{NBSP}{short(unit, 20)}"


def format_money(value: float | None, currency: str) -> str:
    """An amount without cents in the project's currency."""
    if value is None:
        return ""
    return QLocale().toCurrencyString(float(value), vocabulary.currency_sign(currency), 0)


def format_date(value: date | None) -> str:
    """A date as the interface's readers write it."""
    if value is None:
        return ""
    pattern = "dd.MM.yyyy" if german() else "d MMM yyyy"
    return QLocale().toString(QDate(value.year, value.month, value.day), pattern)


def to_qdate(value: date) -> QDate:
    """A Python date as a QDate."""
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    """A QDate as a Python date."""
    return date(value.year(), value.month(), value.day())


def status_text(status: MeasureStatus) -> str:
    """The name of a measure status."""
    return {
        MeasureStatus.PLANNED: QCoreApplication.translate("Monitoring", "Planned"),
        MeasureStatus.IN_PROGRESS: QCoreApplication.translate("Monitoring", "In progress"),
        MeasureStatus.DONE: QCoreApplication.translate("Monitoring", "Done"),
        MeasureStatus.DROPPED: QCoreApplication.translate("Monitoring", "Dropped"),
    }[status]


def direction_text(direction: Direction) -> str:
    """Which way a KPI is better."""
    return {
        Direction.HIGHER: QCoreApplication.translate("Monitoring", "Higher is better"),
        Direction.LOWER: QCoreApplication.translate("Monitoring", "Lower is better"),
    }[direction]


def frequency_text(frequency: Frequency) -> str:
    """How often a KPI is measured."""
    return {
        Frequency.WEEKLY: QCoreApplication.translate("Monitoring", "Weekly"),
        Frequency.MONTHLY: QCoreApplication.translate("Monitoring", "Monthly"),
        Frequency.QUARTERLY: QCoreApplication.translate("Monitoring", "Quarterly"),
    }[frequency]


def trend_text(trend: Trend) -> str:
    """The name of a trend."""
    return {
        Trend.IMPROVING: QCoreApplication.translate("Monitoring", "Improving"),
        Trend.STABLE: QCoreApplication.translate("Monitoring", "Stable"),
        Trend.WORSENING: QCoreApplication.translate("Monitoring", "Worsening"),
        Trend.NO_DATA: QCoreApplication.translate("Monitoring", "No data"),
    }[trend]


TREND_ARROWS = {
    Trend.IMPROVING: "▲",
    Trend.STABLE: "▶",
    Trend.WORSENING: "▼",
    Trend.NO_DATA: "–",
}


def trend_color(trend: Trend) -> QColor:
    """Green for improving, red for worsening, grey otherwise."""
    return {Trend.IMPROVING: GOOD, Trend.WORSENING: BAD}.get(trend, NEUTRAL)


def target_text(target: float | None, direction: Direction, unit: str) -> str:
    """The target with its direction: "≥ 85 %" or "≤ 60 s"."""
    if target is None:
        return QCoreApplication.translate("Monitoring", "no target")
    sign = "≥" if direction is Direction.HIGHER else "≤"
    return f"{sign}{NBSP}{format_value(target, unit)}"


def problem_text(problem: RowProblem) -> str:
    """Why an imported or pasted row cannot be used."""
    return {
        RowProblem.MISSING_DATE: QCoreApplication.translate("Monitoring", "no date"),
        RowProblem.BAD_DATE: QCoreApplication.translate("Monitoring", "the date cannot be read"),
        RowProblem.UNKNOWN_TOUCHPOINT: QCoreApplication.translate(
            "Monitoring", "unknown touchpoint"
        ),
        RowProblem.AMBIGUOUS_TOUCHPOINT: QCoreApplication.translate(
            "Monitoring", "several touchpoints have this name"
        ),
        RowProblem.MISSING_KPI: QCoreApplication.translate("Monitoring", "no KPI"),
        RowProblem.UNKNOWN_KPI: QCoreApplication.translate(
            "Monitoring", "unknown KPI for this touchpoint"
        ),
        RowProblem.AMBIGUOUS_KPI: QCoreApplication.translate(
            "Monitoring", "several KPIs have this name; name the touchpoint"
        ),
        RowProblem.MISSING_VALUE: QCoreApplication.translate("Monitoring", "no value"),
        RowProblem.BAD_VALUE: QCoreApplication.translate("Monitoring", "the value is not a number"),
        RowProblem.VALUE_OUT_OF_RANGE: QCoreApplication.translate(
            "Monitoring", "the value is too large"
        ),
    }[problem]


def parse_user_number(text: str) -> float | None:
    """A number typed by the user in either notation ("85,5" or "85.5"); None when empty.

    Raises ValueError for text that is not a number.
    """
    if not text.strip():
        return None
    value, problem = parse_value(text)
    if problem is not None:
        raise ValueError(text)
    return value

"""The report's own texts in German and English, and how numbers and dates are written.

The report's language is an option of its own, independent of the interface, so
these texts do not go through Qt's translator. Both languages hold the same keys
with the same placeholders (a test compares them).
"""

from __future__ import annotations

import math
import string
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from tpm_desktop.core import vocabulary
from tpm_desktop.core.enums import ChannelKind, Decision, Direction, MeasureStatus, MediaType
from tpm_desktop.core.messages import param_text
from tpm_desktop.core.monitoring import Trend
from tpm_desktop.reports.pdf import catalogue_de, catalogue_en

TEXTS: dict[str, dict[str, str]] = {"en": catalogue_en.TEXTS, "de": catalogue_de.TEXTS}

LANGUAGES = ("de", "en")
_MONTHS = {
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
    "de": (
        "Jan.",
        "Feb.",
        "März",
        "Apr.",
        "Mai",
        "Juni",
        "Juli",
        "Aug.",
        "Sep.",
        "Okt.",
        "Nov.",
        "Dez.",
    ),
}
_LONG_MONTHS = {
    "en": (
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ),
    "de": (
        "Januar", "Februar", "März", "April", "Mai", "Juni",
        "Juli", "August", "September", "Oktober", "November", "Dezember",
    ),
}  # fmt: skip
DASH = "–"
MINUS = "−"
NBSP = "\u00a0"  # between an amount and its unit, so "€" never wraps alone
SCORE_DIGITS = 2  # as the app's ranking shows weighted scores (4.25)


def rounded(value: float, digits: int) -> Decimal:
    """A number rounded half up, as people do by hand (4.25 -> 4.3, 3.75 -> 3.8).

    Python's round() and format() round half to even on the binary value, which
    prints 4.25 as 4.2 but 3.75 as 3.8. The shortest decimal text of the float
    (str) is what the user sees elsewhere, so that is what is rounded.
    """
    return Decimal(str(float(value))).quantize(Decimal(1).scaleb(-digits), ROUND_HALF_UP)


def placeholders(text: str) -> set[str]:
    """The names of the {placeholders} in a text."""
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def error_text(code: str, lang: str, **params: object) -> str:
    """The message of a report error in the given language, its values on one line."""
    quoted = {name: param_text(value) for name, value in params.items()}
    return Texts(lang)(f"error_{code}", **quoted)


class Texts:
    """Texts and number, money and date formats of one language."""

    def __init__(self, language: str) -> None:
        self.language = language if language in LANGUAGES else "en"
        self._table = TEXTS[self.language]

    def __call__(self, key: str, **params: object) -> str:
        template = self._table.get(key) or TEXTS["en"][key]
        return template.format(**params) if params else template

    # -- numbers ---------------------------------------------------------------------

    def number(self, value: float | None, digits: int = 1) -> str:
        """A decimal number in the language's notation; a dash for None."""
        if value is None or (isinstance(value, float) and not math.isfinite(value)):
            return DASH
        exact = rounded(value, digits)
        text = f"{abs(exact) if exact == 0 else exact:,.{digits}f}"
        if self.language == "de":
            text = text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
        return text.replace("-", MINUS)

    def integer(self, value: int | float) -> str:
        """A whole number with thousands separators."""
        return self.number(value, 0)

    def score(self, value: float | None) -> str:
        """A (weighted) score with two decimals, as the app shows it (4.25)."""
        return self.number(value, SCORE_DIGITS)

    def gap(self, before: float | None, after: float | None) -> str:
        """The signed difference after − before of two scores *as printed*.

        Computed from the rounded scores, so that a row reading 3.75 / 4.50 says
        +0.75 and never a figure the reader cannot subtract to.
        """
        if before is None or after is None:
            return DASH
        difference = rounded(after, SCORE_DIGITS) - rounded(before, SCORE_DIGITS)
        return self.signed(float(difference), SCORE_DIGITS)

    def signed(self, value: float | None, digits: int = 1) -> str:
        """A difference with its sign (+1.2, −0.4, 0.0)."""
        if value is None:
            return DASH
        text = self.number(abs(value), digits)
        if rounded(value, digits) > 0:
            return f"+{text}"
        if rounded(value, digits) < 0:
            return f"{MINUS}{text}"
        return text

    def signed_int(self, value: int) -> str:
        """A whole number with its sign (the experience scale)."""
        return f"+{value}" if value > 0 else f"{MINUS}{-value}" if value < 0 else "0"

    def rating(self, value: float | None) -> str:
        """A single criterion's score: whole numbers without decimals (3, but 3,4)."""
        if value is None:
            return DASH
        return self.number(value, 0 if float(value).is_integer() else 1)

    def index(self, value: float | None) -> str:
        """A priority index 0..100."""
        return self.number(value, 0)

    def percent(self, fraction: float) -> str:
        """A share as a percentage."""
        text = self.number(fraction * 100, 0)
        return f"{text} %" if self.language == "de" else f"{text}%"

    def compact(self, value: float) -> str:
        """An axis label: as few digits as the value needs."""
        magnitude = abs(value)
        digits = 0 if magnitude >= 100 else 1 if magnitude >= 10 else 2
        text = self.number(value, digits)
        if digits and self.language == "de":
            text = text.rstrip("0").rstrip(",")
        elif digits:
            text = text.rstrip("0").rstrip(".")
        return text or "0"

    def measure(self, value: float, unit: str) -> str:
        """A KPI value with its unit."""
        digits = 0 if abs(value) >= 100 or float(value).is_integer() else 1
        text = self.number(value, digits)
        if not unit:
            return text
        if unit == "%":
            return f"{text} %" if self.language == "de" else f"{text}%"
        return f"{text} {unit}"

    def money(self, value: float | None, currency: str) -> str:
        """An amount with its currency, without cents."""
        if value is None:
            return DASH
        symbol = vocabulary.currency_sign(currency)
        text = self.number(abs(value), 0)
        sign = MINUS if value < -0.5 else ""
        if self.language == "de":
            return f"{sign}{text}{NBSP}{symbol}"
        if len(symbol) == 1:
            return f"{sign}{symbol}{text}"
        return f"{sign}{symbol}{NBSP}{text}"

    def money_short(self, value: float | None, currency: str) -> str:
        """An amount for a key figure: thousands and millions abbreviated."""
        if value is None:
            return DASH
        magnitude = abs(value)
        if magnitude < 100_000:
            return self.money(value, currency)
        symbol = vocabulary.currency_sign(currency)
        sign = MINUS if value < 0 else ""
        if magnitude >= 1_000_000:
            number = self.number(magnitude / 1_000_000, 1)
            unit = "Mio." if self.language == "de" else "m"
        else:
            number = self.number(magnitude / 1_000, 0)
            unit = "Tsd." if self.language == "de" else "k"
        if self.language == "de":
            return f"{sign}{number}{NBSP}{unit}{NBSP}{symbol}"
        if len(symbol) == 1:
            return f"{sign}{symbol}{number}{unit}"
        return f"{sign}{symbol}{NBSP}{number}{unit}"

    # -- dates -----------------------------------------------------------------------

    def date(self, value: object) -> str:
        """A date for tables (31.12.2026 / 31 Dec 2026); a dash for None."""
        if not isinstance(value, date):
            return DASH
        if self.language == "de":
            return f"{value.day:02d}.{value.month:02d}.{value.year}"
        return f"{value.day} {_MONTHS['en'][value.month - 1]} {value.year}"

    def long_date(self, value: date) -> str:
        """A date for the cover."""
        month = _LONG_MONTHS[self.language][value.month - 1]
        if self.language == "de":
            return f"{value.day}. {month} {value.year}"
        return f"{value.day} {month} {value.year}"

    def month(self, value: date) -> str:
        """Month and year for chart axes."""
        return f"{_MONTHS[self.language][value.month - 1]} {value.year % 100:02d}"

    # -- vocabularies ------------------------------------------------------------------

    def decision(self, value: Decision) -> str:
        """The label of a decision."""
        return self(f"decision_{Decision(value).value}")

    def status(self, value: MeasureStatus) -> str:
        """The label of a measure's status."""
        return self(f"status_{MeasureStatus(value).value}")

    def experience(self, value: int | None) -> str:
        """The label of an experience rating."""
        if value is None:
            return self("not_rated")
        return vocabulary.experience_label(value, self.language)

    def trend(self, value: Trend) -> str:
        """The label of a trend."""
        return self(f"trend_{Trend(value).value}")

    @staticmethod
    def trend_arrow(value: Trend, direction: Direction = Direction.HIGHER) -> str:
        """An arrow for where the values move: up or down, whichever is better.

        A falling waiting time is an improvement, yet its arrow points down; whether
        a move is good is said by the trend's word and colour, not by the arrow.
        """
        trend = Trend(value)
        if trend is Trend.STABLE:
            return "→"
        if trend is Trend.NO_DATA:
            return "·"
        rising = (trend is Trend.IMPROVING) == (Direction(direction) is Direction.HIGHER)
        return "↗" if rising else "↘"

    def kind(self, value: ChannelKind | str) -> str:
        """Online or offline."""
        return self(f"kind_{ChannelKind(value).value}")

    def media(self, value: MediaType) -> str:
        """Owned, paid or earned media."""
        return vocabulary.media_label(value, self.language)

    def touchpoints(self, count: int) -> str:
        """ "1 touchpoint" / "12 touchpoints"."""
        key = "touchpoints_one" if count == 1 else "touchpoints_other"
        return self(key, count=self.integer(count))

"""The words for the project's fixed scales, in German and English.

One source for the app (notes panel, ranking, map legend and filters) and the
printed report, so the paper says what the team saw on screen. Qt-free: the
interface picks the language it runs in, the report its own.
"""

from __future__ import annotations

from tpm_desktop.core.enums import EXPERIENCE_MAX, EXPERIENCE_MIN, MediaType

LANGUAGES = ("de", "en")

EXPERIENCE_LABELS: dict[str, dict[int, str]] = {
    "en": {
        -2: "Disappoints",
        -1: "Rather disappoints",
        0: "Neutral",
        1: "Rather pleases",
        2: "Delights",
    },
    "de": {
        -2: "Enttäuscht",
        -1: "Eher enttäuscht",
        0: "Neutral",
        1: "Eher zufrieden",
        2: "Begeistert",
    },
}

MEDIA_LABELS: dict[str, dict[MediaType, str]] = {
    "en": {
        MediaType.OWNED: "Owned media",
        MediaType.PAID: "Paid media",
        MediaType.EARNED: "Earned media",
    },
    "de": {
        MediaType.OWNED: "Eigene Medien",
        MediaType.PAID: "Bezahlte Medien",
        MediaType.EARNED: "Verdiente Medien",
    },
}


def _language(language: str) -> str:
    return language if language in LANGUAGES else "en"


def experience_label(value: int, language: str) -> str:
    """What an experience rating (-2..+2) means from the customer's point of view."""
    value = max(EXPERIENCE_MIN, min(EXPERIENCE_MAX, int(value)))
    return EXPERIENCE_LABELS[_language(language)][value]


def media_label(media: MediaType | str, language: str) -> str:
    """The name of a media type (owned, paid, earned)."""
    return MEDIA_LABELS[_language(language)][MediaType(media)]


_CURRENCY_SIGNS = {"EUR": "€", "USD": "$", "GBP": "£", "JPY": "¥", "CHF": "CHF"}


def currency_sign(currency: str) -> str:
    """The sign written for a currency code ("EUR" -> "€"); other codes as they are.

    Shared by the panels and the report, so an amount looks the same on paper.
    """
    code = currency.strip().upper()
    return _CURRENCY_SIGNS.get(code, code[:8] or "€")

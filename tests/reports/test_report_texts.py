"""The report's own catalogue: both languages complete, numbers and dates written right."""

from __future__ import annotations

from datetime import date

from tpm_desktop.core.enums import Decision, MeasureStatus
from tpm_desktop.core.monitoring import Trend
from tpm_desktop.reports.pdf.texts import TEXTS, Texts, placeholders


def test_both_languages_have_the_same_keys_and_placeholders():
    assert set(TEXTS["de"]) == set(TEXTS["en"])
    for key, english in TEXTS["en"].items():
        german = TEXTS["de"][key]
        assert english.strip() and german.strip(), key
        assert placeholders(english) == placeholders(german), key


def test_every_vocabulary_value_has_a_label_in_both_languages():
    for lang in ("de", "en"):
        t = Texts(lang)
        for value in Decision:
            assert t.decision(value)
        for value in MeasureStatus:
            assert t.status(value)
        for value in Trend:
            assert t.trend(value)
        for value in range(-2, 3):
            assert t.experience(value)


def test_number_money_and_date_formats():
    de, en = Texts("de"), Texts("en")
    assert de.number(1234.56, 1) == "1.234,6" and en.number(1234.56, 1) == "1,234.6"
    assert de.signed(-0.25) == "−0,2" or de.signed(-0.25) == "−0,3"
    assert en.signed(1.24) == "+1.2" and en.signed(None) == "–"
    # No-break spaces: an amount never wraps away from its currency
    assert de.money(850000, "EUR") == "850.000\u00a0€" and en.money(850000, "EUR") == "€850,000"
    assert en.money(1200, "CHF") == "CHF\u00a01,200"
    assert de.money_short(792000, "EUR") == "792\u00a0Tsd.\u00a0€"
    assert en.money_short(792000, "EUR") == "€792k"
    assert de.date(date(2026, 3, 1)) == "01.03.2026" and en.date(date(2026, 3, 1)) == "1 Mar 2026"
    assert de.long_date(date(2026, 3, 1)) == "1. März 2026"
    assert de.measure(2.3, "%") == "2,3 %" and en.measure(2.3, "%") == "2.3%"
    assert Texts("fr").language == "en"

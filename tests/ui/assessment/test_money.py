"""Amounts are written as the interface language writes them, the same in every panel."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale

from tpm_desktop.ui.assessment.labels import money, parse_amount
from tpm_desktop.ui.monitoring.formatting import format_money


@pytest.fixture
def locale(request):
    before = QLocale()
    QLocale.setDefault(QLocale(request.param))
    yield request.param
    QLocale.setDefault(before)


@pytest.mark.parametrize(
    ("locale", "whole", "cents"),
    [("de_DE", "850.000\u00a0€", "1.234,50\u00a0€"), ("en_GB", "€850,000", "€1,234.50")],
    indirect=["locale"],
)
def test_money_follows_the_language_and_matches_the_action_plan(locale, whole, cents):
    assert money(850000, "EUR") == whole
    assert money(1234.5, "EUR") == cents
    assert format_money(850000, "EUR") == whole  # the action plan and measures
    assert parse_amount(whole) == 850000
    assert parse_amount(cents) == 1234.5

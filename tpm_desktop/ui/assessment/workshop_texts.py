"""Interface texts for the workshop import's row errors and column names."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from tpm_desktop.core.workshop import RowError
from tpm_desktop.ui.assessment.labels import shown


def field_name(field: str) -> str:
    """A column of the workshop table, as the user knows it."""
    names = {
        "participant": QCoreApplication.translate("Assessment", "participant"),
        "touchpoint": QCoreApplication.translate("Assessment", "touchpoint"),
        "criterion": QCoreApplication.translate("Assessment", "criterion"),
        "value": QCoreApplication.translate("Assessment", "value"),
        "group": QCoreApplication.translate("Assessment", "group"),
    }
    return names.get(field, field)


def error_text(error: RowError) -> str:
    """One row error as a sentence."""
    name = shown(str(error.param("name") or ""), 60)
    value = shown(str(error.param("value") or ""), 30)
    texts = {
        "participant_missing": QCoreApplication.translate("Assessment", "No participant"),
        "touchpoint_missing": QCoreApplication.translate("Assessment", "No touchpoint"),
        "touchpoint_unknown": QCoreApplication.translate(
            "Assessment", "Unknown touchpoint “%1”"
        ).replace("%1", name),
        "touchpoint_ambiguous": QCoreApplication.translate(
            "Assessment", "Several touchpoints are called “%1”; use its short id"
        ).replace("%1", name),
        "criterion_missing": QCoreApplication.translate("Assessment", "No criterion"),
        "criterion_unknown": QCoreApplication.translate(
            "Assessment", "Unknown criterion “%1”"
        ).replace("%1", name),
        "criterion_ambiguous": QCoreApplication.translate(
            "Assessment", "Several criteria are called “%1”; use its number"
        ).replace("%1", name),
        "value_missing": QCoreApplication.translate("Assessment", "No value"),
        "value_not_number": QCoreApplication.translate(
            "Assessment", "“%1” is not a number"
        ).replace("%1", value),
        "value_off_scale": QCoreApplication.translate("Assessment", "%1 is off the scale %2–%3")
        .replace("%1", value)
        .replace("%2", str(error.param("low")))
        .replace("%3", str(error.param("high"))),
        "too_long": QCoreApplication.translate("Assessment", "The %1 is longer than %2 characters")
        .replace("%1", field_name(str(error.param("field"))))
        .replace("%2", str(error.param("limit"))),
        "duplicate_rating": QCoreApplication.translate(
            "Assessment", "Same participant, touchpoint and criterion as line %1"
        ).replace("%1", str(error.param("line"))),
    }
    return texts.get(error.code, error.code)

"""Field values as the panels show them, for the merge review and the history."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from tpm_desktop.core.enums import Decision, MediaType
from tpm_desktop.core.merge.describe import Sides, value_text
from tpm_desktop.ui.assessment.labels import decision_label, experience_label, media_label


def shown_value(sides: Sides, table: str, field: str, value: object) -> str:
    """Decisions, experiences and media by their names; numbers in the user's locale."""
    try:
        if field == "decision" and isinstance(value, str):
            return decision_label(Decision(value))
        if field in ("experience", "target_experience") and isinstance(value, int):
            return f"{value:+d} {experience_label(value)}"
        if field == "media_type" and (value is None or isinstance(value, str)):
            return media_label(None if value is None else MediaType(value))
    except ValueError:
        pass  # an unknown value from a newer copy: shown as it is
    if isinstance(value, bool):
        yes = QCoreApplication.translate("MergeValues", "Yes")
        return yes if value else QCoreApplication.translate("MergeValues", "No")
    if isinstance(value, float):
        # as the panels show numbers: "4" and "4,5" in German, not "4.0"
        return QLocale().toString(value, "g", 12)
    return value_text(sides, table, field, value)

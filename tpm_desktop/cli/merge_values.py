"""Field values of merge and diff listings in words, in the command line's language."""

from __future__ import annotations

from typing import Any

from tpm_desktop.cli.texts import language, t
from tpm_desktop.core.merge.describe import Sides, value_text
from tpm_desktop.reports.pdf.texts import Texts

# Fields whose stored value is a code the user never sees as such.
_WORDED = {
    "decision": "decision",
    "status": "status",
    "experience": "experience",
    "target_experience": "experience",
    "media_type": "media",
    "kind": "kind",
}


def shown_value(sides: Sides, table: str, field: str, value: Any) -> str:
    """A value as the user knows it: "Delights (+2)", "Focus", "yes", "4" instead of 4.0."""
    texts = Texts(language())
    how = _WORDED.get(field)
    try:
        if value is None or value == "":
            return value_text(sides, table, field, value)
        if how == "experience":
            return f"{texts.experience(int(value))} ({texts.signed_int(int(value))})"
        if how is not None:
            return getattr(texts, how)(value)
    except (ValueError, TypeError, KeyError):
        pass  # an unknown code from a newer copy: shown as stored
    if isinstance(value, bool):
        return t("value_yes") if value else t("value_no")
    if isinstance(value, float):
        return texts.number(value, 0 if value.is_integer() else 2)
    return value_text(sides, table, field, value)

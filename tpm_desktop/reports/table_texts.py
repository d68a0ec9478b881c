"""Texts of the touchpoint table import and export, in German and English.

The import runs headless (command line) and in the app, so its problem reports
cannot use Qt's translator; like `core.messages`, they live in this catalogue.
"""

from __future__ import annotations

from tpm_desktop.core.messages import param_text

TEXTS: dict[str, dict[str, str]] = {
    "en": {
        "row": "Row {row}: {message}",
        "name_missing": "the name is missing",
        "score_not_number": "{column}: “{value}” is not a number",
        "score_off_scale": "{column}: {value} is off the scale {low} to {high}",
        "experience_invalid": "experience “{value}” is not a whole number from -2 to 2",
        "segment_experience_invalid": (
            "{column}: “{value}” is not a whole number from -2 to 2 nor “relevant”"
        ),
        "unknown_decision": "unknown decision “{value}” (allowed: {choices})",
        "unknown_media_type": "unknown media type “{value}” (allowed: {choices})",
        "unknown_channel_type": "unknown channel type “{value}” (allowed: online, offline)",
        "other_language_too": "{choices}; the German words work too",
        "budget_not_number": "budget “{value}” is not a number",
        "budget_negative": "the budget cannot be negative ({value})",
        "invalid_value": "{column}: {detail}",
        "channel_kind_conflict": (
            "channel “{channel}” is {kind} in the project; the channel type “{value}” was ignored"
        ),
        "code_renumbered": (
            "the short id “{value}” is already used by another touchpoint; this one gets {code}"
        ),
        # Short forms, for a list of several problems of one row (the full ones explain).
        "name_missing_short": "no name",
        "score_not_number_short": "{column} “{value}”",
        "score_off_scale_short": "{column} “{value}”",
        "experience_invalid_short": "experience “{value}”",
        "segment_experience_invalid_short": "{column} “{value}”",
        "unknown_decision_short": "decision “{value}”",
        "unknown_media_type_short": "media type “{value}”",
        "unknown_channel_type_short": "channel type “{value}”",
        "budget_not_number_short": "budget “{value}”",
        "budget_negative_short": "budget “{value}”",
        "unassigned": "Not assigned",
        "online": "online",
        "offline": "offline",
        "no_header": "column {number}",
    },
    "de": {
        "row": "Zeile {row}: {message}",
        "name_missing": "der Name fehlt",
        "score_not_number": "{column}: „{value}“ ist keine Zahl",
        "score_off_scale": "{column}: {value} liegt außerhalb der Skala {low} bis {high}",
        "experience_invalid": "Erlebnis „{value}“ ist keine ganze Zahl von -2 bis 2",
        "segment_experience_invalid": (
            "{column}: „{value}“ ist weder eine ganze Zahl von -2 bis 2 noch „relevant“"
        ),
        "unknown_decision": "unbekannte Entscheidung „{value}“ (erlaubt: {choices})",
        "unknown_media_type": "unbekannter Medientyp „{value}“ (erlaubt: {choices})",
        "unknown_channel_type": "unbekannter Kanaltyp „{value}“ (erlaubt: online, offline)",
        "other_language_too": "{choices}; die englischen Begriffe gehen auch",
        "budget_not_number": "Budget „{value}“ ist keine Zahl",
        "budget_negative": "das Budget darf nicht negativ sein ({value})",
        "invalid_value": "{column}: {detail}",
        "channel_kind_conflict": (
            "Kanal „{channel}“ ist im Projekt {kind}; der Kanaltyp „{value}“ wurde ignoriert"
        ),
        "code_renumbered": (
            "das Kürzel „{value}“ hat schon ein anderer Touchpoint; dieser erhält {code}"
        ),
        "name_missing_short": "kein Name",
        "score_not_number_short": "{column} „{value}“",
        "score_off_scale_short": "{column} „{value}“",
        "experience_invalid_short": "Erlebnis „{value}“",
        "segment_experience_invalid_short": "{column} „{value}“",
        "unknown_decision_short": "Entscheidung „{value}“",
        "unknown_media_type_short": "Medientyp „{value}“",
        "unknown_channel_type_short": "Kanaltyp „{value}“",
        "budget_not_number_short": "Budget „{value}“",
        "budget_negative_short": "Budget „{value}“",
        "unassigned": "Nicht zugeordnet",
        "online": "online",
        "offline": "offline",
        "no_header": "Spalte {number}",
    },
}


def text(key: str, lang: str = "en", **params: object) -> str:
    """The text for `key` in `lang` (English when unknown), on one line."""
    table = TEXTS.get(lang, TEXTS["en"])
    template = table.get(key) or TEXTS["en"][key]
    return template.format(**{name: param_text(value) for name, value in params.items()})

"""Help texts and messages of the command line, in German and English."""

from __future__ import annotations

from tpm_desktop.core.messages import one_line, system_language

TEXTS: dict[str, dict[str, str]] = {
    "en": {
        "description": "Customer Touchpoint Management: map, assess, plan, monitor and report.",
        "gui_file": "project file (.tpm) to open in the application",
        "gui_lang": "interface language for this start",
        "commands": "commands (without a command the application starts)",
        "new_help": "create a new project file",
        "new_file": "the new project file (.tpm)",
        "new_sample": "fill it with the sample project of a regional energy supplier",
        "new_lang": "language of the default names and of the sample (default: de)",
        "new_name": "the project's name",
        "new_force": "overwrite FILE if it exists",
        "check_help": "run every opening and integrity check on a project file",
        "info_help": "print the schema version and record counts of a project file",
        "info_json": "print one JSON object",
        "file": "project file (.tpm)",
        "ok": "ok",
        "created": "Created {path} ({touchpoints} touchpoints).",
        "internal_error": "internal error ({detail}); the file was not changed",
        "interrupted": "interrupted; the file was not changed",
        "info_schema": "schema version",
        "info_departments": "departments",
        "info_channels": "channels",
        "info_phases": "phases",
        "info_touchpoints": "touchpoints",
        "info_criteria": "criteria",
        "info_measures": "measures",
        "info_kpis": "KPIs",
        "info_measurements": "measurements",
    },
    "de": {
        "description": (
            "Customer Touchpoint Management: erfassen, bewerten, planen, überwachen, berichten."
        ),
        "gui_file": "Projektdatei (.tpm), die in der Anwendung geöffnet wird",
        "gui_lang": "Sprache der Oberfläche für diesen Start",
        "commands": "Befehle (ohne Befehl startet die Anwendung)",
        "new_help": "eine neue Projektdatei anlegen",
        "new_file": "die neue Projektdatei (.tpm)",
        "new_sample": "mit dem Beispielprojekt eines regionalen Energieversorgers füllen",
        "new_lang": "Sprache der Standardnamen und des Beispiels (Standard: de)",
        "new_name": "der Name des Projekts",
        "new_force": "DATEI überschreiben, falls sie existiert",
        "check_help": "alle Öffnungs- und Integritätsprüfungen auf einer Projektdatei ausführen",
        "info_help": "Schemaversion und Anzahl der Einträge einer Projektdatei ausgeben",
        "info_json": "ein JSON-Objekt ausgeben",
        "file": "Projektdatei (.tpm)",
        "ok": "ok",
        "created": "{path} angelegt ({touchpoints} Touchpoints).",
        "internal_error": "interner Fehler ({detail}); die Datei wurde nicht verändert",
        "interrupted": "abgebrochen; die Datei wurde nicht verändert",
        "info_schema": "Schemaversion",
        "info_departments": "Abteilungen",
        "info_channels": "Kanäle",
        "info_phases": "Phasen",
        "info_touchpoints": "Touchpoints",
        "info_criteria": "Kriterien",
        "info_measures": "Maßnahmen",
        "info_kpis": "KPIs",
        "info_measurements": "Messwerte",
    },
}


def t(key: str, **params: object) -> str:
    """The text for `key` in the command line's language (from the environment)."""
    table = TEXTS.get(system_language(), TEXTS["en"])
    template = table.get(key) or TEXTS["en"][key]
    return template.format(**{name: one_line(str(value)) for name, value in params.items()})

"""Help texts and messages of the command line, in German and English."""

from __future__ import annotations

from tpm_desktop.core.messages import param_text, system_language

TEXTS: dict[str, dict[str, str]] = {
    "en": {
        "description": "Customer Touchpoint Management: map, assess, plan, monitor and report.",
        "gui_file": "project file (.tpm) to open in the application",
        "gui_lang": "interface language for this start",
        "commands": "commands (without a command the application starts)",
        "command_metavar": "COMMAND",
        "gui_group": "starting the application",
        "usage": "usage:",
        "positional_arguments": "arguments",
        "options": "options",
        "help_help": "show this help and exit",
        "version_help": "show the program's version and exit",
        "error": "error",
        "unknown_command": (
            "unknown command “{argument}”; did you mean “{command}”? "
            "(tpm-desktop --help lists the commands)"
        ),
        "not_command_or_file": (
            "“{argument}” is neither a command nor an existing file "
            "(tpm-desktop --help lists the commands)"
        ),
        "no_display": (
            "no display found: the application needs a graphical desktop; start it with "
            "xvfb-run tpm-desktop or QT_QPA_PLATFORM=offscreen tpm-desktop, or use a command "
            "(tpm-desktop --help)"
        ),
        "new_help": "create a new project file",
        "new_file": "the new project file (.tpm)",
        "new_sample": "fill it with the sample project of a regional energy supplier",
        "new_lang": (
            "language of the default names and of the sample (default: the environment's "
            "language, {default} now)"
        ),
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
        "report_help": "write the executive report, or department reports, as PDF",
        "report_output": "the PDF to write (replaced whole, or not at all)",
        "report_department": "the report for one department (its name or id)",
        "report_all_departments": "write one report per department into this folder",
        "report_lang": "language of the report (default: the project's language)",
        "report_paper": "paper size (default: a4)",
        "report_colour": "what the colours of the map show (default: priority)",
        "report_large_map": "print the map on A3 (Tabloid with letter paper)",
        "report_map_orientation": "orientation of the map pages (default: landscape)",
        "report_confidential": 'the confidentiality line in the footer ("" for none)',
        "report_logo": "a PNG or JPEG logo for the cover",
        "report_without": "leave a section out (repeatable): {sections}",
        "report_date": "the report's date, against which measures are overdue (default: today)",
        "report_need_output": "give either -o OUT.pdf or --all-departments DIR",
        "report_department_or_all": "--department and --all-departments exclude each other",
        "report_bad_date": "not a date (YYYY-MM-DD): {value}",
        "report_written": "Wrote {path}",
        "import_help": "add the touchpoints of a spreadsheet (CSV or XLSX) to a project",
        "import_file": "the project file (.tpm) to add the touchpoints to",
        "import_table": 'the table: .csv (";" or ",", UTF-8 or Windows-1252) or .xlsx',
        "import_sheet": (
            "the worksheet of an .xlsx file to read (default: the first sheet with a column "
            "of names)"
        ),
        "import_dry_run": "check the table and say what would happen; write nothing",
        "import_skip_invalid": "import the valid rows and list the others (default: import "
        "nothing when any row has a problem)",
        "import_ignored_columns": "Columns not imported (not recognised): {columns}",
        "import_sheet_used": "Reading the sheet “{sheet}” (choose another with --sheet).",
        "import_more_problems": "… and {count} more rows with problems",
        "import_no_name_column": (
            "The table has no column of touchpoint names (Name or Touchpoint): {path}; its "
            "columns: {columns}"
        ),
        "import_no_rows": (
            "The table has a header row but no touchpoint rows; the project was not changed: {path}"
        ),
        "import_rejected": (
            "{bad} of {total} rows have problems; nothing was imported. Correct them, or use "
            "--skip-invalid to import only the valid rows ({good})"
        ),
        "import_rejected_one": (
            "1 of {total} rows has a problem; nothing was imported. Correct it, or use "
            "--skip-invalid to import only the valid rows ({good})"
        ),
        "import_nothing_valid": "No row can be imported; the project was not changed",
        "import_done": "Imported {count} touchpoints into {path}.",
        "import_done_one": "Imported 1 touchpoint into {path}.",
        "import_dry_done": "Dry run: {count} touchpoints would be imported into {path}; "
        "nothing was written.",
        "import_dry_done_one": "Dry run: 1 touchpoint would be imported into {path}; "
        "nothing was written.",
        "import_skipped": "Skipped {count} rows with problems (listed above).",
        "import_skipped_one": "Skipped 1 row with a problem (listed above).",
        "import_dry_skipped": "{count} rows with problems would be skipped (listed above).",
        "import_dry_skipped_one": "1 row with a problem would be skipped (listed above).",
        "import_new_departments": "New departments: {names}",
        "import_new_channels": "New channels: {names}",
        "import_new_phases": "New phases: {names}",
        "import_already_present": (
            "Note: {count} of these touchpoints already exist with the same name and place; "
            "they are added again."
        ),
        "export_help": "write the touchpoint table of a project as .csv or .xlsx",
        "export_out": "the table to write; .csv or .xlsx (an existing file is replaced)",
        "export_lang": "language of the headers and words (default: the project's language)",
        "export_suffix": "The table must end in .csv or .xlsx: {path}",
        "export_done": "Exported {count} touchpoints to {path}.",
        "export_done_one": "Exported 1 touchpoint to {path}.",
    },
    "de": {
        "description": (
            "Customer Touchpoint Management: erfassen, bewerten, planen, überwachen, berichten."
        ),
        "gui_file": "Projektdatei (.tpm), die in der Anwendung geöffnet wird",
        "gui_lang": "Sprache der Oberfläche für diesen Start",
        "commands": "Befehle (ohne Befehl startet die Anwendung)",
        "command_metavar": "BEFEHL",
        "gui_group": "Start der Anwendung",
        "usage": "Aufruf:",
        "positional_arguments": "Argumente",
        "options": "Optionen",
        "help_help": "diese Hilfe zeigen und beenden",
        "version_help": "die Version des Programms zeigen und beenden",
        "error": "Fehler",
        "unknown_command": (
            "unbekannter Befehl „{argument}“; meinten Sie „{command}“? "
            "(tpm-desktop --help zeigt die Befehle)"
        ),
        "not_command_or_file": (
            "„{argument}“ ist weder ein Befehl noch eine vorhandene Datei "
            "(tpm-desktop --help zeigt die Befehle)"
        ),
        "no_display": (
            "kein Bildschirm gefunden: die Anwendung braucht eine grafische Oberfläche; starten "
            "Sie sie mit xvfb-run tpm-desktop oder QT_QPA_PLATFORM=offscreen tpm-desktop, oder "
            "verwenden Sie einen Befehl (tpm-desktop --help)"
        ),
        "new_help": "eine neue Projektdatei anlegen",
        "new_file": "die neue Projektdatei (.tpm)",
        "new_sample": "mit dem Beispielprojekt eines regionalen Energieversorgers füllen",
        "new_lang": (
            "Sprache der Standardnamen und des Beispiels (Standard: die Sprache der Umgebung, "
            "jetzt {default})"
        ),
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
        "report_help": "den Management-Bericht oder Abteilungsberichte als PDF schreiben",
        "report_output": "die PDF-Datei (ganz oder gar nicht ersetzt)",
        "report_department": "der Bericht für eine Abteilung (Name oder Nummer)",
        "report_all_departments": "je Abteilung einen Bericht in diesen Ordner schreiben",
        "report_lang": "Sprache des Berichts (Standard: die Sprache des Projekts)",
        "report_paper": "Papierformat (Standard: a4)",
        "report_colour": "was die Farben der Landkarte zeigen (Standard: priority)",
        "report_large_map": "die Landkarte auf A3 drucken (Tabloid bei Letter-Papier)",
        "report_map_orientation": "Ausrichtung der Landkarten-Seiten (Standard: landscape)",
        "report_confidential": 'die Vertraulichkeitszeile in der Fußzeile ("" für keine)',
        "report_logo": "ein PNG- oder JPEG-Logo für das Deckblatt",
        "report_without": "einen Abschnitt weglassen (wiederholbar): {sections}",
        "report_date": "das Datum des Berichts, an dem Maßnahmen überfällig sind (Standard: heute)",
        "report_need_output": "entweder -o AUSGABE.pdf oder --all-departments ORDNER angeben",
        "report_department_or_all": "--department und --all-departments schließen sich aus",
        "report_bad_date": "kein Datum (JJJJ-MM-TT): {value}",
        "report_written": "{path} geschrieben",
        "import_help": "die Touchpoints einer Tabelle (CSV oder XLSX) einem Projekt hinzufügen",
        "import_file": "die Projektdatei (.tpm), der die Touchpoints hinzugefügt werden",
        "import_table": 'die Tabelle: .csv (";" oder ",", UTF-8 oder Windows-1252) oder .xlsx',
        "import_sheet": (
            "das Tabellenblatt einer .xlsx-Datei (Standard: das erste Blatt mit einer Namensspalte)"
        ),
        "import_dry_run": "die Tabelle prüfen und sagen, was geschähe; nichts schreiben",
        "import_skip_invalid": "die gültigen Zeilen importieren und die übrigen auflisten "
        "(Standard: nichts importieren, sobald eine Zeile fehlerhaft ist)",
        "import_ignored_columns": "Nicht importierte Spalten (nicht erkannt): {columns}",
        "import_sheet_used": "Gelesen wird das Blatt „{sheet}“ (ein anderes mit --sheet).",
        "import_more_problems": "… und {count} weitere fehlerhafte Zeilen",
        "import_no_name_column": (
            "Die Tabelle hat keine Spalte mit den Namen der Touchpoints (Name oder Touchpoint): "
            "{path}; ihre Spalten: {columns}"
        ),
        "import_no_rows": (
            "Die Tabelle hat eine Kopfzeile, aber keine Touchpoint-Zeilen; das Projekt wurde "
            "nicht verändert: {path}"
        ),
        "import_rejected": (
            "{bad} von {total} Zeilen sind fehlerhaft; es wurde nichts importiert. Korrigieren "
            "Sie sie oder importieren Sie mit --skip-invalid nur die gültigen Zeilen ({good})"
        ),
        "import_rejected_one": (
            "1 von {total} Zeilen ist fehlerhaft; es wurde nichts importiert. Korrigieren "
            "Sie sie oder importieren Sie mit --skip-invalid nur die gültigen Zeilen ({good})"
        ),
        "import_nothing_valid": (
            "Keine Zeile kann importiert werden; das Projekt wurde nicht verändert"
        ),
        "import_done": "{count} Touchpoints in {path} importiert.",
        "import_done_one": "1 Touchpoint in {path} importiert.",
        "import_dry_done": "Probelauf: {count} Touchpoints würden in {path} importiert; "
        "es wurde nichts geschrieben.",
        "import_dry_done_one": "Probelauf: 1 Touchpoint würde in {path} importiert; "
        "es wurde nichts geschrieben.",
        "import_skipped": "{count} fehlerhafte Zeilen übersprungen (oben aufgeführt).",
        "import_skipped_one": "1 fehlerhafte Zeile übersprungen (oben aufgeführt).",
        "import_dry_skipped": "{count} fehlerhafte Zeilen würden übersprungen (oben aufgeführt).",
        "import_dry_skipped_one": "1 fehlerhafte Zeile würde übersprungen (oben aufgeführt).",
        "import_new_departments": "Neue Abteilungen: {names}",
        "import_new_channels": "Neue Kanäle: {names}",
        "import_new_phases": "Neue Phasen: {names}",
        "import_already_present": (
            "Hinweis: {count} dieser Touchpoints gibt es bereits mit gleichem Namen und Platz; "
            "sie werden erneut hinzugefügt."
        ),
        "export_help": "die Touchpoint-Tabelle eines Projekts als .csv oder .xlsx schreiben",
        "export_out": "die zu schreibende Tabelle; .csv oder .xlsx (eine vorhandene Datei "
        "wird ersetzt)",
        "export_lang": "Sprache der Spaltenköpfe und Begriffe (Standard: die des Projekts)",
        "export_suffix": "Die Tabelle muss auf .csv oder .xlsx enden: {path}",
        "export_done": "{count} Touchpoints nach {path} exportiert.",
        "export_done_one": "1 Touchpoint nach {path} exportiert.",
    },
}


def t(key: str, **params: object) -> str:
    """The text for `key` in the command line's language (from the environment)."""
    table = TEXTS.get(system_language(), TEXTS["en"])
    template = table.get(key) or TEXTS["en"][key]
    return template.format(**{name: param_text(value) for name, value in params.items()})


def tn(key: str, count: int, **params: object) -> str:
    """Like t, with `key_one` for a count of one where the catalogue has it."""
    table = TEXTS.get(system_language(), TEXTS["en"])
    if count == 1 and f"{key}_one" in table:
        key = f"{key}_one"
    return t(key, count=count, **params)

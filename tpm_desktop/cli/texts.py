"""Help texts and messages of the command line, in German and English."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from tpm_desktop.core.messages import param_text, system_language

TEXTS: dict[str, dict[str, str]] = {
    "en": {
        "description": "Customer Touchpoint Management: map, assess, plan, monitor and report.",
        "gui_file": "project file (.tpm) to open in the application",
        "gui_lang": "interface language for this start",
        "commands": "commands (without a command the application starts)",
        "command_metavar": "COMMAND",
        "metavar_file": "FILE",
        "metavar_table": "TABLE",
        "metavar_out": "OUT",
        "metavar_out_pdf": "OUT.pdf",
        "metavar_ours": "OURS",
        "metavar_theirs": "THEIRS",
        "metavar_name": "NAME",
        "metavar_dir": "DIR",
        "metavar_text": "TEXT",
        "metavar_section": "SECTION",
        "metavar_date": "YYYY-MM-DD",
        "metavar_channel_kind": "NAME=KIND",
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
        "poster_help": "write the whole touchpoint map as a poster PDF (A2, A1 or A4 tiles)",
        "poster_output": "the PDF to write (replaced whole, or not at all)",
        "poster_size": (
            "a2 or a1 on one sheet, or a4-tiles: A4 pages with crop marks to assemble (default: a2)"
        ),
        "poster_date": "the date printed on the poster (default: today)",
        "poster_lang": "language of the poster (default: the project's language)",
        "slides_help": "write the project's results as slides (PowerPoint, Impress: .pptx)",
        "slides_output": "the presentation to write (.pptx; replaced whole, or not at all)",
        "slides_lang": "language of the slides (default: the project's language)",
        "slides_date": "the slides' date, against which measures are overdue (default: today)",
        "slides_suffix": "the slides are written as .pptx; give a name ending in .pptx: {path}",
        "import_help": "add the touchpoints of a spreadsheet (CSV, XLSX or ODS) to a project",
        "import_file": "the project file (.tpm) to add the touchpoints to",
        "import_table": 'the table: .csv (";" or ",", UTF-8 or Windows-1252), .xlsx or .ods',
        "import_sheet": (
            "the worksheet of an .xlsx or .ods file to read (default: the first sheet with a "
            "column of names)"
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
        "import_new_channels": "{count} new channels: {counts} — check:",
        "import_new_channels_one": "1 new channel: {counts} — check:",
        "import_dry_new_channels": "{count} new channels would be created: {counts} — check:",
        "import_dry_new_channels_one": "1 new channel would be created: {counts} — check:",
        "import_channel_counts_offline": "{count} offline",
        "import_channel_counts_online": "{count} online",
        "import_channel_line": "  {name}: {kind} ({source})",
        "import_quoted": "“{name}”",
        "import_kind_chosen": "as given with --channel-kind",
        "import_kind_column": "from the table's channel type",
        "import_kind_name": "from its name",
        "import_kind_default": "type unknown, online by default",
        "import_kind_unassigned": "for the rows without a channel",
        "import_kind_default_hint": (
            "The type of {names} is not known, so they were created as online. If one is "
            'offline, import again with --channel-kind "{example}=offline", or right-click its '
            "header on the map and choose Move to Offline."
        ),
        "import_kind_default_hint_one": (
            "The type of {names} is not known, so it was created as online. If it is offline, "
            'import again with --channel-kind "{example}=offline", or right-click its header '
            "on the map and choose Move to Offline."
        ),
        "import_dry_kind_default_hint": (
            "The type of {names} is not known, so they would be created as online. Give it "
            'with --channel-kind "{example}=offline" (or =online).'
        ),
        "import_dry_kind_default_hint_one": (
            "The type of {names} is not known, so it would be created as online. Give it "
            'with --channel-kind "{example}=offline" (or =online).'
        ),
        "import_channel_kind": (
            "the type of a channel the import creates: NAME=online or NAME=offline "
            "(repeatable; default: from the table's channel type column or the name, "
            "else online)"
        ),
        "import_bad_channel_kind": "expected NAME=online or NAME=offline, not “{value}”",
        "import_channel_kind_unused": (
            "Note: --channel-kind “{name}”: the import creates no channel of that name "
            "(existing channels keep their type)."
        ),
        "import_new_phases": "New phases: {names}",
        "import_new_segments": "New customer segments: {names}",
        "import_already_present": (
            "Note: {count} of these touchpoints already exist with the same name and place; "
            "they are added again."
        ),
        "export_help": "write the touchpoint table of a project as .csv, .xlsx or .ods",
        "export_out": "the table to write; .csv, .xlsx or .ods (an existing file is replaced)",
        "export_lang": "language of the headers and words (default: the project's language)",
        "export_suffix": "The table must end in .csv, .xlsx or .ods: {path}",
        "export_done": "Exported {count} touchpoints to {path}.",
        "export_done_one": "Exported 1 touchpoint to {path}.",
        "merge_help": "take the changes of another copy of the project into this one",
        "merge_ours": "our project file (.tpm): the changes go into it",
        "merge_theirs": "the other copy (.tpm) whose changes are taken",
        "merge_output": "write the merged project to the new file OUT and leave OURS unchanged",
        "merge_dry_run": "list what would be taken and the conflicts, and change nothing",
        "merge_prefer": "who wins where both copies changed the same thing (default: ours)",
        "merge_as_new": "for a file of another project: add its touchpoints here as new ones",
        "merge_output_exists": "{path} exists already; choose a new file for -o",
        "merge_up_to_date": "Nothing to take: this copy already holds every change of the other.",
        "merge_label": "Merge changes from {name}",
        "merge_import_label": "Import touchpoints from another project",
        "merge_done": "Merged: {taken} changes taken, {rejected} left out; saved {path}.",
        "merge_imported": "{count} touchpoints from {path} added as new ones.",
        "merge_imported_one": "1 touchpoint from {path} added as a new one.",
        "merge_two_way": (
            "The copies share no history (copied before version 2, or made separately): every"
            " difference is listed as a conflict."
        ),
        "merge_found": "{count} incoming changes, {conflicts} of them conflicts:",
        "merge_found_one": "1 incoming change, {conflicts} of them conflicts:",
        "merge_found_clean": "{count} incoming changes, no conflicts:",
        "merge_found_clean_one": "1 incoming change, no conflict:",
        "merge_more": "… and {count} more",
        "merge_taken": "take",
        "merge_kept": "keep ours",
        "merge_conflict_both_changed": "changed on both sides",
        "merge_conflict_both_moved": "moved on both sides",
        "merge_conflict_deleted_here": "deleted here, changed there",
        "merge_conflict_deleted_there": "deleted there, changed here",
        "merge_conflict_no_common_base": "differs, no common history",
        "merge_action_add": "added",
        "merge_action_change": "changed",
        "merge_action_delete": "deleted",
        "merge_action_restore": "changed there (deleted here)",
        "merge_field": "{field} here “{ours}” ↔ there “{theirs}”",
        "merge_with_children": "(with {count} records that belong to it)",
        "merge_with_children_one": "(with 1 record that belongs to it)",
        "merge_error_different_project": (
            "{path} is a file of another project ({detail}); it cannot be merged. Use "
            "--as-new to add its touchpoints as new ones."
        ),
        "merge_error_same_file": "{path} is the project file itself; choose the other copy",
        "merge_error_unreadable_journal": (
            "the change history of {path} cannot be read ({detail}); nothing was changed"
        ),
        "merge_error_unsound_result": (
            "the merged project would not be sound ({detail}); nothing was changed"
        ),
        "merge_table_project": "project",
        "merge_table_setting": "setting",
        "merge_table_department": "department",
        "merge_table_channel": "channel",
        "merge_table_phase": "phase",
        "merge_table_criterion": "criterion",
        "merge_table_touchpoint": "touchpoint",
        "merge_table_combination": "combination",
        "merge_table_score": "score",
        "merge_table_measure": "measure",
        "merge_table_kpi": "KPI",
        "merge_table_measurement": "measurement",
        "merge_table_workshop_rating": "workshop rating",
        "merge_table_assessment_round": "assessment round",
        "merge_table_round_touchpoint": "round entry",
        "merge_table_round_criterion": "round criterion",
        "merge_table_round_score": "round score",
        "merge_table_merge_log": "merge",
        "merge_f_name": "name",
        "merge_f_description": "description",
        "merge_f_department_id": "department",
        "merge_f_channel_id": "channel",
        "merge_f_phase_id": "phase",
        "merge_f_position": "position",
        "merge_f_media_type": "media type",
        "merge_f_responsible": "responsible",
        "merge_f_as_is": "as-is",
        "merge_f_target": "target",
        "merge_f_experience": "experience",
        "merge_f_decision": "decision",
        "merge_f_is_super": "super-touchpoint",
        "merge_f_budget": "budget",
        "merge_f_code": "short id",
        "merge_f_relevance": "relevance",
        "merge_f_target_experience": "target experience",
        "merge_f_budget_locked": "budget locked",
        "merge_f_title": "title",
        "merge_f_owner": "owner",
        "merge_f_due_date": "due date",
        "merge_f_status": "status",
        "merge_f_cost": "cost",
        "merge_f_quick_win": "quick win",
        "merge_f_unit": "unit",
        "merge_f_direction": "direction",
        "merge_f_frequency": "frequency",
        "merge_f_date": "date",
        "merge_f_value": "value",
        "merge_f_note": "note",
        "merge_f_color": "colour",
        "merge_f_kind": "online/offline",
        "merge_f_contact_person": "contact person",
        "merge_f_contact_email": "contact email",
        "merge_f_weight": "weight",
        "merge_f_scale_min": "scale from",
        "merge_f_scale_max": "scale to",
        "merge_f_role": "role",
        "merge_f_client": "client",
        "merge_f_author": "author",
        "merge_f_language": "language",
        "merge_f_currency": "currency",
        "merge_f_total_budget": "total budget",
        "merge_f_as_is_spread": "spread",
        "merge_f_as_is_count": "ratings",
        "merge_f_participant": "participant",
        "merge_f_group_name": "group",
        "merge_f_batch": "batch",
        "value_yes": "yes",
        "quoted": "“{name}”",
        "value_no": "no",
        "diff_help": "list what differs between two copies of one project (changes nothing)",
        "diff_a": "one copy of the project (.tpm)",
        "diff_b": "the other copy (.tpm)",
        "diff_json": "print the differences as JSON",
        "listing_lang": "language of the listing (default: the project's language)",
        "diff_none": "{a} and {b} hold the same project data.",
        "diff_found": "{count} differences between {a} (A) and {b} (B):",
        "diff_found_one": "1 difference between {a} (A) and {b} (B):",
        "diff_no_history": (
            "The copies share no history, so who changed what cannot be told; every "
            "difference is listed."
        ),
        "diff_project_wide": "Project-wide",
        "diff_side_a": "changed in A",
        "diff_side_b": "changed in B",
        "diff_side_both": "changed in both",
        "diff_side_unknown": "differs",
        "diff_only_a": "only in A",
        "diff_only_b": "only in B",
        "diff_field": "{field} A “{a}” ↔ B “{b}”",
    },
    "de": {
        "description": (
            "Customer Touchpoint Management: erfassen, bewerten, planen, überwachen, berichten."
        ),
        "gui_file": "Projektdatei (.tpm), die in der Anwendung geöffnet wird",
        "gui_lang": "Sprache der Oberfläche für diesen Start",
        "commands": "Befehle (ohne Befehl startet die Anwendung)",
        "command_metavar": "BEFEHL",
        "metavar_file": "DATEI",
        "metavar_table": "TABELLE",
        "metavar_out": "AUSGABE",
        "metavar_out_pdf": "AUSGABE.pdf",
        "metavar_ours": "UNSERE",
        "metavar_theirs": "ANDERE",
        "metavar_name": "NAME",
        "metavar_dir": "ORDNER",
        "metavar_text": "TEXT",
        "metavar_section": "ABSCHNITT",
        "metavar_date": "JJJJ-MM-TT",
        "metavar_channel_kind": "NAME=TYP",
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
        "report_colour": (
            "was die Farben der Landkarte zeigen: priority (Priorität), experience "
            "(Kundenerlebnis), gap (Lücke), decision (Entscheidung); Standard: priority"
        ),
        "report_large_map": "die Landkarte auf A3 drucken (Tabloid bei Letter-Papier)",
        "report_map_orientation": (
            "Ausrichtung der Landkarten-Seiten: landscape (quer) oder portrait (hoch); "
            "Standard: landscape"
        ),
        "report_confidential": 'die Vertraulichkeitszeile in der Fußzeile ("" für keine)',
        "report_logo": "ein PNG- oder JPEG-Logo für das Deckblatt",
        "report_without": "einen Abschnitt weglassen (wiederholbar): {sections}",
        "report_date": "das Datum des Berichts, an dem Maßnahmen überfällig sind (Standard: heute)",
        "report_need_output": "entweder -o AUSGABE.pdf oder --all-departments ORDNER angeben",
        "report_department_or_all": "--department und --all-departments schließen sich aus",
        "report_bad_date": "kein Datum (JJJJ-MM-TT): {value}",
        "report_written": "{path} geschrieben",
        "poster_help": (
            "die ganze Touchpoint-Landkarte als Poster-PDF schreiben (A2, A1 oder A4-Kacheln)"
        ),
        "poster_output": "die PDF-Datei (ganz oder gar nicht ersetzt)",
        "poster_size": (
            "a2 oder a1 auf einem Blatt, oder a4-tiles: A4-Seiten mit Schnittmarken zum "
            "Zusammensetzen (Standard: a2)"
        ),
        "poster_date": "das Datum auf dem Poster (Standard: heute)",
        "poster_lang": "Sprache des Posters (Standard: die Sprache des Projekts)",
        "slides_help": (
            "die Ergebnisse des Projekts als Folien schreiben (PowerPoint, Impress: .pptx)"
        ),
        "slides_output": "die zu schreibende Präsentation (.pptx; ganz ersetzt oder gar nicht)",
        "slides_lang": "Sprache der Folien (Standard: die Sprache des Projekts)",
        "slides_date": "das Datum der Folien, an dem Maßnahmen überfällig sind (Standard: heute)",
        "slides_suffix": (
            "die Folien werden als .pptx geschrieben; geben Sie einen Namen mit .pptx an: {path}"
        ),
        "import_help": (
            "die Touchpoints einer Tabelle (CSV, XLSX oder ODS) einem Projekt hinzufügen"
        ),
        "import_file": "die Projektdatei (.tpm), der die Touchpoints hinzugefügt werden",
        "import_table": (
            'die Tabelle: .csv (";" oder ",", UTF-8 oder Windows-1252), .xlsx oder .ods'
        ),
        "import_sheet": (
            "das Tabellenblatt einer .xlsx- oder .ods-Datei (Standard: das erste Blatt mit "
            "einer Namensspalte)"
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
        "import_new_channels": "{count} neue Kanäle: {counts} – bitte prüfen:",
        "import_new_channels_one": "1 neuer Kanal: {counts} – bitte prüfen:",
        "import_dry_new_channels": "{count} neue Kanäle würden angelegt: {counts} – bitte prüfen:",
        "import_dry_new_channels_one": "1 neuer Kanal würde angelegt: {counts} – bitte prüfen:",
        "import_channel_counts_offline": "{count} offline",
        "import_channel_counts_online": "{count} online",
        "import_channel_line": "  {name}: {kind} ({source})",
        "import_quoted": "„{name}“",
        "import_kind_chosen": "wie mit --channel-kind angegeben",
        "import_kind_column": "laut Spalte Kanaltyp",
        "import_kind_name": "nach dem Namen",
        "import_kind_default": "Typ unbekannt, vorerst online",
        "import_kind_unassigned": "für die Zeilen ohne Kanal",
        "import_kind_default_hint": (
            "Der Typ von {names} ist nicht bekannt; sie wurden daher als online angelegt. "
            'Ist einer offline, importieren Sie erneut mit --channel-kind "{example}=offline" '
            "oder wählen Sie im Kontextmenü seines Kopfes auf der Landkarte "
            "„Zu Offline verschieben“."
        ),
        "import_kind_default_hint_one": (
            "Der Typ von {names} ist nicht bekannt; er wurde daher als online angelegt. "
            'Ist er offline, importieren Sie erneut mit --channel-kind "{example}=offline" '
            "oder wählen Sie im Kontextmenü seines Kopfes auf der Landkarte "
            "„Zu Offline verschieben“."
        ),
        "import_dry_kind_default_hint": (
            "Der Typ von {names} ist nicht bekannt; sie würden daher als online angelegt. "
            'Geben Sie ihn mit --channel-kind "{example}=offline" (oder =online) an.'
        ),
        "import_dry_kind_default_hint_one": (
            "Der Typ von {names} ist nicht bekannt; er würde daher als online angelegt. "
            'Geben Sie ihn mit --channel-kind "{example}=offline" (oder =online) an.'
        ),
        "import_channel_kind": (
            "der Typ eines Kanals, den der Import anlegt: NAME=online oder NAME=offline "
            "(mehrfach möglich; Standard: laut Spalte Kanaltyp oder nach dem Namen, "
            "sonst online)"
        ),
        "import_bad_channel_kind": "erwartet NAME=online oder NAME=offline, nicht „{value}“",
        "import_channel_kind_unused": (
            "Hinweis: --channel-kind „{name}“: der Import legt keinen Kanal dieses Namens an "
            "(bestehende Kanäle behalten ihren Typ)."
        ),
        "import_new_phases": "Neue Phasen: {names}",
        "import_new_segments": "Neue Kundengruppen: {names}",
        "import_already_present": (
            "Hinweis: {count} dieser Touchpoints gibt es bereits mit gleichem Namen und Platz; "
            "sie werden erneut hinzugefügt."
        ),
        "export_help": "die Touchpoint-Tabelle eines Projekts als .csv, .xlsx oder .ods schreiben",
        "export_out": "die zu schreibende Tabelle; .csv, .xlsx oder .ods (eine vorhandene Datei "
        "wird ersetzt)",
        "export_lang": "Sprache der Spaltenköpfe und Begriffe (Standard: die des Projekts)",
        "export_suffix": "Die Tabelle muss auf .csv, .xlsx oder .ods enden: {path}",
        "export_done": "{count} Touchpoints nach {path} exportiert.",
        "export_done_one": "1 Touchpoint nach {path} exportiert.",
        "merge_help": "die Änderungen einer anderen Kopie des Projekts in dieses übernehmen",
        "merge_ours": "unsere Projektdatei (.tpm): in sie gehen die Änderungen",
        "merge_theirs": "die andere Kopie (.tpm), deren Änderungen übernommen werden",
        "merge_output": (
            "das zusammengeführte Projekt in die neue Datei AUSGABE schreiben, "
            "UNSERE bleibt unverändert"
        ),
        "merge_dry_run": (
            "auflisten, was übernommen würde und welche Konflikte es gibt, nichts ändern"
        ),
        "merge_prefer": (
            "wer gewinnt, wo beide Kopien dasselbe geändert haben: ours (unsere) oder "
            "theirs (die andere); Standard: ours"
        ),
        "merge_as_new": (
            "für eine Datei eines anderen Projekts: ihre Touchpoints hier als neue hinzufügen"
        ),
        "merge_output_exists": "{path} gibt es schon; wählen Sie eine neue Datei für -o",
        "merge_up_to_date": (
            "Nichts zu übernehmen: Diese Kopie enthält schon jede Änderung der anderen."
        ),
        "merge_label": "Änderungen aus {name} zusammenführen",
        "merge_import_label": "Touchpoints aus einem anderen Projekt importieren",
        "merge_done": (
            "Zusammengeführt: {taken} Änderungen übernommen, {rejected} ausgelassen; {path} "
            "gespeichert."
        ),
        "merge_imported": "{count} Touchpoints aus {path} als neue hinzugefügt.",
        "merge_imported_one": "1 Touchpoint aus {path} als neuer hinzugefügt.",
        "merge_two_way": (
            "Die Kopien haben keine gemeinsame Geschichte (vor Version 2 kopiert oder "
            "getrennt angelegt): Jeder Unterschied wird als Konflikt aufgeführt."
        ),
        "merge_found": "{count} eingehende Änderungen, davon {conflicts} Konflikte:",
        "merge_found_one": "1 eingehende Änderung, davon {conflicts} Konflikte:",
        "merge_found_clean": "{count} eingehende Änderungen, keine Konflikte:",
        "merge_found_clean_one": "1 eingehende Änderung, kein Konflikt:",
        "merge_more": "… und {count} weitere",
        "merge_taken": "übernehmen",
        "merge_kept": "unsere behalten",
        "merge_conflict_both_changed": "auf beiden Seiten geändert",
        "merge_conflict_both_moved": "auf beiden Seiten verschoben",
        "merge_conflict_deleted_here": "hier gelöscht, dort geändert",
        "merge_conflict_deleted_there": "dort gelöscht, hier geändert",
        "merge_conflict_no_common_base": "unterschiedlich, keine gemeinsame Geschichte",
        "merge_action_add": "hinzugefügt",
        "merge_action_change": "geändert",
        "merge_action_delete": "gelöscht",
        "merge_action_restore": "dort geändert (hier gelöscht)",
        "merge_field": "{field} hier „{ours}“ ↔ dort „{theirs}“",
        "merge_with_children": "(mit {count} zugehörigen Einträgen)",
        "merge_with_children_one": "(mit 1 zugehörigen Eintrag)",
        "merge_error_different_project": (
            "{path} ist eine Datei eines anderen Projekts ({detail}) und kann nicht "
            "zusammengeführt werden. Mit --as-new werden ihre Touchpoints als neue "
            "hinzugefügt."
        ),
        "merge_error_same_file": "{path} ist die Projektdatei selbst; wählen Sie die andere Kopie",
        "merge_error_unreadable_journal": (
            "der Änderungsverlauf von {path} ist nicht lesbar ({detail}); nichts wurde geändert"
        ),
        "merge_error_unsound_result": (
            "das zusammengeführte Projekt wäre nicht stimmig ({detail}); nichts wurde geändert"
        ),
        "merge_table_project": "Projekt",
        "merge_table_setting": "Einstellung",
        "merge_table_department": "Abteilung",
        "merge_table_channel": "Kanal",
        "merge_table_phase": "Phase",
        "merge_table_criterion": "Kriterium",
        "merge_table_touchpoint": "Touchpoint",
        "merge_table_combination": "Kombination",
        "merge_table_score": "Bewertung",
        "merge_table_measure": "Maßnahme",
        "merge_table_kpi": "Kennzahl",
        "merge_table_measurement": "Messwert",
        "merge_table_workshop_rating": "Workshop-Bewertung",
        "merge_table_assessment_round": "Bewertungsrunde",
        "merge_table_round_touchpoint": "Rundeneintrag",
        "merge_table_round_criterion": "Rundenkriterium",
        "merge_table_round_score": "Rundenbewertung",
        "merge_table_merge_log": "Zusammenführung",
        "merge_f_name": "Name",
        "merge_f_description": "Beschreibung",
        "merge_f_department_id": "Abteilung",
        "merge_f_channel_id": "Kanal",
        "merge_f_phase_id": "Phase",
        "merge_f_position": "Position",
        "merge_f_media_type": "Medientyp",
        "merge_f_responsible": "Verantwortlich",
        "merge_f_as_is": "Ist",
        "merge_f_target": "Soll",
        "merge_f_experience": "Erlebnis",
        "merge_f_decision": "Entscheidung",
        "merge_f_is_super": "Super-Touchpoint",
        "merge_f_budget": "Budget",
        "merge_f_code": "Kürzel",
        "merge_f_relevance": "Relevanz",
        "merge_f_target_experience": "Ziel-Erlebnis",
        "merge_f_budget_locked": "Budget fest",
        "merge_f_title": "Titel",
        "merge_f_owner": "Verantwortlich",
        "merge_f_due_date": "Fällig am",
        "merge_f_status": "Status",
        "merge_f_cost": "Kosten",
        "merge_f_quick_win": "Quick Win",
        "merge_f_unit": "Einheit",
        "merge_f_direction": "Richtung",
        "merge_f_frequency": "Häufigkeit",
        "merge_f_date": "Datum",
        "merge_f_value": "Wert",
        "merge_f_note": "Notiz",
        "merge_f_color": "Farbe",
        "merge_f_kind": "Online/Offline",
        "merge_f_contact_person": "Ansprechperson",
        "merge_f_contact_email": "Kontakt-E-Mail",
        "merge_f_weight": "Gewichtung",
        "merge_f_scale_min": "Skala von",
        "merge_f_scale_max": "Skala bis",
        "merge_f_role": "Rolle",
        "merge_f_client": "Auftraggeber",
        "merge_f_author": "Autor",
        "merge_f_language": "Sprache",
        "merge_f_currency": "Währung",
        "merge_f_total_budget": "Gesamtbudget",
        "merge_f_as_is_spread": "Streuung",
        "merge_f_as_is_count": "Bewertungen",
        "merge_f_participant": "Teilnehmer",
        "merge_f_group_name": "Gruppe",
        "merge_f_batch": "Durchgang",
        "value_yes": "ja",
        "quoted": "„{name}“",
        "value_no": "nein",
        "diff_help": (
            "auflisten, was sich zwischen zwei Kopien eines Projekts unterscheidet (ändert nichts)"
        ),
        "diff_a": "die eine Kopie des Projekts (.tpm)",
        "diff_b": "die andere Kopie (.tpm)",
        "diff_json": "die Unterschiede als JSON ausgeben",
        "listing_lang": "Sprache der Auflistung (Standard: die Sprache des Projekts)",
        "diff_none": "{a} und {b} enthalten dieselben Projektdaten.",
        "diff_found": "{count} Unterschiede zwischen {a} (A) und {b} (B):",
        "diff_found_one": "1 Unterschied zwischen {a} (A) und {b} (B):",
        "diff_no_history": (
            "Die Kopien haben keinen gemeinsamen Verlauf; wer was geändert hat, lässt sich "
            "nicht sagen. Alle Unterschiede sind aufgeführt."
        ),
        "diff_project_wide": "Projektweit",
        "diff_side_a": "in A geändert",
        "diff_side_b": "in B geändert",
        "diff_side_both": "in beiden geändert",
        "diff_side_unknown": "verschieden",
        "diff_only_a": "nur in A",
        "diff_only_b": "nur in B",
        "diff_field": "{field} A „{a}“ ↔ B „{b}“",
    },
}


# A listing of project data (merge, diff) speaks the project's language, as the report
# does; everything else the environment's.
_spoken: str | None = None


def language() -> str:
    """The command line's language now: the one a command chose, else the environment's."""
    return _spoken or system_language()


@contextmanager
def speaking(lang: str | None) -> Iterator[None]:
    """Let t() and tn() use `lang` (de or en) while the block runs."""
    global _spoken
    before, _spoken = _spoken, lang if lang in TEXTS else None
    try:
        yield
    finally:
        _spoken = before


def t(key: str, **params: object) -> str:
    """The text for `key` in the command line's language (see language())."""
    table = TEXTS.get(language(), TEXTS["en"])
    template = table.get(key) or TEXTS["en"][key]
    return template.format(**{name: param_text(value) for name, value in params.items()})


def tn(key: str, count: int, **params: object) -> str:
    """Like t, with `key_one` for a count of one where the catalogue has it."""
    table = TEXTS.get(language(), TEXTS["en"])
    if count == 1 and f"{key}_one" in table:
        key = f"{key}_one"
    return t(key, count=count, **params)

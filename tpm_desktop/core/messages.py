"""User-facing messages of the Qt-free layers, in German and English.

`core` and the command line cannot use Qt's translator, so their messages live in
this small catalogue. The GUI shows them in its own language through `text()`.
"""

from __future__ import annotations

import os

CATALOGUE: dict[str, dict[str, str]] = {
    "en": {
        "file_not_found": "The file does not exist: {path}",
        "not_a_file": "This is a folder, not a project file: {path}",
        "permission_denied": "You are not allowed to read this file: {path}",
        "empty_file": "The file is empty (0 bytes) and holds no project: {path}",
        "not_sqlite": "This is not a TPM Desktop project file: {path}",
        "truncated": (
            "The project file is incomplete ({size} bytes); it was probably not copied "
            "completely: {path}"
        ),
        "unsupported_format": "The file uses a database format this program cannot read: {path}",
        "foreign_database": "This database belongs to another application, not TPM Desktop: {path}",
        "newer_version": (
            "This project was saved by a newer TPM Desktop (file version {found}, this program "
            "reads up to {supported}); please update TPM Desktop: {path}"
        ),
        "damaged": "The project file is damaged ({detail}): {path}",
        "unexpected_objects": (
            "The project file contains triggers or views that TPM Desktop never creates; "
            "it was refused for safety: {path}"
        ),
        "missing_tables": "The project file lacks expected parts ({detail}): {path}",
        "io_error": "Could not read the file ({detail}): {path}",
        "save_failed": "Could not save ({detail}); the previous file is unchanged: {path}",
        "disk_full": (
            "The disk is full; nothing was saved and the previous file is unchanged: {path}"
        ),
        "folder_read_only": ("The folder is read-only; choose another folder with Save As: {path}"),
        "file_read_only": "The file is read-only and was not overwritten; use Save As: {path}",
        "target_exists": "The file already exists; choose another name or use --force: {path}",
        "target_is_folder": "This is a folder; choose a file name: {path}",
        "target_in_use": (
            "The file is open in another program or protected and cannot be replaced; close "
            "it and try again: {path}"
        ),
        "not_regular_file": "This is not an ordinary file but a device, pipe or socket: {path}",
        "invalid_path": "The file name contains a character that file names cannot hold: {path}",
        "path_too_long": (
            "The file name or its folder path is too long; choose a shorter name or a folder "
            "with a shorter path: {path}"
        ),
        "target_locked": (
            "The file is open in another TPM Desktop window and cannot be overwritten: {path}"
        ),
        "open_elsewhere": (
            "The file is open in another TPM Desktop window; it was opened read-only: {path}"
        ),
        "working_copy_failed": "Could not write the working copy ({detail}); the edit was not made",
        "working_copy_unavailable": (
            "Could not make a working copy in the application's data folder ({detail}); "
            "the project file was not changed: {path}"
        ),
        "read_only_document": "The project is open read-only; the edit was not made",
        "invalid_value": "{detail}",
        "read_only_file_notice": (
            "The file is read-only; your changes can be saved under another name with Save As"
        ),
        "read_only_folder_notice": (
            "The file's folder is read-only; your changes can be saved elsewhere with Save As"
        ),
        "name_empty": "A name cannot be empty",
        "name_too_long": "A name can have at most {limit} characters",
        "code_empty": "A short id cannot be empty",
        "code_too_long": "A short id can have at most {limit} characters",
        "code_spaces": "A short id cannot contain spaces",
        "code_taken": "The short id {short_id} is already used by “{name}”",
        "text_too_long": "A text can have at most {limit} characters",
        "lane_in_use": "The lane still holds touchpoints; move or delete them first",
        "last_lane": "The map needs at least one lane of each kind",
        "value_out_of_range": "{value} is outside the allowed range {low} to {high}",
        "unknown_record": "The item no longer exists",
        "attachment_too_large": (
            "The file is larger than {limit} MB, the limit for one attachment, and was not "
            "attached: {path}"
        ),
        "project_attachments_full": (
            "The project's attachments would exceed {limit} MB, the limit for one project; "
            "the file was not attached: {path}"
        ),
        "attachment_unreadable": "The file could not be read ({detail}): {path}",
        "attachment_type": (
            "TPM Desktop attaches images (PNG, JPEG) and documents (PDF, office files, text), "
            "not this kind of file: {path}"
        ),
        "not_an_image": (
            "The file is named like an image but is not a readable PNG or JPEG image; it was "
            "not attached: {path}"
        ),
        "image_too_large": (
            "The image has more than {limit} million pixels (possibly a decompression bomb) "
            "and was not attached: {path}"
        ),
        "link_invalid": "A link must start with http:// or https://",
        "quote_empty": "A quote cannot be empty",
        "comment_empty": "A comment cannot be empty",
        "table_too_large": "The table is larger than {limit} MB and was not read: {path}",
        "table_format": (
            "This is not a table TPM Desktop reads (CSV, Excel .xlsx or OpenDocument .ods): {path}"
        ),
        "table_not_ods": (
            "The file ends in .ods but is not an OpenDocument spreadsheet; if it is a CSV "
            "table, rename it to .csv: {path}"
        ),
        "table_damaged_ods": (
            "The spreadsheet cannot be read: it is damaged or incomplete, or password-"
            "protected; save it again in LibreOffice Calc: {path}"
        ),
        "table_unreadable": "The table cannot be read ({detail}): {path}",
        "sheet_missing": "The workbook has no sheet “{sheet}” (sheets: {sheets}): {path}",
        "table_too_many_rows": "The table has more than {limit} rows and was not read: {path}",
        "table_empty": "The table is empty: {path}",
        "table_old_excel": (
            "This is an old Excel file (.xls) or a password-protected workbook; save it in "
            "Excel as .xlsx (without a password) or as CSV: {path}"
        ),
        "table_not_xlsx": (
            "The file ends in .xlsx but is not an Excel workbook; if it is a CSV table, "
            "rename it to .csv: {path}"
        ),
        "table_damaged_xlsx": (
            "The workbook cannot be read: it is damaged or incomplete; save it again in "
            "Excel: {path}"
        ),
        "table_binary": (
            "This is not a text table (CSV) but binary data; export the table from its "
            "program as CSV or .xlsx: {path}"
        ),
        # The command line has no Save As: its variants of the messages above.
        "file_read_only_cli": (
            "The file is read-only and was not changed; make it writable and run the "
            "command again: {path}"
        ),
        "folder_read_only_cli": (
            "The folder is read-only and nothing was written; write to another folder: {path}"
        ),
        "table_is_folder": "This is a folder, not a table: {path}",
        "table_cell_too_large": (
            "A cell of the table holds more than {limit} characters; the table was not read: {path}"
        ),
    },
    "de": {
        "file_not_found": "Die Datei existiert nicht: {path}",
        "not_a_file": "Das ist ein Ordner, keine Projektdatei: {path}",
        "permission_denied": "Sie haben keine Berechtigung, diese Datei zu lesen: {path}",
        "empty_file": "Die Datei ist leer (0 Byte) und enthält kein Projekt: {path}",
        "not_sqlite": "Das ist keine Projektdatei von TPM Desktop: {path}",
        "truncated": (
            "Die Projektdatei ist unvollständig ({size} Byte); vermutlich wurde sie nicht "
            "vollständig kopiert: {path}"
        ),
        "unsupported_format": (
            "Die Datei verwendet ein Datenbankformat, das dieses Programm nicht lesen kann: {path}"
        ),
        "foreign_database": (
            "Diese Datenbank gehört zu einer anderen Anwendung, nicht zu TPM Desktop: {path}"
        ),
        "newer_version": (
            "Dieses Projekt wurde mit einer neueren Version von TPM Desktop gespeichert "
            "(Dateiversion {found}, dieses Programm liest bis {supported}); bitte aktualisieren "
            "Sie TPM Desktop: {path}"
        ),
        "damaged": "Die Projektdatei ist beschädigt ({detail}): {path}",
        "unexpected_objects": (
            "Die Projektdatei enthält Trigger oder Sichten, die TPM Desktop nie anlegt; "
            "sie wurde aus Sicherheitsgründen abgelehnt: {path}"
        ),
        "missing_tables": "Der Projektdatei fehlen erwartete Bestandteile ({detail}): {path}",
        "io_error": "Die Datei konnte nicht gelesen werden ({detail}): {path}",
        "save_failed": (
            "Speichern nicht möglich ({detail}); die bisherige Datei ist unverändert: {path}"
        ),
        "disk_full": (
            "Der Datenträger ist voll; es wurde nichts gespeichert und die bisherige Datei "
            "ist unverändert: {path}"
        ),
        "folder_read_only": (
            "Der Ordner ist schreibgeschützt; wählen Sie mit „Speichern unter“ einen anderen "
            "Ordner: {path}"
        ),
        "file_read_only": (
            "Die Datei ist schreibgeschützt und wurde nicht überschrieben; verwenden Sie "
            "„Speichern unter“: {path}"
        ),
        "target_exists": (
            "Die Datei existiert bereits; wählen Sie einen anderen Namen oder --force: {path}"
        ),
        "target_is_folder": "Das ist ein Ordner; wählen Sie einen Dateinamen: {path}",
        "target_in_use": (
            "Die Datei ist in einem anderen Programm geöffnet oder geschützt und kann nicht "
            "ersetzt werden; schließen Sie sie und versuchen Sie es erneut: {path}"
        ),
        "not_regular_file": (
            "Das ist keine gewöhnliche Datei, sondern ein Gerät, eine Pipe oder ein Socket: {path}"
        ),
        "invalid_path": (
            "Der Dateiname enthält ein Zeichen, das in Dateinamen nicht erlaubt ist: {path}"
        ),
        "path_too_long": (
            "Der Dateiname oder sein Ordnerpfad ist zu lang; wählen Sie einen kürzeren Namen "
            "oder einen Ordner mit kürzerem Pfad: {path}"
        ),
        "target_locked": (
            "Die Datei ist in einem anderen Fenster von TPM Desktop geöffnet und kann nicht "
            "überschrieben werden: {path}"
        ),
        "open_elsewhere": (
            "Die Datei ist in einem anderen Fenster von TPM Desktop geöffnet; sie wurde "
            "schreibgeschützt geöffnet: {path}"
        ),
        "working_copy_failed": (
            "Die Arbeitskopie konnte nicht geschrieben werden ({detail}); die Änderung wurde "
            "nicht ausgeführt"
        ),
        "working_copy_unavailable": (
            "Im Datenordner der Anwendung konnte keine Arbeitskopie angelegt werden ({detail}); "
            "die Projektdatei wurde nicht verändert: {path}"
        ),
        "read_only_document": (
            "Das Projekt ist schreibgeschützt geöffnet; die Änderung wurde nicht ausgeführt"
        ),
        "invalid_value": "{detail}",
        "read_only_file_notice": (
            "Die Datei ist schreibgeschützt; Ihre Änderungen können Sie mit „Speichern unter“ "
            "unter einem anderen Namen sichern"
        ),
        "read_only_folder_notice": (
            "Der Ordner der Datei ist schreibgeschützt; Ihre Änderungen können Sie mit "
            "„Speichern unter“ an einem anderen Ort sichern"
        ),
        "name_empty": "Ein Name darf nicht leer sein",
        "name_too_long": "Ein Name darf höchstens {limit} Zeichen lang sein",
        "code_empty": "Ein Kürzel darf nicht leer sein",
        "code_too_long": "Ein Kürzel darf höchstens {limit} Zeichen lang sein",
        "code_spaces": "Ein Kürzel darf keine Leerzeichen enthalten",
        "code_taken": "Das Kürzel {short_id} hat bereits „{name}“",
        "text_too_long": "Ein Text darf höchstens {limit} Zeichen lang sein",
        "lane_in_use": (
            "Die Bahn enthält noch Touchpoints; verschieben oder löschen Sie diese zuerst"
        ),
        "last_lane": "Die Landkarte braucht mindestens eine Bahn jeder Art",
        "value_out_of_range": "{value} liegt außerhalb des zulässigen Bereichs {low} bis {high}",
        "unknown_record": "Das Element existiert nicht mehr",
        "attachment_too_large": (
            "Die Datei ist größer als {limit} MB, die Grenze für einen Anhang, und wurde nicht "
            "angehängt: {path}"
        ),
        "project_attachments_full": (
            "Die Anhänge des Projekts wären größer als {limit} MB, die Grenze für ein Projekt; "
            "die Datei wurde nicht angehängt: {path}"
        ),
        "attachment_unreadable": "Die Datei konnte nicht gelesen werden ({detail}): {path}",
        "attachment_type": (
            "TPM Desktop hängt Bilder (PNG, JPEG) und Dokumente (PDF, Office-Dateien, Text) an, "
            "aber nicht diese Art Datei: {path}"
        ),
        "not_an_image": (
            "Die Datei heißt wie ein Bild, ist aber kein lesbares PNG- oder JPEG-Bild; sie wurde "
            "nicht angehängt: {path}"
        ),
        "image_too_large": (
            "Das Bild hat mehr als {limit} Millionen Pixel (womöglich eine Dekompressionsbombe) "
            "und wurde nicht angehängt: {path}"
        ),
        "link_invalid": "Ein Link muss mit http:// oder https:// beginnen",
        "quote_empty": "Ein Zitat darf nicht leer sein",
        "comment_empty": "Ein Kommentar darf nicht leer sein",
        "table_too_large": "Die Tabelle ist größer als {limit} MB und wurde nicht gelesen: {path}",
        "table_format": (
            "Das ist keine Tabelle, die TPM Desktop lesen kann (CSV, Excel .xlsx oder "
            "OpenDocument .ods): {path}"
        ),
        "table_not_ods": (
            "Die Datei endet auf .ods, ist aber keine OpenDocument-Tabelle; ist sie eine "
            "CSV-Tabelle, benennen Sie sie in .csv um: {path}"
        ),
        "table_damaged_ods": (
            "Die Tabelle kann nicht gelesen werden: sie ist beschädigt, unvollständig oder "
            "kennwortgeschützt; speichern Sie sie in LibreOffice Calc erneut: {path}"
        ),
        "table_unreadable": "Die Tabelle kann nicht gelesen werden ({detail}): {path}",
        "sheet_missing": ("Die Arbeitsmappe hat kein Blatt „{sheet}“ (Blätter: {sheets}): {path}"),
        "table_too_many_rows": (
            "Die Tabelle hat mehr als {limit} Zeilen und wurde nicht gelesen: {path}"
        ),
        "table_empty": "Die Tabelle ist leer: {path}",
        "table_old_excel": (
            "Das ist eine alte Excel-Datei (.xls) oder eine kennwortgeschützte Arbeitsmappe; "
            "speichern Sie sie in Excel als .xlsx (ohne Kennwort) oder als CSV: {path}"
        ),
        "table_not_xlsx": (
            "Die Datei endet auf .xlsx, ist aber keine Excel-Arbeitsmappe; ist sie eine "
            "CSV-Tabelle, benennen Sie sie in .csv um: {path}"
        ),
        "table_damaged_xlsx": (
            "Die Arbeitsmappe kann nicht gelesen werden: sie ist beschädigt oder unvollständig; "
            "speichern Sie sie in Excel erneut: {path}"
        ),
        "table_binary": (
            "Das ist keine Texttabelle (CSV), sondern Binärdaten; exportieren Sie die Tabelle "
            "aus ihrem Programm als CSV oder .xlsx: {path}"
        ),
        "file_read_only_cli": (
            "Die Datei ist schreibgeschützt und wurde nicht verändert; heben Sie den "
            "Schreibschutz auf und rufen Sie den Befehl erneut auf: {path}"
        ),
        "folder_read_only_cli": (
            "Der Ordner ist schreibgeschützt und es wurde nichts geschrieben; schreiben Sie in "
            "einen anderen Ordner: {path}"
        ),
        "table_is_folder": "Das ist ein Ordner, keine Tabelle: {path}",
        "table_cell_too_large": (
            "Eine Zelle der Tabelle enthält mehr als {limit} Zeichen; die Tabelle wurde nicht "
            "gelesen: {path}"
        ),
    },
}

LANGUAGES = ("en", "de")


def text(code: str, lang: str = "en", **params: object) -> str:
    """The message for `code` in `lang` (falling back to English), on one line."""
    table = CATALOGUE.get(lang, CATALOGUE["en"])
    template = table.get(code) or CATALOGUE["en"].get(code) or code
    safe = {name: param_text(value) for name, value in params.items()}
    return template.format(**safe)


# Characters of one value quoted in a message: an argument or a cell may be 1 MB.
PARAM_LIMIT = 500


def param_text(value: object) -> str:
    """A value for a message: on one line, and cut to PARAM_LIMIT characters."""
    text = str(value)
    if len(text) > PARAM_LIMIT:
        text = text[: PARAM_LIMIT - 1] + "…"
    return one_line(text)


def one_line(value: str) -> str:
    """Replace line breaks and other control characters so a message stays on one line.

    A lone surrogate (a file name in a foreign encoding) shows as U+FFFD, as file
    managers show it, rather than vanish into a space.
    """
    return "".join(
        ch if ch.isprintable() else ("\ufffd" if "\ud800" <= ch <= "\udfff" else " ")
        for ch in value
    )


def system_language() -> str:
    """ "de" when the environment asks for German, else "en" (for the command line)."""
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "")
        if value:
            return "de" if value.lower().startswith("de") else "en"
    return "en"

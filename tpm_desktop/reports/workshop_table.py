"""Reading a workshop table (one row per rating) into rows checked against a project."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from tpm_desktop.core.ranking import map_order
from tpm_desktop.core.state import ProjectState
from tpm_desktop.core.workshop import ParsedRow, RawRow, check_rows, clean_cell
from tpm_desktop.reports.table_writer import write_table
from tpm_desktop.reports.tabular import Table, normalise_header, parse_number, read_table

FIELDS = ("participant", "touchpoint", "criterion", "value", "group")
REQUIRED = ("participant", "touchpoint", "criterion", "value")

# Accepted column headers (normalised), English and German.
HEADER_ALIASES: dict[str, tuple[str, ...]] = {
    "participant": (
        "participant",
        "participant name",
        "rater",
        "person",
        "teilnehmer",
        "teilnehmerin",
        "teilnehmer/in",
        "teilnehmer:in",
        "teilnehmende",
        "bewerter",
    ),
    "touchpoint": (
        "touchpoint",
        "touchpoint id",
        "touchpoint-id",
        "touchpoint name",
        "tp",
        "short id",
        "kürzel",
        "touchpoint-kürzel",
        "code",
        "number",
        "nr",
        "nr.",
        "nummer",
    ),
    "criterion": ("criterion", "criterion id", "kriterium", "criteria"),
    "value": ("value", "score", "rating", "wert", "bewertung", "punkte"),
    "group": ("group", "group name", "gruppe", "zielgruppe"),
}


@dataclass(frozen=True, slots=True)
class WorkshopTable:
    """A workshop table's rows, checked, and which columns they came from."""

    columns: dict[str, str]  # field -> header found in the file
    missing: tuple[str, ...]  # required fields without a column
    headers: tuple[str, ...] = ()
    rows: tuple[ParsedRow, ...] = ()
    blank: int = 0  # lines without a value (a touchpoint skipped): left out, not errors

    @property
    def valid(self) -> list[ParsedRow]:
        """The rows that can be imported."""
        return [row for row in self.rows if row.ok]

    @property
    def error_count(self) -> int:
        """How many rows have errors."""
        return sum(1 for row in self.rows if not row.ok)


# Headers of a short id column: with a name column beside it, the short id is read.
SHORT_ID_HEADERS = ("short id", "kürzel", "touchpoint-kürzel", "code")


def map_columns(headers: Sequence[str]) -> tuple[dict[str, int], tuple[str, ...]]:
    """Field -> column index from the headers, and the required fields not found."""
    found: dict[str, int] = {}
    for index, header in enumerate(headers):
        name = normalise_header(header)
        for field_name, aliases in HEADER_ALIASES.items():
            if field_name not in found and name in aliases:
                found[field_name] = index
    short_id = next(
        (i for i, header in enumerate(headers) if normalise_header(header) in SHORT_ID_HEADERS),
        None,
    )
    if short_id is not None:
        found["touchpoint"] = short_id  # unique, where names may repeat
    return found, tuple(f for f in REQUIRED if f not in found)


def raw_rows(table: Table, indexes: dict[str, int]) -> tuple[list[RawRow], int]:
    """The table's data rows as RawRows (numbers parsed, text cleaned), and the blank ones.

    A line whose value cell is empty is no rating: a line of the blank table nobody
    filled in, or a touchpoint a participant skipped on a rating sheet (whose lines
    carry the sheet's name already). It is counted, not checked. A value that is
    there but not a number is kept, to be reported.
    """
    result: list[RawRow] = []
    blank = 0
    for offset, cells in enumerate(table.rows):

        def cell(name: str, cells: list = cells) -> object:
            index = indexes.get(name)
            return cells[index] if index is not None and index < len(cells) else None

        raw_value = cell("value")
        if not clean_cell(raw_value):
            blank += any(clean_cell(c) for c in cells)  # wholly empty lines are not lines
            continue
        try:
            value, invalid = parse_number(raw_value), False
        except ValueError:
            value, invalid = None, True
        result.append(
            RawRow(
                line=offset + 2,
                participant=clean_cell(cell("participant")),
                touchpoint=clean_cell(cell("touchpoint")),
                criterion=clean_cell(cell("criterion")),
                value=value,
                value_text=clean_cell(raw_value),
                value_invalid=invalid,
                group=clean_cell(cell("group")),
            )
        )
    return result, blank


def check_table(state: ProjectState, table: Table) -> WorkshopTable:
    """Map the columns and check every row against the project; changes nothing."""
    indexes, missing = map_columns(table.headers)
    columns = {name: table.headers[index] for name, index in indexes.items()}
    headers = tuple(table.headers)
    if missing:
        return WorkshopTable(columns, missing, headers)
    rows, blank = raw_rows(table, indexes)
    return WorkshopTable(columns, (), headers, check_rows(state, rows), blank)


def read_workshop_table(state: ProjectState, path: Path | str) -> WorkshopTable:
    """Read a CSV/XLSX workshop table and check it; raises TableError when unreadable."""
    return check_table(state, read_table(path))


# The blank rating table's columns, by language; the import reads them back.
TEMPLATE_HEADERS: dict[str, tuple[str, ...]] = {
    "en": ("Short id", "Touchpoint", "Criterion", "Participant", "Value", "Group"),
    "de": ("Kürzel", "Touchpoint", "Kriterium", "Teilnehmer", "Wert", "Gruppe"),
}


def template_table(state: ProjectState, language: str) -> tuple[list[str], list[list[object]]]:
    """A blank rating table: one line per touchpoint (in map order) and criterion.

    Participants fill in their name and value (lines left blank are skipped on import);
    the short id tells the touchpoints apart where names repeat or get edited.
    """
    headers = list(TEMPLATE_HEADERS.get(language, TEMPLATE_HEADERS["en"]))
    rows: list[list[object]] = []
    for touchpoint_id in map_order(state):
        touchpoint = state.touchpoints[touchpoint_id]
        for criterion in state.criteria:
            rows.append([touchpoint.code, touchpoint.name, criterion.name, None, None, None])
    return headers, rows


def write_template(state: ProjectState, path: Path | str, language: str) -> int:
    """Write the blank rating table (CSV, XLSX or ODS by suffix); returns its line count."""
    headers, rows = template_table(state, language)
    sheet = "Bewertung" if language == "de" else "Ratings"
    write_table(path, headers, rows, sheet=sheet)
    return len(rows)

"""Reading a workshop table (one row per rating) into rows checked against a project."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from tpm_desktop.core.state import ProjectState
from tpm_desktop.core.workshop import ParsedRow, RawRow, check_rows, clean_cell
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
    "touchpoint": ("touchpoint", "touchpoint id", "touchpoint-id", "touchpoint name", "tp"),
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

    @property
    def valid(self) -> list[ParsedRow]:
        """The rows that can be imported."""
        return [row for row in self.rows if row.ok]

    @property
    def error_count(self) -> int:
        """How many rows have errors."""
        return sum(1 for row in self.rows if not row.ok)


def map_columns(headers: Sequence[str]) -> tuple[dict[str, int], tuple[str, ...]]:
    """Field -> column index from the headers, and the required fields not found."""
    found: dict[str, int] = {}
    for index, header in enumerate(headers):
        name = normalise_header(header)
        for field_name, aliases in HEADER_ALIASES.items():
            if field_name not in found and name in aliases:
                found[field_name] = index
    return found, tuple(f for f in REQUIRED if f not in found)


def raw_rows(table: Table, indexes: dict[str, int]) -> list[RawRow]:
    """The table's data rows as RawRows (numbers parsed, text cleaned)."""
    result: list[RawRow] = []
    for offset, cells in enumerate(table.rows):

        def cell(name: str, cells: list = cells) -> object:
            index = indexes.get(name)
            return cells[index] if index is not None and index < len(cells) else None

        raw_value = cell("value")
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
    return result


def check_table(state: ProjectState, table: Table) -> WorkshopTable:
    """Map the columns and check every row against the project; changes nothing."""
    indexes, missing = map_columns(table.headers)
    columns = {name: table.headers[index] for name, index in indexes.items()}
    headers = tuple(table.headers)
    if missing:
        return WorkshopTable(columns, missing, headers)
    return WorkshopTable(columns, (), headers, check_rows(state, raw_rows(table, indexes)))


def read_workshop_table(state: ProjectState, path: Path | str) -> WorkshopTable:
    """Read a CSV/XLSX workshop table and check it; raises TableError when unreadable."""
    return check_table(state, read_table(path))

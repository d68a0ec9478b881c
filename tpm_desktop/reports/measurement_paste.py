"""Measurements of one KPI pasted from a spreadsheet (the clipboard's tab-separated text).

Excel and LibreOffice put a selection on the clipboard as lines of tab-separated
cells; a cell holding a line break or a quote is quoted with doubled quotes. The
expected columns are date, value and an optional note; a selection copied the
other way round (value, date) is recognised per row, and a first line that is
only text (a header) is skipped. Values may use decimal commas, dates may be
German (31.12.2026) or ISO.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date

from tpm_desktop.core.state import ProjectState
from tpm_desktop.core.text import clean_text
from tpm_desktop.reports.measurement_import import RowProblem, parse_value, parse_when

MAX_PASTE_ROWS = 100_000


@dataclass(frozen=True, slots=True)
class PastedRow:
    """One pasted line: what it says and what is wrong with it."""

    line: int  # 1-based line of the pasted text
    cells: tuple[str, ...]
    when: date | None = None
    value: float | None = None
    note: str = ""
    problems: tuple[RowProblem, ...] = ()
    duplicate: bool = False

    @property
    def importable(self) -> bool:
        """True when the row can be added."""
        return not self.problems and not self.duplicate


def split_cells(text: str) -> list[list[str]]:
    """The clipboard text as rows of cells; blank lines are dropped."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    reader = csv.reader(io.StringIO(text), delimiter="\t", quotechar='"', strict=False)
    rows: list[list[str]] = []
    try:
        for row in reader:
            if any(cell.strip() for cell in row):
                rows.append(row)
            if len(rows) > MAX_PASTE_ROWS:
                break
    except csv.Error:
        # A stray quote: fall back to plain splitting, which loses nothing visible.
        rows = [line.split("\t") for line in text.split("\n") if line.strip()]
    return rows[:MAX_PASTE_ROWS]


def parse_pasted(text: str) -> list[PastedRow]:
    """Pasted lines as measurements with per-line problems (a header line is dropped)."""
    rows = split_cells(text)
    result: list[PastedRow] = []
    for index, cells in enumerate(rows):
        cells = [cell.strip() for cell in cells]
        if index == 0 and _is_header(cells):
            continue
        result.append(_parse_row(index + 1, cells))
    return result


def _is_header(cells: list[str]) -> bool:
    texts = [c for c in cells if c]
    readable = (parse_when(c)[1] is None or parse_value(c)[1] is None for c in texts)
    return bool(texts) and not any(readable)


def _parse_row(line: int, cells: list[str]) -> PastedRow:
    filled = [c for c in cells if c]
    if len(filled) == 1:
        # A single column: say which half is missing rather than that the value is no date.
        when, date_problem = parse_when(filled[0])
        if date_problem is None:
            return PastedRow(line, tuple(cells), when, problems=(RowProblem.MISSING_VALUE,))
        value, value_problem = parse_value(filled[0])
        if value_problem is None:
            return PastedRow(line, tuple(cells), value=value, problems=(RowProblem.MISSING_DATE,))
    first = cells[0] if cells else ""
    second = cells[1] if len(cells) > 1 else ""
    note = "\t".join(c for c in cells[2:] if c)
    when, date_problem = parse_when(first)
    value, value_problem = parse_value(second)
    if date_problem and parse_when(second)[1] is None and parse_value(first)[1] is None:
        # Copied the other way round: the value first, then the date.
        when, date_problem = parse_when(second)
        value, value_problem = parse_value(first)
    problems = tuple(p for p in (date_problem, value_problem) if p)
    return PastedRow(line, tuple(cells), when, value, clean_text(note), problems)


def mark_duplicates(state: ProjectState, kpi_id: int, rows: list[PastedRow]) -> list[PastedRow]:
    """The rows with `duplicate` set where the KPI (or an earlier row) has the same measurement."""
    known: set[tuple[date | None, float | None]] = {
        (m.date, m.value) for m in state.measurements_of(kpi_id)
    }
    result = []
    for row in rows:
        if row.problems:
            result.append(row)
            continue
        key = (row.when, row.value)
        duplicate = key in known
        known.add(key)
        result.append(
            PastedRow(row.line, row.cells, row.when, row.value, row.note, row.problems, duplicate)
        )
    return result

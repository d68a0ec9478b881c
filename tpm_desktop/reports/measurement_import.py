"""Measurements from a table (CSV or XLSX): validated rows first, the change set after.

A file has the columns date, touchpoint, KPI and value (English or German headers,
any order, an optional note). Every row is checked on its own and carries its
problems, so the user sees a preview with per-row errors before anything is
written; only rows without problems are imported, in one change set.

Touchpoints and KPIs are matched by name (case and spacing ignored) or by id. A
KPI is looked up among the KPIs of the row's touchpoint; when the row names no
touchpoint, a KPI name that is unique in the project is enough. A row that repeats
a measurement the project already holds (same KPI, date and value), or an earlier
row of the file, is marked as a duplicate and skipped, so importing the same file
twice does not double the series.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from tpm_desktop.core.changes import ChangeSet
from tpm_desktop.core.edits import monitoring
from tpm_desktop.core.model import Kpi, Touchpoint
from tpm_desktop.core.state import ProjectState
from tpm_desktop.core.text import clean_text
from tpm_desktop.reports.tabular import parse_date, parse_number

MAX_VALUE = 1e15  # the edit builders refuse larger magnitudes

# Column -> headers that name it (compared after normalise_header).
HEADER_NAMES: dict[str, tuple[str, ...]] = {
    "date": ("date", "datum", "measured on", "gemessen am", "day", "tag"),
    "touchpoint": (
        "touchpoint",
        "touchpoint name",
        "touchpoint id",
        "touch point",
        "kontaktpunkt",
    ),
    "kpi": ("kpi", "kpi name", "kpi id", "kennzahl", "kennzahlen", "metric", "key figure"),
    "value": ("value", "wert", "messwert", "measurement", "messung"),
    "note": ("note", "notes", "notiz", "bemerkung", "anmerkung", "comment", "kommentar"),
}
REQUIRED_COLUMNS = ("date", "kpi", "value")


class RowProblem(StrEnum):
    """Why a row cannot be imported."""

    MISSING_DATE = "missing_date"
    BAD_DATE = "bad_date"
    UNKNOWN_TOUCHPOINT = "unknown_touchpoint"
    AMBIGUOUS_TOUCHPOINT = "ambiguous_touchpoint"
    MISSING_KPI = "missing_kpi"
    UNKNOWN_KPI = "unknown_kpi"
    AMBIGUOUS_KPI = "ambiguous_kpi"
    MISSING_VALUE = "missing_value"
    BAD_VALUE = "bad_value"
    VALUE_OUT_OF_RANGE = "value_out_of_range"


@dataclass(frozen=True, slots=True)
class ImportRow:
    """One data row of the table with what it resolved to and what is wrong with it."""

    row: int  # the row number as a spreadsheet shows it (the header is row 1)
    date_text: str
    touchpoint_text: str
    kpi_text: str
    value_text: str
    note: str
    when: date | None = None
    touchpoint_id: int | None = None
    kpi_id: int | None = None
    value: float | None = None
    problems: tuple[RowProblem, ...] = ()
    duplicate: bool = False

    @property
    def importable(self) -> bool:
        """True when the row has no problems and is not a duplicate."""
        return not self.problems and not self.duplicate


@dataclass(frozen=True, slots=True)
class ImportPreview:
    """The checked rows of a table, or the columns it lacks."""

    rows: list[ImportRow] = field(default_factory=list)
    missing_columns: tuple[str, ...] = ()
    headers: tuple[str, ...] = ()

    @property
    def importable(self) -> list[ImportRow]:
        """The rows that will be imported."""
        return [r for r in self.rows if r.importable]

    @property
    def error_count(self) -> int:
        """Rows with at least one problem."""
        return sum(1 for r in self.rows if r.problems)

    @property
    def duplicate_count(self) -> int:
        """Rows skipped because the project (or the file) already holds them."""
        return sum(1 for r in self.rows if r.duplicate and not r.problems)

    def measurements(self) -> list[tuple[int, date, float, str]]:
        """(kpi id, date, value, note) of every importable row."""
        result = []
        for row in self.importable:
            assert row.kpi_id is not None and row.when is not None and row.value is not None
            result.append((row.kpi_id, row.when, row.value, row.note))
        return result


def cell_text(value: Any) -> str:
    """A cell as the user would read it: numbers without a needless ".0", dates as ISO."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return str(value).strip()


def normalised(text: str) -> str:
    """A name for matching: case folded, single spaces."""
    return " ".join(text.split()).casefold()


def match_columns(headers: Iterable[str]) -> tuple[dict[str, int], tuple[str, ...]]:
    """Column name -> index in the headers, and the required columns that are missing."""
    found: dict[str, int] = {}
    for index, header in enumerate(headers):
        key = normalised(str(header))
        for column, names in HEADER_NAMES.items():
            if column not in found and key in names:
                found[column] = index
    missing = tuple(c for c in REQUIRED_COLUMNS if c not in found)
    return found, missing


class _Names:
    """Touchpoints and KPIs by normalised name and by id."""

    def __init__(self, state: ProjectState) -> None:
        self.state = state
        self.touchpoints: dict[str, list[int]] = {}
        for touchpoint in state.touchpoints.values():
            self.touchpoints.setdefault(normalised(touchpoint.name), []).append(touchpoint.id)
        self.kpis: dict[str, list[Kpi]] = {}
        for kpi in state.table(Kpi).values():
            self.kpis.setdefault(normalised(kpi.name), []).append(kpi)

    def touchpoint(self, text: str) -> tuple[int | None, RowProblem | None]:
        ids = self.touchpoints.get(normalised(text), [])
        if len(ids) == 1:
            return ids[0], None
        if len(ids) > 1:
            return None, RowProblem.AMBIGUOUS_TOUCHPOINT
        number = _as_id(text)
        if number is not None and self.state.get(Touchpoint, number) is not None:
            return number, None
        return None, RowProblem.UNKNOWN_TOUCHPOINT

    def kpi(self, text: str, touchpoint_id: int | None) -> tuple[int | None, RowProblem | None]:
        candidates = self.kpis.get(normalised(text), [])
        if touchpoint_id is not None:
            candidates = [k for k in candidates if k.touchpoint_id == touchpoint_id]
        if len(candidates) == 1:
            return candidates[0].id, None
        if len(candidates) > 1:
            return None, RowProblem.AMBIGUOUS_KPI
        number = _as_id(text)
        kpi = self.state.get(Kpi, number) if number is not None else None
        if kpi is not None and touchpoint_id in (None, kpi.touchpoint_id):
            return kpi.id, None
        return None, RowProblem.UNKNOWN_KPI


def _as_id(text: str) -> int | None:
    text = text.strip().removesuffix(".0")
    return int(text) if text.isdigit() and len(text) < 12 else None


# parse_number reads "15.03.2026" as 15032026 (dots as thousands separators);
# a cell shaped like a date is never a measured value.
_DATE_LIKE = re.compile(r"^\s*\d{1,2}\.\d{1,2}\.\d{2,4}\s*$")


def parse_value(raw: Any) -> tuple[float | None, RowProblem | None]:
    """A measured value from a cell, or the problem with it."""
    if isinstance(raw, str) and _DATE_LIKE.match(raw):
        return None, RowProblem.BAD_VALUE
    try:
        value = parse_number(raw)
    except ValueError:
        return None, RowProblem.BAD_VALUE
    if value is None:
        return None, RowProblem.MISSING_VALUE
    if not math.isfinite(value) or abs(value) > MAX_VALUE:
        return None, RowProblem.VALUE_OUT_OF_RANGE
    return value, None


def parse_when(raw: Any) -> tuple[date | None, RowProblem | None]:
    """A measurement date from a cell, or the problem with it."""
    try:
        when = parse_date(raw)
    except ValueError:
        return None, RowProblem.BAD_DATE
    if when is None:
        return None, RowProblem.MISSING_DATE
    return when, None


def preview_import(
    state: ProjectState, headers: Iterable[Any], rows: Iterable[list[Any]]
) -> ImportPreview:
    """Check every row of a table against the project; writes nothing."""
    headers = tuple("" if h is None else str(h) for h in headers)
    columns, missing = match_columns(headers)
    if missing:
        return ImportPreview([], missing, headers)
    checker = _RowChecker(state, columns)
    return ImportPreview([checker.check(i + 2, row) for i, row in enumerate(rows)], (), headers)


class _RowChecker:
    """Resolves and checks rows one by one, remembering what earlier rows added."""

    def __init__(self, state: ProjectState, columns: dict[str, int]) -> None:
        self._state = state
        self._columns = columns
        self._names = _Names(state)
        self._seen = _ExistingMeasurements(state)

    def _cell(self, row: list[Any], column: str) -> Any:
        position = self._columns.get(column)
        return row[position] if position is not None and position < len(row) else None

    def check(self, number: int, row: list[Any]) -> ImportRow:
        problems: list[RowProblem] = []
        when, problem = parse_when(self._cell(row, "date"))
        problems += [problem] if problem else []
        touchpoint_text = cell_text(self._cell(row, "touchpoint"))
        kpi_text = cell_text(self._cell(row, "kpi"))
        touchpoint_id = kpi_id = None
        touchpoint_known = True
        if touchpoint_text:
            touchpoint_id, problem = self._names.touchpoint(touchpoint_text)
            touchpoint_known = problem is None
            problems += [problem] if problem else []
        if not kpi_text:
            problems.append(RowProblem.MISSING_KPI)
        elif touchpoint_known:
            kpi_id, problem = self._names.kpi(kpi_text, touchpoint_id)
            problems += [problem] if problem else []
            kpi = self._state.get(Kpi, kpi_id) if kpi_id is not None else None
            if kpi is not None:
                touchpoint_id = kpi.touchpoint_id
        value, problem = parse_value(self._cell(row, "value"))
        problems += [problem] if problem else []
        duplicate = False
        if not problems:
            assert kpi_id is not None and when is not None and value is not None
            duplicate = not self._seen.add(kpi_id, when, value)
        note = self._cell(row, "note")
        return ImportRow(
            row=number,
            date_text=cell_text(self._cell(row, "date")),
            touchpoint_text=touchpoint_text,
            kpi_text=kpi_text,
            value_text=cell_text(self._cell(row, "value")),
            note=clean_text(cell_text(note)),
            when=when,
            touchpoint_id=touchpoint_id,
            kpi_id=kpi_id,
            value=value,
            problems=tuple(problems),
            duplicate=duplicate,
        )


class _ExistingMeasurements:
    """(KPI, date, value) triples already in the project or added earlier in this batch."""

    def __init__(self, state: ProjectState) -> None:
        self._state = state
        self._by_kpi: dict[int, set[tuple[date, float]]] = {}

    def add(self, kpi_id: int, when: date, value: float) -> bool:
        """Remember a triple; False when it was known already."""
        known = self._by_kpi.get(kpi_id)
        if known is None:
            known = {(m.date, m.value) for m in self._state.measurements_of(kpi_id)}
            self._by_kpi[kpi_id] = known
        if (when, value) in known:
            return False
        known.add((when, value))
        return True


def import_changes(state: ProjectState, preview: ImportPreview) -> ChangeSet:
    """The change set adding every importable row (empty when there is none)."""
    rows = preview.measurements()
    if not rows:
        return ChangeSet()
    changes, _ids = monitoring.add_measurements(state, rows)
    return changes

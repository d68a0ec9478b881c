"""Importing touchpoints from a table: check every row, then build ONE change set.

`plan_import` reads each data row into a touchpoint entry or a list of problems
(with the spreadsheet's row number), and builds the change set of the good rows:
missing departments, channels and phases, the touchpoints at the end of their
cells, and their scores. Nothing is written here; the command line commits the
change set to the project file, the app pushes it as one undo step. Either way
the project is never half-imported.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from tpm_desktop.core.changes import ChangeSet
from tpm_desktop.core.edits.builder import Builder
from tpm_desktop.core.edits.lanes import add_lane_to
from tpm_desktop.core.edits.touchpoints import add_touchpoint_to, clean_fields
from tpm_desktop.core.enums import EXPERIENCE_MAX, EXPERIENCE_MIN, ChannelKind, Dimension
from tpm_desktop.core.errors import EditError
from tpm_desktop.core.model import Criterion, Score
from tpm_desktop.core.state import LANE_TYPES, ProjectState
from tpm_desktop.core.text import checked_name, clean_line
from tpm_desktop.reports import table_texts
from tpm_desktop.reports.tabular import (
    Table,
    TableError,
    normalise_header,
    parse_number,
    read_table,
    sheet_names,
)
from tpm_desktop.reports.touchpoint_columns import (
    ColumnTarget,
    Field,
    ScoreColumn,
    decision_choices,
    detect_mapping,
    media_choices,
    read_channel_kind,
    read_decision,
    read_media_type,
)

# Values quoted in messages are cut to this length (a cell may hold megabytes).
QUOTE_LIMIT = 40
# Lists often carry a title ("Touchpoints 2026") above the header row; this many rows
# are searched for the header.
HEADER_SEARCH_ROWS = 10

_LANE_FIELDS = {
    Field.DEPARTMENT: Dimension.DEPARTMENT,
    Field.CHANNEL: Dimension.CHANNEL,
    Field.PHASE: Dimension.PHASE,
}
_TEXT_FIELDS = (Field.DESCRIPTION, Field.RESPONSIBLE, Field.AS_IS, Field.TARGET)


@dataclass(frozen=True)
class Problem:
    """Why a row cannot be imported (or, as a note, what was ignored in it)."""

    code: str
    params: dict[str, Any] = field(default_factory=dict)
    error: EditError | None = None

    def message(self, lang: str = "en") -> str:
        """The reason in the given language, on one line."""
        params = dict(self.params)
        if self.error is not None:
            params["detail"] = self.error.message(lang)
        if self.code == "unknown_decision":
            params["choices"] = decision_choices(lang)
        elif self.code == "unknown_media_type":
            params["choices"] = media_choices(lang)
        elif self.code == "channel_kind_conflict":
            params["kind"] = table_texts.text(str(params["kind"]), lang)
        return table_texts.text(self.code, lang, **params)


@dataclass(frozen=True)
class TouchpointEntry:
    """A checked row: the touchpoint's fields, its lanes by name, and its scores."""

    name: str
    fields: dict[str, Any]
    department: str
    channel: str
    phase: str
    channel_kind: ChannelKind | None
    scores: dict[int, tuple[float | None, float | None]]


@dataclass
class RowResult:
    """One data row of the table: its spreadsheet row number and what became of it."""

    number: int
    entry: TouchpointEntry | None
    problems: list[Problem] = field(default_factory=list)
    notes: list[Problem] = field(default_factory=list)

    @property
    def valid(self) -> bool:
        """True when the row can be imported."""
        return self.entry is not None and not self.problems

    def messages(self, lang: str = "en") -> list[str]:
        """Each problem as "Row N: reason"."""
        return [
            table_texts.text("row", lang, row=self.number, message=p.message(lang))
            for p in self.problems
        ]


@dataclass
class ImportPlan:
    """What importing a table would do; `changes` holds the valid rows only."""

    headers: list[str]
    mapping: list[ColumnTarget | None]
    rows: list[RowResult]
    changes: ChangeSet
    touchpoint_ids: list[int]
    created: dict[Dimension, list[str]]
    already_present: int
    # Columns that are not read though they have a header or data (unknown or repeated).
    ignored_indexes: list[int] = field(default_factory=list)

    @property
    def has_name_column(self) -> bool:
        """False when no column is read as the touchpoints' names."""
        return Field.NAME in self.mapping

    @property
    def valid_rows(self) -> list[RowResult]:
        """The rows that will be imported."""
        return [row for row in self.rows if row.valid]

    @property
    def invalid_rows(self) -> list[RowResult]:
        """The rows with problems, in table order."""
        return [row for row in self.rows if not row.valid]

    def ignored_columns(self, lang: str = "en") -> list[str]:
        """Headers of the columns that are not read (unknown or repeated), for messages."""
        return [column_label(self.headers, index, lang) for index in self.ignored_indexes]

    @property
    def notes(self) -> list[tuple[int, Problem]]:
        """(row number, note) for what was accepted but ignored."""
        return [(row.number, note) for row in self.rows for note in row.notes]


def column_label(headers: Sequence[str], index: int, lang: str = "en") -> str:
    """A column's header, or "column N" when it has none."""
    text = headers[index] if index < len(headers) else ""
    return text or table_texts.text("no_header", lang, number=index + 1)


def with_header_row(table: Table, criteria: Sequence[Criterion]) -> Table:
    """The table with its header row found: the first of the top rows that names a name column.

    A table whose first row already has a name column, or that has no such row at
    all, is returned as it is (the wizard then lets the user choose the column).
    """
    if Field.NAME in detect_mapping(table.headers, criteria):
        return table
    for index, row in enumerate(table.rows[:HEADER_SEARCH_ROWS]):
        headers = [" ".join(cell_text(cell).split()) for cell in row]
        while headers and not headers[-1]:
            headers.pop()
        if Field.NAME in detect_mapping(headers, criteria):
            body = range(index + 1, len(table.rows))
            return Table(
                headers,
                [table.rows[i] for i in body],
                table.sheet,
                table.sheets,
                [table.row_number(i) for i in body],
            )
    return table


def read_touchpoint_table(
    path: Path | str, sheet: str | None, criteria: Sequence[Criterion]
) -> Table:
    """Read a touchpoint list: `sheet`, or else the first sheet that has a name column.

    Workbooks often open with a cover sheet, and lists with a title row; both are
    passed over (`table.sheet` says which sheet was read). Raises TableError.
    """
    if sheet is not None:
        return with_header_row(read_table(path, sheet), criteria)
    sheets = sheet_names(path)
    first: Table | None = None
    first_error: TableError | None = None
    for candidate in sheets or [None]:
        try:
            table = with_header_row(read_table(path, candidate), criteria)
        except TableError as error:
            if not sheets or error.code != "table_empty":
                raise
            first_error = first_error or error  # an empty cover sheet, say
            continue
        if Field.NAME in detect_mapping(table.headers, criteria):
            return table
        first = first or table
    if first is None:
        assert first_error is not None
        raise first_error
    return first


def plan_import(
    table: Table, state: ProjectState, mapping: Sequence[ColumnTarget | None] | None = None
) -> ImportPlan:
    """Check every row of `table` against `state` and build the change set of the good ones.

    `mapping` gives each column's meaning (see `detect_mapping`, which is used when
    it is None). The state is not changed.
    """
    criteria = {c.id: c for c in state.criteria}
    if mapping is None:
        mapping = detect_mapping(table.headers, state.criteria)
    width = max([len(table.headers), *(len(row) for row in table.rows)])
    mapping = (list(mapping) + [None] * width)[:width]
    columns = {target: index for index, target in enumerate(mapping) if target is not None}
    reader = _RowReader(table.headers, columns, criteria, state.project.language)
    rows = [reader.read(table.row_number(index), row) for index, row in enumerate(table.rows)]
    if Field.NAME not in columns:
        rows = []  # without names there is nothing to import; the caller says why
    builder = _PlanBuilder(state)
    for row in rows:
        if row.valid:
            builder.add(row)
    return ImportPlan(
        headers=list(table.headers),
        mapping=mapping,
        rows=rows,
        changes=builder.b.build(),
        touchpoint_ids=builder.touchpoint_ids,
        created=builder.created,
        already_present=builder.already_present,
        ignored_indexes=[
            index
            for index, target in enumerate(mapping)
            if target is None and _has_header_or_data(table, index)
        ],
    )


def _has_header_or_data(table: Table, index: int) -> bool:
    if index < len(table.headers) and table.headers[index]:
        return True
    return any(index < len(row) and cell_text(row[index]).strip() for row in table.rows)


def cell_text(value: Any) -> str:
    """A cell as text: whole floats without ".0", dates as ISO dates."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else str(value)
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _short(value: Any) -> str:
    text = clean_line(cell_text(value))
    return text if len(text) <= QUOTE_LIMIT else text[: QUOTE_LIMIT - 1] + "…"


def _number(value: Any) -> float | None:
    if isinstance(value, str):
        # Typographic minus and dash, as word processors and some exports write them.
        value = value.replace("\u2212", "-").replace("\u2013", "-")
    return parse_number(value)


class _RowReader:
    """Turns one data row into a TouchpointEntry or a list of problems."""

    def __init__(
        self,
        headers: Sequence[str],
        columns: dict[ColumnTarget, int],
        criteria: dict[int, Criterion],
        language: str,
    ) -> None:
        self.headers = headers
        self.columns = columns
        self.criteria = criteria
        self.unassigned = table_texts.text("unassigned", language)

    def _cell(self, row: Sequence[Any], target: ColumnTarget) -> Any:
        index = self.columns.get(target)
        if index is None or index >= len(row):
            return None
        value = row[index]
        if isinstance(value, str) and not value.strip():
            return None
        return value

    def _label(self, target: ColumnTarget) -> str:
        return column_label(self.headers, self.columns[target])

    def read(self, number: int, row: Sequence[Any]) -> RowResult:
        problems: list[Problem] = []
        fields: dict[str, Any] = {}

        name = ""
        try:
            name = checked_name(cell_text(self._cell(row, Field.NAME)))
        except EditError as error:
            if error.code == "name_empty":
                problems.append(Problem("name_missing"))
            else:
                problems.append(self._invalid(Field.NAME, error))

        lanes: dict[Field, str] = {}
        for lane_field in _LANE_FIELDS:
            text = cell_text(self._cell(row, lane_field))
            try:
                lanes[lane_field] = checked_name(text) if text.strip() else self.unassigned
            except EditError as error:
                problems.append(self._invalid(lane_field, error))

        for text_field in _TEXT_FIELDS:
            value = self._cell(row, text_field)
            if value is not None:
                self._clean(text_field, cell_text(value), fields, problems)

        kind: ChannelKind | None = None
        value = self._cell(row, Field.CHANNEL_TYPE)
        if value is not None:
            kind = read_channel_kind(cell_text(value))
            if kind is None:
                problems.append(Problem("unknown_channel_type", {"value": _short(value)}))

        value = self._cell(row, Field.MEDIA_TYPE)
        if value is not None:
            media = read_media_type(cell_text(value))
            if media is None:
                problems.append(Problem("unknown_media_type", {"value": _short(value)}))
            else:
                fields["media_type"] = media

        value = self._cell(row, Field.DECISION)
        if value is not None:
            decision = read_decision(cell_text(value))
            if decision is None:
                problems.append(Problem("unknown_decision", {"value": _short(value)}))
            else:
                fields["decision"] = decision

        value = self._cell(row, Field.EXPERIENCE)
        if value is not None:
            experience = self._experience(value)
            if experience is None:
                problems.append(Problem("experience_invalid", {"value": _short(value)}))
            else:
                fields["experience"] = experience

        value = self._cell(row, Field.BUDGET)
        if value is not None:
            try:
                budget = _number(value)
            except ValueError:
                problems.append(Problem("budget_not_number", {"value": _short(value)}))
            else:
                if budget is not None and budget < 0:
                    problems.append(Problem("budget_negative", {"value": _short(value)}))
                elif budget is not None:
                    self._clean(Field.BUDGET, budget, fields, problems)

        scores = self._scores(row, problems)
        if problems:
            return RowResult(number, None, problems)
        entry = TouchpointEntry(
            name=name,
            fields=fields,
            department=lanes[Field.DEPARTMENT],
            channel=lanes[Field.CHANNEL],
            phase=lanes[Field.PHASE],
            channel_kind=kind,
            scores=scores,
        )
        return RowResult(number, entry)

    def _invalid(self, target: ColumnTarget, error: EditError) -> Problem:
        return Problem("invalid_value", {"column": self._label(target)}, error)

    def _clean(
        self, target: Field, value: Any, fields: dict[str, Any], problems: list[Problem]
    ) -> None:
        try:
            fields.update(clean_fields({target.value: value}))
        except EditError as error:
            problems.append(self._invalid(target, error))

    @staticmethod
    def _experience(value: Any) -> int | None:
        try:
            number = _number(value)
        except ValueError:
            return None
        if number is None or not number.is_integer():
            return None
        if not EXPERIENCE_MIN <= number <= EXPERIENCE_MAX:
            return None
        return int(number)

    def _scores(
        self, row: Sequence[Any], problems: list[Problem]
    ) -> dict[int, tuple[float | None, float | None]]:
        scores: dict[int, tuple[float | None, float | None]] = {}
        for criterion in self.criteria.values():
            pair: list[float | None] = [None, None]
            for slot, target in enumerate(
                (ScoreColumn(criterion.id), ScoreColumn(criterion.id, target=True))
            ):
                value = self._cell(row, target)
                if value is None:
                    continue
                column = self._label(target)
                try:
                    number = _number(value)
                except ValueError:
                    problems.append(
                        Problem("score_not_number", {"column": column, "value": _short(value)})
                    )
                    continue
                if number is not None and not (
                    criterion.scale_min <= number <= criterion.scale_max
                ):
                    problems.append(
                        Problem(
                            "score_off_scale",
                            {
                                "column": column,
                                "value": _short(value),
                                "low": criterion.scale_min,
                                "high": criterion.scale_max,
                            },
                        )
                    )
                    continue
                pair[slot] = number
            if pair != [None, None]:
                scores[criterion.id] = (pair[0], pair[1])
        return scores


class _PlanBuilder:
    """Adds checked rows to one Builder: lanes by name (created when missing), then cards."""

    def __init__(self, state: ProjectState) -> None:
        self.b = Builder(state)
        self.lane_ids: dict[Dimension, dict[str, int]] = {
            dimension: {normalise_header(lane.name): lane.id for lane in state.lanes(dimension)}
            for dimension in Dimension
        }
        self.created: dict[Dimension, list[str]] = {dimension: [] for dimension in Dimension}
        self.touchpoint_ids: list[int] = []
        # Cell -> last position used, so each card goes to the end of its cell.
        self.ends: dict[tuple[int, int, int], int] = {}
        self.existing: set[tuple[str, int, int, int]] = set()
        for tp in state.touchpoints.values():
            cell = (tp.department_id, tp.channel_id, tp.phase_id)
            self.ends[cell] = max(self.ends.get(cell, -1), tp.position)
            self.existing.add((normalise_header(tp.name), *cell))
        self.already_present = 0

    def _lane(self, dimension: Dimension, name: str, kind: ChannelKind | None) -> int:
        key = normalise_header(name)
        lane_id = self.lane_ids[dimension].get(key)
        if lane_id is None:
            fields: dict[str, Any] = {}
            if dimension is Dimension.CHANNEL:
                fields["kind"] = kind or ChannelKind.ONLINE
            lane_id = add_lane_to(self.b, dimension, name, **fields)
            self.lane_ids[dimension][key] = lane_id
            self.created[dimension].append(name)
        return lane_id

    def add(self, row: RowResult) -> None:
        entry = row.entry
        assert entry is not None
        department = self._lane(Dimension.DEPARTMENT, entry.department, None)
        channel = self._lane(Dimension.CHANNEL, entry.channel, entry.channel_kind)
        phase = self._lane(Dimension.PHASE, entry.phase, None)
        existing_kind = self.b.require(LANE_TYPES[Dimension.CHANNEL], channel).kind  # type: ignore[attr-defined]
        if entry.channel_kind is not None and entry.channel_kind != existing_kind:
            row.notes.append(
                Problem(
                    "channel_kind_conflict",
                    {
                        "channel": entry.channel,
                        "kind": existing_kind.value,
                        "value": entry.channel_kind.value,
                    },
                )
            )
        cell = (department, channel, phase)
        if (normalise_header(entry.name), *cell) in self.existing:
            self.already_present += 1
        position = self.ends.get(cell, -1) + 1
        self.ends[cell] = position
        touchpoint_id = add_touchpoint_to(
            self.b, entry.name, department, channel, phase, position=position, **entry.fields
        )
        self.touchpoint_ids.append(touchpoint_id)
        for criterion_id, (as_is, target) in entry.scores.items():
            self.b.put(Score(touchpoint_id, criterion_id, as_is=as_is, target=target))

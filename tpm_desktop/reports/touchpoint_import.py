"""Importing touchpoints from a table: check every row, then build ONE change set.

`plan_import` reads each data row into a touchpoint entry or a list of problems
(with the spreadsheet's row number), and builds the change set of the good rows:
missing departments, channels and phases, the touchpoints at the end of their
cells, and their scores. Nothing is written here; the command line commits the
change set to the project file, the app pushes it as one undo step. Either way
the project is never half-imported.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tpm_desktop.core.changes import ChangeSet
from tpm_desktop.core.edits.builder import Builder
from tpm_desktop.core.edits.lanes import add_lane_to
from tpm_desktop.core.edits.segments import add_segment_to
from tpm_desktop.core.edits.touchpoints import add_touchpoint_to, code_key
from tpm_desktop.core.enums import ChannelKind, Dimension
from tpm_desktop.core.model import Criterion, Score, Touchpoint, TouchpointSegment
from tpm_desktop.core.state import LANE_TYPES, ProjectState
from tpm_desktop.reports.import_channels import LaneIndex, NewChannel, decide_kind
from tpm_desktop.reports.tabular import (
    Table,
    TableError,
    normalise_header,
    read_table,
    sheet_names,
)
from tpm_desktop.reports.touchpoint_columns import (
    ColumnTarget,
    Field,
    SegmentExperience,
    detect_mapping,
)
from tpm_desktop.reports.touchpoint_rows import (
    Problem,
    RowReader,
    RowResult,
    TouchpointEntry,
    cell_text,
    column_label,
)

__all__ = [
    "ImportPlan",
    "Problem",
    "RowResult",
    "TouchpointEntry",
    "cell_text",
    "column_label",
    "plan_import",
    "read_touchpoint_table",
    "with_header_row",
]

# Lists often carry a title ("Touchpoints 2026") above the header row; this many rows
# are searched for the header.
HEADER_SEARCH_ROWS = 10


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
    # The channels created, each with its kind and where that came from.
    new_channels: list[NewChannel] = field(default_factory=list)
    # Customer segments created for "Experience: <segment>" columns the project lacks.
    new_segments: list[str] = field(default_factory=list)

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
    table: Table,
    state: ProjectState,
    mapping: Sequence[ColumnTarget | None] | None = None,
    channel_kinds: Mapping[str, ChannelKind] | None = None,
) -> ImportPlan:
    """Check every row of `table` against `state` and build the change set of the good ones.

    `mapping` gives each column's meaning (see `detect_mapping`, which is used when
    it is None). `channel_kinds` gives the kind of new channels by name (compared as
    `import_channels.channel_key`); others get theirs from the table or their name
    (see `import_channels`). The state is not changed.
    """
    criteria = {c.id: c for c in state.criteria}
    if mapping is None:
        mapping = detect_mapping(table.headers, state.criteria)
    width = max([len(table.headers), *(len(row) for row in table.rows)])
    mapping = (list(mapping) + [None] * width)[:width]
    columns = {target: index for index, target in enumerate(mapping) if target is not None}
    reader = RowReader(table.headers, columns, criteria, state.project.language)
    rows = [reader.read(table.row_number(index), row) for index, row in enumerate(table.rows)]
    if Field.NAME not in columns:
        rows = []  # without names there is nothing to import; the caller says why
    builder = _PlanBuilder(state, channel_kinds or {})
    # Missing segments are created in column order, and only when a row uses them.
    used = {column for row in rows if row.entry is not None for column in row.entry.segments}
    for target in mapping:
        if isinstance(target, SegmentExperience) and target in used:
            builder.segment(target)
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
        new_channels=builder.new_channels,
        new_segments=builder.new_segments,
    )


def _has_header_or_data(table: Table, index: int) -> bool:
    if index < len(table.headers) and table.headers[index]:
        return True
    return any(index < len(row) and cell_text(row[index]).strip() for row in table.rows)


class _PlanBuilder:
    """Adds checked rows to one Builder: lanes by name (created when missing), then cards."""

    def __init__(self, state: ProjectState, channel_kinds: Mapping[str, ChannelKind]) -> None:
        self.b = Builder(state)
        self.lanes = LaneIndex(state)
        self.channel_kinds = channel_kinds
        self.new_channels: list[NewChannel] = []
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
        # Short ids in use (compared as code_key): an imported one that is taken is renumbered.
        self.codes = {code_key(tp.code) for tp in state.touchpoints.values()}
        self.segments = {SegmentExperience.named(s.name): s.id for s in state.segments()}
        self.new_segments: list[str] = []

    def segment(self, target: SegmentExperience) -> int:
        """The segment a column names; a missing one is created (once) at the end."""
        segment_id = self.segments.get(target)
        if segment_id is None:
            segment_id = add_segment_to(self.b, target.name)
            self.segments[target] = segment_id
            self.new_segments.append(target.name)
        return segment_id

    def _lane(self, dimension: Dimension, name: str, kind: ChannelKind | None) -> int:
        lane_id = self.lanes.find(dimension, name)
        if lane_id is not None:
            return lane_id
        fields: dict[str, Any] = {}
        if dimension is Dimension.CHANNEL:
            fields["kind"], source = decide_kind(name, kind, self.channel_kinds)
            self.new_channels.append(NewChannel(name, fields["kind"], source))
        lane_id = add_lane_to(self.b, dimension, name, **fields)
        self.created[dimension].append(name)
        self.lanes.remember(dimension, name, lane_id)
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
        fields = dict(entry.fields)
        code = fields.get("code")
        if code is not None and code_key(code) in self.codes:
            fields["code"] = self.b.state.next_code()
            row.notes.append(Problem("code_renumbered", {"value": code, "code": fields["code"]}))
        touchpoint_id = add_touchpoint_to(
            self.b, entry.name, department, channel, phase, position=position, **fields
        )
        self.codes.add(code_key(self.b.require(Touchpoint, touchpoint_id).code))
        self.touchpoint_ids.append(touchpoint_id)
        for criterion_id, (as_is, target) in entry.scores.items():
            self.b.put(Score(touchpoint_id, criterion_id, as_is=as_is, target=target))
        for column, experience in entry.segments.items():
            self.b.put(TouchpointSegment(touchpoint_id, self.segment(column), experience))

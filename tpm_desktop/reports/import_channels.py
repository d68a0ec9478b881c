"""The channels an import creates, and whether each is online or offline.

A new channel's kind comes, in this order, from the user's choice (the wizard's
mapping page, the command line's `--channel-kind NAME=KIND`), the table's
channel type column, or the channel's name ("Messe" is offline, "App" online:
`core.channel_kinds`). A name that tells nothing gets online *by default*, and
the plan says so (`KindSource.DEFAULT`), so that the wizard asks and the command
line reports it: a channel is never made online silently.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from tpm_desktop.core.channel_kinds import infer_channel_kind
from tpm_desktop.core.enums import ChannelKind, Dimension
from tpm_desktop.core.state import ProjectState
from tpm_desktop.reports import table_texts
from tpm_desktop.reports.default_names import lane_group
from tpm_desktop.reports.tabular import Table, normalise_header
from tpm_desktop.reports.touchpoint_columns import ColumnTarget, Field, detect_mapping
from tpm_desktop.reports.touchpoint_rows import RowReader


class KindSource(StrEnum):
    """Where a new channel's kind came from."""

    CHOSEN = "chosen"  # the user said so
    COLUMN = "column"  # the table's channel type column
    NAME = "name"  # a well-known word in the channel's name
    UNASSIGNED = "unassigned"  # the lane of rows without a channel: online, said so
    DEFAULT = "default"  # nothing told: online until the user says otherwise


@dataclass(frozen=True, slots=True)
class NewChannel:
    """A channel the import creates, with its kind and where the kind came from."""

    name: str
    kind: ChannelKind
    source: KindSource

    @property
    def key(self) -> str:
        """The name as the import compares it (case and spacing ignored)."""
        return channel_key(self.name)


def channel_key(name: str) -> str:
    """A channel name as import compares it: "Messe" and " MESSE" are one channel."""
    return normalise_header(name)


def decide_kind(
    name: str, column_kind: ChannelKind | None, chosen: Mapping[str, ChannelKind]
) -> tuple[ChannelKind, KindSource]:
    """The kind a new channel is created with, and why (see the module's docstring)."""
    kind = chosen.get(channel_key(name))
    if kind is not None:
        return kind, KindSource.CHOSEN
    if column_kind is not None:
        return column_kind, KindSource.COLUMN
    if channel_key(name) in _UNASSIGNED:
        return ChannelKind.ONLINE, KindSource.UNASSIGNED
    kind = infer_channel_kind(name)
    if kind is not None:
        return kind, KindSource.NAME
    return ChannelKind.ONLINE, KindSource.DEFAULT


# "Not assigned", the lane of rows without a channel, in every language.
_UNASSIGNED = {channel_key(texts["unassigned"]) for texts in table_texts.TEXTS.values()}


class LaneIndex:
    """Finds an existing lane for a name from a table: same name, or the default's translation."""

    def __init__(self, state: ProjectState) -> None:
        self.ids: dict[Dimension, dict[str, int]] = {
            dimension: {normalise_header(lane.name): lane.id for lane in state.lanes(dimension)}
            for dimension in Dimension
        }
        # Default lanes by group, so "Before purchase" finds "Vor dem Kauf" (default_names).
        self.default_ids: dict[Dimension, dict[int, int]] = {d: {} for d in Dimension}
        for dimension in Dimension:
            for lane in state.lanes(dimension):
                group = lane_group(dimension, lane.name)
                if group is not None:
                    self.default_ids[dimension].setdefault(group, lane.id)

    def find(self, dimension: Dimension, name: str) -> int | None:
        """The id of the lane `name` stands for, or None when the import must create it."""
        lane_id = self.ids[dimension].get(normalise_header(name))
        if lane_id is None:
            group = lane_group(dimension, name)
            lane_id = None if group is None else self.default_ids[dimension].get(group)
        return lane_id

    def remember(self, dimension: Dimension, name: str, lane_id: int) -> None:
        """A lane the import creates: later rows naming it (or its translation) find it."""
        self.ids[dimension][normalise_header(name)] = lane_id
        group = lane_group(dimension, name)
        if group is not None:
            self.default_ids[dimension].setdefault(group, lane_id)


def new_channels(
    table: Table,
    state: ProjectState,
    mapping: Sequence[ColumnTarget | None] | None = None,
    chosen: Mapping[str, ChannelKind] | None = None,
) -> list[NewChannel]:
    """The channels importing `table` would create, in table order, without planning it all.

    Only rows that can be imported count. For the wizard's mapping page; `plan_import`
    arrives at the same list (`ImportPlan.new_channels`).
    """
    if mapping is None:
        mapping = detect_mapping(table.headers, state.criteria)
    columns = {target: index for index, target in enumerate(mapping) if target is not None}
    if Field.NAME not in columns:
        return []
    criteria = {c.id: c for c in state.criteria}
    reader = RowReader(table.headers, columns, criteria, state.project.language)
    lanes = LaneIndex(state)
    found: dict[str, NewChannel] = {}
    for index, row in enumerate(table.rows):
        entry = reader.read(table.row_number(index), row).entry
        if entry is None or lanes.find(Dimension.CHANNEL, entry.channel) is not None:
            continue
        if channel_key(entry.channel) in found:
            continue
        kind, source = decide_kind(entry.channel, entry.channel_kind, chosen or {})
        found[channel_key(entry.channel)] = NewChannel(entry.channel, kind, source)
        lanes.remember(Dimension.CHANNEL, entry.channel, -1 - len(found))
    return list(found.values())

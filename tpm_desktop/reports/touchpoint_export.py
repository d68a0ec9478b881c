"""Exporting the touchpoint table: the columns import reads, in map order.

The experience per customer segment ("Experience: Households") comes last: −2…+2,
"relevant" for a touchpoint relevant to the segment without an experience of its
own, empty when it is not relevant to it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tpm_desktop.core.enums import Dimension
from tpm_desktop.core.model import Channel, Touchpoint
from tpm_desktop.core.state import LANE_TYPES, ProjectState
from tpm_desktop.reports.table_writer import write_table
from tpm_desktop.reports.touchpoint_columns import (
    RELEVANT_WORDS,
    Field,
    ScoreColumn,
    SegmentColumn,
    decision_word,
    export_columns,
    header,
    media_word,
)

SHEET_NAME = {"en": "Touchpoints", "de": "Touchpoints"}


def table_language(state: ProjectState, language: str | None = None) -> str:
    """The language of the headers and words: the given one, else the project's."""
    chosen = language or state.project.language
    return chosen if chosen in ("de", "en") else "en"


def touchpoint_table(
    state: ProjectState, language: str | None = None
) -> tuple[list[str], list[list[Any]]]:
    """Headers and rows of the touchpoint table, touchpoints in map order."""
    language = table_language(state, language)
    criteria = state.criteria
    segments = state.segments()
    columns = export_columns(criteria, segments)
    headers = [header(column, criteria, language, segments) for column in columns]
    rank = {
        dimension: {lane.id: index for index, lane in enumerate(state.lanes(dimension))}
        for dimension in Dimension
    }

    def order(tp: Touchpoint) -> tuple[int, ...]:
        return (
            rank[Dimension.DEPARTMENT].get(tp.department_id, 0),
            rank[Dimension.CHANNEL].get(tp.channel_id, 0),
            rank[Dimension.PHASE].get(tp.phase_id, 0),
            tp.position,
            tp.id,
        )

    rows = [
        [_value(state, tp, column, language) for column in columns]
        for tp in sorted(state.touchpoints.values(), key=order)
    ]
    return headers, rows


def _number(value: float | None) -> float | int | None:
    # Whole numbers stay whole in the sheet ("3", not "3.0").
    if value is not None and float(value).is_integer():
        return int(value)
    return value


def _value(
    state: ProjectState, tp: Touchpoint, column: Field | ScoreColumn | SegmentColumn, language: str
) -> Any:
    if isinstance(column, SegmentColumn):
        relevance = state.segments_of(tp.id).get(column.segment_id)
        if relevance is None:
            return None
        return RELEVANT_WORDS[0] if relevance.experience is None else relevance.experience
    if isinstance(column, ScoreColumn):
        score = state.scores_of(tp.id).get(column.criterion_id)
        if score is None:
            return None
        return _number(score.target if column.target else score.as_is)
    match column:
        case Field.NAME:
            return tp.name
        case Field.DEPARTMENT:
            return _lane_name(state, Dimension.DEPARTMENT, tp.department_id)
        case Field.CHANNEL:
            return _lane_name(state, Dimension.CHANNEL, tp.channel_id)
        case Field.CHANNEL_TYPE:
            channel = state.get(Channel, tp.channel_id)
            return None if channel is None else channel.kind.value
        case Field.PHASE:
            return _lane_name(state, Dimension.PHASE, tp.phase_id)
        case Field.MEDIA_TYPE:
            return None if tp.media_type is None else media_word(tp.media_type, language)
        case Field.EXPERIENCE:
            return tp.experience
        case Field.DECISION:
            return decision_word(tp.decision, language)
        case Field.BUDGET:
            return _number(tp.budget)
    text = getattr(tp, column.value)  # description, responsible, as_is, target
    return text or None


def _lane_name(state: ProjectState, dimension: Dimension, lane_id: int) -> str:
    lane = state.get(LANE_TYPES[dimension], lane_id)
    return "" if lane is None else lane.name


def export_touchpoints(state: ProjectState, path: Path | str, language: str | None = None) -> int:
    """Write the touchpoint table to a .csv or .xlsx file (atomically); returns the row count.

    German tables get decimal commas in CSV, as German Excel expects.
    """
    language = table_language(state, language)
    headers, rows = touchpoint_table(state, language)
    write_table(path, headers, rows, sheet=SHEET_NAME[language], decimal_comma=language == "de")
    return len(rows)

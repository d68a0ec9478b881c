"""Checking the rows of a touchpoint table: each row becomes an entry or a list of problems.

Problems carry a message code of `table_texts` and the spreadsheet's row number, so
the command line and the wizard report them in either language.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from tpm_desktop.core.edits.touchpoints import clean_fields
from tpm_desktop.core.enums import EXPERIENCE_MAX, EXPERIENCE_MIN, ChannelKind, Dimension
from tpm_desktop.core.errors import EditError
from tpm_desktop.core.model import Criterion
from tpm_desktop.core.text import checked_name, clean_line
from tpm_desktop.reports import table_texts
from tpm_desktop.reports.tabular import parse_number
from tpm_desktop.reports.touchpoint_columns import (
    ColumnTarget,
    Field,
    ScoreColumn,
    SegmentExperience,
    decision_choices,
    is_relevant_word,
    media_choices,
    read_channel_kind,
    read_decision,
    read_media_type,
)

# Values quoted in messages are cut to this length (a cell may hold megabytes).
QUOTE_LIMIT = 40

_LANE_FIELDS = {
    Field.DEPARTMENT: Dimension.DEPARTMENT,
    Field.CHANNEL: Dimension.CHANNEL,
    Field.PHASE: Dimension.PHASE,
}
_TEXT_FIELDS = (Field.CODE, Field.DESCRIPTION, Field.RESPONSIBLE, Field.AS_IS, Field.TARGET)


@dataclass(frozen=True)
class Problem:
    """Why a row cannot be imported (or, as a note, what was ignored in it)."""

    code: str
    params: dict[str, Any] = field(default_factory=dict)
    error: EditError | None = None

    def message(self, lang: str = "en", short: bool = False) -> str:
        """The reason in the given language, on one line.

        `short` leaves out the list of allowed words, for a list of several problems.
        """
        params = dict(self.params)
        if self.error is not None:
            params["detail"] = self.error.message(lang)
        choices = {"unknown_decision": decision_choices, "unknown_media_type": media_choices}
        if short and f"{self.code}_short" in table_texts.TEXTS["en"]:
            return table_texts.text(f"{self.code}_short", lang, **params)
        if self.code in choices:
            # The words of the reader's language; the other language's are read too.
            params["choices"] = table_texts.text(
                "other_language_too", lang, choices=choices[self.code](lang)
            )
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
    # Segments the touchpoint is relevant to, with their experience (None: the general).
    segments: dict[SegmentExperience, int | None] = field(default_factory=dict)


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


def column_label(headers: Sequence[str], index: int, lang: str = "en") -> str:
    """A column's header, or "column N" when it has none."""
    text = headers[index] if index < len(headers) else ""
    return text or table_texts.text("no_header", lang, number=index + 1)


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


class RowReader:
    """Turns one data row into a TouchpointEntry or a list of problems (used by plan_import)."""

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
        """Check one data row (`number` is its spreadsheet row number)."""
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
        segments = self._segments(row, problems)
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
            segments=segments,
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

    def _segments(
        self, row: Sequence[Any], problems: list[Problem]
    ) -> dict[SegmentExperience, int | None]:
        """The row's cells of the "Experience: <segment>" columns; empty: not relevant."""
        result: dict[SegmentExperience, int | None] = {}
        for target in self.columns:
            if not isinstance(target, SegmentExperience):
                continue
            value = self._cell(row, target)
            if value is None:
                continue
            if isinstance(value, str) and is_relevant_word(value):
                result[target] = None
                continue
            experience = self._experience(value)
            if experience is None:
                column = self._label(target)
                problems.append(
                    Problem(
                        "segment_experience_invalid", {"column": column, "value": _short(value)}
                    )
                )
            else:
                result[target] = experience
        return result

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

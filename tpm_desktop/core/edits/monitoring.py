"""Edits of measures, KPIs, measurements and assessment rounds."""

from __future__ import annotations

import math
from collections.abc import Iterable
from datetime import date
from typing import Any

from tpm_desktop.core import scoring
from tpm_desktop.core.changes import ChangeSet
from tpm_desktop.core.edits.builder import Builder
from tpm_desktop.core.enums import Direction, Frequency, MeasureStatus
from tpm_desktop.core.errors import EditError
from tpm_desktop.core.model import (
    AssessmentRound,
    Department,
    Kpi,
    Measure,
    Measurement,
    RoundCriterion,
    RoundScore,
    RoundTouchpoint,
    Touchpoint,
)
from tpm_desktop.core.state import ProjectState
from tpm_desktop.core.text import checked_line, checked_name, checked_text


def _number(value: Any, *, allow_none: bool = True) -> float | None:
    if value is None and allow_none:
        return None
    number = float(value)
    if not math.isfinite(number) or abs(number) > 1e15:
        raise EditError("value_out_of_range", value=value, low="-10^15", high="10^15")
    return number


def _clean_measure(fields: dict[str, Any]) -> dict[str, Any]:
    cleaned: dict[str, Any] = {}
    for name, value in fields.items():
        if name == "title":
            value = checked_name(value)
        elif name == "description":
            value = checked_text(value)
        elif name == "owner":
            value = checked_line(value)
        elif name == "due_date":
            if value is not None and not isinstance(value, date):
                raise ValueError("due_date must be a date or None")
        elif name == "status":
            value = MeasureStatus(value)
        elif name == "cost":
            value = _number(value)
            if value is not None and value < 0:
                raise EditError("value_out_of_range", value=value, low=0, high="10^15")
        elif name == "quick_win":
            value = bool(value)
        elif name == "touchpoint_id":
            value = int(value)
        else:
            raise ValueError(f"not an editable measure field: {name}")
        cleaned[name] = value
    return cleaned


def add_measure(
    state: ProjectState, touchpoint_id: int, title: str, **fields: Any
) -> tuple[ChangeSet, int]:
    """A new measure for a touchpoint."""
    b = Builder(state)
    b.require(Touchpoint, touchpoint_id)
    values = _clean_measure({"title": title, **fields})
    measure_id = b.new_id(Measure)
    b.put(Measure(id=measure_id, touchpoint_id=touchpoint_id, **values))
    return b.build(), measure_id


def update_measure(state: ProjectState, measure_id: int, **fields: Any) -> ChangeSet:
    """Change fields of a measure."""
    b = Builder(state)
    measure = b.update(Measure, measure_id, **_clean_measure(fields))
    b.require(Touchpoint, measure.touchpoint_id)
    return b.build()


def delete_measures(state: ProjectState, measure_ids: Iterable[int]) -> ChangeSet:
    """Remove measures."""
    b = Builder(state)
    for measure_id in measure_ids:
        b.require(Measure, measure_id)
        b.delete(Measure, measure_id)
    return b.build()


def _clean_kpi(fields: dict[str, Any]) -> dict[str, Any]:
    cleaned: dict[str, Any] = {}
    for name, value in fields.items():
        if name == "name":
            value = checked_name(value)
        elif name == "unit":
            value = checked_line(value)
        elif name == "target":
            value = _number(value)
        elif name == "direction":
            value = Direction(value)
        elif name == "frequency":
            value = Frequency(value)
        else:
            raise ValueError(f"not an editable KPI field: {name}")
        cleaned[name] = value
    return cleaned


def add_kpi(
    state: ProjectState, touchpoint_id: int, name: str, **fields: Any
) -> tuple[ChangeSet, int]:
    """A new KPI for a touchpoint."""
    b = Builder(state)
    b.require(Touchpoint, touchpoint_id)
    kpi_id = b.new_id(Kpi)
    b.put(Kpi(id=kpi_id, touchpoint_id=touchpoint_id, **_clean_kpi({"name": name, **fields})))
    return b.build(), kpi_id


def update_kpi(state: ProjectState, kpi_id: int, **fields: Any) -> ChangeSet:
    """Change fields of a KPI."""
    b = Builder(state)
    b.update(Kpi, kpi_id, **_clean_kpi(fields))
    return b.build()


def delete_kpis(state: ProjectState, kpi_ids: Iterable[int]) -> ChangeSet:
    """Remove KPIs with their measurements."""
    b = Builder(state)
    for kpi_id in kpi_ids:
        b.require(Kpi, kpi_id)
        b.delete_all(state.children(Measurement, kpi_id))
        b.delete(Kpi, kpi_id)
    return b.build()


def add_measurements(
    state: ProjectState, rows: Iterable[tuple[int, date, float, str]]
) -> tuple[ChangeSet, list[int]]:
    """Add measurements given as (kpi id, date, value, note)."""
    b = Builder(state)
    ids: list[int] = []
    for kpi_id, when, value, note in rows:
        b.require(Kpi, kpi_id)
        if not isinstance(when, date):
            raise ValueError("a measurement needs a date")
        number = _number(value, allow_none=False)
        assert number is not None
        measurement_id = b.new_id(Measurement)
        b.put(Measurement(measurement_id, kpi_id, when, number, checked_text(note)))
        ids.append(measurement_id)
    return b.build(), ids


def update_measurement(state: ProjectState, measurement_id: int, **fields: Any) -> ChangeSet:
    """Change the date, value or note of a measurement."""
    values: dict[str, Any] = {}
    for name, value in fields.items():
        if name == "date":
            if not isinstance(value, date):
                raise ValueError("a measurement needs a date")
        elif name == "value":
            value = _number(value, allow_none=False)
        elif name == "note":
            value = checked_text(value)
        else:
            raise ValueError(f"not an editable measurement field: {name}")
        values[name] = value
    b = Builder(state)
    b.update(Measurement, measurement_id, **values)
    return b.build()


def delete_measurements(state: ProjectState, measurement_ids: Iterable[int]) -> ChangeSet:
    """Remove measurements."""
    b = Builder(state)
    for measurement_id in measurement_ids:
        b.require(Measurement, measurement_id)
        b.delete(Measurement, measurement_id)
    return b.build()


def close_round(
    state: ProjectState, name: str, when: date, note: str = ""
) -> tuple[ChangeSet, int]:
    """Store a named, dated snapshot of every touchpoint's scores and weighted scores."""
    b = Builder(state)
    round_id = b.new_id(AssessmentRound)
    b.put(AssessmentRound(round_id, checked_name(name), when, checked_text(note)))
    criteria = state.criteria
    for criterion in criteria:
        b.put(
            RoundCriterion(
                round_id,
                criterion.id,
                criterion.name,
                criterion.weight,
                criterion.scale_min,
                criterion.scale_max,
                criterion.uuid,
            )
        )
    for touchpoint in state.touchpoints.values():
        scores = state.scores_of(touchpoint.id)
        figures = scoring.metrics(criteria, scores)
        department = state.get(Department, touchpoint.department_id)
        b.put(
            RoundTouchpoint(
                round_id,
                touchpoint.id,
                touchpoint.name,
                touchpoint.department_id,
                department.name if department else "",
                figures.as_is,
                figures.target,
                touchpoint.uuid,
            )
        )
        for score in scores.values():
            b.put(
                RoundScore(round_id, touchpoint.id, score.criterion_id, score.as_is, score.target)
            )
    return b.build(), round_id


def delete_round(state: ProjectState, round_id: int) -> ChangeSet:
    """Remove an assessment round and its snapshot."""
    b = Builder(state)
    b.require(AssessmentRound, round_id)
    b.delete_all(state.children(RoundScore, round_id))
    b.delete_all(state.children(RoundCriterion, round_id))
    b.delete_all(state.children(RoundTouchpoint, round_id))
    b.delete(AssessmentRound, round_id)
    return b.build()

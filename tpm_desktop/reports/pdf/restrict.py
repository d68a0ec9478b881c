"""A project cut down to one department, for the department report."""

from __future__ import annotations

from tpm_desktop.core.model import (
    AssessmentRound,
    Channel,
    Combination,
    Comment,
    Criterion,
    Department,
    Evidence,
    Kpi,
    Measure,
    Measurement,
    Phase,
    Project,
    Record,
    RoundCriterion,
    RoundScore,
    RoundTouchpoint,
    Score,
    Segment,
    SegmentScore,
    Setting,
    TouchpointSegment,
    WorkshopRating,
)
from tpm_desktop.core.state import ProjectState

_SHARED = (Project, Setting, Channel, Phase, Criterion, AssessmentRound, RoundCriterion, Segment)
_BY_TOUCHPOINT = (
    Score,
    Measure,
    Kpi,
    WorkshopRating,
    TouchpointSegment,
    SegmentScore,
    Comment,
    Evidence,
)


def restrict_to_department(state: ProjectState, department_id: int) -> ProjectState:
    """The records that concern one department: its lane, touchpoints and their data.

    Channels, phases, criteria and rounds stay, so the map and the comparison keep
    their frame; round snapshots keep only this department's touchpoints.
    """
    records: list[Record] = []
    for kind in _SHARED:
        records.extend(state.table(kind).values())
    department = state.get(Department, department_id)
    if department is not None:
        records.append(department)
    ids = {tp.id for tp in state.touchpoints.values() if tp.department_id == department_id}
    records.extend(state.touchpoints[i] for i in sorted(ids))
    for kind in _BY_TOUCHPOINT:
        for touchpoint_id in ids:
            records.extend(state.children(kind, touchpoint_id))
    kpi_ids = [k.id for touchpoint_id in ids for k in state.children(Kpi, touchpoint_id)]
    for kpi_id in kpi_ids:
        records.extend(state.children(Measurement, kpi_id))
    records.extend(
        c
        for c in state.table(Combination).values()
        if c.touchpoint_id in ids and c.partner_id in ids
    )
    records.extend(
        s
        for s in state.table(RoundTouchpoint).values()
        if s.department_id == department_id or (s.department_id is None and s.touchpoint_id in ids)
    )
    records.extend(s for s in state.table(RoundScore).values() if s.touchpoint_id in ids)
    return ProjectState(records)

"""The sample project: a regional energy supplier, in German or English.

The content lives in `sample_data`; this module turns it into records. Dates are
relative to the day the sample is made, so its measures and KPIs always look
current. Historic assessment rounds are derived deterministically from today's
scores (lower by the round's shift, with fixed pseudo-random noise).
"""

from __future__ import annotations

import json
import random
from datetime import date, timedelta

from tpm_desktop.core import sample_data as data
from tpm_desktop.core import scoring
from tpm_desktop.core.defaults import new_project_state
from tpm_desktop.core.edits.builder import Builder
from tpm_desktop.core.edits.lanes import add_lane_to
from tpm_desktop.core.edits.touchpoints import add_touchpoint_to
from tpm_desktop.core.enums import Dimension, Direction, Frequency, MeasureStatus
from tpm_desktop.core.model import (
    AssessmentRound,
    Combination,
    Criterion,
    Kpi,
    Measure,
    Measurement,
    Project,
    RoundCriterion,
    RoundScore,
    RoundTouchpoint,
    Score,
)
from tpm_desktop.core.paths import resources_dir
from tpm_desktop.core.sample_segments import add_segments
from tpm_desktop.core.state import ProjectState

_SEED = 20130108  # fixed: the sample is the same every time it is made


def sample_state(
    language: str = "de", *, name: str | None = None, today: date | None = None
) -> ProjectState:
    """A complete sample project in `language` ("de" or "en")."""
    language = language if language in ("de", "en") else "en"
    today = today or date.today()
    state = new_project_state(name or data.COMPANY["name"][language], language, starter_lanes=False)
    b = Builder(state)
    b.update(
        Project,
        1,
        client=data.COMPANY["client"],
        author=data.COMPANY["author"],
        description=data.COMPANY["description"][language],
        total_budget=float(data.TOTAL_BUDGET),
    )
    departments = {
        d["key"]: add_lane_to(
            b,
            Dimension.DEPARTMENT,
            d["name"][language],
            color=d["color"],
            contact_person=d["contact"],
            contact_email=d.get("email", ""),
        )
        for d in data.DEPARTMENTS
    }
    channels = {
        c["key"]: add_lane_to(
            b, Dimension.CHANNEL, c["name"][language], color=c["color"], kind=c["kind"]
        )
        for c in data.CHANNELS
    }
    phases = {
        key: lane.id for key, lane in zip(data.PHASES, state.lanes(Dimension.PHASE), strict=True)
    }
    criteria = state.criteria

    touchpoints: dict[str, int] = {}
    relevance = _relevance()
    for entry in data.TOUCHPOINTS:
        touchpoint_id = add_touchpoint_to(
            b,
            entry["name"][language],
            departments[entry["department"]],
            channels[entry["channel"]],
            phases[entry["phase"]],
            description=entry["description"][language],
            media_type=entry["media"],
            responsible=entry["responsible"],
            as_is=entry["as_is"][language],
            target=entry["target"][language],
            experience=entry["experience"],
            decision=entry["decision"],
            is_super=entry["super"],
            budget=entry["budget"],
            relevance=relevance.get(entry["key"]),
        )
        touchpoints[entry["key"]] = touchpoint_id
        _put_scores(b, touchpoint_id, criteria, entry.get("scores"), entry.get("targets"))
    for entry in data.TOUCHPOINTS:
        for partner in entry.get("combine_with", ()):
            b.put(Combination(touchpoints[entry["key"]], touchpoints[partner]))

    for entry in data.MEASURES:
        b.put(
            Measure(
                id=b.new_id(Measure),
                touchpoint_id=touchpoints[entry["touchpoint"]],
                title=entry["title"][language],
                description=entry["description"][language],
                owner=entry["owner"],
                due_date=today + timedelta(days=entry["due_in_days"]),
                status=MeasureStatus(entry["status"]),
                cost=entry["cost"],
                quick_win=entry["quick_win"],
            )
        )

    for entry in data.KPIS:
        kpi = Kpi(
            id=b.new_id(Kpi),
            touchpoint_id=touchpoints[entry["touchpoint"]],
            name=entry["name"][language],
            unit=entry["unit"],
            target=entry["target"],
            direction=Direction(entry["direction"]),
            frequency=Frequency(entry["frequency"]),
        )
        b.put(kpi)
        values = entry["values"]
        # A year of monthly values, the latest on the first of this month.
        for months_ago, value in zip(range(len(values) - 1, -1, -1), values, strict=True):
            b.put(
                Measurement(
                    id=b.new_id(Measurement),
                    kpi_id=kpi.id,
                    date=_months_before(today, months_ago),
                    value=float(value),
                )
            )

    state.apply(b.build())
    _add_rounds(state, language, today)
    add_segments(state, touchpoints, language, today)
    return state


def _put_scores(
    b: Builder,
    touchpoint_id: int,
    criteria: list[Criterion],
    as_is: tuple[int | None, ...] | None,
    targets: tuple[int | None, ...] | None,
) -> None:
    as_is = as_is or (None,) * len(criteria)
    targets = targets or (None,) * len(criteria)
    for criterion, current, target in zip(criteria, as_is, targets, strict=False):
        if current is None and target is None:
            continue
        b.put(
            Score(
                touchpoint_id,
                criterion.id,
                None if current is None else float(current),
                None if target is None else float(target),
            )
        )


def _months_before(today: date, months: int) -> date:
    month_index = today.year * 12 + (today.month - 1) - months
    return date(month_index // 12, month_index % 12 + 1, 1)


def _add_rounds(state: ProjectState, language: str, today: date) -> None:
    """Historic rounds: the scores as they were, lower by the round's shift."""
    rng = random.Random(_SEED)
    b = Builder(state)
    criteria = state.criteria
    department_names = {d.id: d.name for d in state.lanes(Dimension.DEPARTMENT)}
    for entry in data.ROUNDS:
        round_id = b.new_id(AssessmentRound)
        b.put(
            AssessmentRound(
                round_id, entry["name"][language], today - timedelta(days=entry["days_ago"])
            )
        )
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
        for touchpoint in sorted(state.touchpoints.values(), key=lambda tp: tp.id):
            then: dict[int, Score] = {}
            for criterion_id, score in sorted(state.scores_of(touchpoint.id).items()):
                value = score.as_is
                if value is not None:
                    drift = entry["shift"] + rng.choice((-1, 0, 0, 0, 1)) * 0.5
                    value = float(min(5, max(1, round(value + drift))))
                then[criterion_id] = Score(touchpoint.id, criterion_id, value, score.target)
                b.put(RoundScore(round_id, touchpoint.id, criterion_id, value, score.target))
            figures = scoring.metrics(criteria, then)
            b.put(
                RoundTouchpoint(
                    round_id,
                    touchpoint.id,
                    touchpoint.name,
                    touchpoint.department_id,
                    department_names.get(touchpoint.department_id, ""),
                    figures.as_is,
                    figures.target,
                    touchpoint.uuid,
                )
            )
    state.apply(b.build())


def _relevance() -> dict[str, float]:
    """The sample's relevance per touchpoint key, as its project team judged it."""
    path = resources_dir() / "sample" / "relevance.json"
    stored = json.loads(path.read_text(encoding="utf-8"))
    return {key: float(value) for key, value in stored.items() if not key.startswith("_")}

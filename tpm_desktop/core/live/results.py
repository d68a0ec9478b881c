"""From the project to a round, and from a closed round back into the project.

`round_spec` describes the chosen touchpoints and scales as the phones show them.
`result_changes` is the one change set that takes a round's ballots into the
project: each value becomes a workshop rating of its participant (group and batch
are the round's name, so the Results dialog and ranking read them like an imported
table; an experience value is a rating without a criterion) and, when asked, each
rated as-is score and experience becomes the mean rounded to the scale. The UI
pushes it through the editor: one undo step.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Iterable

from tpm_desktop.core.changes import ChangeSet
from tpm_desktop.core.edits.builder import Builder
from tpm_desktop.core.live.round import (
    EXPERIENCE_HIGH,
    EXPERIENCE_KEY,
    EXPERIENCE_LOW,
    LiveRound,
    RoundScale,
    RoundSpec,
    RoundTouchpoint,
    criterion_key,
)
from tpm_desktop.core.model import Criterion, Phase, Score, Touchpoint, WorkshopRating
from tpm_desktop.core.ranking import map_order
from tpm_desktop.core.state import ProjectState
from tpm_desktop.core.text import MAX_NAME_LENGTH, clean_line

SPREAD_DIGITS = 3


def round_spec(
    state: ProjectState,
    touchpoint_ids: Iterable[int],
    criterion_ids: Iterable[int],
    experience: bool,
    *,
    name: str,
    experience_label: str,
    named: bool = False,
    minutes: int | None = None,
) -> RoundSpec:
    """A round over some touchpoints (in map order) and scales; ValueError if empty."""
    wanted = set(touchpoint_ids)
    phases = {p.id: p.name for p in state.table(Phase).values()}
    touchpoints = tuple(
        RoundTouchpoint(t.id, t.code, t.name, t.description, phases.get(t.phase_id, ""))
        for t in (state.touchpoints[i] for i in map_order(state) if i in wanted)
    )
    chosen = set(criterion_ids)
    scales = [
        RoundScale(criterion_key(c.id), c.name, c.scale_min, c.scale_max, c.id, c.description)
        for c in state.criteria
        if c.id in chosen
    ]
    if experience:
        scales.append(RoundScale(EXPERIENCE_KEY, experience_label, EXPERIENCE_LOW, EXPERIENCE_HIGH))
    if not touchpoints or not scales:
        raise ValueError("a round needs at least one touchpoint and one scale")
    return RoundSpec(
        name=clean_line(name)[:MAX_NAME_LENGTH] or "Workshop",
        touchpoints=touchpoints,
        scales=tuple(scales),
        named=named,
        minutes=minutes,
        project_uuid=state.project.uuid,
    )


def rounded(mean: float, low: int, high: int) -> int:
    """A mean rounded half up to a whole step of its scale (2.5 -> 3, -0.5 -> 0)."""
    return max(low, min(high, math.floor(mean + 0.5)))


def result_changes(state: ProjectState, live: LiveRound, as_is: bool) -> ChangeSet:
    """The ratings of a round (and optionally its rounded means as as-is values)."""
    b = Builder(state)
    names = live.participants()
    scales = {s.key: s for s in live.spec.scales}
    batch = live.spec.name
    for ballot in live.ballots():
        if b.get(Touchpoint, ballot.touchpoint_id) is None:
            continue  # deleted in the project while the round ran
        for key, value in ballot.values:
            criterion_id = scales[key].criterion_id
            if criterion_id is not None and b.get(Criterion, criterion_id) is None:
                continue  # the criterion was deleted in the project while the round ran
            b.put(
                WorkshopRating(
                    id=b.new_id(WorkshopRating),
                    touchpoint_id=ballot.touchpoint_id,
                    criterion_id=criterion_id,
                    participant=names.get(ballot.device, "P"),
                    value=float(value),
                    group_name=batch,
                    batch=batch,
                )
            )
    if as_is:
        for (touchpoint_id, key), summary in live.summaries().items():
            touchpoint = b.get(Touchpoint, touchpoint_id)
            if touchpoint is None:
                continue
            scale = scales[key]
            value = rounded(summary.mean, scale.low, scale.high)
            if scale.criterion_id is None:
                b.put(dataclasses.replace(touchpoint, experience=value))
                continue
            criterion = b.get(Criterion, scale.criterion_id)
            if criterion is None:
                continue
            # The project's scale may have changed meanwhile: the value stays on it.
            value = max(criterion.scale_min, min(criterion.scale_max, value))
            pair = (touchpoint_id, scale.criterion_id)
            score = b.get(Score, pair) or Score(touchpoint_id, scale.criterion_id)
            b.put(
                dataclasses.replace(
                    score,
                    as_is=float(value),
                    as_is_spread=round(summary.spread, SPREAD_DIGITS),
                    as_is_count=summary.count,
                )
            )
    return b.build()

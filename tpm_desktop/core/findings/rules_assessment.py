"""Findings from the assessment: where the gaps gather, moments of truth, journey phases.

Importance: each rule starts from a base that says how much the method weighs it
(moments of truth highest) and adds for how much of the project it concerns.
"""

from __future__ import annotations

from collections import Counter
from statistics import fmean

from tpm_desktop.core.enums import Decision, Dimension
from tpm_desktop.core.findings.effect import recommend
from tpm_desktop.core.findings.facts import Facts
from tpm_desktop.core.findings.model import Finding, Score, Share
from tpm_desktop.core.model import Phase

TOP_GAPS = 10  # "the 10 largest gaps", as the summary page lists them
MIN_GAPS = 5  # fewer gaps than this say nothing about where they gather
MIN_CLUSTER = 3  # a department holding this many of the top gaps (executive report)
MIN_CLUSTER_DEPARTMENT = 2  # ... or, in its own report, this many
FAIR_SHARE = 1.2  # ... and at least this times its even share of them
BELOW_TARGET = 0.1  # of the scale's span: a gap this large is "below target"
MAX_FOCUS = 3  # touchpoints a phase finding proposes to focus on
MIN_PHASE = 3  # touchpoints with an experience a phase needs to be compared


def _focus_candidates(facts: Facts, ids: list[int]) -> list[int]:
    """Those of `ids` still on "keep": the ones a focus decision would change."""
    touchpoints = facts.state.touchpoints
    return [t for t in ids if touchpoints[t].decision is Decision.KEEP]


def _focused(facts: Facts, ids: list[int]) -> int:
    touchpoints = facts.state.touchpoints
    return sum(1 for t in ids if touchpoints[t].decision is Decision.FOCUS)


def gap_concentration(facts: Facts) -> Finding | None:
    """One department holds several of the project's largest gaps."""
    touchpoints = facts.state.touchpoints
    gapped = [t for t in facts.ranked if (facts.metrics[t].gap or 0.0) > 0]
    gapped.sort(key=lambda t: -(facts.metrics[t].gap or 0.0))  # stable: rank breaks ties
    top = gapped[:TOP_GAPS]
    if len(top) < MIN_GAPS:
        return None
    counts = Counter(touchpoints[t].department_id for t in top)
    if facts.department is None:
        # most gaps first; a tie goes to the department whose gaps are larger
        department_id = max(
            counts,
            key=lambda d: (
                counts[d],
                sum(facts.metrics[t].gap or 0 for t in top if touchpoints[t].department_id == d),
            ),
        )
        least = MIN_CLUSTER
    else:
        department_id, least = facts.department.id, MIN_CLUSTER_DEPARTMENT
    mine = [t for t in top if touchpoints[t].department_id == department_id]
    used = len({tp.department_id for tp in touchpoints.values()})
    if len(mine) < max(least, FAIR_SHARE * len(top) / used):
        return None
    disappointing = [t for t in mine if (touchpoints[t].experience or 0) < 0]
    department = facts.state.lanes(Dimension.DEPARTMENT)
    name = next((d.name for d in department if d.id == department_id), "")
    return Finding(
        "gap_concentration",
        60 + 4 * len(mine) + 2 * len(disappointing),
        {
            "department": name,
            "count": len(mine),
            "top_count": len(top),
            "disappointing_count": len(disappointing),
            "focused": _focused(facts, mine),
        },
        tuple(mine),
        recommend(facts.state, _focus_candidates(facts, mine), Decision.FOCUS, facts.proposal),
    )


def super_below_target(facts: Facts) -> Finding | None:
    """Super-touchpoints (the moments of truth) fall short of their target."""
    span = facts.scale.maximum - facts.scale.minimum
    supers = [t for t in facts.ranked if facts.state.touchpoints[t].is_super]  # rated ones only
    supers = [t for t in supers if facts.in_scope(facts.state.touchpoints[t])]
    below = [t for t in supers if (facts.metrics[t].gap or 0.0) >= BELOW_TARGET * span]
    if not below:
        return None
    worst = max(below, key=lambda t: facts.metrics[t].gap or 0.0)
    m = facts.metrics[worst]
    return Finding(
        "super_below_target",
        70 + 20 * len(below) / len(supers),
        {
            "count": len(below),
            "super_count": len(supers),
            "worst": facts.state.touchpoints[worst].name,
            "worst_as_is": Score(m.as_is or 0.0),
            "worst_target": Score(m.target or 0.0),
            "focused": _focused(facts, below),
        },
        tuple(below),
        recommend(facts.state, _focus_candidates(facts, below), Decision.FOCUS, facts.proposal),
    )


def worst_phase(facts: Facts) -> Finding | None:
    """The journey phase in which customers are disappointed most often."""
    by_phase: dict[int, list[int]] = {}
    for tp in facts.scoped:
        if tp.experience is not None:
            by_phase.setdefault(tp.phase_id, []).append(tp.id)
    touchpoints = facts.state.touchpoints
    compared = {p: ids for p, ids in by_phase.items() if len(ids) >= MIN_PHASE}
    if len(compared) < 2:
        return None

    def negative(ids: list[int]) -> list[int]:
        return [t for t in ids if (touchpoints[t].experience or 0) < 0]

    shares = {p: len(negative(ids)) / len(ids) for p, ids in compared.items()}
    worst = max(shares, key=lambda p: (shares[p], len(negative(compared[p]))))
    others = [t for p, ids in compared.items() if p != worst for t in ids]
    other_share = len(negative(others)) / len(others)
    bad = negative(compared[worst])
    if len(bad) < 2 or shares[worst] <= other_share:
        return None
    phase = facts.state.get(Phase, worst)
    in_phase = [tp.id for tp in facts.scoped if tp.phase_id == worst]
    as_is = [facts.metrics[t].as_is for t in in_phase if facts.metrics[t].as_is is not None]
    target = [facts.metrics[t].target for t in in_phase if facts.metrics[t].target is not None]
    focus = _focus_candidates(facts, facts.by_priority(bad))[:MAX_FOCUS]
    return Finding(
        "worst_phase",
        55 + 30 * shares[worst],
        {
            "phase": phase.name if phase else "",
            "count": len(bad),
            "total": len(compared[worst]),
            "share": Share(shares[worst]),
            "other_share": Share(other_share),
            "focused": _focused(facts, bad),
            **({"as_is": Score(fmean(as_is))} if as_is else {}),
            **({"target": Score(fmean(target))} if target else {}),
        },
        tuple(facts.by_priority(bad)),
        recommend(facts.state, focus, Decision.FOCUS, facts.proposal),
    )


RULES = (gap_concentration, super_below_target, worst_phase)

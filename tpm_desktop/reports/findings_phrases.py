"""The computed wording of each finding in the report's language (catalogue keys `fd_*`).

One function per rule key turns a finding's numbers into headline, detail and
recommendation; the catalogue holds the sentences, these functions pick the
right one for the numbers (one or several, all or some) and fill it in.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from tpm_desktop.core.enums import Decision
from tpm_desktop.core.findings import Finding
from tpm_desktop.core.model import Measure
from tpm_desktop.core.ranking import all_metrics
from tpm_desktop.core.state import ProjectState
from tpm_desktop.reports.pdf.safe import line
from tpm_desktop.reports.pdf.texts import MINUS, Texts

MAX_NAMES = 3  # named in a sentence; the rest are counted
NAME_LIMIT = 60

Phrase = tuple[str, str, str]  # headline, detail, recommendation


class Phrasing:
    """What the phrase functions need: the texts, the project and its currency."""

    def __init__(self, texts: Texts, state: ProjectState) -> None:
        self.t = texts
        self.state = state
        self.currency = state.project.currency

    def n(self, key: str, count: int, **params: object) -> str:
        """The `_one` or `_other` form of a text for `count`."""
        suffix = "one" if count == 1 else "other"
        return self.t(f"{key}_{suffix}", count=self.t.integer(count), **params)

    def share(self, key: str, count: int, total: int) -> str:
        """A headline for `count` of `total` things: `_only` for the one there is, `_both` for
        two of two, `_all` for every one, else the `_one`/`_other` form."""
        if total == 1:
            return self.t(f"{key}_only")
        if count == total == 2:
            return self.t(f"{key}_both")
        if count == total:
            return self.t(f"{key}_all", count=self.t.integer(count), total=self.t.integer(total))
        return self.n(key, count, total=self.t.integer(total))

    def money(self, value: float) -> str:
        """An amount in the project's currency."""
        return self.t.money(value, self.currency)

    def signed_money(self, value: float) -> str:
        """A change of an amount with its sign (+3.152 € / −14.922 €)."""
        text = self.money(abs(value))
        return f"+{text}" if value >= 0.5 else f"{MINUS}{text}" if value <= -0.5 else text

    def listing(self, items: Sequence[str]) -> str:
        """ "A, B and C", or "A, B, C and 4 more" beyond MAX_NAMES."""
        # one more is named rather than counted: "and 1 more" reads worse than its name
        limit = len(items) if len(items) == MAX_NAMES + 1 else MAX_NAMES
        shown = list(items[:limit])
        if len(items) > limit:
            shown.append(self.t("fd_more", count=self.t.integer(len(items) - MAX_NAMES)))
        if len(shown) < 2:
            return "".join(shown)
        return self.t("fd_list_and", items=", ".join(shown[:-1]), last=shown[-1])

    def name(self, touchpoint_id: int) -> str:
        """A touchpoint as a sentence names it: its name and short id."""
        tp = self.state.touchpoints.get(touchpoint_id)
        if tp is None:
            return ""
        name = line(tp.name, NAME_LIMIT)
        return f"{name} ({tp.code})" if tp.code else name

    def names(self, ids: Sequence[int]) -> str:
        """Touchpoints named in a sentence."""
        return self.listing([self.name(t) for t in ids])

    def decide(self, finding: Finding) -> str:
        """The recommended decision with its effect on the budget proposal."""
        rec = finding.recommendation
        if rec is None or rec.decision is None or not rec.touchpoint_ids:
            return ""
        before, after = rec.budget_before or 0.0, rec.budget_after or 0.0
        planned = self.money(rec.planned or 0.0)
        if abs(after - before) < 0.5:
            effect = self.t("fd_effect_same", after=self.money(after), planned=planned)
        else:
            effect = self.n(
                "fd_effect",
                len(rec.touchpoint_ids),
                after=self.money(after),
                before=self.money(before),
                change=self.signed_money(after - before),
                planned=planned,
            )
        decision = self.t.decision(rec.decision)
        if set(rec.touchpoint_ids) == set(finding.touchpoint_ids):  # named in the detail
            return self.t("fd_decide_all", decision=decision, effect=effect)
        names = self.names(rec.touchpoint_ids)
        return self.t("fd_decide", decision=decision, names=names, effect=effect)

    def focus_or_done(self, finding: Finding) -> str:
        """Focus on those still on "keep"; else say that they are focused already."""
        text = self.decide(finding)
        focused = int(finding.numbers.get("focused", 0))
        if text:
            return f"{self.n('fd_already_focus', focused)} {text}" if focused else text
        if focused == len(finding.touchpoint_ids):
            return self.t("fd_all_focus_two") if focused == 2 else self.n("fd_all_focus", focused)
        return self.n("fd_already_focus", focused) if focused else ""


def _gap(p: Phrasing, f: Finding) -> Phrase:
    x, t = f.numbers, p.t
    head = t(
        "fd_gap_head",
        department=line(x["department"], NAME_LIMIT),
        count=t.integer(x["count"]),
        top=t.integer(x["top_count"]),
    )
    bad = int(x["disappointing_count"])
    if bad and bad == int(x["count"]):
        head = t("fd_gap_head_bad_both" if bad == 2 else "fd_gap_head_bad_all", head=head)
    elif bad:
        head = p.n("fd_gap_head_bad", bad, head=head, bad=t.integer(bad))
    metrics = all_metrics(p.state, f.touchpoint_ids)
    items = [
        t("fd_gap_item", name=p.name(tid), gap=t.gap(metrics[tid].as_is, metrics[tid].target))
        for tid in f.touchpoint_ids
    ]
    return head, t("fd_gap_detail", names=p.listing(items)), p.focus_or_done(f)


def _super(p: Phrasing, f: Finding) -> Phrase:
    x, t = f.numbers, p.t
    count, total = int(x["count"]), int(x["super_count"])
    head = p.share("fd_super_head", count, total)
    detail = t(
        "fd_super_detail",
        worst=line(x["worst"], NAME_LIMIT),
        as_is=t.score(float(x["worst_as_is"])),
        target=t.score(float(x["worst_target"])),
    )
    return head, detail, p.focus_or_done(f)


def _phase(p: Phrasing, f: Finding) -> Phrase:
    x, t = f.numbers, p.t
    head = t(
        "fd_phase_head",
        phase=line(x["phase"], NAME_LIMIT),
        count=t.integer(x["count"]),
        total=t.integer(x["total"]),
        share=t.percent(float(x["share"])),
    )
    detail = t(
        "fd_phase_detail",
        other=t.percent(float(x["other_share"])),
        as_is=t.score(_float(x.get("as_is"))),
        target=t.score(_float(x.get("target"))),
        names=p.names(f.touchpoint_ids),
    )
    return head, detail, p.focus_or_done(f)


def _float(value: object) -> float | None:
    return float(value) if isinstance(value, int | float) else None


def _unallocated(p: Phrasing, f: Finding) -> Phrase:
    x, t = f.numbers, p.t
    head = t(
        "fd_unallocated_head",
        amount=p.money(float(x["amount"])),
        share=t.percent(float(x["share"])),
        total=p.money(float(x["total"])),
    )
    detail = t("fd_unallocated_detail", bottom=t.percent(float(x["bottom_share"])))
    rec = f.recommendation
    action = ""
    if rec is not None and rec.budget_before is not None and rec.budget_after is not None:
        action = t(
            "fd_distribute",
            after=p.money(rec.budget_after),
            before=p.money(rec.budget_before),
            change=p.signed_money(rec.budget_after - rec.budget_before),
        )
    return head, detail, action


def _overspent(p: Phrasing, f: Finding) -> Phrase:
    x, t = f.numbers, p.t
    head = t(
        "fd_overspent_head",
        total=p.money(float(x["total"])),
        amount=p.money(float(x["amount"])),
        share=t.percent(float(x["share"])),
    )
    return head, t("fd_overspent_detail"), t("fd_overspent_action")


def _low(p: Phrasing, f: Finding) -> Phrase:
    x, t = f.numbers, p.t
    head = t(
        "fd_low_head",
        count=t.integer(x["count"]),
        amount=p.money(float(x["amount"])),
        share=t.percent(float(x["share"])),
    )
    return head, t("fd_low_detail", names=p.names(f.touchpoint_ids)), p.decide(f)


def _removed(p: Phrasing, f: Finding) -> Phrase:
    x, t = f.numbers, p.t
    amount = p.money(float(x["amount"]))
    head = p.n("fd_removed_head", int(x["count"]), amount=amount)
    action = t("fd_removed_action", decision=t.decision(Decision.REMOVE), amount=amount)
    return head, t("fd_removed_detail", names=p.names(f.touchpoint_ids)), action


def _added(p: Phrasing, f: Finding) -> Phrase:
    x, t = f.numbers, p.t
    head = p.n("fd_added_head", int(x["count"]))
    reserve = float(x["reserve"])
    decision = t.decision(Decision.ADD)
    action = (
        t("fd_added_action", decision=decision, amount=p.money(reserve))
        if reserve >= 0.5
        else t("fd_added_action_none", decision=decision)
    )
    return head, t("fd_added_detail", names=p.names(f.touchpoint_ids)), action


def _measure_items(p: Phrasing, f: Finding) -> str:
    items = []
    for mid in f.measure_ids:
        measure = p.state.get(Measure, mid)
        if measure is not None:
            title = line(measure.title, NAME_LIMIT)
            items.append(p.t("fd_due_item", title=title, date=p.t.date(measure.due_date)))
    return p.listing(items)


def _quick(p: Phrasing, f: Finding) -> Phrase:
    x, t = f.numbers, p.t
    count = int(x["count"])
    head = p.n("fd_quick_head", count, days=t.integer(x["days"]))
    detail = p.n(
        "fd_quick_detail", count, cost=p.money(float(x["cost"])), names=_measure_items(p, f)
    )
    return head, detail, t("fd_quick_action")


def _overdue(p: Phrasing, f: Finding) -> Phrase:
    x, t = f.numbers, p.t
    count = int(x["count"])
    head = p.n("fd_overdue_head", count, days=p.n("fd_days", int(x["days"])))
    detail = t("fd_overdue_detail", names=_measure_items(p, f), cost=p.money(float(x["cost"])))
    supers = int(x["super_count"])
    if supers:
        it = count == 1
        detail = f"{detail} {t('fd_overdue_super_it') if it else p.n('fd_overdue_super', supers)}"
    return head, detail, t("fd_overdue_action_super" if supers else "fd_overdue_action")


def _kpis(p: Phrasing, f: Finding) -> Phrase:
    x, t = f.numbers, p.t
    count, total = int(x["count"]), int(x["total"])
    head = p.share("fd_kpi_head", count, total)
    detail = t("fd_kpi_detail", names=p.names(f.touchpoint_ids))
    worse = int(x["worsening"])
    if worse:
        detail = f"{p.n('fd_kpi_worse', worse)} {detail}"
    one = len(f.touchpoint_ids) == 1
    return head, detail, t("fd_kpi_action_one" if one else "fd_kpi_action")


PHRASES: dict[str, Callable[[Phrasing, Finding], Phrase]] = {
    "gap_concentration": _gap,
    "super_below_target": _super,
    "worst_phase": _phase,
    "budget_unallocated": _unallocated,
    "budget_overspent": _overspent,
    "low_priority_budget": _low,
    "removed_with_budget": _removed,
    "added_without_budget": _added,
    "quick_wins_due": _quick,
    "overdue_measures": _overdue,
    "kpis_off_target": _kpis,
}


def phrase(texts: Texts, state: ProjectState, finding: Finding) -> Phrase:
    """Headline, detail and recommendation of a finding as computed."""
    return PHRASES[finding.key](Phrasing(texts, state), finding)

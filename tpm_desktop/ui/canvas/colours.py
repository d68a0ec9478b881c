"""Colour modes of the map: which colour a card gets, and the legend that explains it.

Colours are hex strings computed from the state; the items only paint them.
The scales are colour-blind friendly (ColorBrewer), and every mode has a colour
for "not rated" so that a missing value never looks like a low one.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QCoreApplication, QLocale

from tpm_desktop.core import ranking, scoring, vocabulary
from tpm_desktop.core.enums import Decision, Dimension
from tpm_desktop.core.model import Criterion, Touchpoint
from tpm_desktop.core.monitoring import Trend, touchpoint_trend
from tpm_desktop.core.state import LANE_FIELDS, LANE_TYPES, ProjectState
from tpm_desktop.ui.i18n import interface_language

NOT_RATED = "#c9ced6"


class ColourMode(StrEnum):
    """What the colour of a card shows."""

    DEPARTMENT = "department"
    CHANNEL = "channel"
    PRIORITY = "priority"
    EXPERIENCE = "experience"
    DECISION = "decision"
    GAP = "gap"
    TREND = "trend"


def mode_title(mode: ColourMode) -> str:
    """The mode's name for menus and the legend."""
    titles = {
        ColourMode.DEPARTMENT: QCoreApplication.translate("ColourMode", "Department"),
        ColourMode.CHANNEL: QCoreApplication.translate("ColourMode", "Channel"),
        ColourMode.PRIORITY: QCoreApplication.translate("ColourMode", "Priority index"),
        ColourMode.EXPERIENCE: QCoreApplication.translate("ColourMode", "Customer experience"),
        ColourMode.DECISION: QCoreApplication.translate("ColourMode", "Decision"),
        ColourMode.GAP: QCoreApplication.translate("ColourMode", "Gap (target − as-is)"),
        ColourMode.TREND: QCoreApplication.translate("ColourMode", "KPI trend"),
    }
    return titles[mode]


# Priority index 0..100 in five steps (YlOrRd): the hotter, the more important.
PRIORITY_STEPS = ("#ffffb2", "#fecc5c", "#fd8d3c", "#f03b20", "#bd0026")
# Experience -2..+2 (RdYlGn, with a neutral grey in the middle).
EXPERIENCE_COLOURS = {
    -2: "#d7301f",
    -1: "#fc8d59",
    0: "#b8bec7",
    1: "#91cf60",
    2: "#1a9850",
}
DECISION_COLOURS = {
    Decision.KEEP: "#8d99a6",
    Decision.FOCUS: "#2563eb",
    Decision.COMBINE: "#8b5cf6",
    Decision.NEGLECT: "#e0a100",
    Decision.REMOVE: "#dc2626",
    Decision.ADD: "#16a34a",
}
# Gap as a share of the scale's span (Blues): none, small ... large.
GAP_STEPS = ("#e8f1fa", "#bdd7e7", "#6baed6", "#3182bd", "#08519c")
GAP_LIMITS = (0.0, 0.125, 0.25, 0.5)
TREND_COLOURS = {
    Trend.IMPROVING: "#1a9850",
    Trend.STABLE: "#6b7f99",
    Trend.WORSENING: "#d7301f",
    Trend.NO_DATA: NOT_RATED,
}


def decision_label(decision: Decision) -> str:
    """The decision's name."""
    labels = {
        Decision.KEEP: QCoreApplication.translate("ColourMode", "Keep"),
        Decision.FOCUS: QCoreApplication.translate("ColourMode", "Focus"),
        Decision.COMBINE: QCoreApplication.translate("ColourMode", "Combine"),
        Decision.NEGLECT: QCoreApplication.translate("ColourMode", "Neglect"),
        Decision.REMOVE: QCoreApplication.translate("ColourMode", "Remove"),
        Decision.ADD: QCoreApplication.translate("ColourMode", "Add"),
    }
    return labels[decision]


def experience_label(value: int) -> str:
    """The experience rating's meaning."""
    # One wording with the notes panel and the printed report: core.vocabulary.
    sign = "+" if value > 0 else "−" if value < 0 else ""
    return f"{sign}{abs(value)} {vocabulary.experience_label(value, interface_language())}"


def trend_label(trend: Trend) -> str:
    """The trend's name."""
    labels = {
        Trend.IMPROVING: QCoreApplication.translate("ColourMode", "Improving"),
        Trend.STABLE: QCoreApplication.translate("ColourMode", "Stable"),
        Trend.WORSENING: QCoreApplication.translate("ColourMode", "Worsening"),
        Trend.NO_DATA: QCoreApplication.translate("ColourMode", "No KPI data"),
    }
    return labels[trend]


@dataclass(frozen=True, slots=True)
class LegendEntry:
    """One swatch of the legend."""

    colour: str
    label: str


class Colouring:
    """Computes card colours for one mode over one state (criteria read once)."""

    def __init__(self, state: ProjectState, mode: ColourMode) -> None:
        self.state = state
        self.mode = mode
        self._criteria: Sequence[Criterion] = state.criteria
        self._scale = scoring.reference_scale(self._criteria)
        self._lane_colours: dict[int, str] = {}
        if mode in (ColourMode.DEPARTMENT, ColourMode.CHANNEL):
            dimension = Dimension(mode.value)
            self._field = LANE_FIELDS[dimension]
            self._lane_colours = {
                lane.id: lane.color  # type: ignore[union-attr]
                for lane in state.table(LANE_TYPES[dimension]).values()
            }

    def colour(self, touchpoint: Touchpoint) -> str:
        """The colour of one card."""
        mode = self.mode
        if mode in (ColourMode.DEPARTMENT, ColourMode.CHANNEL):
            return self._lane_colours.get(getattr(touchpoint, self._field), NOT_RATED)
        if mode is ColourMode.DECISION:
            return DECISION_COLOURS[touchpoint.decision]
        if mode is ColourMode.EXPERIENCE:
            if touchpoint.experience is None:
                return NOT_RATED
            return EXPERIENCE_COLOURS.get(touchpoint.experience, NOT_RATED)
        if mode is ColourMode.TREND:
            return TREND_COLOURS[touchpoint_trend(self.state, touchpoint.id)]
        metrics = ranking.touchpoint_metrics(self.state, touchpoint.id)
        if mode is ColourMode.PRIORITY:
            if metrics.priority is None:
                return NOT_RATED
            step = min(int(metrics.priority // 20), len(PRIORITY_STEPS) - 1)
            return PRIORITY_STEPS[max(step, 0)]
        if metrics.gap is None:
            return NOT_RATED
        share = metrics.gap / max(self._scale.maximum - self._scale.minimum, 1e-9)
        step = sum(1 for limit in GAP_LIMITS if share > limit)
        return GAP_STEPS[step]

    def legend(self) -> list[LegendEntry]:
        """The legend of this mode (lanes in map order for the lane modes)."""
        mode = self.mode
        if mode in (ColourMode.DEPARTMENT, ColourMode.CHANNEL):
            return [
                LegendEntry(lane.color, lane.name)  # type: ignore[union-attr]
                for lane in self.state.lanes(Dimension(mode.value))
            ]
        if mode is ColourMode.DECISION:
            return [LegendEntry(DECISION_COLOURS[d], decision_label(d)) for d in Decision]
        if mode is ColourMode.EXPERIENCE:
            entries = [LegendEntry(EXPERIENCE_COLOURS[v], experience_label(v)) for v in (2, 1, 0)]
            entries += [LegendEntry(EXPERIENCE_COLOURS[v], experience_label(v)) for v in (-1, -2)]
            return [
                *entries,
                LegendEntry(NOT_RATED, QCoreApplication.translate("ColourMode", "Not rated")),
            ]
        if mode is ColourMode.TREND:
            return [LegendEntry(TREND_COLOURS[t], trend_label(t)) for t in Trend]
        if mode is ColourMode.PRIORITY:
            # Half-open, as the PDF's legend: 20 is in one band, not two.
            bands = ("≥ 80", "60 – < 80", "40 – < 60", "20 – < 40", "< 20")
            entries = [
                LegendEntry(colour, label)
                for colour, label in zip(reversed(PRIORITY_STEPS), bands, strict=True)
            ]
            return [
                *entries,
                LegendEntry(NOT_RATED, QCoreApplication.translate("ColourMode", "Not rated")),
            ]
        span = self._scale.maximum - self._scale.minimum
        limits = [_number(span * limit) for limit in GAP_LIMITS[1:]]
        entries = [
            LegendEntry(
                GAP_STEPS[4],
                QCoreApplication.translate("ColourMode", "more than %1").replace("%1", limits[2]),
            ),
            LegendEntry(GAP_STEPS[3], f"{limits[1]} – {limits[2]}"),
            LegendEntry(GAP_STEPS[2], f"{limits[0]} – {limits[1]}"),
            LegendEntry(
                GAP_STEPS[1],
                QCoreApplication.translate("ColourMode", "up to %1").replace("%1", limits[0]),
            ),
            LegendEntry(GAP_STEPS[0], QCoreApplication.translate("ColourMode", "No gap")),
        ]
        return [
            *entries,
            LegendEntry(NOT_RATED, QCoreApplication.translate("ColourMode", "Not rated")),
        ]


def _number(value: float) -> str:
    return QLocale().toString(round(value, 2), "g", 3)

"""What a card shows besides its colour: the name to lay out and the badges."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from html import escape

from PySide6.QtCore import QCoreApplication, QObject

from tpm_desktop.core.enums import Decision, Dimension
from tpm_desktop.core.model import Touchpoint
from tpm_desktop.core.monitoring import Trend, is_overdue, touchpoint_trend
from tpm_desktop.core.state import LANE_FIELDS, LANE_TYPES, ProjectState
from tpm_desktop.ui.canvas.colours import decision_label, experience_label, trend_label
from tpm_desktop.ui.canvas.overview_item import PLURALS, HeatCell, number

# A card shows two lines; a longer name is cut before any text layout happens.
MAX_CARD_CHARS = 160
MAX_TOOLTIP_CHARS = 1000


@dataclass(frozen=True, slots=True)
class CardLook:
    """Everything a card paints apart from its colour and state flags."""

    name: str
    is_super: bool = False
    decision: Decision = Decision.KEEP
    measures: int = 0
    overdue: int = 0
    kpis: int = 0
    trend: Trend = Trend.NO_DATA
    experience: int | None = None
    phase: tuple[int, int] | None = None  # (index, count) in journey order


def phase_place(state: ProjectState, touchpoint: Touchpoint) -> tuple[int, int] | None:
    """Where the touchpoint's phase lies in the journey: (index, number of phases)."""
    phases = state.lanes(Dimension.PHASE)
    index = next((k for k, p in enumerate(phases) if p.id == touchpoint.phase_id), None)
    return None if index is None else (index, len(phases))


def short_name(name: str) -> str:
    """The name cut to what a card can ever show."""
    return name if len(name) <= MAX_CARD_CHARS else name[:MAX_CARD_CHARS] + "…"


def card_look(state: ProjectState, touchpoint: Touchpoint, today: date) -> CardLook:
    """The look of one card (badges read from its measures and KPIs)."""
    own_measures = state.measures_of(touchpoint.id)
    kpis = state.kpis_of(touchpoint.id)
    return CardLook(
        name=short_name(touchpoint.name),
        is_super=touchpoint.is_super,
        decision=touchpoint.decision,
        measures=len(own_measures),
        overdue=sum(1 for m in own_measures if is_overdue(m, today)),
        kpis=len(kpis),
        trend=touchpoint_trend(state, touchpoint.id) if kpis else Trend.NO_DATA,
        experience=touchpoint.experience,
        phase=phase_place(state, touchpoint),
    )


class CardTooltipTexts(QObject):
    """Plural texts of the tooltip (lupdate only finds plurals in a QObject's tr)."""

    def measures(self, count: int) -> str:
        """ "2 measures"."""
        return self.tr("%n measure(s)", "", count)

    def overdue(self, count: int) -> str:
        """ "1 overdue"."""
        return self.tr("%n overdue", "", count)


def _lane_name(state: ProjectState, dimension: Dimension, touchpoint: Touchpoint) -> str:
    lane = state.get(LANE_TYPES[dimension], getattr(touchpoint, LANE_FIELDS[dimension]))
    return "" if lane is None else lane.name[:200]  # type: ignore[union-attr]


def tooltip_html(state: ProjectState, touchpoint: Touchpoint, look: CardLook) -> str:
    """The card's tooltip: full name, lanes and what the badges mean (escaped)."""
    name = touchpoint.name
    if len(name) > MAX_TOOLTIP_CHARS:
        name = name[:MAX_TOOLTIP_CHARS] + "…"
    rows = [
        (QCoreApplication.translate("CardTooltip", "Short id"), touchpoint.code),
        (
            QCoreApplication.translate("CardTooltip", "Department"),
            _lane_name(state, Dimension.DEPARTMENT, touchpoint),
        ),
        (
            QCoreApplication.translate("CardTooltip", "Channel"),
            _lane_name(state, Dimension.CHANNEL, touchpoint),
        ),
        (
            QCoreApplication.translate("CardTooltip", "Phase"),
            _lane_name(state, Dimension.PHASE, touchpoint),
        ),
    ]
    if look.is_super:
        rows.append(
            (
                QCoreApplication.translate("CardTooltip", "Super-touchpoint"),
                QCoreApplication.translate("CardTooltip", "yes"),
            )
        )
    rows.append(
        (QCoreApplication.translate("CardTooltip", "Decision"), decision_label(look.decision))
    )
    if look.experience is not None:
        rows.append(
            (
                QCoreApplication.translate("CardTooltip", "Experience"),
                experience_label(look.experience),
            )
        )
    if look.measures:
        texts = CardTooltipTexts()
        text = texts.measures(look.measures)
        if look.overdue:
            text += ", " + texts.overdue(look.overdue)
        rows.append((QCoreApplication.translate("CardTooltip", "Measures"), text))
    if look.kpis:
        rows.append(
            (QCoreApplication.translate("CardTooltip", "KPI trend"), trend_label(look.trend))
        )
    body = "".join(
        f"<tr><td style='color:#6b7280;padding-right:8px'>{escape(label)}</td>"
        f"<td>{escape(value)}</td></tr>"
        for label, value in rows
        if value
    )
    return f"<p style='white-space:pre-wrap'><b>{escape(name)}</b></p><table>{body}</table>"


def card_tooltip(state: ProjectState, touchpoint_id: int, today: date) -> str:
    """The tooltip of a card."""
    touchpoint = state.touchpoints.get(touchpoint_id)
    if touchpoint is None:
        return ""
    return tooltip_html(state, touchpoint, card_look(state, touchpoint, today))


def lane_tooltip(lane: object) -> str:
    """The tooltip of a lane header: its full name (escaped, cut when huge)."""
    name = str(getattr(lane, "name", ""))
    if len(name) > MAX_TOOLTIP_CHARS:
        name = name[:MAX_TOOLTIP_CHARS] + "…"
    return f"<p style='white-space:pre-wrap'>{escape(name)}</p>" if name else ""


FOLDED_NAMES = 12  # names listed in a "+N" chip's tooltip


def folded_tooltip(state: ProjectState, ids: list[int]) -> str:
    """The tooltip of a "+N" chip: the names behind it and how to see them."""
    names = [state.touchpoints[i].name[:MAX_CARD_CHARS] for i in ids if i in state.touchpoints]
    items = "".join(f"<li>{escape(name)}</li>" for name in names[:FOLDED_NAMES])
    rest = len(names) - FOLDED_NAMES
    more = ""
    if rest > 0:
        more = PLURALS.and_more(rest)
        more = f"<p>{escape(more)}</p>"
    hint = escape(QCoreApplication.translate("MapOverview", "Click to show them all in the cell"))
    return f"<ul style='margin:0'>{items}</ul>{more}<p><i>{hint}</i></p>"


def heat_tooltip(cell: HeatCell | None) -> str:
    """The tooltip of a heat-map tile: its count and means, and how to see the names."""
    if cell is None:
        return ""
    count = PLURALS.touchpoints(cell.count)
    lines = [count]
    if cell.mean_as_is is not None:
        text = QCoreApplication.translate("MapOverview", "Mean as-is score: %1")
        lines.append(text.replace("%1", number(cell.mean_as_is, 1)))
    if cell.mean_priority is not None:
        text = QCoreApplication.translate("MapOverview", "Mean priority: %1")
        lines.append(text.replace("%1", number(cell.mean_priority, 0)))
    lines.append(QCoreApplication.translate("MapOverview", "Zoom in to see the names"))
    return "<br>".join(escape(line) for line in lines)

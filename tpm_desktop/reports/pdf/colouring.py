"""What a card's colour means on the map, and the legend that says so."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.colors import Color

from tpm_desktop.core.enums import EXPERIENCE_MAX, EXPERIENCE_MIN, Decision
from tpm_desktop.core.model import Touchpoint
from tpm_desktop.reports.pdf.figures import ReportData
from tpm_desktop.reports.pdf.options import MapColour
from tpm_desktop.reports.pdf.styles import (
    DECISION_COLOURS,
    EXPERIENCE_COLOURS,
    GAP_CLASSES,
    GAP_LIMITS,
    NOT_RATED,
    PRIORITY_CLASSES,
)
from tpm_desktop.reports.pdf.texts import Texts

# The priority classes are floor(index / 20), on the unrounded index, as on the
# app's map; the bands are half-open so that no value sits in two of them. The
# app's map legend (ui/canvas/colours.py) prints the same words.
PRIORITY_BANDS = ("< 20", "20 – < 40", "40 – < 60", "60 – < 80", "≥ 80")


@dataclass(frozen=True)
class Swatch:
    """One legend entry."""

    colour: Color
    label: str


class Colouring:
    """Fill colour and value label of a card for one colour mode."""

    def __init__(self, mode: MapColour, data: ReportData, texts: Texts) -> None:
        self.mode = mode
        self.data = data
        self.t = texts

    @property
    def title(self) -> str:
        """What the colour shows, for the legend."""
        return self.t(f"colour_{self.mode.value}")

    def fill(self, tp: Touchpoint) -> Color | None:
        """The card's fill; None for "not rated"."""
        metrics = self.data.metrics[tp.id]
        if self.mode is MapColour.PRIORITY:
            if metrics.priority is None:
                return None
            return PRIORITY_CLASSES[min(4, max(0, int(metrics.priority // 20)))]
        if self.mode is MapColour.EXPERIENCE:
            if tp.experience is None:
                return None
            value = min(EXPERIENCE_MAX, max(EXPERIENCE_MIN, tp.experience))
            return EXPERIENCE_COLOURS[value - EXPERIENCE_MIN]
        if self.mode is MapColour.GAP:
            if metrics.gap is None:
                return None
            return GAP_CLASSES[sum(1 for limit in GAP_LIMITS if metrics.gap > limit)]
        return DECISION_COLOURS.get(tp.decision)

    def value(self, tp: Touchpoint) -> str:
        """The short figure printed on the card."""
        t = self.t
        metrics = self.data.metrics[tp.id]
        if self.mode is MapColour.PRIORITY:
            return "" if metrics.priority is None else t.index(metrics.priority)
        if self.mode is MapColour.EXPERIENCE:
            return "" if tp.experience is None else t.signed_int(tp.experience)
        if self.mode is MapColour.GAP:
            return "" if metrics.gap is None else t.gap(metrics.as_is, metrics.target)
        return ""  # the decision is the colour itself; its name would not fit

    def swatches(self) -> list[Swatch]:
        """The legend's entries in order."""
        t = self.t
        if self.mode is MapColour.PRIORITY:
            items = [
                Swatch(c, label) for c, label in zip(PRIORITY_CLASSES, PRIORITY_BANDS, strict=True)
            ]
        elif self.mode is MapColour.EXPERIENCE:
            items = [
                Swatch(
                    EXPERIENCE_COLOURS[v - EXPERIENCE_MIN], f"{t.signed_int(v)} {t.experience(v)}"
                )
                for v in range(EXPERIENCE_MIN, EXPERIENCE_MAX + 1)
            ]
        elif self.mode is MapColour.GAP:
            labels = [
                t("gap_none"),
                t("gap_upto", high=t.number(0.5, 1)),
                t("gap_upto", high=t.number(1.0, 1)),
                t("gap_upto", high=t.number(1.5, 1)),
                t("gap_above", low=t.number(1.5, 1)),
            ]
            items = [Swatch(c, label) for c, label in zip(GAP_CLASSES, labels, strict=True)]
        else:
            return [Swatch(DECISION_COLOURS[d], t.decision(d)) for d in Decision]
        return [*items, Swatch(NOT_RATED, t("not_rated"))]

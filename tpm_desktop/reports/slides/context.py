"""What every slide maker gets: the presentation, the figures, texts and findings."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from pptx.presentation import Presentation
from pptx.slide import Slide

from tpm_desktop.reports.findings_text import PrintedFinding
from tpm_desktop.reports.pdf.figures import ReportData
from tpm_desktop.reports.pdf.options import MapColour
from tpm_desktop.reports.slides.texts import SlideTexts


@dataclass
class SlideContext:
    """The shared inputs of one deck's slides."""

    deck: Presentation
    data: ReportData
    texts: SlideTexts
    today: date
    map_colour: MapColour = MapColour.PRIORITY
    findings: list[PrintedFinding] = field(default_factory=list)
    # every slide but the title one gets the footer once all slides are made
    content_slides: list[Slide] = field(default_factory=list)

    @property
    def t(self) -> SlideTexts:
        """The texts (short name for the slide makers)."""
        return self.texts

    @property
    def currency(self) -> str:
        """The project's currency."""
        return self.data.project.currency

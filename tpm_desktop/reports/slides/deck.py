"""A slide deck as a pure function: project state and options in, PPTX bytes out."""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from pptx import Presentation
from pptx.util import Pt

from tpm_desktop.core.project_file import read_project
from tpm_desktop.core.state import ProjectState
from tpm_desktop.reports.findings_text import printed_findings
from tpm_desktop.reports.pdf.figures import ReportData
from tpm_desktop.reports.pdf.options import MapColour, ReportCancelled
from tpm_desktop.reports.pdf.safe import line
from tpm_desktop.reports.slides.budget_slide import budget_slide
from tpm_desktop.reports.slides.chrome import add_footers
from tpm_desktop.reports.slides.context import SlideContext
from tpm_desktop.reports.slides.findings_slide import findings_slides
from tpm_desktop.reports.slides.kpi_slide import kpi_slide
from tpm_desktop.reports.slides.map_slide import map_slide
from tpm_desktop.reports.slides.portfolio_slide import portfolio_slide
from tpm_desktop.reports.slides.priorities_slide import priorities_slide
from tpm_desktop.reports.slides.quick_wins_slide import quick_wins_slide
from tpm_desktop.reports.slides.texts import SlideTexts
from tpm_desktop.reports.slides.theme import SLIDE_HEIGHT, SLIDE_WIDTH
from tpm_desktop.reports.slides.title_slide import title_slide

Progress = Callable[[float], object]
SlideMaker = Callable[[SlideContext], None]

# The deck's slides in their order; the map and portfolio pictures take the time.
SLIDES: tuple[SlideMaker, ...] = (
    title_slide,
    findings_slides,
    map_slide,
    portfolio_slide,
    priorities_slide,
    quick_wins_slide,
    budget_slide,
    kpi_slide,
)


@dataclass(frozen=True)
class SlideOptions:
    """Options of one deck: its language, date, and what the map's colours show."""

    language: str = "en"
    map_colour: MapColour = MapColour.PRIORITY
    today: date = field(default_factory=date.today)


def build_slides(
    state: ProjectState, options: SlideOptions, progress: Progress | None = None
) -> bytes:
    """The project's deck as PPTX bytes.

    `progress` is called with a fraction 0..1 after each slide; returning False
    cancels with ReportCancelled.
    """
    texts = SlideTexts(options.language)
    deck = Presentation()
    deck.slide_width, deck.slide_height = Pt(SLIDE_WIDTH), Pt(SLIDE_HEIGHT)
    context = SlideContext(
        deck=deck,
        data=ReportData(state, options.today),
        texts=texts,
        today=options.today,
        map_colour=options.map_colour,
        findings=printed_findings(state, texts.language, None, options.today),
    )
    for index, make in enumerate(SLIDES, start=1):
        make(context)
        if progress is not None and progress(index / len(SLIDES)) is False:
            raise ReportCancelled
    add_footers(context)
    project = context.data.project
    properties = deck.core_properties
    properties.title = line(project.name, 200) or texts("untitled")
    properties.author = line(project.author, 200)
    properties.subject = texts("kicker")
    properties.language = texts.language
    buffer = io.BytesIO()
    deck.save(buffer)
    return buffer.getvalue()


def slides_from_file(
    path: Path | str, options: SlideOptions, progress: Progress | None = None
) -> bytes:
    """Read a project file (checked, unchanged) and build its deck."""
    return build_slides(read_project(path), options, progress)

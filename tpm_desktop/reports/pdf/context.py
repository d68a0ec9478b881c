"""What every part of a report gets: the figures, options, texts, styles and geometry."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from tpm_desktop.core.model import Department
from tpm_desktop.reports.findings_text import PrintedFinding
from tpm_desktop.reports.pdf.blocks import Heading
from tpm_desktop.reports.pdf.figures import ReportData
from tpm_desktop.reports.pdf.options import ReportCancelled, ReportOptions, Section
from tpm_desktop.reports.pdf.plan import Plan, section_key
from tpm_desktop.reports.pdf.styles import Styles
from tpm_desktop.reports.pdf.templates import (
    PageGeometry,
    Registry,
    WideGeometry,
    frame_size,
    map_page_size,
    paper_size,
)
from tpm_desktop.reports.pdf.texts import Texts

if TYPE_CHECKING:
    from tpm_desktop.reports.pdf.overview import OverviewSheet

Progress = Callable[[float], object]


@dataclass
class ReportContext:
    """The shared inputs of the parts of one report."""

    data: ReportData
    options: ReportOptions
    texts: Texts
    styles: Styles
    registry: Registry
    plan: Plan
    department: Department | None = None  # set for a department report
    progress: Progress | None = None
    # computed from the whole project, even when `data` holds one department
    findings: list[PrintedFinding] = field(default_factory=list)
    overview: OverviewSheet | None = None  # the whole map on one sheet, before the map pages

    @property
    def t(self) -> Texts:
        """The report's texts (short name for the parts)."""
        return self.texts

    @property
    def page_size(self) -> tuple[float, float]:
        """The text pages' size."""
        return paper_size(self.options.paper)

    @property
    def text_frame(self) -> tuple[float, float]:
        """Width and height of the text pages' content frame."""
        return frame_size(self.page_size, PageGeometry)

    @property
    def wide_frame(self) -> tuple[float, float]:
        """Width and height of the landscape pages' content frame."""
        width, height = self.page_size
        return frame_size((height, width), WideGeometry)

    @property
    def map_size(self) -> tuple[float, float]:
        """The map pages' size."""
        o = self.options
        return map_page_size(o.paper, o.map_orientation, o.large_map)

    @property
    def map_frame(self) -> tuple[float, float]:
        """Width and height of the map pages' content frame."""
        return frame_size(self.map_size, WideGeometry)

    def heading(self, section: Section) -> Heading:
        """The heading of a section, with its number and bookmark."""
        entry = self.plan.get(section_key(section))
        return Heading(entry.number, entry.title, self.styles.h1, entry.key, 0, self.registry)

    def subheading(self, key: str) -> Heading:
        """The heading of a planned subsection."""
        entry = self.plan.get(key)
        return Heading(entry.number, entry.title, self.styles.h2, entry.key, 1, self.registry)

    def step(self, fraction: float) -> None:
        """Report progress while the story is made (0..1 of that phase)."""
        if self.progress is not None and self.progress(fraction) is False:
            raise ReportCancelled

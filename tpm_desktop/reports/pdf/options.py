"""What the user can choose for a report, and the report's own errors."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from pathlib import Path

from tpm_desktop.core.errors import TpmError


class Section(StrEnum):
    """The parts of a report after the cover, in their order."""

    CONTENTS = "contents"
    FINDINGS = "findings"
    SUMMARY = "summary"
    MAP = "map"
    JOURNEY = "journey"
    PORTFOLIO = "portfolio"
    SEGMENTS = "segments"  # only when the project has customer segments
    RANKING = "ranking"
    DEPARTMENTS = "departments"
    MEASURES = "measures"
    MONITORING = "monitoring"
    APPENDIX = "appendix"


ALL_SECTIONS: frozenset[Section] = frozenset(Section)


class Paper(StrEnum):
    """Paper size of the text pages."""

    A4 = "a4"
    LETTER = "letter"


class MapColour(StrEnum):
    """What the colour of a card on the map means."""

    PRIORITY = "priority"
    EXPERIENCE = "experience"
    GAP = "gap"
    DECISION = "decision"


class MapOrientation(StrEnum):
    """Orientation of the map pages."""

    LANDSCAPE = "landscape"
    PORTRAIT = "portrait"


LOGO_SUFFIXES = (".png", ".jpg", ".jpeg")
MAX_LOGO_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True)
class ReportOptions:
    """Options of one report.

    `confidentiality` None means the catalogue's default line; "" means none.
    `large_map` puts the map on A3 (Tabloid with Letter paper) landscape pages.
    `today` is the report's date, and the day against which measures are overdue.
    """

    language: str = "en"
    paper: Paper = Paper.A4
    sections: frozenset[Section] = ALL_SECTIONS
    map_colour: MapColour = MapColour.PRIORITY
    map_orientation: MapOrientation = MapOrientation.LANDSCAPE
    large_map: bool = False
    confidentiality: str | None = None
    logo: Path | None = None
    today: date = field(default_factory=date.today)

    def has(self, section: Section) -> bool:
        """True when the section is switched on."""
        return section in self.sections


class ReportCancelled(Exception):  # noqa: N818 - a request, not an error
    """The user cancelled the report while it was being built."""


class ReportError(TpmError):
    """A report cannot be made or written; its messages live in the report catalogue."""

    def message(self, lang: str = "en") -> str:
        """The message in the given language."""
        from tpm_desktop.reports.pdf.texts import error_text

        return error_text(self.code, lang, path=self.path or "", **self.params)

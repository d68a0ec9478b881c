"""The whole map on one sheet: which sheet it needs, before the detailed map pages.

The overview uses the detailed pages' geometry and drawing (map_layout, map_part)
in the tighter OVERVIEW style: every card keeps a name of at least 6 pt, wrapped
on up to three lines and elided only when even one line per card is all that fits.
The sheet is the paper in landscape when the map fits there, else the next size
up (A3, Tabloid with Letter paper); a map too large for that has no overview page
and is printed as a poster instead.
"""

from __future__ import annotations

from dataclasses import dataclass

from tpm_desktop.core.enums import ChannelKind
from tpm_desktop.reports.pdf.figures import ReportData
from tpm_desktop.reports.pdf.map_layout import MapBlock, plan_whole
from tpm_desktop.reports.pdf.options import MapOrientation, Paper
from tpm_desktop.reports.pdf.templates import WideGeometry, frame_size, map_page_size
from tpm_desktop.reports.pdf.texts import Texts


@dataclass(frozen=True)
class OverviewSheet:
    """The sheet the whole map fits on, and the map laid out for it."""

    page: tuple[float, float]  # width, height in points (landscape)
    large: bool  # A3 / Tabloid rather than the paper itself
    block: MapBlock


def kind_labels(texts: Texts) -> dict[str, str]:
    """The band labels of the channel kinds (Online, Offline) in the report's language."""
    return {kind.value: texts.kind(kind) for kind in ChannelKind}


# (larger sheet, fewest name lines) in the order tried: a name cut to one line
# on the small sheet reads worse than two lines on the larger one.
CHOICES = ((False, 2), (True, 2), (True, 1))


def choose_sheet(data: ReportData, paper: Paper, kinds: dict[str, str]) -> OverviewSheet | None:
    """The smallest landscape sheet (the paper, then A3/Tabloid) the whole map fits on.

    None when even one line per name does not fit on the larger sheet.
    """
    for large, fewest in CHOICES:
        page = map_page_size(paper, MapOrientation.LANDSCAPE, large)
        block = plan_whole(data, *frame_size(page, WideGeometry), kinds, fewest_lines=fewest)
        if block is not None:
            return OverviewSheet(page, large, block)
    return None

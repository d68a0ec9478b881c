"""Page templates: geometry, header, footer, and numbers known only at the end.

"Page x of y" and the page numbers in the contents are drawn as PDF form
XObjects that are referenced on the pages and defined once the whole document is
laid out. The report is therefore laid out once (no second pass), which keeps it
fast for thousands of touchpoints.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from reportlab.lib.pagesizes import A3, A4, LETTER, TABLOID, landscape, portrait
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from tpm_desktop.reports.pdf import fonts
from tpm_desktop.reports.pdf.options import MapOrientation, Paper
from tpm_desktop.reports.pdf.styles import FAINT, HAIRLINE, MUTED, NAVY
from tpm_desktop.reports.pdf.textblock import elide

COVER = "cover"
PORTRAIT = "portrait"
LANDSCAPE = "landscape"
MAP = "map"
OVERVIEW = "overview"


@dataclass
class Registry:
    """What the layout found out: the page of each bookmark, and the page count."""

    pages: dict[str, int] = field(default_factory=dict)
    wanted: set[str] = field(default_factory=set)  # keys whose page the contents show
    page_count: int = 0


@dataclass(frozen=True)
class Chrome:
    """The texts around the content of every page."""

    header_left: str
    header_right: str
    footer_left: str
    page_label: Callable[[int, int], str]  # (page, total) -> "Page 3 of 12"


class PageGeometry:
    """Margins and chrome positions of the text pages, in points."""

    MARGIN_LEFT = 56.0
    MARGIN_RIGHT = 56.0
    MARGIN_TOP = 64.0
    MARGIN_BOTTOM = 58.0
    HEADER_BASELINE = 38.0  # from the top edge
    FOOTER_BASELINE = 32.0  # from the bottom edge
    CHROME_FONT_SIZE = 7.0


class WideGeometry(PageGeometry):
    """Landscape and map pages: narrower margins for more room."""

    MARGIN_LEFT = 36.0
    MARGIN_RIGHT = 36.0
    MARGIN_TOP = 52.0
    MARGIN_BOTTOM = 46.0
    HEADER_BASELINE = 30.0
    FOOTER_BASELINE = 24.0


def paper_size(paper: Paper) -> tuple[float, float]:
    """Portrait size of the text pages."""
    return portrait(LETTER if paper is Paper.LETTER else A4)


def map_page_size(paper: Paper, orientation: MapOrientation, large: bool) -> tuple[float, float]:
    """Size of the map pages: the paper, or A3/Tabloid when large, in the chosen orientation."""
    if large:
        size = TABLOID if paper is Paper.LETTER else A3
    else:
        size = LETTER if paper is Paper.LETTER else A4
    return landscape(size) if orientation is MapOrientation.LANDSCAPE else portrait(size)


def frame_size(page: tuple[float, float], geometry: type[PageGeometry]) -> tuple[float, float]:
    """The width and height of the content frame on a page."""
    width = page[0] - geometry.MARGIN_LEFT - geometry.MARGIN_RIGHT
    height = page[1] - geometry.MARGIN_TOP - geometry.MARGIN_BOTTOM
    return width, height


class ReportDocTemplate(BaseDocTemplate):
    """The document: cover, portrait, landscape, map and overview page templates."""

    def __init__(
        self,
        target: object,
        *,
        paper: Paper,
        map_size: tuple[float, float],
        overview_size: tuple[float, float] | None = None,
        chrome: Chrome,
        registry: Registry,
        title: str,
        author: str,
        subject: str,
    ) -> None:
        self.chrome = chrome
        self.registry = registry
        size = paper_size(paper)
        super().__init__(
            target,
            pagesize=size,
            title=title,
            author=author,
            subject=subject,
            creator="TPM Desktop",
            initialFontName=fonts.REGULAR,
            pageCompression=1,
        )
        self.addPageTemplates(
            [
                self._template(COVER, size, PageGeometry, header=False),
                self._template(PORTRAIT, size, PageGeometry),
                self._template(LANDSCAPE, landscape(size), WideGeometry),
                self._template(MAP, map_size, WideGeometry),
            ]
        )
        if overview_size is not None:  # a page of its own size: A4 or A3 as the map needs
            self.addPageTemplates([self._template(OVERVIEW, overview_size, WideGeometry)])

    def _template(
        self,
        name: str,
        size: tuple[float, float],
        geometry: type[PageGeometry],
        header: bool = True,
    ) -> PageTemplate:
        width, height = frame_size(size, geometry)
        frame = Frame(
            geometry.MARGIN_LEFT,
            geometry.MARGIN_BOTTOM,
            width,
            height,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id=f"{name}-frame",
        )

        def on_page(canvas: Canvas, doc: ReportDocTemplate) -> None:
            doc.draw_chrome(canvas, size, geometry, header)

        return PageTemplate(id=name, frames=[frame], onPage=on_page, pagesize=size)

    def draw_chrome(
        self,
        canvas: Canvas,
        size: tuple[float, float],
        geometry: type[PageGeometry],
        header: bool,
    ) -> None:
        """Header (project name, report kind) and footer (date, line, page x of y)."""
        page_width, page_height = size
        left = geometry.MARGIN_LEFT
        right = page_width - geometry.MARGIN_RIGHT
        font_size = geometry.CHROME_FONT_SIZE
        canvas.saveState()
        if header:
            y = page_height - geometry.HEADER_BASELINE
            half = (right - left) / 2 - 12
            canvas.setFont(fonts.BOLD, font_size)
            canvas.setFillColor(NAVY)
            canvas.drawString(left, y, elide(self.chrome.header_left, fonts.BOLD, font_size, half))
            canvas.setFont(fonts.REGULAR, font_size)
            canvas.setFillColor(MUTED)
            canvas.drawRightString(
                right, y, elide(self.chrome.header_right, fonts.REGULAR, font_size, half)
            )
            canvas.setStrokeColor(HAIRLINE)
            canvas.setLineWidth(0.5)
            canvas.line(left, y - 6, right, y - 6)
        y = geometry.FOOTER_BASELINE
        canvas.setStrokeColor(HAIRLINE)
        canvas.setLineWidth(0.5)
        canvas.line(left, y + 10, right, y + 10)
        canvas.setFont(fonts.REGULAR, font_size)
        canvas.setFillColor(FAINT)
        room = right - left - 90
        canvas.drawString(left, y, elide(self.chrome.footer_left, fonts.REGULAR, font_size, room))
        canvas.translate(right, y)
        canvas.doForm(page_form(canvas.getPageNumber()))
        canvas.restoreState()

    # -- the end of the layout: numbers that were not known before ---------------

    def _endBuild(self) -> None:
        self._doSave = 0
        super()._endBuild()
        canvas = self.canv
        total = canvas.getPageNumber() - 1
        self.registry.page_count = total
        for page in range(1, total + 1):
            canvas.beginForm(page_form(page), -300, -4, 0, 12)
            canvas.setFont(fonts.REGULAR, PageGeometry.CHROME_FONT_SIZE)
            canvas.setFillColor(MUTED)
            canvas.drawRightString(0, 0, self.chrome.page_label(page, total))
            canvas.endForm()
        for key in self.registry.wanted:
            canvas.beginForm(number_form(key), -60, -4, 0, 14)
            page = self.registry.pages.get(key)
            if page is not None:
                canvas.setFont(fonts.REGULAR, 9)
                canvas.setFillColor(NAVY)
                canvas.drawRightString(0, 0, str(page))
            canvas.endForm()
        canvas.save()


def page_form(page: int) -> str:
    """Name of the form holding "Page x of y" for a page."""
    return f"tpm-page-{page}"


def number_form(key: str) -> str:
    """Name of the form holding the page number of a bookmark (for the contents)."""
    return f"tpm-at-{key}"

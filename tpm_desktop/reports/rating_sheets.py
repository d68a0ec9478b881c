"""The live workshop's paper fallback: rating sheets (PDF) and the table to type them into.

One sheet per participant, each starting on a new page: the round's touchpoints
with their short id, name and phase, and a row of boxes per criterion to tick.
`sheet_template` is the matching table (one line per sheet, touchpoint and
criterion, the short id first) that *Import Workshop Ratings* reads back; lines
left without a value (a touchpoint the participant skipped) are left out quietly.
"""

from __future__ import annotations

import io
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from tpm_desktop.core.live.round import RoundScale, RoundSpec
from tpm_desktop.reports.pdf.fonts import BOLD, REGULAR, register_fonts
from tpm_desktop.reports.pdf.safe import line, lock_down_reportlab, markup
from tpm_desktop.reports.pdf.styles import make_styles
from tpm_desktop.reports.pdf.texts import Texts
from tpm_desktop.reports.table_writer import write_table
from tpm_desktop.reports.workshop_table import TEMPLATE_HEADERS

MARGIN = 14 * mm
BOX = 4.2 * mm
BOX_GAP = 1.2 * mm
MAX_SHEETS = 500


class Boxes(Flowable):
    """A row of tick boxes, each with its value above it."""

    def __init__(self, scale: RoundScale) -> None:
        super().__init__()
        self.values = list(range(scale.low, scale.high + 1))
        self.width = len(self.values) * (BOX + BOX_GAP) - BOX_GAP
        self.height = BOX + 3.2 * mm

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        """Its fixed size."""
        return self.width, self.height

    def draw(self) -> None:
        """The numbers and the boxes."""
        canvas = self.canv
        canvas.setLineWidth(0.6)
        canvas.setStrokeColor(colors.HexColor("#44546a"))
        for index, value in enumerate(self.values):
            x = index * (BOX + BOX_GAP)
            canvas.setFont(REGULAR, 6.5)
            canvas.drawCentredString(x + BOX / 2, BOX + 1 * mm, str(value).replace("-", "−"))
            canvas.rect(x, 0, BOX, BOX, stroke=1, fill=0)


def _scale_head(scale: RoundScale) -> str:
    # A slash may break the line: "Kosten-/Leistungsverhältnis" is wider than its column.
    name = markup(scale.label, 40).replace("/", "/ ")
    return f"{name}<br/>({scale.low}–{scale.high})"


def sheet_label(texts: Texts, number: int, count: int) -> str:
    """ "Sheet 07" (numbers padded so that the table sorts by sheet)."""
    return texts("sheet_label", number=str(number).zfill(len(str(count))))


def rating_sheets_pdf(spec: RoundSpec, count: int, language: str) -> bytes:
    """`count` rating sheets of the round's touchpoints and criteria as one A4 PDF."""
    register_fonts()
    lock_down_reportlab()
    texts = Texts(language)
    styles = make_styles()
    scales = [s for s in spec.scales if s.criterion_id is not None]
    if not scales or not spec.touchpoints:
        raise ValueError("rating sheets need touchpoints and at least one criterion")
    count = max(1, min(MAX_SHEETS, count))
    page = landscape(A4) if len(scales) > 2 else A4
    # The criteria's columns take the room the names leave, within bounds, so that
    # long criterion names wrap less.
    inner = page[0] - 2 * MARGIN - 14 * mm
    box_width = max(Boxes(s).width for s in scales) + 4 * mm
    box_width = max(box_width, min(42 * mm, (inner - 75 * mm) / len(scales)))
    name_width = inner - len(scales) * box_width
    buffer = io.BytesIO()
    state: dict[str, object] = {"sheet": "", "start": 1}

    def footer(canvas: object, doc: object) -> None:
        canvas.saveState()  # type: ignore[attr-defined]
        canvas.setFont(REGULAR, 7)  # type: ignore[attr-defined]
        canvas.setFillColor(colors.HexColor("#5a6878"))  # type: ignore[attr-defined]
        number = canvas.getPageNumber() - int(state["start"]) + 1  # type: ignore[attr-defined]
        text = texts("sheet_footer", round=line(spec.name, 80), sheet=state["sheet"], page=number)
        canvas.drawString(MARGIN, MARGIN / 2, text)  # type: ignore[attr-defined]
        canvas.restoreState()  # type: ignore[attr-defined]

    document = BaseDocTemplate(
        buffer,
        pagesize=page,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=f"{texts('sheet_title')} – {line(spec.name, 80)}",
        author="TPM Desktop",
    )
    frame = Frame(MARGIN, MARGIN, page[0] - 2 * MARGIN, page[1] - 2 * MARGIN, id="sheet")
    # The footer is drawn when a page ends: by then the page's sheet marker has run.
    document.addPageTemplates([PageTemplate("sheet", [frame], onPageEnd=footer)])
    head_style = styles.small.clone("sheet_head", fontName=BOLD)
    header = [
        Paragraph(markup(texts("sheet_id")), head_style),
        Paragraph(markup(texts("sheet_touchpoint")), head_style),
        *(Paragraph(_scale_head(s), head_style) for s in scales),
    ]
    rows = [header]
    for touchpoint in spec.touchpoints:
        name = markup(touchpoint.name, 120)
        if touchpoint.phase:
            name += f"<br/><font size='6.5' color='#5a6878'>{markup(touchpoint.phase, 60)}</font>"
        rows.append(
            [
                Paragraph(f"<b>{markup(touchpoint.code, 12)}</b>", styles.small),
                Paragraph(name, styles.small),
                *(Boxes(s) for s in scales),
            ]
        )
    story: list[Flowable] = []
    for number in range(1, count + 1):
        label = sheet_label(texts, number, count)
        story.append(SheetMarker(label, state))
        title = f"{texts('sheet_title')}: {markup(spec.name, 100)}"
        story.append(
            Table(
                [
                    [Paragraph(title, styles.h2), Paragraph(f"<b>{markup(label)}</b>", styles.h2)],
                ],
                colWidths=[page[0] - 2 * MARGIN - 40 * mm, 40 * mm],
                style=TableStyle(
                    [("ALIGN", (1, 0), (1, 0), "RIGHT"), ("VALIGN", (0, 0), (-1, -1), "TOP")]
                ),
            )
        )
        name_line = "_" * 40
        story.append(
            Paragraph(
                f"{markup(texts('sheet_name'))}: {name_line}&nbsp;&nbsp;&nbsp;"
                f"{markup(texts('sheet_group'))}: {'_' * 24}",
                styles.body,
            )
        )
        story.append(
            Paragraph(
                markup(texts("sheet_hint", low=scales[0].low, high=scales[0].high), 400),
                styles.muted,
            )
        )
        story.append(Spacer(1, 3 * mm))
        table = Table(
            rows,
            colWidths=[14 * mm, name_width, *([box_width] * len(scales))],
            repeatRows=1,
        )
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.HexColor("#1f4e79")),
                    ("LINEBELOW", (0, 1), (-1, -1), 0.3, colors.HexColor("#c9d2dc")),
                    (
                        "ROWBACKGROUNDS",
                        (0, 1),
                        (-1, -1),
                        [colors.white, colors.HexColor("#f3f6f9")],
                    ),
                    ("TOPPADDING", (0, 1), (-1, -1), 3),
                    ("BOTTOMPADDING", (0, 1), (-1, -1), 3),
                ]
            )
        )
        story.append(table)
        if number < count:
            story.append(PageBreak())
    document.build(story)
    return buffer.getvalue()


class SheetMarker(Flowable):
    """Invisible: tells the footer which sheet the following pages belong to."""

    def __init__(self, label: str, state: dict[str, object]) -> None:
        super().__init__()
        self.label = label
        self.state = state
        self.width = self.height = 0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        """No room taken."""
        return 0, 0

    def draw(self) -> None:
        """Nothing drawn; the footers from this page on name this sheet and count from here."""
        self.state["sheet"] = self.label
        self.state["start"] = self.canv.getPageNumber()


def sheet_template(spec: RoundSpec, count: int, language: str) -> tuple[list[str], list[list]]:
    """The table to type the sheets into: a line per sheet, touchpoint and criterion."""
    texts = Texts(language)
    headers = list(TEMPLATE_HEADERS.get(language, TEMPLATE_HEADERS["en"]))
    rows: list[list] = []
    count = max(1, min(MAX_SHEETS, count))
    for number in range(1, count + 1):
        label = sheet_label(texts, number, count)
        for touchpoint in spec.touchpoints:
            for scale in spec.scales:
                if scale.criterion_id is None:
                    continue
                # Short id, touchpoint, criterion, participant, value, group
                rows.append([touchpoint.code, touchpoint.name, scale.label, label, None, None])
    return headers, rows


def write_sheet_template(spec: RoundSpec, count: int, language: str, path: Path | str) -> int:
    """Write the typing table (CSV, XLSX or ODS by suffix); returns its line count."""
    headers, rows = sheet_template(spec, count, language)
    write_table(path, headers, rows, sheet=Texts(language)("sheet_title"))
    return len(rows)

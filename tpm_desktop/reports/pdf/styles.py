"""The report's look: one palette, named paragraph styles, table styles.

Calm and consistent: one typeface (DejaVu Sans), navy headings, grey rules,
one accent. Colours that carry meaning (priority, experience, gap, decision,
overdue, trends) are defined here once and used by every part and legend.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.colors import Color, HexColor
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import TableStyle

from tpm_desktop.core.enums import Decision, MeasureStatus
from tpm_desktop.core.monitoring import Trend
from tpm_desktop.reports.pdf.fonts import BOLD, OBLIQUE, REGULAR

INK = HexColor("#1d2533")
MUTED = HexColor("#5d6878")
FAINT = HexColor("#8a94a3")
RULE = HexColor("#c8cfd8")
HAIRLINE = HexColor("#dde2e8")
PANEL = HexColor("#eef1f5")
ZEBRA = HexColor("#f5f7f9")
NAVY = HexColor("#1f3a5f")
ACCENT = HexColor("#3d7ea6")
WARN = HexColor("#b8402f")
GOOD = HexColor("#2a7f62")
WHITE = colors.white
# Whether a KPI's move is good (its arrow shows only which way the values go).
TREND_COLOURS: dict[Trend, Color] = {Trend.IMPROVING: GOOD, Trend.WORSENING: WARN}

# Priority index 0..100 in five classes of 20, light to dark.
PRIORITY_CLASSES: tuple[Color, ...] = tuple(
    HexColor(c) for c in ("#e9eff6", "#c7d8ea", "#93b5d6", "#5b8cbf", "#2c5a8c")
)
# Experience -2..+2: disappoints (red) .. delights (green), neutral grey.
EXPERIENCE_COLOURS: tuple[Color, ...] = tuple(
    HexColor(c) for c in ("#c4553f", "#efb7a6", "#e8ebef", "#b3d6c8", "#3b8a6e")
)
# Gap classes: none, up to 0.5, 1, 1.5, more.
GAP_CLASSES: tuple[Color, ...] = tuple(
    HexColor(c) for c in ("#eef0f3", "#fbe4cb", "#f5c290", "#ea9656", "#c0652c")
)
GAP_LIMITS = (0.0, 0.5, 1.0, 1.5)
DECISION_COLOURS: dict[Decision, Color] = {
    Decision.KEEP: HexColor("#dfe6ee"),
    Decision.FOCUS: HexColor("#2c5a8c"),
    Decision.COMBINE: HexColor("#9fc6e3"),
    Decision.NEGLECT: HexColor("#efe2b5"),
    Decision.REMOVE: HexColor("#e3a597"),
    Decision.ADD: HexColor("#b7dcc7"),
}
STATUS_COLOURS: dict[MeasureStatus, Color] = {
    MeasureStatus.PLANNED: HexColor("#b9c9dc"),
    MeasureStatus.IN_PROGRESS: HexColor("#3d7ea6"),
    MeasureStatus.DONE: HexColor("#2a7f62"),
    MeasureStatus.DROPPED: HexColor("#c5c9cf"),
}
NOT_RATED = WHITE


def text_colour_on(fill: Color) -> Color:
    """Ink or white, whichever reads better on `fill`."""
    luminance = 0.2126 * fill.red + 0.7152 * fill.green + 0.0722 * fill.blue
    return WHITE if luminance < 0.5 else INK


def lane_colour(value: str, fallback: Color = FAINT) -> Color:
    """A lane's stored colour ("#rrggbb"), or the fallback when unreadable."""
    try:
        return HexColor(value)
    except (ValueError, TypeError):
        return fallback


@dataclass(frozen=True)
class Styles:
    """The named paragraph styles of a report."""

    body: ParagraphStyle
    small: ParagraphStyle
    muted: ParagraphStyle
    note: ParagraphStyle
    title: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    label: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_muted: ParagraphStyle
    cell_right: ParagraphStyle
    head_cell: ParagraphStyle
    head_cell_right: ParagraphStyle
    tile_value: ParagraphStyle
    tile_label: ParagraphStyle
    cover_title: ParagraphStyle
    cover_subtitle: ParagraphStyle
    cover_meta: ParagraphStyle
    entry_title: ParagraphStyle
    entry_meta: ParagraphStyle


def make_styles() -> Styles:
    """Build the styles (fonts must be registered)."""
    base = ParagraphStyle("body", fontName=REGULAR, fontSize=8.5, leading=12, textColor=INK)

    def derive(name: str, **kw: object) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **kw)

    return Styles(
        body=derive("body2", spaceAfter=5),
        small=derive("small", fontSize=7.5, leading=10),
        muted=derive("muted", fontSize=7.5, leading=10, textColor=MUTED),
        note=derive("note", fontSize=8, leading=11, spaceAfter=3),
        title=derive("title", fontName=BOLD, fontSize=20, leading=24, textColor=NAVY),
        # spaceBefore counts only below other content (a section that follows on
        # the page before); frames drop it at the top of a page.
        h1=derive(
            "h1",
            fontName=BOLD,
            fontSize=16,
            leading=20,
            textColor=NAVY,
            spaceBefore=18,
            spaceAfter=4,
        ),
        h2=derive(
            "h2",
            fontName=BOLD,
            fontSize=10.5,
            leading=14,
            textColor=NAVY,
            spaceBefore=10,
            spaceAfter=4,
        ),
        h3=derive("h3", fontName=BOLD, fontSize=8.5, leading=11, spaceBefore=6, spaceAfter=2),
        label=derive(
            "label", fontName=BOLD, fontSize=6.5, leading=8, textColor=MUTED, spaceBefore=3
        ),
        cell=derive("cell", fontSize=7, leading=8.6),
        cell_bold=derive("cell_bold", fontName=BOLD, fontSize=7, leading=8.6),
        cell_muted=derive("cell_muted", fontSize=6.5, leading=8, textColor=MUTED),
        cell_right=derive("cell_right", fontSize=7, leading=8.6, alignment=TA_RIGHT),
        head_cell=derive("head_cell", fontName=BOLD, fontSize=6.5, leading=8, textColor=MUTED),
        head_cell_right=derive(
            "head_cell_right",
            fontName=BOLD,
            fontSize=6.5,
            leading=8,
            textColor=MUTED,
            alignment=TA_RIGHT,
        ),
        tile_value=derive("tile_value", fontName=BOLD, fontSize=14, leading=17, textColor=NAVY),
        tile_label=derive("tile_label", fontSize=6.5, leading=8.2, textColor=MUTED),
        cover_title=derive("cover_title", fontName=BOLD, fontSize=28, leading=34, textColor=NAVY),
        cover_subtitle=derive(
            "cover_subtitle", fontSize=13, leading=18, textColor=ACCENT, spaceBefore=6
        ),
        cover_meta=derive("cover_meta", fontSize=9, leading=14, textColor=INK),
        entry_title=derive(
            "entry_title", fontName=BOLD, fontSize=9, leading=12, textColor=NAVY, alignment=TA_LEFT
        ),
        entry_meta=derive("entry_meta", fontName=OBLIQUE, fontSize=7, leading=9.5, textColor=MUTED),
    )


def grid_table_style(
    header_rows: int = 1, zebra: bool = True, rows: int = 0, font_size: float = 7
) -> TableStyle:
    """The report's table look: header on a panel, hairlines, zebra rows."""
    commands: list[tuple] = [
        ("FONT", (0, 0), (-1, -1), REGULAR, font_size, font_size * 1.25),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LINEBELOW", (0, header_rows), (-1, -1), 0.25, HAIRLINE),
    ]
    if header_rows:
        commands += [
            ("BACKGROUND", (0, 0), (-1, header_rows - 1), PANEL),
            ("FONT", (0, 0), (-1, header_rows - 1), BOLD, 6.5, 8),
            ("TEXTCOLOR", (0, 0), (-1, header_rows - 1), MUTED),
            ("VALIGN", (0, 0), (-1, header_rows - 1), "BOTTOM"),
            ("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 0.6, NAVY),
        ]
    if zebra and rows:
        commands.append(("ROWBACKGROUNDS", (0, header_rows), (-1, -1), [WHITE, ZEBRA]))
    return TableStyle(commands)

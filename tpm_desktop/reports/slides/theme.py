"""The slides' look: 16:9 page geometry in points, the report's palette, one typeface.

Text is set in Arial, which every presenter has; it is measured with the report's
DejaVu Sans, which is wider, so a text that fits by measure fits on screen too.
"""

from __future__ import annotations

from pptx.dml.color import RGBColor
from reportlab.lib.colors import Color

from tpm_desktop.reports.pdf import styles

FONT = "Arial"

# 13.333 x 7.5 inches, PowerPoint's widescreen page, in points
SLIDE_WIDTH = 960.0
SLIDE_HEIGHT = 540.0
MARGIN = 36.0
TITLE_TOP = 22.0
TITLE_HEIGHT = 46.0
TITLE_SIZE = 26.0
MIN_TITLE_SIZE = 16.0
RULE_TOP = 72.0
CONTENT_TOP = 86.0
CONTENT_BOTTOM = 496.0
FOOTER_TOP = 508.0
FOOTER_SIZE = 9.0
CONTENT_WIDTH = SLIDE_WIDTH - 2 * MARGIN
CONTENT_HEIGHT = CONTENT_BOTTOM - CONTENT_TOP
CAPTION_SIZE = 11.0
GUTTER = 18.0
LEADING = 1.2  # line spacing as a multiple of the font size, set on every paragraph

TABLE_SIZE = 12.0
TABLE_HEADER_SIZE = 11.0
CELL_MARGIN = 5.0
CELL_V_MARGIN = 3.5


def rgb(colour: Color) -> RGBColor:
    """A ReportLab colour as python-pptx's RGBColor."""
    return RGBColor(*(max(0, min(255, round(v * 255))) for v in colour.rgb()))


INK = rgb(styles.INK)
MUTED = rgb(styles.MUTED)
NAVY = rgb(styles.NAVY)
ACCENT = rgb(styles.ACCENT)
PANEL = rgb(styles.PANEL)
ZEBRA = rgb(styles.ZEBRA)
RULE = rgb(styles.RULE)
WARN = rgb(styles.WARN)
GOOD = rgb(styles.GOOD)
WHITE = rgb(styles.WHITE)

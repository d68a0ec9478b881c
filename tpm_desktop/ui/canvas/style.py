"""The map's look in one place: sizes (scene pixels at 100 %), fonts and chrome colours."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QApplication

from tpm_desktop.core.geometry import GridMetrics

METRICS = GridMetrics(
    card_width=156.0,
    card_height=60.0,
    card_gap=6.0,
    cell_padding=8.0,
    cards_per_row=1,
    row_header_width=184.0,
    column_header_height=52.0,
    band_size=24.0,
    min_cell_height=76.0,
)
SCENE_MARGIN = 24.0  # empty space right of and below the grid

# Zoomed out, cards become one-line chips: the same column widths (so the map
# keeps its place sideways), a quarter of the height, at most CHIP_CAP per cell.
CHIP_METRICS = GridMetrics(
    card_width=METRICS.card_width,
    card_height=26.0,
    card_gap=3.0,
    cell_padding=METRICS.cell_padding,
    cards_per_row=1,
    row_header_width=METRICS.row_header_width,  # the same, so columns keep their x
    column_header_height=66.0,  # room for two lines of names in screen pixels
    band_size=METRICS.band_size,  # the same: a band on the left keeps columns' x
    min_cell_height=40.0,
)
CHIP_CAP = 8  # a fuller cell shows 7 chips and "+N" (the sample's fullest has 8)

# Below this scale card text is unreadable: the map shows chips instead. Chips
# turn back into cards only above CHIPS_UNTIL, so the two never flicker.
OVERVIEW_SCALE = 0.42
CHIPS_UNTIL = 1.0
# Fit shows full cards only if they are at least this large; chips otherwise.
FIT_CARDS_FROM = 0.75
MIN_SCALE = 0.02
MAX_SCALE = 4.0

CARD_RADIUS = 5.0
STRIPE_WIDTH = 5.0
NAME_LINES = 2
CARD_W, CARD_H = METRICS.card_width, METRICS.card_height
TEXT_X = STRIPE_WIDTH + 8.0  # name and badges start here
TEXT_Y = 6.0
TEXT_WIDTH = CARD_W - TEXT_X - 8.0
LINE_HEIGHT = 15.0
BADGE_Y = CARD_H - 19.0
BADGE_SIZE = 14.0

INK = QColor("#1f2937")  # main text
MUTED = QColor("#6b7280")  # secondary text
GRID_LINE = QColor("#dde1e7")
ROW_EVEN = QColor("#ffffff")
ROW_ODD = QColor("#f7f8fa")
HEADER_BG = QColor("#eef1f5")
HEADER_LINE = QColor("#c9d0da")
CARD_BORDER = QColor("#cfd5de")
SELECTION = QColor("#1d6fdc")
MATCH = QColor("#f5b400")
DROP = QColor("#1d6fdc")
ONLINE_BAND = (QColor("#dcebfa"), QColor("#1e5a96"))  # background, text
OFFLINE_BAND = (QColor("#f6eadb"), QColor("#7a5220"))
SCENE_BG = QColor("#e9ecf1")


def family() -> str:
    """The interface font family."""
    app = QApplication.instance()
    return app.font().family() if isinstance(app, QApplication) else "DejaVu Sans"


@cache
def font(pixels: int, bold: bool = False) -> QFont:
    """A font of the interface family at a pixel size (scene pixels scale with zoom)."""
    result = QFont(family())
    result.setPixelSize(pixels)
    result.setBold(bold)
    result.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return result


def mix(colour: str | QColor, other: str | QColor, amount: float) -> QColor:
    """`colour` blended towards `other` by `amount` (0 keeps colour, 1 gives other)."""
    a, b = QColor(colour), QColor(other)
    return QColor(
        round(a.red() + (b.red() - a.red()) * amount),
        round(a.green() + (b.green() - a.green()) * amount),
        round(a.blue() + (b.blue() - a.blue()) * amount),
    )


def text_on(background: QColor) -> QColor:
    """Dark or white text, whichever reads better on the background."""
    luminance = 0.299 * background.red() + 0.587 * background.green() + 0.114 * background.blue()
    return INK if luminance > 150 else QColor("#ffffff")

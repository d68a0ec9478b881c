"""Names, icons and number formats the assessment panels share."""

from __future__ import annotations

import html
import math

from PySide6.QtCore import QCoreApplication, QLocale, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap

from tpm_desktop.core import vocabulary
from tpm_desktop.core.enums import Decision, MediaType
from tpm_desktop.reports.tabular import parse_number
from tpm_desktop.ui.i18n import interface_language

# Red to green, readable on white and distinct for the common colour deficiencies
# thanks to the face drawn on top (the colour is never the only cue).
EXPERIENCE_COLORS = {
    -2: "#c0392b",
    -1: "#e67e22",
    0: "#9e9e9e",
    1: "#7cb342",
    2: "#2e7d32",
}
MAX_SHOWN_CHARS = 300  # names are cut before any text layout (a file may hold huge ones)


def experience_label(value: int | None) -> str:
    """What an experience value means, from the customer's point of view."""
    if value is None:
        return QCoreApplication.translate("Assessment", "Not rated")
    # One wording with the printed report: core.vocabulary.
    return vocabulary.experience_label(value, interface_language())


def decision_label(decision: Decision) -> str:
    """The decision's name."""
    labels = {
        Decision.KEEP: QCoreApplication.translate("Assessment", "Keep"),
        Decision.FOCUS: QCoreApplication.translate("Assessment", "Focus"),
        Decision.COMBINE: QCoreApplication.translate("Assessment", "Combine"),
        Decision.NEGLECT: QCoreApplication.translate("Assessment", "Neglect"),
        Decision.REMOVE: QCoreApplication.translate("Assessment", "Remove"),
        Decision.ADD: QCoreApplication.translate("Assessment", "Add"),
    }
    return labels[decision]


def media_label(media: MediaType | None) -> str:
    """The media type's name; "Not set" for None."""
    if media is None:
        return QCoreApplication.translate("Assessment", "Not set")
    return vocabulary.media_label(media, interface_language())


def experience_icon(value: int | None, size: int = 20) -> QIcon:
    """A face whose colour and mouth show the experience (-2 frown ... +2 wide smile)."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    rect = QRectF(1, 1, size - 2, size - 2)
    if value is None:
        painter.setPen(QPen(QColor("#9e9e9e"), 1.2, Qt.PenStyle.DashLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(rect)
        painter.end()
        return QIcon(pixmap)
    painter.setPen(QPen(QColor(EXPERIENCE_COLORS[value]).darker(130), 1))
    painter.setBrush(QColor(EXPERIENCE_COLORS[value]))
    painter.drawEllipse(rect)
    ink = QPen(QColor("white"), max(1.2, size / 12))
    ink.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(ink)
    eye_y = size * 0.38
    for x in (size * 0.36, size * 0.64):
        painter.drawPoint(QPointF(x, eye_y))
    left, right, mouth_y = size * 0.30, size * 0.70, size * 0.66
    bend = value * size * 0.09  # positive: smile
    path = QPainterPath(QPointF(left, mouth_y - bend / 2))
    path.quadTo(QPointF(size / 2, mouth_y + bend), QPointF(right, mouth_y - bend / 2))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(path)
    painter.end()
    return QIcon(pixmap)


def shown(text: str, limit: int = MAX_SHOWN_CHARS) -> str:
    """A single line cut to a size any label can lay out."""
    text = text[: limit * 2].replace("\n", " ")
    return text if len(text) <= limit else text[: limit - 1] + "…"


def tip(text: str, limit: int = 1000) -> str:
    """A tooltip showing user text as it is: markup in a name is escaped, not rendered."""
    if not text:
        return ""
    body = html.escape(text[: limit * 2][:limit]).replace("\n", "<br>")
    return f"<qt>{body}</qt>"


def rich(text: str) -> str:
    """Message text for a message box, with user text (names, paths) escaped."""
    return "<qt>" + html.escape(text).replace("\n", "<br>") + "</qt>"


def number(value: float | None, decimals: int = 2, empty: str = "–") -> str:
    """A number in the interface language with up to `decimals` decimals (3.5, 3,25)."""
    if value is None or not math.isfinite(value):
        return empty
    text = QLocale().toString(float(value), "f", decimals)
    decimal_point = QLocale().decimalPoint()
    if decimal_point in text:
        text = text.rstrip("0").rstrip(decimal_point)
    return text


def money(value: float | None, currency: str = "EUR", empty: str = "–") -> str:
    """An amount with thousands separators and no cents unless it has some."""
    if value is None or not math.isfinite(value):
        return empty
    decimals = 0 if float(value).is_integer() else 2
    symbol = vocabulary.currency_sign(currency)
    # The locale places the sign: "850.000 €" in German, "€850,000" in English, the
    # way the action plan and the measures show amounts too.
    return QLocale().toCurrencyString(float(value), symbol, decimals)


def signed(value: float | None, decimals: int = 2) -> str:
    """A difference with its sign (+1.5, −0.25)."""
    if value is None:
        return "–"
    text = number(abs(value), decimals)
    if text == "0":
        return text
    return ("+" if value > 0 else "−") + text


def parse_amount(text: str) -> float | None:
    """An amount typed in the interface language ("12.500" in German, "12,500" in English).

    None for empty text; ValueError for text that is not a number.
    """
    cleaned = text.strip()
    for symbol in ("€", "$", "£", "CHF", "EUR", "\u00a0", " "):
        cleaned = cleaned.replace(symbol, "")
    if not cleaned:
        return None
    value, ok = QLocale().toDouble(cleaned)
    if ok and math.isfinite(value):
        return value
    return parse_number(cleaned)


def scale_text(low: int, high: int) -> str:
    """A scale as "1–5"."""
    return f"{low}–{high}"

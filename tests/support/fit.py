"""Finding cut-off texts in a live widget tree: labels, buttons, group titles, headers.

A text counts as cut off when its font metrics need more room than the widget gives
it, unless the widget elides it ("…") and its tooltip holds the whole text.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QCheckBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QStyle,
    QWidget,
)

ELLIPSIS = "…"
SLACK = 1  # rounding between metrics and layout


def plain(text: str) -> str:
    """A widget text as shown: mnemonics and markup removed."""
    if "<" in text and re.search(r"</?[a-zA-Z][^>]*>|&[a-z]+;", text):
        document = QTextDocument()
        document.setHtml(text)
        text = document.toPlainText()
    return text.replace("&&", "\x00").replace("&", "").replace("\x00", "&")


def _widest_line(metrics: QFontMetrics, text: str) -> int:
    return max((metrics.horizontalAdvance(line) for line in text.splitlines()), default=0)


def _widest_word(metrics: QFontMetrics, text: str) -> int:
    return max((metrics.horizontalAdvance(word) for word in text.split()), default=0)


def _elided_with_tooltip(text: str, tooltip: str) -> bool:
    head = text.rstrip().removesuffix(ELLIPSIS).rstrip()
    return text.rstrip().endswith(ELLIPSIS) and bool(head) and head in plain(tooltip)


def _name(widget: QWidget, text: str) -> str:
    window = widget.window()
    where = window.windowTitle() or type(window).__name__
    return f"{where} › {type(widget).__name__} {widget.objectName()!s}: {text!r}".replace(" :", ":")


def label_problem(label: QLabel) -> str | None:
    """Why a label's text does not fit, or None."""
    pixmap = label.pixmap()
    if pixmap is not None and not pixmap.isNull():
        return None
    text = plain(label.text()).strip()
    if not text or _elided_with_tooltip(text, label.toolTip()):
        return None
    metrics = label.fontMetrics()
    room = label.contentsRect().width() - 2 * label.margin() - max(0, label.indent())
    if label.wordWrap():
        if _widest_word(metrics, text) > room + SLACK:
            return f"a word is wider than the label ({room}px)"
        high = label.heightForWidth(label.width())
        if high > label.height() + SLACK:
            return f"wrapped text is {high}px high, room {label.height()}px"
        return None
    needed = _widest_line(metrics, text)
    return f"needs {needed}px, has {room}px" if needed > room + SLACK else None


def button_problem(button: QAbstractButton) -> str | None:
    """Why a push button's, check box's or radio button's text does not fit, or None."""
    text = plain(button.text()).strip()
    if not text or _elided_with_tooltip(text, button.toolTip()):
        return None
    style, metrics = button.style(), button.fontMetrics()
    extra = 0
    if isinstance(button, QPushButton):
        margin = style.pixelMetric(QStyle.PixelMetric.PM_ButtonMargin, None, button)
        frame = style.pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth, None, button)
        extra = margin + 2 * frame
        if not button.icon().isNull():
            extra += button.iconSize().width() + 4
        if button.menu() is not None:
            extra += style.pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, None, button)
    elif isinstance(button, QCheckBox):
        extra = style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, button)
        extra += style.pixelMetric(QStyle.PixelMetric.PM_CheckBoxLabelSpacing, None, button)
    elif isinstance(button, QRadioButton):
        extra = style.pixelMetric(QStyle.PixelMetric.PM_ExclusiveIndicatorWidth, None, button)
        extra += style.pixelMetric(QStyle.PixelMetric.PM_RadioButtonLabelSpacing, None, button)
    else:
        return None  # tool buttons live in tool bars, which move what does not fit aside
    needed = _widest_line(metrics, text) + extra
    room = button.width()
    return f"needs {needed}px, has {room}px" if needed > room + SLACK else None


def group_problem(group: QGroupBox) -> str | None:
    """Why a group box's title does not fit, or None."""
    title = plain(group.title()).strip()
    if not title:
        return None
    needed = group.fontMetrics().horizontalAdvance(title) + 16
    if group.isCheckable():
        style = group.style()
        needed += style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, group) + 4
    room = group.width()
    return f"needs {needed}px, has {room}px" if needed > room + SLACK else None


def header_problems(header: QHeaderView) -> list[tuple[str, str]]:
    """(text, why) for every section of a horizontal header whose text is cut."""
    model = header.model()
    if model is None or header.orientation() is not Qt.Orientation.Horizontal:
        return []
    style = header.style()
    margin = 2 * style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    if header.isSortIndicatorShown():
        margin += style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header) + 4
    problems = []
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        text = model.headerData(section, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        if not isinstance(text, str) or not text.strip():
            continue
        font = model.headerData(section, Qt.Orientation.Horizontal, Qt.ItemDataRole.FontRole)
        metrics = QFontMetrics(font) if font is not None else header.fontMetrics()
        needed = _widest_line(metrics, text) + margin
        room = header.sectionSize(section)
        if needed <= room + SLACK:
            continue
        tooltip = model.headerData(section, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
        if isinstance(tooltip, str) and text.strip() in plain(tooltip):
            continue  # the header elides; hovering shows the whole text
        problems.append((text, f"needs {needed}px, has {room}px"))
    return problems


def cut_texts(root: QWidget) -> list[str]:
    """Every visible text in `root` (itself included) that does not fit its widget."""
    found = []
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if not widget.isVisible() or widget.width() <= 0:
            continue
        problem = None
        text = ""
        if isinstance(widget, QLabel):
            text, problem = widget.text(), label_problem(widget)
        elif isinstance(widget, QAbstractButton):
            text, problem = widget.text(), button_problem(widget)
        elif isinstance(widget, QGroupBox):
            text, problem = widget.title(), group_problem(widget)
        elif isinstance(widget, QAbstractItemView) and hasattr(widget, "horizontalHeader"):
            header = widget.horizontalHeader()
            if header.isVisible():
                for header_text, why in header_problems(header):
                    found.append(f"{_name(widget, header_text)} header {why}")
        elif isinstance(widget, QAbstractItemView) and hasattr(widget, "header"):
            header = widget.header()
            if header.isVisible():
                for header_text, why in header_problems(header):
                    found.append(f"{_name(widget, header_text)} header {why}")
        if problem:
            found.append(f"{_name(widget, plain(text))} {problem}")
    return found

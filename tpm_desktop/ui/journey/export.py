"""The journey view as a picture: PNG (twice the screen's pixels) or SVG, written atomically."""

from __future__ import annotations

import math
from datetime import date
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QLocale,
    QRect,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPaintDevice, QPainter
from PySide6.QtSvg import QSvgGenerator

from tpm_desktop.core.atomic import write_bytes_atomic
from tpm_desktop.core.errors import ProjectFileError
from tpm_desktop.ui.canvas import style
from tpm_desktop.ui.journey.scene import JourneyScene

PNG_SCALE = 2.0  # sharp on slides and in documents
MAX_PIXELS = 50_000_000  # a larger PNG is drawn smaller (memory, and viewers)
FORMATS = ("png", "svg")
TITLE_HEIGHT = 44.0  # scene units above the view: project, "Customer journey", the date


def picture_size(scene: JourneyScene, fmt: str) -> tuple[QSize, float]:
    """The picture's size in pixels and the scale from scene to picture."""
    rect = scene.sceneRect().adjusted(0, -TITLE_HEIGHT, 0, 0)
    scale = PNG_SCALE if fmt == "png" else 1.0
    pixels = rect.width() * rect.height() * scale * scale
    if fmt == "png" and pixels > MAX_PIXELS:
        scale *= math.sqrt(MAX_PIXELS / pixels)
    size = QSize(max(1, math.ceil(rect.width() * scale)), max(1, math.ceil(rect.height() * scale)))
    return size, scale


def render(scene: JourneyScene, fmt: str, title: str = "") -> bytes:
    """The whole journey view (not just the scrolled part) as PNG or SVG bytes."""
    if fmt not in FORMATS:
        raise ValueError(fmt)
    size, _scale = picture_size(scene, fmt)
    selected = [tid for tid, chip in scene.chips.items() if chip.selected]
    scene.show_selection([])  # the picture shows the journey, not the selection
    background = scene.backgroundBrush()
    scene.setBackgroundBrush(QColor("#ffffff"))  # on paper, not the screen's grey
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    try:
        if fmt == "svg":
            generator = QSvgGenerator()
            generator.setOutputDevice(buffer)
            generator.setSize(size)
            generator.setViewBox(QRect(0, 0, size.width(), size.height()))
            generator.setTitle(title[:200])
            generator.setDescription(
                QCoreApplication.translate(
                    "JourneyExport", "Customer journey exported by TPM Desktop"
                )
            )
            _paint(generator, scene, size, title)
        else:
            image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
            if image.isNull():
                raise MemoryError("picture too large")
            image.fill(QColor("#ffffff"))
            _paint(image, scene, size, title)
            if not image.save(buffer, "PNG"):
                raise MemoryError("the PNG could not be encoded")
    finally:
        scene.show_selection(selected)
        scene.setBackgroundBrush(background)
        buffer.close()
    return bytes(QByteArray(buffer.data()).data())


def _paint(device: QPaintDevice, scene: JourneyScene, size: QSize, title: str) -> None:
    painter = QPainter(device)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.fillRect(QRectF(0, 0, size.width(), size.height()), QColor("#ffffff"))
        rect = scene.sceneRect()
        scale = size.width() / rect.width()
        head = TITLE_HEIGHT * scale
        font = QFont(style.family())
        font.setPixelSize(max(1, round(16 * scale)))
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(style.INK)
        heading = " – ".join(
            part
            for part in (
                title.strip()[:120],
                QCoreApplication.translate("JourneyExport", "Customer journey"),
                QLocale().toString(date.today(), QLocale.FormatType.ShortFormat),
            )
            if part
        )
        text_box = QRectF(12 * scale, 0, size.width() - 24 * scale, head)
        elided = QFontMetricsF(font).elidedText(
            heading, Qt.TextElideMode.ElideRight, text_box.width()
        )
        painter.drawText(text_box, int(Qt.AlignmentFlag.AlignVCenter), elided)
        scene.render(painter, QRectF(0, head, size.width(), size.height() - head), rect)
    finally:
        painter.end()


def export_journey(scene: JourneyScene, path: Path, title: str = "") -> None:
    """Write the picture (format from the suffix) to `path` atomically.

    Raises ProjectFileError when it cannot be made or written; an old file stays whole.
    """
    fmt = path.suffix.lower().lstrip(".")
    try:
        data = render(scene, fmt, title)
    except MemoryError as exc:
        raise ProjectFileError("save_failed", path, detail=str(exc)) from exc
    write_bytes_atomic(Path(path), data)

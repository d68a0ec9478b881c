"""The journey view as a picture: PNG (twice the screen's pixels) or SVG, written atomically."""

from __future__ import annotations

import math
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QRect, QRectF, QSize
from PySide6.QtGui import QColor, QImage, QPaintDevice, QPainter
from PySide6.QtSvg import QSvgGenerator

from tpm_desktop.core.atomic import write_bytes_atomic
from tpm_desktop.core.errors import ProjectFileError
from tpm_desktop.ui.journey.scene import JourneyScene

PNG_SCALE = 2.0  # sharp on slides and in documents
MAX_PIXELS = 50_000_000  # a larger PNG is drawn smaller (memory, and viewers)
FORMATS = ("png", "svg")


def picture_size(scene: JourneyScene, fmt: str) -> tuple[QSize, float]:
    """The picture's size in pixels and the scale from scene to picture."""
    rect = scene.sceneRect()
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
            _paint(generator, scene, size)
        else:
            image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
            if image.isNull():
                raise MemoryError("picture too large")
            image.fill(QColor("#ffffff"))
            _paint(image, scene, size)
            if not image.save(buffer, "PNG"):
                raise MemoryError("the PNG could not be encoded")
    finally:
        scene.show_selection(selected)
        buffer.close()
    return bytes(QByteArray(buffer.data()).data())


def _paint(device: QPaintDevice, scene: JourneyScene, size: QSize) -> None:
    painter = QPainter(device)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        target = QRectF(0, 0, size.width(), size.height())
        painter.fillRect(target, QColor("#ffffff"))
        scene.render(painter, target, scene.sceneRect())
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

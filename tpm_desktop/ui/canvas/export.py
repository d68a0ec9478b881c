"""Exporting the map as a picture: PNG or SVG, at the current zoom or fitted to a page.

The picture shows the whole map with its headers (never the scrolled view), a
title line and the legend; selection and hover are left out. Files are written
atomically, like every file the application writes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QLocale,
    QObject,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QImage, QPaintDevice, QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from tpm_desktop.core.atomic import write_bytes_atomic
from tpm_desktop.core.errors import ProjectFileError
from tpm_desktop.ui.canvas import style
from tpm_desktop.ui.canvas.colours import mode_title
from tpm_desktop.ui.canvas.overlays import legend_size, paint_legend
from tpm_desktop.ui.canvas.scene import MapScene

MARGIN = 28.0
TITLE_HEIGHT = 46.0
GAP = 18.0
MAX_PIXELS = 50_000_000  # a PNG beyond this is scaled down (memory, and viewers)
PAGE_MM = {"a4": (297.0, 210.0), "a3": (420.0, 297.0)}  # landscape
PNG_DPI = 200
SVG_DPI = 96


class ExportTexts(QObject):
    """Plural texts of the picture (lupdate only finds plurals in a QObject's tr)."""

    def touchpoints(self, count: int) -> str:
        """ "128 touchpoints"."""
        return self.tr("%n touchpoint(s)", "", count)


class Fit(StrEnum):
    """How big the picture is."""

    ZOOM = "zoom"  # the whole map at the current zoom
    A4 = "a4"  # fitted to an A4 page (orientation follows the map)
    A3 = "a3"


@dataclass(frozen=True, slots=True)
class ExportOptions:
    """What the export dialog asks."""

    fmt: str  # "png" or "svg"
    fit: Fit
    decorations: bool = True  # title and legend


def content_size(scene: MapScene, decorations: bool) -> QSize:
    """The picture's size at scale 1, in scene units."""
    layout = scene.arrangement.layout
    width, height = layout.width, layout.height
    if decorations:
        legend = legend_size(mode_title(scene.mode), scene.legend())
        width = max(width, legend.width())
        height += TITLE_HEIGHT + GAP + legend.height()
    return QSize(round(width + 2 * MARGIN), round(height + 2 * MARGIN))


def page_pixels(fit: Fit, dpi: int, content: QSize) -> QSize:
    """A page's size in pixels, turned to match the content's orientation."""
    long_mm, short_mm = PAGE_MM[fit.value]
    landscape = content.width() >= content.height()
    width_mm, height_mm = (long_mm, short_mm) if landscape else (short_mm, long_mm)
    return QSize(round(width_mm / 25.4 * dpi), round(height_mm / 25.4 * dpi))


def output_geometry(scene: MapScene, options: ExportOptions, zoom: float) -> tuple[QSize, float]:
    """The output size in pixels and the scale the content is drawn at."""
    content = content_size(scene, options.decorations)
    if options.fit is Fit.ZOOM:
        scale = zoom
        if content.width() * content.height() * scale * scale > MAX_PIXELS:
            scale = (MAX_PIXELS / (content.width() * content.height())) ** 0.5
        size = QSize(max(1, int(content.width() * scale)), max(1, int(content.height() * scale)))
        return size, scale
    dpi = PNG_DPI if options.fmt == "png" else SVG_DPI
    page = page_pixels(options.fit, dpi, content)
    scale = min(page.width() / content.width(), page.height() / content.height())
    return page, scale


def _paint(
    painter: QPainter, scene: MapScene, scale: float, size: QSize, decorations: bool
) -> None:
    content = content_size(scene, decorations)
    # Centre the content on a page; at the current zoom it fills the picture exactly.
    dx = (size.width() - content.width() * scale) / 2
    dy = (size.height() - content.height() * scale) / 2
    painter.translate(dx, dy)
    painter.scale(scale, scale)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    layout = scene.arrangement.layout
    top = MARGIN
    if decorations:
        state = scene.document.state
        painter.setPen(style.INK)
        painter.setFont(style.font(18, True))
        title = state.project.name[:200] or scene.document.display_name[:200]
        painter.drawText(
            QRectF(MARGIN, MARGIN, layout.width, 24), Qt.AlignmentFlag.AlignVCenter, title
        )
        painter.setPen(style.MUTED)
        painter.setFont(style.font(12))
        count = scene.arrangement.shown_count
        subtitle = " · ".join(
            (
                QCoreApplication.translate("MapExport", "Colour: %1").replace(
                    "%1", mode_title(scene.mode)
                ),
                ExportTexts().touchpoints(count),
                _today(),
            )
        )
        painter.drawText(
            QRectF(MARGIN, MARGIN + 24, layout.width, 18), Qt.AlignmentFlag.AlignVCenter, subtitle
        )
        top += TITLE_HEIGHT
    source = QRectF(0, 0, layout.width, layout.height)
    with scene.clean_render():
        scene.render(painter, QRectF(MARGIN, top, layout.width, layout.height), source)
    if decorations:
        paint_legend(
            painter,
            QPointF(MARGIN, top + layout.height + GAP),
            mode_title(scene.mode),
            scene.legend(),
        )


def _today() -> str:
    """Today in the locale's short format, with the full year."""
    locale = QLocale()
    pattern = locale.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in pattern:
        pattern = pattern.replace("yy", "yyyy")
    return locale.toString(date.today(), pattern)


def render(scene: MapScene, options: ExportOptions, zoom: float) -> bytes:
    """The picture's bytes (PNG or SVG)."""
    size, scale = output_geometry(scene, options, zoom)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if options.fmt == "svg":
        generator = QSvgGenerator()
        generator.setOutputDevice(buffer)
        generator.setSize(size)
        generator.setViewBox(QRect(0, 0, size.width(), size.height()))
        generator.setResolution(SVG_DPI)
        generator.setTitle(scene.document.state.project.name[:200])
        generator.setDescription(
            QCoreApplication.translate("MapExport", "Touchpoint map exported by TPM Desktop")
        )
        _paint_on(generator, scene, scale, size, options.decorations, white=True)
    else:
        image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
        if image.isNull():  # not enough memory for the picture
            raise MemoryError("picture too large")
        image.setDotsPerMeterX(round(PNG_DPI / 0.0254) if options.fit is not Fit.ZOOM else 3780)
        image.setDotsPerMeterY(image.dotsPerMeterX())
        image.fill(QColor("#ffffff"))
        _paint_on(image, scene, scale, size, options.decorations, white=False)
        image.save(buffer, "PNG")
    buffer.close()
    return bytes(QByteArray(buffer.data()).data())


def _paint_on(
    device: QPaintDevice, scene: MapScene, scale: float, size: QSize, decorations: bool, white: bool
) -> None:
    painter = QPainter(device)
    try:
        if white:
            painter.fillRect(QRectF(0, 0, size.width(), size.height()), QColor("#ffffff"))
        _paint(painter, scene, scale, size, decorations)
    finally:
        painter.end()


def export_map(scene: MapScene, path: Path, options: ExportOptions, zoom: float) -> float:
    """Write the picture to `path` atomically; returns the scale used (a huge PNG is
    drawn smaller). Raises ProjectFileError."""
    try:
        data = render(scene, options, zoom)
    except MemoryError as exc:
        raise ProjectFileError("save_failed", path, detail=str(exc)) from exc
    write_bytes_atomic(Path(path), data)
    return output_geometry(scene, options, zoom)[1]


class ExportDialog(QDialog):
    """Format, size and decorations of a map export."""

    def __init__(self, zoom: float, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export map as picture"))
        self.png = QRadioButton(self.tr("PNG image (for slides and documents)"))
        self.svg = QRadioButton(self.tr("SVG vector graphic (sharp at any size)"))
        self.png.setChecked(True)
        formats = QGroupBox(self.tr("Format"))
        box = QVBoxLayout(formats)
        box.addWidget(self.png)
        box.addWidget(self.svg)
        percent = QLocale().toString(round(zoom * 100))
        self.at_zoom = QRadioButton(
            self.tr("Whole map at the current zoom (%1 %)").replace("%1", percent)
        )
        self.a4 = QRadioButton(self.tr("Fitted to an A4 page"))
        self.a3 = QRadioButton(self.tr("Fitted to an A3 page"))
        self.at_zoom.setChecked(True)
        sizes = QGroupBox(self.tr("Size"))
        box = QVBoxLayout(sizes)
        for button in (self.at_zoom, self.a4, self.a3):
            box.addWidget(button)
        self._group = QButtonGroup(self)
        for button in (self.at_zoom, self.a4, self.a3):
            self._group.addButton(button)
        self.decorations = QCheckBox(self.tr("Add the title and the legend"))
        self.decorations.setChecked(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(formats)
        layout.addWidget(sizes)
        layout.addWidget(self.decorations)
        layout.addWidget(buttons)

    def options(self) -> ExportOptions:
        """What was chosen."""
        fit = Fit.A4 if self.a4.isChecked() else Fit.A3 if self.a3.isChecked() else Fit.ZOOM
        return ExportOptions(
            "svg" if self.svg.isChecked() else "png", fit, self.decorations.isChecked()
        )


def ask_export_options(parent: QWidget | None, zoom: float) -> ExportOptions | None:
    """The export dialog; None when cancelled (tests replace this function)."""
    dialog = ExportDialog(zoom, parent)
    return dialog.options() if dialog.exec() == QDialog.DialogCode.Accepted else None

"""The journey scene: a projection of the document as phases across and lanes down.

It holds no data of its own beyond the view settings (rows, segment, filter, width):
every rebuild reads the document's state, and the curve's numbers come from
`core.journey`, the same as the printed report's.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QLocale, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QGraphicsSimpleTextItem

from tpm_desktop.core.enums import EXPERIENCE_MAX, EXPERIENCE_MIN, ChannelKind
from tpm_desktop.core.journey import (
    Box,
    JourneyGeometry,
    JourneyGrid,
    JourneyPoint,
    JourneyRows,
    JourneySizes,
    curve_y,
    fitted_sizes,
    journey_curve,
    journey_geometry,
    journey_grid,
    moment_marks,
)
from tpm_desktop.core.model import Channel, Department, Touchpoint
from tpm_desktop.core.segments import experience_for
from tpm_desktop.core.state import ProjectState
from tpm_desktop.ui.canvas import style
from tpm_desktop.ui.canvas.colours import EXPERIENCE_COLOURS, experience_label
from tpm_desktop.ui.journey.items import ChipItem, MomentItem, two_lines

SIZES = JourneySizes()
CURVE_TOP = 34.0  # room in the curve's box for its legend
CURVE_MARGIN = 14.0  # above +2 and below -2, so stars on those lines stay inside
AS_IS_COLOUR = QColor("#1e3a5f")
TARGET_COLOUR = QColor("#2a9d6f")
MAX_CHIPS_PER_LINE = 6
MAX_TIP_NAMES = 12


def signed(value: float) -> str:
    """A mean experience as the curve labels it: +0.4, −1.2, 0.0."""
    text = QLocale().toString(abs(value), "f", 1)
    if round(value, 1) == 0:
        return QLocale().toString(0.0, "f", 1)
    return ("+" if value > 0 else "−") + text


def _font(points: float, bold: bool = False) -> QFont:
    font = QFont(style.family())
    font.setPointSizeF(points)
    font.setBold(bold)
    return font


class JourneyScene(QGraphicsScene):
    """Phase columns, lane rows, chips and the experience curve above them."""

    def __init__(self) -> None:
        super().__init__()
        self.setBackgroundBrush(QBrush(style.SCENE_BG))
        self.chips: dict[int, ChipItem] = {}
        self.moments: list[MomentItem] = []
        self.points: list[JourneyPoint] = []
        self.grid: JourneyGrid | None = None
        self.geometry: JourneyGeometry | None = None
        self.curve_paths: dict[str, QPainterPath] = {}
        self.segment_name = ""
        self.language = "en"

    # -- building ----------------------------------------------------------------------------

    def rebuild(
        self,
        state: ProjectState,
        rows: JourneyRows,
        *,
        width: float,
        segment_id: int | None = None,
        segment_name: str = "",
        shown: Callable[[Touchpoint], bool] | None = None,
        matches: Callable[[Touchpoint], bool | None] | None = None,
        selected: list[int] | None = None,
    ) -> None:
        """Draw the document anew for the given view settings.

        `shown` leaves touchpoints out (the map's filters); `matches` marks the ones
        the search finds, as the map does.
        """
        self.clear()
        self.chips = {}
        self.moments = []
        self.curve_paths = {}
        self.segment_name = segment_name
        grid = journey_grid(state, rows, shown)
        sizes = fitted_sizes(width, grid, SIZES, max_per_line=MAX_CHIPS_PER_LINE)
        geometry = journey_geometry(grid, sizes)
        self.grid, self.geometry = grid, geometry
        self.language = state.project.language
        self.points = journey_curve(state, segment_id)
        self._draw_headers(grid, geometry)
        self._draw_lanes(grid, geometry)
        self._draw_chips(state, grid, geometry, segment_id)
        if geometry.curve is not None and grid.phases:
            self._draw_curve(geometry, geometry.curve)
        if not grid.phases:
            note = self._text(self.tr("This project has no journey phases yet."), _font(11))
            note.setPos(SIZES.lane_header, SIZES.phase_header)
        if matches is not None:
            for tid, chip in self.chips.items():
                chip.matched = bool(matches(state.touchpoints[tid]))
        self.setSceneRect(QRectF(-12, -12, geometry.width + 24, geometry.height + 24))
        self.show_selection(selected or [])

    def _rect(self, box: Box, fill: QColor, line: QColor | None = None) -> QGraphicsItem:
        pen = QPen(line, 1) if line is not None else QPen(Qt.PenStyle.NoPen)
        return self.addRect(QRectF(box.x, box.y, box.width, box.height), pen, QBrush(fill))

    def _text(
        self, text: str, font: QFont, colour: QColor = style.INK, width: float | None = None
    ) -> QGraphicsSimpleTextItem:
        shown = text
        if width is not None:
            shown = QFontMetricsF(font).elidedText(text, Qt.TextElideMode.ElideRight, width)
        item = self.addSimpleText(shown, font)
        item.setBrush(QBrush(colour))
        if shown != text:
            item.setToolTip(text)
        return item

    def _draw_headers(self, grid: JourneyGrid, geometry: JourneyGeometry) -> None:
        font = _font(11, bold=True)
        for phase in grid.phases:
            box = geometry.phase_headers[phase.id]
            self._rect(box, QColor("#1e3a5f"))
            label = self._text(phase.name, font, QColor("#ffffff"), box.width - 20)
            rect = label.boundingRect()
            label.setPos(box.centre_x - rect.width() / 2, box.y + (box.height - rect.height()) / 2)
        if grid.phases:
            corner = Box(0, 0, geometry.phase_headers[grid.phases[0].id].x, SIZES.phase_header)
            self._rect(corner, style.HEADER_BG)
            title = self.tr("Customer journey")
            item = self._text(title, _font(10, bold=True), style.INK, corner.width - 16)
            item.setPos(8, (corner.height - item.boundingRect().height()) / 2)

    def _draw_lanes(self, grid: JourneyGrid, geometry: JourneyGeometry) -> None:
        name_font = _font(9.5, bold=True)
        for index, lane in enumerate(grid.lanes):
            header = geometry.lane_headers[lane.id]
            fill = style.ROW_EVEN if index % 2 == 0 else style.ROW_ODD
            self._rect(header, style.HEADER_BG, style.HEADER_LINE)
            stripe = Box(header.x, header.y, 5, header.height)
            self._rect(stripe, QColor(lane.colour))
            lines = two_lines(lane.name, QFontMetricsF(name_font), header.width - 20, self.language)
            label = self._text("\n".join(lines), name_font, style.INK)
            label.setPos(header.x + 12, header.y + 8)
            if " ".join(lines) != lane.name:
                label.setToolTip(lane.name)
            for phase in grid.phases:
                self._rect(geometry.cells[(lane.id, phase.id)], fill, style.GRID_LINE)
        band_font = _font(9, bold=True)
        for kind, box in geometry.group_bands:
            online = kind is ChannelKind.ONLINE
            colours = style.ONLINE_BAND if online else style.OFFLINE_BAND
            self._rect(box, colours[0])
            text = self.tr("Online") if online else self.tr("Offline")
            label = self._text(text, band_font, colours[1], max(10.0, box.height - 8))
            label.setRotation(-90)
            rect = label.boundingRect()
            # Near the top of the band, so it is on screen without scrolling.
            top = min(box.y + 10 + rect.width(), box.bottom - 4)
            label.setPos(box.x + (box.width - rect.height()) / 2, top)

    def _draw_chips(
        self,
        state: ProjectState,
        grid: JourneyGrid,
        geometry: JourneyGeometry,
        segment_id: int | None,
    ) -> None:
        by_channel = grid.rows is JourneyRows.CHANNEL
        departments = state.table(Department)
        channels = state.table(Channel)
        for tid, box in geometry.chips.items():
            tp = state.touchpoints[tid]
            department = departments.get(tp.department_id)
            channel = channels.get(tp.channel_id)
            other = department if by_channel else channel
            stripe = other.color if other is not None else "#8d99a6"
            # The segment's own experience where one is chosen: the dots agree with the curve.
            experience = experience_for(state, tid, segment_id)
            dot = EXPERIENCE_COLOURS.get(experience) if experience is not None else None
            lines = [tp.name]
            where = " · ".join(x.name for x in (department, channel) if x is not None)
            if where:
                lines.append(where)
            if experience is not None:
                lines.append(self.tr("Experience: %1").replace("%1", experience_label(experience)))
            if tp.is_super:
                lines.append(self.tr("Super-touchpoint (moment of truth)"))
            chip = ChipItem(
                tid,
                QRectF(box.x, box.y, box.width, box.height),
                tp.name,
                stripe,
                dot,
                tp.is_super,
                "\n".join(lines),
                state.project.language,
            )
            chip.setZValue(2)
            self.addItem(chip)
            self.chips[tid] = chip

    # -- the curve -----------------------------------------------------------------------------

    def _draw_curve(self, geometry: JourneyGeometry, box: Box) -> None:
        self._rect(box, QColor("#ffffff"), style.HEADER_LINE)
        left = Box(0, box.y, box.x, box.height)
        self._rect(left, style.HEADER_BG, style.HEADER_LINE)
        grid_pen = QPen(style.GRID_LINE, 1)
        zero_pen = QPen(QColor("#9aa3af"), 1, Qt.PenStyle.DashLine)
        axis_font = _font(8.5)
        plot = Box(box.x, box.y + CURVE_TOP, box.width, box.height - CURVE_TOP)
        for value in range(EXPERIENCE_MIN, EXPERIENCE_MAX + 1):
            y = curve_y(value, plot, CURVE_MARGIN)
            self.addLine(box.x, y, box.right, y, zero_pen if value == 0 else grid_pen)
            label = self._text(experience_label(value), axis_font, style.MUTED, box.x - 14)
            rect = label.boundingRect()
            label.setPos(box.x - rect.width() - 8, y - rect.height() / 2)
        self._draw_legend(box)
        series = (
            ("as_is", AS_IS_COLOUR, Qt.PenStyle.SolidLine, -10.0),
            ("target", TARGET_COLOUR, Qt.PenStyle.DashLine, 10.0),
        )
        value_font = _font(8.5, bold=True)
        for name, colour, pen_style, shift in series:
            path = QPainterPath()
            started = False
            for point in self.points:
                value = point.as_is if name == "as_is" else point.target
                count = point.as_is_count if name == "as_is" else point.target_count
                x = geometry.phase_headers[point.phase.id].centre_x
                if value is None:
                    started = False  # a phase without values breaks the line
                    continue
                y = curve_y(value, plot, CURVE_MARGIN)
                if started:
                    path.lineTo(x, y)
                else:
                    path.moveTo(x, y)
                    started = True
                dot = self.addEllipse(
                    QRectF(x - 5, y - 5, 10, 10), QPen(QColor("#ffffff"), 1.5), QBrush(colour)
                )
                dot.setZValue(2)
                dot.setToolTip(self._point_tip(name, point.phase.name, value, count))
                label = self._text(signed(value), value_font, colour)
                rect = label.boundingRect()
                label.setPos(x + shift - (rect.width() if shift < 0 else 0), y - rect.height() - 6)
                label.setZValue(2)
            self.curve_paths[name] = path
            line = self.addPath(path, QPen(colour, 2.5, pen_style), QBrush(Qt.BrushStyle.NoBrush))
            line.setZValue(1)
        self._draw_moments(geometry, plot)
        if all(p.as_is is None and p.target is None for p in self.points):
            note = self._text(self.tr("No customer experience rated yet."), _font(10), style.MUTED)
            rect = note.boundingRect()
            note.setPos(
                box.centre_x - rect.width() / 2, plot.y + plot.height / 2 - rect.height() - 4
            )

    def _point_tip(self, series: str, phase: str, value: float, count: int) -> str:
        title = self.tr("As-is") if series == "as_is" else self.tr("Target")
        basis = self.tr("mean of %n touchpoint(s)", "", count)
        return f"{phase}\n{title}: {signed(value)} ({basis})"

    def _draw_legend(self, box: Box) -> None:
        font = _font(8.5)
        x = box.x + 10
        y = box.y + 10
        entries = (
            (self.tr("As-is experience"), AS_IS_COLOUR, Qt.PenStyle.SolidLine),
            (self.tr("Target experience"), TARGET_COLOUR, Qt.PenStyle.DashLine),
        )
        for text, colour, pen_style in entries:
            self.addLine(x, y + 7, x + 22, y + 7, QPen(colour, 2.5, pen_style))
            label = self._text(text, font, style.INK)
            label.setPos(x + 28, y)
            x += 28 + label.boundingRect().width() + 18
        marker = MomentItem(0, QPointF(x + 6, y + 7), True, "")
        marker.setCursor(Qt.CursorShape.ArrowCursor)
        self.addItem(marker)
        label = self._text(self.tr("Moment of truth (super-touchpoint)"), font, style.INK)
        label.setPos(x + 18, y)
        x += 18 + label.boundingRect().width() + 18
        if self.segment_name:
            text = self.tr("Segment: %1").replace("%1", self.segment_name)
            segment = self._text(text, _font(8.5, bold=True), style.INK, box.right - x - 10)
            segment.setPos(max(x, box.right - segment.boundingRect().width() - 10), y)

    def _draw_moments(self, geometry: JourneyGeometry, plot: Box) -> None:
        count_font = _font(8, bold=True)
        for point in self.points:
            header = geometry.phase_headers[point.phase.id]
            # Stars spread over the phase's middle two thirds, beside the curve's dot.
            span = header.width / 3
            for mark in moment_marks(point):
                x = header.centre_x + span * mark.offset * 2
                value = mark.experience if mark.experience is not None else 0
                y = curve_y(value, plot, CURVE_MARGIN)
                rating = (
                    experience_label(mark.experience)
                    if mark.experience is not None
                    else self.tr("experience not rated")
                )
                names = [f"★ {m.name}" for m in mark.moments[:MAX_TIP_NAMES]]
                if len(mark.moments) > MAX_TIP_NAMES:
                    names.append("…")
                tip = "\n".join([*names, rating])
                first = mark.moments[0].touchpoint_id
                item = MomentItem(first, QPointF(x, y), mark.experience is not None, tip)
                self.addItem(item)
                self.moments.append(item)
                if len(mark.moments) > 1:  # a group of many: how many it stands for
                    label = self._text(f"×{len(mark.moments)}", count_font, style.INK)
                    label.setPos(x + 8, y - label.boundingRect().height() / 2)
                    label.setZValue(3)

    # -- selection ---------------------------------------------------------------------------

    def show_selection(self, ids: list[int]) -> None:
        """Outline the selected chips."""
        chosen = set(ids)
        for tid, chip in self.chips.items():
            chip.set_selected(tid in chosen)

    def touchpoint_at(self, pos: QPointF) -> int | None:
        """The touchpoint of the chip or star under a scene position."""
        for item in self.items(pos):
            if isinstance(item, ChipItem | MomentItem) and item.touchpoint_id:
                return item.touchpoint_id
        return None

"""The touchpoint map as vector drawing: grid, bands, headers, cards and legend."""

from __future__ import annotations

from reportlab.lib.colors import Color
from reportlab.platypus import Flowable, NextPageTemplate, PageBreak, Spacer

from tpm_desktop.core.enums import ChannelKind
from tpm_desktop.reports.pdf import fonts
from tpm_desktop.reports.pdf.colouring import Colouring
from tpm_desktop.reports.pdf.context import ReportContext
from tpm_desktop.reports.pdf.map_layout import (
    BLOCK_GAP,
    DETAILED,
    LEGEND_ROOM,
    TITLE_ROOM,
    MapBlock,
    MapStyle,
    plan_map,
)
from tpm_desktop.reports.pdf.options import MapColour, Section
from tpm_desktop.reports.pdf.overview import OverviewSheet, choose_sheet, kind_labels
from tpm_desktop.reports.pdf.safe import line
from tpm_desktop.reports.pdf.styles import (
    FAINT,
    HAIRLINE,
    INK,
    MUTED,
    NAVY,
    PANEL,
    RULE,
    WHITE,
    lane_colour,
    text_colour_on,
)
from tpm_desktop.reports.pdf.templates import MAP
from tpm_desktop.reports.pdf.textblock import TextBlock, elide, fit_lines, text_width

STAR = "★"
OFFLINE_BAND = Color(0.36, 0.45, 0.56)


class MapTitle(Flowable):
    """The small title of a continued map page, with its own outline entry."""

    def __init__(self, text: str, key: str) -> None:
        super().__init__()
        self.text, self.key = text, key

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.width = availWidth
        return availWidth, TITLE_ROOM

    def draw(self) -> None:
        canvas = self.canv
        canvas.bookmarkHorizontal(self.key, 0, TITLE_ROOM)
        canvas.addOutlineEntry(self.text, self.key, 1, closed=True)
        canvas.setFont(fonts.BOLD, 10.5)
        canvas.setFillColor(NAVY)
        canvas.drawString(0, TITLE_ROOM - 16, elide(self.text, fonts.BOLD, 10.5, self.width))


class MapDrawing(Flowable):
    """One page of the map, drawn from the shared grid geometry (points, y down)."""

    def __init__(self, page: MapBlock, colouring: Colouring, context: ReportContext) -> None:
        super().__init__()
        self.page = page
        self.colouring = colouring
        self.context = context

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.width = availWidth
        self.height = self.page.layout.height
        return availWidth, self.height

    # y in the layout grows downwards from the top of the grid
    def _y(self, y: float) -> float:
        return self.height - y

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        self._draw_bands()
        self._draw_column_headers()
        self._draw_row_headers()
        self._draw_grid()
        self._draw_cards()
        canvas.restoreState()

    def _draw_bands(self) -> None:
        style = self.page.style
        canvas, layout = self.canv, self.page.layout
        for band in layout.column_bands:
            rect = layout.column_band_rect(band)
            offline = band.group == self.context.t.kind(ChannelKind.OFFLINE)
            canvas.setFillColor(OFFLINE_BAND if offline else NAVY)
            canvas.rect(
                rect.x + 0.5, self._y(rect.bottom) + 1, rect.width - 1, rect.height - 1, 0, 1
            )
            canvas.setFillColor(WHITE)
            canvas.setFont(fonts.BOLD, style.header_size)
            label = elide(band.group.upper(), fonts.BOLD, style.header_size, rect.width - 6)
            canvas.drawCentredString(rect.x + rect.width / 2, self._y(rect.bottom) + 4, label)
        corner = self.context.t("map_corner")
        canvas.setFillColor(FAINT)
        canvas.setFont(fonts.REGULAR, 6)
        room = layout.origin_x - 6
        # A narrow corner (the overview) takes "Channels →" above "Departments ↓".
        parts = [corner] if text_width(corner, fonts.REGULAR, 6) <= room else corner.split("  ")
        for index, text in enumerate(parts):
            y = self._y(layout.origin_y) + 4 + index * 7
            canvas.drawString(2, y, elide(text.strip(), fonts.REGULAR, 6, room))

    def _draw_column_headers(self) -> None:
        style = self.page.style
        canvas, layout = self.canv, self.page.layout
        for channel in self.page.columns:
            rect = layout.column_header_rect(channel.id)
            bottom = self._y(rect.bottom)
            canvas.setFillColor(PANEL)
            canvas.rect(rect.x + 0.5, bottom, rect.width - 1, rect.height - 1, 0, 1)
            canvas.setFillColor(lane_colour(channel.color))
            canvas.rect(rect.x + 0.5, bottom, rect.width - 1, 2.2, 0, 1)
            lines = self.page.column_lines[channel.id]
            canvas.setFillColor(NAVY)
            canvas.setFont(fonts.BOLD, style.header_size)
            block = len(lines) * style.header_leading
            y = bottom + 3 + (rect.height - 4 - block) / 2 + block - style.header_size
            for text in lines:
                canvas.drawCentredString(rect.x + rect.width / 2, y, text)
                y -= style.header_leading

    def _draw_row_headers(self) -> None:
        style = self.page.style
        canvas, layout, t = self.canv, self.page.layout, self.context.t
        for part in self.page.rows:
            rect = layout.row_header_rect(part.key)
            bottom = self._y(rect.bottom)
            canvas.setFillColor(PANEL)
            canvas.rect(rect.x, bottom + 0.5, rect.width - 1, rect.height - 1, 0, 1)
            canvas.setFillColor(lane_colour(part.department.color))
            canvas.rect(rect.x, bottom + 0.5, 2.5, rect.height - 1, 0, 1)
            inner = rect.width - 12
            room = max(1, int((rect.height - 8 - 8) // style.row_name_leading))
            lines = fit_lines(
                line(part.department.name, 200),
                fonts.BOLD,
                style.row_name_size,
                inner,
                min(style.row_name_lines, room),
            )
            y = self._y(rect.y) - 4 - style.row_name_size
            canvas.setFillColor(NAVY)
            canvas.setFont(fonts.BOLD, style.row_name_size)
            for text in lines:
                canvas.drawString(rect.x + 7, y, text)
                y -= style.row_name_leading
            # A page shows some channels only: "9 of 19", not "9 touchpoints".
            note = t.touchpoints(part.total)
            if part.whole > part.total:
                note = t("touchpoints_of", count=t.integer(part.total), total=t.integer(part.whole))
            if part.parts > 1:
                note = t("part_of", part=part.part, parts=part.parts)
            canvas.setFillColor(MUTED)
            canvas.setFont(fonts.REGULAR, 6)
            canvas.drawString(rect.x + 7, y - 1, elide(note, fonts.REGULAR, 6, inner))

    def _draw_grid(self) -> None:
        style = self.page.style
        canvas, layout = self.canv, self.page.layout
        left, right = 0.0, layout.width
        top, bottom = layout.origin_y, layout.height
        canvas.setStrokeColor(HAIRLINE)
        canvas.setLineWidth(0.5)
        for box in layout.rows:
            canvas.line(left, self._y(box.end), right, self._y(box.end))
        canvas.line(layout.origin_x, self._y(top), right, self._y(top))
        previous_group = None
        for box in layout.columns:
            group = box.lane.group
            if previous_group is not None and group != previous_group:
                canvas.setStrokeColor(NAVY)
                canvas.setLineWidth(1.0)
            else:
                canvas.setStrokeColor(HAIRLINE)
                canvas.setLineWidth(0.5)
            canvas.line(box.start, self._y(top - style.band), box.start, self._y(bottom))
            previous_group = group
        canvas.setStrokeColor(HAIRLINE)
        canvas.setLineWidth(0.5)
        canvas.line(right, self._y(top), right, self._y(bottom))

    def _draw_cards(self) -> None:
        style = self.page.style
        canvas, layout = self.canv, self.page.layout
        data = self.context.data
        colouring = self.colouring
        for (row_key, channel_id), cards in self.page.cells.items():
            for index, tp in enumerate(cards):
                rect = layout.card_rect(row_key, channel_id, index)
                x, y = rect.x, self._y(rect.bottom)
                fill = colouring.fill(tp)
                if fill is None:
                    canvas.setFillColor(WHITE)
                    canvas.setStrokeColor(RULE)
                    canvas.setDash(1.5, 1.5)
                    ink = INK
                else:
                    canvas.setFillColor(fill)
                    canvas.setStrokeColor(_darker(fill))
                    ink = text_colour_on(fill)
                canvas.setLineWidth(0.4)
                canvas.roundRect(x, y, rect.width, rect.height, 1.6, stroke=1, fill=1)
                canvas.setDash()
                canvas.setFillColor(ink)
                canvas.setFont(fonts.REGULAR, style.name_size)
                top = y + rect.height - style.card_pad - style.name_size + 0.6
                text_y = top
                for text in self.page.names[tp.id]:
                    canvas.drawString(x + style.card_pad, text_y, text)
                    text_y -= style.name_leading
                right = x + rect.width - style.card_pad
                value = colouring.value(tp) if style.show_value else ""
                canvas.setFont(fonts.BOLD, style.meta_size)
                if value:
                    canvas.drawRightString(
                        right, top, elide(value, fonts.BOLD, style.meta_size, style.meta_width)
                    )
                phase = str(data.phase_number.get(tp.phase_id, ""))
                if tp.is_super:
                    phase = f"{STAR}{phase}"
                canvas.setFont(fonts.REGULAR, style.meta_size)
                # Without the figure the phase takes the top corner, level with the name.
                phase_y = y + style.card_pad + 0.8 if style.show_value else top
                canvas.drawRightString(right, phase_y, phase)


class MapLegend(Flowable):
    """What the colours, numbers and stars on the map mean; once per map page."""

    def __init__(
        self,
        colouring: Colouring,
        context: ReportContext,
        subtitle: str,
        style: MapStyle = DETAILED,
    ) -> None:
        super().__init__()
        self.colouring = colouring
        self.context = context
        self.subtitle = subtitle
        self.style = style

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.width = availWidth
        return availWidth, LEGEND_ROOM

    def draw(self) -> None:
        canvas, t = self.canv, self.context.t
        size = 6.5
        x, y = 0.0, LEGEND_ROOM - 10
        canvas.setFont(fonts.BOLD, size)
        canvas.setFillColor(NAVY)
        title = f"{self.colouring.title}:"
        canvas.drawString(x, y, title)
        x += text_width(title, fonts.BOLD, size) + 8
        canvas.setFont(fonts.REGULAR, size)
        for swatch in self.colouring.swatches():
            needed = 14 + text_width(swatch.label, fonts.REGULAR, size) + 10
            if x + needed > self.width:
                x, y = 0.0, y - 10
            canvas.setFillColor(swatch.colour)
            canvas.setStrokeColor(RULE if swatch.colour == WHITE else _darker(swatch.colour))
            canvas.setLineWidth(0.4)
            canvas.rect(x, y - 1, 10, 7, stroke=1, fill=1)
            canvas.setFillColor(INK)
            canvas.drawString(x + 14, y, swatch.label)
            x += needed
        phases = " · ".join(
            f"{number} {line(phase.name, 40)}"
            for phase, number in (
                (p, self.context.data.phase_number[p.id]) for p in self.context.data.phases
            )
        )
        if not self.style.show_value:  # the phase is top right, and there is no figure
            key = t("map_key_overview", star=STAR, phases=phases)
        else:
            key = t("map_key", star=STAR, phases=phases)
        if self.style.show_value and self.colouring.mode is not MapColour.DECISION:
            key = f"{t('map_value', what=self.colouring.title)} · {key}"
        canvas.setFillColor(MUTED)
        room = self.width - text_width(self.subtitle, fonts.BOLD, size) - 16
        canvas.drawString(0, y - 11, elide(key, fonts.REGULAR, size, room))
        canvas.setFont(fonts.BOLD, size)
        canvas.drawRightString(self.width, y - 11, self.subtitle)


def _darker(colour: Color) -> Color:
    return Color(colour.red * 0.78, colour.green * 0.78, colour.blue * 0.78)


def overview_sheet(context: ReportContext) -> OverviewSheet | None:
    """The one-sheet overview of the executive report's map, or None.

    None for a department report and when the detailed map is a single page
    already (the overview would repeat it), or too large for one sheet.
    """
    if context.department is not None:
        return None
    kinds = kind_labels(context.t)
    sheet = choose_sheet(context.data, context.options.paper, kinds)
    if sheet is None or len(plan_map(context.data, *context.map_frame, kinds).pages) <= 1:
        return None
    return sheet


def map_part(context: ReportContext) -> list[Flowable]:
    """The map pages' story: the overview if any, then stacked blocks per page with legends."""
    t = context.t
    width, height = context.map_frame
    kinds = kind_labels(t)
    plan = plan_map(context.data, width, height, kinds)
    colouring = Colouring(context.options.map_colour, context.data, t)
    story: list[Flowable] = [context.heading(Section.MAP)]
    if not plan.pages:
        story.append(TextBlock(t("map_empty"), context.styles.muted))
        return story
    overview = context.overview
    if overview is not None:
        count = t.integer(len(context.data.touchpoints))
        story += [
            MapDrawing(overview.block, colouring, context),
            MapLegend(colouring, context, t("map_overview", count=count), overview.block.style),
            NextPageTemplate(MAP),
            PageBreak(),
        ]
    count = len(plan.pages)
    for number, blocks in enumerate(plan.pages, start=1):
        shown: list[str] = []
        for block in blocks:
            for channel in block.columns:
                if kinds[channel.kind] not in shown:
                    shown.append(kinds[channel.kind])
        subtitle = t("map_page", page=number, pages=count, channels=" / ".join(shown))
        if number > 1:
            story += [PageBreak(), MapTitle(f"{t('map_continued')} · {subtitle}", f"map-{number}")]
        elif overview is not None:
            story.append(MapTitle(f"{t('map_detail')} · {subtitle}", f"map-{number}"))
        for index, block in enumerate(blocks):
            if index:
                story.append(Spacer(1, BLOCK_GAP))
            story.append(MapDrawing(block, colouring, context))
        story.append(MapLegend(colouring, context, subtitle))
        context.step(number / count)
    return story

"""The segment comparison: the customer experience per segment, side by side.

One table per journey phase row with the mean experience of all customers and of
each segment, coloured as on the map, then the touchpoints where at least one
segment is disappointed, with every segment's experience beside the general one.
The section is left out of a report whose project has no segments.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

from reportlab.lib.colors import Color
from reportlab.platypus import Flowable, Image, KeepTogether

from tpm_desktop.core.attachments import thumbnail_png
from tpm_desktop.core.enums import EXPERIENCE_MAX, EXPERIENCE_MIN
from tpm_desktop.core.model import Segment, Touchpoint
from tpm_desktop.core.segments import CurvePoint, experience_for, segment_comparison
from tpm_desktop.reports.pdf.blocks import cell, data_table, layout_table, spacer
from tpm_desktop.reports.pdf.context import ReportContext
from tpm_desktop.reports.pdf.options import Section
from tpm_desktop.reports.pdf.safe import line, paragraphs
from tpm_desktop.reports.pdf.styles import EXPERIENCE_COLOURS, text_colour_on
from tpm_desktop.reports.pdf.textblock import TextBlock

# More segments continue in a further table below; the touchpoint table has less room.
SEGMENTS_PER_TABLE = 5
SEGMENTS_PER_TOUCHPOINT_TABLE = 4
HEADER_NAME = 40  # characters of a segment's name in a column header
DISAPPOINTS = -1  # a segment's experience at or below this is "disappointed"
MAX_ROWS = 40  # touchpoints listed as disappointing; the rest are counted
PICTURE_PIXELS = 160
RANK_WIDTH, PHASE_WIDTH, VALUE_WIDTH = 22.0, 68.0, 56.0
PICTURE_WIDTH = 36.0


def has_segments(context: ReportContext) -> bool:
    """True when the report's project has customer segments (the section applies)."""
    return bool(context.data.state.segments())


def segments_part(context: ReportContext) -> list[Flowable]:
    """The segment comparison section."""
    t, styles = context.t, context.styles
    segments = context.data.state.segments()
    story: list[Flowable] = [
        context.heading(Section.SEGMENTS),
        TextBlock(t("segments_intro"), styles.body),
    ]
    story += _profiles(context, segments)
    story.append(TextBlock(t("segment_comparison_title"), styles.h3))
    story.append(TextBlock(t("segment_comparison_intro"), styles.muted))
    comparison = segment_comparison(context.data.state)
    for chunk in _chunks(segments):
        story += [spacer(3), _phase_table(context, chunk, comparison), spacer(6)]
    context.step(0.5)
    story += _disappointing(context, segments)
    context.step(1.0)
    return story


def _chunks(segments: Sequence[Segment], size: int = SEGMENTS_PER_TABLE) -> list[Sequence[Segment]]:
    return [segments[i : i + size] for i in range(0, len(segments), size)] or [[]]


def _profiles(context: ReportContext, segments: Sequence[Segment]) -> list[Flowable]:
    """Each segment's name, profile and picture."""
    styles = context.styles
    width, _ = context.text_frame
    story: list[Flowable] = []
    for segment in segments:
        texts, _omitted = paragraphs(segment.profile, 600)
        blocks: list[Flowable] = [TextBlock(_title(segments, segment), styles.label)]
        blocks += [TextBlock(text, styles.muted) for text in texts]
        picture = _picture(segment)
        if picture is None:
            story.append(KeepTogether(blocks))
        else:
            gap = PICTURE_WIDTH + 8
            story.append(layout_table([[picture, blocks]], [gap, width - gap], []))
        story.append(spacer(4))
    return story


def _picture(segment: Segment) -> Image | None:
    """The segment's picture from a thumbnail Pillow decoded (None without one)."""
    png = thumbnail_png(segment.picture, PICTURE_PIXELS) if segment.picture else None
    if png is None:
        return None
    picture = Image(io.BytesIO(png))
    scale = PICTURE_WIDTH / max(1.0, max(picture.imageWidth, picture.imageHeight))
    picture.drawWidth = picture.imageWidth * scale
    picture.drawHeight = picture.imageHeight * scale
    return picture


def _phase_table(
    context: ReportContext,
    segments: Sequence[Segment],
    comparison: dict[int | None, list[CurvePoint]],
) -> Flowable:
    """Phases down, all customers and the segments across: mean experience (count)."""
    t, styles = context.t, context.styles
    keys: list[int | None] = [None, *(s.id for s in segments)]
    width, _ = context.text_frame
    first = min(130.0, width * 0.26)
    rest = (width - first) / len(keys)
    header = [t("phase"), t("all_customers"), *(_header(context, s) for s in segments)]
    rows: list[list[object]] = []
    extra: list[tuple] = []
    for row_index, point in enumerate(comparison[None], start=1):
        row: list[object] = [cell(line(point.phase.name, 60), styles.cell)]
        for column, key in enumerate(keys, start=1):
            mean_point = comparison[key][row_index - 1]
            if mean_point.mean is None:
                row.append(cell("–", styles.cell_right))
                continue
            fill = _fill(round(mean_point.mean))
            text = f"{t.signed(mean_point.mean, 1)} ({t.integer(mean_point.count)})"
            row.append(TextBlock(text, styles.cell_right, colour=text_colour_on(fill)))
            extra.append(("BACKGROUND", (column, row_index), (column, row_index), fill))
        rows.append(row)
    return data_table(
        header,
        rows,
        [first, *[rest] * len(keys)],
        styles,
        right=range(1, len(keys) + 1),
        extra=extra,
        zebra=False,
    )


def _disappointing(context: ReportContext, segments: Sequence[Segment]) -> list[Flowable]:
    """Touchpoints a segment rates at DISAPPOINTS or worse, worst first."""
    t, data, styles = context.t, context.data, context.styles
    state = data.state
    found: list[tuple[int, int, Touchpoint]] = []
    for tp in data.touchpoints:
        values = [experience_for(state, tp.id, s.id) for s in segments]
        worst = min((v for v in values if v is not None), default=None)
        if worst is not None and worst <= DISAPPOINTS:
            found.append((worst, data.rank[tp.id], tp))
    found.sort(key=lambda item: (item[0], item[1]))
    story: list[Flowable] = [
        TextBlock(t("segment_disappoints_title"), styles.h3),
        TextBlock(t("segment_disappoints_intro"), styles.muted),
    ]
    if not found:
        story.append(TextBlock(t("segment_disappoints_none"), styles.muted))
        return story
    shown = [tp for _, _, tp in found[:MAX_ROWS]]
    for chunk in _chunks(segments, SEGMENTS_PER_TOUCHPOINT_TABLE):
        story += [spacer(3), _touchpoint_table(context, shown, chunk), spacer(6)]
    if len(found) > MAX_ROWS:
        more = t("segment_disappoints_more", count=t.integer(len(found) - MAX_ROWS))
        story.append(TextBlock(more, styles.muted))
    return story


def _touchpoint_table(
    context: ReportContext, touchpoints: Sequence[Touchpoint], segments: Sequence[Segment]
) -> Flowable:
    t, data, styles = context.t, context.data, context.styles
    state = data.state
    width, _ = context.text_frame
    keys: list[int | None] = [None, *(s.id for s in segments)]
    value_width = VALUE_WIDTH
    name_width = width - RANK_WIDTH - PHASE_WIDTH - value_width * len(keys)
    header = [
        "#",
        t("touchpoint"),
        t("phase"),
        t("all_customers"),
        *(_header(context, s) for s in segments),
    ]
    rows: list[list[object]] = []
    extra: list[tuple] = []
    for row_index, tp in enumerate(touchpoints, start=1):
        name = line(tp.name, 120) + (f" ({line(tp.code, 20)})" if tp.code else "")
        row: list[object] = [
            cell(str(data.rank[tp.id]), styles.cell_right),
            cell(name, styles.cell, max_lines=3),
            cell(data.phase_name(tp), styles.cell, max_lines=2),
        ]
        for column, key in enumerate(keys, start=3):
            value = experience_for(state, tp.id, key)
            if value is None:
                row.append(cell("–", styles.cell_right))
                continue
            fill = _fill(value)
            row.append(
                TextBlock(t.signed_int(value), styles.cell_right, colour=text_colour_on(fill))
            )
            extra.append(("BACKGROUND", (column, row_index), (column, row_index), fill))
        rows.append(row)
    return data_table(
        header,
        rows,
        [RANK_WIDTH, name_width, PHASE_WIDTH, *[value_width] * len(keys)],
        styles,
        right=[0, *range(3, 3 + len(keys))],
        extra=extra,
        zebra=False,
    )


def _fill(value: int) -> Color:
    """The map's experience colour of a (rounded) value."""
    value = min(EXPERIENCE_MAX, max(EXPERIENCE_MIN, value))
    return EXPERIENCE_COLOURS[value - EXPERIENCE_MIN]


def _numbered(segments: Sequence[Segment]) -> bool:
    """True when two names look alike in a header: then every segment gets its number."""
    shortened = [line(s.name, HEADER_NAME) for s in segments]
    return len(set(shortened)) < len(shortened)


def _title(segments: Sequence[Segment], segment: Segment) -> str:
    """A segment's name in its profile, with its number when headers need them."""
    name = line(segment.name, 160)
    if not _numbered(segments):
        return name
    return f"{segments.index(segment) + 1}. {name}"


def _header(context: ReportContext, segment: Segment) -> str:
    """A segment's column header: its name, after its number when names look alike."""
    segments = context.data.state.segments()
    if not _numbered(segments):
        return line(segment.name, HEADER_NAME)
    return f"{segments.index(segment) + 1}. {line(segment.name, HEADER_NAME - 4)}"

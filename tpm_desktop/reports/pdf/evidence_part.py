"""Evidence in the report's appendix: segments, customer quotes and images.

Each touchpoint's entry lists its experience per segment and the quotes and images
the user marked "Print in the report". Images are printed from a thumbnail that
Pillow decoded and re-encoded, never from the stored bytes as they came in; one
that does not decode is left out.
"""

from __future__ import annotations

import io
from functools import lru_cache

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Image

from tpm_desktop.core.attachments import thumbnail_png
from tpm_desktop.core.enums import EvidenceKind
from tpm_desktop.core.model import Evidence, Touchpoint
from tpm_desktop.reports.pdf.blocks import layout_table
from tpm_desktop.reports.pdf.context import ReportContext
from tpm_desktop.reports.pdf.safe import line, paragraphs
from tpm_desktop.reports.pdf.textblock import TextBlock

IMAGE_PIXELS = 480  # the thumbnail's longer side: about 250 dpi at IMAGE_SIDE
IMAGE_SIDE = 135.0  # points on the page, the longer side
IMAGES_PER_ROW = 3
MAX_IMAGES = 4  # per touchpoint
MAX_QUOTES = 6  # per touchpoint
QUOTE_LIMIT = 1_500  # characters of one quote; a longer one ends with an ellipsis
INDENT = 10.0


def entry_blocks(context: ReportContext, tp: Touchpoint) -> list[Flowable]:
    """A touchpoint's experience per segment, and its quotes and images for the report."""
    state, t, styles = context.data.state, context.t, context.styles
    story: list[Flowable] = []
    relevance = state.segments_of(tp.id)
    if relevance:
        parts = []
        for segment in state.segments():
            row = relevance.get(segment.id)
            if row is None:
                continue
            value = t.signed_int(row.experience) if row.experience is not None else "–"
            parts.append(f"{line(segment.name, 40)} {value}")
        story.append(TextBlock(t("segment_experiences", list=" · ".join(parts)), styles.entry_meta))
    evidence = [e for e in state.evidence_of(tp.id) if e.in_report]
    quotes = [e for e in evidence if e.kind is EvidenceKind.QUOTE and e.quote.strip()]
    if quotes:
        story.append(TextBlock(t("quotes_title"), styles.label))
        for quote in quotes[:MAX_QUOTES]:
            story += _quote(context, quote)
    images = [
        image
        for record in evidence
        if record.kind is EvidenceKind.IMAGE and record.data
        if (image := _image(context, record)) is not None
    ][:MAX_IMAGES]
    if images:
        story.append(TextBlock(t("images_title"), styles.label))
        story.append(_image_row(context, images))
    return story


def _image_row(context: ReportContext, images: list[list[Flowable]]) -> Flowable:
    """The images side by side, IMAGES_PER_ROW to a row, each with its caption below."""
    width, _ = context.text_frame
    column = (width - INDENT) / IMAGES_PER_ROW
    rows = [images[i : i + IMAGES_PER_ROW] for i in range(0, len(images), IMAGES_PER_ROW)]
    cells: list[list[object]] = [[*row, *[""] * (IMAGES_PER_ROW - len(row))] for row in rows]
    return layout_table(
        cells,
        [column] * IMAGES_PER_ROW,
        [
            ("LEFTPADDING", (0, 0), (0, -1), INDENT),
            ("RIGHTPADDING", (0, 0), (-1, -1), 12),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
        ],
    )


def _quote(context: ReportContext, quote: Evidence) -> list[Flowable]:
    t, styles = context.t, context.styles
    texts, omitted = paragraphs(quote.quote, QUOTE_LIMIT)
    if not texts:  # only control characters or spaces
        return []
    opening, closing = ("„", "“") if t.language == "de" else ("“", "”")
    texts[0] = opening + texts[0]
    texts[-1] += ("…" if omitted else "") + closing
    style = _indented(styles.note, INDENT)
    blocks: list[Flowable] = [TextBlock(text, style) for text in texts]
    parts = [line(quote.source, 80)]
    if quote.quote_date is not None:
        parts.append(t.date(quote.quote_date))
    source = ", ".join(part for part in parts if part)
    if source:
        blocks.append(TextBlock(f"— {source}", _indented(styles.muted, INDENT)))
    return blocks


def _image(context: ReportContext, record: Evidence) -> list[Flowable] | None:
    png = thumbnail_png(record.data or b"", IMAGE_PIXELS)
    if png is None:
        return None
    picture = Image(io.BytesIO(png))
    scale = min(1.0, IMAGE_SIDE / max(1.0, picture.imageWidth, picture.imageHeight))
    picture.drawWidth = picture.imageWidth * scale
    picture.drawHeight = picture.imageHeight * scale
    picture.hAlign = "LEFT"
    caption = line(record.title or record.filename, 120)
    blocks: list[Flowable] = [picture]
    if caption:
        blocks.append(TextBlock(caption, context.styles.muted, max_lines=2))
    return blocks


@lru_cache(maxsize=32)
def _indented(style: ParagraphStyle, indent: float) -> ParagraphStyle:
    return ParagraphStyle(f"{style.name}-indent-{indent}", parent=style, leftIndent=indent)

"""The findings slides: what the data says and what to do, as the user edited and ordered them.

Up to four findings a slide, each a row: its number, headline and the numbers
behind it on the left, the recommended decision in a panel on the right.
"""

from __future__ import annotations

import math

from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.slide import Slide

from tpm_desktop.core.text import clean_line
from tpm_desktop.reports.findings_text import PrintedFinding
from tpm_desktop.reports.pdf.safe import shorten
from tpm_desktop.reports.slides import theme
from tpm_desktop.reports.slides.chrome import content_slide
from tpm_desktop.reports.slides.context import SlideContext
from tpm_desktop.reports.slides.fitting import Para
from tpm_desktop.reports.slides.shapes import Box, rectangle, style_run, text_box
from tpm_desktop.reports.slides.theme import CONTENT_HEIGHT, CONTENT_TOP, CONTENT_WIDTH, MARGIN

PER_SLIDE = 4
ROW_GAP = 12.0
BADGE = 30.0
RECOMMENDATION_SHARE = 0.38
TEXT_LIMIT = 600  # characters of one edited text; a slide holds no more


def findings_slides(context: SlideContext) -> None:
    """One or two slides of findings (a slide saying there are none, if so)."""
    t = context.t
    findings = context.findings
    if not findings:
        slide = content_slide(context, t("slide_findings"))
        text_box(
            slide,
            Box(MARGIN, CONTENT_TOP, CONTENT_WIDTH, 80),
            [Para(t("no_findings"))],
            18,
            colour=theme.MUTED,
        )
        return
    parts = math.ceil(len(findings) / PER_SLIDE)
    per = math.ceil(len(findings) / parts)  # 5 findings: 3 and 2, not 4 and 1
    for part in range(parts):
        title = t("slide_findings")
        if parts > 1:
            title = t("slide_part", title=title, part=part + 1, parts=parts)
        slide = content_slide(context, title)
        chosen = findings[part * per : (part + 1) * per]
        height = (CONTENT_HEIGHT - ROW_GAP * (PER_SLIDE - 1)) / PER_SLIDE
        if len(chosen) < PER_SLIDE:  # fewer rows get more room, up to a third more
            height = min(
                height * 4 / 3, (CONTENT_HEIGHT - ROW_GAP * (len(chosen) - 1)) / len(chosen)
            )
        for index, finding in enumerate(chosen):
            top = CONTENT_TOP + index * (height + ROW_GAP)
            _finding(
                context,
                slide,
                finding,
                part * per + index + 1,
                Box(MARGIN, top, CONTENT_WIDTH, height),
            )


def _finding(
    context: SlideContext, slide: Slide, finding: PrintedFinding, number: int, box: Box
) -> None:
    """One finding: badge, headline and detail, and its recommendation in a panel."""
    t = context.t
    badge = rectangle(slide, Box(box.x, box.y + 2, BADGE, BADGE), theme.NAVY, MSO_SHAPE.OVAL)
    frame = badge.text_frame
    frame.margin_left = frame.margin_right = frame.margin_top = frame.margin_bottom = 0
    frame.vertical_anchor = MSO_ANCHOR.MIDDLE
    paragraph = frame.paragraphs[0]
    paragraph.alignment = PP_ALIGN.CENTER
    run = paragraph.add_run()
    run.text = str(number)
    style_run(run, 14, True, theme.WHITE)

    has_recommendation = bool(finding.recommendation.strip())
    left = box.x + BADGE + 12
    text_width = box.width - BADGE - 12
    if has_recommendation:
        text_width = box.width * (1 - RECOMMENDATION_SHARE) - BADGE - 12 - 10
    text_box(
        slide,
        Box(left, box.y, text_width, box.height),
        [
            Para(_text(finding.headline), bold=True, space_after=0.3),
            Para(_text(finding.detail), scale=0.78, colour=theme.MUTED),
        ],
        17,
        9,
        colour=theme.INK,
    )
    if not has_recommendation:
        return
    panel = Box(
        box.x + box.width * (1 - RECOMMENDATION_SHARE),
        box.y,
        box.width * RECOMMENDATION_SHARE,
        box.height,
    )
    rectangle(slide, panel, theme.PANEL)
    rectangle(slide, Box(panel.x, panel.y, 4, panel.height), theme.ACCENT)
    text_box(
        slide,
        Box(panel.x + 14, panel.y + 8, panel.width - 24, panel.height - 16),
        [
            Para(t("recommendation"), bold=True, scale=0.8, space_after=0.2, colour=theme.ACCENT),
            Para(_text(finding.recommendation)),
        ],
        13,
        8.5,
        colour=theme.INK,
    )


def _text(value: str) -> str:
    """A finding's text on one paragraph: the user's line breaks become spaces.

    Unlike `line`, it keeps the no-break spaces the catalogue puts between an
    amount and its currency.
    """
    return shorten(clean_line(value[: TEXT_LIMIT * 4]), TEXT_LIMIT)

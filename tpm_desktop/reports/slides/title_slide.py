"""The title slide: the project's name, what the deck is, for whom, by whom, and the date."""

from __future__ import annotations

from pptx.enum.text import MSO_ANCHOR

from tpm_desktop.reports.pdf.safe import line
from tpm_desktop.reports.slides import theme
from tpm_desktop.reports.slides.chrome import new_slide
from tpm_desktop.reports.slides.context import SlideContext
from tpm_desktop.reports.slides.fitting import Para
from tpm_desktop.reports.slides.shapes import Box, rectangle, text_box
from tpm_desktop.reports.slides.theme import MARGIN, SLIDE_HEIGHT, SLIDE_WIDTH

BAND_HEIGHT = 330.0
INSET = 64.0  # the title block's left edge


def title_slide(context: SlideContext) -> None:
    """The first slide."""
    t, project = context.t, context.data.project
    slide = new_slide(context)
    rectangle(slide, Box(0, 0, SLIDE_WIDTH, BAND_HEIGHT), theme.NAVY)
    rectangle(slide, Box(INSET, BAND_HEIGHT - 44, 96, 5), theme.ACCENT)
    width = SLIDE_WIDTH - INSET - MARGIN
    text_box(
        slide,
        Box(INSET, 54, width, 24),
        [Para(t("kicker"))],
        15,
        colour=theme.PANEL,
    )
    text_box(
        slide,
        Box(INSET, 84, width, BAND_HEIGHT - 84 - 56),
        [Para(line(project.name, 300) or t("untitled"), bold=True)],
        40,
        22,
        colour=theme.WHITE,
        anchor=MSO_ANCHOR.BOTTOM,
    )
    details = [Para(t("deck_subtitle"), bold=True, space_after=0.5, colour=theme.NAVY)]
    client, author = line(project.client, 200), line(project.author, 200)
    if client:
        details.append(Para(t("deck_for", client=client), scale=0.8))
    if author:
        details.append(Para(t("deck_prepared_by", author=author), scale=0.8))
    details.append(Para(t.long_date(context.today), scale=0.8, colour=theme.MUTED))
    text_box(
        slide,
        Box(INSET, BAND_HEIGHT + 30, width, SLIDE_HEIGHT - BAND_HEIGHT - 30 - MARGIN),
        details,
        22,
        12,
    )

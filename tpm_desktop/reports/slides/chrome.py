"""What every content slide has: a title, a rule under it, and a footer with the page."""

from __future__ import annotations

from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.slide import Slide

from tpm_desktop.reports.pdf import fonts
from tpm_desktop.reports.pdf.safe import line
from tpm_desktop.reports.pdf.textblock import text_width
from tpm_desktop.reports.slides import theme
from tpm_desktop.reports.slides.context import SlideContext
from tpm_desktop.reports.slides.fitting import Para, one_line
from tpm_desktop.reports.slides.shapes import WRAP_SLACK, Box, rectangle, text_box
from tpm_desktop.reports.slides.theme import (
    CONTENT_WIDTH,
    FOOTER_SIZE,
    FOOTER_TOP,
    MARGIN,
    MIN_TITLE_SIZE,
    RULE_TOP,
    TITLE_HEIGHT,
    TITLE_SIZE,
    TITLE_TOP,
)

BLANK_LAYOUT = 6  # "Blank" in python-pptx's default template


def new_slide(context: SlideContext) -> Slide:
    """An empty slide."""
    return context.deck.slides.add_slide(context.deck.slide_layouts[BLANK_LAYOUT])


def content_slide(context: SlideContext, title: str) -> Slide:
    """A slide with its title and the rule under it; the footer comes later."""
    slide = new_slide(context)
    text_box(
        slide,
        Box(MARGIN, TITLE_TOP, CONTENT_WIDTH, TITLE_HEIGHT),
        [Para(title, bold=True)],
        TITLE_SIZE,
        MIN_TITLE_SIZE,
        colour=theme.NAVY,
        anchor=MSO_ANCHOR.BOTTOM,
    )
    rectangle(slide, Box(MARGIN, RULE_TOP, 64, 3), theme.ACCENT)
    rectangle(slide, Box(MARGIN + 64, RULE_TOP + 1, CONTENT_WIDTH - 64, 1), theme.RULE)
    context.content_slides.append(slide)
    return slide


def caption(context: SlideContext, slide: Slide, text: str, top: float, height: float) -> None:
    """A short muted line of explanation."""
    text_box(
        slide,
        Box(MARGIN, top, CONTENT_WIDTH, height),
        [Para(text)],
        theme.CAPTION_SIZE,
        9,
        colour=theme.MUTED,
    )


def add_footers(context: SlideContext) -> None:
    """The project's name and "page / pages" on every content slide."""
    name = line(context.data.project.name, 120) or context.t("untitled")
    when = f" · {context.t.date(context.today)}"
    width = CONTENT_WIDTH * 0.75
    # The name gives way, the date stays.
    room = width - text_width(when, fonts.REGULAR, FOOTER_SIZE) - WRAP_SLACK - 2
    footer = one_line(name, room, FOOTER_SIZE) + when
    total = len(context.deck.slides)
    for slide in context.content_slides:
        number = context.deck.slides.index(slide) + 1
        text_box(
            slide,
            Box(MARGIN, FOOTER_TOP, width, 18),
            [Para(footer)],
            FOOTER_SIZE,
            colour=theme.MUTED,
        )
        text_box(
            slide,
            Box(MARGIN + CONTENT_WIDTH * 0.75, FOOTER_TOP, CONTENT_WIDTH * 0.25, 18),
            [Para(context.t("page", page=number, total=total))],
            FOOTER_SIZE,
            colour=theme.MUTED,
            align=PP_ALIGN.RIGHT,
        )


__all__ = ["add_footers", "caption", "content_slide", "new_slide"]

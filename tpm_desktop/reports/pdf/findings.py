"""The findings page: what the figures say, each with its recommendation.

The texts come from `reports.findings_text.printed_findings` (computed, then the
user's edits applied), made once by the builder from the whole project, so a
department report can place its department among the others.
"""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, KeepTogether

from tpm_desktop.reports.pdf import fonts
from tpm_desktop.reports.pdf.blocks import layout_table, spacer
from tpm_desktop.reports.pdf.context import ReportContext
from tpm_desktop.reports.pdf.options import Section
from tpm_desktop.reports.pdf.safe import shorten
from tpm_desktop.reports.pdf.styles import ACCENT, HAIRLINE, NAVY, PANEL
from tpm_desktop.reports.pdf.textblock import TextBlock
from tpm_desktop.reports.pdf.textblock import text_width as width_of

NUMBER_WIDTH = 24.0
LABEL_PAD = 16.0  # the label column: its text plus the panel's padding and a gap
TEXT_LIMIT = 2000  # characters per printed text, as an edit may hold

_HEADLINE = ParagraphStyle(
    "finding_headline", fontName=fonts.BOLD, fontSize=9.5, leading=12, textColor=NAVY
)
_NUMBER = ParagraphStyle(
    "finding_number", fontName=fonts.BOLD, fontSize=15, leading=17, textColor=ACCENT
)


def _styles(context: ReportContext) -> tuple[ParagraphStyle, ParagraphStyle, ParagraphStyle]:
    body = context.styles.body
    detail = ParagraphStyle(
        "finding_detail", parent=body, fontSize=8, leading=11, spaceBefore=1, spaceAfter=0
    )
    label = ParagraphStyle(
        "finding_label", parent=context.styles.label, textColor=ACCENT, spaceBefore=1.5
    )
    recommendation = ParagraphStyle(
        "finding_recommendation", parent=body, fontSize=8, leading=11, spaceAfter=0
    )
    return detail, label, recommendation


def findings_part(context: ReportContext) -> list[Flowable]:
    """The findings section's story: a heading, a line on what follows, the findings."""
    t = context.t
    width, _ = context.text_frame
    detail_style, label_style, rec_style = _styles(context)
    intro = "fd_intro" if context.department is None else "fd_intro_department"
    story: list[Flowable] = [
        context.heading(Section.FINDINGS),
        TextBlock(t(intro), context.styles.muted),
        spacer(10),
    ]
    if not context.findings:
        return [*story, TextBlock(t("fd_none"), context.styles.body)]
    text_width = width - NUMBER_WIDTH
    label = t("fd_recommendation")
    label_width = width_of(label, label_style.fontName, label_style.fontSize) + LABEL_PAD
    for number, finding in enumerate(context.findings, start=1):
        body: list[Flowable] = [TextBlock(shorten(finding.headline, TEXT_LIMIT), _HEADLINE)]
        if finding.detail:
            body.append(TextBlock(shorten(finding.detail, TEXT_LIMIT), detail_style))
        if finding.recommendation:
            box = layout_table(
                [
                    [
                        TextBlock(label, label_style),
                        TextBlock(shorten(finding.recommendation, TEXT_LIMIT), rec_style),
                    ]
                ],
                [label_width, text_width - label_width],
                [
                    ("BACKGROUND", (0, 0), (-1, -1), PANEL),
                    ("LINEBEFORE", (0, 0), (0, -1), 2, ACCENT),
                    ("LEFTPADDING", (0, 0), (-1, -1), 6),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                    ("TOPPADDING", (0, 0), (-1, -1), 3),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ],
            )
            body += [spacer(3), box]
        row = layout_table(
            [[TextBlock(str(number), _NUMBER), body]],
            [NUMBER_WIDTH, text_width],
            [
                ("LINEABOVE", (0, 0), (-1, 0), 0.5, HAIRLINE),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ],
        )
        story.append(KeepTogether([row]))
        context.step(number / len(context.findings))
    return story


__all__ = ["findings_part"]

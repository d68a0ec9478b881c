"""The contents page: every section with its page number, each line a link."""

from __future__ import annotations

from reportlab.platypus import Flowable

from tpm_desktop.reports.pdf import fonts
from tpm_desktop.reports.pdf.blocks import spacer
from tpm_desktop.reports.pdf.context import ReportContext
from tpm_desktop.reports.pdf.options import Section
from tpm_desktop.reports.pdf.plan import Entry, section_key
from tpm_desktop.reports.pdf.styles import FAINT, HAIRLINE, INK, NAVY
from tpm_desktop.reports.pdf.templates import Registry, number_form
from tpm_desktop.reports.pdf.textblock import elide, text_width


class ContentsLine(Flowable):
    """One line of the contents: number, title, dotted leader, page number."""

    NUMBER_WIDTH = 30.0
    PAGE_WIDTH = 34.0

    def __init__(self, entry: Entry, registry: Registry) -> None:
        super().__init__()
        self.entry = entry
        registry.wanted.add(entry.key)
        top = entry.level == 0
        self.font = fonts.BOLD if top else fonts.REGULAR
        self.size = 9.5 if top else 8.0
        self.row_height = 22.0 if top else 14.5
        self.indent = 0.0 if top else self.NUMBER_WIDTH

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.width = availWidth
        return availWidth, self.row_height

    def draw(self) -> None:
        canvas = self.canv
        entry = self.entry
        baseline = 5.0 if entry.level == 0 else 3.5
        x = self.indent
        canvas.setFont(self.font, self.size)
        canvas.setFillColor(FAINT if entry.level else NAVY)
        canvas.drawString(x, baseline, entry.number)
        x += self.NUMBER_WIDTH
        room = self.width - x - self.PAGE_WIDTH - 12
        title = elide(entry.title, self.font, self.size, room)
        canvas.setFillColor(NAVY if entry.level == 0 else INK)
        canvas.drawString(x, baseline, title)
        start = x + text_width(title, self.font, self.size) + 6
        end = self.width - self.PAGE_WIDTH
        if end > start:
            canvas.setStrokeColor(HAIRLINE if entry.level else FAINT)
            canvas.setLineWidth(0.6)
            canvas.setDash(0.6, 2.4)
            canvas.line(start, baseline, end, baseline)
            canvas.setDash()
        canvas.saveState()
        canvas.translate(self.width, baseline)
        canvas.doForm(number_form(entry.key))
        canvas.restoreState()
        canvas.linkRect("", entry.key, (0, 0, self.width, self.row_height), relative=1, thickness=0)


def contents_part(context: ReportContext) -> list[Flowable]:
    """The contents page's story."""
    entries = [e for e in context.plan.entries if e.key != section_key(Section.CONTENTS)]
    story: list[Flowable] = [context.heading(Section.CONTENTS), spacer(10)]
    story.extend(ContentsLine(entry, context.registry) for entry in entries)
    return story

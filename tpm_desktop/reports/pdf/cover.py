"""The cover: project name, client, author, date, optional logo."""

from __future__ import annotations

from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable

from tpm_desktop.reports.pdf import fonts
from tpm_desktop.reports.pdf.context import ReportContext
from tpm_desktop.reports.pdf.safe import line
from tpm_desktop.reports.pdf.styles import ACCENT, HAIRLINE, INK, MUTED, NAVY
from tpm_desktop.reports.pdf.textblock import elide, fit_lines

LOGO_BOX = (150.0, 64.0)


class CoverPage(Flowable):
    """The whole cover, drawn into the cover page's frame."""

    def __init__(
        self,
        kicker: str,
        title: str,
        subtitle: str,
        addressee: str,
        description: str,
        facts: list[tuple[str, str]],
        logo: ImageReader | None,
    ) -> None:
        super().__init__()
        self.kicker, self.title, self.subtitle = kicker, title, subtitle
        self.addressee = addressee
        self.description, self.facts, self.logo = description, facts, logo

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.width, self.height = availWidth, availHeight
        return availWidth, availHeight - 1

    def draw(self) -> None:
        canvas = self.canv
        width, top = self.width, self.height
        if self.logo is not None:
            self._draw_logo(width, top)
        canvas.setFillColor(NAVY)
        canvas.rect(0, top - 4, 42, 4, stroke=0, fill=1)
        canvas.setFont(fonts.BOLD, 8)
        canvas.setFillColor(ACCENT)
        canvas.drawString(0, top - 20, self.kicker.upper())

        y = top * 0.64
        canvas.setFillColor(NAVY)
        canvas.setFont(fonts.BOLD, 28)
        for text in fit_lines(self.title, fonts.BOLD, 28, width, 4):
            canvas.drawString(0, y, text)
            y -= 34
        y -= 6
        canvas.setFillColor(ACCENT)
        canvas.setFont(fonts.REGULAR, 14)
        for text in fit_lines(self.subtitle, fonts.REGULAR, 14, width, 2):
            canvas.drawString(0, y, text)
            y -= 19
        if self.addressee:
            canvas.setFillColor(INK)
            canvas.setFont(fonts.REGULAR, 11)
            canvas.drawString(0, y - 2, elide(self.addressee, fonts.REGULAR, 11, width))
            y -= 19
        y -= 14
        canvas.setStrokeColor(HAIRLINE)
        canvas.setLineWidth(0.6)
        canvas.line(0, y + 6, width, y + 6)
        y -= 12
        canvas.setFillColor(MUTED)
        canvas.setFont(fonts.REGULAR, 9)
        for text in fit_lines(self.description, fonts.REGULAR, 9, width * 0.86, 7):
            canvas.drawString(0, y, text)
            y -= 13.5

        label_width = 118.0
        y = 14 + 17 * (len(self.facts) - 1)
        for label, value in self.facts:
            canvas.setFont(fonts.BOLD, 7)
            canvas.setFillColor(MUTED)
            canvas.drawString(0, y, label.upper())
            canvas.setFont(fonts.REGULAR, 9.5)
            canvas.setFillColor(INK)
            canvas.drawString(label_width, y, elide(value, fonts.REGULAR, 9.5, width - label_width))
            y -= 17
        canvas.setStrokeColor(NAVY)
        canvas.setLineWidth(1.2)
        canvas.line(0, 28 + 17 * (len(self.facts) - 1), width, 28 + 17 * (len(self.facts) - 1))

    def _draw_logo(self, width: float, top: float) -> None:
        assert self.logo is not None
        pixel_width, pixel_height = self.logo.getSize()
        box_width, box_height = LOGO_BOX
        scale = min(box_width / pixel_width, box_height / pixel_height)
        w, h = pixel_width * scale, pixel_height * scale
        self.canv.drawImage(
            self.logo, width - w, top - h, w, h, mask="auto", preserveAspectRatio=True
        )


def cover_part(context: ReportContext, logo: ImageReader | None) -> list[Flowable]:
    """The cover's story (one flowable filling the cover page)."""
    t = context.t
    project = context.data.project
    department = context.department
    if department is None:
        subtitle = t("executive_report")
    else:
        subtitle = t("department_report_of", department=line(department.name, 120))
    facts = []
    if project.client.strip():
        facts.append((t("client"), line(project.client)))
    if project.author.strip():
        facts.append((t("author"), line(project.author)))
    if department is not None and department.contact_person.strip():
        contact = line(department.contact_person)
        if department.contact_email.strip():
            contact += f" · {line(department.contact_email)}"
        facts.append((t("prepared_for"), contact))
    facts.append((t("date"), t.long_date(context.options.today)))
    description = line(project.description, 900)
    addressee = ""
    if department is not None and department.contact_person.strip():
        addressee = t("addressed_to", name=line(department.contact_person))
    return [
        CoverPage(
            t("kicker"),
            line(project.name, 200) or t("untitled"),
            subtitle,
            addressee,
            description,
            facts,
            logo,
        )
    ]

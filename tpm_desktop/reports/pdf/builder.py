"""A report as a pure function: project state and options in, PDF bytes out."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from pathlib import Path

from reportlab.platypus import CondPageBreak, Flowable, NextPageTemplate, PageBreak

from tpm_desktop.core import hyphenation
from tpm_desktop.core.model import Department
from tpm_desktop.core.project_file import read_project
from tpm_desktop.core.state import ProjectState
from tpm_desktop.reports.findings_text import PrintedFinding, printed_findings
from tpm_desktop.reports.pdf import monitoring as monitoring_module
from tpm_desktop.reports.pdf.appendix import appendix_part
from tpm_desktop.reports.pdf.contents import contents_part
from tpm_desktop.reports.pdf.context import Progress, ReportContext
from tpm_desktop.reports.pdf.cover import cover_part
from tpm_desktop.reports.pdf.departments import (
    department_key,
    department_part,
    shown_departments,
)
from tpm_desktop.reports.pdf.figures import ReportData
from tpm_desktop.reports.pdf.findings import findings_part
from tpm_desktop.reports.pdf.fonts import register_fonts
from tpm_desktop.reports.pdf.journey_part import journey_part
from tpm_desktop.reports.pdf.logo import load_logo
from tpm_desktop.reports.pdf.map_part import map_part, overview_sheet
from tpm_desktop.reports.pdf.measures import measures_part
from tpm_desktop.reports.pdf.options import ReportCancelled, ReportError, ReportOptions, Section
from tpm_desktop.reports.pdf.plan import Plan, section_key
from tpm_desktop.reports.pdf.portfolio import portfolio_part
from tpm_desktop.reports.pdf.ranking import ranking_part
from tpm_desktop.reports.pdf.restrict import restrict_to_department
from tpm_desktop.reports.pdf.safe import line, lock_down_reportlab
from tpm_desktop.reports.pdf.segments_part import has_segments, segments_part
from tpm_desktop.reports.pdf.styles import make_styles
from tpm_desktop.reports.pdf.summary import summary_part
from tpm_desktop.reports.pdf.templates import (
    LANDSCAPE,
    MAP,
    OVERVIEW,
    PORTRAIT,
    Chrome,
    Registry,
    ReportDocTemplate,
)
from tpm_desktop.reports.pdf.texts import Texts

Part = Callable[[ReportContext], list[Flowable]]

# Each section: its part and the page template it is set on.
PARTS: dict[Section, tuple[Part, str]] = {
    Section.CONTENTS: (contents_part, PORTRAIT),
    Section.FINDINGS: (findings_part, PORTRAIT),
    Section.SUMMARY: (summary_part, PORTRAIT),
    Section.MAP: (map_part, MAP),
    Section.JOURNEY: (journey_part, LANDSCAPE),
    Section.PORTFOLIO: (portfolio_part, PORTRAIT),
    Section.SEGMENTS: (segments_part, PORTRAIT),
    Section.RANKING: (ranking_part, LANDSCAPE),
    Section.DEPARTMENTS: (department_part, PORTRAIT),
    Section.MEASURES: (measures_part, PORTRAIT),
    Section.MONITORING: (monitoring_module.monitoring_part, PORTRAIT),
    Section.APPENDIX: (appendix_part, PORTRAIT),
}
STORY_SHARE = 0.15  # of the progress bar: making the story; the rest is the layout
# Short sections that follow on the page before (same page template) when at
# least this share of it is left, instead of leaving that page half empty.
FLOWING = (Section.MEASURES, Section.MONITORING)
FLOW_ROOM = 0.4


def build_report(
    state: ProjectState, options: ReportOptions, progress: Progress | None = None
) -> bytes:
    """The executive report of a project as PDF bytes.

    `progress` is called with a fraction 0..1 now and then; returning False
    cancels the report with ReportCancelled. Raises ReportError for a bad logo.
    """
    with hyphenation.language(state.project.language):  # names break as their language does
        return _build(state, options, None, progress, findings=_findings(state, options, None))


def build_department_report(
    state: ProjectState,
    department_id: int,
    options: ReportOptions,
    progress: Progress | None = None,
) -> bytes:
    """The report for one department, addressed to its contact person."""
    department = state.get(Department, department_id)
    if department is None:
        raise ReportError("department_unknown", name=str(department_id), names="")
    with hyphenation.language(state.project.language):
        return _build(
            restrict_to_department(state, department_id),
            options,
            department,
            progress,
            project_planned=sum(tp.budget or 0.0 for tp in state.touchpoints.values()),
            findings=_findings(state, options, department_id),
        )


def build_department_reports(
    state: ProjectState, options: ReportOptions, progress: Progress | None = None
) -> Iterator[tuple[Department, bytes]]:
    """One report per department, in map order (one at a time, to keep memory low)."""
    departments = ReportData(state, options.today).departments
    count = max(1, len(departments))
    for index, department in enumerate(departments):

        def scaled(fraction: float, index: int = index) -> object:
            return None if progress is None else progress((index + fraction) / count)

        yield department, build_department_report(state, department.id, options, scaled)


def report_from_file(
    path: Path | str, options: ReportOptions, progress: Progress | None = None
) -> bytes:
    """Read a project file (checked, unchanged) and build its executive report."""
    return build_report(read_project(path), options, progress)


def _findings(
    state: ProjectState, options: ReportOptions, department_id: int | None
) -> list[PrintedFinding]:
    """The findings of the whole project (for one department's report, its own)."""
    if not options.has(Section.FINDINGS):
        return []
    return printed_findings(state, options.language, department_id, options.today)


# Sections that apply only to some projects: left out (and not numbered) otherwise.
APPLIES: dict[Section, Callable[[ReportContext], bool]] = {Section.SEGMENTS: has_segments}


def _sections(context: ReportContext) -> list[Section]:
    """The sections of this report, in order: switched on and applying to the project."""
    return [
        s
        for s in Section
        if context.options.has(s) and APPLIES.get(s, lambda _context: True)(context)
    ]


def _plan(context: ReportContext) -> Plan:
    t = context.t
    plan = Plan()
    for section in _sections(context):
        numbered = section is not Section.CONTENTS
        key = f"section_{section.value}"
        if section is Section.SUMMARY and context.department is not None:
            key = "section_summary_department"
        plan.add(section_key(section), t(key), numbered=numbered)
        if section is Section.DEPARTMENTS:
            for department in shown_departments(context):
                plan.add(department_key(department), line(department.name, 120), level=1)
        if section is Section.MONITORING:
            for key in monitoring_module.SUBSECTIONS:
                plan.add(key, t(f"title_{key}"), level=1)
    return plan


def _build(
    state: ProjectState,
    options: ReportOptions,
    department: Department | None,
    progress: Progress | None,
    project_planned: float | None = None,
    findings: list[PrintedFinding] | None = None,
) -> bytes:
    register_fonts()
    lock_down_reportlab()
    logo = load_logo(options.logo) if options.logo else None
    texts = Texts(options.language)
    registry = Registry()
    context = ReportContext(
        data=ReportData(state, options.today, project_planned),
        options=options,
        texts=texts,
        styles=make_styles(),
        registry=registry,
        plan=Plan(),
        department=department,
        findings=findings or [],
    )
    context.plan = _plan(context)
    if options.has(Section.MAP):
        context.overview = overview_sheet(context)

    def report(fraction: float) -> None:
        if progress is not None and progress(min(1.0, max(0.0, fraction))) is False:
            raise ReportCancelled

    sections = _sections(context)
    story: list[Flowable] = list(cover_part(context, logo))
    previous = ""
    for index, section in enumerate(sections):
        part, template = PARTS[section]
        if section is Section.MAP and context.overview is not None:
            template = OVERVIEW  # the map section opens with the whole map on one sheet

        def step(fraction: float, index: int = index) -> None:
            report(STORY_SHARE * (index + fraction) / max(1, len(sections)))

        context.progress = step
        if section in FLOWING and template == previous:
            story.append(CondPageBreak(context.text_frame[1] * FLOW_ROOM))
        else:
            story += [NextPageTemplate(template), PageBreak()]
        previous = template
        story += part(context)
    report(STORY_SHARE)

    project = context.data.project
    subtitle = (
        texts("executive_report")
        if department is None
        else texts("department_report_of", department=line(department.name, 120))
    )
    confidentiality = (
        texts("confidential_default")
        if options.confidentiality is None
        else options.confidentiality
    )
    footer = " · ".join(
        part for part in (texts.date(options.today), line(confidentiality, 160)) if part
    )
    buffer = io.BytesIO()
    name = line(project.name, 200) or texts("untitled")
    document = ReportDocTemplate(
        buffer,
        paper=options.paper,
        map_size=context.map_size,
        overview_size=None if context.overview is None else context.overview.page,
        chrome=Chrome(
            header_left=name,
            header_right=subtitle,
            footer_left=footer,
            page_label=lambda page, total: texts("page_of", page=page, total=total),
        ),
        registry=registry,
        title=f"{name} – {subtitle}",
        author=line(project.author, 200),
        subject=texts("kicker"),
    )
    sizes = {"total": 1, "done": 0}

    def on_layout(kind: str, value: int) -> None:
        if kind == "SIZE_EST":
            sizes["total"] = max(1, value)
        elif kind == "PROGRESS":
            # A KeepTogether moved to the next page is laid out again, so the
            # position can step back; the bar never does.
            sizes["done"] = max(sizes["done"], value)
            report(STORY_SHARE + (1 - STORY_SHARE) * 0.98 * sizes["done"] / sizes["total"])

    document.setProgressCallBack(on_layout)
    document.build(story)
    report(1.0)
    return buffer.getvalue()


__all__ = [
    "build_department_report",
    "build_department_reports",
    "build_report",
    "report_from_file",
]

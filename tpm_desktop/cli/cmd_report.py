"""`tpm-desktop report FILE -o OUT.pdf`: the executive or department reports as PDF.

The project file is only read. Each PDF is built whole in memory and written
atomically, so a failure never leaves a partial file behind.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from tpm_desktop.cli.texts import t
from tpm_desktop.core.messages import system_language
from tpm_desktop.core.model import Department
from tpm_desktop.core.project_file import read_project
from tpm_desktop.core.state import ProjectState

NAME = "report"
SECTION_NAMES = ("contents", "findings", "summary", "map", "journey", "portfolio", "segments")
SECTION_NAMES += ("ranking", "departments", "measures", "monitoring", "appendix")


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the command's parser."""
    parser = subparsers.add_parser(NAME, help=t("report_help"), description=t("report_help"))
    parser.add_argument("file", metavar=t("metavar_file"), help=t("file"))
    parser.add_argument("-o", "--output", metavar=t("metavar_out_pdf"), help=t("report_output"))
    parser.add_argument("--department", metavar=t("metavar_name"), help=t("report_department"))
    parser.add_argument(
        "--all-departments", metavar=t("metavar_dir"), help=t("report_all_departments")
    )
    parser.add_argument("--lang", choices=("de", "en"), help=t("report_lang"))
    parser.add_argument("--paper", choices=("a4", "letter"), default="a4", help=t("report_paper"))
    parser.add_argument(
        "--colour",
        choices=("priority", "experience", "gap", "decision"),
        default="priority",
        help=t("report_colour"),
    )
    parser.add_argument("--large-map", action="store_true", help=t("report_large_map"))
    parser.add_argument(
        "--map-orientation",
        choices=("landscape", "portrait"),
        default="landscape",
        help=t("report_map_orientation"),
    )
    parser.add_argument("--confidential", metavar=t("metavar_text"), help=t("report_confidential"))
    parser.add_argument("--logo", metavar=t("metavar_file"), help=t("report_logo"))
    parser.add_argument(
        "--without",
        metavar=t("metavar_section"),
        action="append",
        choices=SECTION_NAMES,
        default=[],
        help=t("report_without", sections=", ".join(SECTION_NAMES)),
    )
    parser.add_argument("--date", metavar=t("metavar_date"), help=t("report_date"))


def _usage_error(message: str) -> int:
    from tpm_desktop.cli.main import EXIT_USAGE, fail

    return fail(message, EXIT_USAGE)


def find_department(state: ProjectState, wanted: str) -> Department:
    """The department named `wanted` (case-insensitive), or one with that id."""
    from tpm_desktop.reports.pdf.figures import ReportData
    from tpm_desktop.reports.pdf.options import ReportError

    departments = ReportData(state, date.today()).departments
    key = wanted.strip().casefold()
    for department in departments:
        if department.name.strip().casefold() == key:
            return department
    if key.isdigit():
        found = state.get(Department, int(key))
        if found is not None:
            return found
    names = ", ".join(f"“{d.name}”" for d in departments)
    raise ReportError("department_unknown", name=wanted, names=names or "–")


def run(args: argparse.Namespace) -> int:
    """Build the report(s) and write them."""
    from tpm_desktop.reports.pdf.builder import (
        build_department_report,
        build_department_reports,
        build_report,
    )
    from tpm_desktop.reports.pdf.options import (
        ALL_SECTIONS,
        MapColour,
        MapOrientation,
        Paper,
        ReportOptions,
        Section,
    )
    from tpm_desktop.reports.pdf.texts import Texts
    from tpm_desktop.reports.pdf.writer import department_file_name, prepare_folder, write_pdf

    if bool(args.output) == bool(args.all_departments):
        return _usage_error(t("report_need_output"))
    if args.department and args.all_departments:
        return _usage_error(t("report_department_or_all"))
    try:
        today = date.fromisoformat(args.date) if args.date else date.today()
    except ValueError:
        return _usage_error(t("report_bad_date", value=args.date))
    state = read_project(args.file)
    language = args.lang or (
        state.project.language if state.project.language in ("de", "en") else system_language()
    )
    options = ReportOptions(
        language=language,
        paper=Paper(args.paper),
        sections=ALL_SECTIONS - {Section(name) for name in args.without},
        map_colour=MapColour(args.colour),
        map_orientation=MapOrientation(args.map_orientation),
        large_map=args.large_map,
        confidentiality=args.confidential,
        logo=Path(args.logo) if args.logo else None,
        today=today,
    )
    if args.all_departments:
        folder = prepare_folder(args.all_departments)
        texts = Texts(language)
        taken: set[str] = set()
        for department, data in build_department_reports(state, options):
            path = write_pdf(folder / department_file_name(department, texts, taken), data)
            print(t("report_written", path=path))
        return 0
    target = Path(args.output)
    if args.department:
        department = find_department(state, args.department)
        data = build_department_report(state, department.id, options)
    else:
        data = build_report(state, options)
    print(t("report_written", path=write_pdf(target, data)))
    return 0

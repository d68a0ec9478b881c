"""`tpm-desktop slides FILE -o OUT.pptx`: the project's results as a slide deck.

The project file is only read. The deck is built whole in memory and written
atomically, so a failure never leaves a partial file behind.
"""

from __future__ import annotations

import argparse
from datetime import date

from tpm_desktop.cli.texts import t
from tpm_desktop.core.messages import system_language
from tpm_desktop.core.project_file import read_project

NAME = "slides"


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the command's parser."""
    parser = subparsers.add_parser(NAME, help=t("slides_help"), description=t("slides_help"))
    parser.add_argument("file", metavar="FILE", help=t("file"))
    parser.add_argument(
        "-o", "--output", metavar="OUT.pptx", required=True, help=t("slides_output")
    )
    parser.add_argument("--lang", choices=("de", "en"), help=t("slides_lang"))
    parser.add_argument(
        "--colour",
        choices=("priority", "experience", "gap", "decision"),
        default="priority",
        help=t("report_colour"),
    )
    parser.add_argument("--date", metavar="YYYY-MM-DD", help=t("slides_date"))


def run(args: argparse.Namespace) -> int:
    """Build the deck and write it."""
    from tpm_desktop.cli.main import EXIT_USAGE, fail
    from tpm_desktop.reports.pdf.options import MapColour
    from tpm_desktop.reports.slides import (
        SlideOptions,
        build_slides,
        check_target,
        write_slides,
    )

    try:
        today = date.fromisoformat(args.date) if args.date else date.today()
    except ValueError:
        return fail(t("report_bad_date", value=args.date), EXIT_USAGE)
    target = check_target(args.output)  # a folder or a missing folder: before any work
    if target.suffix.lower() != ".pptx":
        return fail(t("slides_suffix", path=args.output), EXIT_USAGE)
    state = read_project(args.file)
    language = args.lang or (
        state.project.language if state.project.language in ("de", "en") else system_language()
    )
    options = SlideOptions(language=language, map_colour=MapColour(args.colour), today=today)
    data = build_slides(state, options)
    print(t("report_written", path=write_slides(target, data)))
    return 0

"""`tpm-desktop poster FILE -o OUT.pdf`: the whole touchpoint map on A2, A1 or A4 tiles.

The project file is only read. The PDF is built whole in memory and written
atomically, so a failure (such as a map too large for a legible A2 poster)
never leaves a partial file behind.
"""

from __future__ import annotations

import argparse
from datetime import date

from tpm_desktop.cli.texts import t
from tpm_desktop.core.messages import system_language
from tpm_desktop.core.project_file import read_project

NAME = "poster"
SIZES = ("a2", "a1", "a4-tiles")


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the command's parser."""
    parser = subparsers.add_parser(NAME, help=t("poster_help"), description=t("poster_help"))
    parser.add_argument("file", metavar="FILE", help=t("file"))
    parser.add_argument("-o", "--output", metavar="OUT.pdf", required=True, help=t("poster_output"))
    parser.add_argument("--size", choices=SIZES, default="a2", help=t("poster_size"))
    parser.add_argument("--lang", choices=("de", "en"), help=t("poster_lang"))
    parser.add_argument(
        "--colour",
        choices=("priority", "experience", "gap", "decision"),
        default="priority",
        help=t("report_colour"),
    )
    parser.add_argument("--date", metavar="YYYY-MM-DD", help=t("poster_date"))


def run(args: argparse.Namespace) -> int:
    """Build the poster and write it."""
    from tpm_desktop.cli.main import EXIT_USAGE, fail
    from tpm_desktop.reports.pdf.options import MapColour
    from tpm_desktop.reports.pdf.poster import PosterOptions, PosterSize, build_poster
    from tpm_desktop.reports.pdf.writer import write_pdf

    try:
        today = date.fromisoformat(args.date) if args.date else date.today()
    except ValueError:
        return fail(t("report_bad_date", value=args.date), EXIT_USAGE)
    state = read_project(args.file)
    language = args.lang or (
        state.project.language if state.project.language in ("de", "en") else system_language()
    )
    options = PosterOptions(
        size=PosterSize(args.size),
        language=language,
        map_colour=MapColour(args.colour),
        today=today,
    )
    data = build_poster(state, options)
    print(t("report_written", path=write_pdf(args.output, data)))
    return 0

"""`tpm-desktop check FILE`: every opening check plus the integrity checks."""

from __future__ import annotations

import argparse

from tpm_desktop.cli.texts import t
from tpm_desktop.core.project_file import read_project

NAME = "check"


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the command's parser."""
    parser = subparsers.add_parser(NAME, help=t("check_help"), description=t("check_help"))
    parser.add_argument("file", metavar=t("metavar_file"), help=t("file"))


def run(args: argparse.Namespace) -> int:
    """Print "ok" and return 0, or raise ProjectFileError naming the problem."""
    read_project(args.file)  # header, integrity and schema checks, then every record's content
    print(t("ok"))
    return 0

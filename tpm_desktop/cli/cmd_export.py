"""`tpm-desktop export FILE OUT [--lang de|en]`: the touchpoint table as .csv, .xlsx or .ods."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from tpm_desktop.cli.texts import t, tn
from tpm_desktop.core.project_file import read_project
from tpm_desktop.reports.touchpoint_export import export_touchpoints

NAME = "export"
SUFFIXES = (".csv", ".xlsx", ".ods")


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the command's parser."""
    parser = subparsers.add_parser(NAME, help=t("export_help"), description=t("export_help"))
    parser.add_argument("file", metavar=t("metavar_file"), help=t("file"))
    parser.add_argument("out", metavar=t("metavar_out"), help=t("export_out"))
    parser.add_argument("--lang", choices=("de", "en"), help=t("export_lang"))


def run(args: argparse.Namespace) -> int:
    """Read the project (without a working copy) and write the table atomically."""
    out = Path(args.out).absolute()
    if out.suffix.lower() not in SUFFIXES:
        print(f"tpm-desktop: {t('export_suffix', path=out)}", file=sys.stderr)
        return 2
    state = read_project(args.file)
    count = export_touchpoints(state, out, args.lang)
    print(tn("export_done", count, path=out))
    return 0

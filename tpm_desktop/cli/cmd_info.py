"""`tpm-desktop info FILE [--json]`: schema version and record counts."""

from __future__ import annotations

import argparse
import json

from tpm_desktop.cli.texts import t
from tpm_desktop.core.model import (
    Channel,
    Criterion,
    Department,
    Kpi,
    Measure,
    Measurement,
    Phase,
    Touchpoint,
)
from tpm_desktop.core.project_file import read_project
from tpm_desktop.core.schema import SCHEMA_VERSION

NAME = "info"

COUNTED = (
    ("departments", Department),
    ("channels", Channel),
    ("phases", Phase),
    ("touchpoints", Touchpoint),
    ("criteria", Criterion),
    ("measures", Measure),
    ("kpis", Kpi),
    ("measurements", Measurement),
)


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the command's parser."""
    parser = subparsers.add_parser(NAME, help=t("info_help"), description=t("info_help"))
    parser.add_argument("file", metavar=t("metavar_file"), help=t("file"))
    parser.add_argument("--json", action="store_true", help=t("info_json"))


def run(args: argparse.Namespace) -> int:
    """Print the figures as text or as one JSON object."""
    state = read_project(args.file)
    figures = {"schema_version": SCHEMA_VERSION}
    figures.update({key: len(state.table(kind)) for key, kind in COUNTED})
    if args.json:
        print(json.dumps(figures))
        return 0
    width = max(len(t(f"info_{key}")) for key in ("schema", *(key for key, _ in COUNTED)))
    print(f"{t('info_schema'):<{width}}  {figures['schema_version']}")
    for key, _ in COUNTED:
        print(f"{t(f'info_{key}'):<{width}}  {figures[key]}")
    return 0

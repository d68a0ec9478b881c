"""`tpm-desktop import FILE TABLE [--sheet NAME] [--dry-run] [--skip-invalid] [--channel-kind N=K]`.

The whole import is one change set committed to the working copy and saved
atomically, so the project file holds either all imported rows or none. A table
with problems leaves the file byte-identical unless --skip-invalid is given.
Without --sheet, a workbook is read from its first sheet with a column of names.
New channels are listed with their type and where it came from; a channel whose
type nothing told is created online and said so, with how to change it.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from tpm_desktop.cli.texts import t, tn
from tpm_desktop.core.enums import ChannelKind, Dimension
from tpm_desktop.core.errors import ProjectFileError
from tpm_desktop.core.messages import system_language
from tpm_desktop.core.project_file import OpenProject, read_project
from tpm_desktop.core.state import ProjectState
from tpm_desktop.reports import table_texts
from tpm_desktop.reports.import_channels import KindSource, channel_key
from tpm_desktop.reports.tabular import Table
from tpm_desktop.reports.touchpoint_import import (
    ImportPlan,
    column_label,
    plan_import,
    read_touchpoint_table,
)

NAME = "import"
# Problems listed before "… and N more"; a wrong file would otherwise flood the terminal.
PROBLEM_LIMIT = 100
READ_ONLY_NOTICES = {
    "read_only_file_notice": "file_read_only",
    "read_only_folder_notice": "folder_read_only",
}


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the command's parser."""
    parser = subparsers.add_parser(NAME, help=t("import_help"), description=t("import_help"))
    parser.add_argument("file", metavar=t("metavar_file"), help=t("import_file"))
    parser.add_argument("table", metavar=t("metavar_table"), help=t("import_table"))
    parser.add_argument("--sheet", metavar=t("metavar_name"), help=t("import_sheet"))
    parser.add_argument("--dry-run", action="store_true", help=t("import_dry_run"))
    parser.add_argument("--skip-invalid", action="store_true", help=t("import_skip_invalid"))
    parser.add_argument(
        "--channel-kind",
        metavar=t("metavar_channel_kind"),
        action="append",
        default=[],
        type=_channel_kind,
        help=t("import_channel_kind"),
    )


def _channel_kind(text: str) -> tuple[str, ChannelKind]:
    """NAME=online|offline from the command line (an argparse type)."""
    name, _, kind = text.rpartition("=")
    try:
        if not name.strip():
            raise ValueError(text)
        return name.strip(), ChannelKind(kind.strip().casefold())
    except ValueError:
        raise argparse.ArgumentTypeError(t("import_bad_channel_kind", value=text)) from None


def _kinds(args: argparse.Namespace) -> dict[str, ChannelKind]:
    return {channel_key(name): kind for name, kind in args.channel_kind}


def run(args: argparse.Namespace) -> int:
    """Check the table, then commit its rows in one change set and save (unless --dry-run)."""
    path = Path(args.file).absolute()
    # The project is read first for its criteria, which name score columns; a bad table
    # is still found before anything is written.
    if args.dry_run:
        state = read_project(path)
        plan = plan_import(_read(args, state), state, channel_kinds=_kinds(args))
        return _report(plan, path, args)
    project = OpenProject.open(path)
    try:
        if project.read_only:
            raise ProjectFileError("target_locked", path)
        # Say so before the table is read and checked, not after.
        for notice, code in READ_ONLY_NOTICES.items():
            if any(n.code == notice for n in project.notices):
                raise ProjectFileError(code, path)
        plan = plan_import(_read(args, project.state), project.state, channel_kinds=_kinds(args))
        status = _report(plan, path, args, announce=False)
        if status != 0 or not plan.changes:
            return status
        project.commit(plan.changes)
        project.save()
        _print_outcome(plan, path, args)
        return 0
    finally:
        project.close()


def _read(args: argparse.Namespace, state: ProjectState) -> Table:
    table = read_touchpoint_table(args.table, args.sheet, state.criteria)
    if args.sheet is None and len(table.sheets) > 1:
        print(t("import_sheet_used", sheet=table.sheet))
    return table


def _report(plan: ImportPlan, path: Path, args: argparse.Namespace, announce: bool = True) -> int:
    """Print ignored columns and problems; return the exit status (0: go ahead)."""
    lang = system_language()
    if not plan.has_name_column:
        columns = ", ".join(column_label(plan.headers, i, lang) for i in range(len(plan.headers)))
        return _fail(t("import_no_name_column", path=Path(args.table).absolute(), columns=columns))
    ignored = plan.ignored_columns(lang)
    if ignored:
        print(t("import_ignored_columns", columns=", ".join(ignored)))
    if not plan.rows:
        return _fail(t("import_no_rows", path=Path(args.table).absolute()))
    bad = plan.invalid_rows
    for row in bad[:PROBLEM_LIMIT]:
        for message in row.messages(lang):
            print(message)
    if len(bad) > PROBLEM_LIMIT:
        print(t("import_more_problems", count=len(bad) - PROBLEM_LIMIT))
    for number, note in plan.notes:
        print(table_texts.text("row", lang, row=number, message=note.message(lang)))
    good = len(plan.valid_rows)
    if bad and not args.skip_invalid:
        return _fail(tn("import_rejected", len(bad), bad=len(bad), total=len(plan.rows), good=good))
    if good == 0:
        return _fail(t("import_nothing_valid"))
    if announce:
        _print_outcome(plan, path, args)
    return 0


def _print_outcome(plan: ImportPlan, path: Path, args: argparse.Namespace) -> None:
    count = len(plan.valid_rows)
    for dimension, key in (
        (Dimension.DEPARTMENT, "import_new_departments"),
        (Dimension.PHASE, "import_new_phases"),
    ):
        if plan.created[dimension]:
            print(t(key, names=", ".join(plan.created[dimension])))
    _print_channels(plan, args)
    if plan.new_segments:
        print(t("import_new_segments", names=", ".join(plan.new_segments)))
    if plan.already_present:
        print(t("import_already_present", count=plan.already_present))
    skipped = len(plan.invalid_rows)
    if args.dry_run:
        if skipped:
            print(tn("import_dry_skipped", skipped))
        print(tn("import_dry_done", count, path=path))
    else:
        if skipped:
            print(tn("import_skipped", skipped))
        print(tn("import_done", count, path=path))


def _print_channels(plan: ImportPlan, args: argparse.Namespace) -> None:
    """The new channels with their type and its source, and how to change a guessed one."""
    created = {channel.key for channel in plan.new_channels}
    for name, _kind in args.channel_kind:
        if channel_key(name) not in created:
            print(t("import_channel_kind_unused", name=name))
    if not plan.new_channels:
        return
    counts = ", ".join(
        t(f"import_channel_counts_{kind.value}", count=number)
        for kind in (ChannelKind.OFFLINE, ChannelKind.ONLINE)
        if (number := sum(1 for c in plan.new_channels if c.kind is kind))
    )
    key = "import_dry_new_channels" if args.dry_run else "import_new_channels"
    print(tn(key, len(plan.new_channels), counts=counts))
    for channel in plan.new_channels:
        source = t(f"import_kind_{channel.source.value}")
        print(t("import_channel_line", name=channel.name, kind=channel.kind.value, source=source))
    unknown = [c.name for c in plan.new_channels if c.source is KindSource.DEFAULT]
    if unknown:
        key = "import_dry_kind_default_hint" if args.dry_run else "import_kind_default_hint"
        names = ", ".join(t("import_quoted", name=name) for name in unknown)
        print(tn(key, len(unknown), names=names, example=unknown[0]))


def _fail(message: str) -> int:
    print(f"tpm-desktop: {message}", file=sys.stderr)
    return 1

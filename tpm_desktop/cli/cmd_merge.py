"""`tpm-desktop merge OURS THEIRS [-o OUT] [--dry-run] [--prefer ours|theirs] [--as-new]`.

Takes the other copy's changes into OURS (or into a new file OUT, leaving OURS as
it is) as one journaled change set with a merge-log record. Changes only one side
made go in; conflicts are decided by --prefer (default: keep ours) and listed.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from tpm_desktop.cli.merge_values import shown_value
from tpm_desktop.cli.texts import TEXTS, speaking, t, tn
from tpm_desktop.core.errors import ProjectFileError
from tpm_desktop.core.merge import Action, Item, MergeError, MergeMode, MergePlan
from tpm_desktop.core.merge.describe import record_name, subject_name
from tpm_desktop.core.merge.files import apply_result, import_as_new, merge_now, plan_from_file
from tpm_desktop.core.project_file import OpenProject

NAME = "merge"
# Items listed one by one before "… and N more".
LIST_LIMIT = 200


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the command's parser."""
    parser = subparsers.add_parser(NAME, help=t("merge_help"), description=t("merge_help"))
    parser.add_argument("ours", metavar=t("metavar_ours"), help=t("merge_ours"))
    parser.add_argument("theirs", metavar=t("metavar_theirs"), help=t("merge_theirs"))
    parser.add_argument("-o", "--output", metavar=t("metavar_out"), help=t("merge_output"))
    parser.add_argument("--dry-run", action="store_true", help=t("merge_dry_run"))
    parser.add_argument(
        "--prefer", choices=("ours", "theirs"), default="ours", help=t("merge_prefer")
    )
    parser.add_argument("--as-new", action="store_true", help=t("merge_as_new"))
    parser.add_argument("--lang", choices=("de", "en"), help=t("listing_lang"))


def run(args: argparse.Namespace) -> int:
    """Plan, list, and (unless --dry-run) apply and save."""
    ours_path = Path(args.ours).absolute()
    output = Path(args.output).absolute() if args.output else None
    if output is not None and output.exists():
        return _fail(t("merge_output_exists", path=output))
    project = OpenProject.open(ours_path)
    try:
        with speaking(args.lang or project.state.project.language):
            return _merge(project, args, ours_path, output)
    finally:
        project.close()


def _merge(
    project: OpenProject, args: argparse.Namespace, ours_path: Path, output: Path | None
) -> int:
    if project.read_only and output is None and not args.dry_run:
        raise ProjectFileError("target_locked", ours_path)
    if args.as_new:
        return _import_new(project, args, output)
    try:
        plan = plan_from_file(project, args.theirs)
    except MergeError as error:
        return _fail(merge_error_text(error, args.theirs))
    plan.prefer(args.prefer)
    _list(plan)
    if plan.mode is MergeMode.UP_TO_DATE or not plan.items:
        print(t("merge_up_to_date"))
        return 0
    if args.dry_run:
        return 0
    try:
        result = merge_now(plan, project.author)
    except MergeError as error:
        return _fail(merge_error_text(error, args.theirs))
    apply_result(project, result, t("merge_label", name=Path(args.theirs).name))
    _write(project, output)
    summary = plan.summary()
    print(
        t(
            "merge_done",
            taken=summary.get("taken", 0),
            rejected=summary.get("rejected", 0),
            path=output or ours_path,
        )
    )
    return 0


def _import_new(project: OpenProject, args: argparse.Namespace, output: Path | None) -> int:
    changes = import_as_new(project, args.theirs)
    count = sum(1 for c in changes if c.before is None and c.record_type.TABLE == "touchpoint")
    print(tn("merge_imported", count, path=Path(args.theirs).absolute()))
    if args.dry_run or not changes:
        return 0
    project.commit(changes, label=t("merge_import_label"))
    _write(project, output)
    return 0


def _write(project: OpenProject, output: Path | None) -> None:
    if output is None:
        project.save()
    else:
        project.export_copy(output)


def _list(plan: MergePlan) -> None:
    if plan.mode is MergeMode.TWO_WAY:
        print(t("merge_two_way"))
    if not plan.items:
        return  # the caller says there is nothing to take
    conflicts = len(plan.conflicts)
    key = "merge_found" if conflicts else "merge_found_clean"
    print(tn(key, len(plan.items), conflicts=conflicts))
    for item in plan.items[:LIST_LIMIT]:
        print(item_line(plan, item))
    if len(plan.items) > LIST_LIMIT:
        print(t("merge_more", count=len(plan.items) - LIST_LIMIT))


def item_line(plan: MergePlan, item: Item) -> str:
    """One line per item: decision, what, and for field changes here ↔ there."""
    mark = t("merge_taken") if item.accepted else t("merge_kept")
    if item.conflict is not None:
        mark = f"{mark}, {t('merge_conflict_' + item.conflict.value)}"
    what = t(f"merge_table_{item.table}")
    name = record_name(plan, item.slot)
    owner = subject_name(plan, item)
    where = f"{owner} › " if owner and item.table != "touchpoint" else ""
    line = (
        f"[{mark}] {where}{what} {t('quoted', name=name)}: {t('merge_action_' + item.action.value)}"
    )
    if item.action is Action.CHANGE:
        fields = "; ".join(
            t(
                "merge_field",
                field=field_label(f.name),
                ours=shown_value(plan, item.table, f.name, f.ours),
                theirs=shown_value(plan, item.table, f.name, f.theirs),
            )
            for f in item.fields
        )
        line = f"{line}: {fields}"
    elif item.children:
        line = f"{line} {tn('merge_with_children', len(item.children))}"
    return line


def field_label(name: str) -> str:
    """A field's name as the user knows it (its own name where none is listed)."""
    key = f"merge_f_{name}"
    return t(key) if key in TEXTS["en"] else name


def merge_error_text(error: MergeError, theirs: str) -> str:
    """The message for a merge that cannot be made."""
    return t(f"merge_error_{error.reason}", path=Path(theirs).absolute(), detail=error.detail)


def _fail(message: str) -> int:
    print(f"tpm-desktop: {message}", file=sys.stderr)
    return 1

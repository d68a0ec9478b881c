"""`tpm-desktop diff A B [--json]`: what differs between two copies of one project.

Lists every difference in both directions, grouped by touchpoint, and with shared
history who made it (A, B or both). Reads both files only; changes nothing.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from tpm_desktop.cli.cmd_merge import field_label, merge_error_text
from tpm_desktop.cli.merge_values import shown_value
from tpm_desktop.cli.texts import speaking, t, tn
from tpm_desktop.core.journal_read import JournalChangeSet, JournalError
from tpm_desktop.core.merge.compare import Comparison, Difference, Presence, compare_copies
from tpm_desktop.core.merge.describe import record_name, subject_name
from tpm_desktop.core.merge.plan import MergeError
from tpm_desktop.core.project_file import read_copy
from tpm_desktop.core.state import ProjectState

NAME = "diff"
# Differences listed one by one before "… and N more" (--json lists all).
LIST_LIMIT = 500


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the command's parser."""
    parser = subparsers.add_parser(NAME, help=t("diff_help"), description=t("diff_help"))
    parser.add_argument("a", metavar="A", help=t("diff_a"))
    parser.add_argument("b", metavar="B", help=t("diff_b"))
    parser.add_argument("--json", action="store_true", help=t("diff_json"))
    parser.add_argument("--lang", choices=("de", "en"), help=t("listing_lang"))


def run(args: argparse.Namespace) -> int:
    """Read both copies, compare, print."""
    a_path, b_path = Path(args.a).absolute(), Path(args.b).absolute()
    a_state, a_journal = read_copy(a_path)
    b_state, b_journal = read_copy(b_path)
    with speaking(args.lang or a_state.project.language):
        return _compare(args, a_path, a_state, a_journal, b_path, b_state, b_journal)


def _compare(
    args: argparse.Namespace,
    a_path: Path,
    a_state: ProjectState,
    a_journal: list[JournalChangeSet],
    b_path: Path,
    b_state: ProjectState,
    b_journal: list[JournalChangeSet],
) -> int:
    try:
        comparison = compare_copies(a_state, a_journal, b_state, b_journal)
    except MergeError as error:
        print(f"tpm-desktop: {merge_error_text(error, args.b)}", file=sys.stderr)
        return 1
    except JournalError as error:
        text = merge_error_text(MergeError("unreadable_journal", str(error)), args.b)
        print(f"tpm-desktop: {text}", file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps(_as_json(comparison, a_path, b_path), ensure_ascii=False, indent=1))
    else:
        _print_text(comparison, a_path, b_path)
    return 0


def _ordered(comparison: Comparison) -> list[Difference]:
    """Project-wide differences first, then touchpoint by touchpoint in name order."""

    def key(difference: Difference) -> tuple[int, str, int]:
        if difference.subject is None:
            return (0, "", 0)
        name = record_name(comparison, ("touchpoint", difference.subject)).casefold()
        return (1, name, 0 if difference.table == "touchpoint" else 1)

    return sorted(comparison.differences, key=key)


def _print_text(comparison: Comparison, a_path: Path, b_path: Path) -> None:
    differences = _ordered(comparison)
    if not differences:
        print(t("diff_none", a=a_path.name, b=b_path.name))
        return
    print(tn("diff_found", len(differences), a=a_path.name, b=b_path.name))
    if not comparison.shared_history:
        print(t("diff_no_history"))
    current: str | None = "-"
    for difference in differences[:LIST_LIMIT]:
        if difference.subject != current:
            current = difference.subject
            heading = subject_name(comparison, difference) or t("diff_project_wide")
            print(f"\n{heading}")
        print(f"  {_line(comparison, difference)}")
    if len(differences) > LIST_LIMIT:
        print(t("merge_more", count=len(differences) - LIST_LIMIT))


def _line(comparison: Comparison, difference: Difference) -> str:
    what = t(f"merge_table_{difference.table}")
    name = record_name(comparison, difference.slot)
    if difference.presence is not Presence.BOTH:
        who, where = t(f"diff_side_{difference.side.value}"), t(f"diff_{difference.presence.value}")
        line = f"[{who}] {what} {t('quoted', name=name)}: {where}"
        if difference.children:
            line = f"{line} {tn('merge_with_children', len(difference.children))}"
        return line
    # A record changed on both sides by different fields: one line per side.
    lines = []
    for side in dict.fromkeys(f.side for f in difference.fields):
        fields = "; ".join(
            t(
                "diff_field",
                field=field_label(f.name),
                a=shown_value(comparison, difference.table, f.name, f.a),
                b=shown_value(comparison, difference.table, f.name, f.b),
            )
            for f in difference.fields
            if f.side is side
        )
        lines.append(f"[{t('diff_side_' + side.value)}] {what} {t('quoted', name=name)}: {fields}")
    return "\n  ".join(lines)


def _as_json(comparison: Comparison, a_path: Path, b_path: Path) -> dict[str, Any]:
    return {
        "a": str(a_path),
        "b": str(b_path),
        "shared_history": comparison.shared_history,
        "differences": [
            {
                "table": d.table,
                "record": d.record,
                "name": record_name(comparison, d.slot),
                "touchpoint": d.subject,
                "touchpoint_name": subject_name(comparison, d) or None,
                "presence": d.presence.value,
                "changed_by": d.side.value,
                "fields": [
                    {"field": f.name, "a": f.a, "b": f.b, "changed_by": f.side.value}
                    for f in d.fields
                ],
                "with_records": len(d.children),
            }
            for d in _ordered(comparison)
        ],
    }

"""Merging with files: read the other copy, plan against an open project, apply."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from tpm_desktop.core.axes import MapAxes
from tpm_desktop.core.changes import ChangeSet, Delta
from tpm_desktop.core.edits.clipboard import copy_payload, parse_payload, paste_touchpoints
from tpm_desktop.core.journal_read import JournalError
from tpm_desktop.core.merge.plan import MergeError, MergePlan, MergeResult, plan_merge
from tpm_desktop.core.project_file import OpenProject, read_copy, read_project


def plan_from_file(project: OpenProject, path: Path | str, *, own_file: bool = False) -> MergePlan:
    """Plan merging the copy at `path` into `project`.

    With `own_file`, `path` may be the project's own file: another copy saved over it.

    Raises ProjectFileError for a file that cannot be read, MergeError for a
    journal that cannot be read or a copy of another project.
    """
    path = Path(path).absolute()
    if not own_file and project.path is not None and _same(project.path, path):
        raise MergeError("same_file", path.name)
    try:
        theirs, theirs_journal = read_copy(path)
        ours_journal = project.journal()
    except JournalError as exc:
        raise MergeError("unreadable_journal", str(exc)) from exc
    return plan_merge(project.state, ours_journal, theirs, theirs_journal, source=str(path))


def apply_result(project: OpenProject, result: MergeResult, label: str) -> Delta:
    """Commit a merge's change set to the project as one journaled change set."""
    return project.commit(
        result.changes,
        kind="merge",
        label=label,
        change_set_uuid=result.change_set_uuid,
        origins=result.origins,
    )


def merge_now(plan: MergePlan, author: str) -> MergeResult:
    """The plan's result stamped now."""
    return plan.result(author, datetime.now().replace(microsecond=0))


def import_as_new(project: OpenProject, path: Path | str) -> ChangeSet:
    """The other file's touchpoints as new ones here (lanes and criteria matched by name).

    For a file of another project, which cannot be merged. Raises ProjectFileError.
    """
    theirs = read_project(path)
    ids = sorted(theirs.touchpoints)
    if not ids:
        return ChangeSet()
    drafts = parse_payload(copy_payload(theirs, ids))
    changes, _ = paste_touchpoints(project.state, drafts, MapAxes.of(project.state))
    return changes


def _same(a: Path, b: Path) -> bool:
    try:
        return a.samefile(b)
    except OSError:
        return a == b

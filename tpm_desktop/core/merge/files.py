"""Merging with files: read the other copy, plan against an open project, apply."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from tpm_desktop.core.changes import Delta
from tpm_desktop.core.journal_read import JournalError
from tpm_desktop.core.merge.plan import MergeError, MergePlan, MergeResult, plan_merge
from tpm_desktop.core.project_file import OpenProject, read_copy


def plan_from_file(project: OpenProject, path: Path | str) -> MergePlan:
    """Plan merging the copy at `path` into `project`.

    Raises ProjectFileError for a file that cannot be read, MergeError for a
    journal that cannot be read or a copy of another project.
    """
    path = Path(path).absolute()
    if project.path is not None and _same(project.path, path):
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


def _same(a: Path, b: Path) -> bool:
    try:
        return a.samefile(b)
    except OSError:
        return a == b

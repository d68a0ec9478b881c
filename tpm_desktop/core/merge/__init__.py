"""Merging two copies of one project: find what each side changed, review, combine.

`plan_merge` compares our state with another copy's, using both change journals to
tell who changed what since the copies parted; `MergePlan.result` builds the one
change set (with its merge-log record) that takes the accepted incoming changes.
"""

from tpm_desktop.core.merge.items import Action, Conflict, FieldChange, Item, Note
from tpm_desktop.core.merge.plan import MergeError, MergeMode, MergePlan, MergeResult, plan_merge

__all__ = [
    "Action",
    "Conflict",
    "FieldChange",
    "Item",
    "MergeError",
    "MergeMode",
    "MergePlan",
    "MergeResult",
    "Note",
    "plan_merge",
]

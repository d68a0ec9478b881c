"""How the merge review names records, fields, actions and conflicts."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from tpm_desktop.core.merge import Action, Conflict


def table_label(table: str) -> str:
    """A record type as the user knows it."""
    labels = {
        "project": QCoreApplication.translate("MergeLabels", "Project"),
        "setting": QCoreApplication.translate("MergeLabels", "Setting"),
        "department": QCoreApplication.translate("MergeLabels", "Department"),
        "channel": QCoreApplication.translate("MergeLabels", "Channel"),
        "phase": QCoreApplication.translate("MergeLabels", "Phase"),
        "criterion": QCoreApplication.translate("MergeLabels", "Criterion"),
        "touchpoint": QCoreApplication.translate("MergeLabels", "Touchpoint"),
        "combination": QCoreApplication.translate("MergeLabels", "Combination"),
        "score": QCoreApplication.translate("MergeLabels", "Score"),
        "measure": QCoreApplication.translate("MergeLabels", "Measure"),
        "kpi": QCoreApplication.translate("MergeLabels", "KPI"),
        "measurement": QCoreApplication.translate("MergeLabels", "Measurement"),
        "workshop_rating": QCoreApplication.translate("MergeLabels", "Workshop rating"),
        "assessment_round": QCoreApplication.translate("MergeLabels", "Assessment round"),
        "round_touchpoint": QCoreApplication.translate("MergeLabels", "Round entry"),
        "round_criterion": QCoreApplication.translate("MergeLabels", "Round criterion"),
        "round_score": QCoreApplication.translate("MergeLabels", "Round score"),
        "merge_log": QCoreApplication.translate("MergeLabels", "Earlier merge"),
        "segment": QCoreApplication.translate("MergeLabels", "Customer segment"),
        "touchpoint_segment": QCoreApplication.translate("MergeLabels", "Segment relevance"),
        "segment_score": QCoreApplication.translate("MergeLabels", "Segment score"),
        "comment": QCoreApplication.translate("MergeLabels", "Comment"),
        "evidence": QCoreApplication.translate("MergeLabels", "Evidence"),
    }
    return labels.get(table, table)


def field_label(name: str) -> str:
    """A field as the user knows it (its own name where none is listed)."""
    labels = {
        "name": QCoreApplication.translate("MergeLabels", "Name"),
        "description": QCoreApplication.translate("MergeLabels", "Description"),
        "department_id": QCoreApplication.translate("MergeLabels", "Department"),
        "channel_id": QCoreApplication.translate("MergeLabels", "Channel"),
        "phase_id": QCoreApplication.translate("MergeLabels", "Phase"),
        "position": QCoreApplication.translate("MergeLabels", "Position"),
        "media_type": QCoreApplication.translate("MergeLabels", "Media type"),
        "responsible": QCoreApplication.translate("MergeLabels", "Responsible"),
        "as_is": QCoreApplication.translate("MergeLabels", "As-is"),
        "target": QCoreApplication.translate("MergeLabels", "Target"),
        "experience": QCoreApplication.translate("MergeLabels", "Experience"),
        "decision": QCoreApplication.translate("MergeLabels", "Decision"),
        "is_super": QCoreApplication.translate("MergeLabels", "Super-touchpoint"),
        "budget": QCoreApplication.translate("MergeLabels", "Budget"),
        "code": QCoreApplication.translate("MergeLabels", "Short id"),
        "relevance": QCoreApplication.translate("MergeLabels", "Relevance"),
        "target_experience": QCoreApplication.translate("MergeLabels", "Target experience"),
        "budget_locked": QCoreApplication.translate("MergeLabels", "Budget locked"),
        "title": QCoreApplication.translate("MergeLabels", "Title"),
        "owner": QCoreApplication.translate("MergeLabels", "Owner"),
        "due_date": QCoreApplication.translate("MergeLabels", "Due date"),
        "status": QCoreApplication.translate("MergeLabels", "Status"),
        "cost": QCoreApplication.translate("MergeLabels", "Cost"),
        "quick_win": QCoreApplication.translate("MergeLabels", "Quick win"),
        "unit": QCoreApplication.translate("MergeLabels", "Unit"),
        "direction": QCoreApplication.translate("MergeLabels", "Direction"),
        "frequency": QCoreApplication.translate("MergeLabels", "Frequency"),
        "date": QCoreApplication.translate("MergeLabels", "Date"),
        "value": QCoreApplication.translate("MergeLabels", "Value"),
        "note": QCoreApplication.translate("MergeLabels", "Note"),
        "color": QCoreApplication.translate("MergeLabels", "Colour"),
        "kind": QCoreApplication.translate("MergeLabels", "Online/offline"),
        "contact_person": QCoreApplication.translate("MergeLabels", "Contact person"),
        "contact_email": QCoreApplication.translate("MergeLabels", "Contact email"),
        "weight": QCoreApplication.translate("MergeLabels", "Weight"),
        "scale_min": QCoreApplication.translate("MergeLabels", "Scale from"),
        "scale_max": QCoreApplication.translate("MergeLabels", "Scale to"),
        "role": QCoreApplication.translate("MergeLabels", "Role"),
        "client": QCoreApplication.translate("MergeLabels", "Client"),
        "author": QCoreApplication.translate("MergeLabels", "Author"),
        "language": QCoreApplication.translate("MergeLabels", "Language"),
        "currency": QCoreApplication.translate("MergeLabels", "Currency"),
        "total_budget": QCoreApplication.translate("MergeLabels", "Total budget"),
        "as_is_spread": QCoreApplication.translate("MergeLabels", "Spread"),
        "as_is_count": QCoreApplication.translate("MergeLabels", "Ratings"),
        "participant": QCoreApplication.translate("MergeLabels", "Participant"),
        "group_name": QCoreApplication.translate("MergeLabels", "Group"),
        "batch": QCoreApplication.translate("MergeLabels", "Batch"),
        "profile": QCoreApplication.translate("MergeLabels", "Profile"),
        "picture_digest": QCoreApplication.translate("MergeLabels", "Picture"),
        "parent_id": QCoreApplication.translate("MergeLabels", "Answers"),
        "at": QCoreApplication.translate("MergeLabels", "Time"),
        "text": QCoreApplication.translate("MergeLabels", "Text"),
        "resolved": QCoreApplication.translate("MergeLabels", "Resolved"),
        "filename": QCoreApplication.translate("MergeLabels", "File name"),
        "mime": QCoreApplication.translate("MergeLabels", "File type"),
        "digest": QCoreApplication.translate("MergeLabels", "File content"),
        "size": QCoreApplication.translate("MergeLabels", "Size"),
        "url": QCoreApplication.translate("MergeLabels", "Link"),
        "quote": QCoreApplication.translate("MergeLabels", "Quote"),
        "source": QCoreApplication.translate("MergeLabels", "Source"),
        "quote_date": QCoreApplication.translate("MergeLabels", "Quote date"),
        "in_report": QCoreApplication.translate("MergeLabels", "In the report"),
        "added_at": QCoreApplication.translate("MergeLabels", "Added"),
    }
    return labels.get(name, name)


def action_label(action: Action) -> str:
    """What an item does."""
    return {
        Action.ADD: QCoreApplication.translate("MergeLabels", "Added there"),
        Action.CHANGE: QCoreApplication.translate("MergeLabels", "Changed there"),
        Action.DELETE: QCoreApplication.translate("MergeLabels", "Deleted there"),
        Action.RESTORE: QCoreApplication.translate("MergeLabels", "Changed there, deleted here"),
    }[action]


def conflict_label(conflict: Conflict) -> str:
    """Why an item needs a decision."""
    return {
        Conflict.BOTH_CHANGED: QCoreApplication.translate(
            "MergeLabels", "Conflict: changed on both sides"
        ),
        Conflict.BOTH_MOVED: QCoreApplication.translate(
            "MergeLabels", "Conflict: moved on both sides"
        ),
        Conflict.DELETED_HERE: QCoreApplication.translate(
            "MergeLabels", "Conflict: deleted here, changed there"
        ),
        Conflict.DELETED_THERE: QCoreApplication.translate(
            "MergeLabels", "Conflict: deleted there, changed here"
        ),
        Conflict.NO_COMMON_BASE: QCoreApplication.translate(
            "MergeLabels", "Differs (no common history)"
        ),
    }[conflict]


def conflict_help(conflict: Conflict) -> str:
    """What checking a conflict does."""
    return {
        Conflict.BOTH_CHANGED: QCoreApplication.translate(
            "MergeLabels", "Checked: take their value. Unchecked: keep yours."
        ),
        Conflict.BOTH_MOVED: QCoreApplication.translate(
            "MergeLabels", "Checked: move it where they put it. Unchecked: leave it here."
        ),
        Conflict.DELETED_HERE: QCoreApplication.translate(
            "MergeLabels", "Checked: bring it back with their changes. Unchecked: it stays deleted."
        ),
        Conflict.DELETED_THERE: QCoreApplication.translate(
            "MergeLabels",
            "Checked: delete it with everything that belongs to it. Unchecked: keep it.",
        ),
        Conflict.NO_COMMON_BASE: QCoreApplication.translate(
            "MergeLabels",
            "The copies share no history, so who changed it cannot be told. Checked: take "
            "their value. Unchecked: keep yours.",
        ),
    }[conflict]

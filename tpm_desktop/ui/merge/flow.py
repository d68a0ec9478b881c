"""Merging another copy into the open document: plan, review, apply as one undo step."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from tpm_desktop.core.errors import TpmError
from tpm_desktop.core.merge import MergeError, MergeMode, MergePlan
from tpm_desktop.core.merge.files import import_as_new, merge_now, plan_from_file
from tpm_desktop.ui import prompts
from tpm_desktop.ui.feature import DocumentContext


def error_text(error: MergeError, path: Path) -> str:
    """The message for a merge that cannot be made."""
    texts = {
        "same_file": QCoreApplication.translate(
            "MergeFlow", "“%1” is this project's own file. Choose the other copy."
        ),
        "unreadable_journal": QCoreApplication.translate(
            "MergeFlow",
            "The change history of “%1” cannot be read, so it cannot be merged. Nothing "
            "was changed.",
        ),
        "unsound_result": QCoreApplication.translate(
            "MergeFlow",
            "Merging “%1” would leave the project inconsistent, so nothing was changed.",
        ),
    }
    text = texts.get(
        error.reason, QCoreApplication.translate("MergeFlow", "“%1” cannot be merged.")
    )
    text = text.replace("%1", path.name)
    return f"{text}\n\n{error.detail}" if error.detail else text


def merge_file(
    window: QWidget, context: DocumentContext, path: Path, language: str, own_file: bool = False
) -> bool:
    """Review and take the changes of the copy at `path`; True unless cancelled or failed.

    With `own_file`, `path` is the document's own file, changed on disk by someone else.
    """
    title = QCoreApplication.translate("MergeFlow", "Merge Changes")
    document = context.document
    try:
        plan = plan_from_file(document.project, path, own_file=own_file)
    except TpmError as error:
        prompts.show_error(window, title, error.message(language))
        return False
    except MergeError as error:
        if error.reason == "different_project":
            return _offer_import(window, context, path, language)
        prompts.show_error(window, title, error_text(error, path))
        return False
    if plan.mode is MergeMode.UP_TO_DATE or not plan.items:
        prompts.show_info(
            window,
            title,
            QCoreApplication.translate(
                "MergeFlow",
                "This project already holds every change of “%1”. There is nothing to take.",
            ).replace("%1", path.name),
        )
        return True
    if not prompts.review_merge(window, plan):
        return False
    return apply_plan(window, context, plan, path)


def apply_plan(window: QWidget, context: DocumentContext, plan: MergePlan, path: Path) -> bool:
    """Apply a reviewed plan through the editor as one undo step."""
    try:
        result = merge_now(plan, context.document.project.author)
    except MergeError as error:
        prompts.show_error(
            window,
            QCoreApplication.translate("MergeFlow", "Merge Changes"),
            error_text(error, path),
        )
        return False
    text = QCoreApplication.translate("MergeFlow", "Merge Changes From “%1”").replace(
        "%1", path.name
    )
    return context.editor.merge(text, result)


def _offer_import(window: QWidget, context: DocumentContext, path: Path, language: str) -> bool:
    question = QCoreApplication.translate(
        "MergeFlow",
        "“%1” is a file of another project, so its changes cannot be merged. Add its "
        "touchpoints to this project as new ones instead?",
    ).replace("%1", path.name)
    detail = QCoreApplication.translate(
        "MergeFlow",
        "Lanes and criteria are matched by name; touchpoints whose lane is missing go to "
        "the first lane.",
    )
    if not prompts.confirm(
        window, QCoreApplication.translate("MergeFlow", "Merge Changes"), question, detail
    ):
        return False
    try:
        changes = import_as_new(context.document.project, path)
    except TpmError as error:
        prompts.show_error(
            window,
            QCoreApplication.translate("MergeFlow", "Merge Changes"),
            error.message(language),
        )
        return False
    text = QCoreApplication.translate("MergeFlow", "Import Touchpoints From “%1”").replace(
        "%1", path.name
    )
    return context.editor.apply_changes(text, changes)

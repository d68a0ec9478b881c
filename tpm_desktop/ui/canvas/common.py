"""Small helpers shared by the map's modules: running an edit and reporting its refusal."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from tpm_desktop.core.errors import EditError
from tpm_desktop.ui import prompts

T = TypeVar("T")


def language_of(widget: QWidget | None) -> str:
    """The interface language of the window a widget sits in ("de" or "en")."""
    window = widget.window() if widget is not None else None
    language = getattr(window, "language", "en")
    return language if language in ("de", "en") else "en"


def run_edit(widget: QWidget | None, edit: Callable[[], T]) -> T | None:
    """Run an editor call; a refused edit is explained in a message, never raised."""
    try:
        return edit()
    except EditError as error:
        prompts.show_error(
            widget,
            QCoreApplication.translate("MapEdit", "The change could not be made"),
            error.message(language_of(widget)),
        )
        return None

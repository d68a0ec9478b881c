"""Errors the user can meet, each carrying a message code from `core.messages`."""

from __future__ import annotations

from pathlib import Path

from tpm_desktop.core import messages


class TpmError(Exception):
    """An expected failure with a clear, translatable, one-line message."""

    def __init__(self, code: str, path: Path | str | None = None, **params: object) -> None:
        self.code = code
        self.path = None if path is None else Path(path)
        self.params = params
        super().__init__(self.message("en"))

    def message(self, lang: str = "en") -> str:
        """The message in the given language ("en" or "de")."""
        return messages.text(self.code, lang, path=self.path or "", **self.params)


class ProjectFileError(TpmError):
    """A project file cannot be opened, checked or saved."""


class EditError(TpmError):
    """An edit was refused: invalid input, or a read-only document."""


def invalid(detail: str) -> EditError:
    """An EditError for invalid user input with an already translated detail."""
    return EditError("invalid_value", detail=detail)

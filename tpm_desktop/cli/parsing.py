"""argparse in the command line's language.

argparse writes "usage:", "positional arguments", "options" and its error
messages in English through gettext's global domain, which a library should not
take over. The parser below sets those texts itself from `cli.texts`, and
translates argparse's usual error messages.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Iterable
from typing import Any, NoReturn

from tpm_desktop.cli.texts import t
from tpm_desktop.core.messages import system_language

# argparse's error messages (Python 3.11 to 3.13) and their German wording.
ERRORS_DE: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), replacement)
    for pattern, replacement in (
        (r"^argument (\S+): ", r"Argument \1: "),
        (r"^the following arguments are required: ", "diese Argumente fehlen: "),
        (r"^unrecognized arguments: ", "unbekannte Argumente: "),
        (r"^one of the arguments (.*) is required$", r"eines der Argumente \1 ist nötig"),
        (r"invalid choice: (.*) \(choose from (.*)\)$", r"ungültige Wahl: \1 (möglich: \2)"),
        (r"expected one argument$", "ein Wert fehlt"),
        (r"expected at least one argument$", "mindestens ein Wert fehlt"),
        (r"not allowed with argument (.*)$", r"nicht zusammen mit \1 erlaubt"),
        (r"^ambiguous option: (\S+) could match (.*)$", r"mehrdeutige Option: \1 passt zu \2"),
        (r"invalid (\S+) value: (.*)$", r"ungültiger Wert (\1): \2"),
    )
)


def translate_error(message: str, language: str | None = None) -> str:
    """An argparse error message in the command line's language."""
    if (language or system_language()) != "de":
        return message
    for pattern, replacement in ERRORS_DE:
        message = pattern.sub(replacement, message)
    return message


class HelpFormatter(argparse.HelpFormatter):
    """Writes the translated "usage:" prefix."""

    def add_usage(
        self,
        usage: str | None,
        actions: Iterable[argparse.Action],
        groups: Iterable[Any],
        prefix: str | None = None,
    ) -> None:
        """As argparse does, with "usage: " in the command line's language."""
        super().add_usage(usage, actions, groups, usage_prefix() if prefix is None else prefix)


def usage_prefix() -> str:
    """ "usage: " in the command line's language."""
    return t("usage") + " "


class Parser(argparse.ArgumentParser):
    """An ArgumentParser whose own texts follow the command line's language.

    Sub-commands get the same class, and so the same texts.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", HelpFormatter)
        super().__init__(*args, **kwargs)
        self._positionals.title = t("positional_arguments")
        self._optionals.title = t("options")
        for action in self._actions:
            if isinstance(action, argparse._HelpAction):
                action.help = t("help_help")

    def error(self, message: str) -> NoReturn:
        """Print the usage and the translated message; exit with status 2."""
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: {t('error')}: {translate_error(message)}\n")

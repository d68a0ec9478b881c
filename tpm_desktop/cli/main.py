"""Entry point of `tpm-desktop`: the application, or a headless command.

Commands import no Qt. Every failure ends in one line on stderr and a non-zero
exit status, never in a traceback (set TPM_DESKTOP_DEBUG=1 to see one).
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence

from tpm_desktop import __version__
from tpm_desktop.cli.texts import t
from tpm_desktop.core import messages
from tpm_desktop.core.errors import TpmError
from tpm_desktop.core.messages import one_line, system_language

# Each module defines NAME, register(subparsers) and run(args) -> int.
COMMAND_MODULES = (
    "tpm_desktop.cli.cmd_new",
    "tpm_desktop.cli.cmd_check",
    "tpm_desktop.cli.cmd_info",
    "tpm_desktop.cli.cmd_report",
    "tpm_desktop.cli.cmd_import",
    "tpm_desktop.cli.cmd_export",
)

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_INTERNAL = 70
EXIT_INTERRUPTED = 130


def fail(message: str, code: int = EXIT_FAILED) -> int:
    """Print one line on stderr and return the exit status."""
    print(f"tpm-desktop: {one_line(message)}", file=sys.stderr)
    return code


def cli_message(error: TpmError, lang: str) -> str:
    """The error's message, in its command-line wording where the GUI's would not fit."""
    variant = f"{error.code}_cli"
    if variant in messages.CATALOGUE["en"]:
        return messages.text(variant, lang, path=error.path or "", **error.params)
    return error.message(lang)


def _commands() -> dict[str, object]:
    return {module.NAME: module for module in map(importlib.import_module, COMMAND_MODULES)}


def build_parser(commands: dict[str, object]) -> argparse.ArgumentParser:
    """The parser for the headless commands."""
    parser = argparse.ArgumentParser(prog="tpm-desktop", description=t("description"))
    parser.add_argument("--version", action="version", version=f"TPM Desktop {__version__}")
    subparsers = parser.add_subparsers(dest="command", title=t("commands"), required=True)
    for module in commands.values():
        module.register(subparsers)  # type: ignore[attr-defined]
    return parser


def gui_parser() -> argparse.ArgumentParser:
    """The parser for starting the application."""
    parser = argparse.ArgumentParser(prog="tpm-desktop", description=t("description"))
    parser.add_argument("--version", action="version", version=f"TPM Desktop {__version__}")
    parser.add_argument("file", nargs="?", metavar="FILE", help=t("gui_file"))
    parser.add_argument("--lang", choices=("de", "en"), help=t("gui_lang"))
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line and return the exit status."""
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        commands = _commands()
        if argv and argv[0] in commands:
            args = build_parser(commands).parse_args(argv)
            return commands[args.command].run(args)  # type: ignore[attr-defined]
        if argv and argv[0] in ("-h", "--help"):
            # Show the commands too, not only the GUI's arguments.
            gui_parser().print_help()
            print()
            build_parser(commands).print_help()
            return EXIT_OK
        args = gui_parser().parse_args(argv)
        from tpm_desktop.ui.app import run_app  # Qt only for the GUI

        return run_app(args.file, args.lang)
    except TpmError as error:
        return fail(cli_message(error, system_language()))
    except KeyboardInterrupt:
        return fail(t("interrupted"), EXIT_INTERRUPTED)
    except SystemExit as exit_:
        return exit_.code if isinstance(exit_.code, int) else EXIT_USAGE
    except Exception as error:  # the last line of defence: no tracebacks
        if os.environ.get("TPM_DESKTOP_DEBUG"):
            raise
        return fail(t("internal_error", detail=f"{type(error).__name__}: {error}"), EXIT_INTERNAL)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())

"""Entry point of `tpm-desktop`: the application, or a headless command.

Commands import no Qt. Every failure ends in one line on stderr and a non-zero
exit status, never in a traceback (set TPM_DESKTOP_DEBUG=1 to see one).
"""

from __future__ import annotations

import argparse
import difflib
import importlib
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from tpm_desktop import __version__
from tpm_desktop.cli.parsing import Parser, usage_prefix
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
    "tpm_desktop.cli.cmd_poster",
    "tpm_desktop.cli.cmd_slides",
    "tpm_desktop.cli.cmd_import",
    "tpm_desktop.cli.cmd_export",
    "tpm_desktop.cli.cmd_merge",
    "tpm_desktop.cli.cmd_diff",
)

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_INTERNAL = 70
EXIT_INTERRUPTED = 130
EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE, what a shell reports for a tool cut off by `head`


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
    parser = Parser(prog="tpm-desktop", description=t("description"))
    _add_version(parser)
    subparsers = parser.add_subparsers(
        dest="command", title=t("commands"), metavar=t("command_metavar"), required=True
    )
    for module in commands.values():
        module.register(subparsers)  # type: ignore[attr-defined]
    return parser


def gui_parser() -> argparse.ArgumentParser:
    """The parser for starting the application."""
    parser = Parser(prog="tpm-desktop", description=t("description"))
    _add_version(parser)
    _add_gui_arguments(parser)
    return parser


def help_parser(commands: dict[str, object]) -> argparse.ArgumentParser:
    """One help for both uses: starting the application and the commands."""
    indent = " " * len(usage_prefix())
    usage = (
        f"%(prog)s [--lang {{de,en}}] [{t('metavar_file')}]\n"
        f"{indent}%(prog)s {t('command_metavar')} ...\n"
        f"{indent}%(prog)s {t('command_metavar')} --help"
    )
    parser = Parser(prog="tpm-desktop", description=t("description"), usage=usage)
    _add_version(parser)
    subparsers = parser.add_subparsers(title=t("commands"), metavar=t("command_metavar"))
    for module in commands.values():
        module.register(subparsers)  # type: ignore[attr-defined]
    _add_gui_arguments(parser.add_argument_group(t("gui_group")))
    return parser


def _add_version(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--version", action="version", version=f"TPM Desktop {__version__}", help=t("version_help")
    )


def _add_gui_arguments(group: argparse._ActionsContainer) -> None:
    group.add_argument("file", nargs="?", metavar=t("metavar_file"), help=t("gui_file"))
    group.add_argument("--lang", choices=("de", "en"), help=t("gui_lang"))


def not_a_command(argument: str, commands: Sequence[str]) -> str:
    """The message for a word that is neither a command nor an existing file."""
    close = difflib.get_close_matches(argument, commands, n=1)
    if close:
        return t("unknown_command", argument=argument, command=close[0])
    return t("not_command_or_file", argument=argument)


def display_missing() -> bool:
    """True on Linux without an X11 or Wayland display and without a chosen Qt platform.

    Qt would abort the process there (status 134) after a screen of plugin messages.
    """
    if not sys.platform.startswith("linux"):
        return False
    return not any(
        os.environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line and return the exit status."""
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        commands = _commands()
        if argv and argv[0] in commands:
            args = build_parser(commands).parse_args(argv)
            return commands[args.command].run(args)  # type: ignore[attr-defined]
        if argv and argv[0] in ("-h", "--help"):
            help_parser(commands).print_help()
            return EXIT_OK
        # A mistyped command ("exprot") must not be taken for a file and start the GUI.
        if argv and not argv[0].startswith("-") and not Path(argv[0]).is_file():
            return fail(not_a_command(argv[0], list(commands)), EXIT_USAGE)
        args = gui_parser().parse_args(argv)
        if args.file is not None and not Path(args.file).is_file():
            return fail(not_a_command(args.file, list(commands)), EXIT_USAGE)
        if display_missing():
            return fail(t("no_display"))
        from tpm_desktop.ui.app import run_app  # Qt only for the GUI

        return run_app(args.file, args.lang)
    except TpmError as error:
        return fail(cli_message(error, system_language()))
    except KeyboardInterrupt:
        return fail(t("interrupted"), EXIT_INTERRUPTED)
    except BrokenPipeError:
        # The reader went away (`tpm-desktop diff A B | head`): stop quietly like any Unix
        # tool, and keep Python from complaining again when it flushes stdout at exit.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_BROKEN_PIPE
    except SystemExit as exit_:
        return exit_.code if isinstance(exit_.code, int) else EXIT_USAGE
    except Exception as error:  # the last line of defence: no tracebacks
        if os.environ.get("TPM_DESKTOP_DEBUG"):
            raise
        return fail(t("internal_error", detail=f"{type(error).__name__}: {error}"), EXIT_INTERNAL)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())

"""`tpm-desktop new FILE [--sample] [--lang de|en] [--name NAME] [--force]`."""

from __future__ import annotations

import argparse
from pathlib import Path

from tpm_desktop.cli.texts import t
from tpm_desktop.core.atomic import check_path, os_error
from tpm_desktop.core.defaults import new_project_state
from tpm_desktop.core.errors import ProjectFileError
from tpm_desktop.core.messages import system_language
from tpm_desktop.core.project_file import OpenProject
from tpm_desktop.core.text import checked_name, name_from_path

NAME = "new"


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the command's parser."""
    parser = subparsers.add_parser(NAME, help=t("new_help"), description=t("new_help"))
    parser.add_argument("file", metavar=t("metavar_file"), help=t("new_file"))
    parser.add_argument("--sample", action="store_true", help=t("new_sample"))
    language = system_language()  # as the README promises: the environment's language
    parser.add_argument(
        "--lang", choices=("de", "en"), default=language, help=t("new_lang", default=language)
    )
    parser.add_argument("--name", help=t("new_name"))
    parser.add_argument("--force", action="store_true", help=t("new_force"))


def run(args: argparse.Namespace) -> int:
    """Create the file through a working copy and an atomic save."""
    target = Path(args.file).absolute()
    check_path(target)
    try:
        exists, is_folder = target.exists(), target.is_dir()
    except OSError as exc:  # a name over 255 bytes, say
        raise os_error(exc, target) from exc
    if is_folder:
        raise ProjectFileError("target_is_folder", target)
    if exists and not args.force:
        raise ProjectFileError("target_exists", target)
    name = checked_name(args.name) if args.name is not None else ""
    if args.sample:
        from tpm_desktop.core.sample import sample_state

        state = sample_state(args.lang, name=name or None)
    else:
        state = new_project_state(name or name_from_path(target), args.lang)
    project = OpenProject.create(state)
    try:
        project.save_as(target)
        count = len(project.state.touchpoints)
    finally:
        project.close()
    print(t("created", path=target, touchpoints=count))
    return 0

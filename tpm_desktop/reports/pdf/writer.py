"""Writing finished reports: atomically, with clear messages, and one file per department."""

from __future__ import annotations

from pathlib import Path

from tpm_desktop.core.atomic import check_path, os_error, writable, write_bytes_atomic
from tpm_desktop.core.errors import ProjectFileError
from tpm_desktop.core.model import Department
from tpm_desktop.reports.pdf.options import ReportError
from tpm_desktop.reports.pdf.safe import file_name_part
from tpm_desktop.reports.pdf.texts import Texts


def write_pdf(target: Path | str, data: bytes) -> Path:
    """Replace `target` with the PDF whole, or leave it as it was.

    A folder that does not exist, a target that is a folder, and a target that
    another program holds open (a PDF viewer on Windows) get their own messages.
    """
    target = Path(target).absolute()
    check_path(target)
    try:
        is_folder, has_folder = target.is_dir(), target.parent.is_dir()
    except OSError as exc:  # a name over 255 bytes, say
        raise os_error(exc, target) from exc
    if is_folder:
        raise ReportError("target_is_folder", target)
    if not has_folder:
        raise ReportError("folder_missing", target)
    try:
        write_bytes_atomic(target, data)
    except ProjectFileError as error:
        if error.code == "target_in_use":  # most likely open in a PDF viewer
            raise ReportError("target_locked", target) from error
        raise
    return target


def department_file_name(department: Department, texts: Texts, taken: set[str]) -> str:
    """A file name for a department's report, unique among `taken` (case-insensitive)."""
    stem = f"{texts('file_prefix')} {file_name_part(department.name)}"
    name = f"{stem}.pdf"
    number = 2
    while name.casefold() in taken:
        name = f"{stem} ({number}).pdf"
        number += 1
    taken.add(name.casefold())
    return name


def prepare_folder(folder: Path | str) -> Path:
    """The folder for department reports; made when missing (its parent must exist)."""
    folder = Path(folder).absolute()
    check_path(folder)
    try:
        exists, is_folder = folder.exists(), folder.is_dir()
        if exists and not is_folder:
            raise ReportError("not_a_folder", folder)
        if not exists:
            if not folder.parent.is_dir():
                raise ReportError("folder_missing", folder)
            if not writable(folder.parent):
                # Write bits count even for root, as for every file the app writes.
                raise ProjectFileError("folder_read_only", folder)
            folder.mkdir()
    except OSError as exc:
        raise os_error(exc, folder) from exc
    return folder

"""Writing a finished deck: atomically, with clear messages."""

from __future__ import annotations

from pathlib import Path

from tpm_desktop.core.atomic import check_path, os_error, write_bytes_atomic
from tpm_desktop.core.errors import ProjectFileError
from tpm_desktop.reports.slides.texts import SlidesError


def check_target(target: Path | str) -> Path:
    """The absolute target, or a SlidesError before any work when it cannot be written."""
    target = Path(target).absolute()
    check_path(target)
    try:
        is_folder, has_folder = target.is_dir(), target.parent.is_dir()
    except OSError as exc:  # a name over 255 bytes, say
        raise os_error(exc, target) from exc
    if is_folder:
        raise SlidesError("target_is_folder", target)
    if not has_folder:
        raise SlidesError("folder_missing", target)
    return target


def write_slides(target: Path | str, data: bytes) -> Path:
    """Replace `target` with the presentation whole, or leave it as it was."""
    target = check_target(target)
    try:
        write_bytes_atomic(target, data)
    except ProjectFileError as error:
        if error.code == "target_in_use":  # most likely open in PowerPoint or Impress
            raise SlidesError("target_locked", target) from error
        raise
    return target

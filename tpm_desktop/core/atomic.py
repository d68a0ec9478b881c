"""Replace a file whole, or not at all.

The content goes into a temporary file in the target's folder, is flushed to the
disk, and is renamed over the target; then the folder itself is flushed, so the
rename survives a power cut. A full disk, a pulled stick or a crash leaves the
old file as it was and no temporary file behind (as Qt's QSaveFile does).
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import shutil
import sqlite3
import stat
import time
from collections.abc import Callable
from pathlib import Path

from tpm_desktop.core.errors import ProjectFileError

_SIDECARS = ("", "-journal", "-wal", "-shm")
SCRATCH_PREFIX = ".tpm-"
SCRATCH_SUFFIX = ".tmp"
# A scratch file this old was left by a save that was killed; nobody writes it any more.
STALE_SCRATCH_S = 3600
_DISK_FULL = (errno.ENOSPC, errno.EFBIG, errno.EDQUOT)


def atomic_write(
    target: Path, produce: Callable[[Path], None], expected_size: int | None = None
) -> None:
    """Write `target` atomically; `produce` fills the (existing, empty) temporary path.

    `expected_size` (bytes) lets a failed write be explained as a full disk when
    the space or the process's file size limit is too small. Raises
    ProjectFileError with a clear code on every failure.
    """
    target = _checked_target(Path(target).absolute())
    folder = target.parent
    if target.exists() and not writable(target):
        raise ProjectFileError("file_read_only", target)
    if folder.is_dir() and not writable(folder):
        raise ProjectFileError("folder_read_only", target)
    _remove_stale_scratch(folder)
    scratch = folder / scratch_name()
    try:
        descriptor = os.open(scratch, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    except FileNotFoundError as exc:
        raise ProjectFileError("save_failed", target, detail=exc.strerror) from exc
    except PermissionError as exc:
        raise ProjectFileError("folder_read_only", target) from exc
    except OSError as exc:
        raise _error_for(exc, target) from exc
    os.close(descriptor)
    try:
        produce(scratch)
        _keep_mode(target, scratch)
        _fsync_file(scratch)
        try:
            os.replace(scratch, target)
        except PermissionError as exc:
            # The folder took the new file, so it is the old one that refuses to go:
            # held open by another program (Windows) or protected (immutable).
            raise ProjectFileError("target_in_use", target) from exc
    except ProjectFileError:
        _cleanup(scratch)
        raise
    except OSError as exc:
        _cleanup(scratch)
        if _too_little_room(folder, expected_size):
            raise ProjectFileError("disk_full", target) from exc
        raise _error_for(exc, target) from exc
    except sqlite3.Error as exc:
        _cleanup(scratch)
        if "full" in str(exc).lower() or _too_little_room(folder, expected_size):
            raise ProjectFileError("disk_full", target) from exc
        raise ProjectFileError("save_failed", target, detail=str(exc)) from exc
    except BaseException:
        _cleanup(scratch)
        raise
    # The new file is complete and in place; flushing the folder only makes the
    # rename survive a power cut, and some file systems refuse it. Best effort.
    with contextlib.suppress(OSError):
        _fsync_folder(folder)


def _checked_target(target: Path) -> Path:
    """The file to replace (a link's target), or ProjectFileError when it cannot be one.

    Only an ordinary file is ever replaced: renaming over a device, a pipe or a
    socket would destroy it (run as root, `-o /dev/null` replaced the system's
    /dev/null), and a folder cannot be replaced by a file at all.
    """
    check_path(target)
    try:
        if target.is_symlink():
            # Replace the file the link points to, and keep the link.
            target = Path(os.path.realpath(target))
        mode = os.stat(target).st_mode
    except FileNotFoundError:
        return target
    except OSError as exc:
        raise _error_for(exc, target) from exc
    if stat.S_ISDIR(mode):
        raise ProjectFileError("target_is_folder", target)
    if not stat.S_ISREG(mode):
        raise ProjectFileError("not_regular_file", target)
    return target


def check_path(path: Path) -> None:
    """ProjectFileError for a path no file system can hold (a NUL, unencodable text)."""
    text = str(path)
    try:
        os.fsencode(text)
    except UnicodeEncodeError as exc:
        raise ProjectFileError("invalid_path", path) from exc
    if "\x00" in text:
        raise ProjectFileError("invalid_path", path)


def scratch_name() -> str:
    """A new, unique name for a temporary file beside a target."""
    return f"{SCRATCH_PREFIX}{secrets.token_hex(6)}{SCRATCH_SUFFIX}"


def os_error(exc: OSError, target: Path) -> ProjectFileError:
    """The ProjectFileError that explains an OSError met while writing `target`."""
    return _error_for(exc, target)


def writable(path: Path) -> bool:
    """True when `path` may be written: permitted, and not marked read-only.

    Write bits are honoured even for privileged users (root may write anything),
    because a file or folder without them was made read-only on purpose.
    """
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return False
    return bool(mode & 0o222) and os.access(path, os.W_OK)


def write_bytes_atomic(target: Path, data: bytes) -> None:
    """Atomically replace `target` with `data`."""

    def produce(scratch: Path) -> None:
        with scratch.open("wb") as handle:
            handle.write(data)

    atomic_write(target, produce, expected_size=len(data))


def _error_for(exc: OSError, target: Path) -> ProjectFileError:
    if exc.errno in _DISK_FULL:
        return ProjectFileError("disk_full", target)
    if exc.errno == errno.ENAMETOOLONG:
        return ProjectFileError("path_too_long", target)
    if isinstance(exc, PermissionError):
        return ProjectFileError("folder_read_only", target)
    return ProjectFileError("save_failed", target, detail=exc.strerror or str(exc))


def _too_little_room(folder: Path, expected_size: int | None) -> bool:
    """True when the disk or the file size limit cannot hold `expected_size` bytes.

    SQLite reports a write refused for the size limit (EFBIG) as a plain I/O error,
    so the cause is looked up here to give the user the right message.
    """
    if not expected_size:
        return False
    try:
        if shutil.disk_usage(folder).free < expected_size:
            return True
    except OSError:
        pass
    try:
        import resource
    except ImportError:  # pragma: no cover - not on Windows
        return False
    soft, _ = resource.getrlimit(resource.RLIMIT_FSIZE)
    return soft != resource.RLIM_INFINITY and soft < expected_size


def _keep_mode(target: Path, scratch: Path) -> None:
    # A replaced file keeps its permission bits; a new one gets the umask default.
    with contextlib.suppress(FileNotFoundError):
        os.chmod(scratch, stat.S_IMODE(target.stat().st_mode))


def _fsync_file(path: Path) -> None:
    descriptor = os.open(path, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _fsync_folder(folder: Path) -> None:
    if os.name != "posix":  # pragma: no cover - Windows cannot open folders for fsync
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _remove_stale_scratch(folder: Path) -> None:
    now = time.time()
    with contextlib.suppress(OSError):
        for entry in os.scandir(folder):
            name = entry.name
            if not name.startswith(SCRATCH_PREFIX) or SCRATCH_SUFFIX not in name:
                continue
            with contextlib.suppress(OSError):
                if now - entry.stat(follow_symlinks=False).st_mtime > STALE_SCRATCH_S:
                    os.remove(entry.path)


def _cleanup(scratch: Path) -> None:
    for suffix in _SIDECARS:
        with contextlib.suppress(OSError):
            os.remove(f"{scratch}{suffix}")

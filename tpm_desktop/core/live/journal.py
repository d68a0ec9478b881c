"""The side journal of a live round: every acknowledged change, on disk before the answer.

One JSON object per line in `<data folder>/workshops/<round id>.jsonl`, appended and
fsync'd under the round's lock, so a kill of the app mid-round loses no vote a phone
was told was saved. The first line is the round itself (its spec). A torn last line
(the kill came mid-write, before the acknowledgement) is skipped on reading.
The project file is not touched: the votes enter it only when the facilitator takes
the results, through the editor.
"""

from __future__ import annotations

import contextlib
import json
import os
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tpm_desktop.core.live.round import LiveRound, RoundSpec

FOLDER = "workshops"
SUFFIX = ".jsonl"


def journal_folder(data_folder: Path) -> Path:
    """Where the journals of live rounds live, inside the application's data folder."""
    return Path(data_folder) / FOLDER


class RoundJournal:
    """Appends a round's changes to its file, each one synced to disk."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None

    @classmethod
    def create(cls, folder: Path, spec: RoundSpec) -> RoundJournal:
        """Start the journal of a new round (raises OSError when the folder is not writable)."""
        folder.mkdir(parents=True, exist_ok=True)
        journal = cls(folder / f"{spec.round_id}{SUFFIX}")
        journal._open(os.O_CREAT | os.O_EXCL)
        journal.append("round", {"spec": spec.to_json()})
        _fsync_folder(folder)
        return journal

    def _open(self, extra: int = 0) -> None:
        flags = os.O_WRONLY | os.O_APPEND | extra | getattr(os, "O_BINARY", 0)
        self._fd = os.open(self.path, flags, 0o600)  # votes may carry names: only the user

    def append(self, kind: str, data: dict[str, Any]) -> None:
        """Write one change and sync it (OSError when the disk refuses)."""
        if self._fd is None:
            self._open()
        assert self._fd is not None
        line = json.dumps({"kind": kind, "at": time.time(), **data}, ensure_ascii=False)
        os.write(self._fd, line.encode("utf-8") + b"\n")
        os.fsync(self._fd)

    def served_at(self, host: str, port: int) -> None:
        """Note where the round is served, so that a recovered round can be served there again."""
        self.append("serving", {"host": host, "port": port})

    def close(self) -> None:
        """Close the file (the journal stays on disk)."""
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None

    def discard(self) -> None:
        """Close and delete the journal (the round was taken or thrown away)."""
        self.close()
        with contextlib.suppress(FileNotFoundError):
            self.path.unlink()


def start_round(folder: Path, spec: RoundSpec) -> tuple[LiveRound, RoundJournal]:
    """A new round whose every change is journaled in `folder`."""
    journal = RoundJournal.create(folder, spec)
    return LiveRound(spec, journal.append), journal


@dataclass(frozen=True, slots=True)
class Recovered:
    """A round read back from its journal, and how many lines could not be read."""

    round: LiveRound
    journal: RoundJournal
    skipped: int
    address: tuple[str, int] | None = None  # where it was last served (host, port)


def read_journal(path: Path) -> Recovered:
    """Rebuild a round from its journal; ValueError when even its first line is unreadable."""
    data = path.read_bytes()
    torn = bool(data) and not data.endswith(b"\n")
    if torn:
        # A torn last line was never acknowledged; cut it off so the next append
        # starts on a line of its own instead of being glued to the fragment.
        data = data[: data.rfind(b"\n") + 1]
        with path.open("r+b") as handle:
            handle.truncate(len(data))
            os.fsync(handle.fileno())
    lines = data.split(b"\n")
    try:
        head = json.loads(lines[0])
        spec = RoundSpec.from_json(head["spec"])
    except (ValueError, KeyError, TypeError, IndexError) as error:
        raise ValueError(f"not a live round journal: {path.name}") from error
    journal = RoundJournal(path)
    live = LiveRound(spec, journal.append)
    skipped = int(torn)
    address: tuple[str, int] | None = None
    for raw in lines[1:]:
        if not raw.strip():
            continue
        try:
            entry = json.loads(raw)
            if entry["kind"] == "serving":
                address = (str(entry["host"]), int(entry["port"]))
                continue
            live.replay(str(entry["kind"]), entry)
        except (ValueError, KeyError, TypeError, AttributeError):
            skipped += 1  # a damaged line (never acknowledged): left out
    return Recovered(live, journal, skipped, address)


def unfinished_rounds(folder: Path, project_uuid: str) -> list[Path]:
    """The journals of a project's rounds not yet taken or thrown away, oldest first."""
    if not folder.is_dir():
        return []
    found: list[tuple[float, Path]] = []
    for path in folder.glob(f"*{SUFFIX}"):
        try:
            with path.open("rb") as handle:
                head = json.loads(handle.readline())
            spec = head["spec"]
            if spec["project_uuid"] == project_uuid:
                found.append((float(spec["started_at"]), path))
        except (OSError, ValueError, KeyError, TypeError):
            continue
    return [path for _, path in sorted(found)]


def _fsync_folder(folder: Path) -> None:
    # The new file's name must survive a power cut too; Windows cannot open folders.
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)

"""A live rating round: its touchpoints and scales, the ballots, and their aggregates.

A ballot is one device's rating of one touchpoint: a value per scale of the round
(a criterion, or the experience from −2 to +2). A device has at most one ballot per
touchpoint; sending another replaces it until the round closes, and sending the same
again changes nothing (a replayed or duplicated request is harmless). `LiveRound` is
safe to use from the server's threads and the interface's at once.
"""

from __future__ import annotations

import math
import secrets
import threading
import time
import uuid
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from tpm_desktop.core.text import MAX_NAME_LENGTH, clean_line

EXPERIENCE_KEY = "experience"
EXPERIENCE_LOW, EXPERIENCE_HIGH = -2, 2
DEVICE_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
MAX_DEVICES = 500  # far above a room of people; bounds memory against a flood of new cookies


# Lower-case letters and digits without the look-alikes (0/o, 1/l/i), so that the
# address can be typed on a phone from the projector: 12 characters, about 59 bits,
# far beyond guessing at the server's rate limit.
TOKEN_ALPHABET = "23456789abcdefghjkmnpqrstuvwxyz"
TOKEN_LENGTH = 12


def new_token() -> str:
    """A fresh random secret for a round's address (easy to type, hard to guess)."""
    return "".join(secrets.choice(TOKEN_ALPHABET) for _ in range(TOKEN_LENGTH))


def new_device_id() -> str:
    """A fresh random id for a participant's device (its cookie)."""
    return secrets.token_urlsafe(16)


def valid_device_id(text: str) -> bool:
    """True for something `new_device_id` could have made."""
    return 16 <= len(text) <= 64 and set(text) <= DEVICE_CHARS


@dataclass(frozen=True, slots=True)
class RoundTouchpoint:
    """A touchpoint as the participants see it."""

    id: int
    code: str
    name: str
    description: str = ""
    phase: str = ""


@dataclass(frozen=True, slots=True)
class RoundScale:
    """One scale of the round: a criterion (its id) or the experience (criterion_id None)."""

    key: str
    label: str
    low: int
    high: int
    criterion_id: int | None = None
    description: str = ""

    def accepts(self, value: Any) -> bool:
        """True for a whole number on the scale (a bool is not a number here)."""
        return (
            isinstance(value, int)
            and not isinstance(value, bool)
            and self.low <= value <= self.high
        )


def criterion_key(criterion_id: int) -> str:
    """The key of a criterion's scale in ballots."""
    return f"c{criterion_id}"


@dataclass(frozen=True, slots=True)
class RoundSpec:
    """What a round rates and how; fixed when the round starts."""

    name: str
    touchpoints: tuple[RoundTouchpoint, ...]
    scales: tuple[RoundScale, ...]
    named: bool = False
    minutes: int | None = None  # the time box; None for no limit
    project_uuid: str = ""
    round_id: str = field(default_factory=lambda: uuid.uuid4().hex)
    token: str = field(default_factory=new_token)
    started_at: float = field(default_factory=time.time)

    @property
    def deadline(self) -> float | None:
        """When the time box ends (seconds since the epoch), or None."""
        return None if self.minutes is None else self.started_at + 60 * self.minutes

    def to_json(self) -> dict[str, Any]:
        """The spec as plain JSON values (for the journal)."""
        return {
            "name": self.name,
            "touchpoints": [
                [t.id, t.code, t.name, t.description, t.phase] for t in self.touchpoints
            ],
            "scales": [
                [s.key, s.label, s.low, s.high, s.criterion_id, s.description] for s in self.scales
            ],
            "named": self.named,
            "minutes": self.minutes,
            "project_uuid": self.project_uuid,
            "round_id": self.round_id,
            "token": self.token,
            "started_at": self.started_at,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> RoundSpec:
        """The spec back from `to_json` (KeyError/TypeError/ValueError when damaged)."""
        return cls(
            name=str(data["name"]),
            touchpoints=tuple(
                RoundTouchpoint(int(i), str(c), str(n), str(d), str(p))
                for i, c, n, d, p in data["touchpoints"]
            ),
            scales=tuple(
                RoundScale(
                    str(k), str(lab), int(lo), int(hi), None if c is None else int(c), str(d)
                )
                for k, lab, lo, hi, c, d in data["scales"]
            ),
            named=bool(data["named"]),
            minutes=None if data["minutes"] is None else int(data["minutes"]),
            project_uuid=str(data["project_uuid"]),
            round_id=str(data["round_id"]),
            token=str(data["token"]),
            started_at=float(data["started_at"]),
        )


class BallotError(ValueError):
    """A ballot or request the round refuses; `code` says why (for the 4xx answer)."""

    def __init__(self, code: str, status: int = 400) -> None:
        super().__init__(code)
        self.code = code
        self.status = status


@dataclass(frozen=True, slots=True)
class Ballot:
    """One device's values for one touchpoint (scale key -> value)."""

    device: str
    touchpoint_id: int
    values: tuple[tuple[str, int], ...]
    at: float = 0.0

    @property
    def as_dict(self) -> dict[str, int]:
        """The values by scale key."""
        return dict(self.values)


@dataclass(frozen=True, slots=True)
class Summary:
    """The ballots on one touchpoint and scale: mean, spread, range and count."""

    mean: float
    spread: float  # population standard deviation
    low: int
    high: int
    count: int


def summarise(values: Iterable[int]) -> Summary | None:
    """Mean, population standard deviation, min, max and count (None for no values)."""
    found = list(values)
    if not found:
        return None
    mean = math.fsum(found) / len(found)
    variance = math.fsum((v - mean) ** 2 for v in found) / len(found)
    return Summary(mean, math.sqrt(variance), min(found), max(found), len(found))


def summarise_tally(tally: Mapping[int, int]) -> Summary | None:
    """The Summary of values given as value -> how often (None for none).

    Sums of whole numbers are exact, so the mean and the variance are each rounded
    once; the cost is the scale's width, not the number of ballots.
    """
    count = sum(tally.values())
    if not count:
        return None
    total = sum(v * n for v, n in tally.items())
    squares = sum(v * v * n for v, n in tally.items())
    found = [v for v, n in tally.items() if n]
    variance = (count * squares - total * total) / (count * count)
    return Summary(total / count, math.sqrt(variance), min(found), max(found), count)


Listener = Callable[[str, dict[str, Any]], None]


class LiveRound:
    """A round in progress: devices that joined, their ballots, open or closed.

    Every accepted change is handed to `listener` (the journal) *before* it is
    acknowledged, under the round's lock, so the journal's order is the round's.
    What the dashboard reads (the aggregates and counts) has a lock of its own, held
    for microseconds: the dashboard never waits behind a vote's write to disk.
    """

    def __init__(self, spec: RoundSpec, listener: Listener | None = None) -> None:
        self.spec = spec
        self._listener = listener
        self._lock = threading.Lock()
        self._touchpoints = {t.id: t for t in spec.touchpoints}
        self._scales = {s.key: s for s in spec.scales}
        self._devices: dict[str, str] = {}  # device -> participant name ("" when anonymous)
        self._ballots: dict[tuple[str, int], Ballot] = {}
        # The aggregates follow every ballot (value -> how often, per touchpoint and
        # scale), and each touchpoint notes the revision of its last change: the
        # dashboard reads only what changed since its last look, not all ballots.
        # Guarded by _view_lock, taken inside _lock by writers and alone by readers.
        self._view_lock = threading.Lock()
        self._tallies: dict[tuple[int, str], dict[int, int]] = {}
        self._changed_at: dict[int, int] = {}
        self._tally_revision = 0
        self._device_total = self._ballot_total = 0
        self._closed = False
        self.revision = 0  # grows with every accepted change; the dashboard redraws on it

    # -- state -----------------------------------------------------------------------

    @property
    def closed(self) -> bool:
        """True once the round was closed (or its time box ran out)."""
        return self._closed or self.expired()

    def expired(self, now: float | None = None) -> bool:
        """True when the time box has run out."""
        deadline = self.spec.deadline
        return deadline is not None and (time.time() if now is None else now) >= deadline

    def has_device(self, device: str) -> bool:
        """True when the device joined this round."""
        with self._lock:
            return device in self._devices

    def name_of(self, device: str) -> str:
        """The name a device gave (named rounds), else ""."""
        with self._lock:
            return self._devices.get(device, "")

    @property
    def device_count(self) -> int:
        """How many devices joined."""
        with self._view_lock:
            return self._device_total

    @property
    def ballot_count(self) -> int:
        """How many ballots (device and touchpoint) are in."""
        with self._view_lock:
            return self._ballot_total

    def ballots(self) -> list[Ballot]:
        """Every ballot, in the order they first came in."""
        with self._lock:
            return list(self._ballots.values())

    def ballots_of(self, device: str) -> dict[int, dict[str, int]]:
        """A device's ballots: touchpoint id -> values."""
        with self._lock:
            return {t: b.as_dict for (d, t), b in self._ballots.items() if d == device}

    def participants(self) -> dict[str, str]:
        """device -> the name its ratings are stored under (named, or "P1", "P2", …).

        Anonymous devices are numbered in the order they joined; two devices giving
        the same name are told apart ("Ana (2)"), as ratings count once per name.
        """
        with self._lock:
            devices = list(self._devices.items())
        result: dict[str, str] = {}
        used: set[str] = set()
        for number, (device, name) in enumerate(devices, start=1):
            label = name if self.spec.named and name else f"P{number}"
            candidate, n = label, 2
            while candidate.casefold() in used:
                candidate, n = f"{label} ({n})", n + 1
            used.add(candidate.casefold())
            result[device] = candidate
        return result

    # -- changes ---------------------------------------------------------------------

    def join(self, device: str, name: str = "") -> bool:
        """Register a device (and, in a named round, its name); True when something changed."""
        if not valid_device_id(device):
            raise BallotError("bad_device", 403)
        name = clean_line(name)
        if len(name) > MAX_NAME_LENGTH:
            raise BallotError("name_too_long")
        with self._lock:
            self._check_open()
            if device not in self._devices and len(self._devices) >= MAX_DEVICES:
                raise BallotError("too_many_devices", 429)
            if device in self._devices and (not name or self._devices[device] == name):
                return False
            self._emit("join", {"device": device, "name": name})
            self._devices[device] = name
            self._count_devices()
            self.revision += 1
            return True

    def vote(self, device: str, touchpoint_id: Any, values: Any) -> bool:
        """Check and store a ballot; True when it changed anything, False for a repeat.

        Raises BallotError (nothing changes) for an unknown device or touchpoint, a
        scale not in the round, a value off the scale, or a closed round.
        """
        ballot = self.check(device, touchpoint_id, values)
        with self._lock:
            self._check_open()
            if device not in self._devices:
                raise BallotError("unknown_device", 403)
            if self.spec.named and not self._devices[device]:
                raise BallotError("name_missing")
            slot = (device, ballot.touchpoint_id)
            old = self._ballots.get(slot)
            if old is not None and old.values == ballot.values:
                return False
            self._emit(
                "ballot",
                {"device": device, "touchpoint": ballot.touchpoint_id, "values": ballot.as_dict},
            )
            # A changed ballot keeps its place: the order is that of first arrival.
            self._store(ballot)
            return True

    def check(self, device: str, touchpoint_id: Any, values: Any) -> Ballot:
        """The ballot a request describes, or BallotError; changes nothing."""
        if not isinstance(device, str) or not valid_device_id(device):
            raise BallotError("bad_device", 403)
        if (
            not isinstance(touchpoint_id, int)
            or isinstance(touchpoint_id, bool)
            or touchpoint_id not in self._touchpoints
        ):
            raise BallotError("unknown_touchpoint")
        if not isinstance(values, dict) or not values:
            raise BallotError("no_values")
        for key, value in values.items():
            scale = self._scales.get(key) if isinstance(key, str) else None
            if scale is None:
                raise BallotError("unknown_scale")
            if not scale.accepts(value):
                raise BallotError("off_scale")
        ordered = tuple((s.key, values[s.key]) for s in self.spec.scales if s.key in values)
        return Ballot(device, touchpoint_id, ordered, time.time())

    def close(self) -> None:
        """Close the round: no more joins or ballots."""
        with self._lock:
            if not self._closed:
                self._emit("close", {})
                self._closed = True
                self.revision += 1

    def _store(self, ballot: Ballot) -> None:
        # Under the lock: the ballot replaces the device's old one in the tallies too.
        slot = (ballot.device, ballot.touchpoint_id)
        old = self._ballots.get(slot)
        self._ballots[slot] = ballot
        self.revision += 1
        with self._view_lock:
            for values, step in ((old.values if old else (), -1), (ballot.values, 1)):
                for key, value in values:
                    tally = self._tallies.setdefault((ballot.touchpoint_id, key), {})
                    tally[value] = tally.get(value, 0) + step
                    if not tally[value]:
                        del tally[value]
            self._ballot_total = len(self._ballots)
            self._tally_revision = self.revision
            self._changed_at[ballot.touchpoint_id] = self.revision

    def _count_devices(self) -> None:
        with self._view_lock:
            self._device_total = len(self._devices)

    def _check_open(self) -> None:
        if self._closed or self.expired():
            raise BallotError("closed", 410)

    def _emit(self, kind: str, data: dict[str, Any]) -> None:
        if self._listener is not None:
            self._listener(kind, data)

    # -- replay (recovery) -----------------------------------------------------------

    def replay(self, kind: str, data: Mapping[str, Any]) -> None:
        """Apply a journaled change again without journaling it (recovery)."""
        with self._lock:
            if kind == "join":
                self._devices[str(data["device"])] = str(data.get("name", ""))
                self._count_devices()
            elif kind == "ballot":
                device, touchpoint = str(data["device"]), int(data["touchpoint"])
                values = {str(k): int(v) for k, v in dict(data["values"]).items()}
                ordered = tuple((s.key, values[s.key]) for s in self.spec.scales if s.key in values)
                self._devices.setdefault(device, "")
                self._count_devices()
                self._store(Ballot(device, touchpoint, ordered))
                return
            elif kind == "close":
                self._closed = True
            self.revision += 1

    # -- aggregates ------------------------------------------------------------------

    def summaries(self) -> dict[tuple[int, str], Summary]:
        """(touchpoint id, scale key) -> Summary, for every pair with at least one value."""
        with self._view_lock:
            found = {pair: summarise_tally(tally) for pair, tally in self._tallies.items()}
        return {pair: summary for pair, summary in found.items() if summary is not None}

    def changes_since(self, revision: int) -> tuple[int, dict[int, dict[str, Summary | None]]]:
        """The revision of the last ballot, and the touchpoints changed after `revision`.

        Each changed touchpoint maps every scale key to its Summary, or None while no
        value is in (a ballot can drop a scale it had). Pass -1 for all touchpoints,
        and the revision returned the next time.
        """
        with self._view_lock:
            changed = {
                touchpoint.id: {
                    scale.key: summarise_tally(self._tallies.get((touchpoint.id, scale.key), {}))
                    for scale in self.spec.scales
                }
                for touchpoint in self.spec.touchpoints
                if revision < 0 or self._changed_at.get(touchpoint.id, 0) > revision
            }
            return self._tally_revision, changed

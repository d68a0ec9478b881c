"""Guessing whether a channel is online or offline from its name, in German or English.

An import that creates a channel ("Messe", "Kundentelefon", "Social Media") sets
its kind from well-known words listed in `resources/channel_kinds.json`; a name
that names no such word (or words of both kinds equally) gives None, and the
caller asks the user instead of guessing online.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache

from tpm_desktop.core.enums import ChannelKind
from tpm_desktop.core.paths import resources_dir

# Words at least this long also match inside a compound ("Kunden|telefon").
COMPOUND_MIN = 5

_NOT_WORD = re.compile(r"[\W_]+")


def _normalise(text: str) -> str:
    """Lower case, every run of non-letters one space, padded: " kunden telefon "."""
    return " " + _NOT_WORD.sub(" ", text.casefold()).strip() + " "


@dataclass(frozen=True, slots=True)
class _Word:
    text: str  # normalised, without the padding
    kind: ChannelKind

    def matches(self, name: str) -> bool:
        """True when the word starts a word of `name` (normalised), or sits inside one."""
        if " " + self.text in name:
            if len(self.text) >= COMPOUND_MIN:
                return True
            # Short words ("app", "tv", "post") only whole, or with a plural ending.
            return any(f" {self.text}{end} " in name for end in ("", "s", "e", "en"))
        return len(self.text) >= COMPOUND_MIN and " " not in self.text and self.text in name


@dataclass(frozen=True, slots=True)
class ChannelWords:
    """The vocabulary: explicit markers first, then the well-known channel words."""

    explicit: tuple[_Word, ...]
    words: tuple[_Word, ...]

    @classmethod
    def from_json(cls, data: dict) -> ChannelWords:
        """Read the structure of `resources/channel_kinds.json`."""

        def words(by_kind: dict) -> tuple[_Word, ...]:
            return tuple(
                _Word(_normalise(word).strip(), ChannelKind(kind))
                for kind, texts in by_kind.items()
                for word in texts
                if _normalise(word).strip()
            )

        return cls(
            words(data.get("explicit", {})),
            words({kind: data.get(kind, []) for kind in ChannelKind}),
        )

    def infer(self, name: str) -> ChannelKind | None:
        """Online or offline for a channel name, or None when the name does not tell."""
        text = _normalise(name)
        explicit = {word.kind for word in self.explicit if word.matches(text)}
        if len(explicit) == 1:
            return explicit.pop()
        if explicit:
            return None  # "online and offline": the user decides
        found = [word for word in self.words if word.matches(text)]
        if not found:
            return None
        longest = max(len(word.text) for word in found)
        kinds = {word.kind for word in found if len(word.text) == longest}
        return kinds.pop() if len(kinds) == 1 else None


@cache
def channel_words() -> ChannelWords:
    """The shipped vocabulary (read once)."""
    path = resources_dir() / "channel_kinds.json"
    return ChannelWords.from_json(json.loads(path.read_text(encoding="utf-8")))


def infer_channel_kind(name: str) -> ChannelKind | None:
    """Online or offline for a channel name in German or English, or None when unknown."""
    return channel_words().infer(name)

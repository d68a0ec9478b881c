"""The columns of the touchpoint table and the words their cells may hold, in both languages.

Import and export share this vocabulary: export writes the first header and word
of each language, import accepts all of them, so a table written in either
language reads back into the same touchpoints.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from dataclasses import field as dc_field
from enum import StrEnum
from typing import TypeVar

from tpm_desktop.core.enums import ChannelKind, Decision, MediaType
from tpm_desktop.core.errors import EditError
from tpm_desktop.core.model import Criterion, Segment
from tpm_desktop.core.text import checked_name
from tpm_desktop.reports.default_names import criterion_names
from tpm_desktop.reports.tabular import normalise_header


class Field(StrEnum):
    """A fixed column of the touchpoint table (the value names a Touchpoint field or lane)."""

    CODE = "code"
    NAME = "name"
    DEPARTMENT = "department"
    CHANNEL = "channel"
    CHANNEL_TYPE = "channel_type"
    PHASE = "phase"
    DESCRIPTION = "description"
    MEDIA_TYPE = "media_type"
    RESPONSIBLE = "responsible"
    AS_IS = "as_is"
    TARGET = "target"
    EXPERIENCE = "experience"
    DECISION = "decision"
    BUDGET = "budget"


@dataclass(frozen=True, slots=True)
class ScoreColumn:
    """A column holding one criterion's as-is score, or its target score."""

    criterion_id: int
    target: bool = False


@dataclass(frozen=True, slots=True)
class SegmentColumn:
    """A column holding one customer segment's experience (−2…+2, empty: not relevant)."""

    segment_id: int


@dataclass(frozen=True, slots=True)
class SegmentExperience:
    """What import reads a segment's column into: the segment by name (new if unknown).

    Two headers naming the same segment in another case or spacing are one column.
    """

    key: str  # the name as normalise_header compares it
    name: str = dc_field(default="", compare=False)

    @classmethod
    def named(cls, name: str) -> SegmentExperience:
        """The column of the segment called `name`."""
        return cls(normalise_header(name), name.strip())


# "Experience: Business customers" / "Erlebnis: Geschäftskunden"
SEGMENT_PREFIX = {"en": "Experience", "de": "Erlebnis"}
# Besides -2…+2, a segment's cell may say "relevant, no experience of its own":
# export writes the first word; import reads all of them (compared normalised).
RELEVANT_WORDS = ("relevant", "x", "yes", "ja")

E = TypeVar("E")

ColumnTarget = Field | ScoreColumn | SegmentExperience
"""What a table column is read into; None in a mapping means "ignored"."""

# The header export writes, by language; import accepts these and the aliases below.
HEADERS: dict[Field, dict[str, str]] = {
    Field.CODE: {"en": "Short id", "de": "Kürzel"},
    Field.NAME: {"en": "Name", "de": "Name"},
    Field.DEPARTMENT: {"en": "Department", "de": "Abteilung"},
    Field.CHANNEL: {"en": "Channel", "de": "Kanal"},
    Field.CHANNEL_TYPE: {"en": "Channel type", "de": "Kanaltyp"},
    Field.PHASE: {"en": "Phase", "de": "Phase"},
    Field.DESCRIPTION: {"en": "Description", "de": "Beschreibung"},
    Field.MEDIA_TYPE: {"en": "Media type", "de": "Medientyp"},
    Field.RESPONSIBLE: {"en": "Responsible", "de": "Verantwortlich"},
    Field.AS_IS: {"en": "As-is", "de": "Ist-Situation"},
    Field.TARGET: {"en": "Target", "de": "Soll-Situation"},
    Field.EXPERIENCE: {"en": "Experience", "de": "Erlebnis"},
    Field.DECISION: {"en": "Decision", "de": "Entscheidung"},
    Field.BUDGET: {"en": "Budget", "de": "Budget"},
}

# Other headers people write for the same column (compared after normalise_header).
ALIASES: dict[Field, tuple[str, ...]] = {
    Field.CODE: ("short-id", "shortid", "touchpoint-kürzel", "tp-kürzel", "kurz-id"),
    Field.NAME: ("touchpoint", "touchpoint name", "touchpoint-name"),
    Field.DEPARTMENT: ("dept", "bereich", "fachbereich"),
    Field.CHANNEL: ("kontaktkanal",),
    Field.CHANNEL_TYPE: ("channel kind", "kanalart", "online/offline"),
    Field.PHASE: ("journey phase", "kaufphase"),
    Field.MEDIA_TYPE: ("media", "medienart"),
    Field.RESPONSIBLE: (
        "responsible person",
        "owner",
        "verantwortliche",
        "verantwortlicher",
        "zuständig",
        "zuständigkeit",
    ),
    Field.AS_IS: ("as is", "as-is situation", "as is situation", "ist", "ist situation"),
    Field.TARGET: ("target situation", "soll", "soll situation"),
    Field.EXPERIENCE: ("customer experience", "kundenerlebnis"),
    Field.DECISION: (),
    Field.BUDGET: ("budget (eur)", "budget (€)"),
    Field.DESCRIPTION: (),
}

# The suffix of a target-score column, by language: "Funktion (Soll)", "Function (target)".
TARGET_SUFFIX: dict[str, str] = {"en": "(target)", "de": "(Soll)"}

# Cell words, by language: the first of each list is what export writes.
DECISION_WORDS: dict[Decision, dict[str, tuple[str, ...]]] = {
    Decision.KEEP: {"en": ("keep",), "de": ("beibehalten", "behalten")},
    Decision.FOCUS: {"en": ("focus",), "de": ("fokussieren", "fokus", "konzentrieren")},
    Decision.COMBINE: {"en": ("combine",), "de": ("kombinieren", "kombination")},
    Decision.NEGLECT: {"en": ("neglect",), "de": ("vernachlässigen",)},
    Decision.REMOVE: {"en": ("remove",), "de": ("streichen", "entfernen")},
    Decision.ADD: {"en": ("add",), "de": ("ergänzen", "hinzufügen", "neu")},
}

MEDIA_WORDS: dict[MediaType, dict[str, tuple[str, ...]]] = {
    MediaType.OWNED: {"en": ("owned", "owned media"), "de": ("eigen", "eigene", "eigene medien")},
    MediaType.PAID: {"en": ("paid", "paid media"), "de": ("bezahlt", "bezahlte medien", "gekauft")},
    MediaType.EARNED: {
        "en": ("earned", "earned media"),
        "de": ("verdient", "verdiente medien"),
    },
}

CHANNEL_WORDS: dict[ChannelKind, tuple[str, ...]] = {
    ChannelKind.ONLINE: ("online",),
    ChannelKind.OFFLINE: ("offline",),
}


def _lookup(words: dict[E, dict[str, tuple[str, ...]]]) -> dict[str, E]:
    table: dict[str, E] = {}
    for value, by_language in words.items():
        table[normalise_header(str(value))] = value  # the stored value itself
        for language_words in by_language.values():
            for word in language_words:
                table[normalise_header(word)] = value
    return table


_DECISIONS = _lookup(DECISION_WORDS)
_MEDIA = _lookup(MEDIA_WORDS)
_CHANNEL_KINDS = {word: kind for kind, words in CHANNEL_WORDS.items() for word in words}


def read_decision(text: str) -> Decision | None:
    """The decision a cell names (German or English), or None when unknown."""
    return _DECISIONS.get(normalise_header(text))


def read_media_type(text: str) -> MediaType | None:
    """The media type a cell names (German or English), or None when unknown."""
    return _MEDIA.get(normalise_header(text))


def read_channel_kind(text: str) -> ChannelKind | None:
    """Online or offline, or None when unknown."""
    return _CHANNEL_KINDS.get(normalise_header(text))


def decision_word(decision: Decision, language: str) -> str:
    """The word export writes for a decision."""
    return DECISION_WORDS[decision].get(language, DECISION_WORDS[decision]["en"])[0]


def media_word(media: MediaType, language: str) -> str:
    """The word export writes for a media type."""
    return MEDIA_WORDS[media].get(language, MEDIA_WORDS[media]["en"])[0]


def decision_choices(language: str) -> str:
    """The decision words of a language, for messages."""
    return ", ".join(decision_word(d, language) for d in Decision)


def media_choices(language: str) -> str:
    """The media type words of a language, for messages."""
    return ", ".join(media_word(m, language) for m in MediaType)


def header(
    target: ColumnTarget | SegmentColumn,
    criteria: Sequence[Criterion],
    language: str,
    segments: Sequence[Segment] = (),
) -> str:
    """The header export writes for a column."""
    if isinstance(target, SegmentColumn):
        name = next((s.name for s in segments if s.id == target.segment_id), "?")
        return f"{SEGMENT_PREFIX.get(language, SEGMENT_PREFIX['en'])}: {name}"
    if isinstance(target, Field):
        return HEADERS[target].get(language, HEADERS[target]["en"])
    name = next((c.name for c in criteria if c.id == target.criterion_id), "?")
    if target.target:
        return f"{name} {TARGET_SUFFIX.get(language, TARGET_SUFFIX['en'])}"
    return name


def export_columns(
    criteria: Sequence[Criterion], segments: Sequence[Segment] = ()
) -> list[ColumnTarget | SegmentColumn]:
    """Every column in export order: the fields, as-is and target score per criterion,
    then the experience per customer segment."""
    columns: list[ColumnTarget | SegmentColumn] = list(Field)
    for criterion in criteria:
        columns += [ScoreColumn(criterion.id), ScoreColumn(criterion.id, target=True)]
    columns += [SegmentColumn(segment.id) for segment in segments]
    return columns


def header_index(criteria: Sequence[Criterion]) -> dict[str, ColumnTarget]:
    """Normalised header -> column, for every header import recognises."""
    index: dict[str, ColumnTarget] = {}
    # A default criterion also answers to its name in the other language ("Function" in a
    # German project); its own name is added last, so that it wins over a translation.
    # Criteria come before the fixed columns, so that those win if a criterion shares a name.
    names = [(other, c.id) for c in criteria for other in criterion_names(c.name)]
    for name, criterion_id in [*names, *((c.name, c.id) for c in criteria)]:
        key = normalise_header(name)
        index[key] = ScoreColumn(criterion_id)
        for suffix in TARGET_SUFFIX.values():
            for spacing in (" ", ""):
                index[normalise_header(key + spacing + suffix)] = ScoreColumn(criterion_id, True)
    for field, by_language in HEADERS.items():
        for text in (*by_language.values(), *ALIASES[field], field.value.replace("_", " ")):
            index[normalise_header(text)] = field
    return index


# A note in brackets after a header: "Erlebnis (-2 bis +2)", "Budget (€)", "Budget [EUR]".
_NOTE = re.compile(r"\s*[(\[][^()\[\]]*[)\]]\s*$")


def _lookup_header(index: dict[str, ColumnTarget], text: str) -> ColumnTarget | None:
    """The column a header names; a trailing note in brackets is ignored if need be."""
    if not text.strip():
        return None
    target = index.get(normalise_header(text))
    if target is None:
        # "(Soll)"/"(target)" are part of the name and were tried above.
        target = index.get(normalise_header(_NOTE.sub("", text)))
    if target is None:
        name = segment_name(text)
        target = None if name is None else SegmentExperience.named(name)
    return target


_PREFIXES = {normalise_header(prefix) for prefix in SEGMENT_PREFIX.values()}


def segment_name(header_text: str) -> str | None:
    """The segment a header "Experience: <segment>" (or "Erlebnis: …") names, else None."""
    prefix, colon, name = header_text.partition(":")
    if not colon or normalise_header(prefix) not in _PREFIXES:
        return None
    try:
        return checked_name(name)
    except EditError:  # empty, too long or with control characters: not read
        return None


def is_relevant_word(text: str) -> bool:
    """True when a segment's cell marks the touchpoint relevant without an experience."""
    return normalise_header(text) in RELEVANT_WORDS


def detect_mapping(
    headers: Sequence[str], criteria: Sequence[Criterion]
) -> list[ColumnTarget | None]:
    """The column each header stands for; None for unknown or repeated headers.

    A column that appears twice is read from its first occurrence only.
    """
    index = header_index(criteria)
    used: set[ColumnTarget] = set()
    mapping: list[ColumnTarget | None] = []
    for text in headers:
        target = _lookup_header(index, text)
        if target is not None and target in used:
            target = None
        if target is not None:
            used.add(target)
        mapping.append(target)
    return mapping

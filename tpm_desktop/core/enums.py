"""Closed vocabularies of the domain; their values are what the project file stores."""

from __future__ import annotations

from enum import StrEnum


class ChannelKind(StrEnum):
    """Whether a channel reaches the customer online or offline."""

    ONLINE = "online"
    OFFLINE = "offline"


class MediaType(StrEnum):
    """Owned, paid or earned media."""

    OWNED = "owned"
    PAID = "paid"
    EARNED = "earned"


class Decision(StrEnum):
    """What the target strategy decides for a touchpoint."""

    KEEP = "keep"
    FOCUS = "focus"
    COMBINE = "combine"
    NEGLECT = "neglect"
    REMOVE = "remove"
    ADD = "add"


class MeasureStatus(StrEnum):
    """Progress of a measure in the action plan."""

    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    DROPPED = "dropped"


class Direction(StrEnum):
    """Whether higher or lower KPI values are better."""

    HIGHER = "higher"
    LOWER = "lower"


class Frequency(StrEnum):
    """How often a KPI is expected to be measured."""

    WEEKLY = "weekly"
    MONTHLY = "monthly"
    QUARTERLY = "quarterly"


class CriterionRole(StrEnum):
    """Whether a criterion measures how well a touchpoint performs or how much it matters."""

    PERFORMANCE = "performance"
    RELEVANCE = "relevance"


class EvidenceKind(StrEnum):
    """What an attachment to a touchpoint is."""

    IMAGE = "image"
    DOCUMENT = "document"
    LINK = "link"
    QUOTE = "quote"


class Dimension(StrEnum):
    """The three lane kinds a touchpoint is placed by; any two form the map's axes."""

    DEPARTMENT = "department"
    CHANNEL = "channel"
    PHASE = "phase"


EXPERIENCE_MIN = -2
EXPERIENCE_MAX = 2

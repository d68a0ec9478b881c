"""What a new project starts with, in German and English."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from tpm_desktop.core.enums import ChannelKind
from tpm_desktop.core.model import Channel, Criterion, Department, Phase, Project, Record
from tpm_desktop.core.state import ProjectState

# A colour-blind-friendly qualitative palette (Tableau 10), used for new lanes in turn.
PALETTE = (
    "#4e79a7",
    "#f28e2b",
    "#e15759",
    "#76b7b2",
    "#59a14f",
    "#edc948",
    "#b07aa1",
    "#ff9da7",
    "#9c755f",
    "#bab0ac",
)


@dataclass(frozen=True, slots=True)
class CriterionTemplate:
    """A criterion of a catalogue template, in both languages."""

    name: dict[str, str]
    description: dict[str, str]
    weight: float = 1.0
    scale_min: int = 1
    scale_max: int = 5


DEFAULT_CRITERIA: tuple[CriterionTemplate, ...] = (
    CriterionTemplate(
        {"de": "Funktion", "en": "Function"},
        {
            "de": "Erfüllt der Touchpoint seinen Zweck für den Kunden?",
            "en": "Does the touchpoint do its job for the customer?",
        },
    ),
    CriterionTemplate(
        {"de": "Performance", "en": "Performance"},
        {
            "de": "Wie gut wirkt der Touchpoint: Reichweite, Qualität, Tempo?",
            "en": "How well does it work: reach, quality, speed?",
        },
    ),
    CriterionTemplate(
        {"de": "Kosten-/Leistungsverhältnis", "en": "Cost/benefit"},
        {
            "de": "Steht der Aufwand in einem guten Verhältnis zum Nutzen?",
            "en": "Is the effort in good proportion to the benefit?",
        },
    ),
    CriterionTemplate(
        {"de": "Steuerbarkeit", "en": "Controllability"},
        {
            "de": "Wie stark kann das Unternehmen den Touchpoint beeinflussen?",
            "en": "How far can the company shape the touchpoint?",
        },
    ),
)

PHASE_NAMES: dict[str, tuple[str, str, str]] = {
    "de": ("Vor dem Kauf", "Kauf", "Nach dem Kauf"),
    "en": ("Before purchase", "Purchase", "After purchase"),
}

STARTER_DEPARTMENTS: dict[str, tuple[str, ...]] = {
    "de": ("Marketing", "Vertrieb", "Kundenservice"),
    "en": ("Marketing", "Sales", "Customer service"),
}

STARTER_CHANNELS: dict[str, tuple[tuple[str, ChannelKind], ...]] = {
    "de": (
        ("Website", ChannelKind.ONLINE),
        ("E-Mail", ChannelKind.ONLINE),
        ("Telefon", ChannelKind.OFFLINE),
        ("Filiale", ChannelKind.OFFLINE),
    ),
    "en": (
        ("Website", ChannelKind.ONLINE),
        ("E-mail", ChannelKind.ONLINE),
        ("Phone", ChannelKind.OFFLINE),
        ("Store", ChannelKind.OFFLINE),
    ),
}

UNTITLED: dict[str, str] = {"de": "Neues Projekt", "en": "New project"}


def language_or_default(language: str) -> str:
    """ "de" or "en"; anything else falls back to English."""
    return language if language in ("de", "en") else "en"


def criteria_from_templates(
    templates: Sequence[CriterionTemplate], language: str
) -> list[Criterion]:
    """Criterion records (ids from 1) for a catalogue template."""
    return [
        Criterion(
            id=index,
            name=t.name.get(language) or t.name["en"],
            description=t.description.get(language) or t.description.get("en", ""),
            position=index - 1,
            weight=t.weight,
            scale_min=t.scale_min,
            scale_max=t.scale_max,
        )
        for index, t in enumerate(templates, start=1)
    ]


def new_project_state(
    name: str = "",
    language: str = "en",
    *,
    criteria: Sequence[CriterionTemplate] = DEFAULT_CRITERIA,
    starter_lanes: bool = True,
) -> ProjectState:
    """The records of a fresh project: phases, criteria and, optionally, starter lanes."""
    language = language_or_default(language)
    records: list[Record] = [Project(name=name or UNTITLED[language], language=language)]
    records += [
        Phase(id=i, name=phase, position=i - 1)
        for i, phase in enumerate(PHASE_NAMES[language], start=1)
    ]
    records += criteria_from_templates(criteria, language)
    if starter_lanes:
        records += [
            Department(id=i, name=dept, position=i - 1, color=PALETTE[(i - 1) % len(PALETTE)])
            for i, dept in enumerate(STARTER_DEPARTMENTS[language], start=1)
        ]
        records += [
            Channel(
                id=i,
                name=channel,
                kind=kind,
                position=i - 1,
                color=PALETTE[(i + 3) % len(PALETTE)],
            )
            for i, (channel, kind) in enumerate(STARTER_CHANNELS[language], start=1)
        ]
    return ProjectState(records)

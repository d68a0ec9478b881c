"""The names a new project starts with, in both languages, for reading tables.

A project created in German has "Funktion" and "Vor dem Kauf"; a table exported
from an English project says "Function" and "Before purchase". Import treats
each German/English pair (and a few names tables commonly use for the same
phase) as one name, so that such a table fills the existing criteria and lanes
instead of ignoring columns or creating duplicate phases.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from tpm_desktop.core.defaults import (
    DEFAULT_CRITERIA,
    PHASE_NAMES,
    STARTER_CHANNELS,
    STARTER_DEPARTMENTS,
)
from tpm_desktop.core.enums import Dimension
from tpm_desktop.reports import table_texts
from tpm_desktop.reports.tabular import normalise_header

# Further names of the three default phases, in their order (compared normalised).
PHASE_ALIASES: tuple[tuple[str, ...], ...] = (
    ("Pre-purchase", "Pre purchase", "Prepurchase", "Vorkaufphase", "Vor-Kauf-Phase"),
    ("During purchase", "Kaufphase"),
    ("Post-purchase", "Post purchase", "Postpurchase", "Nachkaufphase", "Nach-Kauf-Phase"),
)


def _groups(groups: Iterable[Iterable[str]]) -> dict[str, int]:
    """Normalised name -> the number of its group."""
    index: dict[str, int] = {}
    for number, names in enumerate(groups):
        for name in names:
            index.setdefault(normalise_header(name), number)
    return index


def _by_position(names: dict[str, Sequence[str]]) -> list[list[str]]:
    """[[de 1, en 1], [de 2, en 2], ...] from per-language sequences."""
    languages = list(names.values())
    return [list(group) for group in zip(*languages, strict=True)]


_UNASSIGNED = [table_texts.TEXTS[language]["unassigned"] for language in table_texts.TEXTS]

_LANE_GROUPS: dict[Dimension, dict[str, int]] = {
    Dimension.PHASE: _groups(
        [
            *(
                [*names, *aliases]
                for names, aliases in zip(_by_position(PHASE_NAMES), PHASE_ALIASES, strict=True)
            ),
            _UNASSIGNED,
        ]
    ),
    Dimension.DEPARTMENT: _groups([*_by_position(STARTER_DEPARTMENTS), _UNASSIGNED]),
    Dimension.CHANNEL: _groups(
        [
            *(
                [name for name, _kind in group]
                for group in zip(*STARTER_CHANNELS.values(), strict=True)
            ),
            _UNASSIGNED,
        ]
    ),
}

_CRITERIA: dict[str, tuple[str, ...]] = {}
for _template in DEFAULT_CRITERIA:
    _names = tuple(dict.fromkeys(_template.name.values()))
    for _name in _names:
        _CRITERIA.setdefault(normalise_header(_name), _names)


def lane_group(dimension: Dimension, name: str) -> int | None:
    """Which default lane `name` is (the same number for its German and English names)."""
    return _LANE_GROUPS[dimension].get(normalise_header(name))


def criterion_names(name: str) -> tuple[str, ...]:
    """Every language's name of the default criterion called `name`; () for other criteria."""
    return _CRITERIA.get(normalise_header(name), ())

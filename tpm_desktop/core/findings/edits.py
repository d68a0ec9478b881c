"""The user's edits of the printed findings, stored as the project setting `report.findings`.

The setting holds one entry per report, "executive" or "department:<uuid>":

    {"order": [rule keys, as the user arranged them],
     "off": [rule keys switched off],
     "texts": {rule key: {"lang": "de", "headline": .., "detail": .., "recommendation": ..,
                          "computed": [headline, detail, recommendation]}}}

An edited text is kept by its rule key whatever the data does; "computed" is the
text it was edited from, so a change of the computed text can be shown. Edited
texts apply to reports in the language they were written in; order and switches
apply to every language. Findings the user has not seen yet (not in "order")
follow the default: on when among the most important, placed after the others.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from tpm_desktop.core.model import Department
from tpm_desktop.core.state import ProjectState
from tpm_desktop.core.text import clean_text

FINDINGS_SETTING = "report.findings"
EXECUTIVE = "executive"
MAX_TEXT = 2000  # characters per edited text: a finding is a few sentences
FIELDS = ("headline", "detail", "recommendation")


@dataclass(frozen=True, slots=True)
class TextEdit:
    """The user's wording of one finding in one language."""

    lang: str
    headline: str
    detail: str
    recommendation: str
    computed: tuple[str, str, str]  # the computed texts it was edited from

    @property
    def texts(self) -> tuple[str, str, str]:
        """Headline, detail and recommendation as edited."""
        return (self.headline, self.detail, self.recommendation)


@dataclass(slots=True)
class FindingEdits:
    """The edits of one report's findings."""

    order: list[str] = field(default_factory=list)
    off: set[str] = field(default_factory=set)
    texts: dict[str, TextEdit] = field(default_factory=dict)

    def is_empty(self) -> bool:
        """True when nothing differs from the computed findings."""
        return not (self.order or self.off or self.texts)

    def to_json(self) -> dict[str, Any]:
        """The entry as stored in the setting."""
        return {
            "order": list(self.order),
            "off": sorted(self.off),
            "texts": {
                key: {
                    "lang": edit.lang,
                    **dict(zip(FIELDS, edit.texts, strict=True)),
                    "computed": list(edit.computed),
                }
                for key, edit in sorted(self.texts.items())
            },
        }


def scope_key(state: ProjectState, department_id: int | None) -> str:
    """The setting entry of the executive report (None) or of a department's report.

    Departments are keyed by UUID, so an entry survives merging copies of the file.
    """
    if department_id is None:
        return EXECUTIVE
    department = state.get(Department, department_id)
    return f"department:{department.uuid if department else department_id}"


def _text(value: object) -> str:
    return clean_text(value)[:MAX_TEXT] if isinstance(value, str) else ""


def _keys(value: object) -> list[str]:
    if not isinstance(value, list):
        return []
    return list(dict.fromkeys(k for k in value if isinstance(k, str) and k))


def _parse(entry: object) -> FindingEdits:
    """One entry of the setting; anything malformed reads as "no edit"."""
    if not isinstance(entry, Mapping):
        return FindingEdits()
    texts: dict[str, TextEdit] = {}
    raw_texts = entry.get("texts")
    for key, raw in raw_texts.items() if isinstance(raw_texts, Mapping) else ():
        if not isinstance(key, str) or not isinstance(raw, Mapping):
            continue
        computed = raw.get("computed")
        computed = list(computed) if isinstance(computed, list) else []
        computed = [*computed, "", "", ""][:3]
        texts[key] = TextEdit(
            _text(raw.get("lang")) or "en",
            *(_text(raw.get(name)) for name in FIELDS),
            tuple(_text(c) for c in computed),  # type: ignore[arg-type]
        )
    return FindingEdits(_keys(entry.get("order")), set(_keys(entry.get("off"))), texts)


def read_edits(state: ProjectState, department_id: int | None = None) -> FindingEdits:
    """The edits of the executive report's findings (or a department report's)."""
    stored = state.setting(FINDINGS_SETTING, {})
    stored = stored if isinstance(stored, Mapping) else {}
    return _parse(stored.get(scope_key(state, department_id)))


def stored_value(state: ProjectState) -> dict[str, Any]:
    """The setting as stored (an empty dict when unset or not readable)."""
    stored = state.setting(FINDINGS_SETTING, {})
    return dict(stored) if isinstance(stored, Mapping) else {}


def with_entry(value: Mapping[str, Any], key: str, edits: FindingEdits) -> dict[str, Any]:
    """`value` with the entry `key` replaced by `edits` (removed when they are empty)."""
    result = dict(value)
    if edits.is_empty():
        result.pop(key, None)
    else:
        result[key] = edits.to_json()
    return result


def setting_value(
    state: ProjectState, department_id: int | None, edits: FindingEdits
) -> dict[str, Any] | None:
    """The whole setting with one report's entry replaced (None when nothing is left)."""
    return with_entry(stored_value(state), scope_key(state, department_id), edits) or None


def arrange(computed: Sequence[str], edits: FindingEdits, limit: int) -> list[tuple[str, bool]]:
    """The computed rule keys (most important first) in the user's order, each with
    whether it is printed.

    Keys the user has placed come first in that order; the others follow in
    computed order and are on when among the `limit` most important.
    """
    rank = {key: index for index, key in enumerate(computed)}
    placed = [k for k in edits.order if k in rank]
    rest = [k for k in computed if k not in set(placed)]
    known = set(edits.order)
    return [
        (key, key not in edits.off and (key in known or rank[key] < limit)) for key in placed + rest
    ]

"""Edits of the project's own data, its settings and touchpoint combinations."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from tpm_desktop.core.changes import ChangeSet
from tpm_desktop.core.edits.builder import Builder
from tpm_desktop.core.errors import EditError
from tpm_desktop.core.model import Combination, Project, Setting, Touchpoint
from tpm_desktop.core.state import ProjectState
from tpm_desktop.core.text import checked_line, checked_name, checked_text


def update_project(state: ProjectState, **fields: Any) -> ChangeSet:
    """Change the project's name, client, author, description, language, currency or budget."""
    values: dict[str, Any] = {}
    for name, value in fields.items():
        if name == "name":
            value = checked_name(value)
        elif name in ("client", "author"):
            value = checked_line(value)
        elif name == "description":
            value = checked_text(value)
        elif name == "language":
            if value not in ("de", "en"):
                raise ValueError(f"unsupported language: {value!r}")
        elif name == "currency":
            value = checked_line(value)[:8] or "EUR"
        elif name == "total_budget":
            if value is not None:
                value = float(value)
                if not 0 <= value <= 1e13:
                    raise EditError("value_out_of_range", value=value, low=0, high="10^13")
        else:
            raise ValueError(f"not an editable project field: {name}")
        values[name] = value
    b = Builder(state)
    b.update(Project, 1, **values)
    return b.build()


def set_setting(state: ProjectState, name: str, value: Any) -> ChangeSet:
    """Store a per-project setting as JSON; None removes it."""
    b = Builder(state)
    if value is None:
        b.delete(Setting, name)
    else:
        b.put(Setting(name=name, value=json.dumps(value, sort_keys=True)))
    return b.build()


def set_combinations(
    state: ProjectState, touchpoint_id: int, partner_ids: Iterable[int]
) -> ChangeSet:
    """Name the touchpoints that `touchpoint_id` is to be combined with."""
    b = Builder(state)
    b.require(Touchpoint, touchpoint_id)
    wanted = set(partner_ids) - {touchpoint_id}
    for partner_id in wanted:
        b.require(Touchpoint, partner_id)
    for existing in state.children(Combination, touchpoint_id):
        if existing.partner_id not in wanted:
            b.delete(Combination, existing.key)
    for partner_id in sorted(wanted):
        b.put(Combination(touchpoint_id, partner_id))
    return b.build()

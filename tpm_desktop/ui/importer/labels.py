"""How the wizard names the columns a table can be read into."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject

from tpm_desktop.core.model import Criterion
from tpm_desktop.reports.touchpoint_columns import ColumnTarget, Field, ScoreColumn


class ColumnLabels(QObject):
    """Translated names of the columns (a QObject so that lupdate finds the strings)."""

    def field(self, field: Field) -> str:
        """The translated name of a fixed column."""
        return {
            Field.CODE: self.tr("Short id"),
            Field.NAME: self.tr("Name"),
            Field.DEPARTMENT: self.tr("Department"),
            Field.CHANNEL: self.tr("Channel"),
            Field.CHANNEL_TYPE: self.tr("Channel type (online, offline)"),
            Field.PHASE: self.tr("Phase"),
            Field.DESCRIPTION: self.tr("Description"),
            Field.MEDIA_TYPE: self.tr("Media type (owned, paid, earned)"),
            Field.RESPONSIBLE: self.tr("Responsible"),
            Field.AS_IS: self.tr("As-is situation"),
            Field.TARGET: self.tr("Target situation"),
            Field.EXPERIENCE: self.tr("Experience (-2 to 2)"),
            Field.DECISION: self.tr("Decision"),
            Field.BUDGET: self.tr("Budget"),
        }[field]

    def do_not_import(self) -> str:
        """The choice that ignores a column."""
        return self.tr("Do not import")

    def score(self, name: str, target: bool) -> str:
        """A criterion's as-is or target score."""
        if target:
            return self.tr("%1: target score").replace("%1", name)
        return self.tr("%1: as-is score").replace("%1", name)


def _labels() -> ColumnLabels:
    # A short-lived object: tr() looks up the translator installed at call time.
    return ColumnLabels()


def field_label(field: Field) -> str:
    """The translated name of a fixed column."""
    return _labels().field(field)


def target_label(target: ColumnTarget | None, criteria: Sequence[Criterion]) -> str:
    """The translated name of what a column is read into ("Do not import" for None)."""
    if target is None:
        return _labels().do_not_import()
    if isinstance(target, Field):
        return field_label(target)
    name = next((c.name for c in criteria if c.id == target.criterion_id), "?")
    return _labels().score(name, target.target)


def all_targets(criteria: Sequence[Criterion]) -> list[ColumnTarget | None]:
    """Every choice of the mapping, in menu order."""
    targets: list[ColumnTarget | None] = [None, *Field]
    for criterion in criteria:
        targets += [ScoreColumn(criterion.id), ScoreColumn(criterion.id, target=True)]
    return targets

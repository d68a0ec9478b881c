"""How the wizard names the columns a table can be read into."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject

from tpm_desktop.core.model import Criterion, Segment
from tpm_desktop.reports.touchpoint_columns import (
    ColumnTarget,
    Field,
    ScoreColumn,
    SegmentExperience,
    segment_name,
)


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

    def segment(self, name: str, new: bool) -> str:
        """A customer segment's experience (a segment the import creates says so)."""
        if new:
            return self.tr("Experience: %1 (new segment)").replace("%1", name)
        return self.tr("Experience: %1").replace("%1", name)


def _labels() -> ColumnLabels:
    # A short-lived object: tr() looks up the translator installed at call time.
    return ColumnLabels()


def field_label(field: Field) -> str:
    """The translated name of a fixed column."""
    return _labels().field(field)


def target_label(
    target: ColumnTarget | None,
    criteria: Sequence[Criterion],
    segments: Sequence[Segment] = (),
) -> str:
    """The translated name of what a column is read into ("Do not import" for None)."""
    if target is None:
        return _labels().do_not_import()
    if isinstance(target, Field):
        return field_label(target)
    if isinstance(target, SegmentExperience):
        known = {SegmentExperience.named(s.name) for s in segments}
        return _labels().segment(target.name, new=target not in known)
    name = next((c.name for c in criteria if c.id == target.criterion_id), "?")
    return _labels().score(name, target.target)


def all_targets(
    criteria: Sequence[Criterion],
    segments: Sequence[Segment] = (),
    headers: Sequence[str] = (),
) -> list[ColumnTarget | None]:
    """Every choice of the mapping, in menu order: the project's segments, then the
    new ones the table's headers name."""
    targets: list[ColumnTarget | None] = [None, *Field]
    for criterion in criteria:
        targets += [ScoreColumn(criterion.id), ScoreColumn(criterion.id, target=True)]
    for segment in segments:
        target = SegmentExperience.named(segment.name)
        if target not in targets:
            targets.append(target)
    for text in headers:
        name = segment_name(text)
        if name is not None and SegmentExperience.named(name) not in targets:
            targets.append(SegmentExperience.named(name))
    return targets

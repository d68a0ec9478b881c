"""The editor facade: the one place that turns user intentions into undo commands.

Scene, docks and menus call these methods; each builds a change set with the pure
builders of `core.edits`, names it for the Edit menu, and pushes one command.
Invalid input raises EditError (with a translatable message) before anything is
pushed; an empty change set pushes nothing.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QObject

from tpm_desktop.core.axes import AXES_SETTING, MapAxes
from tpm_desktop.core.changes import ChangeSet
from tpm_desktop.core.edits import assessment, lanes, monitoring, project, touchpoints
from tpm_desktop.core.edits.builder import Builder
from tpm_desktop.core.enums import Dimension
from tpm_desktop.core.errors import EditError
from tpm_desktop.core.merge import MergeResult
from tpm_desktop.core.state import ProjectState
from tpm_desktop.document.commands import ChangeCommand
from tpm_desktop.document.document import ProjectDocument
from tpm_desktop.document.segment_edits import SegmentEditing


class Editor(SegmentEditing, QObject):
    """Pushes one named, undoable command per edit onto the document's undo stack."""

    def __init__(self, document: ProjectDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document

    # -- plumbing ------------------------------------------------------------------

    @property
    def state(self) -> ProjectState:
        """The document's state."""
        return self.document.state

    def push(self, text: str, changes: ChangeSet, merge_key: str | None = None) -> bool:
        """Push a command for a change set (an empty one pushes nothing).

        Returns False when the working copy refused the write: the document has
        reported that through `edit_failed` (one message), so the caller must
        neither announce success nor report it again.
        """
        if self.document.read_only:
            raise EditError("read_only_document")
        if not changes:
            return True
        failures = self.document.failed_writes
        self.document.undo_stack.push(ChangeCommand(self.document, text, changes, merge_key))
        return self.document.failed_writes == failures

    def _check_writable(self) -> None:
        if self.document.read_only:
            raise EditError("read_only_document")

    # -- touchpoints -----------------------------------------------------------------

    def add_touchpoint(
        self,
        name: str,
        department_id: int,
        channel_id: int,
        phase_id: int,
        *,
        axes: MapAxes | None = None,
        index: int | None = None,
        **fields: Any,
    ) -> int:
        """Create a touchpoint; with `axes` and `index`, at that place of its visible cell."""
        self._check_writable()
        b = Builder(self.state)
        new_id = touchpoints.add_touchpoint_to(
            b, name, department_id, channel_id, phase_id, **fields
        )
        if axes is not None and index is not None:
            record = b.require(touchpoints.Touchpoint, new_id)
            row, column = axes.cell_of(record)
            touchpoints.move_touchpoints_in(b, axes, [new_id], row, column, index)
        self.push(self.tr("Add touchpoint"), b.build())
        return new_id

    def rename_touchpoint(self, touchpoint_id: int, name: str) -> None:
        """Give a touchpoint a new name."""
        self.push(
            self.tr("Rename touchpoint"),
            touchpoints.update_touchpoints(self.state, [touchpoint_id], name=name),
        )

    def set_touchpoint_fields(
        self, ids: Sequence[int], *, typing: bool = False, **fields: Any
    ) -> None:
        """Set fields on touchpoints; with `typing`, successive calls merge into one step."""
        names = {
            "name": self.tr("Rename touchpoint"),
            "description": self.tr("Edit description"),
            "as_is": self.tr("Edit as-is situation"),
            "target": self.tr("Edit target situation"),
            "experience": self.tr("Set customer experience"),
            "decision": self.tr("Set decision"),
            "media_type": self.tr("Set media type"),
            "responsible": self.tr("Set responsible person"),
            "budget": self.tr("Set budget"),
            "is_super": self.tr("Mark super-touchpoint"),
            "relevance": self.tr("Set relevance"),
            "budget_locked": self.tr("Lock budget"),
            "code": self.tr("Change short id"),
        }
        text = (
            names.get(next(iter(fields)), self.tr("Edit touchpoint"))
            if len(fields) == 1
            else (self.tr("Edit touchpoint"))
        )
        key = None
        if typing:
            key = "fields:" + ",".join(sorted(fields)) + ":" + ",".join(map(str, sorted(ids)))
        self.push(text, touchpoints.update_touchpoints(self.state, ids, **fields), key)

    def move_touchpoints(
        self, axes: MapAxes, ids: Sequence[int], row_id: int, column_id: int, index: int | None
    ) -> None:
        """Move cards to a cell (and place within it); one undo step for all of them."""
        changes = touchpoints.move_touchpoints(self.state, axes, ids, row_id, column_id, index)
        self.push(self.tr("Move %n touchpoint(s)", "", len(ids)), changes)

    def delete_touchpoints(self, ids: Sequence[int]) -> None:
        """Delete touchpoints with everything attached to them."""
        self.push(
            self.tr("Delete %n touchpoint(s)", "", len(ids)),
            touchpoints.delete_touchpoints(self.state, ids),
        )

    def duplicate_touchpoints(self, ids: Sequence[int]) -> list[int]:
        """Copy touchpoints (with scores) next to the originals; returns the new ids."""
        self._check_writable()
        changes, new_ids = touchpoints.duplicate_touchpoints(self.state, ids)
        self.push(self.tr("Duplicate %n touchpoint(s)", "", len(ids)), changes)
        return new_ids

    def set_combinations(self, touchpoint_id: int, partner_ids: Iterable[int]) -> None:
        """Name the touchpoints a touchpoint is to be combined with."""
        self.push(
            self.tr("Set combined touchpoints"),
            project.set_combinations(self.state, touchpoint_id, partner_ids),
        )

    # -- lanes -----------------------------------------------------------------------

    def add_lane(self, dimension: Dimension, name: str, **fields: Any) -> int:
        """Add a department, channel or phase at the end."""
        self._check_writable()
        changes, lane_id = lanes.add_lane(self.state, dimension, name, **fields)
        self.push(self._lane_text(dimension, "add"), changes)
        return lane_id

    def update_lane(self, dimension: Dimension, lane_id: int, **fields: Any) -> None:
        """Rename, recolour or otherwise change a lane."""
        self.push(
            self._lane_text(dimension, "edit"),
            lanes.update_lane(self.state, dimension, lane_id, **fields),
        )

    def move_lane(self, dimension: Dimension, lane_id: int, index: int) -> None:
        """Move a lane to another place in the map's order."""
        self.push(
            self._lane_text(dimension, "move"),
            lanes.move_lane(self.state, dimension, lane_id, index),
        )

    def delete_lane(self, dimension: Dimension, lane_id: int, move_to: int | None) -> None:
        """Delete a lane, moving its touchpoints to `move_to` or deleting them (None)."""
        self.push(
            self._lane_text(dimension, "delete"),
            lanes.delete_lane(self.state, dimension, lane_id, move_to),
        )

    def _lane_text(self, dimension: Dimension, verb: str) -> str:
        texts = {
            (Dimension.DEPARTMENT, "add"): self.tr("Add department"),
            (Dimension.DEPARTMENT, "edit"): self.tr("Edit department"),
            (Dimension.DEPARTMENT, "move"): self.tr("Move department"),
            (Dimension.DEPARTMENT, "delete"): self.tr("Delete department"),
            (Dimension.CHANNEL, "add"): self.tr("Add channel"),
            (Dimension.CHANNEL, "edit"): self.tr("Edit channel"),
            (Dimension.CHANNEL, "move"): self.tr("Move channel"),
            (Dimension.CHANNEL, "delete"): self.tr("Delete channel"),
            (Dimension.PHASE, "add"): self.tr("Add phase"),
            (Dimension.PHASE, "edit"): self.tr("Edit phase"),
            (Dimension.PHASE, "move"): self.tr("Move phase"),
            (Dimension.PHASE, "delete"): self.tr("Delete phase"),
        }
        return texts[(dimension, verb)]

    # -- criteria and scores -----------------------------------------------------------

    def add_criterion(self, name: str, **fields: Any) -> int:
        """Add a criterion at the end of the catalogue."""
        self._check_writable()
        changes, criterion_id = assessment.add_criterion(self.state, name, **fields)
        self.push(self.tr("Add criterion"), changes)
        return criterion_id

    def update_criterion(self, criterion_id: int, *, typing: bool = False, **fields: Any) -> None:
        """Rename a criterion or change its description or weight."""
        key = f"criterion:{criterion_id}:{','.join(sorted(fields))}" if typing else None
        self.push(
            self.tr("Edit criterion"),
            assessment.update_criterion(self.state, criterion_id, **fields),
            key,
        )

    def change_scale(self, criterion_id: int, scale_min: int, scale_max: int) -> None:
        """Change a criterion's scale, rescaling its scores linearly."""
        self.push(
            self.tr("Change scale"),
            assessment.change_scale(self.state, criterion_id, scale_min, scale_max),
        )

    def delete_criterion(self, criterion_id: int) -> None:
        """Remove a criterion and its scores."""
        self.push(
            self.tr("Delete criterion"), assessment.delete_criterion(self.state, criterion_id)
        )

    def reorder_criteria(self, ordered_ids: Sequence[int]) -> None:
        """Put the catalogue in a new order."""
        self.push(self.tr("Reorder criteria"), assessment.reorder_criteria(self.state, ordered_ids))

    def set_scores(
        self,
        touchpoint_ids: Sequence[int],
        criterion_id: int,
        as_is: float | None = assessment.UNSET,
        target: float | None = assessment.UNSET,
    ) -> None:
        """Set as-is and/or target scores of one criterion on touchpoints (one step)."""
        self.push(
            self.tr("Set score"),
            assessment.set_scores(self.state, touchpoint_ids, criterion_id, as_is, target),
        )

    # -- measures, KPIs, rounds -------------------------------------------------------

    def add_measure(self, touchpoint_id: int, title: str, **fields: Any) -> int:
        """Add a measure to a touchpoint."""
        self._check_writable()
        changes, measure_id = monitoring.add_measure(self.state, touchpoint_id, title, **fields)
        self.push(self.tr("Add measure"), changes)
        return measure_id

    def update_measure(self, measure_id: int, *, typing: bool = False, **fields: Any) -> None:
        """Change a measure."""
        key = f"measure:{measure_id}:{','.join(sorted(fields))}" if typing else None
        self.push(
            self.tr("Edit measure"),
            monitoring.update_measure(self.state, measure_id, **fields),
            key,
        )

    def delete_measures(self, measure_ids: Sequence[int]) -> None:
        """Remove measures."""
        self.push(
            self.tr("Delete %n measure(s)", "", len(measure_ids)),
            monitoring.delete_measures(self.state, measure_ids),
        )

    def add_kpi(self, touchpoint_id: int, name: str, **fields: Any) -> int:
        """Add a KPI to a touchpoint."""
        self._check_writable()
        changes, kpi_id = monitoring.add_kpi(self.state, touchpoint_id, name, **fields)
        self.push(self.tr("Add KPI"), changes)
        return kpi_id

    def update_kpi(self, kpi_id: int, *, typing: bool = False, **fields: Any) -> None:
        """Change a KPI."""
        key = f"kpi:{kpi_id}:{','.join(sorted(fields))}" if typing else None
        self.push(self.tr("Edit KPI"), monitoring.update_kpi(self.state, kpi_id, **fields), key)

    def delete_kpis(self, kpi_ids: Sequence[int]) -> None:
        """Remove KPIs with their measurements."""
        self.push(
            self.tr("Delete %n KPI(s)", "", len(kpi_ids)),
            monitoring.delete_kpis(self.state, kpi_ids),
        )

    def add_measurements(self, rows: Iterable[tuple[int, date, float, str]]) -> list[int]:
        """Add measurements (kpi id, date, value, note) in one step."""
        self._check_writable()
        changes, ids = monitoring.add_measurements(self.state, rows)
        self.push(self.tr("Add %n measurement(s)", "", len(ids)), changes)
        return ids

    def update_measurement(self, measurement_id: int, **fields: Any) -> None:
        """Change a measurement."""
        self.push(
            self.tr("Edit measurement"),
            monitoring.update_measurement(self.state, measurement_id, **fields),
        )

    def delete_measurements(self, measurement_ids: Sequence[int]) -> None:
        """Remove measurements."""
        self.push(
            self.tr("Delete %n measurement(s)", "", len(measurement_ids)),
            monitoring.delete_measurements(self.state, measurement_ids),
        )

    def close_round(self, name: str, when: date, note: str = "") -> int:
        """Store a snapshot of all scores as an assessment round."""
        self._check_writable()
        changes, round_id = monitoring.close_round(self.state, name, when, note)
        self.push(self.tr("Close assessment round"), changes)
        return round_id

    def delete_round(self, round_id: int) -> None:
        """Remove an assessment round."""
        self.push(self.tr("Delete assessment round"), monitoring.delete_round(self.state, round_id))

    # -- project -------------------------------------------------------------------------

    def update_project(self, *, typing: bool = False, **fields: Any) -> None:
        """Change the project's own data."""
        key = "project:" + ",".join(sorted(fields)) if typing else None
        self.push(
            self.tr("Edit project properties"), project.update_project(self.state, **fields), key
        )

    def set_setting(self, name: str, value: Any, text: str | None = None) -> None:
        """Change a per-project setting (undoable, as it is part of the file)."""
        self.push(
            text or self.tr("Change project setting"),
            project.set_setting(self.state, name, value),
        )

    def set_axes(self, axes: MapAxes) -> None:
        """Switch which dimensions form the map's rows and columns."""
        self.set_setting(AXES_SETTING, axes.to_setting(), self.tr("Switch map axes"))

    def merge(self, text: str, result: MergeResult) -> bool:
        """Apply a merge's change set as one undo step, journaled as a merge."""
        if self.document.read_only:
            raise EditError("read_only_document")
        failures = self.document.failed_writes
        journal = {
            "kind": "merge",
            "change_set_uuid": result.change_set_uuid,
            "origins": result.origins,
        }
        command = ChangeCommand(self.document, text, result.changes, journal=journal)
        self.document.undo_stack.push(command)
        return self.document.failed_writes == failures

    def apply_changes(self, text: str, changes: ChangeSet) -> bool:
        """Push an already built change set (imports, bulk operations); see `push`."""
        return self.push(text, changes)

"""The ranking as a table model over the document, updated row by row from each Delta.

One row per touchpoint (in id order; the proxy sorts and filters). Derived
figures are cached per touchpoint and recomputed only for the touchpoints an
edit touched, so typing a note in a 5,000-touchpoint project repaints one row.
Edits made in cells go through the editor facade like every other edit.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor

from tpm_desktop.core import ranking, scoring
from tpm_desktop.core.changes import Delta
from tpm_desktop.core.enums import Decision
from tpm_desktop.core.model import (
    Channel,
    Criterion,
    Department,
    Phase,
    Project,
    Score,
    Touchpoint,
)
from tpm_desktop.ui.assessment.common import rows_filter_change, run_edit
from tpm_desktop.ui.assessment.labels import (
    decision_label,
    experience_icon,
    experience_label,
    money,
    number,
    shown,
    signed,
    tip,
)
from tpm_desktop.ui.feature import DocumentContext

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
EXPORT_ROLE = Qt.ItemDataRole.UserRole + 3
KIND_ROLE = Qt.ItemDataRole.UserRole + 4  # the column's kind, for the delegate
SCALE_ROLE = Qt.ItemDataRole.UserRole + 5  # (low, high) of a score column

_DIGITS = re.compile(r"\d+")

UNRATED_SORT = -1e18  # sorts "not rated" after every value when sorting high to low

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True, slots=True)
class Column:
    """One column: its kind and, for a score column, the criterion."""

    kind: str  # name, department, channel, phase, score, as_is, target, priority, gap, ...
    criterion_id: int | None = None


FIXED_BEFORE = ("code", "name", "department", "channel", "phase")
FIXED_AFTER = (
    "as_is",
    "target",
    "relevance",
    "priority",
    "gap",
    "experience",
    "decision",
    "budget",
    "super",
)
EDITABLE = {"name", "score", "experience", "decision", "budget"}
NUMERIC = {"score", "as_is", "target", "relevance", "priority", "gap", "experience", "budget"}


class RankingModel(QAbstractTableModel):
    """Every touchpoint with its lanes, scores, weighted figures and decisions."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context: DocumentContext | None = None
        self.columns: list[Column] = []
        self._ids: list[int] = []
        self._rows: dict[int, int] = {}
        self._metrics: dict[int, scoring.Metrics] = {}
        self._criteria: list[Criterion] = []
        self._lane_names: dict[type, dict[int, str]] = {}
        self._department_colors: dict[int, QColor] = {}
        self._sort_keys: dict[int, list[Any]] = {}  # column -> key per source row
        # The model sorts its own rows (see RankingProxy.sort): Python's sort over
        # cached keys, instead of the proxy asking data() n·log n times.
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder

    # -- life cycle ----------------------------------------------------------------------

    segment_id: int | None = None  # rank for one customer segment (core.segments)

    def set_segment(self, segment_id: int | None) -> None:
        """Rank only a segment's touchpoints, with its scores and experience (None: all)."""
        if segment_id != self.segment_id:
            self.segment_id = segment_id
            if self.context is not None:
                self.reload()

    def attach(self, context: DocumentContext) -> None:
        """Show a document."""
        self.context = context
        context.document.changed.connect(self.apply_delta)
        self.reload()

    def detach(self) -> None:
        """Forget the document."""
        if self.context is not None:
            self.context.document.changed.disconnect(self.apply_delta)
        self.beginResetModel()
        self.context = None
        self.columns, self._ids, self._rows, self._metrics = [], [], {}, {}
        self.endResetModel()

    def reload(self) -> None:
        """Rebuild everything (opening, catalogue changes)."""
        self.beginResetModel()
        state = self.context.document.state if self.context else None
        if state is None:
            self.columns, self._ids = [], []
        else:
            self._criteria = state.criteria
            self.columns = [Column(kind) for kind in FIXED_BEFORE]
            self.columns += [Column("score", c.id) for c in self._criteria]
            self.columns += [Column(kind) for kind in FIXED_AFTER]
            self._metrics = ranking.all_metrics(state, segment_id=self.segment_id)
            self._ids = sorted(self._metrics)
            self._read_lanes()
        self._sort_keys = {}
        self._order_ids()
        self._rows = {tid: row for row, tid in enumerate(self._ids)}
        self.endResetModel()

    def _read_lanes(self) -> None:
        assert self.context is not None
        state = self.context.document.state
        self._lane_names = {
            kind: {lane.id: lane.name for lane in state.table(kind).values()}
            for kind in (Department, Channel, Phase)
        }
        self._department_colors = {d.id: QColor(d.color) for d in state.table(Department).values()}

    def apply_delta(self, delta: Delta) -> None:
        """Follow one applied edit: insert, remove or repaint only the rows it touched."""
        if self.context is None:
            return
        if self.segment_id is not None:
            # A segment's rows follow its relevance and overrides: rebuild them all.
            self.reload()
            return
        state = self.context.document.state
        if delta.touches(Criterion):
            criteria = state.criteria
            if [c.id for c in criteria] != [c.id for c in self._criteria]:
                self.reload()
                return
            self._criteria = criteria
            self._metrics = ranking.all_metrics(state)
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)
            self._changed_all()
            return
        removed = delta.removed.get(Touchpoint, set())
        if removed:
            self._remove_rows(removed)
        added = sorted(delta.added.get(Touchpoint, set()))  # type: ignore[type-var]
        if added:
            self._sort_keys = {}
            first = len(self._ids)
            self.beginInsertRows(QModelIndex(), first, first + len(added) - 1)
            for tid in added:
                self._rows[tid] = len(self._ids)
                self._ids.append(tid)
                self._metrics[tid] = ranking.touchpoint_metrics(state, tid)
            self.endInsertRows()
        if delta.touches(Department, Channel, Phase):
            self._read_lanes()
            self._changed_all()
        if delta.touches(Project):
            self._changed_all()
        scored = {key[0] for key in delta.keys(Score)}  # type: ignore[index]
        resort = bool(added) or delta.touches(Department, Channel, Phase, Project)
        for tid in scored | delta.updated.get(Touchpoint, set()):
            row = self._rows.get(tid)  # type: ignore[arg-type]
            if row is None:
                continue
            if tid in scored:
                self._metrics[tid] = ranking.touchpoint_metrics(state, tid)  # type: ignore[index]
            resort |= self._refresh_sort_keys(row)
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))
        if resort:
            self.sort(self._sort_column, self._sort_order)

    def _remove_rows(self, removed: set) -> None:
        self._sort_keys = {}
        rows = sorted((self._rows[t] for t in removed if t in self._rows), reverse=True)
        # Contiguous runs, from the bottom up, so earlier row numbers stay valid.
        while rows:
            last = first = rows.pop(0)
            while rows and rows[0] == first - 1:
                first = rows.pop(0)
            self.beginRemoveRows(QModelIndex(), first, last)
            for tid in self._ids[first : last + 1]:
                self._metrics.pop(tid, None)
            del self._ids[first : last + 1]
            self.endRemoveRows()
        self._rows = {tid: row for row, tid in enumerate(self._ids)}

    def _changed_all(self) -> None:
        self._sort_keys = {}
        if self._ids:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._ids) - 1, len(self.columns) - 1)
            )

    # -- reading -------------------------------------------------------------------------

    def touchpoint_id(self, row: int) -> int:
        """The touchpoint shown in a source row."""
        return self._ids[row]

    def row_of(self, touchpoint_id: int) -> int | None:
        """The source row of a touchpoint."""
        return self._rows.get(touchpoint_id)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """One row per touchpoint."""
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Fixed columns plus one per criterion."""
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles (criterion names for score columns)."""
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        column = self.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.column_title(column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return tip(self.column_tip(column))
        return None

    def column_title(self, column: Column) -> str:
        """The heading of a column."""
        if column.kind == "score":
            criterion = self._criterion(column.criterion_id)
            return shown(criterion.name, 40) if criterion else ""
        titles = {
            "code": self.tr("Short id"),
            "name": self.tr("Touchpoint"),
            "department": self.tr("Department"),
            "channel": self.tr("Channel"),
            "phase": self.tr("Phase"),
            "as_is": self.tr("As-is"),
            "target": self.tr("Target"),
            "relevance": self.tr("Relevance"),
            "priority": self.tr("Priority"),
            "gap": self.tr("Gap"),
            "experience": self.tr("Experience"),
            "decision": self.tr("Decision"),
            "budget": self.tr("Budget"),
            "super": self.tr("Super"),
        }
        return titles[column.kind]

    def column_tip(self, column: Column) -> str:
        """What a column shows."""
        if column.kind == "score":
            criterion = self._criterion(column.criterion_id)
            if criterion is None:
                return ""
            return (
                self.tr("As-is score on “%1” (%2 to %3)")
                .replace("%1", shown(criterion.name, 80))
                .replace("%2", str(criterion.scale_min))
                .replace("%3", str(criterion.scale_max))
            )
        tips = {
            "code": self.tr("The touchpoint's short id, as on the card and in reports"),
            "as_is": self.tr("Weighted as-is score"),
            "target": self.tr("Weighted target score"),
            "relevance": self.tr(
                "Relevance to customers and the business (0 to 100); set it in the Scores panel"
            ),
            "priority": self.tr(
                "Priority index (0 to 100): relevance combined with how far the touchpoint "
                "falls short of its target"
            ),
            "gap": self.tr("Weighted target minus weighted as-is score"),
            "experience": self.tr("Customer experience from −2 (disappoints) to +2 (delights)"),
            "super": self.tr("Super-touchpoint"),
        }
        return tips.get(column.kind, self.column_title(column))

    def _criterion(self, criterion_id: int | None) -> Criterion | None:
        return next((c for c in self._criteria if c.id == criterion_id), None)

    def raw(self, touchpoint_id: int, column: Column) -> Any:
        """The plain value of a cell (numbers as numbers, None when empty)."""
        assert self.context is not None
        state = self.context.document.state
        touchpoint = state.touchpoints[touchpoint_id]
        kind = column.kind
        if kind == "name":
            return touchpoint.name
        if kind == "code":
            return touchpoint.code
        if kind in ("department", "channel", "phase"):
            lane_type = {"department": Department, "channel": Channel, "phase": Phase}[kind]
            lane_id = getattr(touchpoint, f"{kind}_id")
            return self._lane_names.get(lane_type, {}).get(lane_id, "")
        if kind == "score":
            score = state.get(Score, (touchpoint_id, column.criterion_id or -1))
            return None if score is None else score.as_is
        if kind in ("as_is", "target", "relevance", "priority", "gap"):
            return getattr(self._metrics[touchpoint_id], kind)
        if kind == "experience":
            return touchpoint.experience
        if kind == "decision":
            return touchpoint.decision
        if kind == "budget":
            return touchpoint.budget
        return touchpoint.is_super

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Cell contents for display, sorting, editing and export."""
        if not index.isValid() or self.context is None:
            return None
        if role == SORT_ROLE:  # asked n·log n times per sort: answered from a cache
            return self._sort_key(index.row(), index.column())
        touchpoint_id = self._ids[index.row()]
        column = self.columns[index.column()]
        if role == ID_ROLE:
            return touchpoint_id
        if role == KIND_ROLE:
            return column.kind
        value = self.raw(touchpoint_id, column)
        kind = column.kind
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(kind, value)
        if role == Qt.ItemDataRole.EditRole:
            return value.value if isinstance(value, Decision) else value
        if role == EXPORT_ROLE:
            if isinstance(value, Decision):
                return decision_label(value)
            if kind == "super":
                return 1 if value else 0
            if isinstance(value, float) and kind in (
                "as_is",
                "target",
                "relevance",
                "priority",
                "gap",
            ):
                return round(value, 3)
            return value
        if role == SCALE_ROLE and kind == "score":
            criterion = self._criterion(column.criterion_id)
            return (criterion.scale_min, criterion.scale_max) if criterion else (1, 5)
        if role == Qt.ItemDataRole.CheckStateRole and kind == "super":
            return Qt.CheckState.Checked if value else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DecorationRole:
            if kind == "experience" and value is not None:
                return experience_icon(value, 16)
            if kind == "name":
                touchpoint = self.context.document.state.touchpoints[touchpoint_id]
                return self._department_colors.get(touchpoint.department_id)
        if role == Qt.ItemDataRole.TextAlignmentRole and kind in NUMERIC - {"experience"}:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            text = self._tooltip(touchpoint_id, column, value)
            return None if text is None else tip(text)
        return None

    def _sort_key(self, row: int, column: int) -> Any:
        keys = self._sort_keys.get(column)
        if keys is None:
            spec = self.columns[column]
            keys = self._sort_keys[column] = [self._sort_value(tid, spec) for tid in self._ids]
        return keys[row]

    def _sort_value(self, touchpoint_id: int, column: Column) -> Any:
        value = self.raw(touchpoint_id, column)
        if column.kind in NUMERIC:
            return UNRATED_SORT if value is None else float(value)
        if column.kind == "super":
            return 1.0 if value else 0.0
        if column.kind == "decision":
            return list(Decision).index(value)
        if column.kind == "code":  # T2 before T10
            return _DIGITS.sub(lambda m: m.group().zfill(20), str(value).casefold())
        return str(value).casefold()

    def _refresh_sort_keys(self, row: int) -> bool:
        """Recompute a row's cached keys; True when its key in the sorted column changed."""
        touchpoint_id = self._ids[row]
        moved = False
        for column, keys in self._sort_keys.items():
            key = self._sort_value(touchpoint_id, self.columns[column])
            moved |= column == self._sort_column and keys[row] != key
            keys[row] = key
        return moved

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the rows by a column's plain values, keeping selections and the like."""
        self._sort_column, self._sort_order = column, order
        if column < 0 or column >= len(self.columns) or len(self._ids) < 2:
            return
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        held = [(self._ids[index.row()], index.column()) for index in persistent]
        self._order_ids()
        self._rows = {tid: row for row, tid in enumerate(self._ids)}
        self.changePersistentIndexList(
            persistent, [self.index(self._rows[tid], column) for tid, column in held]
        )
        self.layoutChanged.emit()

    def _order_ids(self) -> None:
        """Put `_ids` (and the cached keys) in the order of the sort column."""
        column = self._sort_column
        if column < 0 or column >= len(self.columns) or len(self._ids) < 2:
            return
        keys = [self._sort_key(row, column) for row in range(len(self._ids))]
        # Stable, like Qt's own sort: equal rows keep their order either way round.
        rows = sorted(
            range(len(self._ids)),
            key=keys.__getitem__,
            reverse=self._sort_order == Qt.SortOrder.DescendingOrder,
        )
        self._ids = [self._ids[row] for row in rows]
        self._sort_keys = {
            c: [cached[row] for row in rows] for c, cached in self._sort_keys.items()
        }

    def _display(self, kind: str, value: Any) -> str:
        if kind in ("score", "as_is", "target"):
            return number(value, 2, "")
        if kind in ("priority", "relevance"):
            return number(value, 0, "")
        if kind == "gap":
            return "" if value is None else signed(value)
        if kind == "experience":
            return "" if value is None else (f"{value:+d}" if value else "0")
        if kind == "decision":
            return decision_label(value)
        if kind == "budget":
            currency = self.context.document.state.project.currency if self.context else "EUR"
            return money(value, currency, "")
        if kind == "super":
            return ""
        return shown(str(value), 200)

    def _tooltip(self, touchpoint_id: int, column: Column, value: Any) -> str | None:
        if column.kind == "name":
            return shown(str(value), 300)
        if column.kind == "experience":
            return experience_label(value)
        if column.kind == "score" and self.context is not None:
            score = self.context.document.state.get(Score, (touchpoint_id, column.criterion_id))
            if score is not None and score.as_is_count:
                return self.tr(
                    "Workshop: mean of %n rating(s), spread ±%1", "", score.as_is_count
                ).replace("%1", number(score.as_is_spread or 0.0))
        return None

    # -- editing -------------------------------------------------------------------------

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Scores, name, experience, decision and budget are edited in place."""
        flags = super().flags(index)
        if not index.isValid() or self.context is None or self.context.document.read_only:
            return flags
        kind = self.columns[index.column()].kind
        if kind in EDITABLE:
            flags |= Qt.ItemFlag.ItemIsEditable
        if kind == "super":
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Send a cell edit to the editor facade (the document then repaints the row)."""
        if not index.isValid() or self.context is None:
            return False
        editor = self.context.editor
        touchpoint_id = self._ids[index.row()]
        column = self.columns[index.column()]
        kind = column.kind
        if role == Qt.ItemDataRole.CheckStateRole and kind == "super":
            checked = Qt.CheckState(value) == Qt.CheckState.Checked
            return run_edit(
                None, lambda: editor.set_touchpoint_fields([touchpoint_id], is_super=checked)
            )
        if role != Qt.ItemDataRole.EditRole:
            return False
        if kind == "score":
            criterion_id = column.criterion_id or -1
            return run_edit(
                None, lambda: editor.set_scores([touchpoint_id], criterion_id, as_is=value)
            )
        if kind == "name":
            return run_edit(None, lambda: editor.rename_touchpoint(touchpoint_id, value))
        if kind == "budget" and value is not None and not math.isfinite(value):
            return False
        fields = {"experience": "experience", "decision": "decision", "budget": "budget"}
        if kind in fields:
            return run_edit(
                None,
                lambda: editor.set_touchpoint_fields([touchpoint_id], **{fields[kind]: value}),
            )
        return False


class RankingProxy(QSortFilterProxyModel):
    """Sorts by the plain values and filters by text, department and decision."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)
        self._shown_sort = (-1, Qt.SortOrder.AscendingOrder)
        self._text = ""
        self._department: int | None = None
        self._decision: str | None = None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Let the source model sort (fast); the proxy itself only filters, in its order."""
        self._shown_sort = (column, order)
        model = self.sourceModel()
        if isinstance(model, RankingModel):
            model.sort(column, order)
            super().sort(-1)
        else:
            super().sort(column, order)

    def sortColumn(self) -> int:
        """The column the rows are sorted by (sorted in the source model)."""
        return self._shown_sort[0]

    def sortOrder(self) -> Qt.SortOrder:
        """The order the rows are sorted in."""
        return self._shown_sort[1]

    def set_text(self, text: str) -> None:
        """Show only rows whose short id, touchpoint, lanes or responsible person contain `text`."""
        with rows_filter_change(self):
            self._text = text.casefold().strip()

    def set_department(self, department_id: int | None) -> None:
        """Show only one department's touchpoints (None: all)."""
        with rows_filter_change(self):
            self._department = department_id

    def set_decision(self, decision: str | None) -> None:
        """Show only touchpoints with one decision (None: all)."""
        with rows_filter_change(self):
            self._decision = decision

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        """Apply the text, department and decision filters."""
        model = self.sourceModel()
        if not isinstance(model, RankingModel) or model.context is None:
            return True
        touchpoint = model.context.document.state.touchpoints.get(model.touchpoint_id(source_row))
        if touchpoint is None:
            return False
        if self._department is not None and touchpoint.department_id != self._department:
            return False
        if self._decision is not None and touchpoint.decision != self._decision:
            return False
        if not self._text:
            return True
        haystack = " ".join(
            (
                touchpoint.code,
                touchpoint.name,
                touchpoint.responsible,
                *(
                    str(model.raw(touchpoint.id, Column(kind)))
                    for kind in ("department", "channel", "phase")
                ),
            )
        ).casefold()
        return self._text in haystack

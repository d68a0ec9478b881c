"""The KPIs of the selected touchpoint: their definitions, chart and measurements."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tpm_desktop.core.changes import Delta
from tpm_desktop.core.errors import EditError
from tpm_desktop.core.model import Kpi, Measurement, Touchpoint
from tpm_desktop.core.monitoring import (
    is_due,
    kpi_trend,
    next_due,
    on_target,
    touchpoint_trend,
)
from tpm_desktop.ui.actions import theme_icon
from tpm_desktop.ui.monitoring import formatting
from tpm_desktop.ui.monitoring.formatting import (
    BAD,
    GOOD,
    TREND_ARROWS,
    format_date,
    format_value,
    plain_tip,
    short,
    target_text,
    trend_color,
    trend_text,
)
from tpm_desktop.ui.monitoring.kpi_chart import KpiChart
from tpm_desktop.ui.monitoring.kpi_examples import KpiExample, examples
from tpm_desktop.ui.monitoring.kpi_form import KpiForm
from tpm_desktop.ui.monitoring.measurement_entry import MeasurementEntry
from tpm_desktop.ui.monitoring.panel import ContextPanel, Notify
from tpm_desktop.ui.monitoring.widgets import ElidedLabel

ID_ROLE = Qt.ItemDataRole.UserRole


class KpiPanel(ContextPanel):
    """Lists the touchpoint's KPIs; shows the chosen one's chart, definition and values."""

    follows_selection = True
    import_requested = Signal()

    def __init__(self, language: str, notify: Notify, parent: QWidget | None = None) -> None:
        super().__init__(language, notify, parent)
        self._touchpoint_id: int | None = None
        self._wanted_kpi: int | None = None
        self._read_only = False

        self.placeholder = QLabel(
            self.tr("Select a touchpoint on the map to see and measure its KPIs.")
        )
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)

        # Left: the KPI list and the definition of the chosen one.
        self.header = ElidedLabel()
        bold = QFont(self.header.font())
        bold.setBold(True)
        self.header.setFont(bold)
        self.trend_label = QLabel()
        self.add_button = QPushButton(theme_icon("list-add"), self.tr("&Add KPI"))
        self.add_button.setToolTip(self.tr("Add a KPI: choose a common one or define your own"))
        self.add_menu = QMenu(self.add_button)
        self.add_button.setMenu(self.add_menu)
        self.add_menu.aboutToShow.connect(self._fill_add_menu)
        self.delete_button = QPushButton(theme_icon("edit-delete"), self.tr("Delete"))
        self.delete_button.setToolTip(self.tr("Delete the KPI with all its measurements"))
        self.delete_button.clicked.connect(self.delete_current)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(self.trend_label)

        self.kpi_list = QTreeWidget()
        self.kpi_list.setObjectName("kpi_list")
        self.kpi_list.setRootIsDecorated(False)
        self.kpi_list.setUniformRowHeights(True)
        self.kpi_list.setHeaderLabels([self.tr("KPI"), self.tr("Last"), self.tr("Trend")])
        header = self.kpi_list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.kpi_list.currentItemChanged.connect(self._on_kpi_changed)
        delete = QShortcut(QKeySequence.StandardKey.Delete, self.kpi_list)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.delete_current)

        self.form = KpiForm()
        self.form.edited.connect(self._on_form_edited)
        self.form.invalid_input.connect(self.notify)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.header)
        left_layout.addLayout(buttons)
        left_layout.addWidget(self.kpi_list, 1)
        left_layout.addWidget(self.form)

        # Middle: what the chosen KPI says now, and its chart.
        self.summary = QLabel()
        self.summary.setObjectName("kpi_summary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.chart = KpiChart()
        middle = QWidget()
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(10, 0, 10, 0)
        middle_layout.addWidget(self.summary)
        middle_layout.addWidget(self.chart, 1)

        # Right: the measurements.
        self.entry = MeasurementEntry(language, notify)
        self.entry.import_requested.connect(self.import_requested)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter = splitter
        self._watched_room: QWidget | None = None
        splitter.addWidget(left)
        splitter.addWidget(middle)
        splitter.addWidget(self.entry)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setStretchFactor(2, 0)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([300, 560, 340])
        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(6, 6, 6, 6)
        content_layout.addWidget(splitter)

        self.stack = QStackedWidget()
        self.stack.addWidget(self.placeholder)
        self.stack.addWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)
        self.clear()

    # -- showing ------------------------------------------------------------------------------

    # Below this width the list, the chart and the measurements are stacked, not
    # side by side: in the narrow right-hand dock three columns would clip the chart.
    STACK_BELOW = 760
    STACKED_HEIGHT = 820

    def showEvent(self, event: QShowEvent) -> None:
        """Follow the width the dock offers (the scroll area's viewport), not our own."""
        super().showEvent(event)
        room = self.parentWidget()
        if room is not None and room is not self._watched_room:
            if self._watched_room is not None:
                self._watched_room.removeEventFilter(self)
            room.installEventFilter(self)
            self._watched_room = room
        self._fit(room.width() if room is not None else self.width())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The room around the panel was resized."""
        if watched is self._watched_room and event.type() == QEvent.Type.Resize:
            self._fit(watched.width())
        return False

    def _fit(self, width: int) -> None:
        narrow = width < self.STACK_BELOW
        wanted = Qt.Orientation.Vertical if narrow else Qt.Orientation.Horizontal
        if self.splitter.orientation() == wanted:
            return
        self.splitter.setOrientation(wanted)
        # Stacked, the panel asks its dock's scroll area for the height it needs.
        self.splitter.setMinimumHeight(self.STACKED_HEIGHT if narrow else 0)
        self.splitter.setSizes([330, 260, 230] if narrow else [300, 560, 340])

    def concerns(self, delta: Delta) -> bool:
        """KPIs, measurements and the current touchpoint's name."""
        if delta.touches(Kpi, Measurement):
            return True
        return self._touchpoint_id is not None and self._touchpoint_id in delta.keys(Touchpoint)

    def clear(self) -> None:
        """Nothing to show."""
        self._touchpoint_id = None
        self.kpi_list.clear()
        self.form.load(None)
        self.chart.set_data(None, [])
        self.entry.show_kpi(None, None)
        self.stack.setCurrentWidget(self.placeholder)

    def refresh(self) -> None:
        """Show the current touchpoint's KPIs, keeping the chosen one."""
        assert self.context is not None
        state = self.context.document.state
        touchpoint = state.touchpoints.get(self.current_touchpoint or -1)
        if touchpoint is None:
            self.clear()
            return
        chosen = self._wanted_kpi or self.current_kpi_id()
        self._wanted_kpi = None
        self._touchpoint_id = touchpoint.id
        self.stack.setCurrentIndex(1)
        kpis = state.kpis_of(touchpoint.id)
        self.header.set_full_text(self.tr("KPIs of “%1”").replace("%1", short(touchpoint.name)))
        trend = touchpoint_trend(state, touchpoint.id)
        self.trend_label.setText(
            self.tr("Trend: %1").replace("%1", f"{TREND_ARROWS[trend]} {trend_text(trend)}")
        )
        self.trend_label.setStyleSheet(f"color: {trend_color(trend).name()};")
        self.trend_label.setToolTip(self.tr("The touchpoint's trend over all its KPIs"))

        self.kpi_list.blockSignals(True)
        try:
            self.kpi_list.clear()
            current_item = None
            for kpi in kpis:
                item = self._kpi_item(kpi, state.measurements_of(kpi.id))
                self.kpi_list.addTopLevelItem(item)
                if kpi.id == chosen:
                    current_item = item
            if current_item is None and kpis:
                current_item = self.kpi_list.topLevelItem(0)
            self.kpi_list.setCurrentItem(current_item)
        finally:
            self.kpi_list.blockSignals(False)
        self._show_kpi()
        self._update_buttons()

    def _kpi_item(self, kpi: Kpi, measurements: list[Measurement]) -> QTreeWidgetItem:
        item = QTreeWidgetItem()
        item.setData(0, ID_ROLE, kpi.id)
        item.setText(0, short(kpi.name))
        item.setToolTip(0, plain_tip(short(kpi.name, 300)))
        if measurements:
            last = measurements[-1].value
            item.setText(1, format_value(last, kpi.unit))
            met = on_target(last, kpi.target, kpi.direction)
            if met is not None:
                item.setForeground(1, QBrush(GOOD if met else BAD))
                verdict = self.tr("On target") if met else self.tr("Off target")
                target = target_text(kpi.target, kpi.direction, kpi.unit)
                item.setToolTip(1, plain_tip(f"{verdict} ({target})"))
        trend = kpi_trend([m.value for m in measurements], kpi.direction, kpi.target)
        item.setText(2, TREND_ARROWS[trend])
        item.setTextAlignment(2, Qt.AlignmentFlag.AlignCenter)
        item.setForeground(2, QBrush(trend_color(trend)))
        item.setToolTip(2, trend_text(trend))
        return item

    def current_kpi_id(self) -> int | None:
        """The chosen KPI."""
        item = self.kpi_list.currentItem()
        return item.data(0, ID_ROLE) if item else None

    def select_kpi(self, kpi_id: int) -> None:
        """Choose a KPI (used after selecting its touchpoint from the due list)."""
        self._wanted_kpi = kpi_id
        self.invalidate()

    def _on_kpi_changed(self, *_args: object) -> None:
        if self.context is not None:
            self._show_kpi()
            self._update_buttons()

    def _show_kpi(self) -> None:
        assert self.context is not None
        state = self.context.document.state
        kpi_id = self.current_kpi_id()
        kpi = state.get(Kpi, kpi_id) if kpi_id is not None else None
        measurements = state.measurements_of(kpi.id) if kpi else []
        self.form.load(kpi)
        self.form.setEnabled(kpi is not None and not self._read_only)
        self.chart.set_message(
            self.tr(
                "This touchpoint has no KPIs yet. Add one with “Add KPI”: examples are offered."
            )
        )
        self.chart.set_data(kpi, measurements)
        self.entry.show_kpi(self.context, kpi)
        self.summary.setText(self._summary_html(kpi, measurements))

    def _summary_html(self, kpi: Kpi | None, measurements: list[Measurement]) -> str:
        if kpi is None:
            return ""
        name = f"<b>{html.escape(short(kpi.name))}</b>"
        if not measurements:
            return name + " — " + html.escape(self.tr("not measured yet"))
        last = measurements[-1]
        parts = [
            html.escape(
                self.tr("last value %1 on %2")
                .replace("%1", format_value(last.value, kpi.unit))
                .replace("%2", format_date(last.date))
            )
        ]
        met = on_target(last.value, kpi.target, kpi.direction)
        if met is not None and kpi.target is not None:
            gap = format_value(abs(last.value - kpi.target), kpi.unit)
            target = target_text(kpi.target, kpi.direction, kpi.unit)
            if met:
                text = self.tr("target %1 reached").replace("%1", target)
            else:
                text = self.tr("%1 short of the target %2").replace("%1", gap).replace("%2", target)
            parts.append(_colored(text, GOOD if met else BAD))
        else:
            parts.append(html.escape(self.tr("no target set")))
        trend = kpi_trend([m.value for m in measurements], kpi.direction, kpi.target)
        parts.append(_colored(f"{TREND_ARROWS[trend]} {trend_text(trend)}", trend_color(trend)))
        if is_due(kpi, measurements, formatting.today()):
            since = format_date(next_due(kpi, measurements))
            parts.append(
                _colored(self.tr("due for measurement since %1").replace("%1", since), BAD)
            )
        return name + " — " + " · ".join(parts)

    def _update_buttons(self) -> None:
        editable = self._touchpoint_id is not None and not self._read_only
        self.add_button.setEnabled(editable)
        self.delete_button.setEnabled(editable and self.current_kpi_id() is not None)

    def set_read_only(self, read_only: bool) -> None:
        """No edits on a read-only document."""
        self._read_only = read_only
        self.entry.set_read_only(read_only)
        self._update_buttons()

    # -- editing ------------------------------------------------------------------------------

    def _fill_add_menu(self) -> None:
        self.add_menu.clear()
        for example in examples():
            action = self.add_menu.addAction(example.name)
            action.setToolTip(example.hint)
            action.setStatusTip(example.hint)
            action.setData(example)
            action.triggered.connect(self._on_example_chosen)
        self.add_menu.setToolTipsVisible(True)
        self.add_menu.addSeparator()
        custom = self.add_menu.addAction(self.tr("Other KPI…"))
        custom.triggered.connect(self.add_custom_kpi)

    def _on_example_chosen(self) -> None:
        action = self.sender()
        example = action.data() if action is not None else None
        if isinstance(example, KpiExample):
            self.add_kpi(example)

    def add_custom_kpi(self) -> None:
        """Add a KPI named "New KPI" and put the cursor in its name."""
        self.add_kpi(None)
        self.form.focus_name()

    def add_kpi(self, example: KpiExample | None) -> int | None:
        """Add a KPI to the current touchpoint, from an example or blank."""
        if self.context is None or self._touchpoint_id is None:
            return None
        fields: dict[str, Any] = {}
        name = self.tr("New KPI")
        if example is not None:
            name = example.name
            fields = {
                "unit": example.unit,
                "target": example.target,
                "direction": example.direction,
                "frequency": example.frequency,
            }
        try:
            kpi_id = self.context.editor.add_kpi(self._touchpoint_id, name, **fields)
        except EditError as error:
            self.show_error(self.tr("Add KPI"), error)
            return None
        self._wanted_kpi = kpi_id
        self.invalidate()
        return kpi_id

    def delete_current(self) -> None:
        """Delete the chosen KPI and its measurements (one undoable step)."""
        kpi_id = self.current_kpi_id()
        if self.context is None or kpi_id is None or self._read_only:
            return
        try:
            self.context.editor.delete_kpis([kpi_id])
        except EditError as error:
            self.show_error(self.tr("Delete KPI"), error)

    def _on_form_edited(self, kpi_id: int, fields: dict[str, Any]) -> None:
        if self.context is None:
            return
        try:
            self.context.editor.update_kpi(kpi_id, **fields)
        except EditError as error:
            self.show_error(self.tr("Edit KPI"), error)
            self._show_kpi()


def _colored(text: str, color: QColor) -> str:
    """Escaped text in a colour, for rich-text labels."""
    return f'<span style="color:{color.name()}">{html.escape(text)}</span>'

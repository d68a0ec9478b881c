"""The map tool bar: zoom, colour mode, axes, search and filters."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QMenu,
    QToolBar,
    QToolButton,
    QWidget,
)

from tpm_desktop.core import vocabulary
from tpm_desktop.core.enums import Decision, Dimension, MediaType
from tpm_desktop.ui.canvas.colours import ColourMode, decision_label, mode_title
from tpm_desktop.ui.canvas.filters import NO_MEDIA, MapFilter
from tpm_desktop.ui.canvas.header_items import dimension_title
from tpm_desktop.ui.i18n import interface_language

SEARCH_DELAY_MS = 150


class FilterMenu(QMenu):
    """Checkable filters by phase, decision, media type and super-touchpoint."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._phases: dict[int, QAction] = {}
        self.addSection(self.tr("Phase"))
        self._phase_anchor = self.addSeparator()
        self._phase_anchor.setVisible(False)
        self.addSection(self.tr("Decision"))
        self._decisions = {
            d: self._check(
                decision_label(d), tip=self.tr("Show only touchpoints with the checked decisions")
            )
            for d in Decision
        }
        self.addSection(self.tr("Media type"))
        media_names = {
            **{  # one wording with the notes panel and the report: core.vocabulary
                media.value: vocabulary.media_label(media, interface_language())
                for media in MediaType
            },
            NO_MEDIA: self.tr("Media type not set"),
        }
        media_tip = self.tr("Show only touchpoints of the checked media types")
        self._media = {
            value: self._check(text, tip=media_tip) for value, text in media_names.items()
        }
        self.addSeparator()
        self.super_only = self._check(
            self.tr("Super-touchpoints only"), tip=self.tr("Show only the super-touchpoints")
        )
        self.addSeparator()
        self.clear_action = self.addAction(self.tr("Show all (clear filters)"), self.clear)
        self.clear_action.setStatusTip(self.tr("Clear every filter and show all touchpoints"))

    def _check(self, text: str, before: QAction | None = None, tip: str = "") -> QAction:
        action = QAction(text, self)
        action.setStatusTip(tip)
        action.setCheckable(True)
        action.toggled.connect(self.changed)
        if before is None:
            self.addAction(action)
        else:
            self.insertAction(before, action)
        return action

    def set_phases(self, phases: list[tuple[int, str]]) -> None:
        """The project's phases (checks of phases that still exist are kept)."""
        checked = {pid for pid, action in self._phases.items() if action.isChecked()}
        for action in self._phases.values():
            self.removeAction(action)
            action.deleteLater()
        self._phases = {}
        for phase_id, name in phases:
            action = self._check(
                name[:80],
                self._phase_anchor,
                self.tr("Show only touchpoints in the checked phases"),
            )
            action.blockSignals(True)
            action.setChecked(phase_id in checked)
            action.blockSignals(False)
            self._phases[phase_id] = action

    def apply_to(self, base: MapFilter) -> MapFilter:
        """`base` with the menu's choices."""
        return MapFilter(
            phases=frozenset(i for i, a in self._phases.items() if a.isChecked()),
            decisions=frozenset(d for d, a in self._decisions.items() if a.isChecked()),
            media=frozenset(v for v, a in self._media.items() if a.isChecked()),
            super_only=self.super_only.isChecked(),
            search=base.search,
            hide_others=base.hide_others,
        )

    def active_count(self) -> int:
        """How many filter choices are checked."""
        groups = (*self._phases.values(), *self._decisions.values(), *self._media.values())
        return sum(a.isChecked() for a in groups) + self.super_only.isChecked()

    def check(self, kind: str, value: object, checked: bool = True) -> None:
        """Check one choice ("phase", "decision", "media", "super") as a user would."""
        table = {"phase": self._phases, "decision": self._decisions, "media": self._media}
        action = self.super_only if kind == "super" else table[kind][value]  # type: ignore[index]
        action.setChecked(checked)

    def clear(self) -> None:
        """Uncheck everything (one change signal)."""
        for action in (
            *self._phases.values(),
            *self._decisions.values(),
            *self._media.values(),
            self.super_only,
        ):
            action.blockSignals(True)
            action.setChecked(False)
            action.blockSignals(False)
        self.changed.emit()


class MapToolBar(QToolBar):
    """Zoom buttons and level, colour mode, axes, search field, hide toggle and filters."""

    colour_mode_chosen = Signal(object)  # ColourMode
    axes_chosen = Signal(object, object)  # rows Dimension, columns Dimension
    search_changed = Signal()
    search_submitted = Signal()

    def __init__(self, zoom_actions: list[QAction], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Map tool bar"), parent)
        self.setObjectName("map_tool_bar")
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        zoom_out, zoom_in, *rest = zoom_actions
        self.addAction(zoom_out)
        self.zoom_label = QLabel("100 %")
        self.zoom_label.setObjectName("map_zoom_label")
        self.zoom_label.setMinimumWidth(48)
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.zoom_label.setToolTip(self.tr("Zoom level"))
        self.addWidget(self.zoom_label)
        self.addAction(zoom_in)
        for action in rest:
            self.addAction(action)
        self.addSeparator()
        self.addWidget(QLabel(self.tr("Colour:") + " "))
        self.colour_combo = QComboBox()
        self.colour_combo.setObjectName("map_colour_combo")
        for mode in ColourMode:
            self.colour_combo.addItem(mode_title(mode), mode.value)
        self.colour_combo.setToolTip(self.tr("What the colour of the cards shows"))
        self.colour_combo.activated.connect(self._on_colour)
        self.addWidget(self.colour_combo)
        self.addSeparator()
        self.addWidget(QLabel(self.tr("Rows:") + " "))
        self.rows_combo = self._dimension_combo("map_rows_combo")
        self.addWidget(QLabel(" " + self.tr("Columns:") + " "))
        self.columns_combo = self._dimension_combo("map_columns_combo")
        self._axes = (Dimension.DEPARTMENT, Dimension.CHANNEL)
        self.rows_combo.activated.connect(self._on_rows)
        self.columns_combo.activated.connect(self._on_columns)
        self.rows_combo.setToolTip(self.tr("What the rows of the map are"))
        self.columns_combo.setToolTip(self.tr("What the columns of the map are"))
        self.addSeparator()
        self.search = QLineEdit()
        self.search.setObjectName("map_search")
        self.search.setPlaceholderText(self.tr("Search touchpoints"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(180)
        self.search.setMaximumWidth(280)
        self.search.setMaxLength(200)
        self.search.setToolTip(self.tr("Highlights the cards whose name contains the text"))
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.search_changed)
        self.search.textChanged.connect(self._search_timer.start)
        self.search.returnPressed.connect(self._on_return)
        self.addWidget(self.search)
        self.hide_others = QAction(self.tr("Hide Others"), self)
        self.hide_others.setCheckable(True)
        self.hide_others.setToolTip(self.tr("Show only the cards that match the search"))
        self.hide_others.toggled.connect(self.search_changed)
        self.addAction(self.hide_others)
        self.widgetForAction(self.hide_others).setToolButtonStyle(  # type: ignore[union-attr]
            Qt.ToolButtonStyle.ToolButtonTextOnly
        )
        self.filter_menu = FilterMenu(self)
        self.filter_button = QToolButton()
        self.filter_button.setObjectName("map_filter_button")
        self.filter_button.setText(self.tr("Filter"))
        self.filter_button.setToolTip(self.tr("Show only some phases, decisions or media types"))
        self.filter_button.setMenu(self.filter_menu)
        self.filter_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.filter_menu.changed.connect(self._update_filter_button)
        self.addWidget(self.filter_button)
        self.count_label = QLabel()
        self.count_label.setObjectName("map_count_label")
        self.count_label.setContentsMargins(8, 0, 4, 0)
        self.addWidget(self.count_label)

    def _dimension_combo(self, name: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        for dimension in Dimension:
            combo.addItem(dimension_title(dimension), dimension.value)
        self.addWidget(combo)
        return combo

    def _on_colour(self, index: int) -> None:
        self.colour_mode_chosen.emit(ColourMode(self.colour_combo.itemData(index)))

    def _on_rows(self) -> None:
        self._choose_axes(from_rows=True)

    def _on_columns(self) -> None:
        self._choose_axes(from_rows=False)

    def _choose_axes(self, from_rows: bool) -> None:
        old_rows, old_columns = self._axes
        rows, columns = self.chosen_rows(), self.chosen_columns()
        if rows == columns:
            # Choosing the other axis's dimension swaps the two.
            if from_rows:
                columns = old_rows
            else:
                rows = old_columns
        self.axes_chosen.emit(rows, columns)

    def _on_return(self) -> None:
        self._search_timer.stop()
        self.search_changed.emit()
        self.search_submitted.emit()

    def _update_filter_button(self) -> None:
        count = self.filter_menu.active_count()
        self.filter_button.setText(
            self.tr("Filter (%1)").replace("%1", str(count)) if count else self.tr("Filter")
        )

    def chosen_rows(self) -> Dimension:
        """The dimension in the Rows box."""
        return Dimension(self.rows_combo.currentData())

    def chosen_columns(self) -> Dimension:
        """The dimension in the Columns box."""
        return Dimension(self.columns_combo.currentData())

    def chosen_colour_mode(self) -> ColourMode:
        """The mode in the Colour box."""
        return ColourMode(self.colour_combo.currentData())

    def show_axes(self, rows: Dimension, columns: Dimension) -> None:
        """Reflect the project's axes."""
        self._axes = (rows, columns)
        self.rows_combo.setCurrentIndex(self.rows_combo.findData(rows.value))
        self.columns_combo.setCurrentIndex(self.columns_combo.findData(columns.value))

    def show_colour_mode(self, mode: ColourMode) -> None:
        """Reflect the colour mode."""
        self.colour_combo.setCurrentIndex(self.colour_combo.findData(mode.value))

    def show_zoom(self, zoom: float) -> None:
        """Reflect the zoom level."""
        self.zoom_label.setText(f"{QLocale().toString(round(zoom * 100))} %")

    def show_count(self, shown: int, total: int) -> None:
        """ "12 of 128" while filters hide cards, nothing otherwise."""
        if shown == total:
            self.count_label.clear()
        else:
            self.count_label.setText(
                self.tr("%1 of %2 shown").replace("%1", str(shown)).replace("%2", str(total))
            )

    def reset_search_and_filters(self) -> None:
        """An empty search field, nothing hidden, no filter checked (no signals)."""
        for widget in (self.search, self.hide_others, self.filter_menu):
            widget.blockSignals(True)
        self._search_timer.stop()
        self.search.clear()
        self.hide_others.setChecked(False)
        self.filter_menu.clear()
        for widget in (self.search, self.hide_others, self.filter_menu):
            widget.blockSignals(False)
        self._update_filter_button()

    def search_filter(self, base: MapFilter) -> MapFilter:
        """`base` with the search field's text and the hide toggle."""
        return MapFilter(
            base.phases,
            base.decisions,
            base.media,
            base.super_only,
            self.search.text(),
            self.hide_others.isChecked(),
        )


def colour_mode_actions(parent: QWidget, group: QActionGroup) -> dict[ColourMode, QAction]:
    """Checkable actions for the Colour menu, one per mode."""
    actions: dict[ColourMode, QAction] = {}
    for mode in ColourMode:
        action = QAction(mode_title(mode), parent)
        action.setStatusTip(
            QCoreApplication.translate("ColourMode", "Colour the cards by: %1").replace(
                "%1", mode_title(mode)
            )
        )
        action.setCheckable(True)
        group.addAction(action)
        actions[mode] = action
    return actions

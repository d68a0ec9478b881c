"""When the dock groups show: the inspector follows the selection, the tables wait to be asked.

The per-touchpoint panels (scores, notes, measures, KPIs) form the inspector on
the right: it appears when a touchpoint is selected and steps aside when nothing
is, unless pinned. The project-wide tables at the bottom stay hidden until the
"Project Tables" toggle asks for them. So the map has the window by default.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Qt
from PySide6.QtWidgets import QDockWidget, QTabBar

from tpm_desktop.ui.actions import make_action
from tpm_desktop.ui.dock_layout import PROJECT_VIEWS, TOUCHPOINT_PANELS

if TYPE_CHECKING:
    from tpm_desktop.ui.feature import DocumentContext
    from tpm_desktop.ui.main_window import MainWindow

PINNED_KEY = "window/inspector_pinned"
TABLES_KEY = "window/project_tables"


class DockGroupShown:
    """One group's docks shown or hidden together, remembering which were open."""

    def __init__(self, docks: list[QDockWidget]) -> None:
        self.docks = docks
        self._held: list[QDockWidget] = []  # the ones to show again

    @property
    def shown(self) -> bool:
        """Whether any of the group's docks is open."""
        return any(not d.isHidden() for d in self.docks)

    def hide(self) -> None:
        """Close the group, remembering the open docks (keep the last set if none is)."""
        visible = [d for d in self.docks if not d.isHidden()]
        if visible:
            self._held = visible
        for dock in visible:
            dock.hide()

    def show(self) -> None:
        """Open the docks that were open last time (all of them the first time)."""
        if self.shown:
            return
        docks = [d for d in (self._held or self.docks) if not d.isFloating()] or self.docks
        for dock in docks:
            dock.show()
        docks[0].raise_()


class Inspector(QObject):
    """Shows and hides the window's dock groups; owns the pin and the tables toggle."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.context: DocumentContext | None = None
        # While presenting, the docks stay hidden whatever is selected.
        self.suspended = False
        self._sized: set[str] = set()
        self.panels = DockGroupShown(window.dock_groups[TOUCHPOINT_PANELS].docks)
        self.tables = DockGroupShown(window.dock_groups[PROJECT_VIEWS].docks)
        settings = QSettings()
        self.pin_action = make_action(
            window,
            self.tr("P&in Inspector"),
            None,
            "Ctrl+Shift+P",
            self.tr("Keep the touchpoint panels open while nothing is selected"),
        )
        self.pin_action.setCheckable(True)
        self.pin_action.setChecked(settings.value(PINNED_KEY, False, type=bool))
        self.pin_action.toggled.connect(self._on_pin_toggled)
        self.tables_action = make_action(
            window,
            self.tr("Project &Tables"),
            None,
            "Ctrl+Shift+T",
            self.tr("Show or hide the ranking, portfolio, budget and monitoring tables"),
        )
        self.tables_action.setCheckable(True)
        self.tables_action.setChecked(settings.value(TABLES_KEY, False, type=bool))
        self.tables_action.toggled.connect(self._on_tables_toggled)
        for dock in self.tables.docks:
            dock.visibilityChanged.connect(self._sync_tables_action)

    @property
    def pinned(self) -> bool:
        """Whether the inspector stays open without a selection."""
        return self.pin_action.isChecked()

    def document_opened(self, context: DocumentContext) -> None:
        """Follow this document's selection; the tables as the user last chose."""
        self.document_closed()
        self.context = context
        context.selection.selection_changed.connect(self._on_selection_changed)
        self.apply()

    def document_closed(self) -> None:
        """Stop following the closed document's selection."""
        if self.context is not None:
            self.context.selection.selection_changed.disconnect(self._on_selection_changed)
        self.context = None

    def apply(self) -> None:
        """Bring both groups in line with the selection, the pin and the toggle."""
        if self.context is None or self.suspended:
            return
        panels, tables = self.panels.shown, self.tables.shown
        if self.context.selection.ids or self.pinned:
            self.panels.show()
        else:
            self.panels.hide()
        if self.tables_action.isChecked():
            self.tables.show()
        else:
            self.tables.hide()
        if (panels, tables) != (self.panels.shown, self.tables.shown):
            self._size_first_time()
            # Lay out now, not later: the map scrolls to the selection in its new size.
            layout = self.window.layout()
            if layout is not None:
                layout.activate()
            self._keep_tab_titles_whole()

    def _keep_tab_titles_whole(self) -> None:
        """Dock tabs scroll rather than shrink to "S…": a narrow inspector keeps its titles.

        QMainWindow makes its tab bars as docks are tabified, so they are set each time.
        """
        for bar in self.window.findChildren(
            QTabBar, options=Qt.FindChildOption.FindDirectChildrenOnly
        ):
            bar.setElideMode(Qt.TextElideMode.ElideNone)
            bar.setUsesScrollButtons(True)
            bar.setExpanding(False)

    def _size_first_time(self) -> None:
        """A group shown for the first time gets its default size (unless restored)."""
        window = self.window
        for name, shown in ((TOUCHPOINT_PANELS, self.panels), (PROJECT_VIEWS, self.tables)):
            group = window.dock_groups[name]
            if name in self._sized or not shown.shown or window.layout_restored:
                continue
            self._sized.add(name)
            first = next(d for d in group.docks if not d.isHidden())
            window.resizeDocks([first], [group.size_in(window.size())], group.orientation)

    def _on_selection_changed(self, _ids: list[int]) -> None:
        self.apply()

    def _on_pin_toggled(self, pinned: bool) -> None:
        QSettings().setValue(PINNED_KEY, pinned)
        self.apply()

    def _on_tables_toggled(self, shown: bool) -> None:
        QSettings().setValue(TABLES_KEY, shown)
        self.apply()

    def _sync_tables_action(self) -> None:
        # A table closed by its own button, or opened from View → Panels.
        if self.context is None or self.suspended:
            return
        shown = self.tables.shown
        if shown != self.tables_action.isChecked():
            self.tables_action.blockSignals(True)
            self.tables_action.setChecked(shown)
            self.tables_action.blockSignals(False)
            QSettings().setValue(TABLES_KEY, shown)

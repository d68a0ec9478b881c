"""The journey feature: a second arrangement of the map, switched with View → Journey.

The journey page sits beside the map in the window's centre; View → Map / Journey
(and the tool bar) switch between them. It follows the map's filters and the
segment chosen in the map tool bar, shares the selection (the inspector follows a
click on a chip) and edits only through the editor.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QLabel,
    QMenu,
)

from tpm_desktop.core.changes import Delta
from tpm_desktop.core.errors import ProjectFileError
from tpm_desktop.core.journey import JourneyRows
from tpm_desktop.core.model import Segment
from tpm_desktop.ui import prompts
from tpm_desktop.ui.actions import make_action
from tpm_desktop.ui.canvas.common import run_edit
from tpm_desktop.ui.canvas.feature import MapFeature
from tpm_desktop.ui.evidence.focus import segment_focus
from tpm_desktop.ui.feature import DocumentContext, Feature
from tpm_desktop.ui.journey.export import export_journey
from tpm_desktop.ui.journey.view import JourneyView

if TYPE_CHECKING:
    from tpm_desktop.ui.main_window import MainWindow

ROWS_KEY = "journey/rows"


class JourneyFeature(Feature):
    """The journey view and its switch."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        try:
            self.rows = JourneyRows(str(QSettings().value(ROWS_KEY, JourneyRows.CHANNEL.value)))
        except ValueError:
            self.rows = JourneyRows.CHANNEL
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self.refresh)
        self._stale = True

    # -- building --------------------------------------------------------------------------

    def install(self) -> None:
        """The journey page, the view switch, the rows choice and the export."""
        window = self.window
        self.map: MapFeature = next(f for f in window.features if isinstance(f, MapFeature))
        self.focus = segment_focus(window)
        self.view = JourneyView()
        self.rows_combo = QComboBox()
        self.rows_combo.setObjectName("journey_rows_combo")
        self.rows_combo.addItem(self.tr("Channels (online above, offline below)"), "channel")
        self.rows_combo.addItem(self.tr("Departments"), "department")
        self.rows_combo.setToolTip(self.tr("What the rows of the journey view are"))
        self.rows_combo.setCurrentIndex(max(0, self.rows_combo.findData(self.rows.value)))
        self.rows_combo.activated.connect(self._on_rows_chosen)
        window.workspace_host.addWidget(self.view)
        window.workspace_host.setCurrentWidget(self.map.area)
        self._build_actions()
        self._build_tool_bar()
        self.view.width_changed.connect(self._schedule)
        self.view.touchpoint_activated.connect(self.rename)
        self.view.menu_requested.connect(self._show_menu)
        self._set_enabled(False)

    def _build_actions(self) -> None:
        window = self.window
        self.show_map = make_action(
            window,
            self.tr("M&ap View"),
            lambda: self.show_view(journey=False),
            "Ctrl+Shift+L",
            self.tr("Show the touchpoint map"),
        )
        self.show_journey = make_action(
            window,
            self.tr("&Journey View"),
            lambda: self.show_view(journey=True),
            "Ctrl+Shift+J",
            self.tr("Show the customer journey: phases across, with the experience curve"),
        )
        self.show_map.setIconText(self.tr("Map"))
        self.show_journey.setIconText(self.tr("Journey"))
        self.switch = QActionGroup(self)
        for action in (self.show_map, self.show_journey):
            action.setCheckable(True)
            self.switch.addAction(action)
        self.show_map.setChecked(True)
        self.export = make_action(
            window,
            self.tr("Export &Journey as Picture…"),
            self.export_picture,
            None,
            self.tr("Save the journey view with its curve as a PNG image or an SVG graphic"),
            "document-export",
        )
        self.rename_action = QAction(self.tr("&Rename…"), self)
        self.rename_action.triggered.connect(self._rename_current)
        self.reveal_action = QAction(self.tr("Show on the &Map"), self)
        self.reveal_action.triggered.connect(self._reveal_current)
        window.view_menu.addSeparator()
        window.view_menu.addActions([self.show_map, self.show_journey])
        window.tool_bar.addSeparator()
        window.tool_bar.addActions([self.show_map, self.show_journey])
        window.file_menu.insertAction(window.file_import_export, self.export)

    def _build_tool_bar(self) -> None:
        """The journey's controls go at the front of the map tool bar, shown with the journey.

        The map's own zoom, colour and axes controls before the search field are hidden
        meanwhile: they do nothing to the journey. Search, filters and the segment stay.
        """
        bar = self.map.tool_bar
        actions = bar.actions()
        search = next((a for a in actions if bar.widgetForAction(a) is bar.search), None)
        self.map_only = actions[: actions.index(search)] if search is not None else []
        first = actions[0] if actions else None
        label = QLabel(self.tr("Journey rows:") + " ")
        self.journey_only = [
            bar.insertWidget(first, label),
            bar.insertWidget(first, self.rows_combo),
            bar.insertSeparator(first),
        ]
        bar.insertAction(first, self.export)
        self.journey_only.insert(2, self.export)
        self._show_controls(journey=False)

    def _show_controls(self, journey: bool) -> None:
        for action in self.journey_only:
            action.setVisible(journey)
        for action in self.map_only:
            action.setVisible(not journey)

    def _set_enabled(self, enabled: bool) -> None:
        for action in (self.show_map, self.show_journey, self.export):
            action.setEnabled(enabled)
        self.rows_combo.setEnabled(enabled)

    # -- document life cycle -------------------------------------------------------------

    def document_opened(self, context: DocumentContext) -> None:
        """Follow the document, the selection, the segment and the map's filters."""
        super().document_opened(context)
        self.view.selection = context.selection
        context.document.changed.connect(self._on_document_changed)
        context.selection.selection_changed.connect(self._on_selection_changed)
        self.focus.segment_changed.connect(self._schedule)
        self.map.tool_bar.search_changed.connect(self._schedule)
        self.map.tool_bar.filter_menu.changed.connect(self._schedule)
        self._set_enabled(True)
        self._stale = True
        if self.is_shown:
            self._schedule()

    def document_closed(self) -> None:
        """Let go of the document; the page is emptied."""
        context = self.context
        if context is not None:
            context.document.changed.disconnect(self._on_document_changed)
            context.selection.selection_changed.disconnect(self._on_selection_changed)
            self.focus.segment_changed.disconnect(self._schedule)
            self.map.tool_bar.search_changed.disconnect(self._schedule)
            self.map.tool_bar.filter_menu.changed.disconnect(self._schedule)
        self._refresh_timer.stop()
        self.view.selection = None
        self.view.journey.clear()
        self.view.journey.chips = {}
        self.view.journey.moments = []
        super().document_closed()
        self._set_enabled(False)

    def _on_document_changed(self, delta: Delta) -> None:
        self._schedule()

    def _on_selection_changed(self, ids: list[int]) -> None:
        self.view.journey.show_selection(ids)
        if ids and self.is_shown:
            self.view.reveal(ids[0])

    def _schedule(self, *_args: object) -> None:
        """Rebuild soon (once for a burst of changes); only while the page is shown."""
        self._stale = True
        if self.is_shown:
            self._refresh_timer.start()

    # -- the view -------------------------------------------------------------------------

    @property
    def is_shown(self) -> bool:
        """Whether the journey page is the window's centre."""
        return self.window.workspace_host.currentWidget() is self.view

    def show_view(self, journey: bool) -> None:
        """Show the journey view (True) or the map (False) in the window's centre."""
        host = self.window.workspace_host
        host.setCurrentWidget(self.view if journey else self.map.area)
        (self.show_journey if journey else self.show_map).setChecked(True)
        self._show_controls(journey)
        if journey and self.context is not None:
            self.refresh()
            self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        elif not journey:
            self.map.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def set_rows(self, rows: JourneyRows) -> None:
        """Channels or departments as rows (remembered for the next start)."""
        self.rows = rows
        QSettings().setValue(ROWS_KEY, rows.value)
        self.rows_combo.setCurrentIndex(max(0, self.rows_combo.findData(rows.value)))
        self._schedule()

    def _on_rows_chosen(self, _index: int) -> None:
        self.set_rows(JourneyRows(self.rows_combo.currentData()))

    def refresh(self) -> None:
        """Draw the journey from the document now."""
        context = self.context
        if context is None:
            return
        self._refresh_timer.stop()
        state = context.document.state
        segment_id = self.focus.segment_id
        segment = state.get(Segment, segment_id) if segment_id is not None else None
        if segment is None:
            segment_id = None
        self.view.journey.rebuild(
            state,
            self.rows,
            width=self.view.room(),
            segment_id=segment_id,
            segment_name=segment.name if segment is not None else "",
            shown=self.map.filter.accepts,
            matches=self.map.filter.matches,
            selected=context.selection.ids,
        )
        self._stale = False

    # -- edits and menus ----------------------------------------------------------------------

    def rename(self, touchpoint_id: int) -> None:
        """Rename a touchpoint (double-click on its chip), through the editor."""
        context = self.context
        if context is None or touchpoint_id not in context.document.state.touchpoints:
            return
        if context.document.read_only:
            self.window.show_status(self.tr("The project is open read-only."))
            return
        old = context.document.state.touchpoints[touchpoint_id].name
        name = prompts.ask_text(self.window, self.tr("Rename touchpoint"), self.tr("Name:"), old)
        if name is None or not name.strip() or name.strip() == old:
            return
        run_edit(self.view, lambda: context.editor.rename_touchpoint(touchpoint_id, name.strip()))

    def _rename_current(self) -> None:
        if self.context is not None and self.context.selection.current is not None:
            self.rename(self.context.selection.current)

    def _reveal_current(self) -> None:
        current = self.context.selection.current if self.context is not None else None
        self.show_view(journey=False)
        if current is not None:
            self.map.view.reveal(current)

    def _show_menu(self, touchpoint_id: int | None, global_pos: QPoint) -> None:
        self.context_menu(touchpoint_id).exec(global_pos)

    def context_menu(self, touchpoint_id: int | None) -> QMenu:
        """The menu of a chip (or of the empty view)."""
        menu = QMenu(self.view)
        if touchpoint_id is not None:
            writable = self.context is not None and not self.context.document.read_only
            self.rename_action.setEnabled(writable)
            menu.addActions([self.rename_action, self.reveal_action])
            menu.addSeparator()
        menu.addAction(self.export)
        return menu

    # -- export ------------------------------------------------------------------------------

    def export_picture(self) -> None:
        """Ask for a file (PNG or SVG) and write the journey view to it."""
        context = self.context
        if context is None:
            return
        if not self.is_shown or self._stale:
            self.refresh()
        document = context.document
        name = (document.display_name or "journey")[:80] + " – " + self.tr("journey")
        folder = document.path.parent if document.path else Path.home()
        png, svg = self.tr("PNG images (*.png)"), self.tr("SVG graphics (*.svg)")
        chosen, chosen_filter = QFileDialog.getSaveFileName(
            self.window, self.tr("Export journey"), str(folder / (name + ".png")), f"{png};;{svg}"
        )
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() not in (".png", ".svg"):
            path = path.with_name(path.name + (".svg" if chosen_filter == svg else ".png"))
        self.window.show_status(self.tr("Exporting the journey…"), 0)
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            export_journey(self.view.journey, path, document.state.project.name)
        except ProjectFileError as error:
            QGuiApplication.restoreOverrideCursor()
            self.window.show_status("")
            prompts.show_error(
                self.window, self.tr("Export journey"), error.message(self.window.language)
            )
            return
        QGuiApplication.restoreOverrideCursor()
        self.window.show_status(self.tr("Journey exported to %1").replace("%1", str(path)), 8000)

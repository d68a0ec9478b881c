"""The map feature: puts the map in the centre, with its menu, tool bar and palette."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QMenu, QWidget

from tpm_desktop.core import hyphenation
from tpm_desktop.core.axes import MapAxes
from tpm_desktop.core.changes import Delta
from tpm_desktop.core.enums import Dimension
from tpm_desktop.core.errors import ProjectFileError
from tpm_desktop.core.model import Phase, Setting
from tpm_desktop.ui import prompts
from tpm_desktop.ui.actions import make_action
from tpm_desktop.ui.canvas import export
from tpm_desktop.ui.canvas.actions import MapActions
from tpm_desktop.ui.canvas.colours import ColourMode
from tpm_desktop.ui.canvas.common import run_edit
from tpm_desktop.ui.canvas.filters import MapFilter
from tpm_desktop.ui.canvas.header_items import dimension_title
from tpm_desktop.ui.canvas.lanes import LaneCommands
from tpm_desktop.ui.canvas.overlays import LegendOverlay, MinimapOverlay
from tpm_desktop.ui.canvas.palette import PaletteDock
from tpm_desktop.ui.canvas.phase_marks import PhaseLegend
from tpm_desktop.ui.canvas.scene import MapScene
from tpm_desktop.ui.canvas.side_panel import MapSidePanel
from tpm_desktop.ui.canvas.toolbar import MapToolBar, colour_mode_actions
from tpm_desktop.ui.canvas.view import MapView
from tpm_desktop.ui.feature import DocumentContext, Feature

if TYPE_CHECKING:
    from tpm_desktop.ui.main_window import MainWindow

MODE_KEY = "map/colour_mode"
LEGEND_KEY = "map/legend"
MINIMAP_KEY = "map/minimap"
WARM_UP_MS = 300  # after the first paint of an opened project


class MapFeature(Feature):
    """The touchpoint map and everything around it."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.scene: MapScene | None = None
        self.filter = MapFilter()
        # Another feature's restriction of the shown cards, asked on every filter change.
        self.only_ids: Callable[[], frozenset[int] | None] | None = None
        settings = QSettings()
        try:
            self.mode = ColourMode(str(settings.value(MODE_KEY, ColourMode.DEPARTMENT.value)))
        except ValueError:
            self.mode = ColourMode.DEPARTMENT

    # -- building ----------------------------------------------------------------------------

    def install(self) -> None:
        """The view, its overlays, the palette, the actions, menus and the tool bar."""
        window = self.window
        self.view = MapView(window)
        # The legend and the minimap sit in a strip beside the view, never over a card.
        self.side = MapSidePanel()
        self.area = QWidget()
        row = QHBoxLayout(self.area)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.view, 1)
        row.addWidget(self.side, 0)
        self.side.follow_width_of(self.area)
        window.set_workspace_widget(self.area)
        settings = QSettings()
        self.legend = LegendOverlay(self.side)
        self.minimap = MinimapOverlay(self.view, self.side)
        self.phase_legend = PhaseLegend(self.side)
        self.side.add(self.legend)
        self.side.add(self.phase_legend)
        self.side.add(self.minimap)
        self.side.finish()
        self.legend.setVisible(settings.value(LEGEND_KEY, True, type=bool))
        self.phase_legend.set_wanted(self.legend.isVisibleTo(self.side))
        self.minimap.wanted = settings.value(MINIMAP_KEY, True, type=bool)
        self.minimap.hide()
        self.palette = PaletteDock(window.language, window)
        window.add_dock(self.palette, Qt.DockWidgetArea.LeftDockWidgetArea)
        # Hidden at first so the map has the window; a saved layout brings it back.
        self.palette.hide()
        window.tool_bar.addSeparator()
        window.tool_bar.addAction(self.palette.toggleViewAction())
        self.edits = MapActions(self.view)
        self.lanes = LaneCommands(self.view)
        self._build_actions()
        self.tool_bar = MapToolBar([self.zoom_out, self.zoom_in, self.zoom_fit], window)
        self.tool_bar.colour_mode_chosen.connect(self.set_colour_mode)
        self.tool_bar.axes_chosen.connect(self._on_axes_chosen)
        self.tool_bar.search_changed.connect(self._apply_filter)
        self.tool_bar.search_submitted.connect(self._select_next_match)
        self.tool_bar.filter_menu.changed.connect(self._apply_filter)
        self.tool_bar.show_colour_mode(self.mode)
        window.addToolBarBreak()
        window.addToolBar(self.tool_bar)
        toggle = self.tool_bar.toggleViewAction()
        toggle.setStatusTip(self.tr("Show or hide the map tool bar"))
        window.view_menu.addAction(toggle)
        self._build_menus()
        self.view.zoom_changed.connect(self.tool_bar.show_zoom)
        self.view.menu_requested.connect(self._show_menu)
        self.view.lane_activated.connect(self._on_lane_activated)
        self._set_enabled(False)

    def _build_actions(self) -> None:
        view = self.view
        self.zoom_in = make_action(
            view,
            self.tr("Zoom &In"),
            view.zoom_in,
            QKeySequence.StandardKey.ZoomIn,
            self.tr("Show the map larger"),
            "zoom-in",
        )
        self.zoom_in.setShortcuts([QKeySequence(QKeySequence.StandardKey.ZoomIn), "Ctrl+="])
        self.zoom_out = make_action(
            view,
            self.tr("Zoom &Out"),
            view.zoom_out,
            QKeySequence.StandardKey.ZoomOut,
            self.tr("Show more of the map"),
            "zoom-out",
        )
        self.zoom_fit = make_action(
            view,
            self.tr("&Fit Map"),
            view.zoom_fit,
            "Ctrl+0",
            self.tr("Show the whole map"),
            "zoom-fit-best",
        )
        self.zoom_actual = make_action(
            view,
            self.tr("&Actual Size"),
            view.zoom_actual,
            "Ctrl+1",
            self.tr("Show the map at 100 %"),
            "zoom-original",
        )
        self.find = make_action(
            self.window,
            self.tr("Find &Touchpoint"),
            self._focus_search,
            QKeySequence.StandardKey.Find,
            self.tr("Search the cards by name"),
            "edit-find",
        )
        self.show_legend = make_action(
            self.window, self.tr("Show Le&gend"), None, None, self.tr("Explain the card colours")
        )
        self.show_legend.setCheckable(True)
        self.show_legend.setChecked(self.legend.isVisibleTo(self.side))
        self.show_legend.toggled.connect(self._on_legend_toggled)
        self.show_minimap = make_action(
            self.window,
            self.tr("Show O&verview Map"),
            None,
            None,
            self.tr("A small map of the whole project in the corner"),
        )
        self.show_minimap.setCheckable(True)
        self.show_minimap.setChecked(bool(self.minimap.wanted))
        self.show_minimap.toggled.connect(self._on_minimap_toggled)
        self.export = make_action(
            self.window,
            self.tr("E&xport Map as Picture…"),
            self.export_picture,
            None,
            self.tr("Save the map as a PNG image or an SVG graphic"),
            "document-export",
        )
        self.swap_axes = make_action(
            self.window,
            self.tr("&Swap Rows and Columns"),
            self._swap_axes,
            None,
            self.tr("Turn the map by 90 degrees"),
        )
        self.add_lane_actions = {
            dimension: make_action(
                self.window,
                text,
                lambda d=dimension: self.lanes.add(d),
                None,
                tip,
            )
            for dimension, text, tip in (
                (Dimension.DEPARTMENT, self.tr("Add &Department…"), self.tr("A new row lane")),
                (Dimension.CHANNEL, self.tr("Add C&hannel…"), self.tr("A new channel lane")),
                (Dimension.PHASE, self.tr("Add &Phase…"), self.tr("A new journey phase")),
            )
        }
        self.mode_group = QActionGroup(self)
        self.mode_actions = colour_mode_actions(self.window, self.mode_group)
        self.mode_actions[self.mode].setChecked(True)
        self.mode_group.triggered.connect(self._on_mode_action)
        self.axis_groups: dict[bool, QActionGroup] = {}
        self.axis_actions: dict[tuple[bool, Dimension], QAction] = {}
        for is_rows in (True, False):
            group = QActionGroup(self)
            for dimension in Dimension:
                action = QAction(dimension_title(dimension), self.window)
                tip = (
                    self.tr("Rows of the map: %1") if is_rows else self.tr("Columns of the map: %1")
                )
                action.setStatusTip(tip.replace("%1", dimension_title(dimension)))
                action.setCheckable(True)
                group.addAction(action)
                self.axis_actions[(is_rows, dimension)] = action
            group.triggered.connect(self._on_axis_action)
            self.axis_groups[is_rows] = group

    def _build_menus(self) -> None:
        window = self.window
        menu = window.add_menu(self.tr("&Map"))
        self.menu = menu
        menu.addActions([self.zoom_in, self.zoom_out, self.zoom_actual, self.zoom_fit])
        menu.addSeparator()
        colours = menu.addMenu(self.tr("&Colour Cards By"))
        colours.addActions(list(self.mode_actions.values()))
        rows = menu.addMenu(self.tr("&Rows"))
        rows.addActions([self.axis_actions[(True, d)] for d in Dimension])
        columns = menu.addMenu(self.tr("Colu&mns"))
        columns.addActions([self.axis_actions[(False, d)] for d in Dimension])
        menu.addAction(self.swap_axes)
        menu.addSeparator()
        menu.addAction(self.find)
        self.tool_bar.filter_menu.setTitle(self.tr("Fi&lter"))
        menu.addMenu(self.tool_bar.filter_menu)
        menu.addSeparator()
        menu.addActions(list(self.add_lane_actions.values()))
        menu.addSeparator()
        menu.addActions([self.show_legend, self.show_minimap])
        menu.addSeparator()
        menu.addAction(self.export)
        edit = window.edit_menu
        before = window.edit_settings_separator
        for action in self.edits.all:
            if action is self.edits.cut or action is self.edits.select_all:
                edit.insertSeparator(before)
            edit.insertAction(before, action)
        window.file_menu.insertAction(window.file_import_export, self.export)

    def _set_enabled(self, enabled: bool) -> None:
        actions = [
            self.zoom_in,
            self.zoom_out,
            self.zoom_fit,
            self.zoom_actual,
            self.find,
            self.export,
            self.swap_axes,
            *self.add_lane_actions.values(),
            *self.mode_actions.values(),
            *self.axis_actions.values(),
        ]
        for action in actions:
            action.setEnabled(enabled)
        self.tool_bar.setEnabled(enabled)
        self.palette.setEnabled(enabled)
        self.edits.update_enabled()
        writable = enabled and self.context is not None and not self.context.document.read_only
        for action in (*self.add_lane_actions.values(), self.swap_axes):
            action.setEnabled(writable)

    # -- document life cycle ---------------------------------------------------------------

    def document_opened(self, context: DocumentContext) -> None:
        """Project the document onto a new scene."""
        super().document_opened(context)
        self.tool_bar.reset_search_and_filters()
        self.filter = MapFilter()  # another project: its own search and filters
        scene = MapScene(context.document, context.selection, self.mode, self.filter)
        self.scene = scene
        self.view.attach(scene, context.editor, context.selection)
        self.lanes.editor = context.editor
        scene.legend_changed.connect(self._update_legend)
        scene.cards_changed.connect(self._on_cards_changed)
        scene.geometry_changed.connect(self.minimap.map_changed)
        context.document.changed.connect(self._on_document_changed)
        # Zoomed out, the lane names are hyphenated: the dictionary loads while idle.
        language = context.document.state.project.language
        QTimer.singleShot(WARM_UP_MS, lambda: hyphenation.warm_up(language))
        context.selection.selection_changed.connect(self._on_selection_changed)
        self._set_enabled(True)
        self._sync_axes()
        self._sync_phases()
        self._update_legend()
        self._on_cards_changed()
        self.minimap.map_changed()

    def document_closed(self) -> None:
        """Disconnect from the document and drop the scene."""
        context, scene = self.context, self.scene
        if context is not None:
            context.document.changed.disconnect(self._on_document_changed)
            context.selection.selection_changed.disconnect(self._on_selection_changed)
        if scene is not None:
            scene.legend_changed.disconnect(self._update_legend)
            scene.cards_changed.disconnect(self._on_cards_changed)
            scene.geometry_changed.disconnect(self.minimap.map_changed)
            self.view.detach()
            scene.detach()
            scene.deleteLater()
        self.scene = None
        self.lanes.editor = None
        super().document_closed()
        self._set_enabled(False)
        self.minimap.hide()

    def _on_document_changed(self, delta: Delta) -> None:
        if delta.touches(Setting):
            self._sync_axes()
        if delta.touches(Phase):
            self._sync_phases()

    def _on_selection_changed(self, ids: list[int]) -> None:
        self.edits.update_enabled()

    def _on_cards_changed(self) -> None:
        scene, context = self.scene, self.context
        if scene is None or context is None:
            return
        self.tool_bar.show_count(
            scene.arrangement.shown_count, len(context.document.state.touchpoints)
        )
        self.minimap.map_changed()

    def _sync_axes(self) -> None:
        if self.context is None:
            return
        axes = MapAxes.of(self.context.document.state)
        self.tool_bar.show_axes(axes.rows, axes.columns)
        self.axis_actions[(True, axes.rows)].setChecked(True)
        self.axis_actions[(False, axes.columns)].setChecked(True)

    def _sync_phases(self) -> None:
        if self.context is not None:
            phases = self.context.document.state.lanes(Dimension.PHASE)
            self.tool_bar.filter_menu.set_phases([(p.id, p.name) for p in phases])

    # -- modes, axes, filters ----------------------------------------------------------------

    def set_colour_mode(self, mode: ColourMode) -> None:
        """Colour the cards by another property (remembered for the next start)."""
        self.mode = mode
        QSettings().setValue(MODE_KEY, mode.value)
        self.mode_actions[mode].setChecked(True)
        self.tool_bar.show_colour_mode(mode)
        if self.scene is not None:
            self.scene.set_colour_mode(mode)

    def _on_mode_action(self, action: QAction) -> None:
        self.set_colour_mode(next(m for m, a in self.mode_actions.items() if a is action))

    def set_axes(self, rows: Dimension, columns: Dimension) -> None:
        """Switch the map's axes (one undo step, stored in the project)."""
        context = self.context
        if context is None or rows == columns:
            self._sync_axes()
            return
        axes = MapAxes(rows, columns)
        if axes != MapAxes.of(context.document.state):
            run_edit(self.view, lambda: context.editor.set_axes(axes))
        self._sync_axes()

    def _on_axes_chosen(self, rows: Dimension, columns: Dimension) -> None:
        self.set_axes(rows, columns)

    def _on_axis_action(self, action: QAction) -> None:
        if self.context is None:
            return
        is_rows, dimension = next(k for k, a in self.axis_actions.items() if a is action)
        axes = MapAxes.of(self.context.document.state)
        rows, columns = (dimension, axes.columns) if is_rows else (axes.rows, dimension)
        if rows == columns:
            rows, columns = (dimension, axes.rows) if is_rows else (axes.columns, dimension)
        self.set_axes(rows, columns)

    def _swap_axes(self) -> None:
        if self.context is not None:
            axes = MapAxes.of(self.context.document.state)
            self.set_axes(axes.columns, axes.rows)

    def _apply_filter(self) -> None:
        bar = self.tool_bar
        self.filter = bar.filter_menu.apply_to(bar.search_filter(self.filter))
        if self.only_ids is not None:  # segments and open comments (ui.evidence)
            self.filter = dataclasses.replace(self.filter, only=self.only_ids())
        if self.scene is not None:
            self.scene.set_filter(self.filter)
            matches = len(self.scene.matching_ids()) if self.filter.needle else None
            if matches is not None:
                self.window.show_status(self.tr("%n matching touchpoint(s)", "", matches))

    def _select_next_match(self) -> None:
        """Enter in the search field selects the next matching card."""
        scene = self.scene
        if scene is None or self.context is None:
            return
        matches = scene.matching_ids()
        if not matches:
            return
        current = self.context.selection.current
        following = matches.index(current) + 1 if current in matches else 0
        target = matches[following % len(matches)]
        self.view.select([target])
        self.view.reveal(target)

    def _focus_search(self) -> None:
        self.tool_bar.show()
        self.tool_bar.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.tool_bar.search.selectAll()

    # -- overlays ------------------------------------------------------------------------------

    def _update_legend(self) -> None:
        if self.scene is not None:
            self.legend.set_legend(self.scene.legend_title(), self.scene.legend())
            state = self.scene.document.state
            self.phase_legend.set_phases([phase.name for phase in state.lanes(Dimension.PHASE)])
            self.view.place_overlays()

    def _on_legend_toggled(self, shown: bool) -> None:
        QSettings().setValue(LEGEND_KEY, shown)
        self.legend.setVisible(shown)
        self.phase_legend.set_wanted(shown)
        self.view.place_overlays()

    def _on_minimap_toggled(self, shown: bool) -> None:
        QSettings().setValue(MINIMAP_KEY, shown)
        self.minimap.wanted = shown
        self.view.viewport_moved.emit()

    # -- menus -----------------------------------------------------------------------------------

    def _show_menu(self, target: tuple[str, object], global_pos: QPoint) -> None:
        kind, value = target
        if kind == "lane":
            self.lanes.show_menu(value, global_pos)  # type: ignore[arg-type]
            return
        self.card_menu(target).exec(global_pos)

    def card_menu(self, target: tuple[str, object]) -> QMenu:
        """The context menu of a card or of an empty place in a cell."""
        menu = QMenu(self.view)
        edits = self.edits
        edits.update_enabled()
        kind, value = target
        if kind == "card":
            menu.addAction(edits.rename)
            menu.addSeparator()
            menu.addActions([edits.cut, edits.copy, edits.paste, edits.duplicate])
            menu.addSeparator()
            menu.addAction(edits.delete)
        else:
            edits.context_cell = value  # type: ignore[assignment]
            here = menu.addAction(
                self.tr("New Touchpoint Here"),
                lambda: edits.new_touchpoint(value),  # type: ignore[arg-type]
            )
            here.setEnabled(edits.new_card.isEnabled())
            menu.addAction(edits.paste)
        return menu

    def _on_lane_activated(self, header: object) -> None:
        dimension, lane_id = header.dimension, header.lane_id  # type: ignore[attr-defined]
        self.lanes.rename(dimension, lane_id)

    # -- export --------------------------------------------------------------------------------

    def export_picture(self) -> None:
        """Ask for format, size and file, then write the picture."""
        scene, context = self.scene, self.context
        if scene is None or context is None:
            return
        options = export.ask_export_options(self.window, self.view.zoom)
        if options is None:
            return
        suffix = "." + options.fmt
        name = (context.document.display_name or "map")[:80]
        folder = context.document.path.parent if context.document.path else Path.home()
        file_filter = (
            self.tr("SVG graphics (*.svg)")
            if options.fmt == "svg"
            else self.tr("PNG images (*.png)")
        )
        chosen, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Export map"), str(folder / (name + suffix)), file_filter
        )
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != suffix:
            path = path.with_name(path.name + suffix)
        try:
            scale = export.export_map(scene, path, options, self.view.zoom)
        except ProjectFileError as error:
            prompts.show_error(
                self.window, self.tr("Export map"), error.message(self.window.language)
            )
            return
        message = self.tr("Map exported to %1").replace("%1", str(path))
        if options.fit is export.Fit.ZOOM and scale < self.view.zoom * 0.999:
            percent = str(round(scale * 100))
            message += " " + self.tr("(reduced to %1 %: the picture would be too large)").replace(
                "%1", percent
            )
        self.window.show_status(message, 8000)

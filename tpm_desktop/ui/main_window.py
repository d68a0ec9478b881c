"""The main window: menus, tool bar, status bar, the central area and dock areas.

The window itself holds no project logic. File operations live in the
FileController; the map, the panels and the other parts are Features that plug
in through `tpm_desktop.ui.features.FEATURES`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from tpm_desktop.core.changes import Delta
from tpm_desktop.core.model import Channel, Department, Touchpoint
from tpm_desktop.core.workspace import Workspace
from tpm_desktop.ui import features as feature_registry
from tpm_desktop.ui.actions import make_action
from tpm_desktop.ui.dock_layout import PROJECT_VIEWS, TOUCHPOINT_PANELS, DockGroup
from tpm_desktop.ui.feature import DocumentContext, Feature
from tpm_desktop.ui.file_controller import FileController
from tpm_desktop.ui.inspector import Inspector
from tpm_desktop.ui.recent import RecentFiles
from tpm_desktop.ui.welcome import WelcomePage

APP_TITLE = "TPM Desktop"
GEOMETRY_KEY = "window/geometry"
STATE_KEY = "window/state"


class MainWindow(QMainWindow):
    """The application window; one project at a time."""

    language_change_requested = Signal(str)
    sample_requested = Signal()

    def __init__(self, language: str, workspace: Workspace | None = None) -> None:
        super().__init__()
        self.language = language
        self.setObjectName("MainWindow")
        self.setDockOptions(
            QMainWindow.DockOption.AnimatedDocks | QMainWindow.DockOption.AllowTabbedDocks
        )
        self.recent = RecentFiles(self)
        self.files = FileController(self, workspace or Workspace(), language, self.recent)
        self.files.context_changed.connect(self._on_context_changed)
        self.dock_groups = {
            TOUCHPOINT_PANELS: DockGroup(Qt.DockWidgetArea.RightDockWidgetArea, 420, 0.3),
            PROJECT_VIEWS: DockGroup(Qt.DockWidgetArea.BottomDockWidgetArea, 340, 0.4),
        }
        self._layout_restored = False
        self._docks_arranged = False
        # The dock layout while the welcome page hides the docks (None: docks shown).
        self._parked_layout: QByteArray | None = None
        self._parked_docks: list[QDockWidget] = []

        self._build_central()
        self._build_actions()
        self._build_menus()
        self._build_tool_bar()
        self.status_counts = QLabel()
        self.statusBar().addPermanentWidget(self.status_counts)

        self.features: list[Feature] = [cls(self) for cls in feature_registry.FEATURES]
        for feature in self.features:
            feature.install()
        self.menuBar().addMenu(self.help_menu)  # Help stays last, after feature menus
        self.inspector = Inspector(self)
        self.view_menu.insertActions(
            self.view_panels_menu.menuAction(),
            [self.inspector.pin_action, self.inspector.tables_action],
        )
        self.tool_bar.addSeparator()
        self.tool_bar.addActions([self.inspector.tables_action, self.inspector.pin_action])

        self._restore_layout()
        self._park_docks()
        self._update_title()
        self._update_actions()

    # -- construction --------------------------------------------------------------

    def _build_central(self) -> None:
        self.banner = QLabel()
        self.banner.setObjectName("notice_banner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(
            "#notice_banner { background: #fff4ce; color: #4d3b00; padding: 6px 10px;"
            " border-bottom: 1px solid #e0c97a; }"
        )
        self.banner.hide()
        self.stack = QStackedWidget()
        self.welcome = WelcomePage(self)
        self.stack.addWidget(self.welcome)
        self.workspace_host = QStackedWidget()
        self.workspace_placeholder = QLabel(self.tr("The project is open."))
        self.workspace_placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.workspace_host.addWidget(self.workspace_placeholder)
        self.stack.addWidget(self.workspace_host)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        layout.addWidget(self.stack)
        self.setCentralWidget(central)

    def _build_actions(self) -> None:
        files = self.files
        self.action_new = make_action(
            self,
            self.tr("&New"),
            files.new_project,
            QKeySequence.StandardKey.New,
            self.tr("Start a new, empty project"),
            "document-new",
        )
        self.action_open = make_action(
            self,
            self.tr("&Open…"),
            files.open_dialog,
            QKeySequence.StandardKey.Open,
            self.tr("Open a project file (.tpm)"),
            "document-open",
        )
        self.action_save = make_action(
            self,
            self.tr("&Save"),
            files.save,
            QKeySequence.StandardKey.Save,
            self.tr("Save the project to its file"),
            "document-save",
        )
        self.action_save_as = make_action(
            self,
            self.tr("Save &As…"),
            files.save_as,
            QKeySequence.StandardKey.SaveAs,
            self.tr("Save the project under a new name"),
            "document-save-as",
        )
        self.action_close = make_action(
            self,
            self.tr("&Close"),
            files.close_document,
            QKeySequence.StandardKey.Close,
            self.tr("Close the project"),
            "document-close",
        )
        self.action_quit = make_action(
            self,
            self.tr("&Quit"),
            self.close,
            QKeySequence.StandardKey.Quit,
            self.tr("Quit TPM Desktop"),
            "application-exit",
        )
        self.action_undo = make_action(
            self,
            self.tr("&Undo"),
            self._undo,
            QKeySequence.StandardKey.Undo,
            self.tr("Undo the last change"),
            "edit-undo",
        )
        self.action_redo = make_action(
            self,
            self.tr("&Redo"),
            self._redo,
            QKeySequence.StandardKey.Redo,
            self.tr("Redo the change you undid"),
            "edit-redo",
        )
        self.action_settings = make_action(
            self,
            self.tr("&Settings…"),
            self._show_settings,
            QKeySequence.StandardKey.Preferences,
            self.tr("Interface language and defaults"),
            "preferences-system",
        )
        self.action_project = make_action(
            self,
            self.tr("Pro&ject Properties…"),
            self._show_project_properties,
            None,
            self.tr("Name, client, author, currency and budget of the project"),
            "document-properties",
        )
        self.action_about = make_action(
            self,
            self.tr("&About TPM Desktop"),
            self._show_about,
            None,
            self.tr("Version and licences"),
            "help-about",
        )
        self.action_guide = make_action(
            self,
            self.tr("&Touchpoint Management"),
            self._show_guide,
            QKeySequence.StandardKey.HelpContents,
            self.tr("The method in four steps, and where each step lives in TPM Desktop"),
            "help-contents",
        )
        self.action_shortcuts = make_action(
            self,
            self.tr("&Keyboard Shortcuts"),
            self._show_shortcuts,
            None,
            self.tr("Every keyboard shortcut of this window"),
            "preferences-desktop-keyboard-shortcuts",
        )
        self.action_status_bar = make_action(
            self, self.tr("Status &Bar"), None, None, self.tr("Show or hide the status bar")
        )
        self.action_status_bar.setCheckable(True)
        self.action_status_bar.setChecked(True)
        self.action_status_bar.toggled.connect(self.statusBar().setVisible)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu(self.tr("&File"))
        self.file_menu.addActions([self.action_new, self.action_open])
        self.recent_menu = self.file_menu.addMenu(self.tr("Open Recen&t"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.file_menu.addSeparator()
        self.file_menu.addActions([self.action_save, self.action_save_as])
        self.file_menu.addSeparator()
        self.file_import_export = self.file_menu.addSeparator()  # features insert before this
        self.file_menu.addAction(self.action_project)
        self.file_menu.addSeparator()
        self.file_menu.addActions([self.action_close, self.action_quit])

        self.edit_menu = bar.addMenu(self.tr("&Edit"))
        self.edit_menu.addActions([self.action_undo, self.action_redo])
        self.edit_menu.addSeparator()
        self.edit_settings_separator = self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.action_settings)

        self.view_menu = bar.addMenu(self.tr("&View"))
        self.view_panels_menu = self.view_menu.addMenu(self.tr("&Panels"))
        self.view_menu.addAction(self.action_status_bar)
        self.view_menu.addSeparator()

        self.help_menu = QMenu(self.tr("&Help"), self)
        self.help_menu.addActions([self.action_guide, self.action_shortcuts])
        self.help_menu.addSeparator()
        self.help_menu.addAction(self.action_about)

    def _build_tool_bar(self) -> None:
        self.tool_bar = QToolBar(self.tr("Main tool bar"), self)
        self.tool_bar.setObjectName("main_tool_bar")
        self.tool_bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.tool_bar.addActions(
            [
                self.action_new,
                self.action_open,
                self.action_save,
                self.action_undo,
                self.action_redo,
            ]
        )
        self.addToolBar(self.tool_bar)
        toggle = self.tool_bar.toggleViewAction()
        toggle.setStatusTip(self.tr("Show or hide the tool bar"))
        toggle.setToolTip(toggle.statusTip())
        self.view_menu.addAction(toggle)

    # -- API for features -------------------------------------------------------------

    def add_menu(self, title: str) -> QMenu:
        """A top-level menu for a feature, placed before Help."""
        return self.menuBar().addMenu(title)

    def add_dock(
        self,
        dock: QDockWidget,
        area: Qt.DockWidgetArea | None = None,
        group: str | None = None,
    ) -> None:
        """Add a feature's dock; it gets an entry in View → Panels.

        A dock in a `group` (TOUCHPOINT_PANELS or PROJECT_VIEWS) goes to that group's
        area and is tabbed with the group's other docks when a project first opens.
        """
        if not dock.objectName():
            raise ValueError("docks need an objectName so their layout can be saved")
        if group is not None:
            self.dock_groups[group].docks.append(dock)
            area = self.dock_groups[group].area
        self.addDockWidget(area or Qt.DockWidgetArea.RightDockWidgetArea, dock)
        toggle = dock.toggleViewAction()
        toggle.setStatusTip(
            self.tr("Show or hide the panel “%1”").replace("%1", dock.windowTitle())
        )
        toggle.setToolTip(toggle.statusTip())
        self.view_panels_menu.addAction(toggle)

    def arrange_default_docks(self) -> None:
        """Give the dock groups their default sizes (the first start, no saved layout)."""
        if self._layout_restored:
            return
        for group in self.dock_groups.values():
            if group.docks:
                self.resizeDocks([group.docks[0]], [group.size_in(self.size())], group.orientation)

    def _park_docks(self) -> None:
        """Hide the panels while no project is open; they have nothing to show."""
        if self._parked_layout is None:
            self._parked_layout = self.saveState()
            self._parked_docks = [d for d in self.findChildren(QDockWidget) if not d.isHidden()]
        for dock in self._parked_docks:
            dock.hide()
        self.view_panels_menu.setEnabled(False)

    def _unpark_docks(self) -> None:
        """Bring the panels back as they were when the last project closed."""
        self.view_panels_menu.setEnabled(True)
        if self._parked_layout is None:
            return
        # Shown again, not restored from the saved state: a hidden dock keeps its place
        # among its tabs.
        first_time = not self._docks_arranged
        if first_time:
            self._tab_default_docks()  # while hidden: side by side they would widen the window
        for dock in self._parked_docks:
            dock.show()
        self._parked_layout = None
        if first_time:
            self._docks_arranged = True
            for group in self.dock_groups.values():
                if group.docks and not self._layout_restored:
                    group.docks[0].raise_()
            # Sizes only hold once the docks are laid out: wait for the event loop.
            QTimer.singleShot(0, self.arrange_default_docks)

    def _tab_default_docks(self) -> None:
        """Tab each group's docks together (first start, no saved layout).

        Done here, when the first project opens, rather than as the docks are added:
        tabbed before the window is first shown, Qt leaves a stray tab bar on screen,
        and side by side their minimum widths would widen the window past a laptop's.
        """
        if self._layout_restored:
            return
        for group in self.dock_groups.values():
            docks = [d for d in group.docks if d in self._parked_docks and not d.isFloating()]
            for dock in docks[1:]:
                self.tabifyDockWidget(docks[0], dock)

    @property
    def layout_restored(self) -> bool:
        """Whether the dock layout came from the saved settings."""
        return self._layout_restored

    def set_workspace_widget(self, widget: QWidget) -> None:
        """The widget shown in the centre while a document is open (the map)."""
        self.workspace_host.addWidget(widget)
        self.workspace_host.setCurrentWidget(widget)

    @property
    def context(self) -> DocumentContext | None:
        """The open document's context, or None."""
        return self.files.context

    def show_status(self, message: str, timeout_ms: int = 4000) -> None:
        """A short message in the status bar."""
        self.statusBar().showMessage(message, timeout_ms)

    # -- document life cycle -------------------------------------------------------------

    def _on_context_changed(self, context: DocumentContext | None) -> None:
        for feature in self.features:
            if feature.context is not None and feature.context is not context:
                feature.document_closed()
        if context is None:
            self.inspector.document_closed()
            self._park_docks()
            self.stack.setCurrentWidget(self.welcome)
            self.banner.hide()
            self.welcome.refresh()
        else:
            document = context.document
            document.modified_changed.connect(self._update_title)
            document.path_changed.connect(self._update_title)
            document.path_changed.connect(self._update_banner)
            document.changed.connect(self._on_document_changed)
            document.edit_failed.connect(self._on_edit_failed)
            stack = document.undo_stack
            for signal in (
                stack.canUndoChanged,
                stack.canRedoChanged,
                stack.undoTextChanged,
                stack.redoTextChanged,
            ):
                signal.connect(self._update_actions)
            self._unpark_docks()
            self.stack.setCurrentWidget(self.workspace_host)
            # Before the features: the inspector opens first on a selection, so the map
            # scrolls to the selected card in the room that is left to it.
            self.inspector.document_opened(context)
            for feature in self.features:
                feature.document_opened(context)
            self._update_banner()
        self._update_title()
        self._update_actions()
        self._update_counts()

    def _on_document_changed(self, delta: Delta) -> None:
        if delta.touches(Touchpoint, Department, Channel):
            self._update_counts()
        self._update_title()

    def _on_edit_failed(self, error: object) -> None:
        from tpm_desktop.ui import prompts

        message = error.message(self.language) if hasattr(error, "message") else str(error)
        prompts.show_error(self, self.tr("The change could not be made"), message)

    def _update_banner(self) -> None:
        context = self.context
        notices = context.document.notices if context else []
        if context is not None and not context.document.read_only:
            notices = [n for n in notices if n.code != "open_elsewhere"]
        if notices:
            self.banner.setText("\n".join(n.message(self.language) for n in notices))
            self.banner.show()
        else:
            self.banner.hide()

    def _update_title(self) -> None:
        document = self.context.document if self.context else None
        if document is None:
            self.setWindowTitle(APP_TITLE)
            self.setWindowModified(False)
            return
        suffix = self.tr(" (read-only)") if document.read_only else ""
        self.setWindowTitle(f"{document.display_name}[*]{suffix} — {APP_TITLE}")
        self.setWindowModified(document.modified)

    def _update_actions(self) -> None:
        context = self.context
        has_document = context is not None
        for action in (
            self.action_save,
            self.action_save_as,
            self.action_close,
            self.action_project,
        ):
            action.setEnabled(has_document)
        stack = context.document.undo_stack if context else None
        can_undo = bool(stack and stack.canUndo())
        can_redo = bool(stack and stack.canRedo())
        self.action_undo.setEnabled(can_undo)
        self.action_redo.setEnabled(can_redo)
        undo, redo = self.tr("&Undo"), self.tr("&Redo")
        self.action_undo.setText(
            self.tr("&Undo %1").replace("%1", stack.undoText()) if can_undo else undo
        )
        self.action_redo.setText(
            self.tr("&Redo %1").replace("%1", stack.redoText()) if can_redo else redo
        )
        # The tool bar keeps the short label; the menu names the command.
        self.action_undo.setIconText(undo.replace("&", ""))
        self.action_redo.setIconText(redo.replace("&", ""))

    def _update_counts(self) -> None:
        context = self.context
        if context is None:
            self.status_counts.clear()
            return
        state = context.document.state
        self.status_counts.setText(
            self.tr("%n touchpoint(s)", "", len(state.touchpoints))
            + " · "
            + self.tr("%n department(s)", "", len(state.table(Department)))
            + " · "
            + self.tr("%n channel(s)", "", len(state.table(Channel)))
        )

    # -- slots ------------------------------------------------------------------------------

    def _undo(self) -> None:
        if self.context:
            self.context.document.undo_stack.undo()

    def _redo(self) -> None:
        if self.context:
            self.context.document.undo_stack.redo()

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        paths = self.recent.paths()
        for index, path in enumerate(paths, start=1):
            action = QAction(f"&{index % 10} {path.name}", self.recent_menu)
            action.setToolTip(str(path))
            action.setStatusTip(str(path))
            action.triggered.connect(lambda _=False, p=path: self.files.open_path(p))
            self.recent_menu.addAction(action)
        if not paths:
            empty = self.recent_menu.addAction(self.tr("No recent files"))
            empty.setEnabled(False)
        else:
            self.recent_menu.addSeparator()
            clear = self.recent_menu.addAction(self.tr("Clear list"), self.recent.clear)
            clear.setStatusTip(self.tr("Forget the recently opened files (the files stay)"))

    def _show_settings(self) -> None:
        from tpm_desktop.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self, self.language)
        accepted = dialog.exec()
        if accepted and self.context is not None:
            from tpm_desktop.ui.preferences import user_name

            # the open project's next edits carry the new name
            self.context.document.project.author = user_name()
        if accepted and dialog.language_changed:
            self.language_change_requested.emit(dialog.chosen_language)

    def _show_project_properties(self) -> None:
        if self.context is None:
            return
        from tpm_desktop.ui.project_dialog import ProjectDialog

        ProjectDialog(self.context, self.language, self).exec()

    def _show_about(self) -> None:
        from tpm_desktop.ui.about_dialog import AboutDialog

        AboutDialog(self).exec()

    def _show_guide(self) -> None:
        from tpm_desktop.ui.help.guide import MethodGuide

        guide = MethodGuide(self)
        guide.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        guide.show()  # modeless: read it beside the work

    def _show_shortcuts(self) -> None:
        from tpm_desktop.ui.help.shortcuts import ShortcutsDialog

        sheet = ShortcutsDialog(self)
        sheet.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        sheet.show()

    def open_path(self, path: Path) -> bool:
        """Open a project file (command line, recent list, drag and drop)."""
        return self.files.open_path(path)

    # -- window state ------------------------------------------------------------------------

    def _restore_layout(self) -> None:
        settings = QSettings()
        geometry = settings.value(GEOMETRY_KEY)
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1400, 880)
        state = settings.value(STATE_KEY)
        if isinstance(state, QByteArray) and not state.isEmpty():
            self._layout_restored = self.restoreState(state)

    def save_layout(self) -> None:
        """Remember geometry and dock layout."""
        settings = QSettings()
        settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        state = self._parked_layout if self._parked_layout is not None else self.saveState()
        settings.setValue(STATE_KEY, state)
        settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Ask about unsaved changes; keep the window open on Cancel."""
        if not self.files.close_document():
            event.ignore()
            return
        self.save_layout()
        event.accept()

"""The monitoring feature: its docks, the Monitoring menu, and their life with a document.

Docks: the measures and KPIs of the selected touchpoint join the touchpoint
panels on the right; the action plan, due measurements, round comparison and
score history join the project views at the bottom, so the map keeps the centre.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QFileDialog, QFrame, QScrollArea

from tpm_desktop.core.model import Kpi, Measure
from tpm_desktop.ui.actions import make_action
from tpm_desktop.ui.dock_layout import PROJECT_VIEWS, TOUCHPOINT_PANELS
from tpm_desktop.ui.feature import DocumentContext, Feature
from tpm_desktop.ui.monitoring.action_plan import ActionPlanView
from tpm_desktop.ui.monitoring.close_round_dialog import CloseRoundDialog
from tpm_desktop.ui.monitoring.due_view import DueView
from tpm_desktop.ui.monitoring.import_dialog import ImportDialog
from tpm_desktop.ui.monitoring.kpi_panel import KpiPanel
from tpm_desktop.ui.monitoring.measures_panel import MeasuresPanel
from tpm_desktop.ui.monitoring.panel import ContextPanel
from tpm_desktop.ui.monitoring.rounds_view import RoundsView
from tpm_desktop.ui.monitoring.score_history import ScoreHistoryView
from tpm_desktop.ui.table_files import open_filter

IMPORT_DIR_KEY = "monitoring/import_dir"


class MonitoringFeature(Feature):
    """Measures, KPIs with measurements, and assessment rounds."""

    def install(self) -> None:
        """Build the docks and the menu once."""
        window = self.window
        notify = window.show_status
        language = window.language
        self.measures = MeasuresPanel(language, notify)
        self.kpis = KpiPanel(language, notify)
        self.plan = ActionPlanView(language, notify)
        self.due = DueView(language, notify)
        self.rounds = RoundsView(language, notify)
        self.history = ScoreHistoryView(language, notify)
        self.panels: list[ContextPanel] = [
            self.measures,
            self.kpis,
            self.plan,
            self.due,
            self.rounds,
            self.history,
        ]
        self.measures_dock = self._dock(
            "monitoring_measures", self.tr("Measures"), self.measures, TOUCHPOINT_PANELS
        )
        self.kpi_dock = self._dock("monitoring_kpis", self.tr("KPIs"), self.kpis, TOUCHPOINT_PANELS)
        self.plan_dock = self._dock(
            "monitoring_plan", self.tr("Action Plan"), self.plan, PROJECT_VIEWS
        )
        self.due_dock = self._dock(
            "monitoring_due", self.tr("Due for Measurement"), self.due, PROJECT_VIEWS
        )
        self.rounds_dock = self._dock(
            "monitoring_rounds", self.tr("Round Comparison"), self.rounds, PROJECT_VIEWS
        )
        self.history_dock = self._dock(
            "monitoring_history", self.tr("Score History"), self.history, PROJECT_VIEWS
        )

        self.plan.measure_activated.connect(self.show_measure)
        self.due.kpi_activated.connect(self.show_kpi)
        self.kpis.import_requested.connect(self.import_measurements)
        self.rounds.close_button.clicked.connect(self.close_round)
        self._build_actions()

    def _dock(self, name: str, title: str, panel: ContextPanel, group: str) -> QDockWidget:
        dock = QDockWidget(title, self.window)
        dock.setObjectName(name)
        # In a scroll area, so that a panel's minimum size never dictates the window's:
        # the window must still fit a 1366 x 768 laptop screen with every dock open.
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(panel)
        dock.setWidget(scroll)
        dock.visibilityChanged.connect(panel.set_dock_shown)
        self.window.add_dock(dock, group=group)
        return dock

    def _build_actions(self) -> None:
        window = self.window
        self.action_add_measure = make_action(
            window,
            self.tr("Add &Measure"),
            self.add_measure,
            None,
            self.tr("Add a measure to the selected touchpoint"),
            "list-add",
        )
        self.action_import = make_action(
            window,
            self.tr("Import Meas&urements…"),
            self.import_measurements,
            None,
            self.tr("Read KPI values from a CSV or Excel table (date, touchpoint, KPI, value)"),
            "document-open",
        )
        self.action_export = make_action(
            window,
            self.tr("Export Action P&lan…"),
            self.export_plan,
            None,
            self.tr("Save the measures shown in the action plan as an Excel or CSV table"),
            "document-save-as",
        )
        self.action_close_round = make_action(
            window,
            self.tr("&Close Assessment Round…"),
            self.close_round,
            None,
            self.tr("Store today's scores as a named, dated round for later comparison"),
        )
        self.action_overdue = make_action(
            window,
            self.tr("Show &Overdue Measures"),
            self.show_overdue,
            None,
            self.tr("The action plan, filtered to measures past their due date"),
        )
        self.document_actions: list[QAction] = [
            self.action_add_measure,
            self.action_import,
            self.action_export,
            self.action_close_round,
            self.action_overdue,
        ]
        menu = window.add_menu(self.tr("Mo&nitoring"))
        menu.addAction(self.action_add_measure)
        menu.addAction(self.action_overdue)
        menu.addAction(self.action_export)
        menu.addSeparator()
        menu.addAction(self.action_import)
        menu.addSeparator()
        menu.addAction(self.action_close_round)
        menu.addSeparator()
        for dock in (
            self.measures_dock,
            self.kpi_dock,
            self.plan_dock,
            self.due_dock,
            self.rounds_dock,
            self.history_dock,
        ):
            menu.addAction(dock.toggleViewAction())
        self.menu = menu
        window.file_menu.insertAction(window.file_import_export, self.action_import)
        window.file_menu.insertAction(window.file_import_export, self.action_export)
        self._update_actions()

    def _update_actions(self) -> None:
        context = self.context
        writable = context is not None and not context.document.read_only
        for action in self.document_actions:
            action.setEnabled(context is not None)
        for action in (self.action_add_measure, self.action_import, self.action_close_round):
            action.setEnabled(writable)

    # -- life cycle -------------------------------------------------------------------------

    def document_opened(self, context: DocumentContext) -> None:
        """Show the document in every panel."""
        super().document_opened(context)
        for panel in self.panels:
            panel.attach(context)
        self._update_actions()

    def document_closed(self) -> None:
        """Let go of the document (it may move on to a new window)."""
        for panel in self.panels:
            panel.detach()
        super().document_closed()
        self._update_actions()

    # -- commands ---------------------------------------------------------------------------

    def _show_dock(self, dock: QDockWidget) -> None:
        dock.show()
        dock.raise_()

    def add_measure(self) -> None:
        """Add a measure to the selected touchpoint (or say that one must be selected)."""
        if self.context is None:
            return
        if self.context.selection.current is None:
            self.window.show_status(self.tr("Select a touchpoint first."))
            return
        self._show_dock(self.measures_dock)
        self.measures.add_measure()

    def show_measure(self, measure_id: int) -> None:
        """Select a measure's touchpoint and open the measure in the measures panel."""
        if self.context is None:
            return
        measure = self.context.document.state.get(Measure, measure_id)
        if measure is None:
            return
        self.context.selection.set([measure.touchpoint_id])
        self._show_dock(self.measures_dock)
        self.measures.select_measure(measure_id)

    def show_kpi(self, kpi_id: int) -> None:
        """Select a KPI's touchpoint and show the KPI."""
        if self.context is None:
            return
        kpi = self.context.document.state.get(Kpi, kpi_id)
        if kpi is None:
            return
        self.kpis.select_kpi(kpi_id)
        self.context.selection.set([kpi.touchpoint_id])
        self._show_dock(self.kpi_dock)
        self.kpis.select_kpi(kpi_id)

    def show_overdue(self) -> None:
        """The action plan with only overdue measures."""
        self._show_dock(self.plan_dock)
        self.plan.show_overdue()

    def export_plan(self) -> None:
        """Export the action plan as shown."""
        self._show_dock(self.plan_dock)
        self.plan.export()

    def close_round(self) -> CloseRoundDialog | None:
        """Ask for a name and date; the dialog stores the round when accepted."""
        if self.context is None:
            return None
        dialog = CloseRoundDialog(self.context, self.window.language, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self._on_round_closed)
        dialog.open()
        return dialog

    def _on_round_closed(self) -> None:
        self._show_dock(self.rounds_dock)
        self.window.show_status(self.tr("Assessment round closed."))

    def import_measurements(self, path: Path | None = None) -> ImportDialog | None:
        """Ask for a table and open the import preview for it (nothing is written yet)."""
        if self.context is None:
            return None
        if path is None:
            settings = QSettings()
            folder = str(settings.value(IMPORT_DIR_KEY, str(Path.home())))
            chosen, _ = QFileDialog.getOpenFileName(
                self.window,
                self.tr("Import measurements"),
                folder,
                open_filter(),
            )
            if not chosen:
                return None
            path = Path(chosen)
            settings.setValue(IMPORT_DIR_KEY, str(path.parent))
        dialog = ImportDialog(self.context, path, self.window.language, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self._on_imported)
        dialog.open()
        dialog.start()
        return dialog

    def _on_imported(self) -> None:
        dialog = self.sender()
        count = getattr(dialog, "imported", 0)
        self.window.show_status(self.tr("Imported %n measurement(s).", "", count))

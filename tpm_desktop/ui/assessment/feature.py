"""The assessment feature: its docks, its menu, and their life with the open document."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDockWidget, QWidget

from tpm_desktop.ui.actions import make_action
from tpm_desktop.ui.assessment.budget_panel import BudgetPanel
from tpm_desktop.ui.assessment.notes_panel import NotesPanel
from tpm_desktop.ui.assessment.portfolio_panel import PortfolioPanel
from tpm_desktop.ui.assessment.ranking_panel import RankingPanel
from tpm_desktop.ui.assessment.scoring_panel import ScoringPanel
from tpm_desktop.ui.dock_layout import PROJECT_VIEWS, TOUCHPOINT_PANELS
from tpm_desktop.ui.feature import DocumentContext, Feature


class AssessmentFeature(Feature):
    """Scores, notes and decisions, priorities, budget and workshop input."""

    def install(self) -> None:
        """Build the docks and the Assessment menu."""
        self.scoring = ScoringPanel()
        self.notes = NotesPanel()
        self.ranking = RankingPanel()
        self.portfolio = PortfolioPanel()
        self.budget = BudgetPanel()
        self.panels = [self.scoring, self.notes, self.ranking, self.portfolio, self.budget]
        for panel in self.panels:
            panel.status_message.connect(self._show_status)
        self.budget.distribute_requested.connect(self.show_distribution)

        right, bottom = TOUCHPOINT_PANELS, PROJECT_VIEWS
        self.scoring_dock = self._dock("assessment_scores", self.tr("Scores"), self.scoring, right)
        self.notes_dock = self._dock(
            "assessment_notes", self.tr("Notes and Decision"), self.notes, right
        )
        self.ranking_dock = self._dock(
            "assessment_ranking", self.tr("Ranking"), self.ranking, bottom
        )
        self.portfolio_dock = self._dock(
            "assessment_portfolio", self.tr("Portfolio Matrix"), self.portfolio, bottom
        )
        self.budget_dock = self._dock("assessment_budget", self.tr("Budget"), self.budget, bottom)
        # The costly pictures are redrawn only while their tab is the one shown.
        self.portfolio_dock.visibilityChanged.connect(self.portfolio.set_on_screen)
        self.budget_dock.visibilityChanged.connect(self.budget.set_on_screen)

        self.live_dashboard = None  # the open live round's window, if any
        self._build_actions()
        self._build_menu()
        self._update_actions()

    def _dock(self, name: str, title: str, widget: QWidget, group: str) -> QDockWidget:
        dock = QDockWidget(title, self.window)
        dock.setObjectName(name)
        dock.setWidget(widget)
        dock.setAllowedAreas(
            Qt.DockWidgetArea.LeftDockWidgetArea
            | Qt.DockWidgetArea.RightDockWidgetArea
            | Qt.DockWidgetArea.BottomDockWidgetArea
        )
        self.window.add_dock(dock, group=group)
        return dock

    def _build_actions(self) -> None:
        window = self.window
        self.action_criteria = make_action(
            window,
            self.tr("&Criteria Catalogue…"),
            self.show_criteria,
            None,
            self.tr("Add, remove, rename, weight and reorder the criteria"),
        )
        self.action_score = make_action(
            window,
            self.tr("&Score Selected Touchpoint"),
            self.start_scoring,
            QKeySequence("Ctrl+Shift+R"),
            self.tr("Put the cursor on the first score of the selected touchpoint"),
        )
        self.action_next = make_action(
            window,
            self.tr("&Next Touchpoint"),
            self.scoring.next_touchpoint,
            QKeySequence("Ctrl+PgDown"),
            self.tr("Select the next touchpoint in map order"),
        )
        self.action_previous = make_action(
            window,
            self.tr("&Previous Touchpoint"),
            self.scoring.previous_touchpoint,
            QKeySequence("Ctrl+PgUp"),
            self.tr("Select the previous touchpoint in map order"),
        )
        self.action_super = make_action(
            window,
            self.tr("Suggest S&uper-Touchpoints…"),
            self.show_super_suggestion,
            None,
            self.tr("Mark the touchpoints with the highest priority index"),
        )
        self.action_distribute = make_action(
            window,
            self.tr("&Distribute Budget…"),
            self.show_distribution,
            None,
            self.tr("Split a total budget in proportion to the priority index"),
        )
        self.action_workshop = make_action(
            window,
            self.tr("&Import Workshop Ratings…"),
            self.show_workshop_import,
            None,
            self.tr("Read participants' ratings from a CSV or Excel table"),
        )
        self.action_workshop_results = make_action(
            window,
            self.tr("&Workshop Results…"),
            self.show_workshop_results,
            None,
            self.tr("Means, spread and number of ratings; aggregate again by group"),
        )
        self.action_live = make_action(
            window,
            self.tr("Run &Live Workshop…"),
            self.show_live_workshop,
            None,
            self.tr("Participants rate touchpoints on their phones over the local network"),
        )
        self.action_sheets = make_action(
            window,
            self.tr("Print &Rating Sheets…"),
            self.print_rating_sheets,
            None,
            self.tr("A PDF sheet per participant and the table to type the sheets into"),
        )
        self.action_export = make_action(
            window,
            self.tr("&Export Ranking…"),
            self.ranking.export,
            None,
            self.tr("Save the ranking as shown as a CSV or Excel table"),
        )
        self.document_actions: list[QAction] = [
            self.action_criteria,
            self.action_score,
            self.action_next,
            self.action_previous,
            self.action_super,
            self.action_distribute,
            self.action_workshop,
            self.action_workshop_results,
            self.action_live,
            self.action_sheets,
            self.action_export,
        ]

    def _build_menu(self) -> None:
        menu = self.window.add_menu(self.tr("&Assessment"))
        menu.addAction(self.action_criteria)
        menu.addSeparator()
        menu.addActions([self.action_score, self.action_next, self.action_previous])
        menu.addSeparator()
        menu.addActions([self.action_super, self.action_distribute])
        menu.addSeparator()
        menu.addActions(
            [
                self.action_live,
                self.action_sheets,
                self.action_workshop,
                self.action_workshop_results,
            ]
        )
        menu.addSeparator()
        menu.addAction(self.action_export)
        self.menu = menu

    def _update_actions(self) -> None:
        has_document = self.context is not None
        writable = has_document and not self.context.document.read_only  # type: ignore[union-attr]
        for action in self.document_actions:
            action.setEnabled(has_document)
        writable_actions = (
            self.action_super,
            self.action_distribute,
            self.action_workshop,
            self.action_live,
        )
        for action in writable_actions:
            action.setEnabled(writable)

    # -- document life cycle ----------------------------------------------------------

    def document_opened(self, context: DocumentContext) -> None:
        """Attach every panel to the new document."""
        super().document_opened(context)
        for panel in self.panels:
            panel.attach(context)
        self._update_actions()

    def document_closed(self) -> None:
        """Detach the panels and close the dialogs that belong to the document."""
        for dialog in self.window.findChildren(QDialog):
            if getattr(dialog, "belongs_to_document", False):
                dialog.close()
                dialog.deleteLater()
        for panel in self.panels:
            panel.detach()
        super().document_closed()
        self._update_actions()

    # -- commands ---------------------------------------------------------------------

    def _show_status(self, text: str) -> None:
        self.window.show_status(text)

    def _raise(self, dock: QDockWidget) -> None:
        dock.show()
        dock.raise_()

    def start_scoring(self) -> None:
        """Show the scores and put the cursor on the first score."""
        self._raise(self.scoring_dock)
        if self.context is not None and not self.context.selection.ids:
            self.scoring.next_touchpoint()
        self.scoring.focus_first_score()

    def show_criteria(self) -> None:
        """Open the criteria catalogue (modeless: edits are live and undoable)."""
        if self.context is None:
            return
        from tpm_desktop.ui.assessment.criteria_dialog import CriteriaDialog

        existing = self.window.findChild(CriteriaDialog)
        if existing is not None and existing.isVisible():
            existing.raise_()
            existing.activateWindow()
            return
        dialog = CriteriaDialog(self.context, self.window)
        dialog.show()

    def show_super_suggestion(self) -> None:
        """Suggest super-touchpoints by priority; the user accepts or overrides."""
        if self.context is None:
            return
        from tpm_desktop.ui.assessment.super_dialog import SuperDialog

        SuperDialog(self.context, self.window).exec()

    def show_distribution(self) -> None:
        """Propose a split of a total budget; the user reviews and accepts it."""
        if self.context is None:
            return
        from tpm_desktop.ui.assessment.distribute_dialog import DistributeDialog

        DistributeDialog(self.context, self.window).exec()

    def show_workshop_import(self) -> None:
        """Import a workshop table with a preview of every row."""
        if self.context is None:
            return
        from tpm_desktop.ui.assessment.workshop_dialog import WorkshopImportDialog

        WorkshopImportDialog(self.context, self.window).exec()

    def show_live_workshop(self) -> None:
        """Run a live rating round: set it up, serve it, show its dashboard."""
        if self.context is None:
            return
        from tpm_desktop.ui.assessment.live_dashboard import LiveDashboard
        from tpm_desktop.ui.assessment.live_launch import run_live_workshop

        existing = self.window.findChild(LiveDashboard)
        if existing is not None and existing.isVisible():
            existing.raise_()
            existing.activateWindow()
            return
        self.live_dashboard = run_live_workshop(
            self.window, self.context, self.window.files.workspace.root
        )

    def print_rating_sheets(self) -> None:
        """Rating sheets on paper, for a workshop without phones."""
        if self.context is None:
            return
        from tpm_desktop.ui.assessment.live_launch import print_rating_sheets

        print_rating_sheets(self.window, self.context)

    def show_workshop_results(self) -> None:
        """Show the stored ratings aggregated, and aggregate them again by group."""
        if self.context is None:
            return
        from tpm_desktop.ui.assessment.workshop_results import WorkshopResultsDialog

        WorkshopResultsDialog(self.context, self.window).exec()

"""Review a closed live round, then take it into the project as one undo step."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from tpm_desktop.core.live.results import result_changes
from tpm_desktop.core.live.round import LiveRound
from tpm_desktop.ui.assessment.common import caption, run_edit
from tpm_desktop.ui.assessment.labels import shown
from tpm_desktop.ui.assessment.live_model import LiveResultsModel, LiveResultsView
from tpm_desktop.ui.feature import DocumentContext


class LiveResultsDialog(QDialog):
    """The round's aggregates; Take stores the ratings (and, if chosen, the as-is values)."""

    def __init__(
        self, context: DocumentContext, live: LiveRound, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.live = live
        self.setWindowTitle(self.tr("Live Workshop Results"))
        participants = len({b.device for b in live.ballots()})
        touchpoints = len({b.touchpoint_id for b in live.ballots()})
        summary = QLabel(
            self.tr("“%1”: ").replace("%1", shown(live.spec.name, 60))
            + self.tr("%n rating(s)", "", live.ballot_count)
            + ", "
            + self.tr("%n participant(s)", "", participants)
            + ", "
            + self.tr("%n touchpoint(s).", "", touchpoints)
        )
        summary.setWordWrap(True)
        self.model = LiveResultsModel(live, self)
        view = LiveResultsView(self.model)
        self.as_is_box = QCheckBox(
            self.tr("Also set the as-is values to the means, rounded to the scale")
        )
        self.as_is_box.setChecked(True)
        notes = [
            self.tr(
                "The ratings are stored as workshop ratings with group and workshop “%1”; "
                "Assessment → Workshop Results shows them."
            ).replace("%1", shown(live.spec.name, 60))
        ]
        if any(s.criterion_id is None for s in live.spec.scales):
            notes.append(
                self.tr(
                    "Each participant's customer experience is stored as a workshop rating "
                    "without a criterion."
                )
            )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.take_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.take_button.setText(self.tr("&Take into Project"))
        self.take_button.setEnabled(live.ballot_count > 0 and not context.document.read_only)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(view, 1)
        layout.addWidget(self.as_is_box)
        layout.addWidget(caption(" ".join(notes)))
        layout.addWidget(buttons)
        self.resize(900, 560)

    def accept(self) -> None:
        """Push the ratings (and as-is values) through the editor: one undo step."""
        changes = result_changes(self.context.document.state, self.live, self.as_is_box.isChecked())
        editor = self.context.editor
        if not run_edit(
            self, lambda: editor.apply_changes(self.tr("Take live workshop results"), changes)
        ):
            return
        super().accept()

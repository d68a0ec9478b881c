"""View → Presentation Mode (F5): the visible view full screen, for a projector."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tpm_desktop.ui.actions import make_action
from tpm_desktop.ui.canvas.feature import MapFeature
from tpm_desktop.ui.feature import DocumentContext, Feature
from tpm_desktop.ui.presentation.map_steps import MapPresentable
from tpm_desktop.ui.presentation.presenter import Presenter
from tpm_desktop.ui.presentation.steps import Presentable

if TYPE_CHECKING:
    from tpm_desktop.ui.main_window import MainWindow


class PresentationFeature(Feature):
    """Owns the action and the presenter; presents whichever registered view is shown."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.presentables: list[Presentable] = []
        self.presenter = Presenter(window)

    def install(self) -> None:
        """The action in the View menu; the map as the first view to present."""
        window = self.window
        self.action = make_action(
            window,
            self.tr("Presentation &Mode"),
            self.toggle,
            "F5",
            self.tr("Show the map full screen for a projector; arrow keys step through it"),
            "view-fullscreen",
        )
        self.action.setEnabled(False)
        window.view_menu.addSeparator()
        window.view_menu.addAction(self.action)
        for feature in window.features:
            if isinstance(feature, MapFeature):
                self.register(MapPresentable(feature))

    def register(self, presentable: Presentable) -> None:
        """Offer another view for presenting (the one on screen is presented)."""
        self.presentables.append(presentable)

    def shown(self) -> Presentable | None:
        """The registered view that is on screen now (else the first one)."""
        for presentable in self.presentables:
            if presentable.view.isVisible():
                return presentable
        return self.presentables[0] if self.presentables else None

    def toggle(self) -> None:
        """Start presenting, or stop."""
        if self.presenter.active:
            self.presenter.stop()
            return
        target = self.shown()
        if target is not None and self.context is not None:
            self.presenter.start(target, self.context.selection)

    def document_opened(self, context: DocumentContext) -> None:
        """A document can be presented."""
        super().document_opened(context)
        self.action.setEnabled(True)

    def document_closed(self) -> None:
        """Nothing left to present."""
        self.presenter.stop()
        self.action.setEnabled(False)
        super().document_closed()

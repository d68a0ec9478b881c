"""A main window with the English sample project open, for the assessment panels."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.builders import save_new
from tpm_desktop.core.sample import sample_state
from tpm_desktop.ui.main_window import MainWindow


@pytest.fixture
def sample_path(tmp_path: Path) -> Path:
    """A writable copy of the English sample project."""
    path = tmp_path / "user" / "sample.tpm"
    path.parent.mkdir()
    save_new(path, sample_state("en"))
    return path


@pytest.fixture
def english(tpm_app):
    """The English catalogue (plural forms such as "1 touchpoint" / "3 touchpoints")."""
    from PySide6.QtCore import QCoreApplication

    from tpm_desktop.ui.i18n import Translations

    translations = Translations()
    translations.install("en")
    yield translations
    for translator in translations._translators:
        QCoreApplication.removeTranslator(translator)


@pytest.fixture
def window(tpm_app, english, qtbot, workspace, sample_path):
    """The main window, shown, with the sample open and the docks arranged.

    The inspector is pinned and the project tables shown: these tests are about
    the panels, not about when they appear (tests/ui/canvas/test_map_layout.py).
    """
    from PySide6.QtCore import QSettings

    from tpm_desktop.ui.inspector import PINNED_KEY, TABLES_KEY

    QSettings().setValue(PINNED_KEY, True)
    QSettings().setValue(TABLES_KEY, True)
    win = MainWindow("en", workspace)
    win.resize(1500, 950)
    win.show()
    qtbot.waitExposed(win)
    assert win.open_path(sample_path)
    feature = assessment_feature(win)
    qtbot.waitUntil(lambda: bool(win.tabifiedDockWidgets(feature.scoring_dock)))
    yield win
    if win.context is not None:
        win.context.document.undo_stack.setClean()
        win.files.close_document()
    win.close()
    win.deleteLater()


def assessment_feature(win):
    from tpm_desktop.ui.assessment.feature import AssessmentFeature

    return next(f for f in win.features if isinstance(f, AssessmentFeature))


@pytest.fixture
def feature(window):
    """The window's assessment feature."""
    return assessment_feature(window)


@pytest.fixture
def start_round(window, monkeypatch, qtbot):
    """Run Live Workshop with the setup dialog answered: all touchpoints, loopback."""

    def start(experience=True, criteria=None):
        from PySide6.QtWidgets import QDialog

        from tpm_desktop.ui.assessment.live_dashboard import LiveDashboard
        from tpm_desktop.ui.assessment.live_setup import LOOPBACK, LiveSetupDialog

        def answer(dialog):
            dialog.use_all.setChecked(True)
            for criterion_id, box in dialog.criterion_boxes.items():
                box.setChecked(criteria is None or criterion_id in criteria)
            dialog.experience_box.setChecked(experience)
            dialog.name_edit.setText("Kick-off")
            dialog.host_combo.setCurrentIndex(dialog.host_combo.findData(LOOPBACK))
            return QDialog.DialogCode.Accepted

        monkeypatch.setattr(LiveSetupDialog, "exec", answer)
        feature = assessment_feature(window)
        feature.action_live.trigger()
        dashboard = feature.live_dashboard
        assert isinstance(dashboard, LiveDashboard)
        qtbot.waitExposed(dashboard)
        return dashboard

    return start

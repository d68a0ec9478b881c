"""Fixtures for the monitoring panels: a real main window with a project open."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.support.builders import save_new
from tpm_desktop.core.project_file import read_project
from tpm_desktop.ui import i18n
from tpm_desktop.ui.main_window import MainWindow
from tpm_desktop.ui.monitoring import formatting
from tpm_desktop.ui.monitoring.feature import MonitoringFeature

TODAY = date(2026, 6, 1)  # the small project's call-back service (due 2026-03-01) is overdue


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch):
    monkeypatch.setattr(formatting, "today", lambda: TODAY)
    return TODAY


@pytest.fixture
def language() -> str:
    return "en"


@pytest.fixture
def translations(tpm_app, language):
    """The interface language installed as the application does (plural forms, locale)."""
    installed = i18n.Translations()
    installed.install(language)
    yield installed
    i18n.Translations().install("en")


@pytest.fixture
def window(tpm_app, qtbot, workspace, translations, language):
    # Panels and tables shown: these tests are about them, not about when they appear.
    from PySide6.QtCore import QSettings

    from tpm_desktop.ui.inspector import PINNED_KEY, TABLES_KEY

    QSettings().setValue(PINNED_KEY, True)
    QSettings().setValue(TABLES_KEY, True)
    win = MainWindow(language, workspace)
    win.resize(1400, 900)
    win.show()
    yield win
    # Not qtbot.addWidget: it closes the window before this cleanup, and a modified
    # document would then ask to be saved.
    if win.context is not None:
        win.context.document.undo_stack.setClean()
        win.files.close_document()
    win.close()
    win.deleteLater()


@pytest.fixture
def project_file(tmp_path) -> Path:
    path = tmp_path / "user" / "plan.tpm"
    path.parent.mkdir()
    save_new(path)
    return path


def monitoring_feature(window) -> MonitoringFeature:
    """The window's monitoring feature."""
    return next(f for f in window.features if isinstance(f, MonitoringFeature))


@pytest.fixture
def feature(window, project_file) -> MonitoringFeature:
    assert window.open_path(project_file)
    return monitoring_feature(window)


def touchpoint_id(window, name: str) -> int:
    return next(t.id for t in window.context.document.state.touchpoints.values() if t.name == name)


def select(window, name: str) -> int:
    tp = touchpoint_id(window, name)
    window.context.selection.set([tp])
    return tp


def saved(window, path: Path):
    """Save and read the user's file back."""
    window.action_save.trigger()
    return read_project(path)

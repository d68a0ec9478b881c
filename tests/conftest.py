"""Shared fixtures: an isolated data folder and QSettings for every test."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import tpm_desktop  # noqa: F401  (sets OPENPYXL_LXML before any test imports openpyxl)

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("LANG", "C.UTF-8")


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Working copies and locks go to a folder of this test only."""
    folder = tmp_path / "appdata"
    monkeypatch.setenv("TPM_DESKTOP_DATA_DIR", str(folder))
    monkeypatch.setenv("LANGUAGE", "en")
    return folder


@pytest.fixture
def workspace(data_dir: Path):
    """A Workspace in the test's data folder."""
    from tpm_desktop.core.workspace import Workspace

    return Workspace(data_dir)


@pytest.fixture
def settings_dir(tmp_path: Path, request: pytest.FixtureRequest) -> Path:
    """QSettings of this test only (user scope, ini files in a temp folder)."""
    from PySide6.QtCore import QSettings

    folder = tmp_path / "settings"
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(folder))
        QSettings.setPath(fmt, QSettings.Scope.SystemScope, str(folder / "system"))
    return folder


@pytest.fixture
def tpm_app(qapp, settings_dir: Path):
    """The QApplication named as in production, with isolated settings."""
    from tpm_desktop.ui.app import configure_application

    configure_application(qapp)
    from PySide6.QtCore import QSettings

    QSettings().clear()
    return qapp


@pytest.fixture(scope="session")
def sample_file_en(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The English sample project as a file (made once per session; do not modify)."""
    from tpm_desktop.core.project_file import OpenProject
    from tpm_desktop.core.sample import sample_state
    from tpm_desktop.core.workspace import Workspace

    folder = tmp_path_factory.mktemp("sample")
    project = OpenProject.create(sample_state("en"), Workspace(folder / "data"))
    target = folder / "sample-en.tpm"
    project.save_as(target)
    project.close()
    os.chmod(target, 0o444)
    return target


@pytest.fixture(autouse=True)
def no_unexpected_prompts(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch):
    """A modal dialog would hang the test run: unanswered prompts fail the test instead.

    Tests that expect a prompt answer it with their own monkeypatch.setattr.
    """
    if not {"qapp", "qtbot", "tpm_app"} & set(request.fixturenames):
        return
    from tpm_desktop.ui import prompts

    def unexpected(*args, **kwargs):
        raise AssertionError(f"unexpected modal prompt: {args[1:]!r}")

    for name in (
        "ask_save_changes",
        "ask_recover",
        "confirm",
        "show_error",
        "show_info",
        "ask_text",
        "ask_colour",
        "ask_move_or_delete",
    ):
        monkeypatch.setattr(prompts, name, unexpected)

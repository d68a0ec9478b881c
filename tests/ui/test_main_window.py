"""The application shell: files, title, undo labels, closing, recent files, recovery."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDockWidget, QFileDialog, QTabBar

from tests.support.builders import save_new
from tpm_desktop.core.edits import touchpoints
from tpm_desktop.core.errors import EditError
from tpm_desktop.core.project_file import OpenProject, read_project
from tpm_desktop.ui import prompts
from tpm_desktop.ui.app import Application
from tpm_desktop.ui.main_window import MainWindow


@pytest.fixture
def window(tpm_app, qtbot, workspace):
    win = MainWindow("en", workspace)
    qtbot.addWidget(win)
    win.show()
    yield win
    if win.context is not None:
        win.context.document.undo_stack.setClean()
        win.files.close_document()


@pytest.fixture
def project_file(tmp_path) -> Path:
    path = tmp_path / "user" / "kunde.tpm"
    path.parent.mkdir()
    save_new(path)
    return path


def add_touchpoint(window, name="Chat"):
    return window.context.editor.add_touchpoint(name, 1, 1, 1)


def test_title_shows_name_and_modified_mark(window, project_file):
    assert window.windowTitle() == "TPM Desktop"
    assert window.open_path(project_file)
    assert window.windowTitle() == "kunde[*] — TPM Desktop"
    assert not window.isWindowModified()
    add_touchpoint(window)
    assert window.isWindowModified()
    window.context.document.undo_stack.undo()
    assert not window.isWindowModified()


def test_edit_menu_names_the_command(window, project_file):
    window.open_path(project_file)
    assert not window.action_undo.isEnabled()
    add_touchpoint(window)
    assert window.action_undo.text() == "&Undo Add touchpoint"
    window.action_undo.trigger()
    assert window.action_redo.text() == "&Redo Add touchpoint"
    assert window.action_undo.text() == "&Undo"


def test_save_writes_the_file(window, project_file):
    window.open_path(project_file)
    add_touchpoint(window, "Saved touchpoint")
    window.action_save.trigger()
    assert not window.isWindowModified()
    names = {tp.name for tp in read_project(project_file).touchpoints.values()}
    assert "Saved touchpoint" in names


@pytest.mark.parametrize("answer", list(prompts.Answer))
def test_closing_with_changes_asks(window, project_file, monkeypatch, answer):
    window.open_path(project_file)
    add_touchpoint(window, "Pending")
    asked = []
    monkeypatch.setattr(
        prompts, "ask_save_changes", lambda parent, name: asked.append(name) or answer
    )
    window.close()
    assert asked == ["kunde"]
    names = {tp.name for tp in read_project(project_file).touchpoints.values()}
    if answer is prompts.Answer.CANCEL:
        assert window.isVisible() and window.context is not None
        assert "Pending" not in names
    else:
        assert not window.isVisible() and window.context is None
        assert ("Pending" in names) == (answer is prompts.Answer.SAVE)


def test_untitled_save_asks_for_a_name(window, tmp_path, monkeypatch):
    window.files.new_project()
    add_touchpoint(window)
    target = tmp_path / "neu"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.action_save.trigger()
    assert (tmp_path / "neu.tpm").exists()
    assert window.windowTitle() == "neu[*] — TPM Desktop"


def test_bad_file_shows_one_error_and_keeps_current_project(
    window, project_file, tmp_path, monkeypatch
):
    window.open_path(project_file)
    errors = []
    monkeypatch.setattr(
        prompts, "show_error", lambda parent, title, message: errors.append(message)
    )
    bad = tmp_path / "bad.tpm"
    bad.write_text("not a project")
    assert not window.open_path(bad)
    assert len(errors) == 1 and "not a TPM Desktop project" in errors[0]
    assert window.context is None  # the old one was closed before trying (no changes)
    assert bad.read_text() == "not a project"


def test_recent_files_are_kept_in_settings(window, project_file, tmp_path):
    other = tmp_path / "user" / "zwei.tpm"
    save_new(other)
    window.open_path(project_file)
    window.open_path(other)
    assert window.recent.paths()[:2] == [other, project_file]
    assert QSettings().value("files/recent")[0] == str(other)
    window.recent_menu.aboutToShow.emit()
    labels = [a.text() for a in window.recent_menu.actions() if a.text()]
    assert labels[:2] == ["&1 zwei.tpm", "&2 kunde.tpm"]
    window.files.close_document()
    items = [
        window.welcome.recent_list.item(i).text() for i in range(window.welcome.recent_list.count())
    ]
    assert items[:2] == ["zwei.tpm", "kunde.tpm"]


def test_file_open_in_another_instance_is_read_only_with_banner(window, project_file, workspace):
    other = OpenProject.open(project_file, workspace)
    window.open_path(project_file)
    assert window.context.document.read_only
    assert not window.banner.isHidden()
    assert "another TPM Desktop window" in window.banner.text()
    assert "(read-only)" in window.windowTitle()
    with pytest.raises(EditError):
        add_touchpoint(window)
    other.close()


def test_layout_is_remembered(window, tpm_app, workspace, qtbot):
    window.resize(720, 530)  # inside the 800x600 offscreen screen, which restoring respects
    window.close()
    again = MainWindow("en", workspace)
    qtbot.addWidget(again)
    assert (again.size().width(), again.size().height()) == (720, 530)


def test_panels_hide_on_the_welcome_page_and_come_back_as_they_were(
    window, project_file, workspace, qtbot
):
    docks = {dock.objectName(): dock for dock in window.findChildren(QDockWidget)}
    assert docks and not any(dock.isVisible() for dock in docks.values())
    assert not window.view_panels_menu.isEnabled()
    window.resize(1200, 760)
    assert window.open_path(project_file)
    qtbot.wait(50)
    # Nothing selected, the tables not asked for: the map has the window.
    assert not any(dock.isVisible() for dock in docks.values())
    window.inspector.tables_action.trigger()
    window.context.selection.set([add_touchpoint(window)])
    qtbot.wait(50)
    assert window.width() == 1200  # the panels do not widen the window
    # One tab bar per group, and no stray one left over from tabbing.
    bars = [b for b in window.findChildren(QTabBar) if b.isVisible() and b.parent() is window]
    assert sorted(bar.count() for bar in bars) == sorted(
        len(group.docks) for group in window.dock_groups.values()
    )
    assert docks["assessment_scores"].isVisible() and docks["assessment_ranking"].isVisible()
    assert window.view_panels_menu.isEnabled()
    docks["assessment_ranking"].close()  # the user's choice survives closing the project
    window.context.document.undo_stack.setClean()
    window.files.close_document()
    assert not any(dock.isVisible() for dock in docks.values())
    window.save_layout()  # saved from the welcome page: the panels' layout, not "all hidden"
    assert window.open_path(project_file)
    window.inspector.pin_action.setChecked(True)
    assert docks["assessment_scores"].isVisible()
    assert not docks["assessment_ranking"].isVisible()
    window.files.close_document()
    again = MainWindow("en", workspace)
    qtbot.addWidget(again)
    again.show()
    assert again.open_path(project_file)
    shown = {d.objectName() for d in again.findChildren(QDockWidget) if d.isVisible()}
    assert "assessment_scores" in shown and "assessment_ranking" not in shown
    again.files.close_document()


def test_crashed_session_is_offered_and_recovered(
    tpm_app, qtbot, workspace, project_file, monkeypatch
):
    crashed = OpenProject.open(project_file, workspace)
    changes, _ = touchpoints.add_touchpoint(crashed.state, "Rescued", 1, 1, 1)
    crashed.commit(changes)
    crashed._session.release()
    crashed._file_lock.release()
    offers = []
    monkeypatch.setattr(
        prompts, "ask_recover", lambda parent, name, when: offers.append(name) or True
    )
    application = Application(tpm_app, "en")
    application.workspace = workspace
    application.window.files.workspace = workspace
    qtbot.addWidget(application.window)
    application.start(None)
    assert offers == ["kunde"]
    document = application.window.context.document
    assert "Rescued" in {tp.name for tp in document.state.touchpoints.values()}
    assert document.modified and application.window.isWindowModified()
    document.undo_stack.setClean()
    application.window.files.close_document()


def test_language_switch_keeps_the_open_project(tpm_app, qtbot, workspace, project_file):
    application = Application(tpm_app, "en")
    application.window.files.workspace = workspace
    qtbot.addWidget(application.window)
    application.window.open_path(project_file)
    document = application.window.context.document
    application.window.context.editor.add_touchpoint("Kept", 1, 1, 1)
    application.switch_language("de")
    qtbot.addWidget(application.window)
    assert application.window.context.document is document
    assert document.undo_stack.count() == 1
    assert application.window.file_menu.title() == "&Datei"
    assert application.window.action_undo.text().startswith("&Rückgängig")
    document.undo_stack.setClean()
    application.window.files.close_document()
    application.switch_language("en")


def test_start_opens_the_file_from_the_command_line(tpm_app, qtbot, workspace, project_file):
    application = Application(tpm_app, "en")
    application.window.files.workspace = workspace
    qtbot.addWidget(application.window)
    application.start(str(project_file))
    assert application.window.context.document.path == project_file
    assert application.window.windowTitle() == "kunde[*] — TPM Desktop"
    application.window.files.close_document()


def test_start_with_a_bad_file_shows_one_error(tpm_app, qtbot, workspace, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(prompts, "show_error", lambda parent, title, text: shown.append(text))
    application = Application(tpm_app, "en")
    application.window.files.workspace = workspace
    qtbot.addWidget(application.window)
    application.start(str(tmp_path / "missing.tpm"))
    assert application.window.context is None
    assert len(shown) == 1 and "does not exist" in shown[0]
    assert not (tmp_path / "missing.tpm").exists()

"""No cut-off text at 1366×768, in German or English.

Opens the main window at 1366×768 with the sample project, shows every panel in turn,
and opens every dialog its menus offer (the entries ending in "…" and the Help menu).
Every label, button, check box, radio button, group title and table header must fit
its widget, or elide with the whole text in its tooltip (tests/support/fit.py).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog, QDockWidget, QFileDialog, QMenu, QWidget

from tests.support.fit import cut_texts, plain
from tpm_desktop.core.sample import sample_state
from tpm_desktop.ui import prompts
from tpm_desktop.ui.i18n import Translations
from tpm_desktop.ui.main_window import MainWindow

SCREEN = (1366, 768)


@pytest.fixture(params=["de", "en"])
def window(request, tpm_app, qtbot, workspace, monkeypatch):
    language = request.param
    translations = Translations()
    translations.install(language)
    for name in ("getOpenFileName", "getOpenFileNames", "getSaveFileName"):
        monkeypatch.setattr(QFileDialog, name, staticmethod(lambda *a, **k: ("", "")))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: ""))
    win = MainWindow(language, workspace)
    qtbot.addWidget(win)
    win.resize(*SCREEN)
    win.show()
    qtbot.waitExposed(win)
    assert win.files.new_project(sample_state(language))
    yield win
    for widget in QApplication.topLevelWidgets():
        if widget is not win and widget.isVisible():
            widget.close()
    if win.context is not None:
        win.context.document.undo_stack.setClean()
        win.files.close_document()
    win.close()
    for translator in translations._translators:
        tpm_app.removeTranslator(translator)
    QLocale.setDefault(QLocale(QLocale.Language.English))


def settle(qtbot) -> None:
    QApplication.processEvents()
    qtbot.wait(20)


def test_every_panel_fits_at_1366_by_768(window, qtbot):
    problems = []
    docks = window.findChildren(QDockWidget)
    assert len(docks) > 8
    for dock in docks:
        dock.show()
        dock.raise_()
        settle(qtbot)
        problems += cut_texts(dock)
    assert sorted(set(problems)) == []


def dialog_actions(window: MainWindow) -> list[QAction]:
    """Menu entries that open a dialog: those ending in "…", and the Help menu's."""
    found: list[QAction] = []

    def walk(menu: QMenu, in_help: bool) -> None:
        menu.aboutToShow.emit()
        for action in menu.actions():
            if action.isSeparator() or not action.isVisible() or not action.isEnabled():
                continue
            if action.menu() is not None:
                walk(action.menu(), in_help)
            elif (in_help or plain(action.text()).endswith("…")) and action not in found:
                found.append(action)

    menus = [a.menu() for a in window.menuBar().actions() if a.menu() is not None]
    for index, menu in enumerate(menus):
        walk(menu, index == len(menus) - 1)
    return found


def shown_dialogs(window: QWidget) -> list[QWidget]:
    return [
        w
        for w in QApplication.topLevelWidgets()
        if w is not window and w.isVisible() and not isinstance(w, QMenu)
    ]


def test_every_dialog_from_the_menus_fits_at_1366_by_768(window, qtbot, monkeypatch):
    # exec() would block the test: show the dialog instead and answer "cancel" for it.
    monkeypatch.setattr(QDialog, "exec", lambda self: (self.show(), 0)[1])
    monkeypatch.setattr(prompts, "ask_text", lambda *args, **kwargs: None)  # a lane's name
    problems, opened = [], []
    for action in dialog_actions(window):
        action.trigger()
        settle(qtbot)
        for dialog in shown_dialogs(window):
            opened.append(plain(action.text()))
            width, height = min(dialog.width(), SCREEN[0]), min(dialog.height(), SCREEN[1])
            dialog.resize(width, height)
            settle(qtbot)
            problems += cut_texts(dialog)
            dialog.close()
            settle(qtbot)
    assert len(opened) >= 10, opened
    assert sorted(set(problems)) == []


def test_the_check_finds_a_cut_label_and_accepts_an_elided_one(tpm_app, qtbot):
    from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton

    box = QWidget()
    layout = QHBoxLayout(box)
    cut = QLabel("Zufriedenheitsbefragung nach Kontakt")
    cut.setFixedWidth(40)
    elided = QLabel("Zufrieden…")
    elided.setToolTip("Zufriedenheitsbefragung nach Kontakt")
    elided.setFixedWidth(40)
    button = QPushButton("Alle Änderungen übernehmen")
    button.setFixedWidth(50)
    for widget in (cut, elided, button):
        layout.addWidget(widget)
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    problems = cut_texts(box)
    assert len(problems) == 2
    assert any("Zufriedenheitsbefragung" in p for p in problems)
    assert any("übernehmen" in p for p in problems)

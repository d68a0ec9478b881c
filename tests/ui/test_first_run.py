"""The first ten minutes: welcome page, method guide, shortcut sheet, settings, About, icon."""

from __future__ import annotations

import configparser
import os
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from tests.support.builders import save_new
from tpm_desktop.core.paths import resources_dir
from tpm_desktop.ui import preferences
from tpm_desktop.ui.about_dialog import AboutDialog
from tpm_desktop.ui.help.guide import MethodGuide
from tpm_desktop.ui.help.shortcuts import ShortcutsDialog
from tpm_desktop.ui.i18n import Translations
from tpm_desktop.ui.main_window import MainWindow
from tpm_desktop.ui.settings_dialog import SettingsDialog
from tpm_desktop.ui.welcome import DETAIL_ROLE

ROOT = Path(__file__).resolve().parents[2]


def discard(win: MainWindow) -> None:
    if win.context is not None:
        win.context.document.undo_stack.setClean()
        win.files.close_document()


@pytest.fixture
def language():
    return "en"


@pytest.fixture
def window(tpm_app, qtbot, workspace, language):
    translations = Translations()
    translations.install(language)
    win = MainWindow(language, workspace)
    qtbot.addWidget(win, before_close_func=discard)
    win.show()
    yield win
    discard(win)
    for translator in translations._translators:
        tpm_app.removeTranslator(translator)


def test_welcome_lists_recent_projects_with_folder_and_date(tpm_app, qtbot, workspace, tmp_path):
    present = tmp_path / "Kunden" / "stadtwerke.tpm"
    present.parent.mkdir()
    save_new(present)
    gone = tmp_path / "weg.tpm"
    QSettings().setValue("files/recent", [str(present), str(gone)])
    window = MainWindow("en", workspace)
    qtbot.addWidget(window)
    listing = window.welcome.recent_list
    assert window.welcome.recent_stack.currentWidget() is listing
    first, second = listing.item(0), listing.item(1)
    assert first.text() == "stadtwerke.tpm"
    assert first.data(DETAIL_ROLE).startswith(f"{present.parent} · changed ")
    assert second.data(DETAIL_ROLE) == f"{tmp_path} · not found"
    listing.setCurrentItem(first)
    qtbot.keyClick(listing, Qt.Key.Key_Return)
    assert window.context is not None and window.context.document.path == present
    window.files.close_document()
    window.recent.clear()
    assert window.welcome.recent_stack.currentWidget() is window.welcome.recent_empty


def test_welcome_cards_start_a_project_or_the_sample(window, qtbot):
    asked = []
    window.sample_requested.connect(lambda: asked.append(True))
    qtbot.mouseClick(window.welcome.sample_button, Qt.MouseButton.LeftButton)
    assert asked == [True]
    qtbot.mouseClick(window.welcome.new_button, Qt.MouseButton.LeftButton)
    assert window.context is not None
    assert window.stack.currentWidget() is window.workspace_host


def test_new_projects_start_with_the_catalogue_from_the_settings(window, qtbot):
    dialog = SettingsDialog(window, "en")
    qtbot.addWidget(dialog)
    catalogue = dialog.catalogue
    assert catalogue.table.rowCount() == 4 and catalogue.is_standard()
    catalogue.remove_row()  # nothing selected: nothing removed
    catalogue.table.setCurrentCell(1, 0)
    catalogue.remove_row()  # Performance goes
    catalogue.add_row()
    catalogue.table.item(3, 0).setText("Reichweite")
    catalogue._spin(3, 1).setValue(2.5)
    catalogue._spin(3, 3).setValue(10)
    catalogue.move_row(-1)  # above Controllability
    dialog.report_language_box.setCurrentIndex(dialog.report_language_box.findData("de"))
    dialog.paper_box.setCurrentIndex(dialog.paper_box.findData("Letter"))
    dialog.accept()
    assert not dialog.language_changed
    assert preferences.report_language("en") == "de"
    assert preferences.paper_size() == "Letter"

    window.action_new.trigger()
    criteria = window.context.document.state.criteria
    assert [c.name for c in criteria] == [
        "Function",
        "Cost/benefit",
        "Reichweite",
        "Controllability",
    ]
    assert (criteria[2].weight, criteria[2].scale_min, criteria[2].scale_max) == (2.5, 1, 10)

    again = SettingsDialog(window, "en")
    qtbot.addWidget(again)
    assert again.catalogue.table.item(2, 0).text() == "Reichweite"
    qtbot.mouseClick(again.catalogue.reset_button, Qt.MouseButton.LeftButton)
    again.accept()
    assert QSettings().value(preferences.CRITERIA_KEY) is None  # the standard again
    assert preferences.report_language("en") == "de"


def test_preferences_survive_damaged_settings(tpm_app):
    QSettings().setValue(preferences.CRITERIA_KEY, "[{not json")
    QSettings().setValue(preferences.PAPER_SIZE_KEY, "A0")
    assert preferences.default_criteria()[0].name["de"] == "Funktion"
    assert preferences.paper_size() == "A4"
    assert preferences.report_language("de") == "de"


def test_method_guide_walks_the_four_steps_and_knows_the_window(window, qtbot):
    window.action_guide.trigger()
    guide = window.findChild(MethodGuide)
    assert guide is not None and guide.isVisible()
    titles = [guide.contents.item(i).text() for i in range(guide.contents.count())]
    assert titles == [
        "Overview",
        "1 As-is analysis",
        "2 Target strategy",
        "3 Implementation",
        "4 Monitoring",
        "Reporting",
        "Finding your way",
    ]
    assert "Four steps, each in two stages" in guide.browser.toPlainText()
    assert not guide.back_button.isEnabled()
    qtbot.mouseClick(guide.next_button, Qt.MouseButton.LeftButton)
    assert "Where it lives in TPM Desktop" in guide.browser.toPlainText()
    guide.show_page(len(titles) - 1)
    text = guide.browser.toPlainText()
    assert "File: New, Open…" in text and "Import Touchpoints…" in text
    assert not guide.next_button.isEnabled()
    guide.close()


@pytest.mark.parametrize("language", ["de"])
def test_method_guide_in_german(window):
    guide = MethodGuide(window)
    titles = [guide.contents.item(i).text() for i in range(guide.contents.count())]
    assert titles[:3] == ["Überblick", "1 Ist-Analyse", "2 Soll-Strategie"]
    assert "Vier Schritte mit je zwei Etappen" in guide.browser.toPlainText()
    guide.show_page(6)
    assert "Datei: Neu, Öffnen…" in guide.browser.toPlainText()


def test_shortcut_sheet_is_generated_from_the_window(window, qtbot):
    sheet = ShortcutsDialog(window)
    qtbot.addWidget(sheet)
    rows = {}
    for g in range(sheet.tree.topLevelItemCount()):
        group = sheet.tree.topLevelItem(g)
        for c in range(group.childCount()):
            rows[(group.text(0), group.child(c).text(0))] = group.child(c).text(1)
    native = QKeySequence.SequenceFormat.NativeText
    assert rows[("File", "Import Touchpoints…")] == QKeySequence("Ctrl+Shift+I").toString(native)
    assert rows[("File", "Save")].startswith(QKeySequence("Ctrl+S").toString(native))
    assert ("Help", "Touchpoint Management") in rows
    assert all(keys for keys in rows.values())
    qtbot.keyClicks(sheet.filter_edit, "export")
    visible = [
        sheet.tree.topLevelItem(g).child(c).text(0)
        for g in range(sheet.tree.topLevelItemCount())
        for c in range(sheet.tree.topLevelItem(g).childCount())
        if not sheet.tree.topLevelItem(g).child(c).isHidden()
    ]
    assert visible == ["Export Touchpoints…"]


def test_about_lists_the_bundled_parts_and_their_licences(window, qtbot):
    about = AboutDialog(window)
    qtbot.addWidget(about)
    parts = {name: licence for name, _, licence in about.rows}
    assert parts["Qt"] == "LGPL-3.0" and parts["PySide6 / Shiboken6"] == "LGPL-3.0"
    assert "Bitstream Vera" in parts["DejaVu Sans"]
    assert parts["openpyxl / et-xmlfile"] == "MIT"
    assert parts["python-pptx"] == "MIT" and "BSD" in parts["pypdfium2 / PDFium"]
    assert parts["waitress"] == "ZPL-2.1" and parts["segno"] == "BSD-3-Clause"
    assert all(version not in ("", "–") for _, version, _ in about.rows)


def test_application_icon_and_window_icon(tpm_app, window):
    icon = QApplication.windowIcon()
    assert not icon.isNull()
    assert not icon.pixmap(64, 64).toImage().isNull()
    assert not window.windowIcon().isNull()


def test_desktop_entry_and_mime_type_describe_tpm_files():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(resources_dir() / "linux" / "tpm-desktop.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Type"] == "Application" and section["Icon"] == "tpm-desktop"
    assert section["MimeType"] == "application/x-tpm-project;"
    assert section["Exec"] == "@EXEC@ %f"
    mime = ET.parse(resources_dir() / "linux" / "tpm-desktop-mime.xml").getroot()
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    kind = mime.find("m:mime-type", ns)
    assert kind.get("type") == "application/x-tpm-project"
    assert kind.find("m:glob", ns).get("pattern") == "*.tpm"
    # the magic names the application_id our files carry at byte 68
    inner = kind.find("m:magic/m:match/m:match", ns)
    assert (inner.get("offset"), inner.get("value")) == ("68", "TPM1")


def test_install_script_puts_entry_icon_and_mime_type_into_the_user_data_folder(tmp_path):
    data = tmp_path / "data"
    env = {
        **os.environ,
        "XDG_DATA_HOME": str(data),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "TPM_DESKTOP_NO_XDG_UTILS": "1",
        "TPM_DESKTOP_EXEC": str(tmp_path / "my apps" / "tpm-desktop"),
    }
    program = tmp_path / "my apps" / "tpm-desktop"
    program.parent.mkdir()
    program.write_text("#!/bin/sh\n")
    program.chmod(0o755)
    script = ROOT / "scripts" / "install-desktop.sh"
    result = subprocess.run(["bash", str(script)], env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    entry = (data / "applications" / "tpm-desktop.desktop").read_text(encoding="utf-8")
    assert f'Exec="{program}" %f' in entry and f"TryExec={program}\n" in entry
    assert (data / "mime" / "packages" / "tpm-desktop-mime.xml").exists()
    assert (data / "icons" / "hicolor" / "scalable" / "apps" / "tpm-desktop.svg").exists()
    assert (data / "icons" / "hicolor" / "48x48" / "apps" / "tpm-desktop.png").stat().st_size > 0
    result = subprocess.run(
        ["bash", str(script), "--uninstall"], env=env, capture_output=True, text=True
    )
    assert result.returncode == 0
    assert not (data / "applications" / "tpm-desktop.desktop").exists()
    assert not (data / "icons" / "hicolor" / "48x48" / "apps" / "tpm-desktop.png").exists()

"""The map speaks German: menu, headers, palette entries and the names it creates."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication

from tests.ui.canvas.conftest import cell_point, feature
from tests.ui.canvas.test_map_drag import palette_mime, send_drop
from tpm_desktop.core.sample import sample_state
from tpm_desktop.ui.i18n import Translations
from tpm_desktop.ui.main_window import MainWindow


@pytest.fixture
def german(tpm_app, qtbot, workspace):
    translations = Translations()
    translations.install("de")
    win = MainWindow("de", workspace)
    win.resize(1400, 900)
    win.show()
    qtbot.waitExposed(win)
    assert win.files.new_project(sample_state("de"))
    yield win
    win.context.document.undo_stack.setClean()
    win.files.close_document()
    win.close()
    win.deleteLater()
    for translator in translations._translators:
        QCoreApplication.removeTranslator(translator)


def test_the_german_map(german):
    titles = [a.text() for a in german.menuBar().actions()]
    assert "&Landkarte" in titles
    map_feature = feature(german)
    scene = map_feature.view.map_scene
    assert scene.corner.rows_title == "Abteilung" and scene.corner.columns_title == "Kanal"
    counts = next(h for h in scene.header_items() if h.is_row)
    assert counts.count > 1
    assert map_feature.palette.windowTitle() == "Touchpoint-Bibliothek"
    assert map_feature.legend.title == "Abteilung"
    assert map_feature.tool_bar.hide_others.text() == "Andere ausblenden"


def test_a_german_palette_drop_creates_a_german_name(german):
    view = feature(german).view
    state = german.context.document.state
    before = set(state.touchpoints)
    row, column = view.map_scene.arrangement.rows[1].id, view.map_scene.arrangement.columns[1].id
    send_drop(view, palette_mime(german, "invoice"), cell_point(view, row, column))
    (new_id,) = set(state.touchpoints) - before
    assert state.touchpoints[new_id].name == "Rechnung"

"""The map with hostile files, read-only documents and a window handed over on a language switch."""

from __future__ import annotations

import dataclasses
import time

from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest

from tests.support.builders import save_new
from tests.ui.canvas.conftest import card_point, drag, feature, map_state, tp_id, view_of
from tests.ui.canvas.test_map_drag import palette_mime, send_drop
from tpm_desktop.core.changes import Change, ChangeSet
from tpm_desktop.core.model import Department, Touchpoint
from tpm_desktop.core.project_file import OpenProject
from tpm_desktop.ui.app import Application
from tpm_desktop.ui.canvas.looks import MAX_CARD_CHARS, card_tooltip
from tpm_desktop.ui.main_window import MainWindow


def test_huge_names_and_markup_are_cut_before_layout_and_escaped(
    tpm_app, qtbot, workspace, tmp_path
):
    state = map_state()
    huge = "<b>Boom</b> " + "x" * 2_000_000
    website = next(t for t in state.touchpoints.values() if t.name == "Website")
    marketing = state.get(Department, 1)
    # A received file can hold what the edit rules never let through.
    state.apply(
        ChangeSet(
            (
                Change(website, dataclasses.replace(website, name=huge)),
                Change(marketing, dataclasses.replace(marketing, name="<i>M</i>" * 100_000)),
            )
        )
    )
    path = tmp_path / "huge.tpm"
    save_new(path, state, workspace)
    win = MainWindow("en", workspace)
    win.resize(1200, 800)
    win.show()
    try:
        start = time.perf_counter()
        assert win.open_path(path)
        QTest.qWait(50)
        assert time.perf_counter() - start < 10
        scene = feature(win).view.map_scene
        item = scene.card_item(website.id)
        assert item.look is not None and len(item.look.name) <= MAX_CARD_CHARS + 1
        assert all(len(h.lane.label) <= 200 for h in scene.header_items())
        tip = card_tooltip(win.context.document.state, website.id, scene.today)
        assert "<b>Boom" not in tip and "&lt;b&gt;Boom" in tip and len(tip) < 5000
    finally:
        win.files.close_document()
        win.close()
        win.deleteLater()


def test_a_read_only_document_can_be_looked_at_but_not_changed(tpm_app, qtbot, workspace, map_file):
    other = OpenProject.open(map_file, workspace)
    win = MainWindow("en", workspace)
    win.resize(1400, 900)
    win.show()
    try:
        win.open_path(map_file)
        assert win.context.document.read_only
        view = view_of(win)
        state = win.context.document.state
        before = dict(state.touchpoints)
        edits = feature(win).edits
        website = tp_id(state, "Website")
        drag(view, card_point(view, website), card_point(view, tp_id(state, "Hotline")))
        assert win.context.selection.ids == [website]  # selecting still works
        assert not edits.delete.isEnabled() and not edits.paste.isEnabled()
        assert edits.copy.isEnabled()
        QTest.keyClick(view, Qt.Key.Key_F2)
        assert view.renamer.editor is None
        layout = view.map_scene.arrangement.layout
        empty = view.mapFromScene(
            QPointF(layout.cell_rect(2, 3).x + 40, layout.cell_rect(2, 3).y + 20)
        )
        assert send_drop(view, palette_mime(win, "invoice"), empty) == (False, False)
        assert dict(state.touchpoints) == before
    finally:
        win.files.close_document()
        win.close()
        win.deleteLater()
        other.close()


def test_the_map_follows_the_document_into_the_new_window_on_a_language_switch(
    tpm_app, qtbot, workspace, map_file
):
    application = Application(tpm_app, "en")
    application.workspace = workspace
    application.window.files.workspace = workspace
    application.window.open_path(map_file)
    old_feature = feature(application.window)
    document = application.window.context.document
    application.switch_language("de")
    qtbot.addWidget(application.window)
    new_feature = feature(application.window)
    assert old_feature.scene is None  # the old window let go of the document
    state = document.state
    hotline = tp_id(state, "Hotline")
    application.window.context.editor.move_touchpoints(
        new_feature.view.map_scene.axes, [hotline], 1, 1, None
    )
    assert new_feature.view.map_scene.arrangement.cell_of(hotline) == (1, 1)
    assert new_feature.menu.title() == "&Landkarte"
    document.undo_stack.setClean()
    application.window.files.close_document()
    application.switch_language("en")
    application.window.close()


def test_clicking_the_minimap_moves_the_view(window, qtbot):
    view = view_of(window)
    map_feature = feature(window)
    view.set_zoom(3.0)
    view.horizontalScrollBar().setValue(0)
    view.verticalScrollBar().setValue(0)
    qtbot.waitUntil(lambda: map_feature.minimap.isVisible())
    minimap = map_feature.minimap
    before = view.visible_scene_rect().center()
    QTest.mouseClick(
        minimap,
        Qt.MouseButton.LeftButton,
        pos=minimap.rect().bottomRight() - minimap.rect().center() / 4,
    )
    after = view.visible_scene_rect().center()
    assert after.x() > before.x() and after.y() > before.y()
    # the whole map in view: no minimap
    view.zoom_fit()
    assert not minimap.isVisible()


def test_card_and_cell_menus_offer_the_edits(window):
    view = view_of(window)
    map_feature = feature(window)
    state = window.context.document.state
    view.select([tp_id(state, "Blog")])
    card = [a.text() for a in map_feature.card_menu(("card", tp_id(state, "Blog"))).actions()]
    assert "Re&name Touchpoint" in card and "&Delete" in card and "&Paste" in card
    cell = map_feature.card_menu(("cell", (2, 3)))
    here = next(a for a in cell.actions() if a.text() == "New Touchpoint Here")
    here.trigger()
    editor = view.renamer.editor
    assert editor is not None
    editor.setText("Walk-in advice")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    assert [
        t.name for t in state.touchpoints.values() if t.department_id == 2 and t.channel_id == 3
    ] == ["Walk-in advice"]
    assert isinstance(state.touchpoints[max(state.touchpoints)], Touchpoint)

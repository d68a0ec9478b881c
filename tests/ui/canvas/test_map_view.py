"""Looking at the map: zoom, frozen headers, axes, colour modes, search, filters, export."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QImage, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog

from tests.ui.canvas.conftest import card_point, feature, saved, tp_id, view_of
from tpm_desktop.core.axes import MapAxes
from tpm_desktop.core.enums import Decision, Dimension
from tpm_desktop.ui.canvas import export
from tpm_desktop.ui.canvas.colours import ColourMode
from tpm_desktop.ui.canvas.export import ExportOptions, Fit


def wheel(view, pos: QPoint, delta: int, modifiers=Qt.KeyboardModifier.ControlModifier):
    event = QWheelEvent(
        QPointF(pos),
        QPointF(view.viewport().mapToGlobal(pos)),
        QPoint(0, 0),
        QPoint(0, delta),
        Qt.MouseButton.NoButton,
        modifiers,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(view.viewport(), event)


def test_ctrl_wheel_zooms_at_the_mouse_and_ctrl_plus_minus_step(window):
    view = view_of(window)
    state = window.context.document.state
    view.set_zoom(2.0)  # larger than the viewport, so the view can keep the anchor
    view.horizontalScrollBar().setValue(120)
    view.verticalScrollBar().setValue(80)
    website = tp_id(state, "Website")
    pos = card_point(view, website)
    under = view.mapToScene(pos)
    wheel(view, pos, 120)
    assert view.zoom == pytest.approx(2.4)
    after = view.mapToScene(pos)
    assert abs(after.x() - under.x()) < 2 and abs(after.y() - under.y()) < 2
    wheel(view, pos, -240)
    assert view.zoom == pytest.approx(2.0 / 1.2, rel=1e-3)
    feature(window).zoom_actual.trigger()
    QTest.keyClick(view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom == pytest.approx(1.2, rel=1e-3)
    QTest.keyClick(view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom == pytest.approx(1 / 1.2, rel=1e-3)
    assert feature(window).tool_bar.zoom_label.text() == "83 %"


def test_fit_shows_the_whole_map_and_switches_to_blocks_when_small(window):
    view = view_of(window)
    scene = view.map_scene
    feature(window).zoom_fit.trigger()
    layout = scene.arrangement.layout
    visible = view.visible_scene_rect()
    assert visible.contains(QPointF(layout.width - 1, layout.height - 1))
    # fitted: one of the two directions fills the viewport
    port = view.viewport().rect()
    assert (
        max(layout.width * view.zoom / port.width(), layout.height * view.zoom / port.height())
        > 0.95
    )
    view.set_zoom(0.3)
    assert scene.overview_mode and scene.overview.isVisible()
    view.zoom_actual()
    assert not scene.overview_mode and not scene.overview.isVisible()


def test_headers_stay_frozen_while_scrolling(window):
    view = view_of(window)
    scene = view.map_scene
    view.set_zoom(3.0)
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum())
    view.horizontalScrollBar().setValue(view.horizontalScrollBar().maximum())
    top_left = view.mapToScene(0, 0)
    columns = [h for h in scene.header_items() if not h.is_row]
    rows = [h for h in scene.header_items() if h.is_row]
    layout = scene.arrangement.layout
    for h in columns:
        expected = top_left.y() + layout.column_header_rect(h.lane_id).y
        assert h.sceneBoundingRect().top() == pytest.approx(expected, abs=1)
    for h in rows:
        assert h.sceneBoundingRect().left() == pytest.approx(top_left.x(), abs=1)
    corner = scene.corner.scenePos()
    assert (corner.x(), corner.y()) == pytest.approx((top_left.x(), top_left.y()), abs=1)
    # a card under a frozen header is not hit there
    header_pos = QPoint(view.viewport().width() // 2, 10)
    assert view.touchpoint_at(header_pos) is None


def test_switching_axes_is_one_undo_step_and_stored_in_the_project(window):
    view = view_of(window)
    bar = feature(window).tool_bar
    bar.columns_combo.setCurrentIndex(bar.columns_combo.findData("phase"))
    bar.columns_combo.activated.emit(bar.columns_combo.currentIndex())
    state = window.context.document.state
    assert MapAxes.of(state) == MapAxes(Dimension.DEPARTMENT, Dimension.PHASE)
    assert [c.id for c in view.map_scene.arrangement.columns] == [1, 2, 3]
    hotline = tp_id(state, "Hotline")
    assert view.map_scene.arrangement.cell_of(hotline) == (3, 3)
    # choosing the column dimension for the rows swaps the axes
    bar.rows_combo.setCurrentIndex(bar.rows_combo.findData("phase"))
    bar.rows_combo.activated.emit(bar.rows_combo.currentIndex())
    assert MapAxes.of(state) == MapAxes(Dimension.PHASE, Dimension.DEPARTMENT)
    assert bar.chosen_columns() is Dimension.DEPARTMENT
    assert MapAxes.of(saved(window)) == MapAxes(Dimension.PHASE, Dimension.DEPARTMENT)
    window.context.document.undo_stack.undo()
    assert MapAxes.of(state) == MapAxes(Dimension.DEPARTMENT, Dimension.PHASE)
    assert bar.chosen_rows() is Dimension.DEPARTMENT


def test_search_highlights_and_can_hide_the_others(window, qtbot):
    view = view_of(window)
    scene = view.map_scene
    state = window.context.document.state
    bar = feature(window).tool_bar
    qtbot.keyClicks(bar.search, "NE")
    qtbot.keyClick(bar.search, Qt.Key.Key_Return)
    matches = {tp_id(state, n) for n in ("Banner", "Newsletter", "Hotline")}
    for touchpoint_id in state.touchpoints:
        assert scene.card_item(touchpoint_id).match is (touchpoint_id in matches)
    assert window.context.selection.ids[0] in matches  # Enter selects the first match
    assert scene.arrangement.shown_count == len(state.touchpoints)
    bar.hide_others.setChecked(True)
    qtbot.waitUntil(lambda: scene.arrangement.shown_count == 3)
    assert {i for i in state.touchpoints if scene.arrangement.is_shown(i)} == matches
    assert not scene.card_item(tp_id(state, "Website")).isVisible()
    assert bar.count_label.text() == "3 of 7 shown"
    # the shown cards close ranks: Banner now sits first in its cell
    assert scene.arrangement.cards((1, 1)) == [tp_id(state, "Banner")]
    banner_item = scene.card_item(tp_id(state, "Banner"))
    assert banner_item.scenePos().y() == pytest.approx(
        scene.arrangement.layout.cell_rect(1, 1).y + 8
    )
    bar.search.clear()
    qtbot.waitUntil(lambda: scene.arrangement.shown_count == len(state.touchpoints))
    assert scene.card_item(tp_id(state, "Website")).match is None
    assert bar.count_label.text() == ""


def test_a_drop_between_filtered_cards_keeps_the_hidden_ones_in_order(window, qtbot):
    from tests.ui.canvas.conftest import drag

    view = view_of(window)
    scene = view.map_scene
    state = window.context.document.state
    bar = feature(window).tool_bar
    bar.search.setText("Blog")
    bar.hide_others.setChecked(True)
    qtbot.waitUntil(lambda: scene.arrangement.shown_count == 1)
    blog = tp_id(state, "Blog")
    drag(view, card_point(view, blog), card_point(view, blog, dy=200))
    bar.search.clear()
    qtbot.waitUntil(lambda: scene.arrangement.shown_count == len(state.touchpoints))
    assert [state.touchpoints[i].name for i in scene.arrangement.cards((1, 1))] == [
        "Website",
        "Banner",
        "Blog",
    ]


def test_filters_by_phase_decision_media_and_super(window):
    view = view_of(window)
    scene = view.map_scene
    state = window.context.document.state
    menu = feature(window).tool_bar.filter_menu
    menu.check("phase", 2)
    assert {state.touchpoints[i].name for i in scene.arrangement.shown_ids()} == {
        "Blog",
        "Shop counter",
    }
    menu.check("decision", Decision.FOCUS)
    assert [state.touchpoints[i].name for i in scene.arrangement.shown_ids()] == ["Shop counter"]
    assert feature(window).tool_bar.filter_button.text() == "Filter (2)"
    menu.clear()
    menu.check("super", True)
    assert scene.arrangement.shown_ids() == []
    menu.clear()
    menu.check("media", "none")
    assert len(scene.arrangement.shown_ids()) == len(state.touchpoints)
    menu.clear()
    assert feature(window).tool_bar.filter_button.text() == "Filter"


@pytest.mark.parametrize("mode", list(ColourMode))
def test_every_colour_mode_colours_the_cards_and_explains_them(window, mode):
    view = view_of(window)
    scene = view.map_scene
    state = window.context.document.state
    feature(window).set_colour_mode(mode)
    legend = scene.legend()
    assert legend and all(entry.label for entry in legend)
    colours = {entry.colour for entry in legend}
    for touchpoint_id in state.touchpoints:
        assert scene.colour_of(touchpoint_id) in colours
    assert feature(window).legend.title
    assert feature(window).tool_bar.chosen_colour_mode() is mode


def test_colour_mode_follows_edits_of_a_single_card(window):
    view = view_of(window)
    scene = view.map_scene
    state = window.context.document.state
    feature(window).set_colour_mode(ColourMode.DECISION)
    banner = tp_id(state, "Banner")
    window.context.editor.set_touchpoint_fields([banner], decision="remove")
    assert scene.colour_of(banner) == "#dc2626"
    assert scene.card_item(banner).colour == "#dc2626"


@pytest.mark.parametrize("fmt", ["png", "svg"])
@pytest.mark.parametrize("fit", [Fit.ZOOM, Fit.A4])
def test_export_writes_the_picture(window, tmp_path, monkeypatch, fmt, fit):
    view = view_of(window)
    view.set_zoom(0.5)
    target = tmp_path / "out" / "karte"
    target.parent.mkdir()
    monkeypatch.setattr(export, "ask_export_options", lambda *a: ExportOptions(fmt, fit, True))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    feature(window).export.trigger()
    written = target.with_name("karte." + fmt)
    assert written.exists()
    size, _ = export.output_geometry(view.map_scene, ExportOptions(fmt, fit, True), 0.5)
    if fmt == "png":
        image = QImage(str(written))
        assert (image.width(), image.height()) == (size.width(), size.height())
        if fit is Fit.A4:
            assert (image.width(), image.height()) == (2339, 1654)  # A4 landscape, 200 dpi
        # the map is there: not a blank picture
        assert len({image.pixel(x, image.height() // 2) for x in range(0, image.width(), 7)}) > 5
    else:
        root = ET.parse(written).getroot()
        assert root.tag.endswith("svg")
        text = written.read_text(encoding="utf-8")
        assert "Website" in text and "Hotline" in text  # names stay text, not pixels
        assert "<image" not in text
    assert view.zoom == pytest.approx(0.5)  # the view is as it was


def test_the_palette_offers_the_library_by_phase_and_filters_it(window):
    palette = feature(window).palette
    tree = palette.tree
    assert tree.topLevelItemCount() == 4  # blank card and three phases
    assert sum(tree.topLevelItem(i).childCount() for i in range(4)) >= 40
    palette.search.setText("shop")
    visible = [
        tree.topLevelItem(i).child(k).text(0)
        for i in range(4)
        for k in range(tree.topLevelItem(i).childCount())
        if not tree.topLevelItem(i).child(k).isHidden()
    ]
    assert visible == ["Shop window", "Online shop", "Shop counter"]


def test_middle_button_and_space_drag_pan_the_map(window):
    view = view_of(window)
    view.set_zoom(3.0)
    bars = view.horizontalScrollBar(), view.verticalScrollBar()
    bars[0].setValue(400)
    bars[1].setValue(400)
    port = view.viewport()
    start = QPoint(600, 400)
    QTest.mousePress(port, Qt.MouseButton.MiddleButton, Qt.KeyboardModifier.NoModifier, start)
    QTest.mouseMove(port, start + QPoint(-100, -60))
    QTest.mouseRelease(
        port, Qt.MouseButton.MiddleButton, Qt.KeyboardModifier.NoModifier, start + QPoint(-100, -60)
    )
    assert (bars[0].value(), bars[1].value()) == (500, 460)
    selection = window.context.selection.ids
    QTest.keyPress(view, Qt.Key.Key_Space)
    QTest.mousePress(port, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    QTest.mouseMove(port, start + QPoint(50, 40))
    QTest.mouseRelease(
        port, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start + QPoint(50, 40)
    )
    QTest.keyRelease(view, Qt.Key.Key_Space)
    assert (bars[0].value(), bars[1].value()) == (450, 420)
    assert window.context.selection.ids == selection  # no rubber band, no selection change
    assert not view.space_held


def test_a_row_name_follows_the_scrolling_within_its_row(window):
    from tpm_desktop.ui.canvas.header_items import _sticky

    view = view_of(window)
    scene = view.map_scene
    view.set_zoom(3.0)
    marketing = next(h for h in scene.header_items() if h.is_row and h.lane_id == 1)
    top, bottom = marketing.rect().top(), marketing.rect().bottom()
    natural, last = top + 10, bottom - 60
    view.verticalScrollBar().setValue(round((top - scene.arrangement.layout.origin_y) * 3))
    assert _sticky(marketing, natural, last, vertical=True) == natural
    view.verticalScrollBar().setValue(round((top + 30) * 3))
    followed = _sticky(marketing, natural, last, vertical=True)
    assert natural < followed <= last


def test_a_picture_too_large_at_this_zoom_is_drawn_smaller_and_says_so(
    window, tmp_path, monkeypatch
):
    view = view_of(window)
    view.set_zoom(2.0)
    monkeypatch.setattr(export, "MAX_PIXELS", 400_000)
    monkeypatch.setattr(
        export, "ask_export_options", lambda *a: ExportOptions("png", Fit.ZOOM, False)
    )
    target = tmp_path / "small.png"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    feature(window).export.trigger()
    image = QImage(str(target))
    assert image.width() * image.height() <= 400_000
    assert "reduced to" in window.statusBar().currentMessage()


def test_another_project_starts_without_the_previous_search_and_filters(window, qtbot):
    from tests.ui.canvas.conftest import map_state

    bar = feature(window).tool_bar
    bar.search.setText("Blog")
    bar.hide_others.setChecked(True)
    bar.filter_menu.check("super", True)
    window.context.document.undo_stack.setClean()
    assert window.files.new_project(map_state())
    scene = view_of(window).map_scene
    assert bar.search.text() == "" and not bar.hide_others.isChecked()
    assert bar.filter_button.text() == "Filter"
    assert scene.arrangement.shown_count == len(window.context.document.state.touchpoints)

"""The default layout: the map owns the window, the inspector follows the selection."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QDockWidget

from tests.ui.canvas.conftest import feature
from tpm_desktop.ui.dock_layout import PROJECT_VIEWS, TOUCHPOINT_PANELS
from tpm_desktop.ui.main_window import MainWindow


@pytest.fixture
def sample_window(tpm_app, translations, qtbot, workspace, sample_file_en, tmp_path):
    path = tmp_path / "sample.tpm"
    shutil.copy(sample_file_en, path)
    win = MainWindow("en", workspace)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    assert win.open_path(path)
    qtbot.wait(20)
    yield win
    win.context.document.undo_stack.setClean()
    win.files.close_document()
    win.close()
    win.deleteLater()


def shown_docks(win: MainWindow, group: str) -> list[QDockWidget]:
    return [d for d in win.dock_groups[group].docks if d.isVisible()]


def test_the_map_has_most_of_the_window_by_default(sample_window):
    view = feature(sample_window).view
    assert view.width() >= 0.75 * sample_window.width()
    assert view.height() >= 0.75 * sample_window.height()
    assert not any(d.isVisible() for d in sample_window.findChildren(QDockWidget))


def test_the_inspector_follows_the_selection_unless_pinned(sample_window, qtbot):
    win = sample_window
    selection = win.context.selection
    first = sorted(win.context.document.state.touchpoints)[0]
    selection.set([first])
    qtbot.wait(10)
    panels = shown_docks(win, TOUCHPOINT_PANELS)
    assert panels and panels == [d for d in panels if d.objectName() != ""]
    assert not shown_docks(win, PROJECT_VIEWS)
    assert feature(win).view.width() >= 0.5 * win.width()
    selection.set([])
    assert not shown_docks(win, TOUCHPOINT_PANELS)
    win.inspector.pin_action.trigger()
    assert win.inspector.pinned and shown_docks(win, TOUCHPOINT_PANELS)
    selection.set([first])
    selection.set([])
    assert shown_docks(win, TOUCHPOINT_PANELS)  # pinned: stays
    win.inspector.pin_action.trigger()
    assert not shown_docks(win, TOUCHPOINT_PANELS)


def test_the_project_tables_are_one_click_away(sample_window):
    win = sample_window
    win.inspector.tables_action.trigger()
    assert len(shown_docks(win, PROJECT_VIEWS)) == len(win.dock_groups[PROJECT_VIEWS].docks)
    shown_docks(win, PROJECT_VIEWS)[0].close()  # the dock's own close button ...
    win.inspector.tables_action.trigger()  # ... and the toggle still hides the rest
    assert not shown_docks(win, PROJECT_VIEWS)
    assert not win.inspector.tables_action.isChecked()


def global_rect(widget, rect: QRect) -> QRect:
    return QRect(widget.mapToGlobal(rect.topLeft()), rect.size())


@pytest.mark.parametrize("zoom", ["fit", 0.5, 1.0])
def test_legend_and_minimap_never_cover_a_card(sample_window, qtbot, zoom):
    map_feature = feature(sample_window)
    view = map_feature.view
    if zoom == "fit":
        view.zoom_fit()
    else:
        view.set_zoom(zoom)
    for bar in (view.horizontalScrollBar(), view.verticalScrollBar()):
        bar.setValue(bar.maximum())  # the corners where overlays used to sit
    qtbot.wait(200)  # the minimap draws after a pause
    QApplication.processEvents()
    boxes = [
        global_rect(w, w.rect()) for w in (map_feature.legend, map_feature.minimap) if w.isVisible()
    ]
    assert map_feature.legend.isVisible() and boxes
    port = view.viewport()
    cards = 0
    for _id, rect in view.map_scene.card_rects():
        shown = view.mapFromScene(rect).boundingRect().intersected(port.rect())
        if shown.isEmpty():
            continue
        cards += 1
        card = global_rect(port, shown)
        assert not any(box.intersects(card) for box in boxes)
    assert cards > 0


def test_the_side_strip_folds_away(sample_window, qtbot):
    map_feature = feature(sample_window)
    width = map_feature.view.width()
    map_feature.side.toggle.click()
    assert not map_feature.legend.isVisible()
    qtbot.waitUntil(lambda: map_feature.view.width() > width + 100)
    map_feature.side.toggle.click()
    assert map_feature.legend.isVisible()
    qtbot.waitUntil(lambda: map_feature.view.width() == width)


def test_the_legend_strip_folds_for_the_inspector_and_opens_on_request(sample_window, qtbot):
    win = sample_window
    side = feature(win).side
    assert side.content.isVisible()  # the whole window for the map: room for the legend
    first = sorted(win.context.document.state.touchpoints)[0]
    win.context.selection.set([first])
    qtbot.waitUntil(lambda: not side.content.isVisible())
    assert side.squeezed and not side.collapsed  # folded for room, not by the user
    qtbot.waitUntil(lambda: feature(win).view.width() >= 0.65 * win.width())
    qtbot.mouseClick(side.toggle, Qt.MouseButton.LeftButton)
    assert side.content.isVisible()
    win.context.selection.set([])
    qtbot.waitUntil(lambda: side.content.isVisible())


def test_the_inspector_tabs_keep_their_titles_whole(sample_window, qtbot):
    from PySide6.QtWidgets import QTabBar

    win = sample_window
    win.context.selection.set([sorted(win.context.document.state.touchpoints)[0]])
    qtbot.wait(20)
    bars = [b for b in win.findChildren(QTabBar) if b.isVisible() and b.parent() is win]
    assert bars
    for bar in bars:
        assert bar.elideMode() == Qt.TextElideMode.ElideNone
        for index in range(bar.count()):
            text = bar.tabText(index)
            assert bar.tabRect(index).width() >= bar.fontMetrics().horizontalAdvance(text)


def test_with_tables_and_inspector_open_the_window_still_fits_1366_by_768(sample_window, qtbot):
    win = sample_window
    win.inspector.tables_action.trigger()
    win.context.selection.set([sorted(win.context.document.state.touchpoints)[0]])
    qtbot.wait(50)
    assert win.minimumSizeHint().height() <= 768
    assert win.minimumSizeHint().width() <= 1366
    assert (win.width(), win.height()) == (1366, 768)

"""Zoomed out, cards are named chips at a size that reads; full cells fold behind "+N"."""

from __future__ import annotations

import os
import shutil
from html import escape

import pytest
from PySide6.QtCore import QEvent, QPointF, QRectF, Qt
from PySide6.QtGui import QFontMetricsF, QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip

from tests.ui.canvas.conftest import feature
from tpm_desktop.ui.canvas import style
from tpm_desktop.ui.canvas.overview_item import chip_font
from tpm_desktop.ui.main_window import MainWindow


@pytest.fixture
def chips_window(tpm_app, translations, qtbot, workspace, sample_file_en, tmp_path):
    """The English sample, writable, in a 1366 x 768 window."""
    path = tmp_path / "sample.tpm"
    shutil.copy(sample_file_en, path)
    os.chmod(path, 0o644)
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


def screen_rect(view, rect) -> QRectF:
    return QRectF(view.mapFromScene(QRectF(rect.x, rect.y, rect.width, rect.height)).boundingRect())


def test_at_fit_every_touchpoint_of_the_sample_has_its_name_at_seven_pixels_cap_height(
    chips_window,
):
    view = feature(chips_window).view
    scene = view.map_scene
    view.zoom_fit()
    assert scene.overview_mode and not scene.overview.heat_mode
    view.viewport().grab()  # paints the scene
    labels = scene.overview.drawn_labels
    state = chips_window.context.document.state
    # fit_readable = 1: every card of the sample is a chip with its name in view
    assert {i for i, _t, _r in labels} == set(state.touchpoints)
    assert QFontMetricsF(chip_font()).capHeight() >= 7.0
    visible = QRectF(view.viewport().rect())
    for touchpoint_id, text, box in labels:
        name = state.touchpoints[touchpoint_id].name
        assert text == name or (text.endswith("…") and name.startswith(text[:-1]))
        chip = screen_rect(view, scene.arrangement.card_rect(touchpoint_id))
        assert chip.adjusted(-1, -1, 1, 1).contains(box)
        assert visible.contains(chip)
        assert chip.height() >= QFontMetricsF(chip_font()).height()


def test_hovering_an_elided_chip_shows_the_full_name(chips_window, qtbot):
    view = feature(chips_window).view
    scene = view.map_scene
    view.zoom_fit()
    view.viewport().grab()
    touchpoint_id, _text, box = next(
        label for label in scene.overview.drawn_labels if label[1].endswith("…")
    )
    pos = box.center().toPoint()
    event = QHelpEvent(QEvent.Type.ToolTip, pos, view.viewport().mapToGlobal(pos))
    QApplication.sendEvent(view.viewport(), event)
    name = chips_window.context.document.state.touchpoints[touchpoint_id].name
    qtbot.waitUntil(QToolTip.isVisible)
    assert escape(name) in QToolTip.text()
    QToolTip.hideText()


def test_a_full_cell_folds_behind_plus_n_and_a_click_unfolds_it_in_place(chips_window, qtbot):
    win = chips_window
    view = feature(win).view
    scene = view.map_scene
    state = win.context.document.state
    first = state.touchpoints[min(state.touchpoints)]
    cell = scene.arrangement.cell_of(first.id)
    already = len(scene.arrangement.all_cards(cell))
    for k in range(style.CHIP_CAP + 3 - already):
        win.context.editor.add_touchpoint(
            f"Extra {k}", first.department_id, first.channel_id, first.phase_id
        )
    total = len(scene.arrangement.all_cards(cell))
    view.zoom_fit()
    view.viewport().grab()
    toggles = scene.overview.drawn_toggles
    assert [(t.cell, label) for t, label in toggles] == [(cell, f"+{total - 7} more")]
    folded = scene.arrangement.folded(cell)
    assert len(folded) == total - 7
    assert not {i for i, _t, _r in scene.overview.drawn_labels} & set(folded)
    # The tooltip lists what is behind it
    toggle = toggles[0][0]
    pos = view.mapFromScene(toggle.rect.center())
    QApplication.sendEvent(
        view.viewport(), QHelpEvent(QEvent.Type.ToolTip, pos, view.viewport().mapToGlobal(pos))
    )
    qtbot.waitUntil(QToolTip.isVisible)
    assert escape(state.touchpoints[folded[0]].name) in QToolTip.text()
    QToolTip.hideText()
    height = scene.arrangement.layout.height
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert scene.overview_mode  # still zoomed out: the cell grew in place
    assert not scene.arrangement.folded(cell)
    assert scene.arrangement.layout.height > height
    view.viewport().grab()
    assert set(folded) <= {i for i, _t, _r in scene.overview.drawn_labels}
    assert [label for _t, label in scene.overview.drawn_toggles] == ["▲ Fewer"]
    # ... and "show fewer" folds it again; nothing of this touched the document
    fewer = scene.overview.drawn_toggles[0][0]
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.mapFromScene(fewer.rect.center())
    )
    assert scene.arrangement.folded(cell) == folded
    assert win.context.document.undo_stack.count() == total - already


def test_zoomed_in_the_cards_come_back_where_the_chips_were(chips_window):
    view = feature(chips_window).view
    scene = view.map_scene
    view.zoom_fit()
    state = chips_window.context.document.state
    some = sorted(state.touchpoints)[40]
    chip = screen_rect(view, scene.arrangement.card_rect(some))
    view.set_zoom(1.2, chip.center())
    assert not scene.overview_mode
    view.viewport().grab()
    assert not scene.overview.isVisible()
    item = scene.card_item(some)
    assert item is not None and item.isVisible()
    # the card under the mouse is the one whose chip was there
    assert view.touchpoint_at(chip.center()) == some


def test_zooming_out_from_cards_turns_them_into_chips_only_below_the_threshold(chips_window):
    view = feature(chips_window).view
    scene = view.map_scene
    view.zoom_actual()
    view.set_zoom(style.OVERVIEW_SCALE + 0.05)
    assert not scene.overview_mode
    view.set_zoom(style.OVERVIEW_SCALE - 0.05)
    assert scene.overview_mode
    view.set_zoom(style.OVERVIEW_SCALE + 0.05)  # no flicker back: chips until CHIPS_UNTIL
    assert scene.overview_mode


def test_far_out_the_cells_become_a_heat_map_with_count_and_mean(chips_window, qtbot):
    view = feature(chips_window).view
    scene = view.map_scene
    view.zoom_fit()
    view.set_zoom(0.3)
    assert scene.overview.heat_mode
    view.viewport().grab()
    heat = scene.overview.drawn_heat
    state = chips_window.context.document.state
    assert sum(cell.count for cell, _ in heat) == len(state.touchpoints)
    assert all(text.startswith(str(cell.count)) for cell, text in heat)
    tile = max((cell for cell, _ in heat), key=lambda c: c.count)
    pos = view.mapFromScene(tile.rect.center())
    QApplication.sendEvent(
        view.viewport(), QHelpEvent(QEvent.Type.ToolTip, pos, view.viewport().mapToGlobal(pos))
    )
    qtbot.waitUntil(QToolTip.isVisible)
    assert f"{tile.count} touchpoint" in QToolTip.text()
    QToolTip.hideText()
    view.zoom_fit()  # names again
    assert not scene.overview.heat_mode


def test_the_headers_are_drawn_in_screen_pixels_at_fit(chips_window):
    view = feature(chips_window).view
    scene = view.map_scene
    view.zoom_fit()
    assert view.zoom < 0.85
    header = scene.header_items()[0]
    rect = QRectF(view.mapFromScene(header.sceneBoundingRect()).boundingRect())
    # The header's screen box holds at least a line of 11 px type
    assert rect.height() >= 14 and rect.width() >= 60
    assert view.mapFromScene(QPointF(0, 0)).y() <= 1


def test_the_legend_explains_the_heat_map_while_it_shows(chips_window):
    win = chips_window
    view = feature(win).view
    legend = feature(win).legend
    view.zoom_fit()
    assert legend.title == "Department"
    view.set_zoom(0.3)
    assert legend.title == "Mean priority per cell"
    view.zoom_fit()
    assert legend.title == "Department"


def test_every_card_and_chip_shows_its_journey_phase_and_the_legend_names_them(chips_window, qtbot):
    from tpm_desktop.core.enums import Dimension

    win = chips_window
    view = feature(win).view
    scene = view.map_scene
    state = win.context.document.state
    phases = state.lanes(Dimension.PHASE)
    legend = feature(win).phase_legend
    assert legend.isVisible() and legend.phases == [p.name for p in phases]
    view.zoom_actual()
    view.viewport().grab()
    some = sorted(state.touchpoints)[:20]
    for touchpoint_id in some:
        item = scene.card_item(touchpoint_id)
        wanted = [p.id for p in phases].index(state.touchpoints[touchpoint_id].phase_id)
        if item.isVisible() and item.look is not None:
            assert item.look.phase == (wanted, len(phases))
    # Renaming a phase renames it in the legend (one undo step, through the editor)
    first = phases[0]
    win.context.editor.update_lane(Dimension.PHASE, first.id, name="Awareness")
    qtbot.waitUntil(lambda: legend.phases[0] == "Awareness")
    view.zoom_fit()
    view.viewport().grab()
    assert scene.overview._phases[some[0]] == (
        [p.id for p in phases].index(state.touchpoints[some[0]].phase_id),
        len(phases),
    )


@pytest.mark.parametrize("rows", ["department", "channel"])
def test_chips_keep_every_column_where_the_cards_had_it(chips_window, rows):
    from tpm_desktop.core.enums import Dimension

    win = chips_window
    view = feature(win).view
    if rows == "channel":
        feature(win).set_axes(Dimension.CHANNEL, Dimension.PHASE)  # an online/offline band left
        assert view.map_scene.arrangement.layout.row_bands
    scene = view.map_scene
    view.zoom_actual()
    cards = [(b.lane.id, b.start, b.size) for b in scene.arrangement.layout.columns]
    view.zoom_fit()
    assert scene.overview_mode
    assert [(b.lane.id, b.start, b.size) for b in scene.arrangement.layout.columns] == cards


def test_a_card_moved_while_chips_show_sits_in_its_new_place_when_cards_come_back(
    chips_window, qtbot
):
    win = chips_window
    view = feature(win).view
    scene = view.map_scene
    state = win.context.document.state
    view.zoom_fit()
    assert scene.overview_mode
    moving = sorted(state.touchpoints)[3]
    target = next(
        (row.id, column.id)
        for row in scene.arrangement.rows
        for column in scene.arrangement.columns
        if (row.id, column.id) != scene.arrangement.cell_of(moving)
    )
    win.context.editor.move_touchpoints(scene.axes, [moving], *target, None)
    assert scene.arrangement.cell_of(moving) == target
    view.zoom_actual()
    assert not scene.overview_mode
    for touchpoint_id in state.touchpoints:
        item, rect = scene.card_item(touchpoint_id), scene.arrangement.card_rect(touchpoint_id)
        if rect is not None:
            assert item.isVisible()
            assert item.scenePos() == QPointF(rect.x, rect.y)


def test_the_heat_map_follows_an_edit_of_a_score(chips_window, qtbot):
    view = feature(chips_window).view
    scene = view.map_scene
    state = chips_window.context.document.state
    view.zoom_fit()
    view.set_zoom(0.3)
    view.viewport().grab()
    touchpoint_id = sorted(state.touchpoints)[0]
    cell = scene.arrangement.cell_of(touchpoint_id)
    box = scene.arrangement.layout.cell_rect(*cell)

    def tile():
        view.viewport().grab()
        return next(
            c for c, _ in scene.overview.drawn_heat if c.rect.contains(box.x + 3, box.y + 3)
        )

    before = tile().mean_as_is
    from tpm_desktop.core.scoring import performance_criteria

    criterion = performance_criteria(state.criteria)[0]
    scores = state.scores_of(touchpoint_id)
    old = scores[criterion.id].as_is if criterion.id in scores else None
    new = 1.0 if old != 1.0 else 5.0
    chips_window.context.editor.set_scores([touchpoint_id], criterion.id, as_is=new)
    assert tile().mean_as_is != before

"""Dragging on the real view: palette drops, moving cards, rubber band, reordering."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from tests.ui.canvas.conftest import (
    card_point,
    cell_point,
    drag,
    feature,
    saved,
    tp_id,
    view_of,
)
from tpm_desktop.core.axes import MapAxes, arrange
from tpm_desktop.core.model import Touchpoint


def names_in(state, cell):
    return [tp.name for tp in arrange(state, MapAxes.of(state)).get(cell, [])]


def palette_mime(win, key: str):
    tree = feature(win).palette.tree
    return tree.mimeData([tree.items[key]])


def send_drop(view, mime, pos: QPoint) -> tuple[bool, bool]:
    """Enter, move and drop at `pos` as Qt's drag machinery would; (move accepted, dropped)."""
    port = view.viewport()
    actions = Qt.DropAction.CopyAction
    buttons, modifiers = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(pos, actions, mime, buttons, modifiers)
    QApplication.sendEvent(port, enter)
    move = QDragMoveEvent(pos, actions, mime, buttons, modifiers)
    QApplication.sendEvent(port, move)
    if not move.isAccepted():
        return False, False
    drop = QDropEvent(QPointF(pos), actions, mime, buttons, modifiers)
    QApplication.sendEvent(port, drop)
    return True, drop.isAccepted()


def test_palette_drop_creates_the_touchpoint_in_that_cell(window):
    view = view_of(window)
    state = window.context.document.state
    before = set(state.touchpoints)
    # department B = Sales (2), channel C = Phone (3): an empty cell
    accepted, dropped = send_drop(view, palette_mime(window, "invoice"), cell_point(view, 2, 3))
    assert accepted and dropped
    (new_id,) = set(state.touchpoints) - before
    created = state.touchpoints[new_id]
    assert (created.name, created.department_id, created.channel_id) == ("Invoice", 2, 3)
    assert created.phase_id == 3  # "after purchase" entry, phase not on an axis
    assert created.media_type.value == "owned"
    assert window.context.selection.ids == [new_id]
    assert window.context.document.undo_stack.count() == 1
    reopened = saved(window)
    assert names_in(reopened, (2, 3)) == ["Invoice"]


def test_palette_drop_goes_to_the_insertion_point(window):
    view = view_of(window)
    state = window.context.document.state
    # Cell (1, 1) holds Website and Banner (phase 1) and Blog (phase 2).
    website = tp_id(state, "Website")
    top_half = card_point(view, website, dy=-20)
    send_drop(view, palette_mime(window, "search_ads"), top_half)
    assert names_in(state, (1, 1)) == ["Search ads", "Website", "Banner", "Blog"]
    assert names_in(saved(window), (1, 1)) == ["Search ads", "Website", "Banner", "Blog"]


def test_palette_drop_outside_the_grid_does_nothing(window):
    view = view_of(window)
    state = window.context.document.state
    before = dict(state.touchpoints)
    layout = view.map_scene.arrangement.layout
    outside = view.mapFromScene(QPointF(layout.width + 10, layout.origin_y + 20))
    header = view.mapFromScene(QPointF(layout.origin_x + 30, layout.origin_y - 10))
    for pos in (outside, header):
        accepted, dropped = send_drop(view, palette_mime(window, "website"), pos)
        assert not accepted and not dropped
    assert dict(state.touchpoints) == before
    assert window.context.document.undo_stack.count() == 0


def test_blank_card_drop_opens_the_inline_editor(window, qtbot):
    view = view_of(window)
    send_drop(view, palette_mime(window, "blank"), cell_point(view, 3, 1))
    editor = view.renamer.editor
    assert editor is not None and editor.hasFocus()
    qtbot.keyClicks(editor, "Chatbot")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    state = window.context.document.state
    assert names_in(state, (3, 1)) == ["Chatbot"]
    assert window.context.document.undo_stack.count() == 2
    assert names_in(saved(window), (3, 1)) == ["Chatbot"]


def test_drag_a_card_to_another_cell_changes_department_and_channel(window):
    view = view_of(window)
    state = window.context.document.state
    newsletter = tp_id(state, "Newsletter")
    drag(view, card_point(view, newsletter), cell_point(view, 3, 4))
    moved = state.touchpoints[newsletter]
    assert (moved.department_id, moved.channel_id, moved.phase_id) == (3, 4, 1)
    assert window.context.document.undo_stack.count() == 1
    reopened = saved(window).touchpoints[newsletter]
    assert (reopened.department_id, reopened.channel_id) == (3, 4)


def test_rubber_band_three_cards_drag_them_and_undo_once(window):
    view = view_of(window)
    state = window.context.document.state
    ids = [tp_id(state, n) for n in ("Website", "Banner", "Blog")]
    layout = view.map_scene.arrangement.layout
    cell = layout.cell_rect(1, 1)
    # from the empty space left of the cards (inside the cell) across all three
    start = view.mapFromScene(QPointF(cell.x + 3, cell.y + 3))
    end = view.mapFromScene(QPointF(cell.x + 60, cell.y + cell.height - 3))
    drag(view, start, end)
    assert sorted(window.context.selection.ids) == sorted(ids)
    drag(view, card_point(view, ids[1]), cell_point(view, 2, 4))
    assert [state.touchpoints[i].department_id for i in ids] == [2, 2, 2]
    assert [state.touchpoints[i].channel_id for i in ids] == [4, 4, 4]
    assert names_in(state, (2, 4)) == ["Website", "Banner", "Shop counter", "Blog"]
    stack = window.context.document.undo_stack
    assert stack.count() == 1
    stack.undo()
    assert names_in(state, (1, 1)) == ["Website", "Banner", "Blog"]
    assert names_in(state, (2, 4)) == ["Shop counter"]
    assert names_in(saved(window), (1, 1)) == ["Website", "Banner", "Blog"]


def test_reorder_within_a_cell(window):
    view = view_of(window)
    state = window.context.document.state
    website, banner = tp_id(state, "Website"), tp_id(state, "Banner")
    # Website and Banner share phase 1: drop Website below Banner
    drag(view, card_point(view, website), card_point(view, banner, dy=20))
    assert names_in(state, (1, 1)) == ["Banner", "Website", "Blog"]
    assert names_in(saved(window), (1, 1)) == ["Banner", "Website", "Blog"]
    # and back to the top
    drag(view, card_point(view, website), card_point(view, banner, dy=-20))
    assert names_in(state, (1, 1)) == ["Website", "Banner", "Blog"]


def test_ctrl_click_adds_to_the_selection_and_escape_cancels_a_drag(window, qtbot):
    view = view_of(window)
    state = window.context.document.state
    website, hotline = tp_id(state, "Website"), tp_id(state, "Hotline")
    from tests.ui.canvas.conftest import click

    click(view, card_point(view, website))
    click(view, card_point(view, hotline), Qt.KeyboardModifier.ControlModifier)
    assert window.context.selection.ids == [hotline, website]
    click(view, card_point(view, hotline), Qt.KeyboardModifier.ControlModifier)
    assert window.context.selection.ids == [website]
    from PySide6.QtTest import QTest

    port = view.viewport()
    start = card_point(view, website)
    QTest.mousePress(port, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    QTest.mouseMove(port, start + QPoint(30, 40))
    QTest.mouseMove(port, cell_point(view, 3, 4))
    assert view.card_drag.dragging
    QTest.keyClick(view, Qt.Key.Key_Escape)
    QTest.mouseRelease(port, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    assert state.touchpoints[website].department_id == 1
    assert window.context.document.undo_stack.count() == 0


def test_dropping_a_card_outside_the_grid_changes_nothing(window):
    view = view_of(window)
    state = window.context.document.state
    before = dict(state.touchpoints)
    website = tp_id(state, "Website")
    layout = view.map_scene.arrangement.layout
    drag(view, card_point(view, website), view.mapFromScene(QPointF(layout.width + 8, 200)))
    assert dict(state.touchpoints) == before
    assert isinstance(state.get(Touchpoint, website), Touchpoint)

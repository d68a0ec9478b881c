"""Editing on the map with keys and menus: rename, delete, clipboard, arrows, selection."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDockWidget

from tests.ui.canvas.conftest import card_point, click, feature, saved, tp_id, view_of
from tpm_desktop.core.axes import MapAxes, arrange
from tpm_desktop.core.model import Kpi, Measure, Score
from tpm_desktop.ui import prompts


def names_in(state, cell):
    return [tp.name for tp in arrange(state, MapAxes.of(state)).get(cell, [])]


def test_f2_renames_inline(window, qtbot):
    view = view_of(window)
    state = window.context.document.state
    website = tp_id(state, "Website")
    click(view, card_point(view, website))
    QTest.keyClick(view, Qt.Key.Key_F2)
    editor = view.renamer.editor
    assert editor is not None and editor.text() == "Website"
    assert editor.geometry().intersects(
        view.mapFromScene(view.map_scene.card_item(website).sceneBoundingRect()).boundingRect()
    )
    qtbot.keyClicks(editor, "Corporate websitee")
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    qtbot.keyClick(editor, Qt.Key.Key_Home)
    qtbot.keyClick(editor, Qt.Key.Key_Delete)  # edits the text, never deletes the card
    qtbot.keyClicks(editor, "C")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert view.renamer.editor is None
    assert state.touchpoints[website].name == "Corporate website"
    assert window.context.document.undo_stack.count() == 1
    assert saved(window).touchpoints[website].name == "Corporate website"


def test_double_click_renames_and_escape_keeps_the_old_name(window, qtbot):
    view = view_of(window)
    state = window.context.document.state
    blog = tp_id(state, "Blog")
    QTest.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=card_point(view, blog))
    editor = view.renamer.editor
    assert editor is not None
    qtbot.keyClicks(editor, "Something else")
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert state.touchpoints[blog].name == "Blog"
    QTest.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=card_point(view, blog))
    editor = view.renamer.editor
    editor.selectAll()
    qtbot.keyClicks(editor, "   ")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert state.touchpoints[blog].name == "Blog"  # an empty name is not taken
    assert window.context.document.undo_stack.count() == 0


def test_delete_key_deletes_and_asks_only_with_measures_or_kpis(window, monkeypatch):
    view = view_of(window)
    state = window.context.document.state
    banner, hotline = tp_id(state, "Banner"), tp_id(state, "Hotline")
    click(view, card_point(view, banner))
    QTest.keyClick(view, Qt.Key.Key_Delete)  # no measures: no question
    assert banner not in state.touchpoints
    asked = []
    monkeypatch.setattr(prompts, "confirm", lambda *args: asked.append(args) or False)
    click(view, card_point(view, hotline))
    QTest.keyClick(view, Qt.Key.Key_Delete)
    assert len(asked) == 1 and hotline in state.touchpoints
    monkeypatch.setattr(prompts, "confirm", lambda *args: True)
    QTest.keyClick(view, Qt.Key.Key_Delete)
    assert hotline not in state.touchpoints
    assert not state.children(Measure, hotline) and not state.children(Kpi, hotline)
    assert window.context.selection.ids == []
    reopened = saved(window)
    assert banner not in reopened.touchpoints and hotline not in reopened.touchpoints
    window.context.document.undo_stack.undo()
    assert state.children(Kpi, hotline)


def test_copy_paste_into_the_selected_cell(window):
    view = view_of(window)
    state = window.context.document.state
    actions = feature(window).edits
    website, newsletter = tp_id(state, "Website"), tp_id(state, "Newsletter")
    click(view, card_point(view, website))
    QTest.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.clipboard().text() == "Website"
    click(view, card_point(view, newsletter))
    QTest.keyClick(view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert names_in(state, (1, 2)) == ["Newsletter", "Website"]
    copy = next(t for t in state.touchpoints.values() if t.name == "Website" and t.id != website)
    assert window.context.selection.ids == [copy.id]
    assert {s.criterion_id for s in state.children(Score, copy.id)} == {1, 2}
    assert names_in(saved(window), (1, 2)) == ["Newsletter", "Website"]
    assert actions.paste.isEnabled()


def test_cut_paste_moves_by_two_undo_steps(window):
    view = view_of(window)
    state = window.context.document.state
    blog, hotline = tp_id(state, "Blog"), tp_id(state, "Hotline")
    click(view, card_point(view, blog))
    QTest.keyClick(view, Qt.Key.Key_X, Qt.KeyboardModifier.ControlModifier)
    assert blog not in state.touchpoints
    click(view, card_point(view, hotline))
    QTest.keyClick(view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert names_in(state, (3, 3)) == ["Blog", "Hotline"]  # phase 2 sorts before phase 3
    assert window.context.document.undo_stack.count() == 2


def test_paste_plain_text_lines_as_new_cards(window):
    view = view_of(window)
    state = window.context.document.state
    mime = QMimeData()
    mime.setText("Chatbot\n\n  Voice assistant  \n")
    QApplication.clipboard().setMimeData(mime)
    click(view, card_point(view, tp_id(state, "Shop counter")))
    feature(window).edits.paste.trigger()
    assert names_in(state, (2, 4)) == ["Shop counter", "Chatbot", "Voice assistant"]
    assert window.context.document.undo_stack.count() == 1


def test_paste_of_garbage_says_so(window, monkeypatch):
    view = view_of(window)
    mime = QMimeData()
    mime.setData("application/x-tpm-touchpoints", b"{not json")
    QApplication.clipboard().setMimeData(mime)
    click(view, card_point(view, tp_id(window.context.document.state, "Blog")))
    feature(window).edits.paste.trigger()
    assert window.context.document.undo_stack.count() == 0
    assert "no touchpoints" in window.statusBar().currentMessage()


def test_duplicate_and_select_all(window):
    view = view_of(window)
    state = window.context.document.state
    newsletter = tp_id(state, "Newsletter")
    click(view, card_point(view, newsletter))
    QTest.keyClick(view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert names_in(state, (1, 2)) == ["Newsletter", "Newsletter"]
    QTest.keyClick(view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert sorted(window.context.selection.ids) == sorted(state.touchpoints)
    assert names_in(saved(window), (1, 2)) == ["Newsletter", "Newsletter"]


def test_new_touchpoint_command_adds_a_blank_card_after_the_current_one(window, qtbot):
    view = view_of(window)
    state = window.context.document.state
    click(view, card_point(view, tp_id(state, "Website")))
    feature(window).edits.new_card.trigger()
    editor = view.renamer.editor
    qtbot.keyClicks(editor, "Cookie banner")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert names_in(state, (1, 1)) == ["Website", "Cookie banner", "Banner", "Blog"]


def test_arrow_keys_move_the_selection(window):
    view = view_of(window)
    state = window.context.document.state
    website = tp_id(state, "Website")
    click(view, card_point(view, website))
    selection = window.context.selection
    QTest.keyClick(view, Qt.Key.Key_Down)
    assert selection.ids == [tp_id(state, "Banner")]
    QTest.keyClick(view, Qt.Key.Key_Right)
    assert selection.ids == [tp_id(state, "Newsletter")]
    QTest.keyClick(view, Qt.Key.Key_Down)  # next non-empty cell below: Sales / E-mail
    assert selection.ids == [tp_id(state, "Mailing")]
    QTest.keyClick(view, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)  # wraps to nothing
    QTest.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.ShiftModifier)
    assert selection.ids[0] == tp_id(state, "Newsletter")
    assert tp_id(state, "Mailing") in selection.ids
    QTest.keyClick(view, Qt.Key.Key_Escape)
    assert selection.ids == []


def test_selection_from_elsewhere_is_shown_and_scrolled_to(window):
    view = view_of(window)
    state = window.context.document.state
    scene = view.map_scene
    for dock in window.findChildren(QDockWidget):  # only the inspector comes back
        dock.close()
    QApplication.processEvents()  # the central area takes the room of the docks
    view.set_zoom(1.6)  # a card fits beside the inspector that opens
    view.horizontalScrollBar().setValue(0)
    view.verticalScrollBar().setValue(0)
    store_card = tp_id(state, "Shop counter")
    assert not view.cell_area().contains(scene.card_item(store_card).sceneBoundingRect())
    window.context.selection.set([store_card])
    assert scene.card_item(store_card).selected
    assert view.cell_area().contains(scene.card_item(store_card).sceneBoundingRect())
    click(view, card_point(view, store_card))
    assert window.context.selection.ids == [store_card]
    # clicking the empty grid clears the shared selection
    layout = scene.arrangement.layout
    empty = view.mapFromScene(layout.cell_rect(2, 4).x + 150, layout.cell_rect(2, 4).y + 70)
    click(view, empty)
    assert window.context.selection.ids == []
    assert not scene.card_item(store_card).selected


def test_edit_shortcuts_work_only_while_the_map_has_the_focus(window):
    view = view_of(window)
    state = window.context.document.state
    banner = tp_id(state, "Banner")
    click(view, card_point(view, banner))
    search = feature(window).tool_bar.search
    search.setFocus()
    QTest.keyClick(search, Qt.Key.Key_Delete)
    assert banner in state.touchpoints


def test_a_revealed_card_is_not_left_under_the_legend_or_the_minimap(window):
    view = view_of(window)
    state = window.context.document.state
    scene = view.map_scene
    view.set_zoom(1.5)
    QApplication.processEvents()
    legend = feature(window).legend
    assert legend.isVisible()
    for name in ("Website", "Shop counter", "Mailing", "Newsletter"):
        card = tp_id(state, name)
        rect = scene.card_item(card).sceneBoundingRect()
        # Scroll so that the card sits right under the legend, then reveal it.
        box = view.mapToScene(legend.geometry()).boundingRect()
        view.horizontalScrollBar().setValue(
            view.horizontalScrollBar().value() + round((rect.left() - box.left() - 4) * view.zoom)
        )
        view.verticalScrollBar().setValue(
            view.verticalScrollBar().value() + round((rect.top() - box.top() - 4) * view.zoom)
        )
        window.context.selection.set([card])
        view.reveal(card)
        shown = view.mapFromScene(rect).boundingRect()
        for overlay, _corner in view.overlays:
            if overlay.isVisible():
                assert not overlay.geometry().intersects(shown), (name, overlay.objectName())
        assert view.cell_area().contains(rect), name

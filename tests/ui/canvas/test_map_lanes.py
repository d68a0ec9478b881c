"""Lane editing on the map: delete with a choice, add, rename, recolour, reorder by dragging."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF

from tests.ui.canvas.conftest import click, drag, feature, saved, tp_id, view_of
from tpm_desktop.core.enums import ChannelKind, Dimension
from tpm_desktop.core.model import Channel, Department
from tpm_desktop.ui import prompts


def header(view, dimension: Dimension, lane_id: int):
    return next(
        h
        for h in view.map_scene.header_items()
        if h.dimension is dimension and h.lane_id == lane_id
    )


def header_point(view, item) -> QPoint:
    rect = item.sceneBoundingRect()
    return view.mapFromScene(rect.center())


def test_delete_a_lane_moving_its_cards_to_another(window, monkeypatch):
    state = window.context.document.state
    lanes = feature(window).lanes
    asked = []

    def answer(parent, title, text, move_label, delete_label, targets):
        asked.append((text, targets))
        return targets.index("Customer service")

    monkeypatch.setattr(prompts, "ask_move_or_delete", answer)
    marketing = [tp_id(state, n) for n in ("Website", "Banner", "Blog", "Newsletter")]
    lanes.delete(Dimension.DEPARTMENT, 1)
    assert "4 touchpoints" in asked[0][0] and asked[0][1] == ["Sales", "Customer service"]
    assert state.get(Department, 1) is None
    assert {state.touchpoints[i].department_id for i in marketing} == {3}
    view = view_of(window)
    assert [lane.id for lane in view.map_scene.arrangement.rows] == [2, 3]
    reopened = saved(window)
    assert reopened.get(Department, 1) is None
    assert {reopened.touchpoints[i].department_id for i in marketing} == {3}
    window.context.document.undo_stack.undo()
    assert state.get(Department, 1) is not None
    assert {state.touchpoints[i].department_id for i in marketing} == {1}


def test_delete_a_lane_with_its_cards_or_cancel(window, monkeypatch):
    state = window.context.document.state
    lanes = feature(window).lanes
    monkeypatch.setattr(prompts, "ask_move_or_delete", lambda *args: None)
    lanes.delete(Dimension.CHANNEL, 2)
    assert state.get(Channel, 2) is not None
    monkeypatch.setattr(prompts, "ask_move_or_delete", lambda *args: -1)
    lanes.delete(Dimension.CHANNEL, 2)
    assert state.get(Channel, 2) is None
    assert {tp.name for tp in state.touchpoints.values()} == {
        "Website",
        "Banner",
        "Blog",
        "Hotline",
        "Shop counter",
    }
    assert saved(window).get(Channel, 2) is None


def test_deleting_an_empty_lane_asks_a_plain_question(window, monkeypatch):
    state = window.context.document.state
    lanes = feature(window).lanes
    lane_id = None
    monkeypatch.setattr(prompts, "ask_text", lambda *args: "Partners")
    lane_id = lanes.add(Dimension.DEPARTMENT)
    assert state.get(Department, lane_id).name == "Partners"
    monkeypatch.setattr(prompts, "confirm", lambda *args: True)
    lanes.delete(Dimension.DEPARTMENT, lane_id)
    assert state.get(Department, lane_id) is None


def test_add_rename_recolour_and_switch_a_channel(window, monkeypatch):
    state = window.context.document.state
    lanes = feature(window).lanes
    view = view_of(window)
    names = iter(["Chat", "Live chat"])
    monkeypatch.setattr(prompts, "ask_text", lambda *args: next(names))
    chat = lanes.add(Dimension.CHANNEL)
    assert chat in [lane.id for lane in view.map_scene.arrangement.columns]
    lanes.rename(Dimension.CHANNEL, chat)
    assert state.get(Channel, chat).name == "Live chat"
    assert header(view, Dimension.CHANNEL, chat).lane.label == "Live chat"
    monkeypatch.setattr(prompts, "ask_colour", lambda *args: "#123456")
    lanes.recolour(Dimension.CHANNEL, chat)
    assert state.get(Channel, chat).color == "#123456"
    lanes.set_kind(chat, ChannelKind.OFFLINE)
    assert state.get(Channel, chat).kind is ChannelKind.OFFLINE
    assert window.context.document.undo_stack.count() == 4
    reopened = saved(window).get(Channel, chat)
    assert (reopened.name, reopened.color, reopened.kind) == (
        "Live chat",
        "#123456",
        ChannelKind.OFFLINE,
    )


def test_double_click_on_a_header_renames_the_lane(window, monkeypatch, qtbot):
    view = view_of(window)
    monkeypatch.setattr(prompts, "ask_text", lambda parent, title, label, text: text + " team")
    pos = header_point(view, header(view, Dimension.DEPARTMENT, 2))
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    QTest.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert window.context.document.state.get(Department, 2).name == "Sales team"


def test_drag_a_row_header_to_reorder_departments(window):
    view = view_of(window)
    state = window.context.document.state
    customer_service = header(view, Dimension.DEPARTMENT, 3)
    marketing = header(view, Dimension.DEPARTMENT, 1)
    start = header_point(view, customer_service)
    top = marketing.sceneBoundingRect()
    end = view.mapFromScene(QPointF(top.center().x(), top.top() + 5))
    drag(view, start, end)
    assert [d.id for d in state.lanes(Dimension.DEPARTMENT)] == [3, 1, 2]
    assert [lane.id for lane in view.map_scene.arrangement.rows] == [3, 1, 2]
    assert window.context.document.undo_stack.count() == 1
    assert [d.id for d in saved(window).lanes(Dimension.DEPARTMENT)] == [3, 1, 2]


def test_a_channel_header_only_moves_within_its_group(window):
    view = view_of(window)
    state = window.context.document.state
    store = header(view, Dimension.CHANNEL, 4)
    website = header(view, Dimension.CHANNEL, 1)
    start = header_point(view, store)
    left = website.sceneBoundingRect()
    drag(view, start, view.mapFromScene(QPointF(left.left() + 5, left.center().y())))
    # the offline channel stays in the offline group, at its front
    assert [c.id for c in state.lanes(Dimension.CHANNEL)] == [1, 2, 4, 3]
    assert all(c.kind is ChannelKind.OFFLINE for c in state.lanes(Dimension.CHANNEL)[2:])


def test_click_on_a_header_selects_the_lane_cards(window):
    view = view_of(window)
    state = window.context.document.state
    click(view, header_point(view, header(view, Dimension.CHANNEL, 1)))
    assert sorted(window.context.selection.ids) == sorted(
        tp_id(state, n) for n in ("Website", "Banner", "Blog")
    )


@pytest.mark.parametrize("dimension", list(Dimension))
def test_the_lane_menu_offers_the_lane_actions(window, dimension):
    view = view_of(window)
    lane_id = window.context.document.state.lanes(dimension)[0].id
    axes_rows = view.map_scene.axes
    if dimension not in (axes_rows.rows, axes_rows.columns):
        return
    menu = feature(window).lanes.build_menu(header(view, dimension, lane_id))
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts[0].startswith("Rename") and texts[-1].startswith("Delete")
    assert ("Colour…" in texts) == (dimension is not Dimension.PHASE)

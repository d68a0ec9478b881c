"""Presentation mode on the sample: F5 in, arrows through the departments, Esc out.

Drives the real window with keys and clicks; asserts on the window's state, on
what the view shows and on the overlay, and that the document and its file stay
exactly as they were.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDockWidget, QToolBar

from tpm_desktop.core.enums import Dimension
from tpm_desktop.ui.canvas.feature import MapFeature
from tpm_desktop.ui.main_window import MainWindow
from tpm_desktop.ui.presentation.feature import PresentationFeature


@pytest.fixture
def translations(tpm_app):
    from PySide6.QtCore import QCoreApplication

    from tpm_desktop.ui.i18n import Translations

    installed = Translations()
    installed.install("en")
    yield installed
    for translator in installed._translators:
        QCoreApplication.removeTranslator(translator)


@pytest.fixture
def window(tpm_app, translations, qtbot, workspace, sample_file_en: Path):
    win = MainWindow("en", workspace)
    win.resize(1100, 700)
    win.show()
    qtbot.waitExposed(win)
    assert win.open_path(sample_file_en)
    yield win
    presenter(win).stop()
    if win.context is not None:
        win.context.document.undo_stack.setClean()
        win.files.close_document()
    win.close()
    win.deleteLater()


def presenter(win: MainWindow):
    return next(f for f in win.features if isinstance(f, PresentationFeature)).presenter


def map_feature(win: MainWindow) -> MapFeature:
    return next(f for f in win.features if isinstance(f, MapFeature))


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def shown_docks(win: MainWindow) -> list[str]:
    return sorted(d.objectName() for d in win.findChildren(QDockWidget) if d.isVisible())


def shown_bars(win: MainWindow) -> list[str]:
    return sorted(b.objectName() for b in win.findChildren(QToolBar) if b.isVisible())


def enter(win: MainWindow, qtbot) -> None:
    QTest.keyClick(win, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: presenter(win).active and win.isFullScreen())
    qtbot.waitUntil(lambda: presenter(win).steps != [])


def step_to(win: MainWindow, qtbot, key: Qt.Key, index: int) -> None:
    QTest.keyClick(win, key)
    qtbot.waitUntil(lambda: presenter(win).index == index)


def test_f5_shows_only_the_map_full_screen_and_esc_restores_the_window(window, qtbot):
    view = map_feature(window).view
    window.inspector.tables_action.setChecked(True)  # the project tables open
    qtbot.waitUntil(lambda: shown_docks(window) != [])
    view.set_zoom(0.8)
    view.horizontalScrollBar().setValue(120)
    view.verticalScrollBar().setValue(90)
    docks, bars = shown_docks(window), shown_bars(window)
    geometry = window.geometry()
    scroll = (view.horizontalScrollBar().value(), view.verticalScrollBar().value())
    assert docks and bars and scroll != (0, 0)

    enter(window, qtbot)
    assert shown_docks(window) == []
    assert shown_bars(window) == []
    assert not window.menuBar().isVisible()
    assert not window.statusBar().isVisible()
    assert not map_feature(window).side.isVisible()  # legend and minimap strip
    assert view.isVisible() and view.hasFocus()
    assert view.viewport().width() == window.width()  # the map has the whole screen

    QTest.keyClick(window, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not presenter(window).active)
    assert not window.isFullScreen()
    qtbot.waitUntil(lambda: window.geometry() == geometry)
    assert shown_docks(window) == docks
    assert shown_bars(window) == bars
    assert window.menuBar().isVisible() and window.statusBar().isVisible()
    assert map_feature(window).side.isVisible()
    qtbot.waitUntil(
        lambda: (view.horizontalScrollBar().value(), view.verticalScrollBar().value()) == scroll
    )
    assert view.zoom == pytest.approx(0.8)


def test_f5_leaves_as_it_entered(window, qtbot):
    enter(window, qtbot)
    QTest.keyClick(window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: not presenter(window).active)
    assert not window.isFullScreen()
    assert window.menuBar().isVisible()


def test_arrows_step_through_the_departments(window, qtbot):
    view = map_feature(window).view
    state = window.context.document.state
    departments = [d.name for d in state.lanes(Dimension.DEPARTMENT)]
    enter(window, qtbot)
    p = presenter(window)
    assert p.index == -1  # the whole map first
    whole = view.visible_scene_rect()
    layout = view.map_scene.arrangement.layout
    assert whole.contains(QRectF(0, 0, layout.width, layout.height))

    step_to(window, qtbot, Qt.Key.Key_Right, 0)
    first = p.current
    assert first.title.startswith(departments[0])
    row = layout.rows[0]
    # The group is the first department's row (or its first part).
    assert first.focus.top() == row.start and first.focus.height() == row.size
    visible = view.visible_scene_rect()
    assert visible.adjusted(-1, -1, 1, 1).contains(first.frame)
    # Close to it: the frame fills the screen's width or its height.
    assert (
        visible.width() <= first.frame.width() * 1.02
        or visible.height() <= first.frame.height() * 1.02
    )
    assert view.zoom > 0.8  # names large enough to read on a projector

    titles = [step.title for step in p.steps]
    # Every department is a step, in the map's order.
    starts = [next(i for i, t in enumerate(titles) if t.startswith(name)) for name in departments]
    assert starts == sorted(starts)

    step_to(window, qtbot, Qt.Key.Key_PageDown, 1)  # a presenter's clicker
    assert view.visible_scene_rect().adjusted(-1, -1, 1, 1).contains(p.current.frame)
    step_to(window, qtbot, Qt.Key.Key_Left, 0)
    step_to(window, qtbot, Qt.Key.Key_PageUp, -1)
    step_to(window, qtbot, Qt.Key.Key_End, len(p.steps) - 1)
    last = p.current
    assert last.title.startswith(departments[-1])
    assert view.visible_scene_rect().adjusted(-1, -1, 1, 1).contains(last.focus)
    step_to(window, qtbot, Qt.Key.Key_Right, len(p.steps) - 1)  # stays on the last
    step_to(window, qtbot, Qt.Key.Key_Home, -1)


def test_the_hint_names_the_step_and_fades(window, qtbot):
    enter(window, qtbot)
    p = presenter(window)
    step_to(window, qtbot, Qt.Key.Key_Right, 0)
    overlay = p.overlay
    assert overlay.hint_title == p.current.title
    assert f"1 / {len(p.steps)}" in overlay.hint_detail
    assert "Esc" in overlay.hint_detail
    assert overlay.hint_opacity == 1.0
    qtbot.waitUntil(lambda: overlay.hint_opacity < 0.05, timeout=6000)


def card_centre(view, touchpoint_id: int) -> QPoint:
    rect = view.map_scene.arrangement.card_rect(touchpoint_id)
    return view.mapFromScene(QPointF(rect.x + rect.width / 2, rect.y + rect.height / 2))


def test_a_click_points_at_a_card_with_a_ring(window, qtbot):
    view = map_feature(window).view
    enter(window, qtbot)
    p = presenter(window)
    step_to(window, qtbot, Qt.Key.Key_Right, 0)
    focus = p.current.focus
    scene = view.map_scene
    ids = scene.arrangement.cards_in(focus.left(), focus.top(), focus.right(), focus.bottom())
    target = ids[1]
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=card_centre(view, target))
    assert window.context.selection.ids == [target]
    card = p.target.card_rect(target)
    ring = p.overlay.pointer
    assert ring is not None
    assert ring.adjusted(-1, -1, 1, 1).contains(view.mapFromScene(card).boundingRect().toRectF())
    assert ring.width() < 400  # one card, not the screen
    assert shown_docks(window) == []  # the inspector does not open while presenting
    # The ring is drawn: red pixels just outside the card.
    image = view.grab().toImage()
    edge = ring.adjusted(-3, 0, 0, 0)
    colour = image.pixelColor(int(edge.left()), int(edge.center().y()))
    assert colour.red() > colour.green() + 60 and colour.red() > colour.blue() + 60

    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=card_centre(view, target))
    assert window.context.selection.ids == []
    assert p.overlay.pointer is None


def test_nothing_presented_changes_the_document_or_its_file(window, qtbot, sample_file_en):
    view = map_feature(window).view
    document = window.context.document
    before = digest(sample_file_en)
    names = {i: t.name for i, t in document.state.touchpoints.items()}
    cells = {i: (t.department_id, t.channel_id) for i, t in document.state.touchpoints.items()}
    enter(window, qtbot)
    step_to(window, qtbot, Qt.Key.Key_Right, 0)
    focus = presenter(window).current.focus
    ids = view.map_scene.arrangement.cards_in(
        focus.left(), focus.top(), focus.right(), focus.bottom()
    )
    start = card_centre(view, ids[0])
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=start)
    assert window.context.selection.ids == [ids[0]]
    # A drag, a double click (rename), and every editing key.
    port = view.viewport()
    QTest.mousePress(port, Qt.MouseButton.LeftButton, pos=start)
    for k in range(1, 6):
        QTest.mouseMove(port, start + QPoint(40 * k, 30 * k))
    QTest.mouseRelease(port, Qt.MouseButton.LeftButton, pos=start + QPoint(200, 150))
    QTest.mouseDClick(port, Qt.MouseButton.LeftButton, pos=start)
    for key, modifiers in (
        (Qt.Key.Key_Delete, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_F2, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier),
        (Qt.Key.Key_X, Qt.KeyboardModifier.ControlModifier),
        (Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier),
        (Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier),
        (Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier),
        (Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier),
    ):
        QTest.keyClick(window, key, modifiers)
        QTest.keyClick(view, key, modifiers)
    assert presenter(window).active
    assert document.undo_stack.count() == 0
    assert not document.modified
    QTest.keyClick(window, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not presenter(window).active)
    assert {i: t.name for i, t in document.state.touchpoints.items()} == names
    assert {i: (t.department_id, t.channel_id) for i, t in document.state.touchpoints.items()} == (
        cells
    )
    assert document.undo_stack.count() == 0 and not document.modified
    assert digest(sample_file_en) == before


def test_the_action_waits_for_a_document(tpm_app, translations, qtbot, workspace):
    win = MainWindow("en", workspace)
    qtbot.addWidget(win)
    win.show()
    feature = next(f for f in win.features if isinstance(f, PresentationFeature))
    assert not feature.action.isEnabled()
    assert feature.action.shortcut().toString() == "F5"
    assert feature.action in win.view_menu.actions()
    QTest.keyClick(win, Qt.Key.Key_F5)
    assert not feature.presenter.active


def test_with_phases_on_the_map_the_steps_are_the_phases(window, qtbot):
    view = map_feature(window).view
    map_feature(window).set_axes(Dimension.CHANNEL, Dimension.PHASE)
    state = window.context.document.state
    phases = [p.name for p in state.lanes(Dimension.PHASE)]
    undo_count = window.context.document.undo_stack.count()
    enter(window, qtbot)
    p = presenter(window)
    step_to(window, qtbot, Qt.Key.Key_Right, 0)
    assert p.current.title.startswith(phases[0])
    column = view.map_scene.arrangement.layout.columns[0]
    assert p.current.focus.left() == column.start and p.current.focus.width() == column.size
    assert view.visible_scene_rect().adjusted(-1, -1, 1, 1).contains(p.current.frame)
    titles = [step.title for step in p.steps]
    assert all(any(t.startswith(name) for t in titles) for name in phases)
    assert window.context.document.undo_stack.count() == undo_count


def test_an_edit_from_elsewhere_keeps_the_group_framed(window, qtbot):
    """A live workshop edits through the editor while the map is presented."""
    view = map_feature(window).view
    state = window.context.document.state
    enter(window, qtbot)
    p = presenter(window)
    step_to(window, qtbot, Qt.Key.Key_Right, 0)
    height = p.current.focus.height()
    department = state.lanes(Dimension.DEPARTMENT)[0].id
    column = view.map_scene.arrangement.layout.columns[0].lane.id
    phase = state.lanes(Dimension.PHASE)[0].id
    for k in range(8):  # enough cards in one cell to make the row taller
        window.context.editor.add_touchpoint(f"Vote {k}", department, column, phase)
    qtbot.waitUntil(lambda: p.current is not None and p.current.focus.height() > height)
    assert p.index == 0
    assert view.visible_scene_rect().adjusted(-1, -1, 1, 1).contains(p.current.frame)


def test_closing_the_document_while_presenting_ends_the_presentation(window, qtbot):
    enter(window, qtbot)
    assert window.files.close_document()
    assert not presenter(window).active
    assert not window.isFullScreen()
    assert window.menuBar().isVisible()
    QTest.keyClick(window, Qt.Key.Key_F5)  # nothing to present now
    assert not presenter(window).active

"""A window with the map on a small known project, and helpers to drive its view."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtTest import QTest

from tests.support.builders import save_new, small_state
from tpm_desktop.core.edits import touchpoints
from tpm_desktop.core.project_file import read_project
from tpm_desktop.ui.canvas.feature import MapFeature
from tpm_desktop.ui.main_window import MainWindow

# small_state: departments 1 Marketing, 2 Sales, 3 Customer service;
# channels 1 Website, 2 E-mail (online), 3 Phone, 4 Store (offline); phases 1-3.
EXTRA = [
    ("Banner", 1, 1, 1),
    ("Blog", 1, 1, 2),
    ("Newsletter", 1, 2, 1),
    ("Mailing", 2, 2, 3),
]


def map_state():
    state = small_state()
    for name, department, channel, phase in EXTRA:
        changes, _ = touchpoints.add_touchpoint(state, name, department, channel, phase)
        state.apply(changes)
    return state


@pytest.fixture
def map_file(tmp_path: Path) -> Path:
    path = tmp_path / "user" / "map.tpm"
    path.parent.mkdir()
    save_new(path, map_state())
    return path


@pytest.fixture
def translations(tpm_app):
    """The English translator, as the application installs it (plural forms)."""
    from tpm_desktop.ui.i18n import Translations

    installed = Translations()
    installed.install("en")
    yield installed
    installed.install("en")
    from PySide6.QtCore import QCoreApplication

    for translator in installed._translators:
        QCoreApplication.removeTranslator(translator)


@pytest.fixture
def window(tpm_app, translations, qtbot, workspace, map_file):
    # Not qtbot.addWidget: pytest-qt would close the window before this fixture's
    # teardown, and a modified document would ask to be saved.
    win = MainWindow("en", workspace)
    win.resize(1400, 900)
    win.show()
    qtbot.waitExposed(win)
    assert win.open_path(map_file)
    yield win
    if win.context is not None:
        win.context.document.undo_stack.setClean()
        win.files.close_document()
    win.close()
    win.deleteLater()
    # The offscreen platform frees clipboard data after Python has shut down, which
    # crashes the process at exit (not so on real desktops): free it now.
    from PySide6.QtWidgets import QApplication

    QApplication.clipboard().clear()


def feature(win: MainWindow) -> MapFeature:
    return next(f for f in win.features if isinstance(f, MapFeature))


def view_of(win: MainWindow):
    view = feature(win).view
    view.setFocus()
    return view


def tp_id(state, name: str) -> int:
    return next(t.id for t in state.touchpoints.values() if t.name == name)


def card_point(view, touchpoint_id: int, dy: float = 0.0) -> QPoint:
    """The viewport position of a card's centre (plus dy scene units)."""
    rect = view.map_scene.arrangement.card_rect(touchpoint_id)
    assert rect is not None, "card not shown"
    return view.mapFromScene(QPointF(rect.x + rect.width / 2, rect.y + rect.height / 2 + dy))


def cell_point(view, row_id: int, column_id: int, where: str = "bottom") -> QPoint:
    """A viewport position inside a cell: near its top, or below its last card."""
    layout = view.map_scene.arrangement.layout
    rect = layout.cell_rect(row_id, column_id)
    y = rect.y + 4 if where == "top" else rect.y + rect.height - 6
    return view.mapFromScene(QPointF(rect.x + rect.width / 2, y))


def scene_rect_in_view(view, rect) -> QRectF:
    return view.mapFromScene(QRectF(rect.x, rect.y, rect.width, rect.height)).boundingRect()


def drag(view, start: QPoint, end: QPoint, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    """A real left-button drag on the viewport, in a few steps."""
    port = view.viewport()
    QTest.mousePress(port, Qt.MouseButton.LeftButton, modifiers, start)
    for k in (1, 2, 3):
        QTest.mouseMove(port, start + (end - start) * k / 4)
    QTest.mouseMove(port, end)
    QTest.mouseRelease(port, Qt.MouseButton.LeftButton, modifiers, end)


def click(view, pos: QPoint, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, modifiers, pos)


def saved(win: MainWindow):
    """Save the document and read the file back."""
    win.files.save()
    return read_project(win.context.document.path)

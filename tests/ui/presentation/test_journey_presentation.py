"""The journey view presented: F5 from the journey, the curve first, then phase after phase."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtTest import QTest

from tests.ui.presentation.test_presentation_mode import (  # noqa: F401 (fixtures)
    enter,
    presenter,
    step_to,
    translations,
    window,
)
from tpm_desktop.ui.journey.feature import JourneyFeature
from tpm_desktop.ui.presentation.journey_steps import JourneyPresentable


def journey(win) -> JourneyFeature:
    return next(f for f in win.features if isinstance(f, JourneyFeature))


def test_f5_on_the_journey_presents_the_curve_then_each_phase_and_esc_comes_back(window, qtbot):  # noqa: F811
    feature = journey(window)
    feature.show_journey.trigger()
    qtbot.waitUntil(lambda: feature.view.isVisible() and bool(feature.view.journey.chips))
    undo = window.context.document.undo_stack.count()
    enter(window, qtbot)
    target = presenter(window).target
    assert isinstance(target, JourneyPresentable)
    steps = presenter(window).steps
    grid = feature.view.journey.grid
    assert steps[0].title == "Experience curve"
    phases = [p.name for p in grid.phases]
    # Each phase appears, in journey order, once per lane group (Online, Offline)
    titles = [s.title.split(" · ")[0] for s in steps[1:]]
    assert [t for k, t in enumerate(titles) if k == 0 or titles[k - 1] != t] == phases
    # ... in parts where a group is too tall to read at once
    assert len(steps) >= 1 + len(phases) * len(grid.groups())
    port = feature.view.viewport().height()
    assert all(s.focus.height() <= port / 0.95 for s in steps[1:] if " to " in s.title)
    step_to(window, qtbot, Qt.Key.Key_Right, 0)
    step_to(window, qtbot, Qt.Key.Key_Right, 1)
    view = feature.view
    shown = view.mapToScene(view.viewport().rect()).boundingRect()
    focus = presenter(window).current.focus
    assert shown.contains(focus.adjusted(1, 1, -1, -1))
    # Readable from the back of a room, not the whole column squeezed (about 0.3)
    assert view.transform().m11() >= 0.95
    # A click on a chip of that phase rings it, and selects it
    tid = next(t for t, box in view.journey.geometry.chips.items() if focus.contains(box.x, box.y))
    box = view.journey.geometry.chips[tid]
    pos = view.mapFromScene(QRectF(box.x, box.y, box.width, box.height).center())
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    qtbot.waitUntil(lambda: window.context.selection.ids == [tid])
    QTest.keyClick(window, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not presenter(window).active and not window.isFullScreen())
    assert feature.view.isVisible()
    assert window.context.document.undo_stack.count() == undo

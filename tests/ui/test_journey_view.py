"""The journey view, driven as a user would: switch, click, edit, filter, export."""

from __future__ import annotations

import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QFileDialog

from tpm_desktop.core.enums import Dimension
from tpm_desktop.core.journey import Box, JourneyRows, curve_y, journey_curve
from tpm_desktop.core.model import TouchpointSegment
from tpm_desktop.ui import prompts
from tpm_desktop.ui.evidence.focus import segment_focus
from tpm_desktop.ui.journey import export
from tpm_desktop.ui.journey import scene as scene_module
from tpm_desktop.ui.journey.feature import JourneyFeature
from tpm_desktop.ui.journey.items import ChipItem
from tpm_desktop.ui.main_window import MainWindow


@pytest.fixture
def window(tpm_app, qtbot, workspace, sample_file_en: Path, tmp_path: Path):
    target = tmp_path / "sample.tpm"
    shutil.copyfile(sample_file_en, target)
    target.chmod(0o644)
    win = MainWindow("en", workspace)

    def discard(w: MainWindow) -> None:  # pytest-qt closes the window before our teardown
        if w.context is not None:
            w.context.document.undo_stack.setClean()

    qtbot.addWidget(win, before_close_func=discard)
    win.resize(1366, 768)
    win.show()
    assert win.open_path(target)
    return win


def _journey(win: MainWindow) -> JourneyFeature:
    return next(f for f in win.features if isinstance(f, JourneyFeature))


def _chip_pos(feature: JourneyFeature, tid: int):
    chip = feature.view.journey.chips[tid]
    feature.view.ensureVisible(chip.sceneBoundingRect())
    return feature.view.mapFromScene(chip.sceneBoundingRect().center())


def test_switching_views_with_the_shortcut_and_the_menu(window, qtbot):
    feature = _journey(window)
    host = window.workspace_host
    assert host.currentWidget() is feature.map.area and not feature.is_shown
    qtbot.keyClick(
        window,
        Qt.Key.Key_J,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert host.currentWidget() is feature.view and feature.show_journey.isChecked()
    state = window.context.document.state
    chips = feature.view.journey.chips
    assert set(chips) == set(state.touchpoints)
    for tid, chip in chips.items():
        assert isinstance(chip, ChipItem)
        full = state.touchpoints[tid].name

        # the name, or its beginning: wrapped, maybe hyphenated, maybe cut with "…"
        def letters(text: str) -> str:
            return "".join(ch for ch in text if ch not in " -…")

        assert letters(full).startswith(letters(" ".join(chip.lines)))
        assert len(chip.lines) == 1 or chip.lines[0]
        assert chip.toolTip().splitlines()[0] == full
    # the map's zoom controls hide, the journey's rows show, the segment filter stays
    assert all(a.isVisible() for a in feature.journey_only)
    assert not any(a.isVisible() for a in feature.map_only)
    assert window.findChild(object, "segment_filter_combo").isVisibleTo(window)
    assert feature.show_map in window.view_menu.actions()
    feature.show_map.trigger()
    assert host.currentWidget() is feature.map.area
    assert not any(a.isVisible() for a in feature.journey_only)


def test_chip_names_are_readable_and_inside_their_chips(window):
    feature = _journey(window)
    feature.show_view(journey=True)
    for chip in feature.view.journey.chips.values():
        assert chip.font.pointSizeF() >= 9 and 1 <= len(chip.lines) <= 2
        rect = chip.sceneBoundingRect()
        cell = feature.view.journey.geometry.cells
        assert any(box.x <= rect.x() + 2 and rect.right() - 2 <= box.right for box in cell.values())


def test_the_drawn_curve_is_cores_curve(window):
    feature = _journey(window)
    feature.show_view(journey=True)
    scene = feature.view.journey
    state = window.context.document.state
    assert scene.points == journey_curve(state)
    plot = scene.geometry.curve
    plot = Box(
        plot.x, plot.y + scene_module.CURVE_TOP, plot.width, plot.height - scene_module.CURVE_TOP
    )
    for name in ("as_is", "target"):
        path = scene.curve_paths[name]
        values = [getattr(p, name) for p in scene.points if getattr(p, name) is not None]
        assert path.elementCount() == len(values) == 3
        for index, value in enumerate(values):
            element = path.elementAt(index)
            assert element.y == pytest.approx(curve_y(value, plot, scene_module.CURVE_MARGIN))
    supers = {tid for tid, tp in state.touchpoints.items() if tp.is_super}
    assert {m.touchpoint_id for m in scene.moments} == supers


def test_clicking_a_chip_selects_the_touchpoint_and_the_inspector_follows(window, qtbot):
    feature = _journey(window)
    feature.show_view(journey=True)
    state = window.context.document.state
    tid = next(t for t, tp in state.touchpoints.items() if tp.name == "Website chatbot")
    qtbot.mouseClick(
        feature.view.viewport(), Qt.MouseButton.LeftButton, pos=_chip_pos(feature, tid)
    )
    assert window.context.selection.ids == [tid]
    assert feature.view.journey.chips[tid].selected
    assert window.inspector.panels.shown  # the inspector follows the journey's selection
    # its panel takes room: the columns are laid out again, the chip stays selected
    qtbot.wait(300)
    assert feature.view.journey.chips[tid].selected
    other = next(t for t in state.touchpoints if t != tid)
    qtbot.mouseClick(
        feature.view.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.ControlModifier,
        pos=_chip_pos(feature, other),
    )
    assert window.context.selection.ids == [tid, other]


def test_a_document_change_redraws_and_undo_brings_it_back(window, qtbot):
    feature = _journey(window)
    feature.show_view(journey=True)
    context = window.context
    state = context.document.state
    tid = next(t for t, tp in state.touchpoints.items() if tp.name == "Website chatbot")
    before = [p.as_is for p in feature.view.journey.points]
    context.editor.rename_touchpoint(tid, "Chat assistant")
    qtbot.waitUntil(lambda: feature.view.journey.chips[tid].name == "Chat assistant")
    context.editor.set_touchpoint_fields([tid], experience=-2)
    qtbot.waitUntil(lambda: feature.view.journey.points == journey_curve(state))
    assert [p.as_is for p in feature.view.journey.points] != before
    context.document.undo_stack.undo()
    context.document.undo_stack.undo()
    qtbot.waitUntil(lambda: feature.view.journey.chips[tid].name == "Website chatbot")
    assert [p.as_is for p in feature.view.journey.points] == before


def test_double_click_renames_through_the_editor(window, qtbot, monkeypatch):
    feature = _journey(window)
    feature.show_view(journey=True)
    state = window.context.document.state
    tid = next(t for t, tp in state.touchpoints.items() if tp.name == "Website chatbot")
    monkeypatch.setattr(prompts, "ask_text", lambda *args, **kwargs: "  Live chat ")
    qtbot.mouseDClick(
        feature.view.viewport(), Qt.MouseButton.LeftButton, pos=_chip_pos(feature, tid)
    )
    assert window.context.document.state.touchpoints[tid].name == "Live chat"
    assert window.context.document.undo_stack.canUndo()


def test_rows_by_department_and_the_segment_filter(window, qtbot):
    feature = _journey(window)
    feature.show_view(journey=True)
    combo = feature.rows_combo
    combo.setCurrentIndex(combo.findData("department"))
    combo.activated.emit(combo.currentIndex())
    state = window.context.document.state
    qtbot.waitUntil(lambda: feature.view.journey.grid.rows is JourneyRows.DEPARTMENT)
    assert [lane.name for lane in feature.view.journey.grid.lanes] == [
        d.name for d in state.lanes(Dimension.DEPARTMENT)
    ]
    segment = state.segments()[0]
    segment_focus(window).set_segment(segment.id)
    qtbot.waitUntil(lambda: feature.view.journey.points == journey_curve(state, segment.id))
    relevant = {
        r.touchpoint_id
        for r in state.table(TouchpointSegment).values()
        if r.segment_id == segment.id
    }
    qtbot.waitUntil(lambda: set(feature.view.journey.chips) == relevant)
    assert feature.view.journey.segment_name == segment.name


@pytest.mark.parametrize("suffix", ["png", "svg"])
def test_export_writes_a_valid_picture(window, monkeypatch, tmp_path, suffix):
    feature = _journey(window)
    feature.show_view(journey=True)
    target = tmp_path / f"journey.{suffix}"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    feature.export.trigger()
    data = target.read_bytes()
    rect = feature.view.journey.sceneRect()
    if suffix == "png":
        assert data.startswith(b"\x89PNG\r\n\x1a\n")
        image = QImage(str(target))
        assert image.width() == pytest.approx(rect.width() * 2, abs=2)
        # the whole view (not the scrolled part) below a title line
        assert image.height() == pytest.approx((rect.height() + export.TITLE_HEIGHT) * 2, abs=2)
        assert image.pixelColor(image.width() - 3, image.height() - 3).name() == "#ffffff"
    else:
        root = ET.fromstring(data)
        assert root.tag.endswith("svg")
        text = data.decode("utf-8")
        assert "Before purchase" in text and "Website chatbot" in text
        assert window.context.document.state.project.name in text  # the title line


def test_an_export_that_cannot_be_written_says_so(window, monkeypatch, tmp_path):
    feature = _journey(window)
    target = tmp_path / "missing" / "folder" / "journey.png"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    errors = []
    monkeypatch.setattr(
        prompts, "show_error", lambda parent, title, message: errors.append(message)
    )
    feature.export.trigger()
    assert errors and not target.exists()


def test_the_map_search_marks_chips_and_filters_leave_them_out(window, qtbot):
    feature = _journey(window)
    feature.show_view(journey=True)
    state = window.context.document.state
    feature.map.tool_bar.search.setText("bill")
    found = {t for t, tp in state.touchpoints.items() if "bill" in tp.name.casefold()}
    assert found
    qtbot.waitUntil(
        lambda: {t for t, c in feature.view.journey.chips.items() if c.matched} >= found
    )
    feature.map.tool_bar.filter_menu.super_only.setChecked(True)
    supers = {t for t, tp in state.touchpoints.items() if tp.is_super}
    qtbot.waitUntil(lambda: set(feature.view.journey.chips) == supers)


def test_a_long_word_is_hyphenated_and_the_rest_cut_with_an_ellipsis(tpm_app):
    from PySide6.QtGui import QFontMetricsF

    from tpm_desktop.ui.journey.items import chip_font, two_lines

    metrics = QFontMetricsF(chip_font())
    width = metrics.horizontalAdvance("Preisanpassungs-") + 2
    first, second = two_lines("Preisanpassungsschreiben", metrics, width, "de")
    assert first.endswith("-") and first[:-1] + second == "Preisanpassungsschreiben"
    lines = two_lines("Energiedienstleistungen & E-Mobilität und noch mehr", metrics, width, "de")
    assert len(lines) == 2 and lines[1].endswith("…")
    assert all(metrics.horizontalAdvance(text) <= width for text in lines)
    assert two_lines("Short name", metrics, width) == ["Short name"]


def test_clicking_a_moment_of_truth_on_the_curve_selects_its_touchpoint(window, qtbot):
    feature = _journey(window)
    feature.show_view(journey=True)
    star = feature.view.journey.moments[0]
    state = window.context.document.state
    assert state.touchpoints[star.touchpoint_id].is_super
    assert state.touchpoints[star.touchpoint_id].name in star.toolTip()
    feature.view.ensureVisible(star.sceneBoundingRect())
    pos = feature.view.mapFromScene(star.scenePos())
    qtbot.mouseClick(feature.view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert window.context.selection.ids == [star.touchpoint_id]
    # a click beside every chip and star (the corner above the lane names) selects nothing
    corner = feature.view.mapFromScene(QPointF(20, 20))
    qtbot.mouseClick(feature.view.viewport(), Qt.MouseButton.LeftButton, pos=corner)
    assert window.context.selection.ids == []


def test_arrow_keys_walk_the_chips_and_return_renames(window, qtbot, monkeypatch):
    feature = _journey(window)
    feature.show_view(journey=True)
    view, state = feature.view, window.context.document.state
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Right)  # nothing selected: the first chip
    first = window.context.selection.current
    assert first == feature.view.journey.grid.ids()[0]
    qtbot.keyClick(view, Qt.Key.Key_Right)
    right = window.context.selection.current
    chips = view.journey.chips
    assert right != first
    assert chips[right].sceneBoundingRect().x() > chips[first].sceneBoundingRect().x()
    qtbot.keyClick(view, Qt.Key.Key_Down)
    below = window.context.selection.current
    assert chips[below].sceneBoundingRect().y() > chips[right].sceneBoundingRect().y()
    qtbot.keyClick(view, Qt.Key.Key_Up)
    assert window.context.selection.current == right
    monkeypatch.setattr(prompts, "ask_text", lambda *args, **kwargs: "Renamed by key")
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert state.touchpoints[right].name == "Renamed by key"

"""Segments, evidence and comments in the window: filter, drop a file, a thread, history."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from tests.core.test_evidence import png
from tests.support.builders import save_new
from tpm_desktop.core.edits import evidence, segments
from tpm_desktop.core.model import Comment, Evidence, Touchpoint
from tpm_desktop.core.project_file import read_project
from tpm_desktop.core.sample import sample_state
from tpm_desktop.ui.evidence.feature import EvidenceFeature
from tpm_desktop.ui.main_window import MainWindow


@pytest.fixture
def window(tpm_app, qtbot, workspace, tmp_path, monkeypatch):
    from tpm_desktop.ui import prompts

    # The tests edit; closing at the end discards (the file's content is checked inside).
    monkeypatch.setattr(prompts, "ask_save_changes", lambda *a: prompts.Answer.DISCARD)
    path = tmp_path / "sample.tpm"
    save_new(path, sample_state("en"))
    win = MainWindow("en", workspace)
    qtbot.addWidget(win)
    win.show()
    assert win.open_path(path)
    yield win
    if win.context is not None:
        win.context.document.undo_stack.setClean()
        win.files.close_document()


def feature(window) -> EvidenceFeature:
    return next(f for f in window.features if isinstance(f, EvidenceFeature))


def select(window, name: str) -> int:
    state = window.context.document.state
    tid = next(tp.id for tp in state.table(Touchpoint).values() if tp.name == name)
    window.context.selection.set([tid])
    return tid


def shown_cards(window) -> set[int]:
    from tpm_desktop.ui.canvas.feature import MapFeature

    map_feature = next(f for f in window.features if isinstance(f, MapFeature))
    return set(map_feature.scene.arrangement.shown_ids())


def test_segment_filter_narrows_map_and_ranking(window, qtbot):
    f = feature(window)
    state = window.context.document.state
    combo = f.segment_combo
    assert combo.count() == 5 and combo.itemText(0) == "All customers"
    all_cards = shown_cards(window)
    assert len(all_cards) == len(state.touchpoints)
    seniors = state.segments()[3]
    combo.setCurrentIndex(combo.findData(seniors.id))
    combo.activated.emit(combo.currentIndex())
    members = (
        {r.touchpoint_id for r in state.table(type(state.segments_of(1).get(0) or 0)).values()}
        if False
        else None
    )
    from tpm_desktop.core.segments import relevant_ids

    members = relevant_ids(state, seniors.id)
    assert shown_cards(window) == members
    from tpm_desktop.ui.assessment.feature import AssessmentFeature

    ranking = next(x for x in window.features if isinstance(x, AssessmentFeature)).ranking
    assert ranking.model.rowCount() == len(members)
    # back to all customers
    combo.setCurrentIndex(0)
    combo.activated.emit(0)
    assert shown_cards(window) == all_cards
    assert ranking.model.rowCount() == len(state.touchpoints)


def test_open_comments_filter_shows_cards_with_unresolved_threads(window):
    f = feature(window)
    state = window.context.document.state
    open_ids = {c.touchpoint_id for c in state.table(Comment).values() if not c.resolved}
    f.open_comments.setChecked(True)
    assert shown_cards(window) == open_ids
    # resolving the last open thread of a card takes it off
    hotline_comment = next(
        c for c in state.table(Comment).values() if c.parent_id is None and not c.resolved
    )
    window.context.editor.set_comment_resolved(hotline_comment.id, True)
    assert hotline_comment.touchpoint_id not in shown_cards(window)


def test_dropping_a_file_onto_the_evidence_panel_attaches_it(window, qtbot, tmp_path):
    f = feature(window)
    tid = select(window, "Annual consumption bill")
    photo = tmp_path / "letter.png"
    photo.write_bytes(png(40, 30))
    panel = f.evidence
    before = panel.list.count()
    f.evidence_dock.show()
    f.evidence_dock.raise_()
    qtbot.waitExposed(panel)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(photo))])
    # as a drag from the file manager: it enters the panel (accepted), then drops
    enter = QDragEnterEvent(
        QPoint(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(panel, enter)
    assert enter.isAccepted()
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(panel, event)
    assert event.isAccepted()
    state = window.context.document.state
    (image,) = [e for e in state.evidence_of(tid) if e.kind == "image"]
    assert image.data == photo.read_bytes() and image.filename == "letter.png"
    assert panel.list.count() == before + 1
    assert not panel.list.item(panel.list.count() - 1).icon().isNull()  # a thumbnail
    window.context.document.save()
    saved = read_project(window.context.document.path)
    assert saved.get(Evidence, image.id).data == photo.read_bytes()
    window.context.document.undo_stack.undo()
    assert panel.list.count() == before


def test_a_renamed_html_file_is_refused_with_a_message(window, tmp_path, monkeypatch):
    from tpm_desktop.ui import prompts

    shown = []
    monkeypatch.setattr(prompts, "show_error", lambda parent, title, text: shown.append(text))
    f = feature(window)
    tid = select(window, "Annual consumption bill")
    fake = tmp_path / "photo.png"
    fake.write_text("<html>not an image</html>")
    assert f.evidence.attach_paths([fake]) == 0
    assert shown and "not a readable PNG or JPEG" in shown[0]
    assert not [e for e in window.context.document.state.evidence_of(tid) if e.kind == "image"]


def test_open_writes_a_temporary_copy_only_when_asked(window, tmp_path, monkeypatch):
    from tpm_desktop.ui.evidence import evidence_panel

    opened = []
    monkeypatch.setattr(
        evidence_panel.QDesktopServices, "openUrl", lambda url: opened.append(url) or True
    )
    f = feature(window)
    tid = select(window, "Annual consumption bill")
    report = tmp_path / "notes.pdf"
    report.write_bytes(b"%PDF-1.4\n%%EOF\n")
    assert f.evidence.attach_paths([report]) == 1
    assert opened == []
    f.evidence.list.setCurrentRow(f.evidence.list.count() - 1)
    copy = f.evidence.open_current()
    assert copy is not None and copy.read_bytes() == report.read_bytes() and copy != report
    assert opened and Path(opened[0].toLocalFile()) == copy
    assert tid


def test_a_comment_thread_in_the_panel(window, qtbot):
    f = feature(window)
    window.context.document.project.author = "Ann Example"
    tid = select(window, "Website search")
    panel = f.comments
    assert panel.tree.topLevelItemCount() == 0
    qtbot.keyClicks(panel.text, "Search finds nothing for 'Umzug'")
    qtbot.mouseClick(panel.comment_button, Qt.MouseButton.LeftButton)
    assert panel.tree.topLevelItemCount() == 1 and panel.text.toPlainText() == ""
    panel.tree.setCurrentItem(panel.tree.topLevelItem(0))
    qtbot.keyClicks(panel.text, "Ticket filed")
    qtbot.mouseClick(panel.reply_button, Qt.MouseButton.LeftButton)
    top = panel.tree.topLevelItem(0)
    assert top.childCount() == 1 and top.child(0).text(0) == "Ticket filed"
    assert top.text(1) == "Ann Example"
    panel.tree.setCurrentItem(top.child(0))
    qtbot.mouseClick(panel.resolve_button, Qt.MouseButton.LeftButton)
    state = window.context.document.state
    first, reply = state.comments_of(tid)
    assert first.resolved and reply.parent_id == first.id
    assert panel.resolve_button.text() == "Reopen"
    assert "[resolved]" in panel.tree.topLevelItem(0).text(0)


def test_segment_experience_in_the_panel(window):
    f = feature(window)
    tid = select(window, "Website search")
    state = window.context.document.state
    business = state.segments()[1]
    box = f.segments.relevant_boxes[business.id]
    assert not box.isChecked()
    box.click()
    assert business.id in window.context.document.state.segments_of(tid)
    combo = f.segments.experience_combos[business.id]
    combo.setCurrentIndex(combo.findData(-2))
    combo.activated.emit(combo.currentIndex())
    assert window.context.document.state.segments_of(tid)[business.id].experience == -2


def test_history_lists_the_touchpoints_segment_evidence_and_comment_changes(window):
    from tpm_desktop.core.history import history

    tid = select(window, "Website search")
    editor = window.context.editor
    state = window.context.document.state
    editor.set_segment_experience([tid], state.segments()[0].id, -1)
    editor.add_comment(tid, "Check this")
    editor.add_quote(tid, "Found nothing", "Survey")
    touchpoint = window.context.document.state.touchpoints[tid]
    project = window.context.document.project
    result = history(window.context.document.state, project.journal(touchpoint.uuid))
    tables = [line.table for step in result.steps for line in step.lines]
    assert {"touchpoint_segment", "comment", "evidence"} <= set(tables)
    names = [line.name for step in result.steps for line in step.lines]
    assert "Check this" in names and "Found nothing" in names
    assert segments and evidence  # the edits module names used above exist


def _segments_dialog(window, qtbot):
    from tpm_desktop.ui.evidence.segments_dialog import SegmentsDialog

    f = feature(window)
    f.show_segments()
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, SegmentsDialog))
    qtbot.addWidget(dialog)
    return dialog


def test_a_segment_picture_is_chosen_checked_and_undone(window, qtbot, tmp_path, monkeypatch):
    from tpm_desktop.ui import prompts

    shown = []
    monkeypatch.setattr(prompts, "show_error", lambda parent, title, text: shown.append(text))
    dialog = _segments_dialog(window, qtbot)
    dialog.list.setCurrentRow(1)
    state = window.context.document.state
    business = state.segments()[1]
    assert dialog.picture_label.text() == "none" and not dialog.remove_picture_button.isEnabled()
    photo = tmp_path / "persona.jpg"
    from PIL import Image

    Image.new("RGB", (300, 200), (200, 120, 40)).save(photo, "JPEG")
    monkeypatch.setattr(
        "PySide6.QtWidgets.QFileDialog.getOpenFileName", lambda *a, **k: (str(photo), "")
    )
    qtbot.mouseClick(dialog.picture_button, Qt.MouseButton.LeftButton)
    segment = window.context.document.state.segments()[1]
    assert segment.id == business.id and segment.picture == photo.read_bytes()
    assert segment.picture_digest and dialog.remove_picture_button.isEnabled()
    pixmap = dialog.picture_label.pixmap()
    assert not pixmap.isNull() and max(pixmap.width(), pixmap.height()) == 72
    dialog.grab().save("/work/shots/14s-segment-picture.png")
    # A renamed HTML page is refused with a message; the picture stays.
    fake = tmp_path / "persona.png"
    fake.write_text("<html>not an image</html>")
    assert not dialog.set_picture_from(fake)
    assert shown and "not a readable PNG or JPEG" in shown[0]
    assert window.context.document.state.segments()[1].picture == photo.read_bytes()
    window.action_undo.trigger()
    assert window.context.document.state.segments()[1].picture is None
    assert dialog.picture_label.text() == "none"
    window.action_redo.trigger()
    qtbot.mouseClick(dialog.remove_picture_button, Qt.MouseButton.LeftButton)
    assert window.context.document.state.segments()[1].picture is None
    dialog.close()


def test_a_segments_own_as_is_score_overrides_the_general_one(window, qtbot):
    from tpm_desktop.core import ranking

    f = feature(window)
    tid = select(window, "Website search")
    state = window.context.document.state
    movers = next(s for s in state.segments() if s.id not in state.segments_of(tid))
    assert f.segments.scores.segment_combo.findData(movers.id) == -1  # not relevant yet
    f.segments.relevant_boxes[movers.id].click()
    scores = f.segments.scores
    combo = scores.segment_combo
    assert scores.isVisibleTo(f.segments)
    combo.setCurrentIndex(combo.findData(movers.id))
    combo.activated.emit(combo.currentIndex())
    assert scores.segment_id() == movers.id
    criterion = state.criteria[0]
    spin = scores.spins[criterion.id]
    assert spin.score() is None  # as in general
    before = ranking.all_metrics(state, segment_id=movers.id)[tid].as_is
    spin.setFocus()
    qtbot.keyClicks(spin.lineEdit(), "1")
    qtbot.keyClick(spin.lineEdit(), Qt.Key.Key_Return)
    state = window.context.document.state
    assert state.segment_scores_of(tid, movers.id)[criterion.id].as_is == 1.0
    assert ranking.all_metrics(state, segment_id=movers.id)[tid].as_is < before
    assert state.scores_of(tid)[criterion.id].as_is != 1.0  # the general score stays
    window.resize(1366, 768)
    f.segments_dock.show()
    f.segments_dock.raise_()
    QApplication.processEvents()
    window.grab().save("/work/shots/14s-segment-scores.png")
    window.action_undo.trigger()
    assert criterion.id not in window.context.document.state.segment_scores_of(tid, movers.id)
    assert f.segments.scores.spins[criterion.id].score() is None

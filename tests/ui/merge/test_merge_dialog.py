"""File → Merge Changes From… and the save that finds the file changed on disk."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QFileDialog

from tests.support.builders import save_new
from tpm_desktop.core.edits import touchpoints
from tpm_desktop.core.merge import Conflict
from tpm_desktop.core.model import MergeLog
from tpm_desktop.core.project_file import OpenProject, read_project
from tpm_desktop.ui import prompts
from tpm_desktop.ui.main_window import MainWindow
from tpm_desktop.ui.merge.feature import MergeFeature
from tpm_desktop.ui.merge.review_dialog import MergeReviewDialog


@pytest.fixture
def window(tpm_app, qtbot, workspace):
    win = MainWindow("en", workspace)
    qtbot.addWidget(win)
    win.show()
    yield win
    if win.context is not None:
        win.context.document.undo_stack.setClean()
        win.files.close_document()


@pytest.fixture
def copies(tmp_path, workspace) -> tuple[Path, Path]:
    ours = tmp_path / "ours.tpm"
    save_new(ours)
    theirs = tmp_path / "theirs.tpm"
    shutil.copy(ours, theirs)
    return ours, theirs


def edit_file(path: Path, workspace, author: str, who: str, **fields) -> None:
    project = OpenProject.open(path, workspace)
    project.author = author
    touchpoint = next(t for t in project.state.touchpoints.values() if t.name == who)
    project.commit(touchpoints.update_touchpoints(project.state, [touchpoint.id], **fields))
    project.save()
    project.close()


def feature(window) -> MergeFeature:
    return next(f for f in window.features if isinstance(f, MergeFeature))


def by_name(window, name: str):
    return next(t for t in window.context.document.state.touchpoints.values() if t.name == name)


def click_check(qtbot, dialog: MergeReviewDialog, number: int) -> None:
    row = dialog.row_for(number)
    tree = dialog.tree
    tree.scrollToItem(row)
    rect = tree.visualItemRect(row)
    # the check box sits at the start of the first column, after the indentation
    point = QPoint(
        rect.left() + tree.style().pixelMetric(tree.style().PixelMetric.PM_IndicatorWidth) // 2 + 4,
        rect.center().y(),
    )
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=point)


def test_review_then_merge_is_one_undo_step(window, copies, workspace, qtbot, monkeypatch):
    ours, theirs = copies
    edit_file(theirs, workspace, "Client", "Website", name="Web there", as_is="Fast")
    edit_file(theirs, workspace, "Client", "Hotline", experience=2)
    window.open_path(ours)
    window.context.editor.set_touchpoint_fields([by_name(window, "Website").id], name="Web here")
    shown: list[MergeReviewDialog] = []

    def review(parent, plan):
        dialog = MergeReviewDialog(plan, parent)
        qtbot.addWidget(dialog)
        dialog.show()
        shown.append(dialog)
        conflict = next(i for i in plan.items if i.conflict is Conflict.BOTH_CHANGED)
        # conflicts come first and start unchecked: keep ours
        assert plan.items[0] is conflict
        assert dialog.row_for(conflict.number).checkState(0) == Qt.CheckState.Unchecked
        click_check(qtbot, dialog, conflict.number)
        assert conflict.accepted
        dialog.tree.setCurrentItem(dialog.row_for(conflict.number))
        dialog.tree.setFocus()
        qtbot.keyClick(dialog.tree, Qt.Key.Key_Space)  # toggles the current row back
        assert not conflict.accepted
        assert "of 3 changes will be taken" in dialog.summary.text()
        return True

    monkeypatch.setattr(prompts, "review_merge", review)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(theirs), ""))
    infos = []
    monkeypatch.setattr(prompts, "show_info", lambda *a: infos.append(a))
    window.findChild(type(feature(window).action_merge), "action_merge").trigger()
    assert shown
    state = window.context.document.state
    assert by_name(window, "Web here").as_is == "Fast"
    assert by_name(window, "Hotline").experience == 2
    assert len(state.table(MergeLog)) == 1
    assert window.action_undo.text().startswith("&Undo Merge Changes From")
    window.action_undo.trigger()
    assert by_name(window, "Web here").as_is != "Fast"
    assert not window.context.document.state.table(MergeLog)
    window.action_redo.trigger()
    assert by_name(window, "Hotline").experience == 2
    window.action_save.trigger()
    saved = read_project(ours)
    assert len(saved.table(MergeLog)) == 1


def test_take_all_of_a_kind(window, copies, workspace, qtbot):
    ours, theirs = copies
    edit_file(theirs, workspace, "Client", "Website", name="Web there")
    edit_file(ours, workspace, "Me", "Website", name="Web here")
    edit_file(theirs, workspace, "Client", "Hotline", experience=2)
    window.open_path(ours)
    from tpm_desktop.core.merge.files import plan_from_file

    plan = plan_from_file(window.context.document.project, theirs)
    dialog = MergeReviewDialog(plan, window)
    qtbot.addWidget(dialog)
    dialog.kind_box.setCurrentIndex(dialog.kind_box.findData("conflicts"))
    qtbot.mouseClick(dialog.take_button, Qt.MouseButton.LeftButton)
    assert all(i.accepted for i in plan.items)
    dialog.kind_box.setCurrentIndex(0)
    qtbot.mouseClick(dialog.leave_button, Qt.MouseButton.LeftButton)
    assert not any(i.accepted for i in plan.items)
    assert dialog.summary.text().startswith("0 of")


def test_another_project_offers_import_as_new(window, copies, tmp_path, monkeypatch):
    ours, _ = copies
    other = tmp_path / "other.tpm"
    save_new(other)
    window.open_path(ours)
    before = len(window.context.document.state.touchpoints)
    asked = []
    monkeypatch.setattr(prompts, "confirm", lambda *a: asked.append(a[2]) or True)
    assert feature(window).merge_path(other)
    assert "another project" in asked[0]
    assert len(window.context.document.state.touchpoints) == 2 * before
    assert window.files.save()


def test_a_damaged_file_is_a_message(window, copies, tmp_path, monkeypatch):
    ours, _ = copies
    junk = tmp_path / "junk.tpm"
    junk.write_bytes(b"SQLite format 3\x00" + b"\x00" * 50)
    window.open_path(ours)
    errors = []
    monkeypatch.setattr(prompts, "show_error", lambda *a: errors.append(a[2]))
    assert not feature(window).merge_path(junk)
    assert errors and "junk.tpm" in errors[0]


def test_save_over_a_file_changed_on_disk_asks_and_can_merge(
    window, copies, workspace, monkeypatch
):
    ours, _ = copies
    window.open_path(ours)
    window.context.editor.set_touchpoint_fields([by_name(window, "Hotline").id], experience=2)
    # meanwhile another copy is saved over our file
    shutil.copy(ours, ours.with_name("elsewhere.tpm"))
    edit_file(ours.with_name("elsewhere.tpm"), workspace, "Client", "Website", as_is="Theirs")
    shutil.copy(ours.with_name("elsewhere.tpm"), ours)
    asked = []
    monkeypatch.setattr(prompts, "ask_external_change", lambda p, n: asked.append(n) or None)
    assert not window.files.save()
    assert asked == ["ours.tpm"]
    assert (
        next(t for t in read_project(ours).touchpoints.values() if t.name == "Website").as_is
        == "Theirs"
    )
    monkeypatch.setattr(prompts, "ask_external_change", lambda p, n: "merge")
    monkeypatch.setattr(prompts, "review_merge", lambda p, plan: True)
    assert window.files.save()
    saved = {t.name: t for t in read_project(ours).touchpoints.values()}
    assert saved["Website"].as_is == "Theirs" and saved["Hotline"].experience == 2
    # saved now: the next save does not ask again
    monkeypatch.setattr(prompts, "ask_external_change", lambda p, n: pytest.fail("asked"))
    window.context.editor.set_touchpoint_fields([by_name(window, "Hotline").id], experience=1)
    assert window.files.save()


def test_overwrite_replaces_the_other_version(window, copies, workspace, monkeypatch):
    ours, theirs = copies
    window.open_path(ours)
    window.context.editor.set_touchpoint_fields([by_name(window, "Hotline").id], experience=2)
    edit_file(theirs, workspace, "Client", "Website", as_is="Theirs")
    shutil.copy(theirs, ours)
    monkeypatch.setattr(prompts, "ask_external_change", lambda p, n: "overwrite")
    assert window.files.save()
    saved = {t.name: t for t in read_project(ours).touchpoints.values()}
    assert saved["Website"].as_is != "Theirs" and saved["Hotline"].experience == 2


def test_closing_with_save_makes_the_same_check(window, copies, workspace, monkeypatch):
    ours, theirs = copies
    window.open_path(ours)
    window.context.editor.set_touchpoint_fields([by_name(window, "Hotline").id], experience=2)
    edit_file(theirs, workspace, "Client", "Website", as_is="Theirs")
    shutil.copy(theirs, ours)
    monkeypatch.setattr(prompts, "ask_save_changes", lambda p, n: prompts.Answer.SAVE)
    asked = []
    monkeypatch.setattr(prompts, "ask_external_change", lambda p, n: asked.append(n) or None)
    assert not window.files.close_document()  # cancelled at the second question: stays open
    assert asked == ["ours.tpm"] and window.context is not None
    monkeypatch.setattr(prompts, "ask_external_change", lambda p, n: "merge")
    monkeypatch.setattr(prompts, "review_merge", lambda p, plan: True)
    assert window.files.close_document()
    saved = {t.name: t for t in read_project(ours).touchpoints.values()}
    assert saved["Website"].as_is == "Theirs" and saved["Hotline"].experience == 2

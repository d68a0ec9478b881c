"""File → Project History and Edit → Touchpoint History, from the change journal."""

from __future__ import annotations

import shutil

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QFileDialog

from tests.support.builders import save_new
from tests.ui.merge.test_merge_dialog import by_name, edit_file, feature, window  # noqa: F401
from tpm_desktop.core.enums import Decision
from tpm_desktop.ui import prompts
from tpm_desktop.ui.merge.history_dialog import HistoryDialog


def texts(dialog: HistoryDialog) -> list[list[str]]:
    """Every shown row, steps and their lines, as the columns' texts."""
    rows = []
    for step in dialog.visible_steps():
        rows.append([step.text(c) for c in range(4)])
        for index in range(step.childCount()):
            child = step.child(index)
            if not child.isHidden():
                rows.append(["  " + child.text(0)] + [child.text(c) for c in range(1, 4)])
    return rows


def test_touchpoint_history_lists_each_change_with_who_and_values(
    window,  # noqa: F811
    tmp_path,
    qtbot,
):
    path = tmp_path / "p.tpm"
    save_new(path)
    window.open_path(path)
    editor = window.context.editor
    website = by_name(window, "Website")
    hotline = by_name(window, "Hotline")
    editor.set_touchpoint_fields([website.id], name="Web portal")
    editor.set_touchpoint_fields([website.id], decision=Decision.FOCUS.value)
    editor.set_touchpoint_fields([hotline.id], name="Service line")
    window.context.document.undo_stack.undo()  # the hotline rename, undone
    window.context.selection.set([website.id])
    action = feature(window).action_touchpoint_history
    assert action.isEnabled()
    action.trigger()
    dialog = feature(window).history_dialog
    assert dialog is not None and dialog.isVisible()
    rows = texts(dialog)
    joined = "\n".join(" | ".join(r) for r in rows)
    assert "Web portal" in dialog.windowTitle()
    lines = [r for r in rows if r[0].startswith("  ")]
    # newest first: the decision, then the rename, each with before and after
    # the touchpoint's own name is in the title, not repeated on every line
    assert [r[0].strip() for r in lines] == ["Decision", "Name"]
    assert [r[2:] for r in lines] == [["Keep", "Focus"], ["Website", "Web portal"]]
    steps = [r for r in rows if not r[0].startswith("  ")]
    assert (
        steps[0][0].endswith("Set decision")
        and steps[0][1] == window.context.document.project.author
    )
    assert "Service line" not in joined  # another touchpoint's changes are not listed
    dialog.close()
    window.context.document.save()


def test_project_history_shows_the_merge_and_filters(
    window,  # noqa: F811
    tmp_path,
    workspace,
    qtbot,
    monkeypatch,
):
    ours = tmp_path / "ours.tpm"
    save_new(ours)
    theirs = tmp_path / "theirs.tpm"
    shutil.copy(ours, theirs)
    edit_file(theirs, workspace, "Client", "Hotline", name="Hotline there")
    window.open_path(ours)
    editor = window.context.editor
    editor.set_touchpoint_fields([by_name(window, "Website").id], name="Web here")
    window.context.document.undo_stack.undo()
    monkeypatch.setattr(prompts, "review_merge", lambda parent, plan: True)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(theirs), ""))
    assert feature(window).choose_and_merge()
    action = feature(window).action_project_history
    assert action.shortcut() == QKeySequence("Ctrl+Alt+H")
    action.trigger()
    dialog = feature(window).history_dialog
    assert dialog is not None
    steps = [row[0] for row in texts(dialog) if not row[0].startswith("  ")]
    assert "Merged the changes of" in steps[0] and "theirs.tpm" in steps[0]
    # an edit and its undo cancel out: the journal compacts them away
    assert all("Web here" not in " ".join(r) for r in texts(dialog))
    assert "Project created" in steps[-1]
    merge_lines = [r for r in texts(dialog) if r[0].startswith("  ")]
    # the merged change is named with who made it in the other copy
    assert ["  Name · Touchpoint “Hotline there”", "Client", "Hotline", "Hotline there"] in (
        merge_lines
    )
    assert not any("Earlier merge" in r[0] for r in merge_lines)
    qtbot.keyClicks(dialog.filter_edit, "hotline there")
    shown = texts(dialog)
    assert len([r for r in shown if not r[0].startswith("  ")]) == 1
    assert all("Web here" not in " ".join(r) for r in shown)
    dialog.filter_edit.clear()
    assert len(dialog.visible_steps()) == len(steps)
    window.context.document.save()

"""No cut-off text in the dialogs that start with a file picker, at 1366×768, de and en.

The menu walk (test_labels_fit.py) opens the wizard on its first page only; the mapping
and preview pages appear once a file is read, so this test reads one and walks on.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QWizard

from tests.support.fit import cut_texts
from tests.ui.test_labels_fit import SCREEN, settle, window  # noqa: F401 (fixture)
from tpm_desktop.ui.importer.feature import ImportExportFeature

TABLE = {
    "en": "Touchpoint;Department;Channel;Channel type;Phase;Experience;Decision;Budget\n"
    "Fault hotline;Grid;Telephone;offline;After purchase;-1;focus;1500\n"
    "Trade fair stand;Sales;Trade fair;;Before purchase;9;;\n",
    "de": "Touchpoint;Abteilung;Kanal;Kanaltyp;Phase;Erlebnis;Entscheidung;Budget\n"
    "Störungshotline;Netz;Telefon;offline;Nach dem Kauf;-1;fokussieren;1.500\n"
    "Messestand;Vertrieb;Messe;;Vor dem Kauf;9;;\n",
}


def test_every_page_of_the_import_wizard_fits(window, qtbot, monkeypatch, tmp_path: Path):  # noqa: F811
    language = window.language
    path = tmp_path / "list.csv"
    path.write_text(TABLE[language], encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    feature = next(f for f in window.features if isinstance(f, ImportExportFeature))
    feature.action_import.trigger()
    wizard = feature.wizard
    assert wizard is not None and wizard.isVisible()
    wizard.resize(min(wizard.width(), SCREEN[0]), min(wizard.height(), SCREEN[1]))
    qtbot.mouseClick(wizard.file_page.browse_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.loaded is not None)
    problems, pages = [], []
    for _page in range(3):
        settle(qtbot)
        pages.append(type(wizard.currentPage()).__name__)
        problems += [f"{pages[-1]}: {p}" for p in cut_texts(wizard)]
        next_button = wizard.button(QWizard.WizardButton.NextButton)
        if not next_button.isVisible() or not next_button.isEnabled():
            break
        qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
        if wizard.currentPage() is wizard.preview_page:
            qtbot.waitUntil(lambda: wizard.plan is not None)
    assert pages == ["ImportFilePage", "ImportMappingPage", "ImportPreviewPage"]
    # the preview found the off-scale experience: the page with problems was checked too
    assert wizard.plan is not None
    wizard.reject()
    assert sorted(set(problems)) == []


def test_the_merge_review_fits(window, qtbot, monkeypatch, tmp_path: Path, workspace):  # noqa: F811
    import shutil

    from tests.support.builders import save_new
    from tpm_desktop.core.edits import touchpoints
    from tpm_desktop.core.project_file import OpenProject
    from tpm_desktop.core.sample import sample_state
    from tpm_desktop.ui import prompts
    from tpm_desktop.ui.merge.review_dialog import MergeReviewDialog

    ours, theirs = tmp_path / "ours.tpm", tmp_path / "theirs.tpm"
    save_new(ours, sample_state(window.language))
    shutil.copy(ours, theirs)
    project = OpenProject.open(theirs, workspace)
    project.author = "Client"
    ids = sorted(project.state.touchpoints)[:6]
    project.commit(touchpoints.update_touchpoints(project.state, ids, as_is="Changed there"))
    project.save()
    project.close()
    window.context.document.undo_stack.setClean()
    window.files.close_document()
    assert window.open_path(ours)
    window.context.editor.set_touchpoint_fields(ids[:2], as_is="Changed here")
    problems: list[str] = []
    reviewed: list[MergeReviewDialog] = []

    def review(parent, plan):
        dialog = MergeReviewDialog(plan, parent)
        dialog.show()
        dialog.resize(min(dialog.width(), SCREEN[0]), min(dialog.height(), SCREEN[1]))
        settle(qtbot)
        problems.extend(cut_texts(dialog))
        assert dialog.tree.topLevelItemCount() > 0
        reviewed.append(dialog)
        dialog.close()
        return False

    monkeypatch.setattr(prompts, "review_merge", review)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(theirs), ""))
    merge = next(
        a for a in window.findChildren(type(window.action_undo)) if a.objectName() == "action_merge"
    )
    merge.trigger()
    settle(qtbot)
    window.context.document.undo_stack.setClean()
    window.files.close_document()
    assert reviewed
    assert sorted(set(problems)) == []

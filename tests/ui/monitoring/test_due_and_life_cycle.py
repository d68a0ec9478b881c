"""Due for measurement; panels across closing, reopening, read-only files and a language switch."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from tests.ui.monitoring.conftest import monitoring_feature, touchpoint_id
from tpm_desktop.core.project_file import OpenProject
from tpm_desktop.ui.app import Application


def test_due_kpis_are_listed_and_a_click_shows_the_kpi(feature, window, qtbot):
    editor = window.context.editor
    web = touchpoint_id(window, "Website")
    nps = editor.add_kpi(web, "NPS", target=30, frequency="quarterly")
    editor.add_measurements([(nps, date(2026, 2, 1), 12.0, "")])  # + 92 days = 2026-05-04
    feature.due_dock.raise_()
    due = feature.due
    texts = [
        [due.tree.topLevelItem(i).text(c) for c in range(6)]
        for i in range(due.tree.topLevelItemCount())
    ]
    assert texts == [["NPS", "Website", "Quarterly", "12", "1 Feb 2026", "4 May 2026"]]
    assert due.summary.text().startswith("1 KPI due for measurement.")
    rect = due.tree.visualItemRect(due.tree.topLevelItem(0))
    qtbot.mouseClick(due.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.context.selection.ids == [web]
    assert feature.kpi_dock.isVisible() and feature.kpis.current_kpi_id() == nps
    editor.add_measurements([(nps, date(2026, 5, 30), 15.0, "")])
    feature.due_dock.raise_()
    assert due.tree.topLevelItemCount() == 0
    assert due.empty.text() == "All 2 KPIs are measured up to date."


def test_panels_let_go_of_a_closed_document(feature, window):
    context = window.context
    context.selection.set([touchpoint_id(window, "Hotline")])
    changed = "2changed(PyObject)"
    selected = "2selection_changed(QVariantList)"
    connected = context.document.receivers(changed), context.selection.receivers(selected)
    feature.document_closed()  # what the window does before a document goes away
    following = [p for p in feature.panels if p.follows_selection]
    assert context.document.receivers(changed) == connected[0] - len(feature.panels)
    assert context.selection.receivers(selected) == connected[1] - len(following)
    assert feature.measures.stack.currentWidget() is feature.measures.placeholder
    assert feature.plan.model.rowCount() == 0
    assert not feature.action_import.isEnabled()
    window.files.close_document()


def test_read_only_documents_offer_no_edits(window, project_file, workspace):
    other = OpenProject.open(project_file, workspace)
    try:
        window.open_path(project_file)
        feature = monitoring_feature(window)
        window.context.selection.set([touchpoint_id(window, "Hotline")])
        assert not feature.measures.add_button.isEnabled()
        assert not feature.action_close_round.isEnabled()
        feature.kpi_dock.raise_()
        assert not feature.kpis.add_button.isEnabled()
        assert not feature.kpis.entry.paste_button.isEnabled()
    finally:
        other.close()


def test_a_language_switch_moves_the_document_to_the_new_window(tpm_app, qtbot, project_file):
    application = Application(tpm_app, "en")
    old = application.window
    old.open_path(project_file)
    hotline = touchpoint_id(old, "Hotline")
    old.context.selection.set([hotline])
    application.switch_language("de")
    new = application.window
    feature = monitoring_feature(new)
    feature.measures_dock.raise_()
    assert feature.measures.tree.topLevelItem(0).text(0) == "★ Call-back service"
    assert feature.measures.tree.topLevelItem(0).text(2) == "In Arbeit"
    new.context.editor.update_measure(
        new.context.document.state.measures_of(hotline)[0].id, title="Rückruf"
    )
    assert feature.measures.tree.topLevelItem(0).text(0) == "★ Rückruf"
    new.context.document.undo_stack.setClean()
    new.files.close_document()
    new.close()
    application.translations.install("en")

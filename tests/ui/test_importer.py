"""File → Import Touchpoints… (the wizard, driven with qtbot) and File → Export Touchpoints…."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QFileDialog, QWizard

from tests.support.builders import save_new
from tpm_desktop.core.defaults import new_project_state
from tpm_desktop.core.model import Department, Phase, TouchpointSegment
from tpm_desktop.core.project_file import OpenProject, read_project
from tpm_desktop.reports.tabular import read_table
from tpm_desktop.reports.touchpoint_columns import Field, ScoreColumn
from tpm_desktop.ui import prompts
from tpm_desktop.ui.i18n import Translations
from tpm_desktop.ui.importer.feature import ImportExportFeature
from tpm_desktop.ui.main_window import MainWindow
from tpm_desktop.ui.table_files import save_filter

TABLE = (
    "Touchpoint;Abteilung;Kanal;Kanaltyp;Phase;Erlebnis;Entscheidung;Budget;Note;Notizen\n"
    "Störungshotline;Netz;Telefon;offline;Nach dem Kauf;-1;fokussieren;1.500,50;2;intern\n"
    "Ablesekarte;Abrechnung;Brief;offline;Nach dem Kauf;0;;;3;\n"
    ";Netz;Telefon;offline;Kauf;;;;;\n"
    "Zählerstand;Netz;App;online;Kauf;7;;;;\n"
)


@pytest.fixture
def english(tpm_app):
    """The English translator: it holds the plural forms ("1 row", "2 rows")."""
    translations = Translations()
    translations.install("en")
    yield translations
    for translator in translations._translators:
        tpm_app.removeTranslator(translator)


def discard(win: MainWindow) -> None:
    """Close the document without the unsaved-changes question."""
    if win.context is not None:
        win.context.document.undo_stack.setClean()
        win.files.close_document()


@pytest.fixture
def window(english, qtbot, workspace):
    win = MainWindow("en", workspace)
    qtbot.addWidget(win, before_close_func=discard)
    win.show()
    yield win
    discard(win)


@pytest.fixture
def project_file(tmp_path) -> Path:
    path = tmp_path / "user" / "kunde.tpm"
    path.parent.mkdir()
    save_new(path, new_project_state("Kunde", "de"))
    return path


@pytest.fixture
def table(tmp_path) -> Path:
    path = tmp_path / "liste.csv"
    path.write_bytes(TABLE.encode("cp1252"))
    return path


def feature(window: MainWindow) -> ImportExportFeature:
    return next(f for f in window.features if isinstance(f, ImportExportFeature))


def choose_file(qtbot, monkeypatch, window, path: Path):
    """Trigger File → Import Touchpoints…, pick `path` with Browse…, wait for the read."""
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    feature(window).action_import.trigger()
    wizard = feature(window).wizard
    assert wizard is not None and wizard.isVisible()
    qtbot.mouseClick(wizard.file_page.browse_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.loaded is not None or "cannot" in wizard.file_page.status.text())
    return wizard


def click(qtbot, wizard, button: QWizard.WizardButton) -> None:
    """Click a wizard button; on reaching the preview, wait for the rows to be checked."""
    widget = wizard.button(button)
    assert widget.isEnabled(), button
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
    if button == QWizard.WizardButton.NextButton and wizard.currentPage() is wizard.preview_page:
        qtbot.waitUntil(lambda: wizard.plan is not None)


def test_wizard_imports_the_mapped_rows_in_one_undo_step(
    window, qtbot, monkeypatch, project_file, table
):
    window.open_path(project_file)
    document = window.context.document
    before = len(document.state.touchpoints)
    wizard = choose_file(qtbot, monkeypatch, window, table)
    assert wizard.file_page.status.text() == "4 rows · 10 columns"

    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    page = wizard.mapping_page
    assert page.choice(0) is Field.NAME and page.choice(1) is Field.DEPARTMENT
    assert page.choice(8) is None  # "Note" names no criterion
    page.set_choice(8, ScoreColumn(1))  # the user says: Note is the Funktion score
    assert wizard.mapping[8] == ScoreColumn(1)

    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    preview = wizard.preview_page
    model = preview.model
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == ["2", "3", "4", "5"]
    problems = model.index(2, 5).data()
    assert problems == "the name is missing"
    assert model.index(3, 5).data() == "experience “7” is not a whole number from -2 to 2"
    assert model.index(0, 5).data() == ""
    assert model.index(2, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert "2 touchpoints can be imported" in preview.summary.text()
    # rows with problems block the import until the user chooses to skip them
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    preview.only_problems.setChecked(True)
    assert preview.filter.rowCount() == 2
    preview.view.setCurrentIndex(preview.filter.index(1, 0))
    assert preview.detail.text() == "Row 5: experience “7” is not a whole number from -2 to 2"
    box = preview.skip_invalid  # click on the box itself: the widget spans the page
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert wizard.button(QWizard.WizardButton.FinishButton).text() == "&Import"
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)

    state = document.state
    assert len(state.touchpoints) == before + 2
    hotline = next(tp for tp in state.touchpoints.values() if tp.name == "Störungshotline")
    assert hotline.budget == 1500.5 and hotline.experience == -1
    assert state.scores_of(hotline.id)[1].as_is == 2.0
    assert {"Netz", "Abrechnung"} <= {d.name for d in state.table(Department).values()}
    assert document.undo_stack.count() == 1
    assert window.action_undo.text() == "&Undo Import 2 touchpoints"
    assert sorted(window.context.selection.ids) == sorted(
        tp.id for tp in state.touchpoints.values() if tp.name in ("Störungshotline", "Ablesekarte")
    )
    assert window.statusBar().currentMessage() == "2 touchpoints imported"

    window.action_undo.trigger()  # one step takes the whole import back, lanes included
    assert len(state.touchpoints) == before
    assert "Netz" not in {d.name for d in state.table(Department).values()}
    window.action_redo.trigger()
    window.action_save.trigger()
    saved = read_project(project_file)
    assert {"Störungshotline", "Ablesekarte"} <= {tp.name for tp in saved.touchpoints.values()}


def test_cancelling_the_wizard_changes_nothing(window, qtbot, monkeypatch, project_file, table):
    window.open_path(project_file)
    wizard = choose_file(qtbot, monkeypatch, window, table)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    click(qtbot, wizard, QWizard.WizardButton.CancelButton)
    assert feature(window).wizard is None
    assert window.context.document.undo_stack.count() == 0
    assert not window.isWindowModified()


def test_a_workbook_opens_on_the_sheet_that_has_names_and_sheets_can_be_switched(
    window, qtbot, monkeypatch, project_file, tmp_path
):
    path = tmp_path / "mappe.xlsx"
    book = openpyxl.Workbook()
    book.active.title = "Deckblatt"
    book.active.append(["Kundenreise 2026"])
    sheet = book.create_sheet("Liste")
    sheet.append(["Name", "Abteilung"])
    sheet.append(["Messe", "Vertrieb"])
    other = book.create_sheet("Alt")
    other.append(["Touchpoint"])
    other.append(["Alt 1"])
    other.append(["Alt 2"])
    book.save(path)
    window.open_path(project_file)
    wizard = choose_file(qtbot, monkeypatch, window, path)
    box = wizard.file_page.sheet_box
    assert [box.itemText(i) for i in range(box.count())] == ["Deckblatt", "Liste", "Alt"]
    assert box.currentText() == "Liste" and box.isEnabled()
    box.setCurrentIndex(2)
    box.activated.emit(2)
    qtbot.waitUntil(lambda: wizard.loaded is not None and wizard.loaded.sheet == "Alt")
    assert len(wizard.loaded.table.rows) == 2
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    names = {tp.name for tp in window.context.document.state.touchpoints.values()}
    assert {"Alt 1", "Alt 2"} <= names and "Messe" not in names


def test_an_unreadable_file_is_explained_and_blocks_the_next_page(
    window, qtbot, monkeypatch, project_file, tmp_path
):
    path = tmp_path / "kaputt.xlsx"
    path.write_bytes(b"PK\x03\x04 not really a workbook")
    window.open_path(project_file)
    wizard = choose_file(qtbot, monkeypatch, window, path)
    assert wizard.loaded is None
    assert "cannot be read" in wizard.file_page.status.text()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.reject()


def test_without_a_name_column_the_mapping_page_asks_for_one(
    window, qtbot, monkeypatch, project_file, tmp_path
):
    path = tmp_path / "ohne.csv"
    path.write_text("Bezeichnung;Abteilung\nKundenkarte;Vertrieb\n", encoding="utf-8")
    window.open_path(project_file)
    wizard = choose_file(qtbot, monkeypatch, window, path)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    page = wizard.mapping_page
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert "names of the touchpoints" in page.warning.text()
    page.set_choice(0, Field.NAME)
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    page.set_choice(1, Field.NAME)  # a target is read from one column only
    assert page.choice(0) is None and page.choice(1) is Field.NAME
    qtbot.mouseClick(page.detect_button, Qt.MouseButton.LeftButton)
    assert page.choice(0) is None and page.choice(1) is Field.DEPARTMENT
    wizard.reject()


def test_import_is_disabled_without_a_project_and_for_read_only_files(
    window, project_file, workspace
):
    assert not feature(window).action_import.isEnabled()
    assert not feature(window).action_export.isEnabled()
    other = OpenProject.open(project_file, workspace)
    try:
        window.open_path(project_file)
        assert window.context.document.read_only
        assert not feature(window).action_import.isEnabled()
        assert feature(window).action_export.isEnabled()
    finally:
        other.close()


@pytest.mark.parametrize("suffix", [".xlsx", ".ods", ".csv"])
def test_export_writes_the_table_that_imports_back(
    window, monkeypatch, project_file, tmp_path, suffix
):
    window.open_path(project_file)
    window.context.editor.add_touchpoint("Kundenzeitschrift", 1, 1, 1, budget=250.0)
    target = tmp_path / f"out{suffix}"
    # typed without a suffix: the chosen filter decides it
    filters = save_filter().split(";;")
    chosen = next(f for f in filters if f"*{suffix}" in f)
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(target.with_suffix("")), chosen)
    )
    assert feature(window).export()
    assert target.exists()
    table = read_table(target)
    assert table.headers[:4] == ["Kürzel", "Name", "Abteilung", "Kanal"]  # the project is German
    assert table.rows[0][1] == "Kundenzeitschrift"
    assert "exported" in window.statusBar().currentMessage()


def test_export_failure_is_shown_and_writes_nothing(window, monkeypatch, project_file, tmp_path):
    window.open_path(project_file)
    target = tmp_path / "missing-folder" / "out.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    errors = []
    monkeypatch.setattr(prompts, "show_error", lambda parent, title, text: errors.append(text))
    assert not feature(window).export()
    assert errors and "out.xlsx" in errors[0]
    assert not target.parent.exists()


def test_start_from_a_spreadsheet_makes_an_unsaved_project_of_the_table(
    window, qtbot, monkeypatch, tmp_path
):
    path = tmp_path / "Stadtwerke Touchpoints.csv"
    path.write_text(
        "Name;Department;Channel;Channel type\nHotline;Service;Phone;offline\n", encoding="utf-8"
    )
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    card = next(
        card
        for card in window.welcome.findChildren(type(window.welcome.new_button))
        if card.title_label.text() == "Start from a spreadsheet"
    )
    qtbot.mouseClick(card, Qt.MouseButton.LeftButton)
    wizard = feature(window).wizard
    assert window.context is None  # nothing is created before the import is confirmed
    qtbot.mouseClick(wizard.file_page.browse_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.loaded is not None)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    document = window.context.document
    assert document.path is None and document.modified
    assert document.state.project.name == "Stadtwerke Touchpoints"
    assert [d.name for d in document.state.table(Department).values()] == ["Service"]
    assert [tp.name for tp in document.state.touchpoints.values()] == ["Hotline"]
    assert window.windowTitle().startswith("Stadtwerke Touchpoints[*]")


def test_a_corrected_file_is_read_again(window, qtbot, monkeypatch, project_file, table):
    window.open_path(project_file)
    wizard = choose_file(qtbot, monkeypatch, window, table)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    wizard.mapping_page.set_choice(8, ScoreColumn(2))  # a choice of the user's
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert len(wizard.plan.invalid_rows) == 2
    # the user fixes the table in Excel, goes back and reads it again
    table.write_bytes(TABLE.replace(";Netz;Telefon", "Umzug;Netz;Telefon").encode("cp1252"))
    click(qtbot, wizard, QWizard.WizardButton.BackButton)
    click(qtbot, wizard, QWizard.WizardButton.BackButton)
    qtbot.mouseClick(wizard.file_page.reload_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.loaded is not None)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.mapping_page.choice(8) == ScoreColumn(2)  # kept for the same columns
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert [row.number for row in wizard.plan.invalid_rows] == [5]
    wizard.reject()


def test_the_wizard_reads_default_criteria_and_phases_in_the_other_language(
    window, qtbot, monkeypatch, tmp_path
):
    project = tmp_path / "english.tpm"
    save_new(project, new_project_state("English", "en"))
    path = tmp_path / "deutsch.csv"
    path.write_text(
        "Name;Phase;Funktion;Funktion (Soll)\nHotline;Vor dem Kauf;2;4\n", encoding="utf-8"
    )
    window.open_path(project)
    wizard = choose_file(qtbot, monkeypatch, window, path)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    page = wizard.mapping_page
    assert page.choice(2) == ScoreColumn(1) and page.choice(3) == ScoreColumn(1, target=True)
    assert page.box(2).currentText() == "Function: as-is score"
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    summary = wizard.preview_page.summary.text()
    assert "New phases" not in summary and "not imported" not in summary
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    state = window.context.document.state
    (hotline,) = state.touchpoints.values()
    assert state.get(Phase, hotline.phase_id).name == "Before purchase"
    assert state.scores_of(hotline.id)[1].target == 4.0


def test_the_preview_shows_every_problem_of_a_row(
    window, qtbot, monkeypatch, project_file, tmp_path
):
    path = tmp_path / "fehler.csv"
    path.write_text(
        "Name;Medientyp;Entscheidung;Erlebnis;Budget\n"
        "Hotline;irgendwas;<b>toll</b>;9;viel\n"
        "Karte;eigen;fokussieren;1;100\n",
        encoding="utf-8",
    )
    window.open_path(project_file)
    wizard = choose_file(qtbot, monkeypatch, window, path)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    model = wizard.preview_page.model
    cell = model.index(0, 5)
    assert cell.data() == (
        "4 problems: media type “irgendwas”, decision “<b>toll</b>”, experience “9”, budget “viel”"
    )
    tooltip = cell.data(Qt.ItemDataRole.ToolTipRole)
    lines = tooltip.removeprefix("<qt>").removesuffix("</qt>").split("<br>")
    assert lines == [
        "• unknown media type “irgendwas” (allowed: owned, paid, earned; the German words "
        "work too)",
        "• unknown decision “&lt;b&gt;toll&lt;/b&gt;” (allowed: keep, focus, combine, neglect, "
        "remove, add; the German words work too)",
        "• experience “9” is not a whole number from -2 to 2",
        "• budget “viel” is not a number",
    ]
    assert model.index(1, 5).data() == ""
    assert model.index(1, 5).data(Qt.ItemDataRole.ToolTipRole) == ""
    wizard.reject()


def test_the_mapping_page_asks_online_or_offline_for_new_channels_it_cannot_tell(
    window, qtbot, monkeypatch, project_file, tmp_path
):
    from tpm_desktop.core.enums import ChannelKind
    from tpm_desktop.core.model import Channel

    path = tmp_path / "kanäle.csv"
    path.write_text(
        "Name;Kanal\nStand;Messe\nTarifrechner;Kunden-App\nSonstiges;Quatsch\nAnruf;Telefon\n",
        encoding="utf-8",
    )
    window.open_path(project_file)
    wizard = choose_file(qtbot, monkeypatch, window, path)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    box = wizard.mapping_page.channels
    assert box.isVisible()
    table = box.table
    # Telefon exists: only the three new channels are listed.
    assert [table.item(r, 0).text() for r in range(table.rowCount())] == [
        "Messe",
        "Kunden-App",
        "Quatsch",
    ]
    assert [box.box(r).currentText() for r in range(3)] == ["Offline", "Online", ""]
    assert table.item(0, 2).text() == "Recognised by its name"
    assert table.item(2, 2).text() == "Unknown: please choose"
    assert box.unchosen() == ["Quatsch"]
    assert box.hint.text() == "Choose online or offline for 1 channel whose type is not known."
    # The wizard does not go on while a channel has no type.
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    box.set_kind(2, ChannelKind.OFFLINE)
    assert table.item(2, 2).text() == "Chosen by you"
    box.set_kind(1, ChannelKind.OFFLINE)  # the user overrides a recognised one too
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    summary = wizard.preview_page.summary.text()
    assert "New channels: Messe (offline), Kunden-App (offline), Quatsch (offline)" in summary
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    kinds = {c.name: c.kind for c in window.context.document.state.table(Channel).values()}
    assert kinds["Messe"] is kinds["Kunden-App"] is kinds["Quatsch"] is ChannelKind.OFFLINE
    window.action_save.trigger()
    saved = {c.name: c.kind for c in read_project(project_file).table(Channel).values()}
    assert saved["Quatsch"] is ChannelKind.OFFLINE


def test_the_wizard_reads_segment_columns_and_names_new_segments(
    window, qtbot, monkeypatch, project_file, tmp_path
):
    from tpm_desktop.reports.touchpoint_columns import SegmentExperience

    path = tmp_path / "segmente.csv"
    path.write_text(
        "Name;Erlebnis: Senioren;Notiz\nHotline;-2;Business customers\nPortal;relevant;\n",
        encoding="utf-8",
    )
    window.open_path(project_file)
    wizard = choose_file(qtbot, monkeypatch, window, path)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    page = wizard.mapping_page
    assert page.choice(1) == SegmentExperience.named("Senioren")
    assert page.box(1).currentText() == "Experience: Senioren (new segment)"
    assert page.choice(2) is None
    # Only the table's and the project's segments are offered, each once.
    labels = [page.box(2).itemText(i) for i in range(page.box(2).count())]
    assert [label for label in labels if label.startswith("Experience:")] == [
        "Experience: Senioren (new segment)"
    ]
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert "New customer segments: Senioren" in wizard.preview_page.summary.text()
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    state = window.context.document.state
    (senioren,) = state.segments()
    experiences = {
        state.touchpoints[r.touchpoint_id].name: r.experience
        for r in state.table(TouchpointSegment).values()
    }
    assert senioren.name == "Senioren" and experiences == {"Hotline": -2, "Portal": None}
    window.action_undo.trigger()  # the segment goes with the import's one undo step
    assert state.segments() == []

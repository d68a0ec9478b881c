"""Bad input everywhere text goes in: the editor facade and the report options.

Table-driven: every text field the Editor facade takes crossed with every input of
`tests.support.bad_input.BAD_TEXT`. Each edit must either store exactly what the
documented cleaning rules of `core.text` make of the input (checked_name for names,
checked_line for single lines, checked_text for notes), in memory and in the working
copy alike, or be refused with an EditError whose message is one line, leaving the
document, its undo stack and the working copy as they were. Saving and reopening
keeps every stored value, and the report built from the reopened file is a valid PDF
that prints markup literally. The report's own text options (the confidentiality
line, the logo path, the target typed into the report dialog) get the same
treatment, and departments named with each input get their department reports.

The sibling modules cover table imports (test_bad_input_tables.py) and the command
line (test_bad_input_cli.py).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from tests.support.bad_input import BAD_TEXT, LITERAL_IN_PDF, one_line, pdf_text
from tests.support.builders import save_new, small_state
from tpm_desktop.core.enums import Dimension
from tpm_desktop.core.errors import EditError, TpmError
from tpm_desktop.core.model import (
    AssessmentRound,
    Channel,
    Comment,
    Criterion,
    Department,
    Evidence,
    Kpi,
    Measure,
    Measurement,
    Phase,
    Project,
    Segment,
    Touchpoint,
)
from tpm_desktop.core.project_file import OpenProject, read_project
from tpm_desktop.core.state import ProjectState
from tpm_desktop.core.text import checked_line, checked_name, checked_text
from tpm_desktop.core.workspace import Workspace
from tpm_desktop.reports.pdf.builder import build_report
from tpm_desktop.reports.pdf.options import ReportOptions, Section

TODAY = date(2026, 6, 15)
SHORT = frozenset({Section.SUMMARY})  # cover, summary: enough for the chrome's text


@dataclass(frozen=True)
class TextField:
    """One place of the Editor facade that takes text, and how it must be cleaned."""

    rule: Callable[[str], str]
    kind: type
    edit: Callable[[Any, str], Any]  # (editor, value) -> key of the record written
    attribute: str


def _tp(state: ProjectState) -> int:
    return min(state.touchpoints)


def _kpi(state: ProjectState) -> int:
    return min(state.table(Kpi))


FIELDS: dict[str, TextField] = {
    "touchpoint name (add)": TextField(
        checked_name, Touchpoint, lambda e, v: e.add_touchpoint(v, 1, 1, 1), "name"
    ),
    "touchpoint name (rename)": TextField(
        checked_name, Touchpoint, lambda e, v: (e.rename_touchpoint(1, v), 1)[1], "name"
    ),
    "touchpoint description": TextField(
        checked_text,
        Touchpoint,
        lambda e, v: (e.set_touchpoint_fields([1], description=v), 1)[1],
        "description",
    ),
    "touchpoint as-is": TextField(
        checked_text,
        Touchpoint,
        lambda e, v: (e.set_touchpoint_fields([2], as_is=v), 2)[1],
        "as_is",
    ),
    "touchpoint target": TextField(
        checked_text,
        Touchpoint,
        lambda e, v: (e.set_touchpoint_fields([1, 3], target=v), 3)[1],
        "target",
    ),
    "touchpoint responsible": TextField(
        checked_line,
        Touchpoint,
        lambda e, v: (e.set_touchpoint_fields([1], responsible=v), 1)[1],
        "responsible",
    ),
    "department name (add)": TextField(
        checked_name, Department, lambda e, v: e.add_lane(Dimension.DEPARTMENT, v), "name"
    ),
    "channel name (add)": TextField(
        checked_name,
        Channel,
        lambda e, v: e.add_lane(Dimension.CHANNEL, v, kind="offline"),
        "name",
    ),
    "phase name (rename)": TextField(
        checked_name,
        Phase,
        lambda e, v: (e.update_lane(Dimension.PHASE, 2, name=v), 2)[1],
        "name",
    ),
    "department contact person": TextField(
        checked_line,
        Department,
        lambda e, v: (e.update_lane(Dimension.DEPARTMENT, 1, contact_person=v), 1)[1],
        "contact_person",
    ),
    "criterion name (add)": TextField(
        checked_name, Criterion, lambda e, v: e.add_criterion(v), "name"
    ),
    "criterion name (rename)": TextField(
        checked_name, Criterion, lambda e, v: (e.update_criterion(2, name=v), 2)[1], "name"
    ),
    "criterion description": TextField(
        checked_text,
        Criterion,
        lambda e, v: (e.update_criterion(1, description=v), 1)[1],
        "description",
    ),
    "measure title (add)": TextField(
        checked_name, Measure, lambda e, v: e.add_measure(2, v), "title"
    ),
    "measure title (edit)": TextField(
        checked_name, Measure, lambda e, v: (e.update_measure(1, title=v), 1)[1], "title"
    ),
    "measure owner": TextField(
        checked_line, Measure, lambda e, v: (e.update_measure(1, owner=v), 1)[1], "owner"
    ),
    "measure description": TextField(
        checked_text,
        Measure,
        lambda e, v: e.add_measure(1, "Plan", description=v),
        "description",
    ),
    "KPI name (add)": TextField(checked_name, Kpi, lambda e, v: e.add_kpi(1, v), "name"),
    "KPI name (edit)": TextField(
        checked_name, Kpi, lambda e, v: (e.update_kpi(1, name=v), 1)[1], "name"
    ),
    "KPI unit": TextField(checked_line, Kpi, lambda e, v: (e.update_kpi(1, unit=v), 1)[1], "unit"),
    "measurement note (add)": TextField(
        checked_text,
        Measurement,
        lambda e, v: e.add_measurements([(1, date(2026, 7, 1), 1.5, v)])[0],
        "note",
    ),
    "measurement note (edit)": TextField(
        checked_text,
        Measurement,
        lambda e, v: (e.update_measurement(1, note=v), 1)[1],
        "note",
    ),
    "project name": TextField(
        checked_name, Project, lambda e, v: (e.update_project(name=v), 1)[1], "name"
    ),
    "project client": TextField(
        checked_line, Project, lambda e, v: (e.update_project(client=v), 1)[1], "client"
    ),
    "project author": TextField(
        checked_line, Project, lambda e, v: (e.update_project(author=v), 1)[1], "author"
    ),
    "project description": TextField(
        checked_text,
        Project,
        lambda e, v: (e.update_project(description=v), 1)[1],
        "description",
    ),
    "round name": TextField(
        checked_name,
        AssessmentRound,
        lambda e, v: e.close_round(v, date(2026, 7, 1)),
        "name",
    ),
    "round note": TextField(
        checked_text,
        AssessmentRound,
        lambda e, v: e.close_round("Workshop", date(2026, 7, 1), v),
        "note",
    ),
}


def _non_empty(code: str) -> Callable[[str], str]:
    """checked_text, trimmed, refusing what is left empty (quotes, comments)."""

    def rule(value: str) -> str:
        text = checked_text(value).strip()
        if not text:
            raise EditError(code)
        return text

    return rule


FIELDS.update(
    {
        "segment name (add)": TextField(
            checked_name, Segment, lambda e, v: e.add_segment(v), "name"
        ),
        "segment profile": TextField(
            checked_text, Segment, lambda e, v: e.add_segment("Group", profile=v), "profile"
        ),
        "quote text": TextField(
            _non_empty("quote_empty"), Evidence, lambda e, v: e.add_quote(1, v), "quote"
        ),
        "quote source": TextField(
            checked_line, Evidence, lambda e, v: e.add_quote(1, "Said", v), "source"
        ),
        "comment text": TextField(
            _non_empty("comment_empty"), Comment, lambda e, v: e.add_comment(2, v), "text"
        ),
    }
)


def expected(rule: Callable[[str], str], value: str) -> str | EditError:
    """What the documented rule makes of `value`: the text to store, or the refusal."""
    try:
        return rule(value)
    except EditError as error:
        return error


@pytest.fixture(scope="module")
def document(qapp, tmp_path_factory):
    """One document over the small project; every case leaves it as it found it."""
    from tpm_desktop.document.document import ProjectDocument
    from tpm_desktop.document.editor import Editor

    folder = tmp_path_factory.mktemp("bad-input")
    project = OpenProject.create(small_state(), Workspace(folder / "data"))
    doc = ProjectDocument(project)
    yield doc, Editor(doc)
    doc.close()


@pytest.mark.parametrize("input_name", sorted(BAD_TEXT))
@pytest.mark.parametrize("field_name", sorted(FIELDS))
def test_editor_stores_the_cleaned_text_or_refuses(document, field_name, input_name):
    doc, editor = document
    field, value = FIELDS[field_name], BAD_TEXT[input_name]
    before = ProjectState(doc.state.records())
    steps = doc.undo_stack.index()
    wanted = expected(field.rule, value)
    if isinstance(wanted, EditError):
        with pytest.raises(EditError) as refused:
            field.edit(editor, value)
        assert refused.value.code == wanted.code
        for lang in ("en", "de"):
            assert one_line(refused.value.message(lang))
        assert doc.undo_stack.index() == steps
        assert doc.state.same_content(before)
        assert doc.project.reload_state().same_content(before)  # the working copy too
        return
    key = field.edit(editor, value)
    try:
        assert getattr(doc.state.get(field.kind, key), field.attribute) == wanted
        on_disk = doc.project.reload_state()
        assert getattr(on_disk.get(field.kind, key), field.attribute) == wanted
        assert on_disk.same_content(doc.state)
        # One undo step, or none when the cleaned text equals what was there.
        assert doc.undo_stack.index() == steps + (not doc.state.same_content(before))
    finally:
        while doc.undo_stack.index() > steps:
            doc.undo_stack.undo()
    assert doc.state.same_content(before)


@pytest.mark.parametrize("input_name", sorted(BAD_TEXT))
def test_saved_file_keeps_every_value_and_prints(qapp, tmp_path, workspace, input_name):
    """All fields take the input at once; the saved file reopens equal and its report prints."""
    from tpm_desktop.document.document import ProjectDocument
    from tpm_desktop.document.editor import Editor

    value = BAD_TEXT[input_name]
    doc = ProjectDocument(OpenProject.create(small_state(), workspace))
    editor = Editor(doc)
    try:
        stored = 0
        for field in FIELDS.values():
            if not isinstance(expected(field.rule, value), EditError):
                field.edit(editor, value)
                stored += 1
        assert stored >= 9  # every input is accepted by the notes at least
        target = tmp_path / f"Projekt mit {input_name}.tpm"
        doc.save_as(target)
        reopened = read_project(target)
        assert reopened.same_content(doc.state)
    finally:
        doc.close()
    data = build_report(reopened, ReportOptions(today=TODAY))
    text = pdf_text(data)
    if input_name in LITERAL_IN_PDF:
        assert LITERAL_IN_PDF[input_name] in text
    # The department report prints the open comments (the comment text above).
    from tpm_desktop.reports.pdf.builder import build_department_report

    department_id = reopened.touchpoints[2].department_id
    text = pdf_text(build_department_report(reopened, department_id, ReportOptions(today=TODAY)))
    if reopened.comments_of(2):
        assert "Open comments" in text
        if input_name in LITERAL_IN_PDF:
            assert LITERAL_IN_PDF[input_name] in text


@pytest.mark.parametrize("input_name", sorted(BAD_TEXT))
def test_confidentiality_line_prints_literally(input_name):
    value = BAD_TEXT[input_name]
    options = ReportOptions(today=TODAY, confidentiality=value, sections=SHORT)
    text = pdf_text(build_report(small_state(), options))
    assert "15 Jun 2026" in text and "Page 2 of 2" in text  # the footer is intact
    if input_name in LITERAL_IN_PDF:
        assert LITERAL_IN_PDF[input_name] in text


def _png(path: Path) -> Path:
    from PIL import Image

    Image.new("RGB", (60, 20), (31, 58, 95)).save(path, format="PNG")
    return path


def _file(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def _folder(path: Path) -> Path:
    path.mkdir()
    return path


LOGOS: dict[str, tuple[Callable[[Path], Path], str | None]] = {
    # name -> (make the path in a folder, the ReportError code or None for a drawn logo)
    "spaces and umlauts": (lambda f: _png(f / "Logo der Müller & Söhne GmbH.png"), None),
    "204 characters, 254 bytes": (lambda f: _png(f / ("ä" * 50 + "l" * 150 + ".png")), None),
    "undecodable name": (lambda f: _png(f / os.fsdecode(b"M\xfcller.png")), None),
    "missing": (lambda f: f / "missing.png", "logo_unreadable"),
    "folder": (lambda f: f, "logo_format"),
    "folder named .png": (lambda f: _folder(f / "dir.png"), "logo_unreadable"),
    "empty file": (lambda f: _file(f / "empty.png", b""), "logo_format"),
    "text named .png": (lambda f: _file(f / "x.png", b"<svg/>"), "logo_format"),
    "garbage after PNG magic": (
        lambda f: _file(f / "g.png", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 16),
        "logo_unreadable",
    ),
    "NUL in the name": (lambda f: f / "lo\x00go.png", "invalid_path"),
    "name over 255 bytes": (lambda f: f / ("ü" * 130 + ".png"), "logo_unreadable"),
}


@pytest.mark.parametrize("case", sorted(LOGOS))
def test_logo_path(tmp_path, case):
    make, code = LOGOS[case]
    path = make(tmp_path)
    options = ReportOptions(today=TODAY, logo=path, sections=SHORT)
    if code is None:
        assert pdf_text(build_report(small_state(), options))
        return
    with pytest.raises(TpmError) as refused:
        build_report(small_state(), options)
    assert refused.value.code == code
    for lang in ("en", "de"):
        assert one_line(refused.value.message(lang))


def test_department_reports_for_hostile_department_names(qapp, tmp_path, workspace):
    """One department per input: each report is written under a file name that works."""
    from tpm_desktop.document.document import ProjectDocument
    from tpm_desktop.document.editor import Editor
    from tpm_desktop.reports.pdf.builder import build_department_reports
    from tpm_desktop.reports.pdf.texts import Texts
    from tpm_desktop.reports.pdf.writer import department_file_name, prepare_folder, write_pdf

    doc = ProjectDocument(OpenProject.create(small_state(), workspace))
    editor = Editor(doc)
    try:
        for value in BAD_TEXT.values():
            if not isinstance(expected(checked_name, value), EditError):
                lane = editor.add_lane(Dimension.DEPARTMENT, value)
                editor.add_touchpoint(f"Card of {lane}", lane, 1, 1)
        state = ProjectState(doc.state.records())
    finally:
        doc.close()
    folder = prepare_folder(tmp_path / "Berichte")
    taken: set[str] = set()
    options = ReportOptions(today=TODAY, sections=SHORT)
    written = [
        write_pdf(folder / department_file_name(department, Texts("de"), taken), data)
        for department, data in build_department_reports(state, options)
    ]
    assert len(written) == len(state.table(Department)) == len(set(os.listdir(folder)))
    for path in written:
        assert path.is_file() and pdf_text(path.read_bytes())


REPORT_DIALOG_CASES = {
    # what is typed into the dialog -> (field, text, words of the one message or None)
    "markup as confidentiality line": ("confidential", BAD_TEXT["markup"], None),
    "1 MB confidentiality line": ("confidential", BAD_TEXT["1 MB"], None),
    "NUL in the target": ("target", "Bericht\x00.pdf", "cannot hold"),
    "target name over 255 bytes": ("target", "ü" * 130 + ".pdf", "too long"),
    "NUL in the logo path": ("logo", "lo\x00go.png", "cannot hold"),
}


@pytest.mark.parametrize("case", sorted(REPORT_DIALOG_CASES))
def test_report_dialog_with_hostile_options(tpm_app, qtbot, workspace, tmp_path, monkeypatch, case):
    from tpm_desktop.ui import prompts
    from tpm_desktop.ui.main_window import MainWindow
    from tpm_desktop.ui.report import dialog as dialog_module
    from tpm_desktop.ui.report.feature import ReportFeature

    field, text, words = REPORT_DIALOG_CASES[case]
    project = tmp_path / "kunde.tpm"
    save_new(project)
    shown: list[str] = []
    monkeypatch.setattr(prompts, "show_error", lambda parent, title, message: shown.append(message))
    monkeypatch.setattr(dialog_module, "open_in_viewer", lambda path: None)
    window = MainWindow("en", workspace)
    qtbot.addWidget(window)
    assert window.open_path(project)
    dialog = next(f for f in window.features if isinstance(f, ReportFeature)).export_report()
    target = tmp_path / "out" / ("Bericht.pdf" if field != "target" else text)
    target.parent.mkdir()
    dialog.target_edit.setText(str(target))
    dialog.target_edit.textEdited.emit(str(target))
    if field == "confidential":
        dialog.confidential_edit.setText(text)
    elif field == "logo":
        dialog.logo_edit.setText(str(tmp_path / text))
    signal = dialog.report_failed if words else dialog.report_written
    with qtbot.waitSignal(signal, timeout=60_000):
        dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.runner is None)
    if words:
        assert len(shown) == 1 and words in shown[0] and "\n" not in shown[0]
        assert os.listdir(target.parent) == []
        dialog.reject()
    else:
        assert shown == []
        printed = pdf_text(target.read_bytes())
        if "markup" in case:
            assert LITERAL_IN_PDF["markup"] in printed
    window.files.close_document()

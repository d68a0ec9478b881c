"""Bad input in table imports: touchpoints, measurements and workshop ratings.

Every input of BAD_TEXT goes into the text cells of a CSV and of an XLSX file
(where the format can hold it: XLSX has no control characters or lone
surrogates). What the import stores must be exactly what the documented rules
make of the cell: the file decoded as UTF-8 or else Windows-1252 (tabular.py),
then core.text's checked_name / checked_line / checked_text, or the row is
refused with a one-line problem and nothing of it is stored. Malformed files
(binary garbage, empty, only a header, a huge cell) are refused whole with one
clear message, and the project file stays byte-identical.
"""

from __future__ import annotations

import csv
import hashlib
import io
import zipfile
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from openpyxl.utils.exceptions import IllegalCharacterError

from tests.support.bad_input import BAD_TEXT, one_line
from tests.support.builders import save_new, small_state
from tpm_desktop.cli.main import main
from tpm_desktop.core.errors import EditError, TpmError
from tpm_desktop.core.model import Channel, Department, Measurement, Phase, WorkshopRating
from tpm_desktop.core.project_file import OpenProject, read_project
from tpm_desktop.core.text import MAX_NAME_LENGTH, checked_line, checked_name, checked_text
from tpm_desktop.core.workshop import import_changes as workshop_changes
from tpm_desktop.reports import measurement_import
from tpm_desktop.reports.tabular import MAX_CELL_CHARS, TableError, read_table
from tpm_desktop.reports.workshop_table import read_workshop_table

TOUCHPOINT_HEADERS = ["Name", "Department", "Channel", "Phase", "Description", "Responsible"]
TOUCHPOINT_HEADERS += ["As-is", "Target"]
XLSX_CELL_LIMIT = 32_767  # Excel's limit; openpyxl cuts longer text when it writes


def xlsx_holds(value: str) -> bool:
    """True when a valid XLSX file can hold `value`.

    It cannot hold control characters (openpyxl refuses them) nor lone surrogates
    (openpyxl writes them as character references no XML reader accepts: such a
    file is among the malformed ones below).
    """
    book = openpyxl.Workbook()
    buffer = io.BytesIO()
    try:
        book.active.append([value])
        book.save(buffer)
        reread = openpyxl.load_workbook(buffer, read_only=True)
        list(reread.active.iter_rows(values_only=True))
        reread.close()
    except (IllegalCharacterError, UnicodeEncodeError, SyntaxError):
        return False
    return True


CASES = [
    (name, fmt) for name in sorted(BAD_TEXT) for fmt in ("csv", "xlsx")
    if fmt == "csv" or xlsx_holds(BAD_TEXT[name])
]  # fmt: skip


def write(path: Path, headers: list[str], rows: list[list[object]]) -> Path:
    """Write a table as a spreadsheet program would: CSV in UTF-8 (lone surrogates as
    the bytes Python's surrogatepass makes, which are no valid UTF-8), or XLSX."""
    if path.suffix == ".xlsx":
        book = openpyxl.Workbook()
        book.active.append(headers)
        for row in rows:
            book.active.append(row)
        book.save(path)
        return path
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=";")
    writer.writerow(headers)
    writer.writerows(rows)
    path.write_bytes(buffer.getvalue().encode("utf-8", "surrogatepass"))
    return path


def as_read(value: str, fmt: str) -> str:
    """The cell as the file holds it: CSV is read as UTF-8, or else Windows-1252; an
    XLSX cell holds at most 32,767 characters, and XML turns \\r\\n and \\r into \\n."""
    if fmt == "xlsx":
        return value[:XLSX_CELL_LIMIT].replace("\r\n", "\n").replace("\r", "\n")
    data = value.encode("utf-8", "surrogatepass")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def rule(check, value: str) -> str | EditError:
    try:
        return check(value)
    except EditError as error:
        return error


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def run(capsys, *args) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def project(tmp_path) -> Path:
    path = tmp_path / "kunde.tpm"
    save_new(path)
    return path


# -- touchpoints (tpm-desktop import) -------------------------------------------------------


@pytest.mark.parametrize(("input_name", "fmt"), CASES)
def test_touchpoint_import_stores_the_cleaned_cells_or_refuses_the_row(
    project, tmp_path, capsys, input_name, fmt
):
    value = BAD_TEXT[input_name]
    table = write(tmp_path / f"liste.{fmt}", TOUCHPOINT_HEADERS, [[value] * 8])
    before = digest(project)
    code, out, err = run(capsys, "import", project, table)
    for line in (out + err).splitlines():
        assert one_line(line)
    if fmt == "csv" and "\x00" in value:
        # A NUL byte marks a binary file; the whole table is refused.
        assert code == 1 and "binary data" in err and digest(project) == before
        return
    cell = as_read(value, fmt)
    blank = not cell.strip()
    expected = {
        "name": rule(checked_name, cell),
        "lane": "Not assigned" if blank else rule(checked_name, cell),
        "text": "" if blank else rule(checked_text, cell),
        "line": "" if blank else rule(checked_line, cell),
    }
    refused = [key for key, wanted in expected.items() if isinstance(wanted, EditError)]
    if refused:
        assert code == 1 and "nothing was imported" in err and err.count("\n") == 1
        assert out.startswith("Row 2: ")
        assert digest(project) == before
        return
    assert (code, err) == (0, ""), err
    state = read_project(project)
    (added,) = [tp for tp in state.touchpoints.values() if tp.id > 3]
    assert added.name == expected["name"]
    assert (added.description, added.as_is, added.target) == (expected["text"],) * 3
    assert added.responsible == expected["line"]
    for kind, lane_id in (
        (Department, added.department_id),
        (Channel, added.channel_id),
        (Phase, added.phase_id),
    ):
        assert state.get(kind, lane_id).name == expected["lane"]


@pytest.mark.parametrize(("input_name", "fmt"), CASES)
def test_a_segment_column_with_bad_text_creates_a_clean_segment_or_refuses(
    project, tmp_path, capsys, input_name, fmt
):
    """Bad text as the segment's name in the header, and as the experience cell."""
    value = BAD_TEXT[input_name]
    headers = ["Name", f"Experience: {value}", "Experience: Pensioners"]
    table = write(tmp_path / f"segmente.{fmt}", headers, [["Hotline", -1, value]])
    before = digest(project)
    code, out, err = run(capsys, "import", project, table)
    for line in (out + err).splitlines():
        assert one_line(line)
    if code == 1:  # a binary CSV, or the bad experience cell refuses the row
        assert digest(project) == before
        if not (fmt == "csv" and "\x00" in value):
            assert "Row 2: Experience: Pensioners: " in out
        return
    # Only a blank cell is no value: the touchpoint is then not relevant to Pensioners.
    assert not as_read(value, fmt).strip(), out
    state = read_project(project)
    names = [s.name for s in state.segments()]
    assert "Pensioners" not in names  # nobody used it
    for name in names:  # what the header named, cleaned, or no segment at all
        assert name == checked_name(name) and len(name) <= MAX_NAME_LENGTH


# -- measurements (the app's import dialog, without Qt) ---------------------------------------


def import_measurements(project: Path, table: Path, workspace) -> int:
    """What the measurement import does: read, check, commit in one change set, save."""
    opened = OpenProject.open(project, workspace)
    try:
        source = read_table(table)
        preview = measurement_import.preview_import(opened.state, source.headers, source.rows)
        changes = measurement_import.import_changes(opened.state, preview)
        if changes:
            opened.commit(changes)
            opened.save()
        return len(preview.importable)
    finally:
        opened.close()


@pytest.mark.parametrize(("input_name", "fmt"), CASES)
def test_measurement_import_stores_the_cleaned_note(project, tmp_path, workspace, input_name, fmt):
    value = BAD_TEXT[input_name]
    rows = [
        ["2027-01-31", "Hotline", "Waiting time", "54", value],  # a good row with a bad note
        [value, value, value, value, value],  # nothing in it can be matched
        ["2027-02-28", value, "Waiting time", "53", ""],
        ["2027-03-31", "Hotline", value, "52", ""],
        ["2027-04-30", "Hotline", "Waiting time", value, ""],
    ]
    table = write(tmp_path / f"werte.{fmt}", ["Date", "Touchpoint", "KPI", "Value", "Note"], rows)
    before = digest(project)
    if fmt == "csv" and "\x00" in value:
        with pytest.raises(TableError) as refused:
            import_measurements(project, table, workspace)
        assert refused.value.code == "table_binary" and one_line(refused.value.message("de"))
        assert digest(project) == before
        return
    assert import_measurements(project, table, workspace) == 1
    state = read_project(project)
    (added,) = [m for m in state.table(Measurement).values() if m.date.year == 2027]
    # cell_text strips the cell; the note is then cleaned as any text.
    assert added.note == checked_text(as_read(value, fmt).strip())
    assert (added.date, added.value) == (date(2027, 1, 31), 54.0)


# -- workshop ratings --------------------------------------------------------------------------


@pytest.mark.parametrize(("input_name", "fmt"), CASES)
def test_workshop_import_stores_the_cleaned_names_or_refuses_the_row(tmp_path, input_name, fmt):
    value = BAD_TEXT[input_name]
    headers = ["Participant", "Touchpoint", "Criterion", "Value", "Group"]
    table = write(tmp_path / f"workshop.{fmt}", headers, [[value, "Website", "1", 4, value]])
    state = small_state()
    if fmt == "csv" and "\x00" in value:
        with pytest.raises(TableError):
            read_workshop_table(state, table)
        return
    (row,) = read_workshop_table(state, table).rows
    cell = as_read(value, fmt)
    participant, group = rule(checked_name, cell), rule(checked_line, cell)
    if isinstance(participant, EditError) or isinstance(group, EditError):
        assert not row.ok  # refused: empty or too long, never stored cut short
        assert {e.code for e in row.errors} <= {"participant_missing", "too_long"}
        return
    assert row.ok, row.errors
    changes, _ = workshop_changes(state, [row], "Workshop")
    state.apply(changes)
    (rating,) = [r for r in state.table(WorkshopRating).values() if r.batch == "Workshop"]
    assert (rating.participant, rating.group_name) == (participant, group)
    assert len(participant) <= MAX_NAME_LENGTH


# -- malformed files, for each importer -----------------------------------------------------


HUGE = b"y" * (MAX_CELL_CHARS + 10)


def _xlsx_with_a_surrogate() -> bytes:
    """A workbook whose cell holds a character reference no XML reader accepts.

    Written with a marker that is then replaced in the sheet's XML: openpyxl's lxml writer
    (present when python-pptx brings lxml) refuses to write a surrogate itself.
    """
    book, buffer = openpyxl.Workbook(), io.BytesIO()
    book.active.append(["Name", "Participant", "Date"])
    book.active.append(["AQQSURROGATEQQ", "B", "2027-01-01"])
    book.save(buffer)
    out = io.BytesIO()
    with zipfile.ZipFile(buffer) as source, zipfile.ZipFile(out, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename).replace(b"QQSURROGATEQQ", b"&#xD800;")
            target.writestr(item, data)
    return out.getvalue()


MALFORMED: dict[str, tuple[str, bytes, str]] = {
    # name -> (file name, content, words of the message)
    "binary garbage as .csv": ("t.csv", bytes(range(256)) * 40, "binary data"),
    "binary garbage as .xlsx": ("t.xlsx", bytes(range(256)) * 40, "not an Excel workbook"),
    "a zip that is no workbook": ("t.xlsx", b"PK\x03\x04" + b"\x00" * 200, "cannot be read"),
    "empty .csv": ("t.csv", b"", "empty"),
    "empty .xlsx": ("t.xlsx", b"", "not an Excel workbook"),
    "XLSX with an invalid character": ("t.xlsx", _xlsx_with_a_surrogate(), "cannot be read"),
    "huge cell": ("t.csv", b"Name;Department\n" + HUGE + b";A\n", "holds more than"),
}  # fmt: skip


@pytest.mark.parametrize("case", sorted(MALFORMED))
@pytest.mark.parametrize("importer", ["touchpoints", "measurements", "workshop"])
def test_malformed_files_are_refused_whole(project, tmp_path, workspace, capsys, case, importer):
    name, content, words = MALFORMED[case]
    table = tmp_path / name
    table.write_bytes(content)
    before = digest(project)
    if importer == "touchpoints":
        code, out, err = run(capsys, "import", project, table)
        assert code == 1 and out == "" and err.count("\n") == 1 and words in err, err
    else:
        with pytest.raises(TpmError) as refused:
            if importer == "measurements":
                import_measurements(project, table, workspace)
            else:
                read_workshop_table(small_state(), table)
        assert words in refused.value.message("en")
        assert one_line(refused.value.message("de"))
    assert digest(project) == before


@pytest.mark.parametrize("importer", ["touchpoints", "measurements", "workshop"])
def test_only_a_header_imports_nothing(project, tmp_path, workspace, capsys, importer):
    before = digest(project)
    if importer == "touchpoints":
        table = write(tmp_path / "t.csv", TOUCHPOINT_HEADERS, [])
        code, _, err = run(capsys, "import", project, table)
        assert code == 1 and "no touchpoint rows" in err
    elif importer == "measurements":
        table = write(tmp_path / "t.xlsx", ["Date", "Touchpoint", "KPI", "Value"], [])
        assert import_measurements(project, table, workspace) == 0
    else:
        table = write(tmp_path / "t.csv", ["Participant", "Touchpoint", "Criterion", "Value"], [])
        assert read_workshop_table(small_state(), table).rows == ()
    assert digest(project) == before

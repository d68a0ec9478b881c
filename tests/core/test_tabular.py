"""Reading and writing CSV and XLSX as spreadsheet users produce them."""

from __future__ import annotations

from datetime import date

import openpyxl
import pytest

from tpm_desktop.reports.table_writer import write_table
from tpm_desktop.reports.tabular import (
    TableError,
    normalise_header,
    parse_date,
    parse_number,
    read_table,
    sheet_names,
)


def test_german_excel_csv_windows_1252_semicolon_and_quoted_newlines(tmp_path):
    path = tmp_path / "liste.csv"
    text = 'Name;Abteilung;Budget\r\n"Rechnung\r\nmit Zeilenumbruch";Abrechnung;1.234,50\r\n'
    text += "Kundencenter Gießen;Vertrieb;€ 99\r\n"
    path.write_bytes(text.encode("cp1252"))
    table = read_table(path)
    assert table.headers == ["Name", "Abteilung", "Budget"]
    assert table.rows[0] == ["Rechnung\r\nmit Zeilenumbruch", "Abrechnung", "1.234,50"]
    assert table.rows[1][0] == "Kundencenter Gießen"
    assert parse_number(table.rows[0][2]) == 1234.5


def test_utf8_bom_comma_csv(tmp_path):
    path = tmp_path / "list.csv"
    path.write_bytes("\ufeffname,department\nŁódź & Söhne,Sales\n".encode())
    table = read_table(path)
    assert table.headers == ["name", "department"]
    assert table.records() == [{"name": "Łódź & Söhne", "department": "Sales"}]


def test_xlsx_with_two_sheets(tmp_path):
    path = tmp_path / "book.xlsx"
    book = openpyxl.Workbook()
    book.active.title = "Notes"
    book.active.append(["nothing here"])
    second = book.create_sheet("Touchpoints")
    second.append(["Name", "Budget", "Date"])
    second.append(["Hotline", 1500.5, date(2026, 12, 31)])
    book.save(path)
    table = read_table(path, sheet="Touchpoints")
    assert table.sheets == ["Notes", "Touchpoints"]
    assert table.rows == [["Hotline", 1500.5, table.rows[0][2]]]
    assert parse_date(table.rows[0][2]) == date(2026, 12, 31)
    with pytest.raises(TableError) as info:
        read_table(path, sheet="Missing")
    assert info.value.code == "sheet_missing" and "Touchpoints" in info.value.message("en")


@pytest.mark.parametrize(
    ("content", "name", "code"),
    [
        (b"", "empty.csv", "table_empty"),
        (b"\n;;\n", "blank.csv", "table_empty"),
        (b"PK\x03\x04garbage", "fake.xlsx", "table_damaged_xlsx"),
        (b"PK\x03\x04garbage", "fake.csv", "table_damaged_xlsx"),  # read by content
        (b"Name;Abteilung\nA;B\n", "renamed.xlsx", "table_not_xlsx"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00\x00", "old.xlsx", "table_old_excel"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00\x00", "old.csv", "table_old_excel"),
        (b"\x00\x01\x02\xff\xfe\x00\x00\x17", "binary.csv", "table_binary"),
        (b"abc", "data.pdf", "table_format"),
    ],
)
def test_bad_tables_have_clear_errors(tmp_path, content, name, code):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(TableError) as info:
        read_table(path)
    assert info.value.code == code
    assert "\n" not in info.value.message("de")


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("3", 3.0),
        ("3,5", 3.5),
        ("3.5", 3.5),
        ("1.234,56", 1234.56),
        ("1,234.56", 1234.56),
        ("1.234.567", 1234567.0),
        ("-2", -2.0),
        ("12 %", 12.0),
        ("€ 1.500", 1.5),
        ("", None),
        (None, None),
        (7, 7.0),
        (2.25, 2.25),
    ],
)
def test_parse_number(text, number):
    assert parse_number(text) == number


@pytest.mark.parametrize(
    "text", ["abc", "1,2,3", "nan", "inf", "--1", True, "15.03.2026", "1.23.456", "1.2,5"]
)
def test_parse_number_refuses(text):
    with pytest.raises(ValueError):
        parse_number(text)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("2026-12-31", date(2026, 12, 31)),
        ("31.12.2026", date(2026, 12, 31)),
        ("1.2.26", date(2026, 2, 1)),
        ("2026-01-05 00:00:00", date(2026, 1, 5)),
        ("", None),
    ],
)
def test_parse_date(text, day):
    assert parse_date(text) == day


@pytest.mark.parametrize("text", ["31.13.2026", "tomorrow", "2026-02-30"])
def test_parse_date_refuses(text):
    with pytest.raises(ValueError):
        parse_date(text)


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_write_then_read_round_trip(tmp_path, suffix):
    path = tmp_path / f"out{suffix}"
    rows = [["=SUM(A1)", 3.5, None, "Zeile 1\nZeile 2"], ["Łódź & Söhne <b>", 2.0, True, "x"]]
    write_table(path, ["Name", "Score", "Flag", "Notes"], rows)
    table = read_table(path)
    assert table.headers == ["Name", "Score", "Flag", "Notes"]
    assert table.rows[0][0] == "=SUM(A1)"
    assert parse_number(table.rows[0][1]) == 3.5
    assert table.rows[1][0] == "Łódź & Söhne <b>"
    assert table.rows[0][3].replace("\r\n", "\n") == "Zeile 1\nZeile 2"
    assert [p.name for p in tmp_path.iterdir()] == [path.name]


def test_normalise_header():
    assert normalise_header("  Channel   Type ") == "channel type"
    assert normalise_header("ABTEILUNG") == "abteilung"


def test_a_workbook_named_csv_is_read_as_a_workbook(tmp_path):
    path = tmp_path / "export.csv"
    book = openpyxl.Workbook()
    book.active.title = "Liste"
    book.active.append(["Name", "Budget"])
    book.active.append(["Hotline", 1500.5])
    book.save(path)
    table = read_table(path)
    assert (table.headers, table.rows, table.sheets) == (
        ["Name", "Budget"],
        [["Hotline", 1500.5]],
        ["Liste"],
    )
    assert sheet_names(path) == ["Liste"]


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_text_is_decoded(tmp_path, encoding):
    # Excel's "Unicode text" is UTF-16 with a byte order mark, tab-separated.
    path = tmp_path / "unicode.csv"
    path.write_bytes("Name\tAbteilung\r\nStörung\tNetz & Technik\r\n".encode(encoding))
    table = read_table(path)
    assert (table.headers, table.rows) == (["Name", "Abteilung"], [["Störung", "Netz & Technik"]])


@pytest.mark.parametrize(
    ("make", "code"),
    [
        (lambda folder: "/dev/null", "not_regular_file"),  # /dev/zero was read for ever
        (lambda folder: folder, "table_is_folder"),  # said "not a project file"
        (lambda folder: folder / "na\x00me.csv", "invalid_path"),  # was a ValueError
        (lambda folder: _huge_cell(folder / "huge.csv"), "table_cell_too_large"),
    ],
)
def test_paths_that_are_no_table(tmp_path, make, code):
    with pytest.raises(TableError) as refused:
        read_table(make(tmp_path))
    assert refused.value.code == code
    assert "field limit" not in refused.value.message("de")  # no English csv detail


def test_a_folder_named_xlsx_is_a_folder(tmp_path):
    from tpm_desktop.reports.tabular import sheet_names

    (tmp_path / "book.xlsx").mkdir()
    with pytest.raises(TableError) as refused:
        sheet_names(tmp_path / "book.xlsx")
    assert refused.value.code == "table_is_folder"  # was "The file does not exist"


def _huge_cell(path):
    path.write_text("Name;Department\n" + "y" * 2_100_000 + ";Sales\n", encoding="utf-8")
    return path

"""What the touchpoint import added to the table reader: row numbers, sheet names, commas."""

from __future__ import annotations

import openpyxl
import pytest

from tests.ui.test_translations import placeholders
from tpm_desktop.reports import table_texts
from tpm_desktop.reports.table_writer import write_table
from tpm_desktop.reports.tabular import TableError, read_table, sheet_names


def test_rows_keep_the_numbers_a_spreadsheet_shows(tmp_path):
    path = tmp_path / "t.csv"
    path.write_text('\n\nName;Notes\nA;"two\nlines"\n;\nB;x\n', encoding="utf-8")
    table = read_table(path)
    assert table.headers == ["Name", "Notes"]
    assert [table.row_number(i) for i in range(len(table.rows))] == [4, 6]


def test_sheet_names(tmp_path):
    path = tmp_path / "b.xlsx"
    book = openpyxl.Workbook()
    book.active.title = "Eins"
    book.create_sheet("Zwei")
    book.save(path)
    assert sheet_names(path) == ["Eins", "Zwei"]
    assert sheet_names(tmp_path / "x.csv") == []
    with pytest.raises(TableError):
        sheet_names(tmp_path / "missing.xlsx")
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"not a zip")
    with pytest.raises(TableError):
        sheet_names(broken)


def test_decimal_comma_only_when_asked(tmp_path):
    path = tmp_path / "n.csv"
    write_table(path, ["a", "b"], [[3.5, 1e20]], decimal_comma=True)
    assert path.read_text(encoding="utf-8-sig").splitlines()[1] == "3,5;1e+20"
    write_table(path, ["a"], [[3.5]])
    assert path.read_text(encoding="utf-8-sig").splitlines()[1] == "3.5"


def test_import_texts_have_both_languages_with_the_same_placeholders():
    assert set(table_texts.TEXTS["de"]) == set(table_texts.TEXTS["en"])
    for key, english in table_texts.TEXTS["en"].items():
        assert placeholders(table_texts.TEXTS["de"][key]) == placeholders(english), key

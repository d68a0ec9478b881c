"""Pasting measurements from a spreadsheet's clipboard text."""

from __future__ import annotations

from datetime import date

from tests.support.builders import small_state
from tpm_desktop.core.model import Kpi
from tpm_desktop.reports.measurement_import import RowProblem
from tpm_desktop.reports.measurement_paste import mark_duplicates, parse_pasted, split_cells


def test_excel_clipboard_with_header_decimal_commas_and_german_dates():
    text = "Datum\tWert\tNotiz\r\n31.01.2026\t12,5\tnach Umstellung\r\n28.02.2026\t1.234,5\t\r\n"
    rows = parse_pasted(text)
    assert [(r.when, r.value, r.note, r.problems) for r in rows] == [
        (date(2026, 1, 31), 12.5, "nach Umstellung", ()),
        (date(2026, 2, 28), 1234.5, "", ()),
    ]
    assert [r.line for r in rows] == [2, 3]


def test_quoted_cells_keep_their_line_breaks():
    text = '2026-03-01\t7\t"two\nlines"\n2026-04-01\t8\n'
    assert split_cells(text) == [["2026-03-01", "7", "two\nlines"], ["2026-04-01", "8"]]
    assert parse_pasted(text)[0].note == "two\nlines"


def test_columns_copied_the_other_way_round():
    (row,) = parse_pasted("3,5\t15.03.2026")
    assert (row.when, row.value, row.problems) == (date(2026, 3, 15), 3.5, ())


def test_each_bad_line_says_what_is_wrong():
    rows = parse_pasted("2026-01-01\tviel\n12,5\n2026-01-03\n32.01.2026\t4\n\n")
    assert [r.problems for r in rows] == [
        (RowProblem.BAD_VALUE,),
        (RowProblem.MISSING_DATE,),
        (RowProblem.MISSING_VALUE,),
        (RowProblem.BAD_DATE,),
    ]


def test_a_stray_quote_does_not_lose_the_row():
    (row,) = parse_pasted('2026-01-01\t5\t12" screen')
    assert (row.when, row.value, row.problems) == (date(2026, 1, 1), 5.0, ())


def test_duplicates_of_the_kpi_and_within_the_paste_are_marked():
    state = small_state()
    (kpi,) = state.table(Kpi).values()
    first = state.measurements_of(kpi.id)[0]
    text = f"{first.date:%d.%m.%Y}\t{first.value}\n2026-09-01\t5\n2026-09-01\t5\n"
    rows = mark_duplicates(state, kpi.id, parse_pasted(text))
    assert [r.duplicate for r in rows] == [True, False, True]
    assert [r.importable for r in rows] == [False, True, False]

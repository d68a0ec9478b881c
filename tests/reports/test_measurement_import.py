"""Importing measurements from a table: per-row problems, matching, duplicates, one change set."""

from __future__ import annotations

from datetime import date, datetime

from tests.support.builders import small_state
from tpm_desktop.core.edits import monitoring, touchpoints
from tpm_desktop.core.model import Kpi, Measurement
from tpm_desktop.core.state import ProjectState
from tpm_desktop.reports.measurement_import import (
    RowProblem,
    import_changes,
    match_columns,
    preview_import,
)
from tpm_desktop.reports.table_writer import write_table
from tpm_desktop.reports.tabular import read_table

HEADERS = ["Date", "Touchpoint", "KPI", "Value", "Note"]


def state_with_kpis() -> tuple[ProjectState, int]:
    state = small_state()
    (kpi,) = state.table(Kpi).values()  # "Waiting time" of the Hotline, lower is better
    return state, kpi.id


def test_columns_are_found_in_any_order_and_language():
    columns, missing = match_columns(["Wert", " KENNZAHL ", "Datum", "Touchpoint", "Bemerkung"])
    assert columns == {"value": 0, "kpi": 1, "date": 2, "touchpoint": 3, "note": 4}
    assert missing == ()
    assert match_columns(["Date", "Value"])[1] == ("kpi",)


def test_missing_columns_give_no_rows():
    state, _ = state_with_kpis()
    preview = preview_import(state, ["Datum", "Wert"], [["2026-01-01", "3"]])
    assert preview.missing_columns == ("kpi",)
    assert preview.rows == [] and preview.measurements() == []


def test_each_bad_row_names_its_problem():
    state, kpi_id = state_with_kpis()
    rows = [
        ["31.12.2026", "hotline", "waiting TIME", "45,5", "after callbacks"],  # fine
        ["2026-07-01", "Hotline", "Waiting time", "51", ""],  # fine, ISO date
        ["2026-13-45", "Hotline", "Waiting time", "50", ""],
        ["", "Hotline", "Waiting time", "50", ""],
        ["2026-07-02", "Callcenter", "Waiting time", "50", ""],
        ["2026-07-03", "Hotline", "NPS", "50", ""],
        ["2026-07-04", "Hotline", "", "50", ""],
        ["2026-07-05", "Hotline", "Waiting time", "fifty", ""],
        ["2026-07-06", "Hotline", "Waiting time", None, ""],
        ["2026-07-07", "Hotline", "Waiting time", "1e20", ""],
        ["soon", "Nowhere", "Waiting time", "x", ""],
    ]
    preview = preview_import(state, HEADERS, rows)
    problems = [row.problems for row in preview.rows]
    assert problems == [
        (),
        (),
        (RowProblem.BAD_DATE,),
        (RowProblem.MISSING_DATE,),
        (RowProblem.UNKNOWN_TOUCHPOINT,),
        (RowProblem.UNKNOWN_KPI,),
        (RowProblem.MISSING_KPI,),
        (RowProblem.BAD_VALUE,),
        (RowProblem.MISSING_VALUE,),
        (RowProblem.VALUE_OUT_OF_RANGE,),
        (RowProblem.BAD_DATE, RowProblem.UNKNOWN_TOUCHPOINT, RowProblem.BAD_VALUE),
    ]
    assert [row.row for row in preview.rows[:3]] == [2, 3, 4]  # as the spreadsheet counts
    assert preview.error_count == 9
    assert preview.measurements() == [
        (kpi_id, date(2026, 12, 31), 45.5, "after callbacks"),
        (kpi_id, date(2026, 7, 1), 51.0, ""),
    ]


def test_ids_match_as_well_as_names_and_the_touchpoint_may_be_left_out():
    state, kpi_id = state_with_kpis()
    hotline = state.get(Kpi, kpi_id).touchpoint_id
    rows = [
        ["2026-08-01", str(hotline), str(kpi_id), 40.0, None],
        ["2026-08-02", None, "Waiting time", 41, None],  # a unique KPI name is enough
        ["2026-08-03", "Website", "Waiting time", 42, None],  # not a KPI of the website
    ]
    preview = preview_import(state, HEADERS, rows)
    assert [r.problems for r in preview.rows] == [(), (), (RowProblem.UNKNOWN_KPI,)]
    assert {r.touchpoint_id for r in preview.importable} == {hotline}


def test_spreadsheet_cells_are_accepted_as_they_come():
    state, kpi_id = state_with_kpis()
    rows = [[datetime(2026, 9, 1, 0, 0), "Hotline", "Waiting time", 38, 7]]
    preview = preview_import(state, HEADERS, rows)
    assert preview.measurements() == [(kpi_id, date(2026, 9, 1), 38.0, "7")]
    assert preview.rows[0].date_text == "2026-09-01"


def test_measurements_already_in_the_project_or_the_file_are_skipped():
    state, kpi_id = state_with_kpis()
    existing = state.measurements_of(kpi_id)[0]  # 2026-01-15: 95
    rows = [
        [existing.date.isoformat(), "Hotline", "Waiting time", existing.value, ""],
        ["2026-10-01", "Hotline", "Waiting time", "30", ""],
        ["01.10.2026", "Hotline", "Waiting time", "30,0", ""],  # the same row again
    ]
    preview = preview_import(state, HEADERS, rows)
    assert [r.duplicate for r in preview.rows] == [True, False, True]
    assert preview.duplicate_count == 2 and preview.error_count == 0
    assert len(preview.measurements()) == 1


def test_ambiguous_names_are_refused():
    state, _ = state_with_kpis()
    changes, other = touchpoints.add_touchpoint(state, "hotline", 1, 1, 1)
    state.apply(changes)
    state.apply(monitoring.add_kpi(state, other, "Waiting time")[0])
    rows = [
        ["2026-10-01", "Hotline", "Waiting time", "30", ""],
        ["2026-10-01", "", "Waiting time", "30", ""],
        ["2026-10-01", str(other), "Waiting time", "30", ""],
    ]
    preview = preview_import(state, HEADERS, rows)
    assert [r.problems for r in preview.rows] == [
        (RowProblem.AMBIGUOUS_TOUCHPOINT,),
        (RowProblem.AMBIGUOUS_KPI,),
        (),
    ]


def test_import_changes_is_one_change_set_of_the_good_rows(tmp_path):
    state, kpi_id = state_with_kpis()
    path = tmp_path / "werte.xlsx"
    write_table(
        path,
        ["Datum", "Touchpoint", "Kennzahl", "Wert"],
        [["31.12.2026", "Hotline", "Waiting time", "44,5"], ["kaputt", "Hotline", "x", "1"]],
    )
    table = read_table(path)
    preview = preview_import(state, table.headers, table.rows)
    before = len(state.table(Measurement))
    changes = import_changes(state, preview)
    assert len(state.table(Measurement)) == before  # building changes nothing
    state.apply(changes)
    added = [m for m in state.measurements_of(kpi_id) if m.date == date(2026, 12, 31)]
    assert [m.value for m in added] == [44.5]
    assert len(state.table(Measurement)) == before + 1

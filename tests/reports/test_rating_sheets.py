"""Rating sheets for the paper fallback, and the table they are typed into (round trip)."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from tests.support.builders import small_state
from tpm_desktop.core import workshop
from tpm_desktop.core.live.results import round_spec
from tpm_desktop.core.model import Score, WorkshopRating
from tpm_desktop.core.sample import sample_state
from tpm_desktop.reports.rating_sheets import (
    rating_sheets_pdf,
    sheet_template,
    write_sheet_template,
)
from tpm_desktop.reports.table_writer import write_table
from tpm_desktop.reports.tabular import read_table
from tpm_desktop.reports.workshop_table import read_workshop_table


def spec_of(state, criteria=(1, 2), **kw):
    return round_spec(
        state,
        state.touchpoints,
        criteria,
        True,
        name="Kick-off <i>x</i>",
        experience_label="Experience",
        **kw,
    )


def test_one_sheet_per_participant_with_short_ids_and_boxes():
    state = small_state()
    spec = spec_of(state)
    data = rating_sheets_pdf(spec, 3, "en")
    reader = PdfReader(io.BytesIO(data))
    assert len(reader.pages) == 3  # three touchpoints fit one page per sheet
    for number, page in enumerate(reader.pages, start=1):
        text = page.extract_text()
        assert f"Sheet {number}" in text
        assert "Kick-off <i>x</i>" in text  # escaped, not markup
        for touchpoint in spec.touchpoints:
            assert touchpoint.code in text and touchpoint.name in text
        assert "Function" in text and "Performance" in text and "(1–5)" in text
        assert "Experience" not in text  # paper has the criteria only
    german = PdfReader(io.BytesIO(rating_sheets_pdf(spec, 1, "de"))).pages[0].extract_text()
    assert "Bewertungsbogen" in german and "Kürzel" in german


def test_many_touchpoints_run_over_pages_and_landscape_for_many_criteria():
    state = sample_state("en")
    spec = round_spec(
        state,
        state.touchpoints,
        [c.id for c in state.criteria],
        False,
        name="All",
        experience_label="",
    )
    reader = PdfReader(io.BytesIO(rating_sheets_pdf(spec, 2, "en")))
    first = reader.pages[0]
    assert first.mediabox.width > first.mediabox.height  # four criteria: landscape
    assert len(reader.pages) >= 4 and len(reader.pages) % 2 == 0
    with pytest.raises(ValueError):
        rating_sheets_pdf(spec_of(small_state(), criteria=()), 1, "en")


def test_typed_sheets_import_with_the_existing_workshop_import(tmp_path):
    state = small_state()
    spec = spec_of(state)
    path = tmp_path / "sheets.csv"
    lines = write_sheet_template(spec, 2, "de", path)
    assert lines == 2 * 3 * 2  # sheets × touchpoints × criteria
    table = read_table(path)
    assert table.headers[:5] == ["Kürzel", "Touchpoint", "Kriterium", "Teilnehmer", "Wert"]
    assert {row[0] for row in table.rows} == {t.code for t in spec.touchpoints}
    # the typist fills in some values and leaves the skipped touchpoints empty
    filled = [list(row) for row in table.rows]
    for index, row in enumerate(filled):
        if index % 3 != 2:
            row[4] = 1 + index % 5
    write_table(path, table.headers, filled)
    checked = read_workshop_table(state, path)
    assert not checked.missing
    # The skipped touchpoints are left out quietly: no "No value" errors.
    assert len(checked.valid) == 8 and len(checked.rows) == 8
    assert checked.error_count == 0 and checked.blank == 4
    changes, _ = workshop.import_changes(state, checked.valid, "Paper")
    state.apply(changes)
    stored = [r for r in state.table(WorkshopRating).values() if r.batch == "Paper"]
    assert len(stored) == 8 and {r.participant for r in stored} == {"Bogen 1", "Bogen 2"}
    first = spec.touchpoints[0].id
    assert state.get(Score, (first, 1)).as_is_count is not None


def test_typed_sheets_report_malformed_values_but_not_blank_ones(tmp_path):
    state = small_state()
    spec = spec_of(state)
    path = tmp_path / "sheets.csv"
    write_sheet_template(spec, 1, "en", path)
    table = read_table(path)
    filled = [list(row) for row in table.rows]  # 3 touchpoints × 2 criteria
    filled[0][4] = 4
    filled[1][4] = "four"  # a typo
    filled[2][4] = 9  # off the scale
    filled[3][4] = " "  # only a space typed: still blank
    filled[4][3] = ""  # the sheet's name deleted, value blank: still just blank
    filled.append([None] * len(table.headers))  # an empty line at the end
    write_table(path, table.headers, filled)
    checked = read_workshop_table(state, path)
    assert checked.blank == 3
    assert [[e.code for e in row.errors] for row in checked.rows] == [
        [],
        ["value_not_number"],
        ["value_off_scale"],
    ]
    assert checked.rows[1].errors[0].param("value") == "four"
    assert checked.rows[1].raw.line == 3  # the line to look at in the file


def test_template_pads_sheet_numbers():
    headers, rows = sheet_template(spec_of(small_state(), criteria=(1,)), 12, "en")
    assert headers[0] == "Short id"
    assert rows[0][3] == "Sheet 01" and rows[-1][3] == "Sheet 12"

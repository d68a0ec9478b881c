"""Touchpoint table export: exactly the import's columns, so export → import reproduces them."""

from __future__ import annotations

import openpyxl
import pytest

from tests.support.builders import small_state
from tpm_desktop.core.defaults import new_project_state
from tpm_desktop.core.model import Channel, Criterion, Department, Phase, TouchpointSegment
from tpm_desktop.core.sample import sample_state
from tpm_desktop.core.state import ProjectState
from tpm_desktop.reports.tabular import read_table
from tpm_desktop.reports.touchpoint_columns import detect_mapping
from tpm_desktop.reports.touchpoint_export import export_touchpoints, touchpoint_table
from tpm_desktop.reports.touchpoint_import import plan_import


def described(state: ProjectState) -> list[tuple]:
    """Every touchpoint with its lanes and scores by name: what a round trip must keep."""
    result = []
    for tp in state.touchpoints.values():
        channel = state.get(Channel, tp.channel_id)
        scores = {
            state.get(Criterion, s.criterion_id).name: (s.as_is, s.target)
            for s in state.scores_of(tp.id).values()
        }
        result.append(
            (
                tp.name,
                state.get(Department, tp.department_id).name,
                channel.name,
                channel.kind,
                state.get(Phase, tp.phase_id).name,
                tp.description,
                tp.media_type,
                tp.responsible,
                tp.as_is,
                tp.target,
                tp.experience,
                tp.decision,
                tp.budget,
                tuple(sorted(scores.items())),
            )
        )
    return sorted(result, key=repr)


def order_in_cells(state: ProjectState) -> list[tuple]:
    lanes = {
        kind: {lane.id: lane.name for lane in state.table(kind).values()}
        for kind in (Department, Channel, Phase)
    }
    return sorted(
        (
            lanes[Department][tp.department_id],
            lanes[Channel][tp.channel_id],
            lanes[Phase][tp.phase_id],
            tp.position,
            tp.name,
        )
        for tp in state.touchpoints.values()
    )


@pytest.mark.parametrize("language", ["de", "en"])
@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_export_then_import_reproduces_the_touchpoints(tmp_path, language, suffix):
    original = sample_state(language)
    path = tmp_path / f"touchpoints{suffix}"
    assert export_touchpoints(original, path) == len(original.touchpoints)

    copy = new_project_state("Copy", language, starter_lanes=False)
    plan = plan_import(read_table(path), copy)
    assert plan.invalid_rows == [] and plan.notes == [] and plan.ignored_columns() == []
    # The copy has no segments: the "Experience: <segment>" columns create them, in order.
    assert plan.new_segments == [s.name for s in original.segments()]
    copy.apply(plan.changes)

    assert described(copy) == described(original)
    assert by_segment(copy) == by_segment(original)
    assert order_in_cells(copy) == order_in_cells(original)
    # and a second export holds the same rows (lanes new to the copy may be in another order)
    headers, rows = touchpoint_table(copy)
    original_headers, original_rows = touchpoint_table(original)
    assert (headers, sorted(rows, key=repr)) == (original_headers, sorted(original_rows, key=repr))


def by_segment(state: ProjectState) -> list[tuple]:
    """Each touchpoint's relevance and experience per segment, by name."""
    names = {s.id: s.name for s in state.segments()}
    return sorted(
        (state.touchpoints[r.touchpoint_id].name, names[r.segment_id], r.experience)
        for r in state.table(TouchpointSegment).values()
    )


def test_every_exported_column_is_recognised_by_import():
    state = small_state("de")
    headers, _ = touchpoint_table(state)
    assert None not in detect_mapping(headers, state.criteria)
    assert headers[:14] == [
        "Kürzel",
        "Name",
        "Abteilung",
        "Kanal",
        "Kanaltyp",
        "Phase",
        "Beschreibung",
        "Medientyp",
        "Verantwortlich",
        "Ist-Situation",
        "Soll-Situation",
        "Erlebnis",
        "Entscheidung",
        "Budget",
    ]
    assert headers[14:16] == ["Funktion", "Funktion (Soll)"]
    english, _ = touchpoint_table(state, "en")
    assert english[:4] == ["Short id", "Name", "Department", "Channel"]
    assert english[14:16] == ["Funktion", "Funktion (target)"]


def test_german_csv_has_decimal_commas_and_opens_in_excel_as_written(tmp_path):
    state = small_state("de")
    touchpoint = next(iter(state.touchpoints.values()))
    from tpm_desktop.core.edits import touchpoints

    state.apply(touchpoints.update_touchpoints(state, [touchpoint.id], budget=1234.5))
    path = tmp_path / "t.csv"
    export_touchpoints(state, path)
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # the BOM German Excel needs for UTF-8
    text = data.decode("utf-8-sig")
    assert ";1234,5;" in text and "1234.5" not in text
    assert text.splitlines()[0].startswith("Kürzel;Name;Abteilung;Kanal;")


def test_xlsx_export_has_numbers_as_numbers(tmp_path):
    state = small_state("en")
    path = tmp_path / "t.xlsx"
    export_touchpoints(state, path)
    sheet = openpyxl.load_workbook(path).active
    assert sheet.title == "Touchpoints"
    rows = list(sheet.iter_rows(values_only=True))
    header = rows[0]
    website = next(row for row in rows if row[1] == "Website")
    assert website[header.index("Function")] == 2
    assert website[header.index("Function (target)")] == 4
    assert website[header.index("Decision")] == "keep"


def tricky_state(language: str) -> ProjectState:
    """Text and numbers that spreadsheets like to mangle."""
    from tpm_desktop.core.edits import assessment, touchpoints

    state = small_state(language)
    first, second, third = sorted(state.touchpoints)
    state.apply(
        touchpoints.update_touchpoints(
            state,
            [first],
            name='=SUM(A1) "quoted"; with, separators',
            description='Line one\nLine two; with "quotes"\n\n  indented',
            responsible="Łódź & Söhne <b>",
            budget=1234.56,
            media_type="earned",
            experience=-2,
        )
    )
    state.apply(touchpoints.update_touchpoints(state, [second], target="0815", as_is="3,5"))
    state.apply(assessment.set_scores(state, [third], 3, as_is=3.4, target=4.75))
    return state


@pytest.mark.parametrize("language", ["de", "en"])
@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_round_trip_keeps_text_and_numbers_that_spreadsheets_mangle(tmp_path, language, suffix):
    original = tricky_state(language)
    path = tmp_path / f"tricky{suffix}"
    export_touchpoints(original, path)
    copy = new_project_state("Copy", language, starter_lanes=False)
    plan = plan_import(read_table(path), copy)
    assert plan.invalid_rows == []
    copy.apply(plan.changes)
    assert described(copy) == described(original)


def test_one_experience_column_per_segment_in_either_language():
    from tpm_desktop.core.sample import sample_state
    from tpm_desktop.reports.touchpoint_export import touchpoint_table

    for language, first in (("en", "Experience: Households"), ("de", "Erlebnis: Privathaushalte")):
        state = sample_state(language)
        headers, rows = touchpoint_table(state)
        segment_headers = [h for h in headers if ": " in h and h.split(": ")[0] in first]
        assert segment_headers[0] == first and len(segment_headers) == 4
        column = headers.index(first)
        households = state.segments()[0]
        by_name = {row[headers.index("Name")]: row[column] for row in rows}
        for tp in state.touchpoints.values():
            relevance = state.segments_of(tp.id).get(households.id)
            if relevance is None:
                assert by_name[tp.name] is None
            else:
                assert by_name[tp.name] == (
                    "relevant" if relevance.experience is None else relevance.experience
                )

"""Import of the "Experience: <segment>" columns: known segments, new ones, bad cells."""

from __future__ import annotations

from tpm_desktop.core.defaults import new_project_state
from tpm_desktop.core.edits import segments
from tpm_desktop.core.model import Segment, TouchpointSegment
from tpm_desktop.core.state import ProjectState
from tpm_desktop.reports.tabular import read_table
from tpm_desktop.reports.touchpoint_columns import SegmentExperience, detect_mapping
from tpm_desktop.reports.touchpoint_import import plan_import


def with_segment(name: str, language: str = "en") -> ProjectState:
    state = new_project_state("Test", language)
    changes, _ = segments.add_segment(state, name)
    state.apply(changes)
    return state


def relevance(state: ProjectState) -> dict[tuple[str, str], int | None]:
    names = {s.id: s.name for s in state.table(Segment).values()}
    return {
        (state.touchpoints[r.touchpoint_id].name, names[r.segment_id]): r.experience
        for r in state.table(TouchpointSegment).values()
    }


def test_a_known_segment_is_read_in_either_language_and_any_case(tmp_path):
    path = tmp_path / "t.csv"
    path.write_text(
        "Name,experience:  business CUSTOMERS,Erlebnis: Business customers\n"
        "Hotline,-2,1\nPortal,relevant,\nShop,,\n",
        encoding="utf-8",
    )
    state = with_segment("Business customers")
    plan = plan_import(read_table(path), state)
    # The second column names the same segment: read from the first one only.
    assert plan.ignored_columns() == ["Erlebnis: Business customers"]
    assert plan.new_segments == [] and plan.invalid_rows == []
    state.apply(plan.changes)
    assert relevance(state) == {
        ("Hotline", "Business customers"): -2,
        ("Portal", "Business customers"): None,  # relevant, the general experience
    }


def test_an_unknown_segment_is_created_and_named_in_the_plan(tmp_path):
    path = tmp_path / "t.csv"
    path.write_text(
        "Name;Erlebnis: Neu-Zugezogene;Erlebnis: Senioren;Erlebnis: Leer\n"
        "Hotline;+1;−2;\nPortal;ja;;\n",
        encoding="utf-8",
    )
    state = new_project_state("Test", "de")
    plan = plan_import(read_table(path), state)
    assert plan.new_segments == ["Neu-Zugezogene", "Senioren"]  # an unused column creates none
    state.apply(plan.changes)
    assert [s.name for s in state.segments()] == ["Neu-Zugezogene", "Senioren"]
    assert relevance(state) == {
        ("Hotline", "Neu-Zugezogene"): 1,
        ("Hotline", "Senioren"): -2,
        ("Portal", "Neu-Zugezogene"): None,
    }


def test_a_bad_segment_cell_rejects_its_row_with_a_clear_message(tmp_path):
    path = tmp_path / "t.csv"
    path.write_text("Name,Experience: Pensioners\nHotline,3\nPortal,1.5\nShop,-1\n", "utf-8")
    state = new_project_state("Test", "en")
    plan = plan_import(read_table(path), state)
    assert [row.number for row in plan.invalid_rows] == [2, 3]
    assert plan.invalid_rows[0].messages("en") == [
        "Row 2: Experience: Pensioners: “3” is not a whole number from -2 to 2 nor “relevant”"
    ]
    assert plan.invalid_rows[0].messages("de") == [
        "Zeile 2: Experience: Pensioners: „3“ ist weder eine ganze Zahl von -2 bis 2 "
        "noch „relevant“"
    ]
    assert plan.new_segments == ["Pensioners"]  # used by the good row


def test_headers_that_name_no_segment_are_not_read_as_one():
    headers = ["Name", "Experience:", "Experience: \x00", "Experience", "Erlebnis – Senioren"]
    mapping = detect_mapping(headers, new_project_state("Test", "en").criteria)
    assert [type(target).__name__ for target in mapping] == [
        "Field",
        "NoneType",
        "NoneType",
        "Field",  # the general experience
        "NoneType",
    ]
    assert detect_mapping(["Experience: A  b"], [])[0] == SegmentExperience.named("a b")


def test_a_huge_or_markup_segment_name_in_a_header_is_safe(tmp_path):
    assert detect_mapping(["Experience: " + "x" * 1_000_000], []) == [None]
    path = tmp_path / "t.csv"
    path.write_text('Name,Experience: <b>VIP</b> & "Co"\nHotline,2\n', encoding="utf-8")
    state = new_project_state("Test", "en")
    plan = plan_import(read_table(path), state)
    state.apply(plan.changes)
    assert [s.name for s in state.segments()] == ['<b>VIP</b> & "Co"']

"""Touchpoint table import: German and English headers, the files Excel writes, bad rows."""

from __future__ import annotations

import dataclasses

import openpyxl
import pytest

from tpm_desktop.core.defaults import new_project_state
from tpm_desktop.core.enums import ChannelKind, Decision, Dimension, MediaType
from tpm_desktop.core.model import Channel, Department, Phase
from tpm_desktop.core.state import ProjectState
from tpm_desktop.reports.tabular import TableError, read_table
from tpm_desktop.reports.touchpoint_columns import Field, ScoreColumn, detect_mapping
from tpm_desktop.reports.touchpoint_import import (
    plan_import,
    read_touchpoint_table,
    with_header_row,
)

GERMAN_CSV = (
    "Touchpoint;Abteilung;Kanal;Kanaltyp;Phase;Beschreibung;Medientyp;Verantwortlich;"
    "Ist-Situation;Soll-Situation;Erlebnis;Entscheidung;Budget;Funktion;Funktion (Soll);"
    "Performance;Notizen\r\n"
    'Störungshotline;Kundenservice;Telefon;offline;Nach dem Kauf;"24 Stunden\r\nerreichbar";'
    "eigen;Jürgen Groß;Warteschleife;Rückruf;-1;Fokussieren;1.234,50;2,5;4;3;intern\r\n"
    "Vergleichsportal;Vertrieb;Portale;online;Vor dem Kauf;;bezahlt;;;;2;vernachlässigen;"
    "€ 800;;;;\r\n"
)


def state_de() -> ProjectState:
    return new_project_state("Test", "de")


def apply(state: ProjectState, plan) -> ProjectState:
    state.apply(plan.changes)
    return state


def by_name(state: ProjectState) -> dict:
    return {tp.name: tp for tp in state.touchpoints.values()}


def lane_name(state: ProjectState, kind, lane_id: int) -> str:
    return state.get(kind, lane_id).name


def test_german_excel_csv_in_windows_1252_with_decimal_commas(tmp_path):
    path = tmp_path / "liste.csv"
    path.write_bytes(GERMAN_CSV.encode("cp1252"))
    state = state_de()
    plan = plan_import(read_table(path), state)
    assert plan.invalid_rows == []
    assert plan.ignored_columns() == ["Notizen"]
    assert plan.created[Dimension.CHANNEL] == ["Portale"]
    assert plan.created[Dimension.DEPARTMENT] == []
    apply(state, plan)
    hotline = by_name(state)["Störungshotline"]
    assert lane_name(state, Department, hotline.department_id) == "Kundenservice"
    assert lane_name(state, Channel, hotline.channel_id) == "Telefon"
    assert lane_name(state, Phase, hotline.phase_id) == "Nach dem Kauf"
    assert hotline.description == "24 Stunden\nerreichbar"
    assert hotline.media_type is MediaType.OWNED
    assert hotline.responsible == "Jürgen Groß"
    assert (hotline.as_is, hotline.target) == ("Warteschleife", "Rückruf")
    assert hotline.experience == -1
    assert hotline.decision is Decision.FOCUS
    assert hotline.budget == 1234.5
    scores = state.scores_of(hotline.id)
    assert (scores[1].as_is, scores[1].target) == (2.5, 4.0)
    assert (scores[2].as_is, scores[2].target) == (3.0, None)
    portal = by_name(state)["Vergleichsportal"]
    assert state.get(Channel, portal.channel_id).kind is ChannelKind.ONLINE
    assert portal.media_type is MediaType.PAID and portal.decision is Decision.NEGLECT
    assert portal.budget == 800.0 and state.scores_of(portal.id) == {}


def test_utf8_csv_with_bom_and_english_headers(tmp_path):
    path = tmp_path / "list.csv"
    text = (
        "\ufeff NAME ,Department,channel,Channel Type,phase,media type,experience,decision,"
        "budget,Function,Function (target)\n"
        'Łódź showroom,Sales,Store,offline,Purchase,earned,2,add,"1,500.25",5,5\n'
    )
    path.write_bytes(text.encode("utf-8"))
    state = new_project_state("Test", "en")
    plan = plan_import(read_table(path), state)
    assert plan.mapping[0] is Field.NAME and plan.mapping[9] == ScoreColumn(1)
    assert plan.mapping[10] == ScoreColumn(1, target=True)
    apply(state, plan)
    showroom = by_name(state)["Łódź showroom"]
    assert lane_name(state, Channel, showroom.channel_id) == "Store"  # existing lane reused
    assert len(state.table(Channel)) == 4
    assert showroom.media_type is MediaType.EARNED and showroom.decision is Decision.ADD
    assert showroom.experience == 2 and showroom.budget == 1500.25
    assert state.scores_of(showroom.id)[1].target == 5.0


def test_xlsx_with_two_sheets_reads_the_chosen_one(tmp_path):
    path = tmp_path / "book.xlsx"
    book = openpyxl.Workbook()
    book.active.title = "Übersicht"
    book.active.append(["Dies ist kein Touchpoint-Blatt"])
    sheet = book.create_sheet("Touchpoints")
    sheet.append(["Name", "Abteilung", "Kanal", "Phase", "Erlebnis", "Budget", "Steuerbarkeit"])
    sheet.append(["Kundenportal", "Digitales", "Portal", "Kauf", 1, 2500.75, 4])
    sheet.append([])  # a blank row in the middle keeps the numbering of later rows
    sheet.append([2024, "Digitales", "Portal", "Kauf", -2.0, None, 5.5])
    book.save(path)
    state = state_de()
    table = read_table(path, sheet="Touchpoints")
    assert table.sheets == ["Übersicht", "Touchpoints"]
    plan = plan_import(table, state)
    assert [row.number for row in plan.rows] == [2, 4]
    assert [m for row in plan.invalid_rows for m in row.messages("de")] == [
        "Zeile 4: Steuerbarkeit: 5.5 liegt außerhalb der Skala 1 bis 5"
    ]
    portal = plan.valid_rows[0].entry
    assert portal.fields["budget"] == 2500.75 and portal.fields["experience"] == 1
    # the first sheet has no name column: nothing to import, and the plan says so
    assert not plan_import(read_table(path), state).has_name_column


def test_bad_rows_are_reported_with_row_number_and_reason(tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text(
        "Name;Entscheidung;Erlebnis;Budget;Funktion;Kanaltyp;Medientyp\n"
        "Gut;behalten;0;100;3;online;eigen\n"
        ";;;;;;\n"  # a blank row: skipped, not reported
        ";fokussieren;;;;;\n"
        "Skala;;;;6;;\n"
        "Entscheidung;vielleicht;;;;;\n"
        "Erlebnis;;3;;;;\n"
        "Halb;;0,5;;;;\n"
        "Budget;;;viel;;;\n"
        "Negativ;;;-5;;;\n"
        "Typ;;;;;hybrid;\n"
        "Medien;;;;;;Fernsehen\n" + "Lang" * 100 + ";;;;;;\n",
        encoding="utf-8",
    )
    plan = plan_import(read_table(path), state_de())
    assert [row.number for row in plan.valid_rows] == [2]
    messages = [m for row in plan.invalid_rows for m in row.messages("en")]
    assert messages == [
        "Row 4: the name is missing",
        "Row 5: Funktion: 6 is off the scale 1 to 5",
        "Row 6: unknown decision “vielleicht” (allowed: keep, focus, combine, neglect, "
        "remove, add; the German words work too)",
        "Row 7: experience “3” is not a whole number from -2 to 2",
        "Row 8: experience “0,5” is not a whole number from -2 to 2",
        "Row 9: budget “viel” is not a number",
        "Row 10: the budget cannot be negative (-5)",
        "Row 11: unknown channel type “hybrid” (allowed: online, offline)",
        "Row 12: unknown media type “Fernsehen” (allowed: owned, paid, earned; the German "
        "words work too)",
        "Row 13: Name: A name can have at most 300 characters",
    ]
    german = plan.invalid_rows[2].messages("de")
    assert german == [
        "Zeile 6: unbekannte Entscheidung „vielleicht“ (erlaubt: beibehalten, fokussieren, "
        "kombinieren, vernachlässigen, streichen, ergänzen; die englischen Begriffe gehen auch)"
    ]
    assert plan.invalid_rows[2].problems[0].message("de", short=True) == (
        "Entscheidung „vielleicht“"
    )
    # the change set holds the good row only
    assert plan.touchpoint_ids and len(plan.touchpoint_ids) == 1


def test_one_row_can_have_several_problems_and_values_are_quoted_short(tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("Name;Erlebnis;Budget\n;" + "x" * 5000 + ";abc\n", encoding="utf-8")
    (row,) = plan_import(read_table(path), state_de()).rows
    assert len(row.problems) == 3
    assert all(len(message) < 120 for message in row.messages("en"))


def test_missing_lanes_are_created_once_in_table_order_and_empty_cells_go_to_not_assigned(
    tmp_path,
):
    path = tmp_path / "lanes.csv"
    path.write_text(
        "Name;Abteilung;Kanal;Kanaltyp;Phase\n"
        "A;Recht;Messe;offline;Reklamation\n"
        "B;recht ;messe;online;\n"
        "C;;;;\n",
        encoding="utf-8",
    )
    state = state_de()
    plan = plan_import(read_table(path), state)
    assert plan.created == {
        Dimension.DEPARTMENT: ["Recht", "Nicht zugeordnet"],
        Dimension.CHANNEL: ["Messe", "Nicht zugeordnet"],
        Dimension.PHASE: ["Reklamation", "Nicht zugeordnet"],
    }
    # B named the new offline channel "online": accepted, noted, the channel stays offline
    assert [(number, note.code) for number, note in plan.notes] == [(3, "channel_kind_conflict")]
    apply(state, plan)
    a, b = by_name(state)["A"], by_name(state)["B"]
    assert a.department_id == b.department_id and a.channel_id == b.channel_id
    assert state.get(Channel, a.channel_id).kind is ChannelKind.OFFLINE


def test_imported_cards_go_to_the_end_of_their_cells(tmp_path):
    state = state_de()
    path = tmp_path / "cells.csv"
    path.write_text(
        "Name;Abteilung;Kanal;Phase\n" + "".join(f"T{i};Vertrieb;Telefon;Kauf\n" for i in range(3)),
        encoding="utf-8",
    )
    apply(state, plan_import(read_table(path), state))
    second = plan_import(read_table(path), state)
    assert second.already_present == 3
    apply(state, second)
    positions = sorted(tp.position for tp in state.touchpoints.values())
    assert positions == [0, 1, 2, 3, 4, 5]


def test_mapping_can_be_changed_by_the_caller(tmp_path):
    path = tmp_path / "odd.csv"
    path.write_text("Bezeichnung;Note\nKundenkarte;4\n", encoding="utf-8")
    state = state_de()
    mapping = detect_mapping(["Bezeichnung", "Note"], state.criteria)
    assert mapping == [None, None]
    plan = plan_import(read_table(path), state, [Field.NAME, ScoreColumn(2)])
    apply(state, plan)
    card = by_name(state)["Kundenkarte"]
    assert state.scores_of(card.id)[2].as_is == 4.0


def test_repeated_headers_are_read_once_and_reported(tmp_path):
    path = tmp_path / "twice.csv"
    path.write_text("Name;Name;Budget\nA;B;1\n", encoding="utf-8")
    plan = plan_import(read_table(path), state_de())
    assert plan.ignored_columns() == ["Name"]
    assert plan.valid_rows[0].entry.name == "A"


def test_the_plan_does_not_change_the_state(tmp_path):
    path = tmp_path / "list.csv"
    path.write_bytes(GERMAN_CSV.encode("cp1252"))
    state = state_de()
    before = ProjectState(state.records())
    plan = plan_import(read_table(path), state)
    assert plan.changes and state.same_content(before)


def test_typographic_minus_in_experience(tmp_path):
    path = tmp_path / "minus.csv"
    path.write_text("Name;Erlebnis\nA;\u22122\n", encoding="utf-8")
    (row,) = plan_import(read_table(path), state_de()).rows
    assert row.entry.fields["experience"] == -2


@pytest.mark.parametrize(
    ("word", "decision"),
    [
        ("Beibehalten", Decision.KEEP),
        ("FOCUS", Decision.FOCUS),
        ("kombinieren", Decision.COMBINE),
        ("Vernachlässigen", Decision.NEGLECT),
        ("streichen", Decision.REMOVE),
        ("Ergänzen", Decision.ADD),
        (" remove ", Decision.REMOVE),
    ],
)
def test_decision_words_in_both_languages(tmp_path, word, decision):
    path = tmp_path / "d.csv"
    path.write_text(f"Name;Decision\nA;{word}\n", encoding="utf-8")
    (row,) = plan_import(read_table(path), state_de()).rows
    assert row.entry.fields["decision"] is decision


def test_criteria_of_another_scale(tmp_path):
    state = state_de()
    criterion = state.criteria[0]
    state = ProjectState(
        [r for r in state.records() if r is not criterion]
        + [dataclasses.replace(criterion, scale_min=0, scale_max=10)]
    )
    path = tmp_path / "s.csv"
    path.write_text("Name;Funktion\nA;9\nB;11\n", encoding="utf-8")
    plan = plan_import(read_table(path), state)
    assert [row.valid for row in plan.rows] == [True, False]


def test_title_rows_above_the_header_are_skipped(tmp_path):
    path = tmp_path / "inventar.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Touchpoint-Inventar Stadtwerke 2026"])
    sheet.append(["Stand: März"])
    sheet.append([])
    sheet.append(["Touchpoint", "Zuständig", "Erlebnis (-2 bis +2)", "Budget [€]"])
    sheet.append(["Kundenmagazin", "Presse", 1, 1200])
    book.save(path)
    state = state_de()
    table = with_header_row(read_table(path), state.criteria)
    assert table.headers == ["Touchpoint", "Zuständig", "Erlebnis (-2 bis +2)", "Budget [€]"]
    plan = plan_import(table, state)
    assert plan.ignored_columns() == []
    (row,) = plan.rows
    assert row.number == 5
    assert row.entry.fields == {"responsible": "Presse", "experience": 1, "budget": 1200.0}
    # a table without any name column stays as it is
    other = tmp_path / "ohne.csv"
    other.write_text("A;B\n1;2\n", encoding="utf-8")
    assert with_header_row(read_table(other), state.criteria).headers == ["A", "B"]


def test_read_touchpoint_table_passes_over_cover_sheets(tmp_path):
    criteria = state_de().criteria
    path = tmp_path / "book.xlsx"
    book = openpyxl.Workbook()
    book.active.title = "Leer"  # an empty cover sheet
    book.create_sheet("Notizen").append(["Keine Liste"])
    book.create_sheet("Liste").append(["Name"])
    book["Liste"].append(["Hotline"])
    book.save(path)
    table = read_touchpoint_table(path, None, criteria)
    assert (table.sheet, table.sheets) == ("Liste", ["Leer", "Notizen", "Liste"])
    assert read_touchpoint_table(path, "Notizen", criteria).headers == ["Keine Liste"]
    del book["Liste"]
    book.save(path)
    assert read_touchpoint_table(path, None, criteria).sheet == "Notizen"  # the first readable
    del book["Notizen"]
    book.save(path)
    with pytest.raises(TableError) as info:
        read_touchpoint_table(path, None, criteria)
    assert info.value.code == "table_empty"


def test_an_english_table_fills_the_default_criteria_and_phases_of_a_german_project(tmp_path):
    path = tmp_path / "english.xlsx"
    book = openpyxl.Workbook()
    book.active.append(
        ["Name", "Department", "Channel", "Phase", "Function", "Function (target)", "Cost/benefit"]
    )
    book.active.append(["Hotline", "Sales", "Phone", "Before purchase", 2, 4, 3])
    book.active.append(["Invoice", "Customer service", "Store", "Post-purchase", 3, None, None])
    book.active.append(["Shop", "Marketing", "Website", "Purchase", None, None, None])
    book.save(path)
    state = state_de()
    plan = plan_import(read_table(path), state)
    assert plan.ignored_columns() == []
    assert plan.mapping[4:] == [ScoreColumn(1), ScoreColumn(1, target=True), ScoreColumn(3)]
    assert plan.created == {dimension: [] for dimension in Dimension}
    apply(state, plan)
    assert [p.name for p in state.lanes(Dimension.PHASE)] == [
        "Vor dem Kauf",
        "Kauf",
        "Nach dem Kauf",
    ]
    hotline, invoice = by_name(state)["Hotline"], by_name(state)["Invoice"]
    assert lane_name(state, Phase, hotline.phase_id) == "Vor dem Kauf"
    assert lane_name(state, Phase, invoice.phase_id) == "Nach dem Kauf"
    assert lane_name(state, Department, hotline.department_id) == "Vertrieb"
    assert lane_name(state, Channel, hotline.channel_id) == "Telefon"
    assert lane_name(state, Channel, invoice.channel_id) == "Filiale"
    score = state.scores_of(hotline.id)[1]
    assert (score.as_is, score.target) == (2.0, 4.0)
    assert state.scores_of(hotline.id)[3].as_is == 3.0


def test_a_german_table_fills_an_english_project_and_translations_are_one_new_lane(tmp_path):
    path = tmp_path / "deutsch.csv"
    path.write_text(
        "Name;Phase;Funktion;Funktion (Soll);Steuerbarkeit (Soll);Kosten-/Leistungsverhältnis\n"
        "A;Vor dem Kauf;1;2;3;4\n"
        "B;Nach dem Kauf;;;;\n",
        encoding="utf-8",
    )
    state = new_project_state("Test", "en", starter_lanes=False)
    plan = plan_import(read_table(path), state)
    assert plan.ignored_columns() == []
    assert plan.mapping[2:] == [
        ScoreColumn(1),
        ScoreColumn(1, target=True),
        ScoreColumn(4, target=True),
        ScoreColumn(3),
    ]
    assert plan.created[Dimension.PHASE] == []
    apply(state, plan)
    assert lane_name(state, Phase, by_name(state)["A"].phase_id) == "Before purchase"
    assert lane_name(state, Phase, by_name(state)["B"].phase_id) == "After purchase"
    # Both names of a default lane that the project lacks make one lane, named as first read.
    other = tmp_path / "mixed.csv"
    other.write_text("Name;Abteilung\nX;Vertrieb\nY;Sales\nZ;Verkauf\n", encoding="utf-8")
    plan = plan_import(read_table(other), state)
    assert plan.created[Dimension.DEPARTMENT] == ["Vertrieb", "Verkauf"]


def test_new_channels_get_their_kind_from_the_column_the_name_or_the_users_choice():
    from tpm_desktop.reports.import_channels import KindSource, new_channels
    from tpm_desktop.reports.tabular import Table

    table = Table(
        ["Name", "Kanal", "Kanaltyp"],
        [
            ["A", "Messe", None],
            ["B", "Kundenportal", None],
            ["C", "Quatsch", None],
            ["D", "Stand", "offline"],
            ["E", "messe", None],  # the same new channel
            ["F", "Telefon", None],  # exists already
            ["G", "Plakat", "online"],  # the table says so
            ["", "Nie", None],  # a row that is not imported creates nothing
        ],
    )
    state = state_de()
    found = [(c.name, c.kind.value, c.source) for c in new_channels(table, state)]
    assert found == [
        ("Messe", "offline", KindSource.NAME),
        ("Kundenportal", "online", KindSource.NAME),
        ("Quatsch", "online", KindSource.DEFAULT),
        ("Stand", "offline", KindSource.COLUMN),
        ("Plakat", "online", KindSource.COLUMN),
    ]
    plan = plan_import(table, state, channel_kinds={"quatsch": ChannelKind.OFFLINE})
    planned = [(c.name, c.kind.value, c.source) for c in plan.new_channels]
    assert planned[2] == ("Quatsch", "offline", KindSource.CHOSEN)
    assert [c[:2] for c in planned] == [
        ("Messe", "offline"),
        ("Kundenportal", "online"),
        ("Quatsch", "offline"),
        ("Stand", "offline"),
        ("Plakat", "online"),
    ]
    apply(state, plan)
    kinds = {c.name: c.kind for c in state.table(Channel).values()}
    assert kinds["Messe"] is ChannelKind.OFFLINE and kinds["Quatsch"] is ChannelKind.OFFLINE
    assert kinds["Kundenportal"] is ChannelKind.ONLINE
    assert plan.created[Dimension.CHANNEL] == [c.name for c in plan.new_channels]


def test_english_channel_names_are_recognised_in_an_english_project():
    from tpm_desktop.reports.tabular import Table

    table = Table(
        ["Name", "Channel"],
        [["A", "Trade fair"], ["B", "Letter"], ["C", "Outdoor"], ["D", "Newsletter"]],
    )
    plan = plan_import(table, new_project_state("T", "en"))
    assert [(c.name, c.kind.value) for c in plan.new_channels] == [
        ("Trade fair", "offline"),
        ("Letter", "offline"),
        ("Outdoor", "offline"),
        ("Newsletter", "online"),
    ]


def test_a_short_id_column_is_kept_when_free_and_renumbered_when_taken():
    from tpm_desktop.reports.tabular import Table

    state = state_de()
    table = Table(
        ["Kürzel", "Name"],
        [["MESSE-1", "Stand"], ["messe-1", "Zweiter Stand"], ["", "Ohne"], ["A B", "Falsch"]],
    )
    assert detect_mapping(table.headers, state.criteria)[0] is Field.CODE
    plan = plan_import(table, state)
    assert [row.number for row in plan.invalid_rows] == [5]
    assert plan.invalid_rows[0].messages("de") == [
        "Zeile 5: Kürzel: Ein Kürzel darf keine Leerzeichen enthalten"
    ]
    plan = plan_import(Table(table.headers, table.rows[:3]), state)
    ((number, note),) = plan.notes
    assert number == 3 and note.code == "code_renumbered"
    apply(state, plan)
    codes = {tp.name: tp.code for tp in state.touchpoints.values()}
    assert codes["Stand"] == "MESSE-1"
    assert codes["Zweiter Stand"] == note.params["code"] and codes["Zweiter Stand"].startswith("T")
    assert codes["Ohne"].startswith("T") and codes["Ohne"] != codes["Zweiter Stand"]
    assert "this one gets" in note.message("en")


def test_exported_short_ids_come_back_in_a_new_project(tmp_path):
    from tests.support.builders import small_state
    from tpm_desktop.reports.touchpoint_export import export_touchpoints

    original = small_state("de")
    path = tmp_path / "liste.csv"
    export_touchpoints(original, path)
    copy = state_de()
    apply(copy, plan_import(read_table(path), copy))
    assert sorted(tp.code for tp in copy.touchpoints.values()) == sorted(
        tp.code for tp in original.touchpoints.values()
    )

"""Workshop input: reading and checking rating tables, aggregating, re-aggregating."""

from __future__ import annotations

import pytest

from tests.support.builders import small_state
from tpm_desktop.core import workshop
from tpm_desktop.core.model import Score, WorkshopRating
from tpm_desktop.reports.table_writer import write_table
from tpm_desktop.reports.tabular import Table
from tpm_desktop.reports.workshop_table import check_table, map_columns, read_workshop_table


def ratings_table(rows, headers=("Participant", "Touchpoint", "Criterion", "Value", "Group")):
    return Table(list(headers), [list(r) for r in rows])


def test_summarise_worked_example():
    # values 2, 4, 4: mean 10/3, population SD sqrt(((4/3)^2 + 2*(2/3)^2) / 3) = 0.943
    result = workshop.summarise([2, 4, 4])
    assert result.mean == pytest.approx(10 / 3)
    assert result.spread == pytest.approx(0.9428, abs=1e-4)
    assert result.count == 3
    assert workshop.summarise([3]).spread == 0


def test_columns_are_found_in_english_and_german():
    found, missing = map_columns(["Teilnehmer", "Touchpoint", "Kriterium", "Wert", "Gruppe"])
    assert found == {"participant": 0, "touchpoint": 1, "criterion": 2, "value": 3, "group": 4}
    assert missing == ()
    _, missing = map_columns(["Name", "Touchpoint", "Value"])
    assert missing == ("participant", "criterion")


def test_rows_are_checked_one_by_one():
    state = small_state()
    table = ratings_table(
        [
            ("Ana", "Website", "Function", 4, "customer"),
            ("Ben", "2", "performance", "3,5", "employee"),  # id and decimal comma
            ("Cem", "Nowhere", "Function", 3, ""),
            ("Dina", "Website", "Function", 9, ""),
            ("Eve", "Website", "Beauty", "x", ""),
            ("", "Website", "Function", 3, ""),
            ("ana", "website", "FUNCTION", 5, ""),  # same participant again
            ("Finn", "Website", "Function", None, ""),  # skipped: no rating, no error
            ("Gus", "Website", "Function", "  ", ""),  # blank is blank
            ("Hal", "Website", "Function", "n/a", ""),  # text is not a blank: reported
            (None, None, None, None, None),  # a wholly empty line: not even counted
        ]
    )
    result = check_table(state, table)
    codes = [[e.code for e in row.errors] for row in result.rows]
    assert codes == [
        [],
        [],
        ["touchpoint_unknown"],
        ["value_off_scale"],
        ["criterion_unknown", "value_not_number"],
        ["participant_missing"],
        ["duplicate_rating"],
        ["value_not_number"],
    ]
    assert result.rows[1].touchpoint_id == 2 and result.rows[1].value == 3.5
    assert result.rows[3].errors[0].param("high") == 5
    assert result.rows[6].errors[0].param("line") == 2
    assert [r.raw.line for r in result.valid] == [2, 3]
    assert result.error_count == 6 and result.blank == 2
    assert result.rows[-1].errors[0].param("value") == "n/a"


def test_names_too_long_are_refused_not_cut():
    state = small_state()
    long_name = "Participant " + "x" * 300
    table = ratings_table(
        [
            (long_name, "Website", "Function", 4, "customer"),
            (long_name[:300], "Website", "Function", 3, "g" * 301),
            ("Ana\x00\x1b", "Website", "Function", 2, "g" * 300),
        ]
    )
    rows = check_table(state, table).rows
    # Both names were cut to 300 characters and stored; two long names differing
    # after that became one participant.
    assert [[(e.code, e.param("field")) for e in row.errors] for row in rows] == [
        [("too_long", "participant")],
        [("too_long", "group")],
        [],
    ]
    changes, _ = workshop.import_changes(state, rows, "w")
    state.apply(changes)
    (rating,) = [r for r in state.table(WorkshopRating).values() if r.batch == "w"]
    assert (rating.participant, rating.group_name) == ("Ana", "g" * 300)


def test_ambiguous_touchpoint_names_are_errors():
    from tpm_desktop.core.edits import touchpoints

    state = small_state()
    state.apply(touchpoints.add_touchpoint(state, "Website", 2, 2, 2)[0])
    result = check_table(state, ratings_table([("Ana", "Website", "Function", 4, "")]))
    assert result.rows[0].errors[0].code == "touchpoint_ambiguous"


def test_missing_columns_give_no_rows():
    result = check_table(small_state(), Table(["Who", "What"], [["a", "b"]]))
    assert result.missing == ("participant", "touchpoint", "criterion", "value")
    assert result.rows == ()


def test_import_sets_mean_spread_and_count_and_keeps_ratings():
    state = small_state()
    table = ratings_table(
        [
            ("Ana", "Hotline", "Function", 2, "customer"),
            ("Ben", "Hotline", "Function", 4, "customer"),
            ("Cem", "Hotline", "Function", 4, "employee"),
            ("Ana", "Hotline", "Performance", 5, "customer"),
            ("Zed", "Nowhere", "Function", 1, ""),
        ]
    )
    result = check_table(state, table)
    before = state.get(Score, (2, 2))
    changes, aggregates = workshop.import_changes(state, result.rows, "Workshop 1")
    state.apply(changes)
    score = state.get(Score, (2, 1))
    assert score.as_is == pytest.approx(3.333)
    assert score.as_is_spread == pytest.approx(0.943)
    assert score.as_is_count == 3
    assert score.target is None
    # performance: one participant, target kept from before
    performance = state.get(Score, (2, 2))
    assert performance.as_is == 5 and performance.as_is_count == 1
    assert performance.target == before.target
    ratings = [r for r in state.table(WorkshopRating).values() if r.batch == "Workshop 1"]
    assert len(ratings) == 4
    assert {r.group_name for r in ratings} == {"customer", "employee"}
    assert aggregates[(2, 1)].count == 3
    # undo restores everything
    state.apply(changes.inverted())
    assert state.get(Score, (2, 1)) is None
    assert state.get(Score, (2, 2)) == before


def test_reaggregate_by_group_and_latest_rating_counts():
    state = small_state()
    table = ratings_table(
        [
            ("Ana", "Hotline", "Function", 2, "customer"),
            ("Ben", "Hotline", "Function", 4, "customer"),
            ("Cem", "Hotline", "Function", 5, "employee"),
        ]
    )
    state.apply(workshop.import_changes(state, check_table(state, table).rows, "W1")[0])
    changes, _ = workshop.aggregate_changes(state, group="customer")
    state.apply(changes)
    score = state.get(Score, (2, 1))
    assert (score.as_is, score.as_is_spread, score.as_is_count) == (3, 1, 2)
    state.apply(workshop.aggregate_changes(state, group="employee")[0])
    assert state.get(Score, (2, 1)).as_is == 5
    # a second workshop where Ana changed her mind: her latest rating counts, once
    again = ratings_table([("Ana", "Hotline", "Function", 5, "customer")])
    state.apply(workshop.import_changes(state, check_table(state, again).rows, "W2")[0])
    state.apply(workshop.aggregate_changes(state)[0])
    score = state.get(Score, (2, 1))
    assert score.as_is == pytest.approx(4.667) and score.as_is_count == 3
    assert workshop.groups(state) == ["customer", "employee"]
    assert "W1" in workshop.batches(state) and "W2" in workshop.batches(state)
    state.apply(workshop.delete_batch_changes(state, "W2"))
    assert "W2" not in workshop.batches(state)


def test_experience_ratings_aggregate_apart_and_set_the_as_is_experience():
    from tpm_desktop.core.edits.builder import Builder

    state = small_state()
    b = Builder(state)
    rows = [("Ana", -2.0, "customer"), ("Ben", 1.0, "customer"), ("Cem", 2.0, "employee")]
    for participant, value, group in rows:
        b.put(WorkshopRating(b.new_id(WorkshopRating), 2, None, participant, value, group, "W"))
    b.put(WorkshopRating(b.new_id(WorkshopRating), 2, None, "ana", -1.0, "customer", "W"))
    b.put(WorkshopRating(b.new_id(WorkshopRating), 2, 1, "Ana", 4.0, "customer", "W"))
    state.apply(b.build())
    ratings = list(state.table(WorkshopRating).values())
    # Ana changed her mind: her latest experience counts, once
    everyone = workshop.experience_aggregate(ratings)[2]
    assert (everyone.mean, everyone.count) == (pytest.approx(2 / 3), 3)
    assert workshop.experience_aggregate(ratings, group="customer")[2].mean == 0
    assert set(workshop.aggregate(ratings, batch="W")) == {(2, 1)}  # criteria only
    score_before = state.get(Score, (2, 1))
    changes, aggregates = workshop.aggregate_changes(state, group="employee")
    state.apply(changes)
    assert state.touchpoints[2].experience == 2 and not aggregates
    assert state.get(Score, (2, 1)) == score_before
    state.apply(workshop.aggregate_changes(state)[0])
    assert state.touchpoints[2].experience == 1  # 0.667 rounded
    state.apply(workshop.delete_batch_changes(state, "W"))
    assert all(r.batch != "W" for r in state.table(WorkshopRating).values())


def test_read_workshop_table_from_csv_file(tmp_path):
    path = tmp_path / "workshop.csv"
    write_table(
        path,
        ["Teilnehmer", "Touchpoint", "Kriterium", "Wert"],
        [["Ana", "Website", "Function", "4"], ["Ben", "Website", "Function", "2"]],
    )
    result = read_workshop_table(small_state(), path)
    assert [row.value for row in result.valid] == [4, 2]


def test_touchpoints_are_found_by_short_id_name_or_old_number():
    from tpm_desktop.core.edits import touchpoints

    state = small_state()
    state.apply(touchpoints.add_touchpoint(state, "Website", 2, 2, 2)[0])  # a second "Website"
    second = max(state.touchpoints)
    state.apply(touchpoints.update_touchpoints(state, [second], code="WEB-2"))
    first = next(
        tp for tp in state.touchpoints.values() if tp.name == "Website" and tp.id != second
    )
    table = ratings_table(
        [
            ("Ana", first.code.lower(), "Function", 4, ""),  # short id, any case
            ("Ana", "web-2", "Function", 3, ""),
            ("Ana", str(first.id), "Performance", 3, ""),  # the old number still works
            ("Ana", "Website", "Performance", 2, ""),  # the name is ambiguous
        ]
    )
    rows = check_table(state, table).rows
    assert [row.touchpoint_id for row in rows] == [first.id, second, first.id, None]
    assert rows[3].errors[0].code == "touchpoint_ambiguous"


def test_a_short_id_column_is_read_before_a_name_column():
    found, missing = map_columns(["Touchpoint", "Kürzel", "Teilnehmer", "Kriterium", "Wert"])
    assert found["touchpoint"] == 1 and missing == ()
    found, _ = map_columns(["Short id", "Participant", "Criterion", "Value"])
    assert found["touchpoint"] == 0
    state = small_state()
    website = next(tp for tp in state.touchpoints.values() if tp.name == "Website")
    table = ratings_table(
        [("Website (renamed on the sheet)", website.code, "Ana", "Function", 4)],
        headers=("Touchpoint", "Kürzel", "Teilnehmer", "Kriterium", "Wert"),
    )
    (row,) = check_table(state, table).rows
    assert row.ok and row.touchpoint_id == website.id

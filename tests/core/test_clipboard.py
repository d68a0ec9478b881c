"""Copying touchpoints as JSON and pasting them back, here or into another project."""

from __future__ import annotations

import json

import pytest

from tests.support.builders import small_state
from tpm_desktop.core.axes import MapAxes, arrange
from tpm_desktop.core.defaults import new_project_state
from tpm_desktop.core.edits import clipboard
from tpm_desktop.core.enums import Decision, Dimension
from tpm_desktop.core.errors import EditError
from tpm_desktop.core.model import Score


def ids_by_name(state):
    return {tp.name: tp.id for tp in state.touchpoints.values()}


def test_copy_and_paste_in_the_same_project_keeps_lanes_fields_and_scores():
    state = small_state()
    website = ids_by_name(state)["Website"]
    text = clipboard.copy_payload(state, [website, 999])
    drafts = clipboard.parse_payload(text)
    assert [d.name for d in drafts] == ["Website"]
    changes, new_ids = clipboard.paste_touchpoints(state, drafts, MapAxes())
    state.apply(changes)
    (copy_id,) = new_ids
    copy, original = state.touchpoints[copy_id], state.touchpoints[website]
    assert (copy.department_id, copy.channel_id, copy.phase_id) == (1, 1, 1)
    assert copy.as_is == original.as_is and copy.decision == original.decision
    scores = {s.criterion_id: (s.as_is, s.target) for s in state.children(Score, copy_id)}
    assert scores == {1: (2.0, 4.0), 2: (3.0, 5.0)}
    assert clipboard.plain_text(state, [website, copy_id]) == "Website\nWebsite"


def test_paste_into_a_cell_at_an_index_keeps_the_hidden_lane():
    state = small_state()
    names = ids_by_name(state)
    drafts = clipboard.parse_payload(clipboard.copy_payload(state, [names["Hotline"]]))
    changes, (new_id,) = clipboard.paste_touchpoints(state, drafts, MapAxes(), (1, 1), 0)
    state.apply(changes)
    pasted = state.touchpoints[new_id]
    assert (pasted.department_id, pasted.channel_id, pasted.phase_id) == (1, 1, 3)
    assert [tp.name for tp in arrange(state, MapAxes())[(1, 1)]] == ["Website", "Hotline"]


def test_paste_into_another_project_matches_lanes_and_criteria_by_name():
    source = small_state("en")
    target = new_project_state("Other", "en")
    names = ids_by_name(source)
    drafts = clipboard.parse_payload(clipboard.copy_payload(source, [names["Shop counter"]]))
    changes, (new_id,) = clipboard.paste_touchpoints(target, drafts, MapAxes())
    target.apply(changes)
    pasted = target.touchpoints[new_id]
    assert pasted.decision is Decision.FOCUS
    assert (pasted.department_id, pasted.channel_id) == (2, 4)
    # No names in common: the same ids when they exist, else the first lane.
    german = new_project_state("Andere", "de")
    changes, (other,) = clipboard.paste_touchpoints(german, drafts, MapAxes())
    german.apply(changes)
    assert (german.touchpoints[other].department_id, german.touchpoints[other].channel_id) == (2, 4)
    drafts[0].lanes[Dimension.DEPARTMENT] = (77, "Nowhere")
    changes, (third,) = clipboard.paste_touchpoints(german, drafts, MapAxes())
    german.apply(changes)
    assert german.touchpoints[third].department_id == german.lanes(Dimension.DEPARTMENT)[0].id


def test_pasted_text_lines_take_the_fallback_lane():
    state = small_state()
    drafts = [clipboard.Draft("Chatbot")]
    changes, (new_id,) = clipboard.paste_touchpoints(
        state, drafts, MapAxes(), (2, 4), None, {"phase_id": 2}
    )
    state.apply(changes)
    assert state.touchpoints[new_id].phase_id == 2


@pytest.mark.parametrize(
    "text",
    [
        "",
        "not json",
        "[]",
        json.dumps({"format": "other", "touchpoints": [{"name": "x"}]}),
        json.dumps({"format": clipboard.FORMAT, "touchpoints": []}),
        json.dumps({"format": clipboard.FORMAT, "touchpoints": [{"name": 5}]}),
        json.dumps({"format": clipboard.FORMAT, "touchpoints": ["x"]}),
        "[" * 100_000,
    ],
)
def test_anything_else_is_refused_with_value_error(text):
    with pytest.raises(ValueError):
        clipboard.parse_payload(text)


def test_bad_values_are_refused_by_the_edit_rules_and_odd_ones_ignored():
    state = small_state()
    payload = {
        "format": clipboard.FORMAT,
        "touchpoints": [
            {
                "name": "Odd",
                "description": 12,
                "lanes": {"department": {"id": True, "name": 3}},
                "scores": [{"criterion": "Function", "as_is": 99, "target": "x"}, "junk"],
            }
        ],
    }
    drafts = clipboard.parse_payload(json.dumps(payload))
    changes, (new_id,) = clipboard.paste_touchpoints(state, drafts, MapAxes())
    state.apply(changes)
    assert state.touchpoints[new_id].description == ""
    assert state.children(Score, new_id) == []  # 99 is off the 1..5 scale
    payload["touchpoints"][0]["experience"] = 7
    with pytest.raises(EditError):
        clipboard.paste_touchpoints(state, clipboard.parse_payload(json.dumps(payload)), MapAxes())

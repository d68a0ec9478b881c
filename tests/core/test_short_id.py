"""The touchpoint's short id: checked, unique, set as one edit."""

from __future__ import annotations

import pytest

from tests.support.builders import small_state
from tpm_desktop.core.edits import touchpoints
from tpm_desktop.core.errors import EditError


def test_a_short_id_is_set_and_checked():
    state = small_state()
    first, second = sorted(state.touchpoints)[:2]
    state.apply(touchpoints.update_touchpoints(state, [first], code="  WEB-1 "))
    assert state.touchpoints[first].code == "WEB-1"
    for code, error in (
        ("", "code_empty"),
        ("   ", "code_empty"),
        ("A B", "code_spaces"),
        ("x" * 17, "code_too_long"),
        ("web-1", "code_taken"),  # another touchpoint has it, in any case
    ):
        with pytest.raises(EditError) as info:
            touchpoints.update_touchpoints(state, [second], code=code)
        assert info.value.code == error
    with pytest.raises(EditError) as taken:
        touchpoints.update_touchpoints(state, [second], code="web-1")
    assert "web-1 is already used by “Website”" in taken.value.message(
        "en"
    ) and "Kürzel" in taken.value.message("de")
    # Its own short id in another case is fine; one id on two touchpoints is not.
    state.apply(touchpoints.update_touchpoints(state, [first], code="web-1"))
    assert state.touchpoints[first].code == "web-1"
    with pytest.raises(EditError):
        touchpoints.update_touchpoints(state, [first, second], code="NEW")
    assert touchpoints.code_owner(state, "WEB-1").id == first
    assert touchpoints.code_owner(state, "WEB-1", [first]) is None

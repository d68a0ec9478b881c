"""Property test of the merge: random edits on two copies of one project, then merge.

Whatever the two sides did, the result is a sound project in which every field only
they changed has their value, every field we changed keeps ours (conflicts default
to ours), nothing we added is lost, and merging again changes nothing.
"""

from __future__ import annotations

import shutil

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.support.builders import small_state
from tpm_desktop.core.edits import touchpoints
from tpm_desktop.core.merge import MergeMode
from tpm_desktop.core.merge.files import apply_result, merge_now, plan_from_file
from tpm_desktop.core.model import Touchpoint
from tpm_desktop.core.project_file import OpenProject
from tpm_desktop.core.workspace import Workspace

FIELDS = {
    "name": st.sampled_from(["Alpha", "Beta", "Gamma"]),
    "as_is": st.sampled_from(["", "slow", "fast"]),
    "experience": st.sampled_from([None, -2, 0, 2]),
    "decision": st.sampled_from(["keep", "focus", "remove"]),
}
edit_op = st.one_of(
    st.tuples(st.just("set"), st.integers(0, 2), st.sampled_from(sorted(FIELDS))).flatmap(
        lambda t: FIELDS[t[2]].map(lambda value: (*t, value))
    ),
    st.tuples(st.just("delete"), st.integers(0, 2)),
    st.tuples(st.just("add"), st.sampled_from(["Chat", "App"])),
)


def run(project: OpenProject, ops, uuids: list[str]) -> tuple[dict, set[str]]:
    """Apply ops; returns {(uuid, field): value} set and the uuids deleted."""
    changed: dict = {}
    deleted: set[str] = set()
    for op in ops:
        state = project.state
        if op[0] == "add":
            changes, _ = touchpoints.add_touchpoint(state, op[1], 1, 1, 1)
            project.commit(changes)
            continue
        touchpoint = state.by_uuid(Touchpoint, uuids[op[1]])
        if touchpoint is None:
            continue
        if op[0] == "delete":
            project.commit(touchpoints.delete_touchpoints(state, [touchpoint.id]))
            deleted.add(touchpoint.uuid)
            continue
        _, _, name, value = op
        changes = touchpoints.update_touchpoints(state, [touchpoint.id], **{name: value})
        if changes:
            project.commit(changes)
            changed[(touchpoint.uuid, name)] = getattr(
                project.state.by_uuid(Touchpoint, touchpoint.uuid), name
            )
    return changed, deleted


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    ours_ops=st.lists(edit_op, max_size=6),
    theirs_ops=st.lists(edit_op, max_size=6),
    prefer=st.sampled_from(["ours", "theirs"]),
)
def test_merge_keeps_both_sides_work(tmp_path_factory, ours_ops, theirs_ops, prefer):
    folder = tmp_path_factory.mktemp("merge")
    workspace = Workspace(folder / "data")
    first = OpenProject.create(small_state(), workspace)
    first.save_as(folder / "ours.tpm")
    uuids = [t.uuid for t in sorted(first.state.touchpoints.values(), key=lambda t: t.id)]
    base = {t.uuid: t for t in first.state.touchpoints.values()}
    first.close()
    shutil.copy(folder / "ours.tpm", folder / "theirs.tpm")
    ours = OpenProject.open(folder / "ours.tpm", workspace)
    theirs = OpenProject.open(folder / "theirs.tpm", workspace)
    try:
        ours_changed, ours_deleted = run(ours, ours_ops, uuids)
        _, theirs_deleted = run(theirs, theirs_ops, uuids)
        ours_added = {t.uuid for t in ours.state.touchpoints.values()} - set(base)
        theirs_after = {t.uuid: t for t in theirs.state.touchpoints.values()}
        ours_after = {t.uuid: t for t in ours.state.touchpoints.values()}
        theirs.save()
        plan = plan_from_file(ours, theirs.path)
        plan.prefer(prefer)
        apply_result(ours, merge_now(plan, "Tester"), "Merge")
        merged = {t.uuid: t for t in ours.state.touchpoints.values()}

        # nothing we added is lost, and everything they added arrives
        assert ours_added <= set(merged)
        assert set(theirs_after) - set(base) <= set(merged)
        codes = [t.code for t in merged.values()]
        assert len(codes) == len(set(codes))
        for uuid in base:
            mine, other = ours_after.get(uuid), theirs_after.get(uuid)
            if mine is None or other is None:
                continue
            for name in FIELDS:
                we = getattr(mine, name) != getattr(base[uuid], name)
                they = getattr(other, name) != getattr(base[uuid], name)
                value = getattr(merged[uuid], name)
                if they and not we:
                    assert value == getattr(other, name)
                elif we and not they:
                    assert value == getattr(mine, name)
                elif we and they:
                    winner = other if prefer == "theirs" else mine
                    assert value == getattr(winner, name)
        # a touchpoint only they deleted, that we did not touch, is gone
        for uuid in theirs_deleted - ours_deleted:
            if not any(key[0] == uuid for key in ours_changed) and uuid in ours_after:
                assert uuid not in merged
        # file and memory agree, and a second merge finds nothing new
        assert ours.reload_state().same_content(ours.state)
        again = plan_from_file(ours, theirs.path)
        assert again.mode is MergeMode.UP_TO_DATE and not again.items
    finally:
        ours.close()
        theirs.close()

"""The shared selection drops touchpoints that disappear."""

from __future__ import annotations

from tests.support.builders import small_state
from tpm_desktop.core.project_file import OpenProject
from tpm_desktop.document.document import ProjectDocument
from tpm_desktop.document.editor import Editor
from tpm_desktop.document.selection import TouchpointSelection


def test_selection_follows_deletes_and_ignores_unknown_ids(qapp, workspace):
    document = ProjectDocument(OpenProject.create(small_state(), workspace))
    selection = TouchpointSelection(document)
    seen = []
    selection.selection_changed.connect(seen.append)
    ids = sorted(document.state.touchpoints)
    selection.set([ids[1], 999, ids[0], ids[1]])
    assert selection.ids == [ids[1], ids[0]] and selection.current == ids[1]
    Editor(document).delete_touchpoints([ids[1]])
    assert selection.ids == [ids[0]]
    assert seen == [[ids[1], ids[0]], [ids[0]]]
    document.close()

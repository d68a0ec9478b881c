"""Model-based test of the document: random edits and imports, undo, redo, save, reopen.

After every step the document in memory and its working copy on disk hold the same
project, the change journal agrees with the data (undoing its change sets since the
file was opened, field by field, gives the state it was opened with), and undo/redo
land exactly on the states seen before. After save and
reopen, the reopened project equals the one saved.

CI runs the "ci" profile (200 examples of up to 50 steps). A longer run:
    HYPOTHESIS_PROFILE=long .venv/bin/python -m pytest -s tests/reliability/test_stateful.py
(3,000 examples of up to 100 steps; TPM_STATEFUL_EXAMPLES=N runs N of them instead.)
Examples Hypothesis finds are kept in tests/reliability/hypothesis-db (committed), so
they replay on every run.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from datetime import date
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.database import DirectoryBasedExampleDatabase
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from tests.support.builders import save_new, small_state
from tpm_desktop.core.attachments import checked_attachment
from tpm_desktop.core.axes import MapAxes
from tpm_desktop.core.enums import Dimension
from tpm_desktop.core.errors import EditError
from tpm_desktop.core.merge.history import revert
from tpm_desktop.core.model import Comment, Criterion, Evidence, Kpi, Measure, Segment
from tpm_desktop.core.portable import portable_state
from tpm_desktop.core.project_file import OpenProject
from tpm_desktop.core.state import ProjectState
from tpm_desktop.core.workspace import Workspace
from tpm_desktop.document.document import ProjectDocument
from tpm_desktop.document.editor import Editor
from tpm_desktop.reports.tabular import Table
from tpm_desktop.reports.touchpoint_import import plan_import

DATABASE = DirectoryBasedExampleDatabase(str(Path(__file__).with_name("hypothesis-db")))
PROFILES = {
    "ci": settings(max_examples=200, stateful_step_count=50),
    "long": settings(max_examples=3000, stateful_step_count=100),
}
COMMON = {
    "deadline": None,
    "database": DATABASE,
    "suppress_health_check": [HealthCheck.too_slow, HealthCheck.data_too_large],
}

# Text that has broken programs before: markup, control characters, RTL, surrogates.
texts = st.one_of(
    st.text(max_size=40),
    st.sampled_from(
        ["<b>Łódź & Söhne</b>", "\x00\x07nul", "שלום עולם", "bad \udc80", " ", "€ 5 < 6", "a\nb"]
    ),
)


_PNG = (  # a 1x1 PNG
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02"
    b"\x00\x00\x00\x90wS\xde\x00\x00\x00\x0cIDATx\x9cc\xf8\xcf\xc0\x00\x00\x03\x01"
    b"\x01\x00\xc9\xfe\x92\xef\x00\x00\x00\x00IEND\xaeB`\x82"
)


def snapshot(state: ProjectState) -> ProjectState:
    return ProjectState(state.records())


class DocumentMachine(RuleBasedStateMachine):
    """Drives a ProjectDocument through its editor like a very erratic user."""

    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="tpm-stateful-"))
        self.workspace = Workspace(self.folder / "data")
        self.path = self.folder / "project.tpm"
        save_new(self.path, small_state(), self.workspace)
        self.saved = None
        self._open()
        self.steps = 0

    def _open(self) -> None:
        self.document = ProjectDocument(OpenProject.open(self.path, self.workspace))
        self.editor = Editor(self.document)
        self.saved = snapshot(self.document.state)
        self.history = {0: snapshot(self.document.state)}
        self.opened = portable_state(self.document.state)
        self.known = {change_set.uuid for change_set in self.document.project.journal()}

    def _after_push(self) -> None:
        index = self.document.undo_stack.index()
        self.history = {i: s for i, s in self.history.items() if i < index}
        self.history[index] = snapshot(self.document.state)

    def _edit(self, action) -> None:
        before = snapshot(self.document.state)
        count = self.document.undo_stack.count()
        index = self.document.undo_stack.index()
        try:
            action()
        except EditError:
            assert self.document.state.same_content(before)
            assert self.document.undo_stack.count() == count
            return
        stack = self.document.undo_stack
        if (stack.count(), stack.index()) == (count, index) and self.document.state.same_content(
            before
        ):
            # A no-op edit pushes nothing, so the redo history must survive it.
            return
        self._after_push()

    def _ids(self, kind) -> list:
        return sorted(self.document.state.table(kind))

    # -- touchpoints ----------------------------------------------------------

    @rule(data=st.data(), name=texts)
    def add_touchpoint(self, data, name):
        state = self.document.state
        lanes = [
            data.draw(st.sampled_from([lane.id for lane in state.lanes(d)]))
            for d in (Dimension.DEPARTMENT, Dimension.CHANNEL, Dimension.PHASE)
        ]
        index = data.draw(st.none() | st.integers(0, 5))
        axes = MapAxes() if index is not None else None
        self._edit(lambda: self.editor.add_touchpoint(name, *lanes, axes=axes, index=index))

    @precondition(lambda self: self.document.state.touchpoints)
    @rule(data=st.data())
    def move_touchpoints(self, data):
        state = self.document.state
        ids = data.draw(
            st.lists(
                st.sampled_from(sorted(state.touchpoints)), min_size=1, max_size=4, unique=True
            )
        )
        axes = data.draw(
            st.sampled_from(
                [
                    MapAxes(),
                    MapAxes(Dimension.PHASE, Dimension.CHANNEL),
                    MapAxes(Dimension.DEPARTMENT, Dimension.PHASE),
                ]
            )
        )
        row = data.draw(st.sampled_from([lane.id for lane in state.lanes(axes.rows)]))
        column = data.draw(st.sampled_from([lane.id for lane in state.lanes(axes.columns)]))
        index = data.draw(st.none() | st.integers(0, 6))
        self._edit(lambda: self.editor.move_touchpoints(axes, ids, row, column, index))

    @precondition(lambda self: self.document.state.touchpoints)
    @rule(data=st.data(), name=texts)
    def rename(self, data, name):
        touchpoint = data.draw(st.sampled_from(sorted(self.document.state.touchpoints)))
        self._edit(lambda: self.editor.rename_touchpoint(touchpoint, name))

    @precondition(lambda self: self.document.state.touchpoints)
    @rule(data=st.data(), text=texts, typing=st.booleans())
    def set_notes(self, data, text, typing):
        touchpoint = data.draw(st.sampled_from(sorted(self.document.state.touchpoints)))
        field = data.draw(st.sampled_from(["as_is", "target", "description"]))
        self._edit(
            lambda: self.editor.set_touchpoint_fields([touchpoint], typing=typing, **{field: text})
        )

    @precondition(lambda self: self.document.state.touchpoints)
    @rule(data=st.data())
    def set_fields(self, data):
        ids = data.draw(
            st.lists(
                st.sampled_from(sorted(self.document.state.touchpoints)),
                min_size=1,
                max_size=3,
                unique=True,
            )
        )
        fields = data.draw(
            st.fixed_dictionaries(
                {},
                optional={
                    "experience": st.none() | st.integers(-3, 3),
                    "decision": st.sampled_from(["keep", "focus", "combine", "remove", "add"]),
                    "is_super": st.booleans(),
                    "budget": st.none() | st.floats(-10, 1e6, allow_nan=False),
                },
            )
        )
        if fields:
            self._edit(lambda: self.editor.set_touchpoint_fields(ids, **fields))

    @precondition(lambda self: self.document.state.touchpoints)
    @rule(data=st.data())
    def delete_touchpoints(self, data):
        ids = data.draw(
            st.lists(
                st.sampled_from(sorted(self.document.state.touchpoints)),
                min_size=1,
                max_size=3,
                unique=True,
            )
        )
        self._edit(lambda: self.editor.delete_touchpoints(ids))

    @precondition(lambda self: self.document.state.touchpoints)
    @rule(data=st.data())
    def duplicate(self, data):
        touchpoint = data.draw(st.sampled_from(sorted(self.document.state.touchpoints)))
        self._edit(lambda: self.editor.duplicate_touchpoints([touchpoint]))

    # -- lanes ------------------------------------------------------------------

    @rule(dimension=st.sampled_from(list(Dimension)), name=texts)
    def add_lane(self, dimension, name):
        self._edit(lambda: self.editor.add_lane(dimension, name))

    @rule(data=st.data(), dimension=st.sampled_from(list(Dimension)))
    def delete_lane(self, data, dimension):
        lanes = [lane.id for lane in self.document.state.lanes(dimension)]
        lane = data.draw(st.sampled_from(lanes))
        others = [other for other in lanes if other != lane]
        move_to = data.draw(st.none() | st.sampled_from(others)) if others else None
        self._edit(lambda: self.editor.delete_lane(dimension, lane, move_to))

    @rule(data=st.data(), dimension=st.sampled_from(list(Dimension)))
    def move_lane(self, data, dimension):
        lanes = [lane.id for lane in self.document.state.lanes(dimension)]
        lane = data.draw(st.sampled_from(lanes))
        index = data.draw(st.integers(0, len(lanes)))
        self._edit(lambda: self.editor.move_lane(dimension, lane, index))

    # -- scores -----------------------------------------------------------------

    @precondition(lambda self: self.document.state.touchpoints)
    @rule(data=st.data(), as_is=st.none() | st.integers(0, 6), goal=st.none() | st.integers(1, 5))
    def set_scores(self, data, as_is, goal):
        state = self.document.state
        ids = data.draw(
            st.lists(
                st.sampled_from(sorted(state.touchpoints)), min_size=1, max_size=3, unique=True
            )
        )
        criterion = data.draw(st.sampled_from(self._ids(Criterion)))
        self._edit(lambda: self.editor.set_scores(ids, criterion, as_is, goal))

    @rule(name=texts, weight=st.floats(0, 5, allow_nan=False))
    def add_criterion(self, name, weight):
        self._edit(lambda: self.editor.add_criterion(name, weight=weight))

    @precondition(lambda self: len(self.document.state.table(Criterion)) > 1)
    @rule(data=st.data())
    def delete_criterion(self, data):
        criterion = data.draw(st.sampled_from(self._ids(Criterion)))
        self._edit(lambda: self.editor.delete_criterion(criterion))

    @rule(data=st.data(), scale=st.sampled_from([(1, 5), (0, 10), (1, 10)]))
    def change_scale(self, data, scale):
        criterion = data.draw(st.sampled_from(self._ids(Criterion)))
        self._edit(lambda: self.editor.change_scale(criterion, *scale))

    # -- measures, KPIs, rounds ----------------------------------------------------

    @precondition(lambda self: self.document.state.touchpoints)
    @rule(data=st.data(), title=texts)
    def add_measure(self, data, title):
        touchpoint = data.draw(st.sampled_from(sorted(self.document.state.touchpoints)))
        self._edit(lambda: self.editor.add_measure(touchpoint, title, cost=100.0))

    @precondition(lambda self: self.document.state.table(Measure))
    @rule(data=st.data(), status=st.sampled_from(["planned", "in_progress", "done", "dropped"]))
    def update_measure(self, data, status):
        measure = data.draw(st.sampled_from(self._ids(Measure)))
        self._edit(lambda: self.editor.update_measure(measure, status=status))

    @precondition(lambda self: self.document.state.touchpoints)
    @rule(data=st.data(), name=texts)
    def add_kpi(self, data, name):
        touchpoint = data.draw(st.sampled_from(sorted(self.document.state.touchpoints)))
        self._edit(lambda: self.editor.add_kpi(touchpoint, name, target=50.0))

    @precondition(lambda self: self.document.state.table(Kpi))
    @rule(
        data=st.data(),
        values=st.lists(st.floats(-1e6, 1e6, allow_nan=False), min_size=1, max_size=5),
    )
    def add_measurements(self, data, values):
        kpi = data.draw(st.sampled_from(self._ids(Kpi)))
        rows = [(kpi, date(2026, 1 + i % 12, 1), v, "") for i, v in enumerate(values)]
        self._edit(lambda: self.editor.add_measurements(rows))

    @rule(
        data=st.data(),
        rows=st.lists(
            st.tuples(texts, st.sampled_from(["Sales", "Vertrieb", "New dept", ""]), texts),
            min_size=1,
            max_size=4,
        ),
    )
    def import_touchpoints(self, data, rows):
        # The wizard's path: plan the table against the state, then one undo step.
        headers = ["Name", "Department", "Channel", "Phase", "Experience", "Decision"]
        table = Table(
            headers,
            [
                [
                    name,
                    department,
                    channel or "Phone",
                    "Purchase",
                    data.draw(st.sampled_from(["1", "-2", "9", ""])),
                    data.draw(st.sampled_from(["focus", "toll", ""])),
                ]
                for name, department, channel in rows
            ],
        )
        plan = plan_import(table, self.document.state)
        if not plan.changes:
            return
        self._edit(lambda: self.editor.apply_changes("Import", plan.changes))

    # -- segments, evidence, comments (schema 3) ------------------------------

    @rule(name=texts, profile=texts)
    def add_segment(self, name, profile):
        self._edit(lambda: self.editor.add_segment(name, profile=profile))

    @precondition(lambda self: self.document.state.table(Segment))
    @rule(data=st.data())
    def delete_segment(self, data):
        segment = data.draw(st.sampled_from(self._ids(Segment)))
        self._edit(lambda: self.editor.delete_segment(segment))

    @precondition(
        lambda self: self.document.state.table(Segment) and self.document.state.touchpoints
    )
    @rule(
        data=st.data(),
        experience=st.none() | st.integers(-3, 3),
        score=st.none() | st.floats(0, 6, allow_nan=False),
        relevant=st.booleans(),
    )
    def segment_experience(self, data, experience, score, relevant):
        segment = data.draw(st.sampled_from(self._ids(Segment)))
        touchpoint = data.draw(st.sampled_from(sorted(self.document.state.touchpoints)))
        which = data.draw(st.sampled_from(["experience", "score", "relevance"]))
        if which == "experience":
            self._edit(
                lambda: self.editor.set_segment_experience([touchpoint], segment, experience)
            )
        elif which == "score":
            criterion = data.draw(st.sampled_from(self._ids(Criterion)))
            self._edit(lambda: self.editor.set_segment_score(touchpoint, segment, criterion, score))
        else:
            self._edit(lambda: self.editor.set_segment_relevant([touchpoint], segment, relevant))

    @precondition(lambda self: self.document.state.touchpoints)
    @rule(
        data=st.data(),
        payload=st.binary(max_size=64),
        name=st.sampled_from(["a.txt", "b.pdf", "c.png", "d\x00.csv", "../e.md"]),
    )
    def attach_file(self, data, payload, name):
        touchpoint = data.draw(st.sampled_from(sorted(self.document.state.touchpoints)))
        content = _PNG if name == "c.png" and data.draw(st.booleans()) else payload

        def attach():
            self.editor.attach_file(touchpoint, checked_attachment(content, name))

        self._edit(attach)

    @precondition(lambda self: self.document.state.touchpoints)
    @rule(data=st.data(), text=texts, source=texts)
    def add_quote_or_link(self, data, text, source):
        touchpoint = data.draw(st.sampled_from(sorted(self.document.state.touchpoints)))
        if data.draw(st.booleans()):
            self._edit(lambda: self.editor.add_quote(touchpoint, text, source))
        else:
            self._edit(lambda: self.editor.add_link(touchpoint, "https://example.org/" + text))

    @precondition(lambda self: self.document.state.table(Evidence))
    @rule(data=st.data(), in_report=st.booleans())
    def change_or_delete_evidence(self, data, in_report):
        evidence = data.draw(st.sampled_from(self._ids(Evidence)))
        if data.draw(st.booleans()):
            self._edit(lambda: self.editor.update_evidence(evidence, in_report=in_report))
        else:
            self._edit(lambda: self.editor.delete_evidence([evidence]))

    @precondition(lambda self: self.document.state.touchpoints)
    @rule(data=st.data(), text=texts)
    def comment(self, data, text):
        touchpoint = data.draw(st.sampled_from(sorted(self.document.state.touchpoints)))
        threads = [c.id for c in self.document.state.comments_of(touchpoint)]
        parent = data.draw(st.none() | st.sampled_from(threads)) if threads else None
        self._edit(lambda: self.editor.add_comment(touchpoint, text, parent))

    @precondition(lambda self: self.document.state.table(Comment))
    @rule(data=st.data(), resolved=st.booleans())
    def resolve_or_delete_comment(self, data, resolved):
        comment = data.draw(st.sampled_from(self._ids(Comment)))
        if data.draw(st.booleans()):
            self._edit(lambda: self.editor.set_comment_resolved(comment, resolved))
        else:
            self._edit(lambda: self.editor.delete_comment(comment))

    @rule(name=texts)
    def close_round(self, name):
        self._edit(lambda: self.editor.close_round(name, date(2026, 6, 30)))

    # -- undo, redo, save, reopen -----------------------------------------------------

    @rule()
    def undo(self):
        stack = self.document.undo_stack
        if stack.canUndo():
            stack.undo()
            assert self.document.state.same_content(self.history[stack.index()])

    @rule()
    def redo(self):
        stack = self.document.undo_stack
        if stack.canRedo():
            stack.redo()
            assert self.document.state.same_content(self.history[stack.index()])

    @rule()
    def save(self):
        self.document.save()
        self.saved = snapshot(self.document.state)
        assert not self.document.modified

    @rule()
    def close_and_reopen(self):
        self.document.close()
        self._open()
        assert self.document.state.same_content(self.saved)

    @invariant()
    def memory_equals_working_copy(self):
        self.steps += 1
        assert self.document.project.reload_state().same_content(self.document.state)

    @invariant()
    def journal_agrees_with_data(self):
        since = [cs for cs in self.document.project.journal() if cs.uuid not in self.known]
        assert revert(portable_state(self.document.state), since) == self.opened

    def teardown(self):
        self.document.close()
        shutil.rmtree(self.folder, ignore_errors=True)
        STEPS[0] += self.steps


STEPS = [0]


def test_document_state_machine(qapp):
    profile = os.environ.get("HYPOTHESIS_PROFILE", "ci")
    chosen = settings(PROFILES.get(profile, PROFILES["ci"]), **COMMON)
    if os.environ.get("TPM_STATEFUL_EXAMPLES"):  # a long run that fits the time at hand
        chosen = settings(chosen, max_examples=int(os.environ["TPM_STATEFUL_EXAMPLES"]))
    DocumentMachine.TestCase.settings = chosen
    DocumentMachine.TestCase().runTest()
    print(f"stateful steps: {STEPS[0]}")

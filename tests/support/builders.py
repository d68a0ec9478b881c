"""Small project builders shared by tests."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tpm_desktop.core.changes import Change, ChangeSet
from tpm_desktop.core.defaults import new_project_state
from tpm_desktop.core.edits import assessment, monitoring, project, touchpoints
from tpm_desktop.core.model import Setting, WorkshopRating
from tpm_desktop.core.project_file import OpenProject
from tpm_desktop.core.state import ProjectState
from tpm_desktop.core.workspace import Workspace


def small_state(language: str = "en") -> ProjectState:
    """A project with a little of everything: lanes, touchpoints, scores, measures, KPIs."""
    state = new_project_state("Small project", language)

    def apply(result):
        changes, new_id = result if isinstance(result, tuple) else (result, None)
        state.apply(changes)
        return new_id

    web = apply(touchpoints.add_touchpoint(state, "Website", 1, 1, 1, as_is="Slow.\nOld."))
    hotline = apply(touchpoints.add_touchpoint(state, "Hotline", 3, 3, 3, experience=-1))
    apply(touchpoints.add_touchpoint(state, "Shop counter", 2, 4, 2, decision="focus"))
    apply(assessment.set_scores(state, [web], 1, as_is=2, target=4))
    apply(assessment.set_scores(state, [web, hotline], 2, as_is=3, target=5))
    apply(
        monitoring.add_measure(
            state,
            hotline,
            "Call-back service",
            due_date=date(2026, 3, 1),
            status="in_progress",
            cost=5000.0,
            quick_win=True,
        )
    )
    kpi = apply(
        monitoring.add_kpi(state, hotline, "Waiting time", unit="s", target=60.0, direction="lower")
    )
    apply(
        monitoring.add_measurements(
            state, [(kpi, date(2026, m, 15), 100.0 - 5 * m, "") for m in range(1, 7)]
        )
    )
    apply(monitoring.close_round(state, "Baseline", date(2026, 2, 1)))
    apply(project.set_combinations(state, web, [hotline]))
    state.apply(
        ChangeSet(
            (
                Change(
                    None,
                    WorkshopRating(
                        id=1,
                        touchpoint_id=web,
                        criterion_id=1,
                        participant="Ana",
                        value=2.0,
                        group_name="customer",
                        batch="w1",
                    ),
                ),
                Change(
                    None,
                    Setting(name="map.axes", value='{"columns": "channel", "rows": "department"}'),
                ),
            )
        )
    )
    return state


def save_new(path: Path, state: ProjectState | None = None, workspace: Workspace | None = None):
    """Create a project file at `path`; returns the saved state."""
    opened = OpenProject.create(state or small_state(), workspace)
    try:
        opened.save_as(path)
        return opened.state
    finally:
        opened.close()

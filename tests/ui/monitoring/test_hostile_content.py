"""A received file may hold huge names and markup: panels cut and escape, never render it."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt

from tests.support.builders import save_new, small_state
from tests.ui.monitoring.conftest import monitoring_feature
from tpm_desktop.core.changes import Change, ChangeSet
from tpm_desktop.core.model import Kpi, Measure, Measurement, Touchpoint

HUGE = "<img src='x'><b>Riesig</b> " + "x" * 10_000_000


def hostile_file(tmp_path):
    state = small_state()
    hotline = next(t for t in state.touchpoints.values() if t.name == "Hotline")
    (measure,) = state.table(Measure).values()
    (kpi,) = state.table(Kpi).values()
    first = state.measurements_of(kpi.id)[0]
    changes = [
        Change(hotline, dataclasses.replace(hotline, name=HUGE)),
        Change(measure, dataclasses.replace(measure, title=HUGE, owner=HUGE)),
        Change(kpi, dataclasses.replace(kpi, name=HUGE, unit="<b>u</b>" * 1000)),
        Change(first, dataclasses.replace(first, note=HUGE)),
    ]
    state.apply(ChangeSet(tuple(changes)))
    path = tmp_path / "user" / "hostile.tpm"
    path.parent.mkdir()
    save_new(path, state)
    return path, hotline.id


def test_huge_names_with_markup_are_cut_and_escaped(window, tmp_path):
    path, hotline = hostile_file(tmp_path)
    assert window.open_path(path)
    feature = monitoring_feature(window)
    feature.measures_dock.raise_()
    window.context.selection.set([hotline])
    measures = feature.measures
    item = measures.tree.topLevelItem(0)
    assert len(item.text(0)) < 200
    assert item.toolTip(0).startswith("<qt>&lt;img src=")
    assert len(measures.header.full_text()) < 300
    feature.kpi_dock.raise_()
    kpis = feature.kpis
    summary = kpis.summary.text()
    assert "<img" not in summary and "&lt;img" in summary and len(summary) < 2000
    assert kpis.kpi_list.topLevelItem(0).toolTip(0).startswith("<qt>&lt;img")
    note_tip = kpis.entry.model.index(0, 2).data(Qt.ItemDataRole.ToolTipRole)
    assert note_tip.startswith("<qt>&lt;img") and len(note_tip) < 2000
    for dock in (
        feature.kpi_dock,
        feature.plan_dock,
        feature.due_dock,
        feature.rounds_dock,
        feature.history_dock,
    ):
        dock.raise_()
        assert not dock.grab().isNull()  # paints without laying out 10 MB of text
    feature.plan_dock.raise_()
    title = feature.plan.proxy.index(0, 0).data()
    assert len(title) < 200
    assert window.context.document.state.get(Touchpoint, hotline).name == HUGE
    assert len(window.context.document.state.table(Measurement)) == 6

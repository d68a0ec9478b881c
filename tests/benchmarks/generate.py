"""Synthetic projects of N touchpoints for the benchmarks (12 departments x 16 channels x 3 phases).

python -m tests.benchmarks.generate N OUT.tpm
"""

from __future__ import annotations

import random
import sys
from datetime import date, timedelta
from pathlib import Path

from tpm_desktop.core.defaults import PALETTE, new_project_state
from tpm_desktop.core.enums import ChannelKind, Decision, Direction, MeasureStatus, MediaType
from tpm_desktop.core.model import (
    Channel,
    Department,
    Kpi,
    Measure,
    Measurement,
    Record,
    Score,
    Touchpoint,
)
from tpm_desktop.core.project_file import OpenProject
from tpm_desktop.core.state import ProjectState
from tpm_desktop.core.workspace import Workspace

DEPARTMENTS = 12
CHANNELS = 16
WORDS = [
    "Website",
    "Hotline",
    "Invoice",
    "Newsletter",
    "Portal",
    "App",
    "Counter",
    "Delivery",
    "Technician",
    "Survey",
    "Brochure",
    "Event",
    "Chat",
    "Review",
    "Contract",
    "Reminder",
    "Onboarding",
    "Complaint",
    "Voucher",
    "Catalogue",
]


def synthetic_state(n: int, seed: int = 1) -> ProjectState:
    """A project with n touchpoints, scores for most, a measure per 10 and a KPI per 50."""
    rng = random.Random(seed)
    state = new_project_state(f"Benchmark {n}", "en", starter_lanes=False)
    records: list[Record] = list(state.records())
    records += [
        Department(i, f"Department {i}", i - 1, PALETTE[i % len(PALETTE)], f"Contact {i}")
        for i in range(1, DEPARTMENTS + 1)
    ]
    records += [
        Channel(
            i,
            f"Channel {i}",
            i - 1,
            ChannelKind.ONLINE if i <= CHANNELS // 2 else ChannelKind.OFFLINE,
            PALETTE[(i + 3) % len(PALETTE)],
        )
        for i in range(1, CHANNELS + 1)
    ]
    positions: dict[tuple[int, int, int], int] = {}
    today = date.today()
    kpi_id = measurement_id = measure_id = 0
    for tp_id in range(1, n + 1):
        cell = (rng.randint(1, DEPARTMENTS), rng.randint(1, CHANNELS), rng.randint(1, 3))
        position = positions.get(cell, 0)
        positions[cell] = position + 1
        name = f"{rng.choice(WORDS)} {rng.choice(WORDS).lower()} {tp_id}"
        records.append(
            Touchpoint(
                id=tp_id,
                name=name,
                department_id=cell[0],
                channel_id=cell[1],
                phase_id=cell[2],
                position=position,
                description=f"Synthetic touchpoint {tp_id}.",
                media_type=rng.choice(list(MediaType)),
                responsible=f"Person {rng.randint(1, 40)}",
                as_is="The customer waits too long and gets no confirmation. " * rng.randint(1, 4),
                target="Confirmation within a minute, status visible online.",
                experience=rng.choice((None, -2, -1, 0, 1, 2)),
                decision=rng.choice(list(Decision)),
                is_super=rng.random() < 0.03,
                budget=rng.choice((None, 1000.0 * rng.randint(1, 50))),
            )
        )
        if rng.random() < 0.9:
            for criterion in range(1, 5):
                as_is = rng.randint(1, 5)
                records.append(Score(tp_id, criterion, as_is, min(5, as_is + rng.randint(0, 2))))
        if tp_id % 10 == 0:
            measure_id += 1
            records.append(
                Measure(
                    measure_id,
                    tp_id,
                    f"Measure for {name}",
                    owner=f"Person {rng.randint(1, 40)}",
                    due_date=today + timedelta(days=rng.randint(-60, 180)),
                    status=rng.choice(list(MeasureStatus)),
                    cost=1000.0 * rng.randint(1, 20),
                    quick_win=rng.random() < 0.3,
                )
            )
        if tp_id % 50 == 0:
            kpi_id += 1
            records.append(
                Kpi(kpi_id, tp_id, f"KPI {kpi_id}", "%", 80.0, rng.choice(list(Direction)))
            )
            for month in range(12):
                measurement_id += 1
                when = today - timedelta(days=30 * (12 - month))
                records.append(Measurement(measurement_id, kpi_id, when, 60 + rng.random() * 30))
    return ProjectState(records)


def make_project(n: int, target: Path, workspace: Workspace | None = None, seed: int = 1) -> Path:
    """Write a synthetic project of n touchpoints to `target`."""
    project = OpenProject.create(synthetic_state(n, seed), workspace)
    try:
        project.save_as(target)
    finally:
        project.close()
    return target


if __name__ == "__main__":
    print(make_project(int(sys.argv[1]), Path(sys.argv[2])))

"""Common touchpoint KPIs offered when adding one, with sensible units, targets and directions."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from tpm_desktop.core.enums import Direction, Frequency


@dataclass(frozen=True, slots=True)
class KpiExample:
    """A ready-made KPI definition; the user adjusts the target afterwards."""

    name: str
    hint: str
    unit: str
    target: float | None
    direction: Direction
    frequency: Frequency


def examples() -> list[KpiExample]:
    """The examples in the interface language."""

    higher, lower = Direction.HIGHER, Direction.LOWER
    monthly, quarterly = Frequency.MONTHLY, Frequency.QUARTERLY
    return [
        KpiExample(
            QCoreApplication.translate("KpiExamples", "Net Promoter Score (NPS)"),
            QCoreApplication.translate(
                "KpiExamples", "Promoters minus detractors, from -100 to +100"
            ),
            "",
            30.0,
            higher,
            quarterly,
        ),
        KpiExample(
            QCoreApplication.translate("KpiExamples", "Customer satisfaction (CSAT)"),
            QCoreApplication.translate("KpiExamples", "Share of satisfied or very satisfied"),
            "%",
            85.0,
            higher,
            monthly,
        ),
        KpiExample(
            QCoreApplication.translate("KpiExamples", "Customer effort score (CES)"),
            QCoreApplication.translate(
                "KpiExamples", "“It was easy to get my issue resolved”, 1 to 7"
            ),
            "",
            5.5,
            higher,
            monthly,
        ),
        KpiExample(
            QCoreApplication.translate("KpiExamples", "Complaint rate"),
            QCoreApplication.translate("KpiExamples", "Complaints per 100 contacts"),
            "%",
            1.0,
            lower,
            monthly,
        ),
        KpiExample(
            QCoreApplication.translate("KpiExamples", "Conversion rate"),
            QCoreApplication.translate("KpiExamples", "Share of visits that end in a contract"),
            "%",
            3.0,
            higher,
            monthly,
        ),
        KpiExample(
            QCoreApplication.translate("KpiExamples", "Call waiting time"),
            QCoreApplication.translate("KpiExamples", "Average seconds until an agent answers"),
            "s",
            60.0,
            lower,
            monthly,
        ),
        KpiExample(
            QCoreApplication.translate("KpiExamples", "First-contact resolution"),
            QCoreApplication.translate(
                "KpiExamples", "Share of issues solved at the first contact"
            ),
            "%",
            75.0,
            higher,
            monthly,
        ),
    ]

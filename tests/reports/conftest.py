"""Reports built once per session from the sample project (they are only read)."""

from __future__ import annotations

from datetime import date

import pytest

from tpm_desktop.core.model import Department
from tpm_desktop.core.sample import sample_state
from tpm_desktop.reports.pdf.builder import build_department_report, build_report
from tpm_desktop.reports.pdf.options import ReportOptions

TODAY = date(2026, 6, 15)


@pytest.fixture(scope="session")
def sample_en():
    return sample_state("en", today=TODAY)


@pytest.fixture(scope="session")
def executive_pdf(sample_en) -> bytes:
    return build_report(sample_en, ReportOptions(language="en", today=TODAY))


@pytest.fixture(scope="session")
def service_department(sample_en) -> Department:
    return next(d for d in sample_en.table(Department).values() if d.name == "Customer Service")


@pytest.fixture(scope="session")
def department_pdf(sample_en, service_department) -> bytes:
    return build_department_report(
        sample_en, service_department.id, ReportOptions(language="en", today=TODAY)
    )

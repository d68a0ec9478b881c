"""The features the main window installs, in order (see tpm_desktop.ui.feature)."""

from __future__ import annotations

from tpm_desktop.ui.assessment.feature import AssessmentFeature
from tpm_desktop.ui.canvas.feature import MapFeature
from tpm_desktop.ui.evidence.feature import EvidenceFeature
from tpm_desktop.ui.feature import Feature
from tpm_desktop.ui.importer.feature import ImportExportFeature
from tpm_desktop.ui.journey.feature import JourneyFeature
from tpm_desktop.ui.merge.feature import MergeFeature
from tpm_desktop.ui.monitoring.feature import MonitoringFeature
from tpm_desktop.ui.presentation.feature import PresentationFeature
from tpm_desktop.ui.report.feature import ReportFeature
from tpm_desktop.ui.slides.feature import SlidesFeature

# The map comes first: it is the central widget the docks of the others sit around.
FEATURES: list[type[Feature]] = [
    MapFeature,
    JourneyFeature,
    AssessmentFeature,
    EvidenceFeature,
    MonitoringFeature,
    ImportExportFeature,
    MergeFeature,
    ReportFeature,
    SlidesFeature,
    PresentationFeature,
]

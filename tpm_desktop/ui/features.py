"""The features the main window installs, in order (see tpm_desktop.ui.feature)."""

from __future__ import annotations

from tpm_desktop.ui.canvas.feature import MapFeature
from tpm_desktop.ui.feature import Feature
from tpm_desktop.ui.importer.feature import ImportExportFeature
from tpm_desktop.ui.monitoring.feature import MonitoringFeature
from tpm_desktop.ui.report.feature import ReportFeature

FEATURES: list[type[Feature]] = [MapFeature, ImportExportFeature, MonitoringFeature, ReportFeature]

"""The features the main window installs, in order (see tpm_desktop.ui.feature)."""

from __future__ import annotations

from tpm_desktop.ui.feature import Feature
from tpm_desktop.ui.monitoring.feature import MonitoringFeature

FEATURES: list[type[Feature]] = [MonitoringFeature]

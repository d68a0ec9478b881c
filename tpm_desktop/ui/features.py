"""The features the main window installs, in order (see tpm_desktop.ui.feature)."""

from __future__ import annotations

from tpm_desktop.ui.assessment.feature import AssessmentFeature
from tpm_desktop.ui.feature import Feature

FEATURES: list[type[Feature]] = [AssessmentFeature]

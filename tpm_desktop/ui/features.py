"""The features the main window installs, in order (see tpm_desktop.ui.feature)."""

from __future__ import annotations

from tpm_desktop.ui.canvas.feature import MapFeature
from tpm_desktop.ui.feature import Feature

FEATURES: list[type[Feature]] = [MapFeature]

"""Where the application keeps its own files, and where its resources are."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "TPM Desktop"
DATA_DIR_VARIABLE = "TPM_DESKTOP_DATA_DIR"


def data_dir() -> Path:
    """The application's data folder (working copies, locks); tests override it by env."""
    override = os.environ.get(DATA_DIR_VARIABLE)
    if override:
        return Path(override)
    return platformdirs.user_data_path(APP_NAME, appauthor=False)


def resources_dir() -> Path:
    """The `resources/` folder shipped beside the package."""
    return Path(__file__).resolve().parent.parent.parent / "resources"

"""Installing and the start script: quiet, and each line said once."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_license_is_an_spdx_expression():
    # A table ({text = ...}) makes setuptools print screens of deprecation warnings.
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert project["project"]["license"] == "LicenseRef-Proprietary"
    requires = project["build-system"]["requires"]
    assert any(re.fullmatch(r"setuptools>=(7[7-9]|[89]\d)(\.\d+)*", r) for r in requires)


def test_start_script_leaves_the_report_path_to_the_command():
    # `tpm-desktop report` prints "Wrote PATH"; the script must not say it again.
    script = (ROOT / "scripts" / "start.sh").read_text(encoding="utf-8")
    assert len(re.findall(r"tpm-desktop report ", script)) == 1
    assert not re.search(r"echo .*(written|report)", script, re.IGNORECASE)

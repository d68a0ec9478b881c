"""Installing, the start script and the README: quiet, each line said once, complete."""

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


def test_the_readme_documents_every_command_and_the_display():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    using = readme.split("## Using it", 1)[1].split("\n## ", 1)[0]
    for command in ("new", "check", "info", "report", "import", "export"):
        assert f"tpm-desktop {command} " in using, command
    assert "--all-departments DIR" in using and "--department NAME" in using
    assert "QT_QPA_PLATFORM=offscreen" in using and "xvfb-run" in using

"""Every interface string is translated into German, with English plural forms."""

from __future__ import annotations

import string
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_translation_catalogues_are_complete_and_compiled():
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "i18n.py"), "check"],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_core_and_cli_catalogues_have_both_languages():
    from tpm_desktop.cli.texts import TEXTS
    from tpm_desktop.core.messages import CATALOGUE

    for catalogue in (CATALOGUE, TEXTS):
        assert set(catalogue["de"]) == set(catalogue["en"])
        for key, english in catalogue["en"].items():
            german = catalogue["de"][key]
            assert german.strip() and english.strip(), key
            # the same placeholders in both languages
            assert placeholders(german) == placeholders(english), key


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}

"""Using the command line wrongly: mistyped commands, no display, help in German."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tpm_desktop.cli.main import main
from tpm_desktop.core.enums import Dimension
from tpm_desktop.core.project_file import read_project

ROOT = Path(__file__).resolve().parents[2]


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def no_gui(monkeypatch):
    """Fail the test if the application would start."""
    import tpm_desktop.ui.app

    def started(*args):
        raise AssertionError(f"the GUI was started with {args}")

    monkeypatch.setattr(tpm_desktop.ui.app, "run_app", started)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["exprot"],
            "tpm-desktop: unknown command “exprot”; did you mean “export”? "
            "(tpm-desktop --help lists the commands)\n",
        ),
        (
            ["bogus"],
            "tpm-desktop: “bogus” is neither a command nor an existing file "
            "(tpm-desktop --help lists the commands)\n",
        ),
        (["improt", "a.tpm", "b.csv"], "did you mean “import”?"),
        (["--lang", "de", "repotr"], "did you mean “report”?"),
        (["missing.tpm"], "“missing.tpm” is neither a command nor an existing file"),
    ],
)
def test_a_mistyped_command_is_one_line_and_status_2(
    capsys, monkeypatch, tmp_path, no_gui, args, message
):
    monkeypatch.chdir(tmp_path)
    code, out, err = run(capsys, *args)
    assert (code, out) == (2, "")
    assert err.count("\n") == 1 and message in err


def test_a_mistyped_command_in_german(capsys, monkeypatch, no_gui):
    monkeypatch.setenv("LANGUAGE", "de")
    code, _, err = run(capsys, "exprot")
    assert code == 2
    assert err == (
        "tpm-desktop: unbekannter Befehl „exprot“; meinten Sie „export“? "
        "(tpm-desktop --help zeigt die Befehle)\n"
    )


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11/Wayland only")
def test_without_a_display_the_gui_explains_instead_of_aborting(capsys, monkeypatch, no_gui):
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    code, out, err = run(capsys)
    assert (code, out) == (1, "")
    assert err.startswith("tpm-desktop: no display found: the application needs a graphical")
    assert "xvfb-run" in err and "QT_QPA_PLATFORM=offscreen" in err and err.count("\n") == 1


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11/Wayland only")
def test_the_installed_command_does_not_abort_without_a_display(tmp_path):
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    env["PYTHONPATH"] = str(ROOT)
    for args in ([], ["bogus"]):
        result = subprocess.run(
            [sys.executable, "-m", "tpm_desktop", *args],
            capture_output=True,
            text=True,
            env=env,
            cwd=tmp_path,
            timeout=60,
        )
        assert result.returncode == (2 if args else 1), result.stderr
        assert result.stderr.count("\n") == 1 and "qt.qpa" not in result.stderr


def test_help_is_one_block_in_english(capsys):
    code, out, _ = run(capsys, "--help")
    assert code == 0
    assert out.count("usage:") == 1
    assert "tpm-desktop [--lang {de,en}] [FILE]" in out
    assert "show this help and exit" in out and "report " in out and "FILE " in out


def test_help_and_argparse_texts_in_german(capsys, monkeypatch):
    monkeypatch.setenv("LANGUAGE", "de")
    code, out, _ = run(capsys, "--help")
    assert code == 0
    english = ("usage:", "positional arguments", "options:", "show this help message and exit")
    assert not [text for text in english if text in out]
    assert out.count("Aufruf:") == 1
    assert "Optionen:" in out and "diese Hilfe zeigen und beenden" in out
    assert "Start der Anwendung:" in out and "Befehle (ohne Befehl startet" in out
    code, out, _ = run(capsys, "import", "--help")
    assert code == 0 and out.startswith("Aufruf: tpm-desktop import")
    assert "Argumente:" in out and "Optionen:" in out and "positional" not in out
    code, _, err = run(capsys, "import", "x.tpm")
    assert code == 2 and "tpm-desktop import: Fehler: diese Argumente fehlen: TABELLE" in err
    code, _, err = run(capsys, "new", "x.tpm", "--lang", "fr")
    assert code == 2 and "Argument --lang: ungültige Wahl: 'fr'" in err


@pytest.mark.parametrize(("environment", "language"), [("de_DE.UTF-8", "de"), ("en_GB", "en")])
def test_new_takes_the_language_of_the_environment(
    tmp_path, capsys, monkeypatch, environment, language
):
    monkeypatch.setenv("LANGUAGE", environment)
    path = tmp_path / "p.tpm"
    assert run(capsys, "new", str(path))[0] == 0
    assert read_project(path).project.language == language
    phases = [p.name for p in read_project(path).lanes(Dimension.PHASE)]
    assert phases[0] == ("Vor dem Kauf" if language == "de" else "Before purchase")


COMMANDS = ("new", "check", "info", "report", "import", "export", "merge", "diff")
# Placeholders the English help writes for values; German writes its own words.
ENGLISH_PLACEHOLDERS = re.compile(
    r"\b(FILE|TABLE|OUT|OURS|THEIRS|DIR|SECTION|KIND|COMMAND|YYYY-MM-DD)\b"
)
ARGPARSE_ENGLISH = ("usage:", "positional arguments", "options:", "show this help message")


def all_help(capsys) -> str:
    """The main help and every command's help, as printed."""
    texts = []
    for args in (["--help"], *([command, "--help"] for command in COMMANDS)):
        code, out, err = run(capsys, *args)
        assert (code, err) == (0, ""), args
        texts.append(out)
    return "\n".join(texts)


def test_every_help_in_german_has_no_english_placeholder(capsys, monkeypatch):
    monkeypatch.setenv("LANGUAGE", "de")
    text = all_help(capsys)
    assert ENGLISH_PLACEHOLDERS.findall(text) == []
    assert [english for english in ARGPARSE_ENGLISH if english in text] == []
    assert text.count("Aufruf:") == len(COMMANDS) + 1
    assert text.count("diese Hilfe zeigen und beenden") == len(COMMANDS) + 1
    for word in ("DATEI", "TABELLE", "AUSGABE", "UNSERE", "ANDERE", "ORDNER", "ABSCHNITT"):
        assert word in text
    assert "JJJJ-MM-TT" in text and "NAME=TYP" in text


def test_every_help_in_english_names_its_placeholders(capsys):
    text = all_help(capsys)
    assert text.count("usage:") == len(COMMANDS) + 1
    assert {"FILE", "TABLE", "OUT", "OURS", "THEIRS", "DIR", "SECTION"} <= set(
        ENGLISH_PLACEHOLDERS.findall(text)
    )
    assert not re.search(r"\b(DATEI|TABELLE|AUSGABE|Aufruf|Optionen)\b", text)

"""The headless command line: new, check, info; one line and a status on every error."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tpm_desktop.cli.main import main
from tpm_desktop.core.project_file import read_project

ROOT = Path(__file__).resolve().parents[2]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_new_check_info(tmp_path, capsys):
    path = tmp_path / "p.tpm"
    code, out, _ = run(capsys, "new", str(path), "--lang", "en", "--name", "Pilot")
    assert code == 0 and "p.tpm" in out
    assert read_project(path).project.name == "Pilot"
    assert run(capsys, "check", str(path))[:2] == (0, "ok\n")
    code, out, _ = run(capsys, "info", str(path), "--json")
    figures = json.loads(out)
    assert code == 0
    assert figures == {
        "schema_version": 4,
        "departments": 3,
        "channels": 4,
        "phases": 3,
        "touchpoints": 0,
        "criteria": 4,
        "measures": 0,
        "kpis": 0,
        "measurements": 0,
    }
    code, out, _ = run(capsys, "info", str(path))
    assert code == 0 and "touchpoints" in out


def test_new_sample_in_both_languages(tmp_path, capsys):
    for lang in ("de", "en"):
        path = tmp_path / f"sample-{lang}.tpm"
        assert run(capsys, "new", str(path), "--sample", "--lang", lang)[0] == 0
        figures = json.loads(run(capsys, "info", str(path), "--json")[1])
        assert 6 <= figures["departments"] <= 8
        assert 10 <= figures["channels"] <= 14
        assert figures["phases"] == 3
        assert 100 <= figures["touchpoints"] <= 150
        assert figures["measures"] >= 12
        assert figures["kpis"] >= 3 and figures["measurements"] >= 36


def test_new_refuses_existing_file(tmp_path, capsys):
    path = tmp_path / "p.tpm"
    run(capsys, "new", str(path))
    before = digest(path)
    code, out, err = run(capsys, "new", str(path))
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and "already exists" in err
    assert digest(path) == before
    assert run(capsys, "new", str(path), "--force", "--name", "Again")[0] == 0
    assert read_project(path).project.name == "Again"


def test_new_names_the_project_after_any_file_name(tmp_path, capsys):
    # A Latin-1 file name arrives as lone surrogates; it was an internal error.
    path = tmp_path / os.fsdecode(b"M\xfcller \x1b[1m.tpm")
    code, out, err = run(capsys, "new", str(path))
    assert (code, err) == (0, "") and "Created" in out
    assert read_project(path).project.name == "M\ufffdller  [1m"
    code, _, err = run(capsys, "new", str(tmp_path))
    assert code == 1 and "This is a folder" in err


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"", "empty"),
        (b"hello, this is text" * 10, "not a TPM Desktop project"),
        (b"SQLite format 3\x00" + b"\x00" * 34, "incomplete"),
    ],
)
def test_bad_files_give_one_line_and_stay_untouched(tmp_path, capsys, content, words):
    path = tmp_path / "bad.tpm"
    path.write_bytes(content)
    for command in ("check", "info"):
        code, out, err = run(capsys, command, str(path))
        assert code == 1 and out == ""
        assert err.startswith("tpm-desktop: ") and err.count("\n") == 1
        assert words in err
        assert path.read_bytes() == content


def test_missing_file_is_not_created(tmp_path, capsys):
    path = tmp_path / "missing.tpm"
    code, _, err = run(capsys, "check", str(path))
    assert code == 1 and "does not exist" in err
    assert not path.exists()


def test_an_undecodable_file_name_shows_a_replacement_character(tmp_path, capsys):
    path = tmp_path / os.fsdecode(b"M\xfcller.tpm")
    code, _, err = run(capsys, "check", str(path))
    assert code == 1 and "M\ufffdller.tpm" in err  # was "M ller.tpm"
    err.encode("utf-8")  # printable as it is


def test_messages_follow_the_language_of_the_environment(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("LANGUAGE", "de_DE")
    code, _, err = run(capsys, "check", str(tmp_path / "fehlt.tpm"))
    assert code == 1 and "existiert nicht" in err


def test_usage_error_exits_2(capsys):
    code, _, err = run(capsys, "info")
    assert code == 2 and "usage" in err


def test_console_script_never_prints_a_traceback(tmp_path):
    path = tmp_path / "weird\nname.tpm"
    path.write_bytes(b"\x00" * 300)
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    result = subprocess.run(
        [sys.executable, "-m", "tpm_desktop", "info", str(path), "--json"],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.count("\n") == 1  # the line break in the name is not printed raw

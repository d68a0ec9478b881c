"""`tpm-desktop slides`: a deck written whole; failures are one line with their exit status."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.reports.slides_tools import slide_texts
from tests.support.builders import save_new
from tpm_desktop.cli.main import main

ROOT = Path(__file__).resolve().parents[2]


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def project(tmp_path) -> Path:
    path = tmp_path / "project.tpm"
    save_new(path)
    return path


def test_slides_in_the_projects_language_and_in_german(project, tmp_path, capsys):
    out = tmp_path / "deck.pptx"
    code, stdout, stderr = run(
        capsys, "slides", str(project), "-o", str(out), "--date", "2026-06-15"
    )
    assert (code, stderr) == (0, "")
    assert str(out) in stdout
    texts = slide_texts(out.read_bytes())
    assert "Small project" in texts[0] and "15 June 2026" in texts[0]
    assert any("Top priorities" in text for text in texts)
    code, _, stderr = run(capsys, "slides", str(project), "-o", str(out), "--lang", "de")
    assert (code, stderr) == (0, "")
    assert any("Höchste Prioritäten" in text for text in slide_texts(out.read_bytes()))


@pytest.mark.parametrize(
    ("args", "status", "message"),
    [
        (["-o", "{tmp}/deck.pdf"], 2, "ending in .pptx"),
        (["-o", "{tmp}/deck.pptx", "--date", "15.6.2026"], 2, "not a date"),
        ([], 2, "-o"),
        (["-o", "{tmp}/nowhere/deck.pptx"], 1, "The folder does not exist"),
        (["-o", "{tmp}"], 1, "is a folder"),
    ],
)
def test_bad_arguments_are_one_line_with_their_status(
    project, tmp_path, capsys, args, status, message
):
    args = [a.replace("{tmp}", str(tmp_path)) for a in args]
    code, _, stderr = run(capsys, "slides", str(project), *args)
    assert code == status
    assert message in stderr and "Traceback" not in stderr
    assert not (tmp_path / "deck.pptx").exists()


def test_a_broken_project_leaves_the_old_deck_alone(tmp_path, capsys):
    broken = tmp_path / "broken.tpm"
    broken.write_text("not a project")
    old = tmp_path / "deck.pptx"
    old.write_bytes(b"old deck")
    code, _, stderr = run(capsys, "slides", str(broken), "-o", str(old))
    assert code == 1 and stderr.count("\n") == 1
    assert old.read_bytes() == b"old deck"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["broken.tpm", "deck.pptx"]


def test_german_messages_and_help(project, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("LANGUAGE", "de")
    code, _, stderr = run(capsys, "slides", str(project), "-o", str(tmp_path / "x" / "d.pptx"))
    assert code == 1 and "Der Ordner existiert nicht" in stderr
    code, stdout, _ = run(capsys, "slides", "--help")
    assert code == 0 and "als Folien schreiben" in stdout


def test_slides_run_without_qt(project, tmp_path):
    code = (
        "import sys\n"
        "from tpm_desktop.cli.main import main\n"
        f"status = main(['slides', {str(project)!r}, '-o', {str(tmp_path / 'q.pptx')!r}])\n"
        "assert status == 0, status\n"
        "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt was imported'\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "q.pptx").exists()

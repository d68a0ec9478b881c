"""`tpm-desktop report`: PDFs written whole; failures are one line and leave no file."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from tests.reports.pdf_tools import all_text, pages_text
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


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(".tpm-"))


def test_executive_report(project, tmp_path, capsys):
    out = tmp_path / "report.pdf"
    code, stdout, stderr = run(
        capsys, "report", str(project), "-o", str(out), "--date", "2026-06-15"
    )
    assert (code, stderr) == (0, "")
    assert str(out) in stdout
    assert out.read_bytes().startswith(b"%PDF-")
    assert "Small project" in pages_text(out.read_bytes())[0]


def test_department_and_options(project, tmp_path, capsys):
    out = tmp_path / "service.pdf"
    code, _, stderr = run(
        capsys,
        "report", str(project), "-o", str(out),
        "--department", "customer service",
        "--lang", "de", "--paper", "letter", "--colour", "experience",
        "--confidential", "Nur für Vorstand", "--without", "appendix", "--date", "2026-06-15",
    )  # fmt: skip
    assert (code, stderr) == (0, "")
    text = all_text(out.read_bytes())
    assert "Abteilungsbericht: Customer service" in text
    assert "Nur für Vorstand" in text
    assert "Anhang" not in text


def test_all_departments_into_a_new_folder(project, tmp_path, capsys):
    folder = tmp_path / "departments"
    code, stdout, _ = run(capsys, "report", str(project), "--all-departments", str(folder))
    assert code == 0
    names = sorted(p.name for p in folder.iterdir())
    assert names == ["Report Customer service.pdf", "Report Marketing.pdf", "Report Sales.pdf"]
    assert stdout.count("Wrote") == 3


@pytest.mark.parametrize(
    ("args", "status"),
    [
        ((), 2),
        (("--all-departments", "x", "-o", "y.pdf"), 2),
        (("-o", "y.pdf", "--date", "yesterday"), 2),
        (("-o", "y.pdf", "--department", "Nowhere"), 1),
        (("-o", "y.pdf", "--logo", "missing.png"), 1),
    ],
)
def test_usage_and_input_errors_are_one_line(project, tmp_path, capsys, monkeypatch, args, status):
    monkeypatch.chdir(tmp_path)
    code, _, stderr = run(capsys, "report", str(project), *args)
    assert code == status
    if status == 1:
        assert stderr.count("\n") == 1 and stderr.startswith("tpm-desktop: ")
    assert not (tmp_path / "y.pdf").exists()
    assert leftovers(tmp_path) == []


def test_unknown_department_lists_the_departments(project, tmp_path, capsys):
    code, _, stderr = run(
        capsys, "report", str(project), "-o", str(tmp_path / "x.pdf"), "--department", "HR"
    )
    assert code == 1
    assert "HR" in stderr and "Marketing" in stderr and "Sales" in stderr


def test_read_only_folder_leaves_nothing(project, tmp_path, capsys):
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        code, _, stderr = run(capsys, "report", str(project), "-o", str(folder / "r.pdf"))
    finally:
        folder.chmod(0o755)
    assert code == 1
    assert "read-only" in stderr and stderr.count("\n") == 1
    assert list(folder.iterdir()) == []


def test_a_target_held_open_elsewhere_keeps_its_content(project, tmp_path, capsys, monkeypatch):
    target = tmp_path / "open.pdf"
    target.write_bytes(b"the old report")

    def refuse(source, destination):
        raise PermissionError(13, "The process cannot access the file")

    monkeypatch.setattr("tpm_desktop.core.atomic.os.replace", refuse)
    code, _, stderr = run(capsys, "report", str(project), "-o", str(target))
    assert code == 1
    assert "open in another program" in stderr
    assert target.read_bytes() == b"the old report"
    assert leftovers(tmp_path) == []


def test_a_folder_refusing_new_files_is_not_blamed_on_a_viewer(
    project, tmp_path, capsys, monkeypatch
):
    target = tmp_path / "old.pdf"
    target.write_bytes(b"the old report")
    real_open = os.open

    def refuse_new_files(path, flags, *args):
        if flags & os.O_CREAT:
            raise PermissionError(13, "Permission denied")
        return real_open(path, flags, *args)

    # The temporary file could not be made (an ACL, say): "open in another program" was wrong.
    monkeypatch.setattr("tpm_desktop.core.atomic.os.open", refuse_new_files)
    code, _, stderr = run(capsys, "report", str(project), "-o", str(target))
    assert code == 1 and "read-only" in stderr and "another program" not in stderr
    assert target.read_bytes() == b"the old report"


def test_failure_during_the_build_leaves_the_old_file(project, tmp_path, capsys, monkeypatch):
    target = tmp_path / "r.pdf"
    target.write_bytes(b"old")

    def explode(*args, **kwargs):
        raise RuntimeError("layout exploded")

    monkeypatch.setattr("tpm_desktop.reports.pdf.builder.ReportDocTemplate.build", explode)
    code, _, stderr = run(capsys, "report", str(project), "-o", str(target))
    assert code == 70 and "layout exploded" in stderr
    assert target.read_bytes() == b"old"
    assert leftovers(tmp_path) == []


def test_target_is_a_folder_or_in_a_missing_folder(project, tmp_path, capsys):
    code, _, stderr = run(capsys, "report", str(project), "-o", str(tmp_path))
    assert code == 1 and "folder" in stderr
    code, _, stderr = run(capsys, "report", str(project), "-o", str(tmp_path / "no" / "r.pdf"))
    assert code == 1 and "does not exist" in stderr


def test_targets_no_file_can_be_written_to(project, tmp_path, capsys):
    pipe = tmp_path / "pipe.pdf"
    os.mkfifo(pipe)
    cases = {
        str(pipe): "not an ordinary file",  # was replaced by a plain file (/dev/null as root)
        str(tmp_path / ("ü" * 130 + ".pdf")): "too long",  # was an internal error
        str(tmp_path / "nul\x00.pdf"): "not hold",  # was an internal error
    }
    for target, words in cases.items():
        code, _, stderr = run(capsys, "report", str(project), "-o", target)
        assert code == 1 and words in stderr and stderr.count("\n") == 1, stderr
    assert stat.S_ISFIFO(os.lstat(pipe).st_mode)
    assert sorted(os.listdir(tmp_path)) == ["appdata", "pipe.pdf", "project.tpm"]


def test_department_folder_is_not_made_in_a_read_only_folder(project, tmp_path, capsys):
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o555)  # root may write anyway; the app honours the bits
    try:
        code, _, stderr = run(
            capsys, "report", str(project), "--all-departments", str(locked / "reports")
        )
    finally:
        locked.chmod(0o755)
    assert code == 1 and "read-only" in stderr
    assert list(locked.iterdir()) == []
    long_name = tmp_path / ("ü" * 130)
    code, _, stderr = run(capsys, "report", str(project), "--all-departments", str(long_name))
    assert code == 1 and "too long" in stderr


def test_report_runs_without_qt(project, tmp_path):
    code = (
        "import sys\n"
        "from tpm_desktop.cli.main import main\n"
        f"status = main(['report', {str(project)!r}, '-o', {str(tmp_path / 'q.pdf')!r}])\n"
        "assert status == 0, status\n"
        "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt was imported'\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "q.pdf").exists()


def test_german_messages(project, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("LANGUAGE", "de")
    code, _, stderr = run(
        capsys, "report", str(project), "-o", str(tmp_path / "x.pdf"), "--department", "HR"
    )
    assert code == 1 and "keine Abteilung" in stderr


@pytest.mark.parametrize("option", ["-o", "--all-departments"])
def test_a_read_only_folder_gets_advice_for_the_command_line(project, tmp_path, capsys, option):
    folder = tmp_path / "stick"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        target = str(folder / "report.pdf") if option == "-o" else str(folder)
        code, _, err = run(capsys, "report", str(project), option, target)
        assert code == 1 and "Save As" not in err
        assert "The folder is read-only and nothing was written; write to another folder" in err
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o755)


def test_a_huge_argument_is_not_echoed_whole(project, tmp_path, capsys):
    huge = "Abteilung " * 100_000  # 1 MB on one line of the terminal
    for args in (["--department", huge], ["--date", huge], ["--logo", huge + ".png"]):
        code, _, stderr = run(capsys, "report", str(project), "-o", str(tmp_path / "r.pdf"), *args)
        assert code in (1, 2) and stderr.count("\n") == 1
        assert len(stderr) < 2000 and "…" in stderr

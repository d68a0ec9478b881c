"""Bad command-line arguments for every `tpm-desktop` subcommand.

A table of argument lists, run in-process through the CLI's main function (which
can pass what no shell can: a NUL, lone surrogates) and, for a few, as a real
subprocess with undecodable bytes in argv. Paths with spaces and umlauts, names
of 200 characters within the 255-byte limit and over it, nested folders past
SQLite's path limit, missing files, folders instead of files, read-only targets,
a device and a pipe; text options with every input of BAD_TEXT.

Each run must end with exit status 0 and its result, or with a non-zero status
and exactly one line on stderr, never a traceback; the project file stays
byte-identical unless the command is meant to change it; no temporary file is
left; a PDF written is a valid PDF.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.support.bad_input import BAD_TEXT, long_folder, one_line, pdf_text
from tests.support.builders import save_new
from tpm_desktop.cli.main import main
from tpm_desktop.core import atomic
from tpm_desktop.core.errors import EditError
from tpm_desktop.core.project_file import read_project
from tpm_desktop.core.text import checked_name

ROOT = Path(__file__).resolve().parents[2]
SHORT_REPORT = ["--date", "2026-06-15"]
for _section in ("contents", "map", "portfolio", "ranking", "departments", "measures"):
    SHORT_REPORT += ["--without", _section]
SHORT_REPORT += ["--without", "monitoring", "--without", "appendix"]

UMLAUTS = "Kunde Müller & Söhne – Übersicht"
LONG_OK = "ä" * 50 + "b" * 150  # 200 characters, 250 bytes: a name may have 255
LONG_BAD = "ü" * 130  # 260 bytes: over the limit of one name
UNDECODABLE = os.fsdecode(b"M\xfcller")  # Latin-1 on a UTF-8 system: lone surrogates


@dataclass
class Ctx:
    """The folder of one case: a project, a table, and things in the way."""

    folder: Path
    project: Path
    table: Path
    read_only_folder: Path
    read_only_file: Path
    pipe: Path
    deep_ok: Path  # a folder whose path leaves room for a project file
    deep_bad: Path  # a folder too deep for SQLite (not for PDFs and tables)

    def p(self, name: str) -> str:
        return str(self.folder / name)


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("template") / "project.tpm"
    save_new(path)
    return path


@pytest.fixture
def ctx(tmp_path, template) -> Ctx:
    folder = tmp_path / "Arbeit mit Leerzeichen"
    folder.mkdir()
    project = folder / "projekt.tpm"
    shutil.copy(template, project)
    table = folder / f"{UMLAUTS}.csv"
    table.write_text("Touchpoint;Abteilung\nMesse;Vertrieb\n", encoding="utf-8")
    read_only_folder = folder / "gesperrt"
    read_only_folder.mkdir()
    read_only_file = folder / "schreibgeschützt.pdf"
    read_only_file.write_bytes(b"%PDF-1.4 old")
    read_only_file.chmod(0o444)
    pipe = folder / "pipe.pdf"
    os.mkfifo(pipe)
    context = Ctx(
        folder,
        project,
        table,
        read_only_folder,
        read_only_file,
        pipe,
        long_folder(tmp_path / "tief", 440),
        long_folder(tmp_path / "tiefer", 520),
    )
    read_only_folder.chmod(0o555)  # root may write anyway: the app honours the bits
    yield context
    read_only_folder.chmod(0o755)


@dataclass(frozen=True)
class Case:
    args: Callable[[Ctx], list[str]]
    code: int  # the exit status
    words: str  # in stderr when failing, in stdout when not
    changes_project: bool = False
    writes: Callable[[Ctx], str] | None = None  # a file that must then exist (and be valid)


def _checked(value: str) -> str | EditError:
    try:
        return checked_name(value)
    except EditError as error:
        return error


def _at(name: str) -> Callable[[Ctx], str]:
    return lambda c: c.p(name)


def _cases() -> dict[str, Case]:
    cases: dict[str, Case] = {}

    def add(label: str, args, code: int, words: str, **more) -> None:
        cases[label] = Case(args, code, words, **more)

    # -- new ------------------------------------------------------------------------------
    for label, make, code, words in (
        ("spaces and umlauts", lambda c: c.p(f"{UMLAUTS}.tpm"), 0, "Created"),
        ("200-character name", lambda c: c.p(f"{LONG_OK}.tpm"), 0, "Created"),
        ("name over 255 bytes", lambda c: c.p(f"{LONG_BAD}.tpm"), 1, "too long"),
        ("deep folder", lambda c: str(c.deep_ok / "p.tpm"), 0, "Created"),
        ("folder too deep for SQLite", lambda c: str(c.deep_bad / "p.tpm"), 1, "too long"),
        ("undecodable name", lambda c: c.p(f"{UNDECODABLE}.tpm"), 0, "M\ufffdller"),
        ("NUL in the name", lambda c: c.p("a\x00b.tpm"), 1, "cannot hold"),
        ("missing folder", lambda c: c.p("fehlt/x.tpm"), 1, "No such file"),
        ("a folder", lambda c: str(c.folder), 1, "This is a folder"),
        ("read-only folder", lambda c: str(c.read_only_folder / "x.tpm"), 1, "read-only"),
        ("existing file", lambda c: str(c.project), 1, "already exists"),
    ):
        add(
            f"new: {label}",
            lambda c, make=make: ["new", make(c)],
            code,
            words,
            writes=make if code == 0 else None,
        )
    add(
        "new: read-only file, --force",
        lambda c: ["new", str(c.read_only_file), "--force"],
        1,
        "read-only",
    )
    add("new: a pipe, --force", lambda c: ["new", str(c.pipe), "--force"], 1, "not an ordinary")
    for name, value in BAD_TEXT.items():
        refused = isinstance(_checked(value), EditError)
        add(
            f"new --name: {name}",
            lambda c, v=value: ["new", c.p("n.tpm"), "--name", v],
            1 if refused else 0,
            "A name" if refused else "Created",
            writes=None if refused else _at("n.tpm"),
        )
    # -- check and info ---------------------------------------------------------------------
    for command in ("check", "info"):
        for label, make, code, words in (
            ("missing", lambda c: c.p("fehlt.tpm"), 1, "does not exist"),
            ("a folder", lambda c: str(c.folder), 1, "This is a folder"),
            ("a device", lambda c: "/dev/null", 1, "not an ordinary"),
            ("a pipe", lambda c: str(c.pipe), 1, "not an ordinary"),
            ("a table", lambda c: str(c.table), 1, "not a TPM Desktop project"),
            ("NUL", lambda c: c.p("a\x00b.tpm"), 1, "does not exist"),
            ("undecodable", lambda c: c.p(f"{UNDECODABLE}.tpm"), 1, "M\ufffdller"),
            ("name over 255 bytes", lambda c: c.p(f"{LONG_BAD}.tpm"), 1, "too long"),
            ("too deep for SQLite", lambda c: _moved(c.project, c.deep_bad), 1, "too long"),
            ("deep folder", lambda c: _moved(c.project, c.deep_ok), 0, ""),
            ("read-only file", lambda c: _read_only(c.project), 0, ""),
        ):
            add(f"{command}: {label}", lambda c, cmd=command, m=make: [cmd, m(c)], code, words)
    # -- report -------------------------------------------------------------------------------
    for label, make, code, words in (
        ("spaces and umlauts", lambda c: c.p(f"{UMLAUTS}.pdf"), 0, "Wrote"),
        ("200-character name", lambda c: c.p(f"{LONG_OK}.pdf"), 0, "Wrote"),
        ("name over 255 bytes", lambda c: c.p(f"{LONG_BAD}.pdf"), 1, "too long"),
        ("deep folder past SQLite's limit", lambda c: str(c.deep_bad / "r.pdf"), 0, "Wrote"),
        ("undecodable name", lambda c: c.p(f"{UNDECODABLE}.pdf"), 0, "M\ufffdller"),
        ("NUL", lambda c: c.p("r\x00.pdf"), 1, "cannot hold"),
        ("missing folder", lambda c: c.p("fehlt/r.pdf"), 1, "does not exist"),
        ("a folder", lambda c: str(c.folder), 1, "folder"),
        ("read-only folder", lambda c: str(c.read_only_folder / "r.pdf"), 1, "read-only"),
        ("read-only file", lambda c: str(c.read_only_file), 1, "read-only"),
        ("a pipe", lambda c: str(c.pipe), 1, "not an ordinary"),
        ("empty", lambda c: "", 2, "give either"),
    ):
        add(
            f"report -o: {label}",
            lambda c, make=make: _report(c, "-o", make(c)),
            code,
            words,
            writes=make if code == 0 else None,
        )
    # -- poster: the same atomic PDF writing as the report ----------------------------------
    for label, make, code, words in (
        ("spaces and umlauts", lambda c: c.p(f"{UMLAUTS}.pdf"), 0, "Wrote"),
        ("name over 255 bytes", lambda c: c.p(f"{LONG_BAD}.pdf"), 1, "too long"),
        ("NUL", lambda c: c.p("r\x00.pdf"), 1, "cannot hold"),
        ("missing folder", lambda c: c.p("fehlt/r.pdf"), 1, "does not exist"),
        ("a folder", lambda c: str(c.folder), 1, "folder"),
        ("read-only file", lambda c: str(c.read_only_file), 1, "read-only"),
        ("a pipe", lambda c: str(c.pipe), 1, "not an ordinary"),
    ):
        add(
            f"poster -o: {label}",
            lambda c, make=make: ["poster", str(c.project), "-o", make(c), "--size", "a4-tiles"],
            code,
            words,
            writes=make if code == 0 else None,
        )
    add(
        "poster --size: unknown",
        lambda c: ["poster", str(c.project), "-o", c.p("p.pdf"), "--size", "a3"],
        2,
        "invalid choice",
    )
    # -- slides: the same atomic writing, a .pptx name --------------------------------------
    for label, make, code, words in (
        ("spaces and umlauts", lambda c: c.p(f"{UMLAUTS}.pptx"), 0, "Wrote"),
        ("name over 255 bytes", lambda c: c.p(f"{LONG_BAD}.pptx"), 1, "too long"),
        ("NUL", lambda c: c.p("r\x00.pptx"), 1, "cannot hold"),
        ("missing folder", lambda c: c.p("fehlt/r.pptx"), 1, "does not exist"),
        ("a folder", lambda c: str(c.folder), 1, "folder"),
        ("a PDF name", lambda c: str(c.read_only_file), 2, "ending in .pptx"),
    ):
        add(
            f"slides -o: {label}",
            lambda c, make=make: ["slides", str(c.project), "-o", make(c), "--date", "2026-06-15"],
            code,
            words,
            writes=make if code == 0 else None,
        )
    for label, make, words in (
        ("missing", lambda c: c.p("logo.png"), "cannot be read"),
        ("a folder", lambda c: str(c.folder), "PNG or JPEG"),
        ("a project file", lambda c: str(c.project), "PNG or JPEG"),
        ("a pipe", lambda c: _fifo(c, "logo.png"), "not an ordinary"),
        ("NUL", lambda c: c.p("lo\x00go.png"), "cannot hold"),
        ("name over 255 bytes", lambda c: c.p(f"{LONG_BAD}.png"), "too long"),
    ):
        add(
            f"report --logo: {label}",
            lambda c, make=make: _report(c, "-o", c.p("r.pdf"), "--logo", make(c)),
            1,
            words,
        )
    for label, make, code, words in (
        ("new folder with umlauts", lambda c: c.p("Berichte für Abteilungen"), 0, "Wrote"),
        ("a file", lambda c: str(c.project), 1, "not a folder"),
        ("NUL", lambda c: c.p("b\x00"), 1, "cannot hold"),
        ("name over 255 bytes", lambda c: c.p(LONG_BAD), 1, "too long"),
        ("in a read-only folder", lambda c: str(c.read_only_folder / "neu"), 1, "read-only"),
    ):
        add(
            f"report --all-departments: {label}",
            lambda c, make=make: _report(c, "--all-departments", make(c)),
            code,
            words,
        )
    add(
        "report --date: not a date",
        lambda c: _report(c, "-o", c.p("r.pdf"), "--date", "2026-02-30"),
        2,
        "not a date",
    )
    for name, value in BAD_TEXT.items():
        add(
            f"report --department: {name}",
            lambda c, v=value: _report(c, "-o", c.p("r.pdf"), "--department", v),
            1,
            "no department",
        )
        add(
            f"report --confidential: {name}",
            lambda c, v=value: _report(c, "-o", c.p("r.pdf"), "--confidential", v),
            0,
            "Wrote",
            writes=_at("r.pdf"),
        )
    # -- import -----------------------------------------------------------------------------
    add(
        "import: table with spaces and umlauts",
        lambda c: ["import", str(c.project), str(c.table)],
        0,
        "Imported 1",
        changes_project=True,
    )
    for label, make, words in (
        ("missing table", lambda c: c.p("fehlt.csv"), "does not exist"),
        ("a folder as table", lambda c: str(c.folder), "not a table"),
        ("a pipe as table", lambda c: _fifo(c, "t.csv"), "not an ordinary"),
        ("a device as table", lambda c: "/dev/null", "not an ordinary"),
        ("NUL in the table's name", lambda c: c.p("t\x00.csv"), "cannot hold"),
        ("table name over 255 bytes", lambda c: c.p(f"{LONG_BAD}.csv"), "too long"),
        ("the project as table", lambda c: str(c.project), "not a table TPM Desktop reads"),
    ):
        add(f"import: {label}", lambda c, make=make: ["import", str(c.project), make(c)], 1, words)
    add(
        "import: into a read-only project file",
        lambda c: ["import", _read_only(c.project), str(c.table)],
        1,
        "read-only",
    )
    add("import: into a folder", lambda c: ["import", str(c.folder), str(c.table)], 1, "folder")
    for name, value in BAD_TEXT.items():
        add(
            f"import --sheet: {name}",
            lambda c, v=value: ["import", str(c.project), _workbook(c), "--sheet", v],
            1,
            "no sheet",
        )
    # -- export -----------------------------------------------------------------------------
    for label, make, code, words in (
        ("spaces and umlauts", lambda c: c.p(f"{UMLAUTS}.xlsx"), 0, "Exported 3"),
        ("200-character name", lambda c: c.p(f"{LONG_OK}.csv"), 0, "Exported 3"),
        ("deep folder", lambda c: str(c.deep_bad / "t.csv"), 0, "Exported 3"),
        ("name over 255 bytes", lambda c: c.p(f"{LONG_BAD}.csv"), 1, "too long"),
        ("NUL", lambda c: c.p("t\x00.csv"), 1, "cannot hold"),
        ("a folder named .csv", lambda c: _folder(c, "t.csv"), 1, "This is a folder"),
        ("read-only folder", lambda c: str(c.read_only_folder / "t.csv"), 1, "read-only"),
        ("a pipe", lambda c: _fifo(c, "t.csv"), 1, "not an ordinary"),
        ("wrong suffix", lambda c: c.p("t.pdf"), 2, "must end in .csv, .xlsx or .ods"),
    ):
        add(
            f"export: {label}",
            lambda c, make=make: ["export", str(c.project), make(c)],
            code,
            words,
            writes=make if code == 0 else None,
        )
    # -- starting the application, unknown options -------------------------------------------
    add("app: unknown --lang", lambda c: ["--lang", "tlh", str(c.project)], 2, "invalid choice")
    add(
        "check: unknown option",
        lambda c: ["check", str(c.project), "--frobnicate"],
        2,
        "unrecognized",
    )
    return cases


CASES = _cases()


def _report(c: Ctx, *args: str) -> list[str]:
    # The short report's options first: a later --date of the case wins.
    return ["report", str(c.project), *SHORT_REPORT, *args]


def _fifo(c: Ctx, name: str) -> str:
    os.mkfifo(c.folder / name)
    return c.p(name)


def _moved(project: Path, folder: Path) -> str:
    target = folder / "p.tpm"
    shutil.move(project, target)
    return str(target)


def _read_only(path: Path) -> str:
    path.chmod(0o444)
    return str(path)


def _folder(c: Ctx, name: str) -> str:
    (c.folder / name).mkdir()
    return c.p(name)


def _workbook(c: Ctx) -> str:
    import openpyxl

    book = openpyxl.Workbook()
    book.active.title = "Liste"
    book.active.append(["Touchpoint"])
    book.active.append(["Messe"])
    path = c.folder / "mappe.xlsx"
    book.save(path)
    return str(path)


def _digests(folder: Path) -> dict[str, str]:
    return {
        str(p): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in folder.rglob("*.tpm")
        if p.is_file()
    }


@pytest.mark.parametrize("case", sorted(CASES))
def test_command_line(ctx, capsys, monkeypatch, case):
    monkeypatch.setenv("LANGUAGE", "en")
    spec = CASES[case]
    args = spec.args(ctx)
    before = _digests(ctx.folder)
    code = main(args)
    out, err = capsys.readouterr()
    assert code == spec.code, (out, err)
    assert "Traceback" not in out + err
    if code == 0:
        assert err == "" and spec.words in out
    else:
        assert err.startswith("tpm-desktop: ") or err.startswith("usage:"), err
        assert spec.words in err
        if code == 1:
            assert err.count("\n") == 1 and one_line(err)
    after = _digests(ctx.folder)
    if not spec.changes_project:
        assert {k: v for k, v in after.items() if k in before} == before
    else:
        assert len(read_project(ctx.project).touchpoints) == 4
    leftovers = [p for p in ctx.folder.parent.rglob(f"{atomic.SCRATCH_PREFIX}*")]
    assert leftovers == []
    if spec.writes is not None:
        written = Path(spec.writes(ctx))
        if written.suffix == ".pdf":
            assert pdf_text(written.read_bytes())
        elif written.suffix == ".tpm":
            read_project(written)
        else:
            assert written.stat().st_size > 0
    elif code != 0:
        assert "Wrote" not in out and "Created" not in out


SUBPROCESS_CASES = {
    # argv as bytes, as a shell passes them: what the in-process cases cannot prove
    "check: a Latin-1 file name": ([b"check", b"M\xfcller.tpm"], 1, "M\ufffdller"),
    "new: a Latin-1 file name": ([b"new", b"M\xfcller.tpm"], 0, "Created"),
    "report --confidential: Latin-1 bytes": (
        [b"report", b"project.tpm", b"-o", b"r.pdf", b"--confidential", b"Gesch\xe4ftlich"],
        0,
        "Wrote",
    ),
    "report --department: invalid UTF-8": (
        [b"report", b"project.tpm", b"-o", b"r.pdf", b"--department", b"\xff\xfe"],
        1,
        "no department",
    ),
}


@pytest.mark.parametrize("case", sorted(SUBPROCESS_CASES))
def test_console_script(tmp_path, template, case):
    argv, status, words = SUBPROCESS_CASES[case]
    shutil.copy(template, tmp_path / "project.tpm")
    env = dict(
        os.environ,
        PYTHONPATH=str(ROOT),
        LANGUAGE="en",
        LANG="C.UTF-8",
        TPM_DESKTOP_DATA_DIR=str(tmp_path / "data"),
    )
    result = subprocess.run(
        [sys.executable.encode(), b"-m", b"tpm_desktop", *argv],
        capture_output=True,
        cwd=tmp_path,
        env=env,
        timeout=120,
    )
    out = result.stdout.decode("utf-8")  # strict: what was printed is valid UTF-8
    err = result.stderr.decode("utf-8")
    assert result.returncode == status, err
    assert "Traceback" not in out + err
    assert words in (out if status == 0 else err)
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".tpm-")] == []

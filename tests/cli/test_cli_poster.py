"""`tpm-desktop poster`: the map as A2, A1 or A4 tiles; failures are one line and leave no file."""

from __future__ import annotations

import re

import pytest

from tests.reports.pdf_tools import page_sizes, pages_text
from tests.support.builders import save_new
from tpm_desktop.cli.main import main
from tpm_desktop.core.sample import sample_state


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def sample_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("poster") / "sample.tpm"
    save_new(path, sample_state("de"))
    return path


@pytest.mark.parametrize(
    ("size", "pages"), [("a2", [(1684, 1191)]), ("a1", [(2384, 1684)]), (None, [(1684, 1191)])]
)
def test_a_poster_on_one_sheet(sample_file, tmp_path, capsys, size, pages):
    out = tmp_path / "poster.pdf"
    extra = ("--size", size) if size else ()
    code, stdout, stderr = run(
        capsys, "poster", str(sample_file), "-o", str(out), *extra, "--date", "2026-06-15"
    )
    assert (code, stderr) == (0, "")
    assert str(out) in stdout
    data = out.read_bytes()
    assert page_sizes(data) == pages
    assert "Alle 128 Touchpoints" in pages_text(data)[0]  # the project's language


def test_tiles_in_english(sample_file, tmp_path, capsys):
    out = tmp_path / "tiles.pdf"
    code, _, stderr = run(
        capsys, "poster", str(sample_file), "-o", str(out), "--size", "a4-tiles", "--lang", "en"
    )
    assert (code, stderr) == (0, "")
    pages = pages_text(out.read_bytes())
    assert len(pages) == 8
    assert re.search(r"Row 2 of 2, column 4 of 4 \(sheet 8 of 8\)", pages[-1])


def test_failures_are_one_line_and_leave_no_file(sample_file, tmp_path, capsys):
    missing = tmp_path / "nowhere" / "poster.pdf"
    code, stdout, stderr = run(capsys, "poster", str(sample_file), "-o", str(missing))
    assert code == 1 and stdout == ""
    assert stderr.count("\n") == 1 and "The folder does not exist" in stderr
    code, _, stderr = run(capsys, "poster", str(tmp_path / "none.tpm"), "-o", "x.pdf")
    assert code == 1 and stderr.count("\n") == 1
    code, _, stderr = run(capsys, "poster", str(sample_file), "-o", "x.pdf", "--size", "a0")
    assert code == 2 and "invalid choice: 'a0'" in stderr
    code, _, stderr = run(capsys, "poster", str(sample_file), "-o", "x.pdf", "--date", "soon")
    assert code == 2 and "not a date" in stderr
    assert list(tmp_path.iterdir()) == []


def test_a_map_too_large_for_a2_says_what_to_do(tmp_path, capsys):
    from tests.benchmarks.generate import synthetic_state

    path = tmp_path / "big.tpm"
    save_new(path, synthetic_state(1000))
    out = tmp_path / "big.pdf"
    code, _, stderr = run(capsys, "poster", str(path), "-o", str(out), "--size", "a2")
    assert code == 1 and stderr.count("\n") == 1
    assert "too many touchpoints for a legible A2 poster" in stderr and "A4 tiles" in stderr
    assert not out.exists()


def test_help_in_german(capsys, monkeypatch):
    monkeypatch.setenv("LANGUAGE", "de")
    code, out, _ = run(capsys, "poster", "--help")
    assert code == 0 and out.startswith("Aufruf: tpm-desktop poster")
    assert "Poster-PDF" in out and "Schnittmarken" in out and "Sprache des Posters" in out
    code, out, _ = run(capsys, "--help")
    assert "poster" in out

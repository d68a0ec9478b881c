"""User text never becomes markup, any size of text builds, every option works."""

from __future__ import annotations

import dataclasses
import io
from datetime import date

import pytest

from tests.reports.pdf_tools import all_text, outline_titles, page_sizes, pages_text
from tests.support.builders import small_state
from tpm_desktop.core.model import Department, Project, Touchpoint
from tpm_desktop.core.state import ProjectState
from tpm_desktop.reports.pdf import safe
from tpm_desktop.reports.pdf.builder import (
    build_department_report,
    build_department_reports,
    build_report,
)
from tpm_desktop.reports.pdf.options import (
    MapColour,
    MapOrientation,
    Paper,
    ReportCancelled,
    ReportError,
    ReportOptions,
    Section,
)

TODAY = date(2026, 6, 15)
HOSTILE = ["<b>Łódź & Söhne</b> <img src=x>", "S&P 500", "€ 5 < 6", "Ελληνικά και Кириллица"]


def replaced(state: ProjectState, records) -> ProjectState:
    by_key = {(type(r), r.key): r for r in records}
    return ProjectState(by_key.get((type(r), r.key), r) for r in state.records())


def hostile_state() -> ProjectState:
    state = small_state("en")
    tps = sorted(state.touchpoints.values(), key=lambda tp: tp.id)
    changed = [
        dataclasses.replace(tp, name=name, as_is=f"As-is of {name}", target=f"Target: {name}")
        for tp, name in zip(tps, HOSTILE, strict=False)
    ]
    department = state.get(Department, 1)
    changed.append(dataclasses.replace(department, name='<a href="http://x">R&D</a>'))
    changed.append(dataclasses.replace(state.get(Department, 2), name=HOSTILE[3]))
    changed.append(dataclasses.replace(state.project, name="<font size=40>Acme & Co</font>"))
    return replaced(state, changed)


def test_markup_in_names_prints_literally():
    data = build_report(hostile_state(), ReportOptions(today=TODAY))
    text = all_text(data)
    for name in HOSTILE[:3]:
        assert name in text
    assert "Ελληνικά" in text and "Кириллица" in text
    assert '<a href="http://x">R&D</a>' in text
    assert "<font size=40>Acme & Co</font>" in pages_text(data)[0]
    assert b"/URI" not in data  # no link to the outside world was made


def test_escape_and_clean():
    assert safe.markup("<b>A & B</b>") == "&lt;b&gt;A &amp; B&lt;/b&gt;"
    assert safe.line("a\x00b\x1b[31mc\nd") == "a b [31mc d"
    assert len(safe.line("x" * 10_000_000)) == safe.NAME_LIMIT


def test_long_notes_become_bounded_paragraphs():
    text = "first line\n\nsecond " + "word " * 2000 + "\n" + "y" * 5000
    parts, omitted = safe.paragraphs(text)
    assert omitted == 0
    assert parts[0] == "first line"
    assert all(len(p) <= safe.CHUNK for p in parts)
    assert "".join(parts).replace(" ", "") == text.replace(" ", "").replace("\n", "")
    parts, omitted = safe.paragraphs("z" * (safe.NOTE_LIMIT + 10))
    assert omitted == 10


def test_a_300_kb_note_and_a_10_mb_name_do_not_break_the_build():
    state = small_state("en")
    tp = min(state.touchpoints.values(), key=lambda t: t.id)
    note = ("A line of an enormous workshop protocol. " * 40 + "\n") * 180  # ~300 KB
    single = "Unbroken" * 40_000  # one 320 KB word
    state = replaced(
        state,
        [dataclasses.replace(tp, name="N" * 10_000_000, as_is=note, target=single)],
    )
    data = build_report(state, ReportOptions(today=TODAY))
    text = all_text(data)
    assert "shortened for the report" in text
    assert len(pages_text(data)) < 120


def test_department_reports_one_per_department():
    state = small_state("en")
    state = replaced(
        state,
        [
            dataclasses.replace(tp, name=f"Unique touchpoint {tp.id}")
            for tp in state.touchpoints.values()
        ],
    )
    reports = list(build_department_reports(state, ReportOptions(today=TODAY)))
    assert [d.id for d, _ in reports] == [
        d.id for d in sorted(state.table(Department).values(), key=lambda d: d.position)
    ]
    for department, data in reports:
        text = all_text(data)
        names = [tp.name for tp in state.touchpoints.values() if tp.department_id == department.id]
        others = [tp.name for tp in state.touchpoints.values() if tp.department_id != department.id]
        assert all(name in text for name in names)
        assert not any(name in text for name in others)


def test_unknown_department_is_a_clear_error():
    with pytest.raises(ReportError) as error:
        build_department_report(small_state(), 999, ReportOptions(today=TODAY))
    assert "999" in error.value.message("en")


def test_sections_can_be_left_out():
    options = ReportOptions(today=TODAY, sections=frozenset({Section.SUMMARY}))
    data = build_report(small_state(), options)
    assert len(pages_text(data)) == 2  # cover and summary
    assert outline_titles(data) == ["1 Management summary"]


def test_paper_and_map_sizes():
    state = small_state()
    letter = build_report(state, ReportOptions(today=TODAY, paper=Paper.LETTER))
    assert page_sizes(letter)[0] == (612, 792)
    large = build_report(state, ReportOptions(today=TODAY, large_map=True))
    assert (1191, 842) in page_sizes(large)  # A3 landscape
    assert page_sizes(large)[0] == (595, 842)
    upright = build_report(
        state, ReportOptions(today=TODAY, map_orientation=MapOrientation.PORTRAIT)
    )
    assert set(page_sizes(upright)) == {(595, 842), (842, 595)}  # ranking stays landscape


@pytest.mark.parametrize("mode", list(MapColour))
def test_every_colour_mode_has_its_legend(mode):
    data = build_report(small_state(), ReportOptions(today=TODAY, map_colour=mode))
    text = all_text(data)
    from tpm_desktop.reports.pdf.texts import Texts

    assert f"{Texts('en')(f'colour_{mode.value}')}:" in text


def test_confidentiality_line_and_german_dates():
    data = build_report(
        small_state(), ReportOptions(today=TODAY, language="de", confidentiality="Streng geheim")
    )
    first = pages_text(data)[1]
    assert "15.06.2026 · Streng geheim" in first
    none = build_report(small_state(), ReportOptions(today=TODAY, confidentiality=""))
    assert "Confidential" not in all_text(none)


def test_progress_rises_to_one_and_cancel_stops():
    seen: list[float] = []
    build_report(small_state(), ReportOptions(today=TODAY), progress=seen.append)
    assert seen[-1] == 1.0
    assert all(0.0 <= value <= 1.0 for value in seen)
    assert seen == sorted(seen)

    def cancel(fraction: float) -> bool:
        return fraction < 0.5

    with pytest.raises(ReportCancelled):
        build_report(small_state(), ReportOptions(today=TODAY), progress=cancel)


def test_empty_project_builds():
    from tpm_desktop.core.defaults import new_project_state

    data = build_report(new_project_state("Empty", "en"), ReportOptions(today=TODAY))
    assert "No touchpoint is rated yet" in all_text(data)


def test_logo_png_and_jpeg_are_drawn_and_bad_ones_refused(tmp_path):
    from PIL import Image

    png, jpeg = tmp_path / "logo.png", tmp_path / "logo.jpg"
    Image.new("RGBA", (300, 100), (31, 58, 95, 255)).save(png)
    Image.new("RGB", (300, 100), (31, 58, 95)).save(jpeg)
    for logo in (png, jpeg):
        data = build_report(small_state(), ReportOptions(today=TODAY, logo=logo))
        from pypdf import PdfReader

        cover = PdfReader(io.BytesIO(data)).pages[0]
        assert cover.images, logo
    fake = tmp_path / "fake.png"
    fake.write_text("<svg/>")
    with pytest.raises(ReportError) as error:
        build_report(small_state(), ReportOptions(today=TODAY, logo=fake))
    assert error.value.code == "logo_format"
    with pytest.raises(ReportError) as error:
        build_report(small_state(), ReportOptions(today=TODAY, logo=tmp_path / "missing.png"))
    assert error.value.code == "logo_unreadable"


def test_records_are_only_read():
    state = small_state()
    before = list(state.records())
    build_report(state, ReportOptions(today=TODAY))
    assert list(state.records()) == before
    assert isinstance(state.project, Project) and all(
        isinstance(t, Touchpoint) for t in state.touchpoints.values()
    )


@pytest.mark.parametrize("language", ["de", "en"])
def test_department_file_names_fit_in_a_file_name(language):
    from tpm_desktop.reports.pdf.texts import Texts
    from tpm_desktop.reports.pdf.writer import department_file_name

    taken: set[str] = set()
    names = ["👍" * 300, "👍" * 300, "\U00010000" * 90, "ü" * 300, "x\udc80/..\x00" * 50, ".."]
    for number, name in enumerate(names, start=1):
        department = Department(id=number, name=name, position=number, color="#000000")
        file_name = department_file_name(department, Texts(language), taken)
        # Two emoji departments made a 256-byte name: "File name too long".
        assert len(file_name.encode("utf-8")) <= 255
        assert "/" not in file_name and "\x00" not in file_name
    assert len(taken) == len(names)


def test_a_logo_path_with_a_nul_is_a_clear_error(tmp_path):
    from tpm_desktop.core.errors import TpmError

    with pytest.raises(TpmError) as error:  # was a ValueError ("embedded null byte")
        build_report(small_state(), ReportOptions(today=TODAY, logo=tmp_path / "lo\x00go.png"))
    assert error.value.code == "invalid_path"


def test_a_pipe_as_logo_is_refused_not_read_for_ever(tmp_path):
    import os

    from tpm_desktop.core.errors import TpmError

    pipe = tmp_path / "logo.png"
    os.mkfifo(pipe)
    with pytest.raises(TpmError) as error:  # read_bytes() on the pipe blocked the build
        build_report(small_state(), ReportOptions(today=TODAY, logo=pipe))
    assert error.value.code == "not_regular_file"


def test_department_file_names_hold_no_invisible_characters():
    from tpm_desktop.reports.pdf.texts import Texts
    from tpm_desktop.reports.pdf.writer import department_file_name

    name = "Sales \u202efdp.exe\u202c\u200b\ufeff"  # shown as "Sales exe.pdf" otherwise
    department = Department(id=1, name=name, position=0, color="#000000")
    assert department_file_name(department, Texts("en"), set()) == "Report Sales fdp.exe.pdf"

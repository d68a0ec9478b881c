"""`tpm-desktop import` and `export`: one change set, dry runs, byte-identical on failure."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

from tests.support.builders import save_new
from tpm_desktop.cli.main import main
from tpm_desktop.core.defaults import new_project_state
from tpm_desktop.core.model import Department
from tpm_desktop.core.project_file import OpenProject, read_project

ROOT = Path(__file__).resolve().parents[2]

GOOD = (
    "Name;Abteilung;Kanal;Kanaltyp;Phase;Erlebnis;Entscheidung;Budget;Funktion;Funktion (Soll)\n"
    "Störungshotline;Netz;Telefon;offline;Nach dem Kauf;-1;fokussieren;1.500,50;2;4\n"
    "Ablesekarte;Abrechnung;Brief;offline;Nach dem Kauf;0;;;3;3\n"
)
BAD = GOOD + ";Netz;Telefon;offline;Kauf;;;;;\nZählerstand;Netz;App;online;Kauf;7;;;;\n"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def project(tmp_path) -> Path:
    path = tmp_path / "user" / "kunde.tpm"
    path.parent.mkdir()
    save_new(path, new_project_state("Kunde", "de"))
    return path


@pytest.fixture
def good_csv(tmp_path) -> Path:
    path = tmp_path / "liste.csv"
    path.write_bytes(GOOD.encode("cp1252"))
    return path


@pytest.fixture
def bad_csv(tmp_path) -> Path:
    path = tmp_path / "fehler.csv"
    path.write_bytes(BAD.encode("cp1252"))
    return path


def names(path: Path) -> set[str]:
    return {tp.name for tp in read_project(path).touchpoints.values()}


def test_import_adds_the_rows_and_saves(project, good_csv, capsys):
    code, out, err = run(capsys, "import", project, good_csv)
    assert (code, err) == (0, "")
    assert "Imported 2 touchpoints" in out
    assert "New departments: Netz, Abrechnung" in out
    assert (
        "1 new channel: 1 offline — check:\n  Brief: offline (from the table's channel type)" in out
    )
    state = read_project(project)
    assert {tp.name for tp in state.touchpoints.values()} == {"Störungshotline", "Ablesekarte"}
    assert {d.name for d in state.table(Department).values()} >= {"Netz", "Abrechnung"}


def test_dry_run_writes_nothing(project, good_csv, capsys, data_dir):
    before = digest(project)
    code, out, _ = run(capsys, "import", project, good_csv, "--dry-run")
    assert code == 0
    assert "Dry run: 2 touchpoints would be imported" in out
    assert digest(project) == before
    assert [p.name for p in project.parent.iterdir()] == ["kunde.tpm"]
    assert not (data_dir / "sessions").exists() or not any((data_dir / "sessions").iterdir())


def test_a_bad_table_leaves_the_project_byte_identical(project, bad_csv, capsys):
    before = digest(project)
    code, out, err = run(capsys, "import", project, bad_csv)
    assert code == 1
    assert "Row 4: the name is missing" in out
    assert "Row 5: experience “7” is not a whole number from -2 to 2" in out
    assert "2 of 4 rows have problems; nothing was imported" in err
    assert digest(project) == before


def test_skip_invalid_imports_the_good_rows_and_lists_the_rest(project, bad_csv, capsys):
    code, out, _ = run(capsys, "import", project, bad_csv, "--skip-invalid")
    assert code == 0
    assert "Row 4: the name is missing" in out
    assert "Skipped 2 rows with problems" in out
    assert names(project) == {"Störungshotline", "Ablesekarte"}


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"Abteilung;Kanal\nVertrieb;Telefon\n", "no column of touchpoint names"),
        (b"Name;Kanal\n", "has a header row but no touchpoint rows"),
        (b"", "The table is empty"),
        (b"PK\x03\x04garbage", "The workbook cannot be read: it is damaged or incomplete"),
        (b"\x00\x01\x02\x03binary", "not a text table (CSV) but binary data"),
    ],
)
def test_tables_that_cannot_be_imported_change_nothing(project, tmp_path, capsys, content, message):
    table = tmp_path / "t.csv"
    table.write_bytes(content)
    before = digest(project)
    code, _, err = run(capsys, "import", project, table)
    assert code == 1 and message in err and "Traceback" not in err
    assert err.count("\n") == 1
    assert str(table) in err  # which file the message is about
    assert digest(project) == before


def test_a_csv_named_xlsx_is_explained(project, tmp_path, capsys):
    table = tmp_path / "liste.xlsx"
    table.write_text("Name;Abteilung\nHotline;Netz\n", encoding="utf-8")
    code, _, err = run(capsys, "import", project, table)
    assert code == 1 and "BadZipFile" not in err
    assert "ends in .xlsx but is not an Excel workbook" in err and "rename it to .csv" in err


@pytest.mark.parametrize("kind", ["xlsx named csv", "utf-16"])
def test_a_workbook_named_csv_and_unicode_text_are_imported(project, tmp_path, capsys, kind):
    table = tmp_path / "liste.csv"
    if kind == "utf-16":  # Excel's "Unicode text": UTF-16 with a byte order mark, tabs
        table.write_bytes("Name\tAbteilung\r\nStörung\tNetz\r\n".encode("utf-16"))
    else:
        book = openpyxl.Workbook()
        book.active.append(["Name", "Abteilung"])
        book.active.append(["Störung", "Netz"])
        book.save(table)
    code, _, err = run(capsys, "import", project, table)
    assert (code, err) == (0, "")
    assert names(project) == {"Störung"}


def test_a_read_only_project_gets_advice_for_the_command_line(project, good_csv, capsys):
    project.chmod(0o444)
    before = digest(project)
    code, _, err = run(capsys, "import", project, good_csv)
    assert code == 1 and "Save As" not in err
    assert err == (
        "tpm-desktop: The file is read-only and was not changed; make it writable and run the "
        f"command again: {project}\n"
    )
    assert digest(project) == before


def test_import_from_the_second_sheet_of_a_workbook(project, tmp_path, capsys):
    path = tmp_path / "mappe.xlsx"
    book = openpyxl.Workbook()
    book.active.title = "Deckblatt"
    book.active.append(["Kundenreise 2026"])
    sheet = book.create_sheet("Liste")
    sheet.append(["Touchpoint", "Abteilung", "Budget"])
    sheet.append(["Messe", "Vertrieb", 5000])
    book.save(path)
    code, _, err = run(capsys, "import", project, path, "--sheet", "Fehlt")
    assert code == 1 and "Deckblatt, Liste" in err
    assert run(capsys, "import", project, path, "--sheet", "Liste")[0] == 0
    assert names(project) == {"Messe"}


def test_import_into_a_project_open_elsewhere_is_refused(project, good_csv, capsys, workspace):
    opened = OpenProject.open(project, workspace)
    try:
        before = digest(project)
        code, _, err = run(capsys, "import", project, good_csv)
        assert code == 1 and "open in another TPM Desktop window" in err
        assert digest(project) == before
    finally:
        opened.close()


def test_unknown_columns_are_reported(project, tmp_path, capsys):
    table = tmp_path / "t.csv"
    table.write_text("Name;Notiz;Farbe\nA;x;rot\n", encoding="utf-8")
    code, out, _ = run(capsys, "import", project, table)
    assert code == 0
    assert "Columns not imported (not recognised): Notiz, Farbe" in out


@pytest.mark.parametrize("suffix", [".csv", ".xlsx", ".ods"])
def test_export_then_import_through_the_command_line(project, good_csv, tmp_path, capsys, suffix):
    run(capsys, "import", project, good_csv)
    out_file = tmp_path / f"export{suffix}"
    code, out, _ = run(capsys, "export", project, out_file)
    assert code == 0 and "Exported 2 touchpoints" in out
    copy = tmp_path / "copy.tpm"
    save_new(copy, new_project_state("Kopie", "de", starter_lanes=False))
    assert run(capsys, "import", copy, out_file)[0] == 0
    original = {tp.name: tp for tp in read_project(project).touchpoints.values()}
    imported = {tp.name: tp for tp in read_project(copy).touchpoints.values()}
    assert original.keys() == imported.keys()
    for name, tp in original.items():
        assert (tp.budget, tp.experience, tp.decision) == (
            imported[name].budget,
            imported[name].experience,
            imported[name].decision,
        )


def test_export_refuses_other_suffixes_and_missing_projects(project, tmp_path, capsys):
    code, _, err = run(capsys, "export", project, tmp_path / "x.pdf")
    assert code == 2 and ".csv, .xlsx or .ods" in err
    code, _, err = run(capsys, "export", tmp_path / "missing.tpm", tmp_path / "x.csv")
    assert code == 1 and "does not exist" in err
    assert not (tmp_path / "x.csv").exists()


def test_messages_follow_the_environment_language(project, bad_csv):
    env = {**os.environ, "LANGUAGE": "de", "LANG": "de_DE.UTF-8"}
    result = subprocess.run(
        [sys.executable, "-m", "tpm_desktop", "import", str(project), str(bad_csv)],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
    )
    assert result.returncode == 1
    assert "Zeile 4: der Name fehlt" in result.stdout
    assert "es wurde nichts importiert" in result.stderr


def test_without_sheet_the_first_sheet_with_names_is_read(project, tmp_path, capsys):
    path = tmp_path / "mappe.xlsx"
    book = openpyxl.Workbook()
    book.active.title = "Deckblatt"
    book.active.append(["Touchpoint-Inventar 2026"])
    sheet = book.create_sheet("Liste")
    sheet.append(["Touchpoint-Inventar 2026"])  # a title row above the header
    sheet.append(["Touchpoint", "Abteilung"])
    sheet.append(["Messe", "Vertrieb"])
    book.save(path)
    code, out, _ = run(capsys, "import", project, path)
    assert code == 0
    assert "Reading the sheet “Liste” (choose another with --sheet)." in out
    assert names(project) == {"Messe"}


def test_one_bad_row_is_named_in_the_singular(project, tmp_path, capsys):
    table = tmp_path / "t.csv"
    table.write_text("Name;Erlebnis\nA;0\nB;9\n", encoding="utf-8")
    code, _, err = run(capsys, "import", project, table)
    assert code == 1 and "1 of 2 rows has a problem; nothing was imported" in err


CHANNELS_CSV = (
    "Name;Abteilung;Kanal;Phase\n"
    "Stand;Vertrieb;Messe;Kauf\n"
    "Mailing;Vertrieb;Werbebrief;Kauf\n"
    "Besuch;Vertrieb;Außendienst;Kauf\n"
    "Tarifrechner;Vertrieb;Kunden-App;Kauf\n"
    "Sonstiges;Vertrieb;Quatsch;Kauf\n"
)


def channel_kinds(path: Path) -> dict[str, str]:
    from tpm_desktop.core.model import Channel

    return {c.name: c.kind.value for c in read_project(path).table(Channel).values()}


def test_new_channels_are_reported_with_their_type_and_unknown_ones_with_a_hint(
    project, tmp_path, capsys
):
    table = tmp_path / "kanäle.csv"
    table.write_text(CHANNELS_CSV, encoding="utf-8")
    code, out, err = run(capsys, "import", project, table)
    assert (code, err) == (0, "")
    assert "5 new channels: 3 offline, 2 online — check:" in out
    assert "  Messe: offline (from its name)" in out
    assert "  Kunden-App: online (from its name)" in out
    assert "  Quatsch: online (type unknown, online by default)" in out
    assert '--channel-kind "Quatsch=offline"' in out
    kinds = channel_kinds(project)
    assert {name: kinds[name] for name in ("Messe", "Werbebrief", "Außendienst")} == {
        "Messe": "offline",
        "Werbebrief": "offline",
        "Außendienst": "offline",
    }
    assert (kinds["Kunden-App"], kinds["Quatsch"]) == ("online", "online")


def test_channel_kind_option_sets_the_type_of_a_new_channel(project, tmp_path, capsys):
    table = tmp_path / "kanäle.csv"
    table.write_text(CHANNELS_CSV, encoding="utf-8")
    code, out, _ = run(
        capsys,
        "import",
        project,
        table,
        "--channel-kind",
        "quatsch=offline",
        "--channel-kind",
        "Messe=online",
        "--channel-kind",
        "Telefon=online",
    )
    assert code == 0
    assert "5 new channels: 3 offline, 2 online — check:" in out
    assert "  Quatsch: offline (as given with --channel-kind)" in out
    assert "type unknown" not in out
    # Telefon exists already: it keeps its type, and the user is told.
    assert "--channel-kind “Telefon”: the import creates no channel of that name" in out
    kinds = channel_kinds(project)
    assert (kinds["Quatsch"], kinds["Messe"], kinds["Telefon"]) == ("offline", "online", "offline")


def test_channel_report_in_german_and_a_bad_channel_kind(project, tmp_path, capsys, monkeypatch):
    table = tmp_path / "kanäle.csv"
    table.write_text(CHANNELS_CSV, encoding="utf-8")
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LANGUAGE", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    before = digest(project)
    code, _, err = run(capsys, "import", project, table, "--channel-kind", "Quatsch=hybrid")
    assert code == 2 and "NAME=online oder NAME=offline" in err
    assert digest(project) == before
    code, out, _ = run(capsys, "import", project, table, "--dry-run")
    assert code == 0
    assert "5 neue Kanäle würden angelegt: 3 offline, 2 online – bitte prüfen:" in out
    assert "  Messe: offline (nach dem Namen)" in out
    assert "Der Typ von „Quatsch“ ist nicht bekannt; er würde daher als online angelegt." in out
    assert digest(project) == before


def test_a_segment_column_creates_the_segment_and_says_so(project, tmp_path, capsys):
    table = tmp_path / "t.csv"
    table.write_text("Name;Erlebnis: Senioren\nHotline;-2\nPortal;\n", encoding="utf-8")
    code, out, _ = run(capsys, "import", project, table)
    assert code == 0 and "New customer segments: Senioren" in out
    state = read_project(project)
    assert [s.name for s in state.segments()] == ["Senioren"]
    hotline = next(tp for tp in state.touchpoints.values() if tp.name == "Hotline")
    assert state.segments_of(hotline.id)[state.segments()[0].id].experience == -2

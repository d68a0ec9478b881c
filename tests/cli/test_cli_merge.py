"""`tpm-desktop merge`: lists incoming changes and conflicts, applies them, refuses misuse."""

from __future__ import annotations

import hashlib
import shutil

from tpm_desktop.cli.main import main
from tpm_desktop.core.edits import touchpoints
from tpm_desktop.core.model import MergeLog
from tpm_desktop.core.project_file import OpenProject, read_project


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def edited(path, author: str, **fields) -> None:
    project = OpenProject.open(path)
    project.author = author
    website = next(t for t in project.state.touchpoints.values() if t.name == "Website")
    project.commit(touchpoints.update_touchpoints(project.state, [website.id], **fields))
    project.save()
    project.close()


def pair(tmp_path, capsys):
    ours, theirs = tmp_path / "ours.tpm", tmp_path / "theirs.tpm"
    assert run(capsys, "new", str(ours), "--lang", "en")[0] == 0
    project = OpenProject.open(ours)
    project.commit(touchpoints.add_touchpoint(project.state, "Website", 1, 1, 1)[0])
    project.commit(touchpoints.add_touchpoint(project.state, "Hotline", 2, 2, 2)[0])
    project.save()
    project.close()
    shutil.copy(ours, theirs)
    return ours, theirs


def test_dry_run_lists_conflicts_and_changes_nothing(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    ours, theirs = pair(tmp_path, capsys)
    edited(ours, "Consultant", name="Web here")
    edited(theirs, "Client", name="Web there", as_is="Slow")
    before = digest(ours)
    code, out, _ = run(capsys, "merge", str(ours), str(theirs), "--dry-run")
    assert code == 0
    assert "2 incoming changes, 1 of them conflicts" in out
    assert "[keep ours, changed on both sides]" in out and "“Web here” ↔ there “Web there”" in out
    assert "as-is" in out
    assert digest(ours) == before


def test_merge_saves_prefer_theirs_and_writes_a_log(tmp_path, capsys):
    ours, theirs = pair(tmp_path, capsys)
    edited(ours, "Consultant", name="Web here")
    edited(theirs, "Client", name="Web there", as_is="Slow")
    code, out, _ = run(capsys, "merge", str(ours), str(theirs), "--prefer", "theirs")
    assert code == 0 and "2 changes taken, 0 left out" in out
    state = read_project(ours)
    names = {t.name for t in state.touchpoints.values()}
    assert "Web there" in names
    (log,) = state.table(MergeLog).values()
    assert log.source == str(theirs)
    code, out, _ = run(capsys, "merge", str(ours), str(theirs))
    assert code == 0 and "Nothing to take" in out


def test_output_file_leaves_ours_alone(tmp_path, capsys):
    ours, theirs = pair(tmp_path, capsys)
    edited(theirs, "Client", as_is="Slow")
    before = digest(ours)
    out_path = tmp_path / "merged.tpm"
    assert run(capsys, "merge", str(ours), str(theirs), "-o", str(out_path))[0] == 0
    assert digest(ours) == before
    merged = read_project(out_path)
    assert any(t.as_is == "Slow" for t in merged.touchpoints.values())
    code, _, err = run(capsys, "merge", str(ours), str(theirs), "-o", str(out_path))
    assert code == 1 and "exists already" in err


def test_another_project_is_refused_unless_imported_as_new(tmp_path, capsys):
    ours, _ = pair(tmp_path, capsys)
    other = tmp_path / "other.tpm"
    assert run(capsys, "new", str(other), "--sample", "--lang", "en")[0] == 0
    before = digest(ours)
    code, _, err = run(capsys, "merge", str(ours), str(other))
    assert code == 1 and "another project" in err and "--as-new" in err
    assert digest(ours) == before
    code, out, _ = run(capsys, "merge", str(ours), str(other), "--as-new")
    assert code == 0 and "128 touchpoints" in out
    assert len(read_project(ours).touchpoints) == 130


def test_bad_files_give_one_line(tmp_path, capsys):
    ours, _ = pair(tmp_path, capsys)
    junk = tmp_path / "junk.tpm"
    junk.write_bytes(b"not a database at all" * 10)
    code, _, err = run(capsys, "merge", str(ours), str(junk))
    assert code == 1 and err.count("\n") == 1 and "Traceback" not in err
    code, _, err = run(capsys, "merge", str(ours), str(ours))
    assert code == 1 and "project file itself" in err


def test_german_messages(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    monkeypatch.setenv("LANGUAGE", "de")
    ours, theirs = pair(tmp_path, capsys)
    edited(theirs, "Client", as_is="Langsam")
    code, out, _ = run(capsys, "merge", str(ours), str(theirs), "--dry-run", "--lang", "de")
    assert code == 0 and "eingehende Änderung" in out and "Ist hier" in out
    # without --lang the listing follows the project (English here), as the report does
    code, out, _ = run(capsys, "merge", str(ours), str(theirs), "--dry-run")
    assert code == 0 and "incoming change" in out and "as-is here" in out


def test_listing_without_conflicts_says_so_and_nothing_to_take_stands_alone(
    tmp_path, capsys, monkeypatch
):
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    ours, theirs = pair(tmp_path, capsys)
    edited(theirs, "Client", as_is="Slow")
    code, out, _ = run(capsys, "merge", str(ours), str(theirs))
    assert code == 0
    assert out.startswith("1 incoming change, no conflict:\n")
    code, out, _ = run(capsys, "merge", str(ours), str(theirs), "--dry-run")
    assert code == 0
    assert out == "Nothing to take: this copy already holds every change of the other.\n"

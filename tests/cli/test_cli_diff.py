"""`tpm-desktop diff A B`: every difference both ways, who made it, nothing changed."""

from __future__ import annotations

import hashlib
import json
import shutil

from tpm_desktop.cli.main import main
from tpm_desktop.core.edits import touchpoints
from tpm_desktop.core.project_file import OpenProject


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def edit(path, change) -> None:
    project = OpenProject.open(path)
    project.commit(change(project.state))
    project.save()
    project.close()


def website(state) -> int:
    return next(t.id for t in state.touchpoints.values() if t.name == "Website")


def copies(tmp_path, capsys):
    a, b = tmp_path / "a.tpm", tmp_path / "b.tpm"
    assert run(capsys, "new", str(a), "--lang", "en")[0] == 0
    edit(a, lambda s: touchpoints.add_touchpoint(s, "Website", 1, 1, 1)[0])
    edit(a, lambda s: touchpoints.add_touchpoint(s, "Hotline", 2, 2, 2)[0])
    shutil.copy(a, b)
    return a, b


def test_lists_both_directions_with_who_changed_it(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    a, b = copies(tmp_path, capsys)
    edit(a, lambda s: touchpoints.update_touchpoints(s, [website(s)], as_is="Slow"))
    edit(b, lambda s: touchpoints.update_touchpoints(s, [website(s)], name="Web shop"))
    edit(b, lambda s: touchpoints.add_touchpoint(s, "Chat", 1, 2, 1)[0])
    before = digest(a), digest(b)
    code, out, _ = run(capsys, "diff", str(a), str(b))
    assert code == 0
    assert "between a.tpm (A) and b.tpm (B)" in out
    assert "[changed in A] touchpoint “Web shop”: as-is A “Slow” ↔ B “”" in out
    assert "[changed in B] touchpoint “Web shop”: name A “Website” ↔ B “Web shop”" in out
    assert "[changed in B] touchpoint “Chat”: only in B" in out
    assert (digest(a), digest(b)) == before


def test_json_names_fields_and_sides(tmp_path, capsys):
    a, b = copies(tmp_path, capsys)
    edit(a, lambda s: touchpoints.update_touchpoints(s, [website(s)], experience=1))
    edit(b, lambda s: touchpoints.update_touchpoints(s, [website(s)], experience=-2))
    edit(
        b,
        lambda s: touchpoints.delete_touchpoints(
            s, [next(t.id for t in s.touchpoints.values() if t.name == "Hotline")]
        ),
    )
    code, out, _ = run(capsys, "diff", str(a), str(b), "--json")
    assert code == 0
    data = json.loads(out)
    assert data["shared_history"] is True
    by_name = {d["name"]: d for d in data["differences"]}
    assert by_name["Website"]["fields"] == [
        {"field": "experience", "a": 1, "b": -2, "changed_by": "both"}
    ]
    hotline = by_name["Hotline"]
    assert hotline["presence"] == "only_a" and hotline["changed_by"] == "b"


def test_same_copies_have_no_differences_in_german(tmp_path, capsys, monkeypatch):
    a, b = copies(tmp_path, capsys)
    monkeypatch.setenv("LANGUAGE", "en")
    code, out, _ = run(capsys, "diff", str(a), str(b), "--lang", "de")
    assert code == 0 and "enthalten dieselben Projektdaten" in out


def test_listing_speaks_the_projects_language_unless_told(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("LANGUAGE", "en")
    a, b = tmp_path / "a.tpm", tmp_path / "b.tpm"
    assert run(capsys, "new", str(a), "--lang", "de")[0] == 0
    edit(a, lambda s: touchpoints.add_touchpoint(s, "Website", 1, 1, 1)[0])
    shutil.copy(a, b)
    edit(b, lambda s: touchpoints.update_touchpoints(s, [website(s)], experience=2))
    code, out, _ = run(capsys, "diff", str(a), str(b))
    assert code == 0
    assert "1 Unterschied zwischen a.tpm (A) und b.tpm (B)" in out
    assert "[in B geändert] Touchpoint „Website“: Erlebnis A „–“ ↔ B „Begeistert (+2)“" in out
    code, out, _ = run(capsys, "diff", str(a), str(b), "--lang", "en")
    assert "[changed in B] touchpoint “Website”: experience A “–” ↔ B “Delights (+2)”" in out
    # errors outside the listing stay in the environment's language
    code, _, err = run(capsys, "diff", str(a), str(tmp_path / "missing.tpm"))
    assert code == 1 and "does not exist" in err


def test_a_closed_pipe_ends_quietly(tmp_path):
    import subprocess
    import sys

    a, b = tmp_path / "a.tpm", tmp_path / "b.tpm"
    cli = [sys.executable, "-m", "tpm_desktop"]
    subprocess.run(
        [*cli, "new", str(a), "--sample", "--lang", "en"], check=True, capture_output=True
    )
    shutil.copy(a, b)
    edit(b, lambda s: touchpoints.update_touchpoints(s, list(s.touchpoints), as_is="Checked"))
    diff = subprocess.Popen(
        [*cli, "diff", str(a), str(b)], stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    assert diff.stdout is not None
    diff.stdout.readline()
    diff.stdout.close()  # like `| head -1`
    code = diff.wait(timeout=60)
    err = diff.stderr.read().decode() if diff.stderr else ""
    assert code == 141 and err == ""


def test_copies_without_shared_history_say_so(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    a, b = copies(tmp_path, capsys)
    # b re-created from a's data but with its own journal: same project, no shared sets
    project = OpenProject.open(b)
    state = project.state
    project.close()
    fresh = OpenProject.create(state)
    fresh.commit(touchpoints.update_touchpoints(fresh.state, [website(fresh.state)], as_is="x"))
    c = tmp_path / "c.tpm"
    fresh.save_as(c)
    fresh.close()
    code, out, _ = run(capsys, "diff", str(a), str(c))
    assert code == 0
    assert "share no history" in out and "[differs]" in out


def test_another_project_or_a_damaged_file_is_one_line(tmp_path, capsys):
    a, _ = copies(tmp_path, capsys)
    other = tmp_path / "other.tpm"
    run(capsys, "new", str(other))
    code, _, err = run(capsys, "diff", str(a), str(other))
    assert code == 1 and "another project" in err and len(err.strip().splitlines()) == 1
    broken = tmp_path / "broken.tpm"
    broken.write_bytes(a.read_bytes()[:5000])
    code, _, err = run(capsys, "diff", str(a), str(broken))
    assert code == 1 and err.startswith("tpm-desktop:") and "Traceback" not in err

"""Bad input: every file that is not a healthy project is refused with its own message."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import struct
from pathlib import Path

import pytest

from tests.support.builders import save_new
from tpm_desktop.core.checks import check_file
from tpm_desktop.core.errors import ProjectFileError
from tpm_desktop.core.project_file import OpenProject, read_project
from tpm_desktop.core.schema import SCHEMA_VERSION


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def good(tmp_path) -> Path:
    path = tmp_path / "good.tpm"
    save_new(path)
    return path


def refused(path: Path, workspace) -> ProjectFileError:
    """Opening must fail in every reader, leave the file unchanged and leave no session."""
    before = digest(path) if path.is_file() else None
    with pytest.raises(ProjectFileError) as opened:
        OpenProject.open(path, workspace)
    with pytest.raises(ProjectFileError) as checked:
        read_project(path)  # what `tpm-desktop check` runs
    assert opened.value.code == checked.value.code
    after = digest(path) if path.is_file() else None
    assert before == after
    sessions = workspace.sessions_dir
    assert not sessions.exists() or not any(sessions.iterdir())
    for suffix in ("-journal", "-wal", "-shm"):
        assert not Path(f"{path}{suffix}").exists()
    message = opened.value.message("en")
    assert "\n" not in message and str(path) in message
    assert opened.value.message("de") != message
    return opened.value


def test_healthy_file_passes(good, workspace):
    assert check_file(good).user_version == SCHEMA_VERSION
    project = OpenProject.open(good, workspace)
    assert len(project.state.touchpoints) == 3
    project.close()


def test_zero_byte_file(tmp_path, workspace):
    path = tmp_path / "empty.tpm"
    path.write_bytes(b"")
    assert refused(path, workspace).code == "empty_file"


def test_text_file_renamed(tmp_path, workspace):
    path = tmp_path / "notes.tpm"
    path.write_text("Touchpoints: website, hotline\n" * 20)
    assert refused(path, workspace).code == "not_sqlite"


def test_cut_at_50_bytes(good, workspace):
    good.write_bytes(good.read_bytes()[:50])
    assert refused(good, workspace).code == "truncated"


def test_cut_at_half(good, workspace):
    data = good.read_bytes()
    good.write_bytes(data[: len(data) // 2])
    assert refused(good, workspace).code == "truncated"


def test_other_applications_sqlite_file(tmp_path, workspace):
    path = tmp_path / "other.tpm"
    connection = sqlite3.connect(path)
    connection.execute("create table contacts(name text)")
    connection.commit()
    connection.close()
    assert refused(path, workspace).code == "foreign_database"


def test_newer_schema_version(good, workspace):
    data = bytearray(good.read_bytes())
    data[60:64] = struct.pack(">I", SCHEMA_VERSION + 1)
    good.write_bytes(bytes(data))
    error = refused(good, workspace)
    assert error.code == "newer_version"
    assert str(SCHEMA_VERSION + 1) in error.message("en")


def test_missing_path_is_not_created(tmp_path, workspace):
    path = tmp_path / "nowhere" / "missing.tpm"
    assert refused(path, workspace).code == "file_not_found"
    assert not path.exists() and not path.parent.exists()


def test_folder_instead_of_file(tmp_path, workspace):
    assert refused(tmp_path, workspace).code == "not_a_file"


def test_corrupted_page_is_damaged(good, workspace):
    data = bytearray(good.read_bytes())
    page_size = struct.unpack(">H", data[16:18])[0]
    # scribble over the second page (a b-tree page of some table)
    data[page_size + 8 : page_size + 200] = b"\xff" * 192
    good.write_bytes(bytes(data))
    assert refused(good, workspace).code == "damaged"


def test_missing_table(good, workspace):
    connection = sqlite3.connect(good)
    connection.execute("PRAGMA foreign_keys=OFF")
    connection.execute("DROP TABLE round_score")
    connection.commit()
    connection.close()
    error = refused(good, workspace)
    assert error.code == "missing_tables" and "round_score" in error.message("en")


def test_trigger_in_received_file_is_refused(good, workspace):
    connection = sqlite3.connect(good)
    connection.execute(
        "CREATE TRIGGER evil AFTER UPDATE ON touchpoint BEGIN DELETE FROM measure; END"
    )
    connection.commit()
    connection.close()
    assert refused(good, workspace).code == "unexpected_objects"


def test_wrong_type_in_column_is_damaged(good, workspace):
    connection = sqlite3.connect(good)
    # TEXT affinity would turn a number into text, but a blob stays a blob
    connection.execute("UPDATE touchpoint SET name = x'00ff' WHERE id = 1")
    connection.commit()
    connection.close()
    assert refused(good, workspace).code == "damaged"


def test_read_only_file_opens_with_notice_and_save_as_works(good, workspace, tmp_path):
    os.chmod(good, 0o444)
    before = digest(good)
    project = OpenProject.open(good, workspace)
    assert [n.code for n in project.notices] == ["read_only_file_notice"]
    from tpm_desktop.core.edits import touchpoints

    changes, _ = touchpoints.add_touchpoint(project.state, "New", 1, 1, 1)
    project.commit(changes)
    with pytest.raises(ProjectFileError) as info:
        project.save()
    assert info.value.code == "file_read_only"
    assert digest(good) == before
    project.save_as(tmp_path / "copy.tpm")
    assert len(read_project(tmp_path / "copy.tpm").touchpoints) == 4
    project.close()


def test_file_in_read_only_folder(tmp_path, workspace):
    folder = tmp_path / "stick"
    folder.mkdir()
    path = folder / "p.tpm"
    save_new(path)
    os.chmod(folder, 0o555)
    try:
        before = digest(path)
        project = OpenProject.open(path, workspace)
        assert [n.code for n in project.notices] == ["read_only_folder_notice"]
        with pytest.raises(ProjectFileError) as info:
            project.save()
        assert info.value.code == "folder_read_only"
        assert digest(path) == before
        assert sorted(os.listdir(folder)) == ["p.tpm"]
        project.close()
    finally:
        os.chmod(folder, 0o755)


def test_a_device_is_not_called_a_folder(workspace):
    with pytest.raises(ProjectFileError) as refused:
        OpenProject.open("/dev/null", workspace)
    assert refused.value.code == "not_regular_file"

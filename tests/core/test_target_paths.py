"""Paths that cannot hold a file get a clear message, and nothing but a plain file is replaced."""

from __future__ import annotations

import hashlib
import os
import stat
from pathlib import Path

import pytest

from tests.support.bad_input import long_folder
from tests.support.builders import save_new
from tpm_desktop.core import db
from tpm_desktop.core.atomic import write_bytes_atomic
from tpm_desktop.core.errors import ProjectFileError
from tpm_desktop.core.project_file import OpenProject, read_project


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_pipe_or_device_is_never_replaced(tmp_path):
    pipe = tmp_path / "report.pdf"
    os.mkfifo(pipe)
    with pytest.raises(ProjectFileError) as refused:
        write_bytes_atomic(pipe, b"%PDF-")
    assert refused.value.code == "not_regular_file"
    assert stat.S_ISFIFO(os.lstat(pipe).st_mode)
    assert os.listdir(tmp_path) == ["report.pdf"]  # and no temporary file
    link = tmp_path / "link.pdf"
    link.symlink_to(pipe)  # the link is followed to the pipe, which stays
    with pytest.raises(ProjectFileError) as refused:
        write_bytes_atomic(link, b"%PDF-")
    assert refused.value.code == "not_regular_file"
    assert stat.S_ISFIFO(os.lstat(pipe).st_mode) and link.is_symlink()


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("a\x00b.pdf", "invalid_path"),
        ("a\ud800b.pdf", "invalid_path"),  # not even encodable as a file name
        ("ü" * 130 + ".pdf", "path_too_long"),  # 264 bytes: over the 255-byte name limit
        ("folder", "target_is_folder"),
    ],
)
def test_impossible_targets_are_refused_with_a_message(tmp_path, name, code):
    (tmp_path / "folder").mkdir()
    with pytest.raises(ProjectFileError) as refused:
        write_bytes_atomic(tmp_path / name, b"data")
    assert refused.value.code == code
    assert "\n" not in refused.value.message("de")
    assert os.listdir(tmp_path) == ["folder"]


def test_a_file_too_deep_for_sqlite_is_not_called_damaged(tmp_path, workspace):
    deep = long_folder(tmp_path, db.MAX_PATH_BYTES + 1 - len("/p.tpm"))
    save_new(tmp_path / "p.tpm")
    (tmp_path / "p.tpm").rename(deep / "p.tpm")
    for opening in (read_project, lambda p: OpenProject.open(p, workspace)):
        with pytest.raises(ProjectFileError) as refused:
            opening(deep / "p.tpm")
        assert refused.value.code == "path_too_long"
    # One byte less opens (the limit is where SQLite fails, not a guess).
    (deep / "p.tpm").rename(deep / "q.tp")
    read_project(deep / "q.tp")


def test_saving_into_a_folder_too_deep_for_sqlite_writes_nothing(tmp_path, workspace):
    deep = long_folder(tmp_path, db.MAX_PATH_BYTES - 10)
    project = OpenProject.create(read_project(save_new_and_path(tmp_path)), workspace)
    try:
        with pytest.raises(ProjectFileError) as refused:
            project.save_as(deep / "p.tpm")
        assert refused.value.code == "path_too_long"
        assert project.path is None
    finally:
        project.close()
    assert os.listdir(deep) == []


def save_new_and_path(folder: Path) -> Path:
    path = folder / "source.tpm"
    save_new(path)
    return path

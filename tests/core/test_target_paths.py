"""Paths that cannot hold a file get a clear message, and nothing but a plain file is replaced."""

from __future__ import annotations

import os
import stat

import pytest

from tpm_desktop.core.atomic import write_bytes_atomic
from tpm_desktop.core.errors import ProjectFileError


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

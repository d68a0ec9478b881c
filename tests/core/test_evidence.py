"""Evidence and comments: checked attachments, limits, threads, undo, file round trip."""

from __future__ import annotations

import io
import zlib
from datetime import date, datetime

import pytest
from PIL import Image

from tests.support.builders import small_state
from tpm_desktop.core import attachments
from tpm_desktop.core.attachments import checked_attachment, read_attachment
from tpm_desktop.core.edits import evidence, touchpoints
from tpm_desktop.core.enums import EvidenceKind
from tpm_desktop.core.errors import EditError
from tpm_desktop.core.model import Comment, Evidence, Touchpoint
from tpm_desktop.core.project_file import OpenProject, read_project


def png(width: int = 8, height: int = 6) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), (10, 120, 200)).save(out, "PNG")
    return out.getvalue()


def bomb_png(side: int = 20_000) -> bytes:
    """A PNG of side x side black pixels: a few hundred KB that decode to gigabytes."""
    import struct

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", side, side, 8, 0, 0, 0, 0)  # 8-bit grey
    row = b"\x00" * (side + 1)
    compressor = zlib.compressobj(9)
    data = b"".join(compressor.compress(row) for _ in range(side)) + compressor.flush()
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", data) + chunk(b"IEND", b"")
    )


def _apply(state, result):
    changes, new_id = result if isinstance(result, tuple) else (result, None)
    state.apply(changes)
    return new_id


@pytest.fixture
def state():
    return small_state()


def _web(state) -> int:
    return next(tp.id for tp in state.table(Touchpoint).values() if tp.name == "Website")


def test_an_image_is_checked_by_decoding(tmp_path):
    path = tmp_path / "photo.png"
    path.write_bytes(png())
    attachment = read_attachment(path)
    assert attachment.kind is EvidenceKind.IMAGE and attachment.mime == "image/png"


def test_a_png_that_is_really_html_is_refused(tmp_path):
    path = tmp_path / "photo.png"
    path.write_text("<html><script>alert(1)</script></html>")
    with pytest.raises(EditError) as caught:
        read_attachment(path)
    assert caught.value.code == "not_an_image"
    assert "not a readable PNG or JPEG" in caught.value.message("en")
    assert "kein lesbares PNG" in caught.value.message("de")


def test_a_jpeg_named_png_is_accepted_as_the_jpeg_it_is():
    out = io.BytesIO()
    Image.new("RGB", (4, 4)).save(out, "JPEG")
    assert checked_attachment(out.getvalue(), "x.png").mime == "image/jpeg"


def test_a_gif_is_no_accepted_image():
    out = io.BytesIO()
    Image.new("P", (4, 4)).save(out, "GIF")
    with pytest.raises(EditError):
        checked_attachment(out.getvalue(), "x.png")


def test_a_decompression_bomb_is_refused():
    with pytest.raises(EditError) as caught:
        checked_attachment(bomb_png(), "bomb.png")
    assert caught.value.code == "image_too_large"


def test_a_200_mb_file_is_refused_before_it_is_read(tmp_path, monkeypatch):
    path = tmp_path / "huge.pdf"
    with path.open("wb") as stream:
        stream.truncate(200 * attachments.MB)  # sparse: no disk space used
    opened = []
    real_open = type(path).open
    monkeypatch.setattr(
        type(path), "open", lambda self, *a, **k: opened.append(self) or real_open(self, *a, **k)
    )
    with pytest.raises(EditError) as caught:
        read_attachment(path)
    assert caught.value.code == "attachment_too_large" and opened == []
    assert "20 MB" in caught.value.message("en")


def test_unknown_kinds_and_missing_files_are_clear_messages(tmp_path):
    with pytest.raises(EditError) as caught:
        read_attachment(tmp_path / "tool.exe")
    assert caught.value.code == "attachment_type"
    with pytest.raises(EditError) as caught:
        read_attachment(tmp_path / "gone.pdf")
    assert caught.value.code == "attachment_unreadable"


def test_project_limit_refuses_and_warns_before(state, monkeypatch):
    web = _web(state)
    monkeypatch.setattr(attachments, "MAX_PROJECT_BYTES", 1000)
    monkeypatch.setattr(evidence, "MAX_PROJECT_BYTES", 1000)
    monkeypatch.setattr(attachments, "WARN_PROJECT_BYTES", 500)
    doc = checked_attachment(b"x" * 600, "notes.txt")
    assert attachments.project_room(state, 600) == "warn"
    _apply(state, evidence.add_file(state, web, doc))
    assert attachments.project_room(state, 600) == "full"
    with pytest.raises(EditError) as caught:
        evidence.add_file(state, web, doc)
    assert caught.value.code == "project_attachments_full"


def test_files_links_and_quotes_in_order_and_through_the_file(tmp_path, workspace):
    project = OpenProject.create(small_state(), workspace)
    web = _web(project.state)

    def run(result):
        changes, new_id = result
        project.commit(changes)
        return new_id

    image = run(evidence.add_file(project.state, web, checked_attachment(png(), "a.png")))
    run(evidence.add_file(project.state, web, checked_attachment(b"%PDF-1.4\n", "r.pdf")))
    run(evidence.add_link(project.state, web, "https://example.org/a"))
    quote = run(
        evidence.add_quote(
            project.state, web, "x" * 1_000_000, source="Survey", quote_date=date(2026, 1, 2)
        )
    )
    project.commit(evidence.update_evidence(project.state, image, in_report=False))
    target = tmp_path / "p.tpm"
    project.save_as(target)
    project.close()
    state = read_project(target)
    kinds = [e.kind for e in state.evidence_of(web)]
    assert kinds == ["image", "document", "link", "quote"]
    first = state.get(Evidence, image)
    assert first.data == png() and not first.in_report and first.size == len(png())
    assert len(state.get(Evidence, quote).quote) == 1_000_000


def test_the_journal_names_bytes_by_digest_not_content(workspace):
    import sqlite3

    project = OpenProject.create(small_state(), workspace)
    web = _web(project.state)
    data = b"A" * 500_000
    changes, _ = evidence.add_file(project.state, web, checked_attachment(data, "big.txt"))
    project.commit(changes)
    connection = sqlite3.connect(project.working_path)
    (longest,) = connection.execute("SELECT max(length(new)) FROM journal_entry").fetchone()
    connection.close()
    project.close()
    assert longest < 2_000


def test_bad_links_and_empty_quotes_are_refused(state):
    web = _web(state)
    for url in ("javascript:alert(1)", "file:///etc/passwd", "http://a b.org", ""):
        with pytest.raises(EditError):
            evidence.add_link(state, web, url)
    with pytest.raises(EditError):
        evidence.add_quote(state, web, "  \n ")
    with pytest.raises(EditError):
        evidence.add_quote(state, web, "x" * 2_000_001)


def test_a_comment_thread_resolves_and_deletes_as_one(state):
    web = _web(state)
    first = _apply(state, evidence.add_comment(state, web, "Too slow", author="Ann"))
    reply = _apply(state, evidence.add_comment(state, web, "Yes", author="Ben", parent_id=first))
    deeper = _apply(state, evidence.add_comment(state, web, "Fixed?", parent_id=reply))
    assert evidence.open_threads(state, web) == 1
    assert evidence.thread_root(state, deeper).id == first
    _apply(state, evidence.set_resolved(state, deeper, True))
    assert state.get(Comment, first).resolved and evidence.open_threads(state, web) == 0
    assert [c.id for c in evidence.replies_of(state, first)] == [reply, deeper]
    changes = evidence.delete_comment(state, first)
    state.apply(changes)
    assert not state.comments_of(web)
    state.apply(changes.inverted())
    assert len(state.comments_of(web)) == 3


def test_a_thread_deletes_with_its_touchpoint_through_the_file(workspace):
    project = OpenProject.create(small_state(), workspace)
    web = _web(project.state)
    first_changes, first = evidence.add_comment(project.state, web, "A")
    project.commit(first_changes)
    changes, reply = evidence.add_comment(project.state, web, "B", parent_id=first)
    project.commit(changes)
    changes, _ = evidence.add_comment(project.state, web, "C", parent_id=reply)
    project.commit(changes)
    removal = touchpoints.delete_touchpoints(project.state, [web])
    project.commit(removal)
    project.commit(removal.inverted(), kind="undo")
    assert len(project.reload_state().comments_of(web)) == 3
    project.close()


def test_comment_rules(state):
    web = _web(state)
    with pytest.raises(EditError):
        evidence.add_comment(state, web, " ")
    hotline = next(tp.id for tp in state.table(Touchpoint).values() if tp.name == "Hotline")
    first = _apply(state, evidence.add_comment(state, web, "A", at=datetime(2026, 1, 1)))
    with pytest.raises(EditError):
        evidence.add_comment(state, hotline, "B", parent_id=first)
    _apply(state, evidence.edit_comment(state, first, "A\x00b"))
    assert state.get(Comment, first).text == "Ab"

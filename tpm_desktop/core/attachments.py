"""Files attached to touchpoints as evidence: reading, checking and the size limits.

Attachments live inside the `.tpm` file (it stays one portable file), so their size
is bounded per file and per project. A file is never read whole before its size is
known, and an image is only accepted once Pillow has decoded it: a renamed HTML
page or a decompression bomb is refused with a message. Nothing here opens or runs
a file; the UI shows a document only on the user's request (from a temporary copy).
"""

from __future__ import annotations

import hashlib
import io
import mimetypes
import warnings
from dataclasses import dataclass
from pathlib import Path

from PIL import Image

from tpm_desktop.core.enums import EvidenceKind
from tpm_desktop.core.errors import EditError
from tpm_desktop.core.model import Evidence, Segment
from tpm_desktop.core.state import ProjectState

MB = 1024 * 1024
# One attachment at most this large: a photo or a scanned PDF fits, a video does not.
MAX_FILE_BYTES = 20 * MB
# All attachments of one project together: the file stays small enough to e-mail
# in parts and to load quickly (the open project holds them in memory).
MAX_PROJECT_BYTES = 200 * MB
# Past this share of the project limit the user is warned before attaching more.
WARN_PROJECT_BYTES = 150 * MB
# Pillow's own guard against decompression bombs (it raises beyond twice this);
# a 24-megapixel camera photo is far below it.
MAX_IMAGE_PIXELS = 50_000_000

IMAGE_FORMATS = {"PNG": "image/png", "JPEG": "image/jpeg"}
IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg"}
DOCUMENT_SUFFIXES = {
    ".pdf",
    ".txt",
    ".csv",
    ".md",
    ".rtf",
    ".odt",
    ".ods",
    ".odp",
    ".docx",
    ".xlsx",
    ".pptx",
    ".doc",
    ".xls",
    ".ppt",
}


@dataclass(frozen=True, slots=True)
class Attachment:
    """A checked file, ready to be stored as evidence."""

    kind: EvidenceKind
    filename: str
    mime: str
    data: bytes

    @property
    def digest(self) -> str:
        """SHA-256 of the bytes, hex."""
        return hashlib.sha256(self.data).hexdigest()


def attached_bytes(state: ProjectState) -> int:
    """How many bytes the project's attachments and segment pictures take."""
    total = sum(len(e.data) for e in state.table(Evidence).values() if e.data)
    return total + sum(len(s.picture) for s in state.table(Segment).values() if s.picture)


def project_room(state: ProjectState, adding: int) -> str:
    """ "ok", "warn" (past the warning mark) or "full" (past the limit) after `adding` bytes."""
    total = attached_bytes(state) + adding
    if total > MAX_PROJECT_BYTES:
        return "full"
    return "warn" if total > WARN_PROJECT_BYTES else "ok"


def read_attachment(path: Path) -> Attachment:
    """Read and check a file for attaching; EditError with a clear message otherwise."""
    suffix = path.suffix.lower()
    if suffix not in IMAGE_SUFFIXES and suffix not in DOCUMENT_SUFFIXES:
        raise EditError("attachment_type", path)
    try:
        if not path.is_file():
            raise EditError("attachment_unreadable", path, detail="not a file")
        if path.stat().st_size > MAX_FILE_BYTES:
            raise EditError("attachment_too_large", path, limit=MAX_FILE_BYTES // MB)
        with path.open("rb") as stream:
            # Read one byte past the limit: a file that grew since stat is caught too.
            data = stream.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise EditError("attachment_unreadable", path, detail=exc.strerror or str(exc)) from exc
    return checked_attachment(data, path.name, path)


def checked_attachment(data: bytes, filename: str, path: Path | str | None = None) -> Attachment:
    """Check bytes named `filename` (from a file or a drop); EditError when refused."""
    where = path if path is not None else filename
    suffix = Path(filename).suffix.lower()
    if len(data) > MAX_FILE_BYTES:
        raise EditError("attachment_too_large", where, limit=MAX_FILE_BYTES // MB)
    if suffix in IMAGE_SUFFIXES:
        mime = image_mime(data, where)
        return Attachment(EvidenceKind.IMAGE, filename, mime, data)
    if suffix in DOCUMENT_SUFFIXES:
        mime = mimetypes.guess_type(f"x{suffix}")[0] or "application/octet-stream"
        return Attachment(EvidenceKind.DOCUMENT, filename, mime, data)
    raise EditError("attachment_type", where)


def image_mime(data: bytes, where: Path | str = "") -> str:
    """The MIME type of a PNG or JPEG image, checked by decoding it fully."""
    Image.MAX_IMAGE_PIXELS = MAX_IMAGE_PIXELS
    try:
        with warnings.catch_warnings():
            # Between the limit and twice it Pillow only warns; refuse those too.
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as image:
                fmt = image.format
                image.load()
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise EditError("image_too_large", where, limit=MAX_IMAGE_PIXELS // 1_000_000) from exc
    except (OSError, ValueError, SyntaxError, EOFError) as exc:
        raise EditError("not_an_image", where) from exc
    if fmt not in IMAGE_FORMATS:
        raise EditError("not_an_image", where)
    return IMAGE_FORMATS[fmt]


def thumbnail_png(data: bytes, size: int = 160) -> bytes | None:
    """A small PNG of an image for previews and reports; None when it does not decode."""
    Image.MAX_IMAGE_PIXELS = MAX_IMAGE_PIXELS
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as image:
                image.thumbnail((size, size))
                out = io.BytesIO()
                image.convert("RGB").save(out, "PNG")
                return out.getvalue()
    except (OSError, ValueError, SyntaxError, EOFError, Image.DecompressionBombError):
        return None
    except Image.DecompressionBombWarning:
        return None


def safe_filename(name: str, fallback: str = "attachment") -> str:
    """A file name to write a temporary copy under: no folders, no odd characters."""
    base = Path(name.replace("\\", "/")).name
    cleaned = "".join(ch for ch in base if ch.isalnum() or ch in "._- ").strip(" .")
    return cleaned[:120] or fallback

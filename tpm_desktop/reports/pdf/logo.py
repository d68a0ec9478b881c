"""The optional logo on the cover: a PNG or JPEG file, checked and scaled down."""

from __future__ import annotations

import io
import stat
import warnings
from pathlib import Path

from reportlab.lib.utils import ImageReader

from tpm_desktop.core.atomic import check_path
from tpm_desktop.core.errors import ProjectFileError
from tpm_desktop.reports.pdf.options import LOGO_SUFFIXES, MAX_LOGO_BYTES, ReportError

MAX_PIXELS = 40_000_000
MAX_SIDE = 1200  # pixels kept: plenty for 5 cm at print resolution


def load_logo(path: Path) -> ImageReader:
    """Read and check a logo file; raises ReportError with a clear message."""
    from PIL import Image

    path = Path(path)
    check_path(path)  # a NUL in a typed path was a ValueError
    if path.suffix.lower() not in LOGO_SUFFIXES:
        raise ReportError("logo_format", path)
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode) and not stat.S_ISDIR(info.st_mode):
            # Reading a pipe or a device never ends (the report would hang).
            raise ProjectFileError("not_regular_file", path)
        if info.st_size > MAX_LOGO_BYTES:
            raise ReportError("logo_too_large", path)
        data = path.read_bytes()
    except OSError as exc:
        raise ReportError("logo_unreadable", path, detail=exc.strerror or str(exc)) from exc
    if not (data.startswith(b"\x89PNG\r\n\x1a\n") or data.startswith(b"\xff\xd8\xff")):
        raise ReportError("logo_format", path)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data))
            if image.width * image.height > MAX_PIXELS:
                raise ReportError("logo_too_large", path)
            image.load()
    except ReportError:
        raise
    except Exception as exc:  # PIL raises many types for broken files
        raise ReportError("logo_unreadable", path, detail=type(exc).__name__) from exc
    if image.mode not in ("RGB", "RGBA", "L", "LA"):
        image = image.convert("RGBA")
    image.thumbnail((MAX_SIDE, MAX_SIDE))
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    buffer.seek(0)
    return ImageReader(buffer)

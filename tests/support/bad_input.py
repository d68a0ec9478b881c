"""Hostile text and paths for the bad-input tests, shared by every place that takes text.

Each input is something a user can paste, a received file can hold, or a shell can
pass: control characters, text Python cannot even encode (lone surrogates, which a
file name in a foreign encoding becomes), right-to-left overrides, a megabyte in one
field, markup that ReportLab would read as tags, emoji and stacked combining marks.
"""

from __future__ import annotations

import io
import os
import re
import subprocess
import tempfile
from pathlib import Path

MEGABYTE = 1 << 20

BAD_TEXT: dict[str, str] = {
    "NUL": "before\x00after",
    "control characters": "a\x01b\x07c\x1b[31md\x7fe\x85f\x9fg",
    "line breaks": "one\r\ntwo\rthree\nfour\u2028five\u2029six",
    "lone surrogates": "M\udcfcller \ud800 end\udfff",
    "right-to-left": "\u202eevil.exe\u202c שלום مرحبا \u200f",
    "1 MB": ("Lorem ipsum dolor sit amet. " * (MEGABYTE // 28 + 1))[:MEGABYTE],
    "markup": "<b>x</b> &amp; <script>alert(1)</script> <para> ]]> <img src=x> &#0;",
    "emoji": "👍🏽 👨‍👩‍👧 🇩🇪 Team",
    "combining": "e\u0301 Z\u0334\u0321\u034ea\u0337l\u0336g\u0338o",
    "blank": "\x00 \t\n\x1b\u00a0 ",
    "zero-width and BOM": "\ufeff\u200bname\u200d",
}

# What must print literally in a PDF (after the documented cleaning), per input.
LITERAL_IN_PDF: dict[str, str] = {
    "markup": "<b>x</b> &amp; <script>alert(1)</script> <para> ]]> <img src=x> &#0;",
    "control characters": "b c [31md e f g",
    "combining": "e\u0301 Z",
}


def one_line(text: str) -> bool:
    """True when a message is one printable line (no traceback, no control characters)."""
    return bool(text) and "\n" not in text.strip() and "Traceback" not in text


def pdf_text(data: bytes) -> str:
    """The text of a PDF as pdftotext reads it (whitespace collapsed); fails on a broken file.

    pypdf parses the structure strictly; pdftotext reads every content stream and
    must do so without a single complaint on stderr.
    """
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data), strict=True)  # the structure parses
    assert len(reader.pages) >= 1 and reader.trailer["/Root"]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "report.pdf"
        path.write_bytes(data)
        result = subprocess.run(
            ["pdftotext", "-enc", "UTF-8", str(path), "-"],
            capture_output=True,
            text=True,
            check=False,
        )
    assert result.returncode == 0 and not result.stderr, result.stderr
    return re.sub(r"\s+", " ", result.stdout)


def long_folder(base: Path, total_bytes: int) -> Path:
    """A new folder below `base` whose absolute path has exactly `total_bytes` bytes.

    Made of nested folders with umlauts in their names, each within the 255-byte
    limit of one name (210 bytes), and a last one of ASCII letters to fit.
    """
    folder = base.absolute()
    index = 0
    while total_bytes - len(os.fsencode(str(folder))) > 250:
        folder = folder / (f"{index:02d} Ordner mit Ümläuten " + "ü" * 92)
        index += 1
    rest = total_bytes - len(os.fsencode(str(folder))) - 1
    assert rest > 0, "base is longer than the wanted path"
    folder = folder / ("x" * rest)
    folder.mkdir(parents=True)
    return folder

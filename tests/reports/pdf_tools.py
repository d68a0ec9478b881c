"""Reading PDFs back in tests: text by page (pdftotext), fonts (pdffonts), outline (pypdf)."""

from __future__ import annotations

import io
import re
import subprocess
import tempfile
from pathlib import Path

from pypdf import PdfReader


def _run(tool: str, data: bytes, *args: str) -> str:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "report.pdf"
        path.write_bytes(data)
        result = subprocess.run(
            [tool, *args, str(path), "-"] if tool == "pdftotext" else [tool, str(path)],
            capture_output=True,
            text=True,
            check=True,
        )
    return result.stdout


def pages_text(data: bytes) -> list[str]:
    """The text of every page, whitespace collapsed."""
    text = _run("pdftotext", data, "-enc", "UTF-8")
    return [re.sub(r"\s+", " ", page).strip() for page in text.split("\f")[:-1]]


def all_text(data: bytes) -> str:
    """The text of the whole document, whitespace collapsed."""
    return " ".join(pages_text(data))


def fonts(data: bytes) -> list[tuple[str, bool]]:
    """(font name, embedded) for every font of the document."""
    rows = _run("pdffonts", data).splitlines()[2:]
    result = []
    for row in rows:
        parts = row.split()
        # name, type..., encoding, emb, sub, uni, object, id
        result.append((parts[0], parts[-5] == "yes"))
    return result


def outline_titles(data: bytes) -> list[str]:
    """Titles of the PDF bookmarks, depth first."""
    reader = PdfReader(io.BytesIO(data))
    titles: list[str] = []

    def walk(items: list) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                titles.append(item.title)

    walk(reader.outline)
    return titles


def page_sizes(data: bytes) -> list[tuple[int, int]]:
    """Width and height of every page in whole points."""
    reader = PdfReader(io.BytesIO(data))
    return [(round(float(p.mediabox.width)), round(float(p.mediabox.height))) for p in reader.pages]

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


def raw_page_text(data: bytes, page: int) -> str:
    """The text of one page (1-based) in drawing order (pdftotext -raw), whitespace collapsed.

    Drawing order keeps a wrapped card name together even where the layout order
    would interleave it with the figure beside its first line.
    """
    text = _run("pdftotext", data, "-enc", "UTF-8", "-raw", "-f", str(page), "-l", str(page))
    return re.sub(r"\s+", " ", text).strip()


def text_sizes(data: bytes, page: int) -> list[tuple[float, str]]:
    """(size on the page in points, text) of every piece of text on one page (1-based).

    The size is the font size scaled by the text and transformation matrices, so
    text drawn at 6 pt in a scaled-down drawing counts as smaller than 6 pt.
    """
    reader = PdfReader(io.BytesIO(data))
    found: list[tuple[float, str]] = []

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        if not text.strip():
            return
        a, b, c, d = tm[0], tm[1], tm[2], tm[3]
        # tm x cm, the linear part only
        m0 = a * cm[0] + b * cm[2]
        m1 = a * cm[1] + b * cm[3]
        m2 = c * cm[0] + d * cm[2]
        m3 = c * cm[1] + d * cm[3]
        scale = abs(m0 * m3 - m1 * m2) ** 0.5
        found.append((round(size * scale, 3), text))

    reader.pages[page - 1].extract_text(visitor_text=visit)
    return found

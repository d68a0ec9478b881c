"""User text on its way into a PDF: cleaned, bounded, and never read as markup.

ReportLab's Paragraph parses its text as markup (`<b>`, `<img src=...>`,
`<a href=...>`), so every user string that reaches one is escaped here. Bulk user
text goes into `TextBlock`, which never parses markup at all. Control characters
are dropped (they break PDF strings), and lengths are bounded before any layout:
a received file may hold a 10 MB name, and a single huge paragraph takes
ReportLab minutes to wrap.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from reportlab import rl_config

from tpm_desktop.core.text import clean_line, clean_text

NAME_LIMIT = 300  # characters of a name in any table or heading
NOTE_LIMIT = 60_000  # characters of one note in the appendix (about 20 pages)
CHUNK = 1_500  # characters of one paragraph; longer lines are cut at a space
ELLIPSIS = "…"

_SPACES = re.compile(r"[ \t\u00a0]+")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")  # Unicode category Cc


def lock_down_reportlab() -> None:
    """Forbid every URL scheme and host: nothing in a report fetches a resource.

    Streams are written binary (no ASCII85): smaller files, and the pure-Python
    encoder was a tenth of the build time.
    """
    rl_config.trustedSchemes = []
    rl_config.trustedHosts = None
    rl_config.useA85 = 0


def shorten(text: str, limit: int) -> str:
    """At most `limit` characters; a cut text ends with an ellipsis."""
    if len(text) <= limit:
        return text
    return text[: max(0, limit - 1)].rstrip() + ELLIPSIS


def line(value: object, limit: int = NAME_LIMIT) -> str:
    """A single line of user text: no control characters or breaks, bounded."""
    text = "" if value is None else str(value)
    # Cut before cleaning too, so a 10 MB name is never scanned whole.
    text = text[: limit * 4]
    if _CONTROL.search(text) or _has_surrogate(text):
        text = clean_line(text)
    return shorten(_SPACES.sub(" ", text).strip(), limit)


def _has_surrogate(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def escape(text: str) -> str:
    """Escape `&`, `<` and `>` so Paragraph shows the text literally."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def markup(value: object, limit: int = NAME_LIMIT) -> str:
    """A user string made safe for a Paragraph: cleaned, bounded, escaped."""
    return escape(line(value, limit))


def paragraphs(value: object, limit: int = NOTE_LIMIT) -> tuple[list[str], int]:
    """A note as paragraphs of bounded length, and how many characters were left out.

    Lines become paragraphs (empty lines are dropped); lines longer than CHUNK
    are cut at the last space before the limit, or hard when there is none.
    """
    text = clean_text("" if value is None else str(value))
    omitted = max(0, len(text) - limit)
    if omitted:
        text = text[:limit]
    result: list[str] = []
    for raw in text.split("\n"):
        stripped = _SPACES.sub(" ", raw).strip()
        if stripped:
            result.extend(_chunks(stripped))
    return result, omitted


def _chunks(text: str) -> Iterator[str]:
    while len(text) > CHUNK:
        cut = text.rfind(" ", CHUNK // 2, CHUNK)
        if cut <= 0:
            cut = CHUNK
        yield text[:cut].rstrip()
        text = text[cut:].lstrip()
    if text:
        yield text


# Bytes of a file name piece: with a prefix and " (12).pdf" it stays far below the
# 255 bytes a file name may have (60 emoji alone are 240 bytes).
FILE_NAME_PART_BYTES = 150


def file_name_part(value: str, limit: int = 60) -> str:
    """A piece of a file name: no separators or reserved characters, bounded."""
    text = line(value, limit * 2)
    # Invisible format characters (category Cf) go too: a right-to-left override in
    # a received department name would show the file name reversed ("exe.pdf").
    text = "".join(ch for ch in text if unicodedata.category(ch) != "Cf")
    text = re.sub(r'[\\/:*?"<>|\x00-\x1f]', "", text)
    text = re.sub(r"\s+", " ", text).strip(" .")
    text = text[:limit]
    while len(text.encode("utf-8")) > FILE_NAME_PART_BYTES:
        text = text[:-1]
    return text.strip(" .") or "report"

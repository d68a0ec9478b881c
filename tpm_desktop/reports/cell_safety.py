"""Text cells that no spreadsheet program runs as a formula (CSV injection, OWASP).

A cell that starts with "=", "+", "-", "@", a tab or a carriage return is taken for a
formula by Excel and LibreOffice when a CSV is opened: `=HYPERLINK("http://x","click")`
as a touchpoint name would become a live link. Written files therefore prefix such
text with an apostrophe, the spreadsheet programs' own sign for "this is text"; the
import takes it off again. Text that itself starts with an apostrophe gets a second one,
so every text comes back exactly as it was written.
"""

from __future__ import annotations

from typing import Any

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
QUOTE = "'"


def needs_quote(text: str) -> bool:
    """True for text a spreadsheet would evaluate, or that starts with our own quote."""
    return text.startswith(FORMULA_STARTS) or text.startswith(QUOTE)


def neutralised(value: Any) -> Any:
    """The value to write: text that could run as a formula gets a leading apostrophe."""
    if isinstance(value, str) and needs_quote(value):
        return QUOTE + value
    return value


def restored(value: Any) -> Any:
    """The value as it was before `neutralised` (other values unchanged).

    Only an apostrophe that `neutralised` could have written is removed: "'abc" from
    a hand-made table stays as it is.
    """
    if isinstance(value, str) and value.startswith(QUOTE) and needs_quote(value[1:]):
        return value[1:]
    return value

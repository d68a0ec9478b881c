"""The cleaning rules of core.text: what any name or note becomes before it is stored."""

from __future__ import annotations

import unicodedata

import pytest

from tests.support.bad_input import BAD_TEXT
from tpm_desktop.core.errors import EditError
from tpm_desktop.core.text import (
    MAX_NAME_LENGTH,
    checked_line,
    checked_name,
    checked_text,
    clean_line,
    clean_text,
)


def _reference_line(value: str) -> str:
    """The rule as written down: category Cc (and surrogates) replaced, ends trimmed."""
    value = "".join("\ufffd" if 0xD800 <= ord(ch) <= 0xDFFF else ch for ch in value)
    return "".join(" " if unicodedata.category(ch) == "Cc" else ch for ch in value).strip()


def _reference_text(value: str) -> str:
    value = "".join("\ufffd" if 0xD800 <= ord(ch) <= 0xDFFF else ch for ch in value)
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    return "".join(ch for ch in value if ch in "\n\t" or unicodedata.category(ch) != "Cc")


EVERY_CONTROL = "".join(chr(c) for c in range(0x110000) if unicodedata.category(chr(c)) == "Cc")


@pytest.mark.parametrize("value", [*BAD_TEXT.values(), EVERY_CONTROL + "x\u2028\u00ad\u200b"])
def test_cleaning_follows_the_unicode_categories(value):
    assert clean_line(value) == _reference_line(value)
    assert clean_text(value) == _reference_text(value)


def test_names_lines_and_notes():
    assert checked_name("  a\x00b\r\nc  ") == "a b  c"
    assert checked_line("") == ""
    assert checked_text("x\ud800\ry") == "x\ufffd\ny"
    for bad in ("", " \x00\t\n", "x" * (MAX_NAME_LENGTH + 1)):
        with pytest.raises(EditError):
            checked_name(bad)

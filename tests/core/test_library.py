"""The touchpoint library the map's palette offers."""

from __future__ import annotations

from tpm_desktop.core import library
from tpm_desktop.core.enums import MediaType
from tpm_desktop.core.text import checked_name


def test_about_forty_entries_in_both_languages_for_each_phase():
    assert 38 <= len(library.LIBRARY) <= 50
    for phase, entries in library.by_phase():
        assert len(entries) >= 8, phase
    keys = [entry.key for entry in library.LIBRARY]
    assert len(keys) == len(set(keys))
    for entry in (library.BLANK, *library.LIBRARY):
        for language in ("de", "en"):
            assert checked_name(entry.name(language)) == entry.name(language)
    assert len({entry.de for entry in library.LIBRARY}) == len(library.LIBRARY)
    assert len({entry.en for entry in library.LIBRARY}) == len(library.LIBRARY)


def test_lookup_and_the_typical_touchpoints_are_there():
    assert library.entry("invoice").name("de") == "Rechnung"
    assert library.entry("invoice").phase == library.AFTER
    assert library.entry("blank") is library.BLANK and library.BLANK.phase is None
    assert library.entry("nope") is None
    english = {entry.en for entry in library.LIBRARY}
    for name in ("Website", "Online shop", "Newsletter", "Service hotline", "Delivery"):
        assert name in english
    assert {entry.media_type for entry in library.LIBRARY} == set(MediaType)

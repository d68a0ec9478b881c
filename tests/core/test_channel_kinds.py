"""Channel kind inference from channel names, German and English."""

from __future__ import annotations

import pytest

from tpm_desktop.core import sample_data
from tpm_desktop.core.channel_kinds import ChannelWords, infer_channel_kind
from tpm_desktop.core.defaults import STARTER_CHANNELS
from tpm_desktop.core.enums import ChannelKind

ON, OFF = ChannelKind.ONLINE, ChannelKind.OFFLINE


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        # The examples, German and English.
        ("Brief", OFF),
        ("Messe", OFF),
        ("Filiale", OFF),
        ("Telefon", OFF),
        ("Print", OFF),
        ("Außenwerbung", OFF),
        ("Außendienst", OFF),
        ("Letter", OFF),
        ("Trade fair", OFF),
        ("Branch", OFF),
        ("Phone", OFF),
        ("Website", ON),
        ("App", ON),
        ("E-Mail", ON),
        ("Email", ON),
        ("Newsletter", ON),
        ("Social Media", ON),
        # Case, plural and compounds.
        ("BRIEFE", OFF),
        ("Plakate", OFF),
        ("Apps", ON),
        ("Kundentelefon", OFF),
        ("Werbebrief", OFF),
        ("Zeitungsanzeige", OFF),
        ("Kundenportal", ON),
        ("SMS-Service", ON),
        ("Vor-Ort-Beratung", OFF),
        # The longer word wins: Messenger is not a Messe.
        ("Messenger", ON),
        # Explicit markers decide.
        ("Online-Rechnung", ON),
        ("Onlineshop", ON),
        ("Digitale Messe", ON),
        ("Papierrechnung", OFF),
    ],
)
def test_well_known_names(name: str, kind: ChannelKind) -> None:
    assert infer_channel_kind(name) is kind


@pytest.mark.parametrize(
    "name", ["Shop", "Rechnung", "Xyz", "Apparat", "Mappe", "Online und offline", "", "  "]
)
def test_unknown_or_ambiguous_names_give_none(name: str) -> None:
    assert infer_channel_kind(name) is None


def test_every_sample_and_starter_channel_is_recognised_in_both_languages() -> None:
    for channel in sample_data.CHANNELS:
        for language in ("de", "en"):
            assert infer_channel_kind(channel["name"][language]) is ChannelKind(channel["kind"])
    for channels in STARTER_CHANNELS.values():
        for name, kind in channels:
            assert infer_channel_kind(name) is kind


def test_a_tie_between_kinds_decides_nothing() -> None:
    words = ChannelWords.from_json({"online": ["portal"], "offline": ["poster"]})
    assert words.infer("Poster-Portal") is None
    assert words.infer("Portal") is ON

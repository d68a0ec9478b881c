"""The touchpoint library: typical touchpoints, in German and English, by journey phase.

The map's palette offers these as templates. Dropping one on a cell creates a
touchpoint with the entry's name (in the interface language), its phase when the
phase is not on an axis, and its usual media type. Plain data, no Qt.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from tpm_desktop.core.enums import MediaType

BEFORE, PURCHASE, AFTER = 0, 1, 2
"""Phase indexes: the position of the phase among the project's phases."""


@dataclass(frozen=True, slots=True)
class LibraryEntry:
    """One template touchpoint."""

    key: str
    de: str
    en: str
    phase: int | None  # BEFORE, PURCHASE, AFTER; None for the blank card
    media_type: MediaType | None = MediaType.OWNED

    def name(self, language: str) -> str:
        """The entry's name in "de" or "en" (English for anything else)."""
        return self.de if language == "de" else self.en


OWN, PAY, EARN = MediaType.OWNED, MediaType.PAID, MediaType.EARNED

BLANK = LibraryEntry("blank", "Neuer Touchpoint", "New touchpoint", None, None)

LIBRARY: tuple[LibraryEntry, ...] = (
    # Before the purchase: being found, compared and recommended.
    LibraryEntry("website", "Website", "Website", BEFORE, OWN),
    LibraryEntry("search_ads", "Suchmaschinenanzeigen", "Search ads", BEFORE, PAY),
    LibraryEntry("search_results", "Suchergebnisse (SEO)", "Organic search results", BEFORE, EARN),
    LibraryEntry("social_media", "Social-Media-Kanal", "Social media channel", BEFORE, OWN),
    LibraryEntry("reviews", "Online-Bewertungen", "Online reviews", BEFORE, EARN),
    LibraryEntry("comparison", "Vergleichsportal", "Comparison portal", BEFORE, PAY),
    LibraryEntry("newsletter", "Newsletter", "Newsletter", BEFORE, OWN),
    LibraryEntry("display_ads", "Bannerwerbung", "Display advertising", BEFORE, PAY),
    LibraryEntry("tv_radio", "TV- und Radiowerbung", "TV and radio advertising", BEFORE, PAY),
    LibraryEntry("outdoor", "Plakat & Außenwerbung", "Billboards & outdoor ads", BEFORE, PAY),
    LibraryEntry("print_ad", "Printanzeige", "Print advertisement", BEFORE, PAY),
    LibraryEntry("brochure", "Prospekt & Katalog", "Brochure & catalogue", BEFORE, OWN),
    LibraryEntry("trade_fair", "Messestand", "Trade fair stand", BEFORE, OWN),
    LibraryEntry("word_of_mouth", "Empfehlung im Bekanntenkreis", "Word of mouth", BEFORE, EARN),
    LibraryEntry("press", "Presseberichte", "Press coverage", BEFORE, EARN),
    LibraryEntry("influencer", "Influencer-Beitrag", "Influencer post", BEFORE, PAY),
    LibraryEntry("sponsoring", "Veranstaltung & Sponsoring", "Event & sponsorship", BEFORE, PAY),
    LibraryEntry("shop_window", "Schaufenster", "Shop window", BEFORE, OWN),
    # The purchase: advice, offer, order, payment.
    LibraryEntry("online_shop", "Onlineshop", "Online shop", PURCHASE, OWN),
    LibraryEntry("configurator", "Produktkonfigurator", "Product configurator", PURCHASE, OWN),
    LibraryEntry("live_chat", "Live-Chat", "Live chat", PURCHASE, OWN),
    LibraryEntry("counter", "Beratung an der Ladentheke", "Shop counter", PURCHASE, OWN),
    LibraryEntry("sales_visit", "Besuch im Außendienst", "Sales visit", PURCHASE, OWN),
    LibraryEntry("phone_order", "Telefonische Bestellung", "Telephone order", PURCHASE, OWN),
    LibraryEntry("quote", "Angebot", "Quotation", PURCHASE, OWN),
    LibraryEntry("contract", "Vertrag & AGB", "Contract & terms", PURCHASE, OWN),
    LibraryEntry("checkout", "Kasse & Bezahlung", "Checkout & payment", PURCHASE, OWN),
    LibraryEntry("order_confirmation", "Bestellbestätigung", "Order confirmation", PURCHASE, OWN),
    # After the purchase: delivery, use, service, loyalty.
    LibraryEntry("delivery", "Lieferung", "Delivery", AFTER, OWN),
    LibraryEntry("packaging", "Verpackung & Auspacken", "Packaging & unboxing", AFTER, OWN),
    LibraryEntry("invoice", "Rechnung", "Invoice", AFTER, OWN),
    LibraryEntry("portal", "Kundenportal", "Customer portal", AFTER, OWN),
    LibraryEntry("app", "App", "Mobile app", AFTER, OWN),
    LibraryEntry("hotline", "Service-Hotline", "Service hotline", AFTER, OWN),
    LibraryEntry("technician", "Servicetechniker vor Ort", "Service technician", AFTER, OWN),
    LibraryEntry("manual", "Bedienungsanleitung", "User manual", AFTER, OWN),
    LibraryEntry("complaint", "Reklamation & Retoure", "Complaint & return", AFTER, OWN),
    LibraryEntry("survey", "Zufriedenheitsumfrage", "Satisfaction survey", AFTER, OWN),
    LibraryEntry("magazine", "Kundenmagazin", "Customer magazine", AFTER, OWN),
    LibraryEntry("loyalty", "Treueprogramm", "Loyalty programme", AFTER, OWN),
    LibraryEntry("reminder", "Zahlungserinnerung", "Payment reminder", AFTER, OWN),
    LibraryEntry("cancellation", "Kündigung", "Cancellation", AFTER, OWN),
)

_BY_KEY = {entry.key: entry for entry in (BLANK, *LIBRARY)}


def entry(key: str) -> LibraryEntry | None:
    """The entry with this key (the blank card included), or None."""
    return _BY_KEY.get(key)


def by_phase() -> Iterator[tuple[int, list[LibraryEntry]]]:
    """(phase index, entries) for the three phases, in library order."""
    for phase in (BEFORE, PURCHASE, AFTER):
        yield phase, [e for e in LIBRARY if e.phase == phase]

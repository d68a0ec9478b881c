"""What the map shows: filters by phase, decision, media type and super-touchpoint, and search."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from tpm_desktop.core.enums import Decision
from tpm_desktop.core.model import Touchpoint

NO_MEDIA = "none"  # the media filter's value for "not set"
MAX_SEARCH_CHARS = 200


@dataclass(frozen=True, slots=True)
class MapFilter:
    """Which cards are shown and which are highlighted; empty sets mean "all"."""

    phases: frozenset[int] = field(default_factory=frozenset)
    decisions: frozenset[Decision] = field(default_factory=frozenset)
    media: frozenset[str] = field(default_factory=frozenset)
    super_only: bool = False
    search: str = ""
    hide_others: bool = False
    # Only these touchpoints (a customer segment's, those with open comments), set by
    # the evidence feature from the state; None: no such restriction.
    only: frozenset[int] | None = None

    @property
    def needle(self) -> str:
        """The search text as compared (trimmed, case-folded)."""
        return self.search.strip()[:MAX_SEARCH_CHARS].casefold()

    @property
    def filters(self) -> bool:
        """True when some cards may be left out (not just highlighted)."""
        return bool(
            self.phases
            or self.decisions
            or self.media
            or self.super_only
            or self.only is not None
            or (self.hide_others and self.needle)
        )

    def matches(self, touchpoint: Touchpoint) -> bool | None:
        """Whether the card matches the search; None when nothing is searched."""
        needle = self.needle
        if not needle:
            return None
        return needle in touchpoint.name.casefold() or needle in touchpoint.responsible.casefold()

    def accepts(self, touchpoint: Touchpoint) -> bool:
        """Whether the card is shown."""
        if self.phases and touchpoint.phase_id not in self.phases:
            return False
        if self.decisions and touchpoint.decision not in self.decisions:
            return False
        if self.media:
            media = touchpoint.media_type.value if touchpoint.media_type else NO_MEDIA
            if media not in self.media:
                return False
        if self.super_only and not touchpoint.is_super:
            return False
        if self.only is not None and touchpoint.id not in self.only:
            return False
        return not (self.hide_others and self.needle and not self.matches(touchpoint))

    def same_cards(self, other: MapFilter) -> bool:
        """True when both filters show the same cards (they may highlight differently)."""
        if not self.filters and not other.filters:
            return True
        return replace(self, search=self.needle if self.hide_others else "") == replace(
            other, search=other.needle if other.hide_others else ""
        )

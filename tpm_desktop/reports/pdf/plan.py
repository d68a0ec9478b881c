"""The outline of a report: which sections it has, their numbers and bookmark keys.

The plan is made before the layout, so the contents page can list every entry
and the sections can use the same numbers and keys for their headings.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from tpm_desktop.reports.pdf.options import Section


@dataclass(frozen=True)
class Entry:
    """One line of the contents: a section (level 0) or a subsection (level 1)."""

    key: str
    number: str
    title: str
    level: int = 0


@dataclass
class Plan:
    """The entries of the contents in order, and a lookup by key."""

    entries: list[Entry] = field(default_factory=list)

    def add(self, key: str, title: str, level: int = 0, numbered: bool = True) -> Entry:
        """Append an entry; its number follows from its position."""
        if not numbered:
            number = ""
        elif level == 0:
            number = str(sum(1 for e in self.entries if e.level == 0 and e.number) + 1)
        else:
            parent = next(e for e in reversed(self.entries) if e.level == 0)
            siblings = 0
            for e in reversed(self.entries):
                if e.level == 0:
                    break
                siblings += 1
            number = f"{parent.number}.{siblings + 1}"
        entry = Entry(key, number, title, level)
        self.entries.append(entry)
        return entry

    def get(self, key: str) -> Entry:
        """The entry of a key."""
        return next(e for e in self.entries if e.key == key)


def section_key(section: Section) -> str:
    """The bookmark key of a section."""
    return f"sec-{section.value}"

"""Every German text follows the glossary (resources/i18n/glossary.md).

The glossary lists German and English terms side by side, the variants a German text must
not use, the six decision names, and words that are wrong only in some places (a KPI has a
Zielwert, not a Soll). This test reads it and checks every German text of the product: the
interface's .ts files, the report's catalogue, the messages, the command line and the fixed
scales.
"""

from __future__ import annotations

import fnmatch
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest

from tpm_desktop.core.enums import Decision

ROOT = Path(__file__).resolve().parents[2]
GLOSSARY = ROOT / "resources" / "i18n" / "glossary.md"


@dataclass(frozen=True)
class Text:
    """One German text: where it lives, its context or key, its English and its German."""

    where: str
    context: str
    english: str
    german: str


@dataclass(frozen=True)
class Glossary:
    forbidden: dict[str, str]  # German variant -> the English term it replaces
    decisions: dict[str, tuple[str, str]]  # decision value -> (English, German)
    not_decision_names: tuple[str, ...]
    place_rules: tuple[tuple[str, str], ...]  # (context or key pattern, forbidden word)


def _sections(markdown: str) -> dict[str, str]:
    parts = re.split(r"^## (.+)$", markdown, flags=re.MULTILINE)
    return {title.strip(): body for title, body in zip(parts[1::2], parts[2::2], strict=True)}


def _rows(body: str) -> list[list[str]]:
    rows = []
    for line in body.splitlines():
        if line.startswith("|") and not re.match(r"^\|[-| ]+\|$", line):
            rows.append([cell.strip() for cell in line.strip().strip("|").split("|")])
    return rows[1:]  # without the header


def _words(cell: str) -> list[str]:
    cell = re.sub(r"\(.*?\)", "", cell)
    return [word.strip() for word in cell.split(",") if word.strip() not in ("", "—")]


def read_glossary(path: Path = GLOSSARY) -> Glossary:
    """The glossary's rules, read from its Markdown tables."""
    sections = _sections(path.read_text(encoding="utf-8"))
    forbidden = {
        word: english for english, _, bad in _rows(sections["Terms"]) for word in _words(bad)
    }
    decisions = {value: (en, de) for value, en, de in _rows(sections["Decisions"])}
    names = re.search(r"Not in German as the name of a decision: (.+)\.", sections["Decisions"])
    assert names, "the glossary lists the wrong decision names"
    rules = tuple(
        (pattern, word)
        for where, bad, _ in _rows(sections["Rules by place"])
        for pattern in re.findall(r"`([^`]+)`", where)
        for word in _words(bad)
    )
    return Glossary(forbidden, decisions, tuple(n.strip() for n in names[1].split(",")), rules)


def _plain(text: str) -> str:
    return text.replace("&&", "\x00").replace("&", "").replace("\x00", "&")


def interface_texts() -> list[Text]:
    """Every German translation of the interface, numerus forms included."""
    texts = []
    for path in sorted((ROOT / "resources" / "i18n").glob("*_de.ts")):
        for context in ET.parse(path).getroot().iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                source = message.findtext("source") or ""
                translation = message.find("translation")
                forms = [f.text or "" for f in translation.findall("numerusform")]
                for german in forms or [translation.text or ""]:
                    texts.append(Text(path.name, name, _plain(source), _plain(german)))
    return texts


def catalogue_texts() -> list[Text]:
    """The German texts of the report, the messages, the command line and the scales."""
    from tpm_desktop.cli.texts import TEXTS as CLI
    from tpm_desktop.core import vocabulary
    from tpm_desktop.core.messages import CATALOGUE
    from tpm_desktop.core.portfolio import DEFAULT_QUADRANT_LABELS
    from tpm_desktop.reports.pdf import catalogue_de, catalogue_en

    texts = [
        Text("report", key, catalogue_en.TEXTS.get(key, ""), german)
        for key, german in catalogue_de.TEXTS.items()
    ]
    for where, catalogue in (("messages", CATALOGUE), ("cli", CLI)):
        texts += [Text(where, k, catalogue["en"][k], v) for k, v in catalogue["de"].items()]
    for where, labels in (
        ("media", vocabulary.MEDIA_LABELS),
        ("experience", vocabulary.EXPERIENCE_LABELS),
        ("quadrants", DEFAULT_QUADRANT_LABELS),
    ):
        texts += [Text(where, str(k), labels["en"][k], v) for k, v in labels["de"].items()]
    return texts


ALL_TEXTS = interface_texts() + catalogue_texts()


PLACEHOLDER = re.compile(r"\{\w*\}|%\w+|<[^>]*>")


def _has(word: str, text: str) -> bool:
    """Whether `word` stands in `text` as a whole word, placeholders and markup left out."""
    text = PLACEHOLDER.sub(" ", text)
    return re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text) is not None


def test_the_glossary_is_read_whole():
    glossary = read_glossary()
    assert {"Spur", "Rangliste", "Owned Media"} <= set(glossary.forbidden)
    assert set(glossary.decisions) == {decision.value for decision in Decision}
    assert "Ergänzen (fehlt)" in glossary.not_decision_names
    assert ("kpi_*", "Soll") in glossary.place_rules
    assert len(ALL_TEXTS) > 1500  # every catalogue was read


def test_no_german_text_uses_a_forbidden_variant():
    glossary = read_glossary()
    problems = [
        f"{text.where} {text.context}: {word!r} for {english!r} in {text.german!r}"
        for text in ALL_TEXTS
        for word, english in glossary.forbidden.items()
        if _has(word, text.german)
    ]
    assert problems == [], "\n".join(problems)


def test_words_that_are_wrong_in_some_places():
    glossary = read_glossary()
    problems = [
        f"{text.where} {text.context}: {word!r} in {text.german!r}"
        for text in ALL_TEXTS
        for pattern, word in glossary.place_rules
        if fnmatch.fnmatchcase(text.context, pattern) and _has(word, text.german)
    ]
    assert problems == [], "\n".join(problems)


def decision_label_contexts(texts: list[Text]) -> dict[str, dict[str, str]]:
    """Translation contexts that name all six decisions: English -> German there."""
    english = {en for en, _ in read_glossary().decisions.values()}
    by_context: dict[str, dict[str, str]] = {}
    for text in texts:
        by_context.setdefault(text.context, {})[text.english] = text.german
    return {
        context: words
        for context, words in by_context.items()
        if len(english & set(words)) >= len(english) - 1
    }


def test_each_decision_has_one_name_everywhere():
    from tpm_desktop.reports.pdf import catalogue_de
    from tpm_desktop.reports.touchpoint_columns import DECISION_WORDS

    glossary = read_glossary()
    contexts = decision_label_contexts(interface_texts())
    assert {"Assessment", "ColourMode"} <= set(contexts)
    problems = []
    for value, (english, german) in glossary.decisions.items():
        for context, words in contexts.items():
            found = {
                de for en, de in words.items() if en == english or en.startswith(english + " (")
            }
            if found != {german}:
                problems.append(f"{context}: {english} is {sorted(found)}, not {german!r}")
        if catalogue_de.TEXTS[f"decision_{value}"] != german:
            problems.append(f"report decision_{value}: {catalogue_de.TEXTS[f'decision_{value}']!r}")
        written = DECISION_WORDS[Decision(value)]["de"][0]
        if written != german.casefold():
            problems.append(f"exported tables write {written!r} for {english}")
    assert problems == [], "\n".join(problems)


@pytest.mark.parametrize("name", ["Ergänzen (fehlt)", "Hinzufügen"])
def test_a_wrong_decision_name_is_no_decision_label(name):
    glossary = read_glossary()
    assert name in glossary.not_decision_names
    labels = [
        german for words in decision_label_contexts(ALL_TEXTS).values() for german in words.values()
    ]
    assert name not in labels

"""The slide deck: every slide's text read back, in both languages, whatever the names hold."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest
from pptx.enum.shapes import MSO_SHAPE_TYPE

from tests.reports.conftest import TODAY
from tests.reports.slides_tools import open_deck, picture_count, slide_texts, table_cells
from tests.reports.test_findings_text import store
from tests.support.builders import small_state
from tpm_desktop.core.defaults import new_project_state
from tpm_desktop.core.findings.edits import FindingEdits, TextEdit
from tpm_desktop.core.model import Department
from tpm_desktop.core.sample import sample_state
from tpm_desktop.core.state import ProjectState
from tpm_desktop.reports import slides as slides_package
from tpm_desktop.reports.findings_text import finding_rows, printed_findings
from tpm_desktop.reports.pdf.figures import ReportData
from tpm_desktop.reports.pdf.options import ReportCancelled
from tpm_desktop.reports.pdf.texts import TEXTS as REPORT_TEXTS
from tpm_desktop.reports.pdf.texts import placeholders
from tpm_desktop.reports.slides import SlideOptions, build_slides, write_slides
from tpm_desktop.reports.slides.catalogue import TEXTS
from tpm_desktop.reports.slides.texts import SlidesError, SlideTexts

TITLES = {
    "en": ["Touchpoint map", "Portfolio matrix", "Top priorities", "Quick wins", "Budget"],
    "de": ["Touchpoint-Landkarte", "Portfolio-Matrix", "Höchste Prioritäten", "Quick Wins"],
}


@pytest.fixture(scope="module", params=["en", "de"])
def sample_deck(request) -> tuple[str, ProjectState, bytes]:
    lang = request.param
    state = sample_state(lang, today=TODAY)
    return lang, state, build_slides(state, SlideOptions(language=lang, today=TODAY))


def test_both_languages_have_the_same_keys_and_placeholders():
    assert set(TEXTS["de"]) == set(TEXTS["en"])
    for key, english in TEXTS["en"].items():
        assert english.strip() and TEXTS["de"][key].strip(), key
        assert placeholders(english) == placeholders(TEXTS["de"][key]), key


def test_every_text_the_slides_ask_for_exists_in_both_languages():
    source = "\n".join(
        path.read_text(encoding="utf-8")
        for path in Path(slides_package.__file__).parent.glob("*.py")
    )
    keys = set(re.findall(r"\bt\(\s*\"([a-z_-]+)\"", source))
    assert len(keys) > 30
    for key in keys:
        for lang in ("en", "de"):
            assert key in TEXTS[lang] or key in REPORT_TEXTS[lang], (key, lang)
    for form in ("one", "other"):
        assert f"portfolio_unplaced_{form}" in TEXTS["de"]


def test_every_slide_reads_back_with_findings_and_top_touchpoints(sample_deck):
    lang, state, data = sample_deck
    texts = slide_texts(data)
    findings = printed_findings(state, lang, today=TODAY)
    assert 5 <= len(findings) <= 8
    # title, two slides of findings, then map, portfolio, priorities, quick wins, budget, KPIs
    assert len(texts) == 9
    assert state.project.name in texts[0]
    everything = "\n".join(texts)
    for finding in findings:
        assert finding.headline in everything
    for title in TITLES[lang]:
        assert title in everything
    top = ReportData(state, TODAY).top_priority(10)
    for tp in top:
        assert tp.name in texts[5], tp.name
    assert all(text.strip() for text in texts)
    # every content slide says which page it is
    assert "9 / 9" in texts[-1] and "2 / 9" in texts[1]


def test_texts_are_editable_and_only_map_and_portfolio_are_pictures(sample_deck):
    _, state, data = sample_deck
    assert picture_count(data) == 2
    # the whole map on one picture, sharp enough to zoom into on a projector
    map_picture = next(
        s for s in open_deck(data).slides[3].shapes if s.shape_type == MSO_SHAPE_TYPE.PICTURE
    )
    assert max(map_picture.image.size) >= 4000
    rows = table_cells(data, 5)
    assert len(rows) == 11  # heading and the top ten
    assert rows[1][0] == "1"
    kpis = table_cells(data, 8)
    assert len(kpis) - 1 == len(ReportData(state, TODAY).kpis())


def test_the_deck_prints_the_findings_as_the_user_arranged_them():
    state = sample_state("en", today=TODAY)
    keys = [row.key for row in finding_rows(state, "en", today=TODAY)]
    first = finding_rows(state, "en", today=TODAY)[0]
    edits = FindingEdits(
        order=[keys[1], keys[0], *keys[2:]],
        off={keys[2]},
        texts={
            first.key: TextEdit("en", "Signed by the consultant", "Detail.", "", first.computed)
        },
    )
    store(state, edits)
    data = build_slides(state, SlideOptions(language="en", today=TODAY))
    findings = "\n".join(slide_texts(data)[1:3])
    printed = printed_findings(state, "en", today=TODAY)
    positions = [findings.index(f.headline) for f in printed]
    assert positions == sorted(positions)
    assert "Signed by the consultant" in findings
    assert first.computed[0] not in findings


HOSTILE = '<b>Łódź & Söhne</b> <img src=x> =HYPERLINK("x")'


def _replaced(state: ProjectState, records) -> ProjectState:
    by_key = {(type(r), r.key): r for r in records}
    return ProjectState(by_key.get((type(r), r.key), r) for r in state.records())


def test_markup_control_characters_and_huge_names_do_not_break_the_deck():
    state = small_state("en")
    tps = sorted(state.touchpoints.values(), key=lambda tp: tp.id)
    huge = "Unbroken" * 200_000  # one 1.6 MB word
    changed = [
        dataclasses.replace(tps[0], name=HOSTILE),
        dataclasses.replace(tps[1], name=huge),
        dataclasses.replace(tps[2], name="Tab\tand\x00null\x1b[31m and\nbreak"),
        dataclasses.replace(state.get(Department, 1), name="Abteilung " * 5000),
        dataclasses.replace(state.project, name="<font size=40>Acme & Co</font> " * 40),
    ]
    state = _replaced(state, changed)
    data = build_slides(state, SlideOptions(language="en", today=TODAY))
    texts = slide_texts(data)
    everything = "\n".join(texts)
    assert HOSTILE in everything
    assert "<font size=40>Acme & Co</font>" in texts[0]
    assert "\x00" not in everything and "\x1b" not in everything
    # a huge name is cut to its cell with an ellipsis, never whole
    cells = [cell for row in table_cells(data, 4) for cell in row]
    cut = [cell for cell in cells if cell.startswith("Unbroken")]
    assert cut and all(len(cell) < 200 and cell.endswith("…") for cell in cut)
    assert len(data) < 5_000_000


def test_an_empty_project_has_every_slide_with_a_note():
    state = new_project_state("Empty", "de")
    data = build_slides(state, SlideOptions(language="de", today=TODAY))
    texts = slide_texts(data)
    assert len(texts) == 8
    everything = "\n".join(texts)
    t = SlideTexts("de")
    for key in ("no_findings", "nothing_rated", "no_quick_wins", "no_kpis"):
        assert t(key) in everything, key


def test_progress_and_cancel():
    seen: list[float] = []
    build_slides(small_state(), SlideOptions(today=TODAY), seen.append)
    assert seen[-1] == 1.0 and seen == sorted(seen)
    with pytest.raises(ReportCancelled):
        build_slides(small_state(), SlideOptions(today=TODAY), lambda fraction: False)


def test_writing_replaces_whole_and_says_what_is_wrong(tmp_path):
    data = build_slides(small_state(), SlideOptions(today=TODAY))
    target = write_slides(tmp_path / "deck.pptx", data)
    assert target.read_bytes() == data
    assert len(open_deck(target.read_bytes()).slides) >= 8
    with pytest.raises(SlidesError) as folder:
        write_slides(tmp_path, data)
    assert ".pptx" in folder.value.message("en") and "Ordner" in folder.value.message("de")
    with pytest.raises(SlidesError) as missing:
        write_slides(tmp_path / "nowhere" / "deck.pptx", data)
    assert "does not exist" in missing.value.message("en")


def test_an_overspent_budget_is_said_on_the_budget_slide():
    state = small_state("de")
    tp = min(state.touchpoints.values(), key=lambda t: t.id)
    state = _replaced(
        state,
        [
            dataclasses.replace(tp, budget=12_000.0),
            dataclasses.replace(state.project, total_budget=10_000.0),
        ],
    )
    data = build_slides(state, SlideOptions(language="de", today=TODAY))
    budget = next(text for text in slide_texts(data) if "Budget nach Entscheidung" in text)
    assert "Die Budgets der Touchpoints übersteigen das Gesamtbudget um 2.000\u00a0€." in budget
    assert "−2.000\u00a0€" in budget

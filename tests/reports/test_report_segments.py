"""The report's segment comparison, evidence in the appendix and a department's comments."""

from __future__ import annotations

import dataclasses
import io
from datetime import date, datetime

import pytest
from PIL import Image

from tests.reports.pdf_tools import all_text, outline_titles
from tests.support.builders import small_state
from tpm_desktop.core.edits.builder import Builder
from tpm_desktop.core.enums import EvidenceKind
from tpm_desktop.core.model import Comment, Evidence, Segment, TouchpointSegment
from tpm_desktop.core.state import ProjectState
from tpm_desktop.reports.pdf.builder import build_department_report, build_report
from tpm_desktop.reports.pdf.comments_part import open_threads
from tpm_desktop.reports.pdf.options import ReportOptions, Section

TODAY = date(2026, 6, 15)
PARTS = frozenset({Section.SEGMENTS, Section.DEPARTMENTS, Section.APPENDIX})


def _png(width: int, height: int) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), "#3b6fa0").save(out, "PNG")
    return out.getvalue()


def _images(pdf: bytes) -> int:
    return pdf.count(b"/Subtype /Image")


def _by_name(state: ProjectState, name: str) -> int:
    return next(tp.id for tp in state.touchpoints.values() if tp.name == name)


@pytest.fixture
def state() -> ProjectState:
    """The small project with two segments, evidence and a comment thread."""
    state = small_state()
    hotline, web = _by_name(state, "Hotline"), _by_name(state, "Website")
    b = Builder(state)
    pensioners = Segment(id=b.new_id(Segment), name="Pensioners", position=0)
    business = Segment(id=b.new_id(Segment), name="Business <b>customers</b>", position=1)
    b.put(pensioners)
    b.put(business)
    b.put(TouchpointSegment(hotline, pensioners.id, -2))
    b.put(TouchpointSegment(hotline, business.id, 2))
    b.put(TouchpointSegment(web, business.id, 1))

    def evidence(**fields: object) -> None:
        b.put(Evidence(id=b.new_id(Evidence), touchpoint_id=hotline, **fields))

    evidence(kind=EvidenceKind.IMAGE, title="Queue photo", data=_png(640, 480), in_report=True)
    evidence(kind=EvidenceKind.IMAGE, title="Private photo", data=_png(300, 300))
    evidence(kind=EvidenceKind.IMAGE, title="Renamed page", data=b"<html>", in_report=True)
    evidence(kind=EvidenceKind.QUOTE, quote="I hung up.", source="Survey", in_report=True)
    evidence(kind=EvidenceKind.QUOTE, quote="Not for print.", source="Diary")
    evidence(
        kind=EvidenceKind.QUOTE,
        quote="<para><font size=90>&amp;</font></para> " + "endless " * 50_000,
        source="<i>Call</i> & log",
        quote_date=date(2026, 5, 2),
        in_report=True,
    )
    first = b.new_id(Comment)
    b.put(Comment(first, hotline, None, "Anna", datetime(2026, 6, 1, 9), "Wait times <b>?"))
    reply = b.new_id(Comment)
    b.put(Comment(reply, hotline, first, "Ben", datetime(2026, 6, 2, 9), "Figures due in Q3."))
    b.put(Comment(b.new_id(Comment), hotline, None, "Cleo", datetime(2026, 6, 3), "Done.", True))
    state.apply(b.build())
    return state


def test_the_segment_section_compares_segments_and_names_where_it_disappoints(state):
    pdf = build_report(state, ReportOptions(language="en", today=TODAY, sections=PARTS))
    assert "1 Customer segments" in outline_titles(pdf)
    text = all_text(pdf)
    assert "Experience per phase and segment" in text
    assert "Business <b>customers</b>" in text  # markup printed as typed
    disappoints = text[text.index("Where the journey disappoints") :]
    assert "Hotline" in disappoints and "Website" not in disappoints.split("2 Departments")[0]


def test_the_segment_section_is_left_out_without_segments():
    pdf = build_report(small_state(), ReportOptions(language="en", today=TODAY, sections=PARTS))
    titles = outline_titles(pdf)
    assert "1 Departments" in titles
    assert not [t for t in titles if "segments" in t]


def test_the_appendix_prints_the_quotes_and_images_marked_for_the_report(state):
    pdf = build_report(
        state, ReportOptions(language="en", today=TODAY, sections=frozenset({Section.APPENDIX}))
    )
    text = all_text(pdf)
    assert "“I hung up.” — Survey" in text
    assert "Not for print." not in text
    assert "“<para><font size=90>&amp;</font></para> endless" in text
    assert "…” — <i>Call</i> & log, 2 May 2026" in text  # cut, closed, sourced
    assert text.count("endless") < 300  # a huge quote is cut, not printed whole
    assert "Queue photo" in text and "Private photo" not in text
    assert "Renamed page" not in text  # does not decode: left out
    assert _images(pdf) == 1
    assert "Experience by segment: Pensioners −2 · Business <b>customers</b> +2" in text


def test_a_department_report_prints_its_open_comment_threads(state):
    department_id = state.touchpoints[_by_name(state, "Hotline")].department_id
    options = ReportOptions(language="en", today=TODAY, sections=PARTS)
    text = all_text(build_department_report(state, department_id, options))
    assert "Open comments" in text
    thread = text[text.index("Open comments") :]
    assert thread.index("Anna, 1 Jun 2026 Wait times <b>?") < thread.index(
        "Ben, 2 Jun 2026 Figures due in Q3."
    )
    assert "Cleo" not in text  # resolved threads are done
    assert "Open comments" not in all_text(build_report(state, options))


def test_comments_and_segments_print_in_german(state):
    department_id = state.touchpoints[_by_name(state, "Hotline")].department_id
    options = ReportOptions(language="de", today=TODAY, sections=PARTS)
    text = all_text(build_department_report(state, department_id, options))
    assert "1 Kundengruppen" in text and "Wo die Journey enttäuscht" in text
    assert "Offene Kommentare" in text and "Anna, 01.06.2026" in text
    assert "„I hung up.“ — Survey" in text
    assert "Bilder" in text


def test_open_threads_orders_replies_under_their_comment_and_drops_resolved_ones():
    at = datetime(2026, 1, 1)
    comments = [
        Comment(1, 1, None, "a", at, "root"),
        Comment(2, 1, None, "b", at, "done", resolved=True),
        Comment(3, 1, 1, "c", at, "reply"),
        Comment(4, 1, 2, "d", at, "reply to done"),
        Comment(5, 1, 3, "e", at, "reply to reply"),
        Comment(6, 1, 99, "f", at, "orphan"),
    ]
    assert [(c.id, depth) for c, depth in open_threads(comments)] == [
        (1, 0),
        (3, 1),
        (5, 2),
        (6, 0),
    ]


def test_a_long_reply_chain_prints_without_recursion_limits():
    at = datetime(2026, 1, 1)
    chain = [Comment(1, 1, None, "a", at, "0")]
    chain += [Comment(i, 1, i - 1, "a", at, str(i)) for i in range(2, 5_000)]
    assert len(open_threads(chain)) == len(chain)


def test_a_segment_picture_that_does_not_decode_is_left_out(state):
    b = Builder(state)
    for segment in state.segments():
        b.put(dataclasses.replace(segment, picture=b"GIF89a not really"))
    state.apply(b.build())
    options = ReportOptions(language="en", today=TODAY, sections=frozenset({Section.SEGMENTS}))
    pdf = build_report(state, options)
    assert _images(pdf) == 0 and "Pensioners" in all_text(pdf)


def test_segments_whose_names_look_alike_in_a_header_are_numbered(state):
    from tpm_desktop.core.edits import segments as segment_edits

    long = "Customers with a very long segment name, variant "
    for suffix in ("A", "B"):
        changes, _ = segment_edits.add_segment(state, long + suffix)
        state.apply(changes)
    options = ReportOptions(language="en", today=TODAY, sections=frozenset({Section.SEGMENTS}))
    text = all_text(build_report(state, options))
    assert "1. Pensioners" in text and f"4. {long}B" in text


def test_without_its_department_section_a_department_report_prints_comments_in_the_appendix(
    state,
):
    department_id = state.touchpoints[_by_name(state, "Hotline")].department_id
    sections = frozenset({Section.APPENDIX})
    options = ReportOptions(language="en", today=TODAY, sections=sections)
    text = all_text(build_department_report(state, department_id, options))
    assert "Open comments Anna, 1 Jun 2026 Wait times <b>?" in text and "Cleo" not in text
    executive = all_text(build_report(state, options))
    assert "Open comments" not in executive and "Anna" not in executive

"""The sample's customer segments: four groups that see the journey differently."""

from __future__ import annotations

import pytest

from tpm_desktop.core.model import Comment, Evidence, Touchpoint
from tpm_desktop.core.sample import sample_state
from tpm_desktop.core.segments import experience_for, segment_comparison


@pytest.mark.parametrize(
    ("language", "names"),
    [
        ("en", ["Households", "Business customers", "New movers", "Senior citizens"]),
        ("de", ["Privathaushalte", "Geschäftskunden", "Neu-Zugezogene", "Senioren"]),
    ],
)
def test_sample_has_four_segments_with_profiles(language, names):
    state = sample_state(language)
    assert [s.name for s in state.segments()] == names
    assert all(s.profile and s.color.startswith("#") for s in state.segments())


def test_segments_see_the_journey_differently():
    state = sample_state("en")
    households, business, _movers, seniors = state.segments()
    by_name = {tp.name: tp.id for tp in state.table(Touchpoint).values()}
    hotline = next(tid for name, tid in by_name.items() if name.lower().startswith("service hotl"))
    assert experience_for(state, hotline, seniors.id) == -2
    assert experience_for(state, hotline, business.id) == 1
    curves = segment_comparison(state)
    means = {key: [p.mean for p in points] for key, points in curves.items()}
    assert len({tuple(v) for v in means.values()}) == 5  # all customers and four segments
    assert all(p.count for p in curves[households.id])


def test_sample_has_quotes_and_an_open_comment_thread():
    state = sample_state("de")
    quotes = [e for e in state.table(Evidence).values() if e.kind == "quote"]
    assert len(quotes) == 3 and all(q.source and q.quote_date for q in quotes)
    comments = list(state.table(Comment).values())
    assert any(c.parent_id is not None for c in comments)
    assert any(c.parent_id is None and not c.resolved for c in comments)

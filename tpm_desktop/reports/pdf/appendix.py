"""The appendix: every touchpoint with its as-is and target notes and its scores.

Entries flow as plain text blocks, never inside table cells, so a note of any
length continues across pages instead of failing the layout.
"""

from __future__ import annotations

from functools import lru_cache

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether

from tpm_desktop.core.model import Department, Touchpoint
from tpm_desktop.reports.pdf.blocks import Heading, Rule
from tpm_desktop.reports.pdf.comments_part import entry_comments
from tpm_desktop.reports.pdf.context import ReportContext
from tpm_desktop.reports.pdf.evidence_part import entry_blocks
from tpm_desktop.reports.pdf.options import Section
from tpm_desktop.reports.pdf.safe import line, paragraphs
from tpm_desktop.reports.pdf.styles import MUTED
from tpm_desktop.reports.pdf.textblock import TextBlock

INDENT = 10.0
MAX_MEASURES = 6


@lru_cache(maxsize=16)
def _indented(style: ParagraphStyle) -> ParagraphStyle:
    return ParagraphStyle(f"{style.name}-indented", parent=style, leftIndent=INDENT)


def appendix_part(context: ReportContext) -> list[Flowable]:
    """The appendix's story, grouped by department in ranking order."""
    story: list[Flowable] = [context.heading(Section.APPENDIX)]
    story.append(TextBlock(context.t("appendix_intro"), context.styles.body))
    data = context.data
    total = max(1, len(data.touchpoints))
    done = 0
    for department in data.departments:
        members = data.in_department(department.id)
        if not members:
            continue
        story.append(CondPageBreak(140))
        story.append(_department_heading(context, department))
        for tp in members:
            story += _entry(context, tp)
            done += 1
            if done % 200 == 0:
                context.step(done / total)
    context.step(1.0)
    return story


def _department_heading(context: ReportContext, department: Department) -> Heading:
    return Heading(
        "", department.name, context.styles.h2, f"app-{department.id}", 1, context.registry
    )


def _entry(context: ReportContext, tp: Touchpoint) -> list[Flowable]:
    t, data, styles = context.t, context.data, context.styles
    m = data.metrics[tp.id]
    title = f"{data.rank[tp.id]}. {line(tp.name)}"
    if tp.code:
        title += f" ({line(tp.code)})"
    if tp.is_super:
        title += f"  ★ {t('super_touchpoint')}"
    facts = [
        data.channel_name(tp),
        data.phase_name(tp),
        t("decision_is", decision=t.decision(tp.decision)),
    ]
    if tp.experience is not None:
        facts.append(
            t("experience_is", value=t.signed_int(tp.experience), label=t.experience(tp.experience))
        )
    if tp.media_type is not None:
        facts.append(t.media(tp.media_type))
    if tp.responsible.strip():
        facts.append(t("responsible_is", name=line(tp.responsible, 80)))
    if tp.budget is not None:
        facts.append(t("budget_is", amount=t.money(tp.budget, data.project.currency)))
    scores = data.state.scores_of(tp.id)
    rated = []
    for criterion in data.criteria:
        score = scores.get(criterion.id)
        if score is not None and (score.as_is is not None or score.target is not None):
            rated.append(
                t(
                    "criterion_score",
                    name=line(criterion.name, 40),
                    as_is=t.rating(score.as_is),
                    target=t.rating(score.target),
                )
            )
    score_line = t(
        "score_line",
        as_is=t.score(m.as_is),
        target=t.score(m.target),
        gap=t.gap(m.as_is, m.target),
        priority=t.index(m.priority),
    )
    if rated:
        score_line += " · " + " · ".join(rated)
    head: list[Flowable] = [
        TextBlock(title, styles.entry_title),
        TextBlock(" · ".join(line(f, 120) for f in facts if f), styles.entry_meta),
        TextBlock(
            score_line if m.as_is is not None or rated else t("not_rated_yet"), styles.entry_meta
        ),
    ]
    notes: list[list[Flowable]] = []  # each: its label, then its paragraphs
    if tp.description.strip():
        notes.append(_note(context, t("description"), tp.description))
    notes.append(_note(context, t("as_is_situation"), tp.as_is))
    notes.append(_note(context, t("target_situation"), tp.target))
    notes = [note for note in notes if note]
    story: list[Flowable] = [*head, *(block for note in notes for block in note)]
    story += entry_blocks(context, tp)
    story += entry_comments(context, tp)
    measures = data.state.measures_of(tp.id)
    if measures:
        story.append(TextBlock(t("measures_title"), styles.label))
        for measure in measures[:MAX_MEASURES]:
            overdue = f" · {t('overdue')}" if data.is_overdue(measure) else ""
            text = t(
                "measure_line",
                title=line(measure.title, 160),
                status=t.status(measure.status),
                due=t.date(measure.due_date),
            )
            story.append(TextBlock(text + overdue, _indented(styles.note)))
        if len(measures) > MAX_MEASURES:
            story.append(
                TextBlock(
                    t("and_more", count=t.integer(len(measures) - MAX_MEASURES)),
                    _indented(styles.muted),
                )
            )
    # An entry that fits on a page is never split, so no heading ("Target
    # situation") is left at a page's foot or top away from its entry; a longer
    # one flows on. (One flat KeepTogether: nested ones break before every entry.)
    return [KeepTogether(story), Rule()]


def _note(context: ReportContext, label: str, text: str) -> list[Flowable]:
    t, styles = context.t, context.styles
    parts, omitted = paragraphs(text)
    if not parts:
        return []
    # The label first, then the paragraphs: the caller keeps the label with the first.
    story: list[Flowable] = [TextBlock(label, styles.label)]
    story += [TextBlock(part, _indented(styles.note)) for part in parts]
    if omitted:
        story.append(
            TextBlock(
                t("note_shortened", count=t.integer(omitted)), _indented(styles.muted), colour=MUTED
            )
        )
    return story

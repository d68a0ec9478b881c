"""The findings a report prints, in the report's language, with the user's edits applied.

`printed_findings` is the one call for anything that shows the findings (the PDF
report, slides): it computes the findings (core.findings), words them from the
report catalogue, and applies the edits stored in the setting `report.findings`
(core.findings.edits): the user's order, the ones switched off, and edited texts
in that language.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from tpm_desktop.core.findings import MAX_DEPARTMENT_FINDINGS, MAX_FINDINGS, compute_findings
from tpm_desktop.core.findings.edits import FindingEdits, TextEdit, arrange, read_edits
from tpm_desktop.core.findings.model import Finding
from tpm_desktop.core.state import ProjectState
from tpm_desktop.reports.findings_phrases import phrase
from tpm_desktop.reports.pdf.texts import Texts


@dataclass(frozen=True, slots=True)
class PrintedFinding:
    """One finding as printed: what to say, and where it came from.

    `headline` is one sentence without a full stop; `detail` gives the numbers
    behind it; `recommendation` the decision and its budget effect ("" when the
    finding recommends nothing). `edited` is True when the user's text is used.
    """

    key: str
    headline: str
    detail: str
    recommendation: str
    touchpoint_ids: tuple[int, ...] = ()
    edited: bool = False


@dataclass(frozen=True, slots=True)
class FindingRow:
    """A finding as the edit dialog lists it: computed text, edit, and its switch."""

    finding: Finding
    computed: tuple[str, str, str]  # headline, detail, recommendation as computed
    edit: TextEdit | None  # the user's text in this language, if any
    shown: bool

    @property
    def key(self) -> str:
        """The rule key."""
        return self.finding.key

    @property
    def texts(self) -> tuple[str, str, str]:
        """What is printed: the edited text, else the computed one."""
        return self.edit.texts if self.edit is not None else self.computed

    @property
    def stale(self) -> bool:
        """The computed text changed since the user edited it."""
        return self.edit is not None and self.edit.computed != self.computed


def finding_rows(
    state: ProjectState,
    lang: str,
    department: int | None = None,
    today: date | None = None,
    edits: FindingEdits | None = None,
) -> list[FindingRow]:
    """Every finding that applies, in the order the report uses, switched on or off.

    `edits` replaces the stored ones (the dialog previews its own).
    """
    today = today or date.today()
    texts = Texts(lang)
    edits = read_edits(state, department) if edits is None else edits
    findings = {f.key: f for f in compute_findings(state, today, department)}
    limit = MAX_FINDINGS if department is None else MAX_DEPARTMENT_FINDINGS
    rows = []
    for key, shown in arrange(list(findings), edits, limit):
        finding = findings[key]
        edit = edits.texts.get(key)
        if edit is not None and edit.lang != texts.language:
            edit = None  # written for a report in the other language
        rows.append(FindingRow(finding, phrase(texts, state, finding), edit, shown))
    return rows


def printed_findings(
    state: ProjectState, lang: str, department: int | None = None, today: date | None = None
) -> list[PrintedFinding]:
    """The findings a report prints, most important first as the user arranged them.

    `state` is the whole project; `lang` "de" or "en"; `department` a department
    id for its report's short list (at most 5), None for the executive report (at
    most 8); `today` the report's date (default: today), against which measures
    are due or overdue. Findings switched off are left out; edited texts replace
    the computed ones.
    """
    return [
        PrintedFinding(row.key, *row.texts, row.finding.touchpoint_ids, row.edit is not None)
        for row in finding_rows(state, lang, department, today)
        if row.shown
    ]


__all__ = ["FindingRow", "PrintedFinding", "finding_rows", "printed_findings"]

"""The text of the method guide: the four steps of touchpoint management and where they live.

Sentences are translated one by one (context "GuideText"); the markup is built
here, so translators never touch HTML.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtCore import QObject

# One colour per step, also used in the overview's cycle.
STEP_COLOURS = ("#4e79a7", "#f28e2b", "#59a14f", "#b07aa1", "#76b7b2")


@dataclass(frozen=True)
class Section:
    """One page of the guide: a title and blocks of text."""

    title: str
    lead: str
    doing: list[str]
    in_app: list[str]
    colour: str


STYLE = """
<style>
h1 { font-size: 20pt; font-weight: 600; margin-bottom: 4px; }
h3 { font-size: 11pt; font-weight: 600; margin-top: 14px; margin-bottom: 2px; }
p.lead { font-size: 11pt; }
td.step { color: white; padding: 8px; }
li { margin-bottom: 4px; }
</style>
"""


class GuideText(QObject):
    """The guide's pages as HTML, translated (context "GuideText")."""

    def sections(self) -> list[Section]:
        """The pages after the overview, in order."""
        return [
            Section(
                self.tr("1  As-is analysis"),
                self.tr(
                    "Find every point where customers meet the company, before, during and after "
                    "the purchase, across all departments, online and offline. Describe what the "
                    "customer experiences there today, from the customer's point of view."
                ),
                [
                    self.tr("Walk through a typical customer journey, step by step."),
                    self.tr("Ask customers and colleagues from every department where they meet."),
                    self.tr("Note for each touchpoint whether it disappoints or delights."),
                ],
                [
                    self.tr(
                        "The touchpoint map in the centre of the window: departments, channels "
                        "and journey phases form its lanes; each card is a touchpoint."
                    ),
                    self.tr(
                        "Each touchpoint holds its description, the person responsible, the "
                        "as-is situation and the customer experience from −2 (disappoints) to "
                        "+2 (delights)."
                    ),
                    self.tr(
                        "Already have a list in Excel? File → Import Touchpoints… reads it, "
                        "with German or English column headers."
                    ),
                ],
                STEP_COLOURS[0],
            ),
            Section(
                self.tr("2  Target strategy"),
                self.tr(
                    "Define the target situation of each touchpoint and decide where to act. Not "
                    "every touchpoint deserves the same effort: the scores show which ones matter "
                    "most and where the gap between as-is and target is largest."
                ),
                [
                    self.tr(
                        "Score each touchpoint against the criteria catalogue, as it is and as it "
                        "should be. The standard catalogue is Function, Performance, Cost/benefit "
                        "and Controllability, scored 1 to 5, each with a weight."
                    ),
                    self.tr(
                        "Judge apart from the scores how much each touchpoint matters to "
                        "customers and the business: its relevance, 0 to 100. Set it directly, "
                        "or mark criteria in the catalogue as relevance criteria; until then a "
                        "touchpoint counts as 50."
                    ),
                    self.tr(
                        "The priority index puts relevance and need together: "
                        "100 × √(relevance/100 × need), where the need is the gap to the target "
                        "as a share of the scale, plus 1/8 per step of negative experience. "
                        "A touchpoint that matters and falls short comes first; one that meets "
                        "its target has no priority, however good it is."
                    ),
                    self.tr(
                        "The portfolio sets performance against relevance (importance-"
                        "performance analysis): concentrate here, keep up the good work, low "
                        "priority, possible overkill."
                    ),
                    self.tr(
                        "Decide per touchpoint: focus, combine, neglect, remove, or add one "
                        "that is missing."
                    ),
                    self.tr(
                        "Put the budget where it matters: Distribute Budget shares a total by "
                        "priority and decision (focus 1.5×, neglect 0.5×, remove nothing, "
                        "combined touchpoints alike, a reserve for those to add) and keeps "
                        "locked amounts."
                    ),
                ],
                [
                    self.tr(
                        "The assessment: criteria and weights, as-is and target scores, the "
                        "ranking and the portfolio, the decision and the budget per touchpoint."
                    ),
                    self.tr(
                        "The catalogue a new project starts with is set in Edit → Settings → "
                        "New Projects."
                    ),
                ],
                STEP_COLOURS[1],
            ),
            Section(
                self.tr("3  Implementation"),
                self.tr(
                    "Plan the measures that lead from the as-is to the target situation, then "
                    "carry them out. Quick wins come first: fast, visible results win the support "
                    "of every department."
                ),
                [
                    self.tr("Plan who does what by when, and at what cost."),
                    self.tr(
                        "Start with the quick wins: open measures on touchpoints with a "
                        "priority of 50 or more that cost at most the median measure and are "
                        "due within 90 days. The app finds them; mark any others by hand."
                    ),
                    self.tr("Keep the status of each measure up to date."),
                ],
                [
                    self.tr(
                        "Measures per touchpoint with owner, due date, status, cost and a "
                        "quick-win mark; overdue measures stand out."
                    ),
                ],
                STEP_COLOURS[2],
            ),
            Section(
                self.tr("4  Monitoring"),
                self.tr(
                    "Measure each touchpoint regularly and keep optimising. Markets and media "
                    "change fast; online touchpoints can even be measured continuously."
                ),
                [
                    self.tr("Give each important touchpoint key figures with target values."),
                    self.tr("Record the measurements on their dates and watch the trend."),
                    self.tr("Repeat the assessment now and then and compare the rounds."),
                ],
                [
                    self.tr(
                        "KPIs per touchpoint with target values and dated measurements; the trend "
                        "shows whether a touchpoint improves."
                    ),
                    self.tr("Assessment rounds keep dated snapshots of all scores for comparison."),
                ],
                STEP_COLOURS[3],
            ),
            Section(
                self.tr("Reporting"),
                self.tr(
                    "Reporting closes the cycle: management gets the overall picture, and every "
                    "department's contact person gets the results for their touchpoints, to "
                    "reflect on them and keep improving."
                ),
                [
                    self.tr("An executive report for management."),
                    self.tr("One report per department for its contact person."),
                ],
                [
                    self.tr("Reports are printed as PDF, in German or English, on A4 or Letter."),
                    self.tr(
                        "Each report opens with its findings: what the figures say, most "
                        "important first, each with the decision it suggests and that "
                        "decision's effect on the budget proposal. File → Edit Findings… lets "
                        "you reword, reorder or leave out a finding before you sign the report; "
                        "your wording stays when the data changes."
                    ),
                    self.tr(
                        "File → Export Touchpoints… writes the whole list as an Excel or CSV "
                        "table; importing it again reproduces the touchpoints."
                    ),
                ],
                STEP_COLOURS[4],
            ),
        ]

    def overview_html(self) -> str:
        """The first page: what touchpoint management is, and the cycle of four steps."""
        steps = [
            (
                self.tr("As-is analysis"),
                self.tr("Record the touchpoints"),
                self.tr("Describe the as-is"),
            ),
            (
                self.tr("Target strategy"),
                self.tr("Define the target"),
                self.tr("Decide per touchpoint"),
            ),
            (self.tr("Implementation"), self.tr("Plan measures"), self.tr("Carry them out")),
            (self.tr("Monitoring"), self.tr("Measure regularly"), self.tr("Keep optimising")),
        ]
        cells = "".join(
            f"<td class='step' bgcolor='{STEP_COLOURS[i]}' width='25%'>"
            f"<b>{i + 1}&nbsp;&nbsp;{html.escape(title)}</b><br>"
            f"{html.escape(first)}<br>{html.escape(second)}</td>"
            for i, (title, first, second) in enumerate(steps)
        )
        return (
            STYLE
            + _heading(1, self.tr("Touchpoint management"))
            + "<p class='lead'>"
            + html.escape(
                self.tr(
                    "Customers meet a company at many points: an advert, the website, a phone "
                    "call, the invoice, the technician at the door. Customer Touchpoint "
                    "Management looks at all of them from the customer's side and improves them "
                    "step by step. Even a mid-sized company has well over 100 touchpoints."
                )
            )
            + "</p>"
            + _heading(3, self.tr("Four steps, each in two stages"))
            + f"<table cellspacing='4' width='100%'><tr>{cells}</tr></table>"
            + "<p>"
            + html.escape(
                self.tr(
                    "Reporting closes the cycle, and monitoring leads back to a new analysis. "
                    "The next pages explain each step and where it lives in TPM Desktop."
                )
            )
            + "</p>"
            + _heading(3, self.tr("How to begin"))
            + "<ul>"
            + "".join(
                f"<li>{html.escape(item)}</li>"
                for item in (
                    self.tr(
                        "Open the sample from the start page: the touchpoints of a regional "
                        "energy supplier, assessed, with measures and KPIs."
                    ),
                    self.tr(
                        "Or start from your existing touchpoint list: Start from a spreadsheet "
                        "on the start page, or File → Import Touchpoints… in an open project"
                    ),
                )
            )
            + "</ul>"
        )

    def section_html(self, section: Section) -> str:
        """One step's page."""
        doing = "".join(f"<li>{html.escape(item)}</li>" for item in section.doing)
        in_app = "".join(f"<li>{html.escape(item)}</li>" for item in section.in_app)
        return (
            STYLE
            + f"<h1><font color='{section.colour}'>{html.escape(section.title)}</font></h1>"
            + f"<p class='lead'>{html.escape(section.lead)}</p>"
            + _heading(3, self.tr("What you do"))
            + f"<ul>{doing}</ul>"
            + _heading(3, self.tr("Where it lives in TPM Desktop"))
            + f"<ul>{in_app}</ul>"
        )

    def orientation_html(self, menus: list[tuple[str, list[str]]], panels: list[str]) -> str:
        """The last page, read from the live window: its menus and panels."""
        menu_items = "".join(
            f"<li><b>{html.escape(title)}</b>: {html.escape(', '.join(entries))}</li>"
            for title, entries in menus
        )
        panel_text = (
            self.tr("Panels (View → Panels): %1").replace("%1", ", ".join(panels))
            if panels
            else self.tr("Panels appear in View → Panels while a project is open.")
        )
        hints = [
            panel_text,
            self.tr("Help → Keyboard Shortcuts lists every shortcut of this window."),
            self.tr("Every command explains itself in a tooltip and in the status bar."),
        ]
        return (
            STYLE
            + _heading(1, self.tr("Finding your way"))
            + _heading(3, self.tr("Menus"))
            + f"<ul>{menu_items}</ul>"
            + _heading(3, self.tr("Panels and help"))
            + "<ul>"
            + "".join(f"<li>{html.escape(item)}</li>" for item in hints)
            + "</ul>"
        )


def _heading(level: int, text: str) -> str:
    return f"<h{level}>{html.escape(text)}</h{level}>"

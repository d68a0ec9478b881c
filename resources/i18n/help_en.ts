<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>GuideText</name>
    <message>
        <source>1  As-is analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find every point where customers meet the company, before, during and after the purchase, across all departments, online and offline. Describe what the customer experiences there today, from the customer&apos;s point of view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk through a typical customer journey, step by step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask customers and colleagues from every department where they meet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note for each touchpoint whether it disappoints or delights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The touchpoint map in the centre of the window: departments, channels and journey phases form its lanes; each card is a touchpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each touchpoint holds its description, the person responsible, the as-is situation and the customer experience from −2 (disappoints) to +2 (delights).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already have a list in Excel? File → Import Touchpoints… reads it, with German or English column headers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2  Target strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Define the target situation of each touchpoint and decide where to act. Not every touchpoint deserves the same effort: the scores show which ones matter most and where the gap between as-is and target is largest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score each touchpoint against the criteria catalogue, as it is and as it should be. The standard catalogue is Function, Performance, Cost/benefit and Controllability, scored 1 to 5, each with a weight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judge apart from the scores how much each touchpoint matters to customers and the business: its relevance, 0 to 100. Set it directly, or mark criteria in the catalogue as relevance criteria; until then a touchpoint counts as 50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The priority index puts relevance and need together: 100 × √(relevance/100 × need), where the need is the gap to the target as a share of the scale, plus 1/8 per step of negative experience. A touchpoint that matters and falls short comes first; one that meets its target has no priority, however good it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portfolio sets performance against relevance (importance-performance analysis): concentrate here, keep up the good work, low priority, possible overkill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide per touchpoint: focus, combine, neglect, remove, or add one that is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assessment: criteria and weights, as-is and target scores, the ranking and the portfolio, the decision and the budget per touchpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue a new project starts with is set in Edit → Settings → New Projects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3  Implementation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan the measures that lead from the as-is to the target situation, then carry them out. Quick wins come first: fast, visible results win the support of every department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan who does what by when, and at what cost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the budget where it matters: Distribute Budget shares a total by priority and decision (focus 1.5×, neglect 0.5×, remove nothing, combined touchpoints alike, a reserve for those to add) and keeps locked amounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with the quick wins: open measures on touchpoints with a priority of 50 or more that cost at most the median measure and are due within 90 days. The app finds them; mark any others by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the status of each measure up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures per touchpoint with owner, due date, status, cost and a quick-win mark; overdue measures stand out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4  Monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure each touchpoint regularly and keep optimising. Markets and media change fast; online touchpoints can even be measured continuously.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give each important touchpoint key figures with target values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the measurements on their dates and watch the trend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the assessment now and then and compare the rounds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPIs per touchpoint with target values and dated measurements; the trend shows whether a touchpoint improves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment rounds keep dated snapshots of all scores for comparison.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting closes the cycle: management gets the overall picture, and every department&apos;s contact person gets the results for their touchpoints, to reflect on them and keep improving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An executive report for management.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One report per department for its contact person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports are printed as PDF, in German or English, on A4 or Letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each report opens with its findings: what the figures say, most important first, each with the decision it suggests and that decision&apos;s effect on the budget proposal. File → Edit Findings… lets you reword, reorder or leave out a finding before you sign the report; your wording stays when the data changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File → Export Touchpoints… writes the whole list as an Excel or CSV table; importing it again reproduces the touchpoints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As-is analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the touchpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the as-is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Define the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide per touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carry them out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure regularly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep optimising</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touchpoint management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers meet a company at many points: an advert, the website, a phone call, the invoice, the technician at the door. Customer Touchpoint Management looks at all of them from the customer&apos;s side and improves them step by step. Even a mid-sized company has well over 100 touchpoints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Four steps, each in two stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting closes the cycle, and monitoring leads back to a new analysis. The next pages explain each step and where it lives in TPM Desktop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to begin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the sample from the start page: the touchpoints of a regional energy supplier, assessed, with measures and KPIs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or start from your existing touchpoint list: Start from a spreadsheet on the start page, or File → Import Touchpoints… in an open project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it lives in TPM Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panels (View → Panels): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panels appear in View → Panels while a project is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help → Keyboard Shortcuts lists every shortcut of this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every command explains itself in a tooltip and in the status bar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding your way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panels and help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MethodGuide</name>
    <message>
        <source>Touchpoint Management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding your way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by command or key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map and panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet lists the commands of this window, so it is always up to date. Menus also show each shortcut beside its command.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

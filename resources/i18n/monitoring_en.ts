<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ActionPlanModel</name>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick win</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue: due on %1 and not done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionPlanView</name>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open (planned or in progress)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due in the next 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due in the next 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick wins only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear every filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the rows shown as an Excel or CSV table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All owners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n measure(s)</source>
        <translation>
            <numerusform>%n measure</numerusform>
            <numerusform>%n measures</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 measures shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quick win(s)</source>
        <translation>
            <numerusform>%n quick win</numerusform>
            <numerusform>%n quick wins</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 % done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open cost %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action-plan.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action plan exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick win</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CloseRoundDialog</name>
    <message>
        <source>Close Assessment Round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The round stores the current scores of every touchpoint with their weighted scores. Later rounds and today&apos;s scores can then be compared with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who took part, what was the occasion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close round</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <source>Touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted as-is score in “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not rated in either</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rated in only one of the two</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no longer rated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DueView</name>
    <message>
        <source>KPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>not yet measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No KPIs yet. Add KPIs to touchpoints in the KPI panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>All %n KPI(s) are measured up to date.</source>
        <translation>
            <numerusform>The KPI is measured up to date.</numerusform>
            <numerusform>All %n KPIs are measured up to date.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n KPI(s) due for measurement.</source>
        <translation>
            <numerusform>%n KPI due for measurement.</numerusform>
            <numerusform>%n KPIs due for measurement.</numerusform>
        </translation>
    </message>
    <message>
        <source>A KPI is due when its last value is older than its frequency.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import Measurements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only rows with problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Import %n measurement(s)</source>
        <translation>
            <numerusform>Import %n measurement</numerusform>
            <numerusform>Import %n measurements</numerusform>
        </translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table lacks the column(s): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected: date, touchpoint, KPI, value and an optional note (German headers work too). Found: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table has no rows below its header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read</source>
        <translation>
            <numerusform>%n row read</numerusform>
            <numerusform>%n rows read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n will be imported</source>
        <translation>
            <numerusform>%n will be imported</numerusform>
            <numerusform>%n will be imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with problems, left out</source>
        <translation>
            <numerusform>%n with problems, left out</numerusform>
            <numerusform>%n with problems, left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the project, left out</source>
        <translation>
            <numerusform>%n already in the project, left out</numerusform>
            <numerusform>%n already in the project, left out</numerusform>
        </translation>
    </message>
    <message>
        <source>The table could not be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KpiChart</name>
    <message>
        <source>No measurements yet.
Enter them in the table beside the chart or paste them from a spreadsheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KpiExamples</name>
    <message>
        <source>Net Promoter Score (NPS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promoters minus detractors, from -100 to +100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer satisfaction (CSAT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of satisfied or very satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer effort score (CES)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“It was easy to get my issue resolved”, 1 to 7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints per 100 contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of visits that end in a contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call waiting time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average seconds until an agent answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First-contact resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of issues solved at the first contact</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KpiForm</name>
    <message>
        <source>e.g. %, s, €</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often a value is expected; older ones make the KPI due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Better:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Measured:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a number; the target is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KpiPanel</name>
    <message>
        <source>Select a touchpoint on the map to see and measure its KPIs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add KPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a KPI: choose a common one or define your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the KPI with all its measurements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPIs of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The touchpoint&apos;s trend over all its KPIs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This touchpoint has no KPIs yet. Add one with “Add KPI”: examples are offered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not measured yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last value %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target %1 reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 short of the target %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no target set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due for measurement since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other KPI…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New KPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add KPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete KPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit KPI</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeasureForm</name>
    <message>
        <source>What will be done, and how</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick for a measure without a due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count as a quick win</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open measures on high-priority touchpoints that cost little and are due within 90 days are quick wins by themselves; tick this to count one the rule does not catch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cost:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeasurementEntry</name>
    <message>
        <source>Measurements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add rows copied from a spreadsheet: date, value and an optional note (Ctrl+V in the table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected measurements (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the measurements of many KPIs from a CSV or Excel file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste measurements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds no values to paste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the pasted lines can be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n pasted line(s) cannot be read and will be left out.</source>
        <translation>
            <numerusform>%n pasted line cannot be read and will be left out.</numerusform>
            <numerusform>%n pasted lines cannot be read and will be left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add the %n readable measurement(s)?</source>
        <translation>
            <numerusform>Add the %n readable measurement?</numerusform>
            <numerusform>Add the %n readable measurements?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pasted %n measurement(s).</source>
        <translation>
            <numerusform>Pasted %n measurement.</numerusform>
            <numerusform>Pasted %n measurements.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already present, left out.</source>
        <translation>
            <numerusform>%n already present, left out.</numerusform>
            <numerusform>%n already present, left out.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeasurementPreviewModel</name>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already in the project, left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>will be imported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeasurementsModel</name>
    <message>
        <source>Value (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new value…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a value here to add a measurement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a number; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeasuresPanel</name>
    <message>
        <source>Select a touchpoint on the map to plan its measures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a measure to the selected touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected measures (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n measure(s) for “%1”</source>
        <translation>
            <numerusform>%n measure for “%1”</numerusform>
            <numerusform>%n measures for “%1”</numerusform>
        </translation>
    </message>
    <message>
        <source>Quick win: high priority, low cost, due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick win: marked by the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit measure</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Monitoring</name>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worsening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>several touchpoints have this name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no KPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown KPI for this touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>several KPIs have this name; name the touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value is too large</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonitoringFeature</name>
    <message>
        <source>Measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due for Measurement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round Comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a measure to the selected touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Meas&amp;urements…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Action P&amp;lan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mo&amp;nitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read KPI values from a CSV or Excel table (date, touchpoint, KPI, value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the measures shown in the action plan as an Excel or CSV table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Assessment Round…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store today&apos;s scores as a named, dated round for later comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Overdue Measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action plan, filtered to measures past their due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a touchpoint first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment round closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import measurements</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n measurement(s).</source>
        <translation>
            <numerusform>Imported %n measurement.</numerusform>
            <numerusform>Imported %n measurements.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoundsView</name>
    <message>
        <source>&amp;Close round…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store today&apos;s scores as a named, dated assessment round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the round chosen on the left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No assessment round has been closed yet. “Close round…” stores today&apos;s scores, so later scores can be compared with them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No touchpoint is rated in both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n touchpoint(s) compared</source>
        <translation>
            <numerusform>%n touchpoint compared</numerusform>
            <numerusform>%n touchpoints compared</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n improved</source>
        <translation>
            <numerusform>%n improved</numerusform>
            <numerusform>%n improved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n worsened</source>
        <translation>
            <numerusform>%n worsened</numerusform>
            <numerusform>%n worsened</numerusform>
        </translation>
    </message>
    <message>
        <source>mean change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the assessment round “%1” of %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its stored scores are removed. You can undo this.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoreHistoryChart</name>
    <message>
        <source>Not rated in any round yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As-is (weighted score)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoreHistoryView</name>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No assessment round has been closed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a touchpoint on the map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean of the department&apos;s touchpoints</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

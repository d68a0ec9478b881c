<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BuildDialog</name>
    <message>
        <source>Open the PDF when it is ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingsDialog</name>
    <message>
        <source>Edit Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executive report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticked findings are printed in this order; drag or use the buttons to reorder. Edited texts (✎) stay when the data changes; ⚠ marks one whose computed text has changed since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset to Computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Headline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deta&amp;il:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommen&amp;dation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The computed text has changed since this finding was edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The computed text has changed since it was edited. Computed now: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PosterDialog</name>
    <message>
        <source>Export Poster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole touchpoint map on one large sheet, or on A4 pages to cut and assemble. Names keep at least 6 pt; a map too large for A2 needs A1 or tiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;2 on one sheet (59.4 × 42 cm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;1 on one sheet (84.1 × 59.4 cm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;4 pages to assemble, with crop marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language of the poster:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap between target and as-is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map &amp;colours show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save poster as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the poster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the poster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poster written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The poster could not be written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Export Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Executive report for the management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Department report for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;All department reports, one PDF each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language of the report:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap between target and as-is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map &amp;colours show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On A3 (Tabloid with Letter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Map pages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidentiality &amp;line:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&amp;ogo (PNG or JPEG):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings and recommendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Management summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touchpoint map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer journey with the experience curve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portfolio matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appendix with all notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save in folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save report as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportFeature</name>
    <message>
        <source>Export &amp;Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the executive report as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Department Reports…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write one PDF report per department into a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Poster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the whole touchpoint map as a poster: A2, A1 or A4 tiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;Findings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reword, reorder or switch off the findings the reports print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project is open read-only; the findings cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

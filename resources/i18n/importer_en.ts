<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ColumnLabels</name>
    <message>
        <source>Short id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel type (online, offline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media type (owned, paid, earned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As-is situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experience (-2 to 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: target score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: as-is score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experience: %1 (new segment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experience: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportExportFeature</name>
    <message>
        <source>&amp;Import Touchpoints…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add touchpoints from an Excel or CSV table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Touchpoints…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the touchpoints as an Excel or CSV table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new project made from your Excel or CSV list of touchpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Import %n touchpoint(s)</source>
        <translation>
            <numerusform>Import %n touchpoint</numerusform>
            <numerusform>Import %n touchpoints</numerusform>
        </translation>
    </message>
    <message>
        <source>Import touchpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n touchpoint(s) imported</source>
        <translation>
            <numerusform>%n touchpoint imported</numerusform>
            <numerusform>%n touchpoints imported</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 touchpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export touchpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n touchpoint(s) exported to %1</source>
        <translation>
            <numerusform>%n touchpoint exported to %1</numerusform>
            <numerusform>%n touchpoints exported to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportFilePage</name>
    <message>
        <source>Choose the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV file, an Excel workbook (.xlsx) or an OpenDocument spreadsheet (.ods) with a header row and one touchpoint per row, in German or English.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path of a .csv, .xlsx or .ods file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the table in a file dialog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Read Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the file once more, after you corrected it in Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The worksheet of the workbook that holds the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Columns are recognised by their headers, for example &lt;i&gt;Name&lt;/i&gt; or &lt;i&gt;Touchpoint&lt;/i&gt;, &lt;i&gt;Abteilung&lt;/i&gt;, &lt;i&gt;Channel&lt;/i&gt;, &lt;i&gt;Phase&lt;/i&gt;, &lt;i&gt;Entscheidung&lt;/i&gt;, &lt;i&gt;Budget&lt;/i&gt;. A column named after a criterion holds its as-is score; &lt;i&gt;Funktion (Soll)&lt;/i&gt; or &lt;i&gt;Function (target)&lt;/i&gt; holds the target score.&lt;/p&gt;&lt;p&gt;Departments, channels and phases that do not exist yet are created. Nothing is changed before you confirm on the last page, and the whole import can be undone in one step.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import touchpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n column</numerusform>
            <numerusform>%n columns</numerusform>
        </translation>
    </message>
    <message>
        <source>sheet “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportMappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each column was matched by its header. Change what a column is imported as, or choose “Do not import”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column in the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Detect Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match every column by its header once more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the column that holds the names of the touchpoints.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s):</source>
        <translation>
            <numerusform>%n problem:</numerusform>
            <numerusform>%n problems:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPreviewPage</name>
    <message>
        <source>Check and import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each row becomes a touchpoint. Rows with problems are marked: correct them in Excel and use Read Again on the first page, or skip them below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only rows with &amp;problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Skip the rows with problems and import the others</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Checking %n row(s) …</source>
        <translation>
            <numerusform>Checking %n row …</numerusform>
            <numerusform>Checking %n rows …</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n touchpoint(s) can be imported</source>
        <translation>
            <numerusform>%n touchpoint can be imported</numerusform>
            <numerusform>%n touchpoints can be imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with problems</source>
        <translation>
            <numerusform>%n row with problems</numerusform>
            <numerusform>%n rows with problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) in the table</source>
        <translation>
            <numerusform>%n row in the table</numerusform>
            <numerusform>%n rows in the table</numerusform>
        </translation>
    </message>
    <message>
        <source>New departments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New channels:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New phases:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customer segments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns not imported:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n of them already exist in the project with the same name and place; they would be added again.</source>
        <translation>
            <numerusform>%n of them already exists in the project with the same name and place; it would be added again.</numerusform>
            <numerusform>%n of them already exist in the project with the same name and place; they would be added again.</numerusform>
        </translation>
    </message>
    <message>
        <source>online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import Touchpoints</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewChannelsBox</name>
    <message>
        <source>New channels: online or offline?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the table&apos;s channel type column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognised by its name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the rows without a channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown: please choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Choose online or offline for %n channel(s) whose type is not known.</source>
        <translation>
            <numerusform>Choose online or offline for %n channel whose type is not known.</numerusform>
            <numerusform>Choose online or offline for %n channels whose type is not known.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the types: they decide whether a channel is shown under Online or Offline on the map.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

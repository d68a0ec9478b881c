<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ColumnLabels</name>
    <message>
        <source>Short id</source>
        <translation>Kürzel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Channel type (online, offline)</source>
        <translation>Kanaltyp (online, offline)</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Media type (owned, paid, earned)</source>
        <translation>Medientyp (eigen, bezahlt, verdient)</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>As-is situation</source>
        <translation>Ist-Situation</translation>
    </message>
    <message>
        <source>Target situation</source>
        <translation>Soll-Situation</translation>
    </message>
    <message>
        <source>Experience (-2 to 2)</source>
        <translation>Erlebnis (-2 bis 2)</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Do not import</source>
        <translation>Nicht importieren</translation>
    </message>
    <message>
        <source>%1: target score</source>
        <translation>%1: Soll-Wert</translation>
    </message>
    <message>
        <source>%1: as-is score</source>
        <translation>%1: Ist-Wert</translation>
    </message>
    <message>
        <source>Experience: %1 (new segment)</source>
        <translation>Erlebnis: %1 (neue Kundengruppe)</translation>
    </message>
    <message>
        <source>Experience: %1</source>
        <translation>Erlebnis: %1</translation>
    </message>
</context>
<context>
    <name>ImportExportFeature</name>
    <message>
        <source>&amp;Import Touchpoints…</source>
        <translation>Touchpoints &amp;importieren…</translation>
    </message>
    <message>
        <source>Add touchpoints from an Excel or CSV table</source>
        <translation>Touchpoints aus einer Excel- oder CSV-Tabelle hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Export Touchpoints…</source>
        <translation>Touchpoints &amp;exportieren…</translation>
    </message>
    <message>
        <source>Write the touchpoints as an Excel or CSV table</source>
        <translation>Die Touchpoints als Excel- oder CSV-Tabelle speichern</translation>
    </message>
    <message>
        <source>Start from a spreadsheet</source>
        <translation>Mit einer Tabelle beginnen</translation>
    </message>
    <message>
        <source>A new project made from your Excel or CSV list of touchpoints</source>
        <translation>Ein neues Projekt aus Ihrer Touchpoint-Liste in Excel oder CSV</translation>
    </message>
    <message numerus="yes">
        <source>Import %n touchpoint(s)</source>
        <translation>
            <numerusform>%n Touchpoint importieren</numerusform>
            <numerusform>%n Touchpoints importieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Import touchpoints</source>
        <translation>Touchpoints importieren</translation>
    </message>
    <message numerus="yes">
        <source>%n touchpoint(s) imported</source>
        <translation>
            <numerusform>%n Touchpoint importiert</numerusform>
            <numerusform>%n Touchpoints importiert</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 touchpoints</source>
        <translation>%1 Touchpoints</translation>
    </message>
    <message>
        <source>Export touchpoints</source>
        <translation>Touchpoints exportieren</translation>
    </message>
    <message numerus="yes">
        <source>%n touchpoint(s) exported to %1</source>
        <translation>
            <numerusform>%n Touchpoint nach %1 exportiert</numerusform>
            <numerusform>%n Touchpoints nach %1 exportiert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportFilePage</name>
    <message>
        <source>Choose the table</source>
        <translation>Tabelle wählen</translation>
    </message>
    <message>
        <source>A CSV file, an Excel workbook (.xlsx) or an OpenDocument spreadsheet (.ods) with a header row and one touchpoint per row, in German or English.</source>
        <translation>Eine CSV-Datei, eine Excel-Arbeitsmappe (.xlsx) oder eine OpenDocument-Tabelle (.ods) mit einer Kopfzeile und einem Touchpoint je Zeile, auf Deutsch oder Englisch.</translation>
    </message>
    <message>
        <source>Path of a .csv, .xlsx or .ods file</source>
        <translation>Pfad einer .csv-, .xlsx- oder .ods-Datei</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose the table in a file dialog</source>
        <translation>Die Tabelle in einem Dateidialog auswählen</translation>
    </message>
    <message>
        <source>&amp;Read Again</source>
        <translation>Erneut &amp;lesen</translation>
    </message>
    <message>
        <source>Read the file once more, after you corrected it in Excel</source>
        <translation>Die Datei noch einmal lesen, nachdem Sie sie in Excel korrigiert haben</translation>
    </message>
    <message>
        <source>The worksheet of the workbook that holds the list</source>
        <translation>Das Tabellenblatt der Arbeitsmappe, das die Liste enthält</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Tabellenblatt:</translation>
    </message>
    <message>
        <source>&lt;p&gt;Columns are recognised by their headers, for example &lt;i&gt;Name&lt;/i&gt; or &lt;i&gt;Touchpoint&lt;/i&gt;, &lt;i&gt;Abteilung&lt;/i&gt;, &lt;i&gt;Channel&lt;/i&gt;, &lt;i&gt;Phase&lt;/i&gt;, &lt;i&gt;Entscheidung&lt;/i&gt;, &lt;i&gt;Budget&lt;/i&gt;. A column named after a criterion holds its as-is score; &lt;i&gt;Funktion (Soll)&lt;/i&gt; or &lt;i&gt;Function (target)&lt;/i&gt; holds the target score.&lt;/p&gt;&lt;p&gt;Departments, channels and phases that do not exist yet are created. Nothing is changed before you confirm on the last page, and the whole import can be undone in one step.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Spalten werden an ihren Überschriften erkannt, zum Beispiel &lt;i&gt;Name&lt;/i&gt; oder &lt;i&gt;Touchpoint&lt;/i&gt;, &lt;i&gt;Abteilung&lt;/i&gt;, &lt;i&gt;Kanal&lt;/i&gt;, &lt;i&gt;Phase&lt;/i&gt;, &lt;i&gt;Entscheidung&lt;/i&gt;, &lt;i&gt;Budget&lt;/i&gt;. Eine Spalte mit dem Namen eines Kriteriums enthält dessen Ist-Wert; &lt;i&gt;Funktion (Soll)&lt;/i&gt; oder &lt;i&gt;Function (target)&lt;/i&gt; enthält den Soll-Wert.&lt;/p&gt;&lt;p&gt;Abteilungen, Kanäle und Phasen, die es noch nicht gibt, werden angelegt. Erst wenn Sie auf der letzten Seite bestätigen, wird etwas geändert, und der ganze Import lässt sich in einem Schritt rückgängig machen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Import touchpoints</source>
        <translation>Touchpoints importieren</translation>
    </message>
    <message>
        <source>Reading %1 …</source>
        <translation>%1 wird gelesen …</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n Spalte</numerusform>
            <numerusform>%n Spalten</numerusform>
        </translation>
    </message>
    <message>
        <source>sheet “%1”</source>
        <translation>Blatt „%1“</translation>
    </message>
    <message>
        <source>Columns: %1</source>
        <translation>Spalten: %1</translation>
    </message>
</context>
<context>
    <name>ImportMappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation>Spalten zuordnen</translation>
    </message>
    <message>
        <source>Each column was matched by its header. Change what a column is imported as, or choose “Do not import”.</source>
        <translation>Jede Spalte wurde anhand ihrer Überschrift zugeordnet. Ändern Sie, als was eine Spalte importiert wird, oder wählen Sie „Nicht importieren“.</translation>
    </message>
    <message>
        <source>Column in the table</source>
        <translation>Spalte der Tabelle</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Importieren als</translation>
    </message>
    <message>
        <source>&amp;Detect Again</source>
        <translation>Erneut &amp;erkennen</translation>
    </message>
    <message>
        <source>Match every column by its header once more</source>
        <translation>Alle Spalten noch einmal anhand ihrer Überschrift zuordnen</translation>
    </message>
    <message>
        <source>Choose the column that holds the names of the touchpoints.</source>
        <translation>Wählen Sie die Spalte, die die Namen der Touchpoints enthält.</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Fehler</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s):</source>
        <translation>
            <numerusform>%n Problem:</numerusform>
            <numerusform>%n Probleme:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPreviewPage</name>
    <message>
        <source>Check and import</source>
        <translation>Prüfen und importieren</translation>
    </message>
    <message>
        <source>Each row becomes a touchpoint. Rows with problems are marked: correct them in Excel and use Read Again on the first page, or skip them below.</source>
        <translation>Jede Zeile wird zu einem Touchpoint. Fehlerhafte Zeilen sind markiert: Korrigieren Sie sie in Excel und wählen Sie auf der ersten Seite „Erneut lesen“, oder überspringen Sie sie unten.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Show only rows with &amp;problems</source>
        <translation>Nur &amp;fehlerhafte Zeilen zeigen</translation>
    </message>
    <message>
        <source>&amp;Skip the rows with problems and import the others</source>
        <translation>Fehlerhafte Zeilen &amp;überspringen und die übrigen importieren</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n row(s) …</source>
        <translation>
            <numerusform>%n Zeile wird geprüft …</numerusform>
            <numerusform>%n Zeilen werden geprüft …</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n touchpoint(s) can be imported</source>
        <translation>
            <numerusform>%n Touchpoint kann importiert werden</numerusform>
            <numerusform>%n Touchpoints können importiert werden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with problems</source>
        <translation>
            <numerusform>%n fehlerhafte Zeile</numerusform>
            <numerusform>%n fehlerhafte Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) in the table</source>
        <translation>
            <numerusform>%n Zeile in der Tabelle</numerusform>
            <numerusform>%n Zeilen in der Tabelle</numerusform>
        </translation>
    </message>
    <message>
        <source>New departments:</source>
        <translation>Neue Abteilungen:</translation>
    </message>
    <message>
        <source>New channels:</source>
        <translation>Neue Kanäle:</translation>
    </message>
    <message>
        <source>New phases:</source>
        <translation>Neue Phasen:</translation>
    </message>
    <message>
        <source>New customer segments:</source>
        <translation>Neue Kundengruppen:</translation>
    </message>
    <message>
        <source>Columns not imported:</source>
        <translation>Nicht importierte Spalten:</translation>
    </message>
    <message numerus="yes">
        <source>%n of them already exist in the project with the same name and place; they would be added again.</source>
        <translation>
            <numerusform>%n davon gibt es im Projekt bereits mit gleichem Namen und Platz; er würde erneut hinzugefügt.</numerusform>
            <numerusform>%n davon gibt es im Projekt bereits mit gleichem Namen und Platz; sie würden erneut hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import Touchpoints</source>
        <translation>Touchpoints importieren</translation>
    </message>
</context>
<context>
    <name>NewChannelsBox</name>
    <message>
        <source>New channels: online or offline?</source>
        <translation>Neue Kanäle: online oder offline?</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Why this type</source>
        <translation>Warum dieser Typ</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Bitte wählen …</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Chosen by you</source>
        <translation>Von Ihnen gewählt</translation>
    </message>
    <message>
        <source>From the table&apos;s channel type column</source>
        <translation>Aus der Spalte Kanaltyp der Tabelle</translation>
    </message>
    <message>
        <source>Recognised by its name</source>
        <translation>Am Namen erkannt</translation>
    </message>
    <message>
        <source>For the rows without a channel</source>
        <translation>Für die Zeilen ohne Kanal</translation>
    </message>
    <message>
        <source>Unknown: please choose</source>
        <translation>Unbekannt: bitte wählen</translation>
    </message>
    <message numerus="yes">
        <source>Choose online or offline for %n channel(s) whose type is not known.</source>
        <translation>
            <numerusform>Wählen Sie online oder offline für %n Kanal, dessen Typ nicht bekannt ist.</numerusform>
            <numerusform>Wählen Sie online oder offline für %n Kanäle, deren Typ nicht bekannt ist.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the types: they decide whether a channel is shown under Online or Offline on the map.</source>
        <translation>Prüfen Sie die Typen: Sie bestimmen, ob ein Kanal auf der Landkarte unter Online oder Offline steht.</translation>
    </message>
</context>
</TS>

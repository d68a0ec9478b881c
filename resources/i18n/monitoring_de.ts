<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ActionPlanModel</name>
    <message>
        <source>Measure</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>Touchpoint</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Quick win</source>
        <translation>Quick Win</translation>
    </message>
    <message>
        <source>Overdue: due on %1 and not done</source>
        <translation>Überfällig: fällig am %1 und nicht erledigt</translation>
    </message>
</context>
<context>
    <name>ActionPlanView</name>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Open (planned or in progress)</source>
        <translation>Offen (geplant oder in Arbeit)</translation>
    </message>
    <message>
        <source>Any due date</source>
        <translation>Alle Fälligkeiten</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Due in the next 30 days</source>
        <translation>Fällig in den nächsten 30 Tagen</translation>
    </message>
    <message>
        <source>Due in the next 90 days</source>
        <translation>Fällig in den nächsten 90 Tagen</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>Ohne Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>Quick wins only</source>
        <translation>Nur Quick Wins</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Alle zeigen</translation>
    </message>
    <message>
        <source>Clear every filter</source>
        <translation>Alle Filter zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Save the rows shown as an Excel or CSV table</source>
        <translation>Die angezeigten Zeilen als Excel- oder CSV-Tabelle speichern</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Alle Verantwortlichen</translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation>(nicht zugewiesen)</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Alle Abteilungen</translation>
    </message>
    <message numerus="yes">
        <source>%n measure(s)</source>
        <translation>
            <numerusform>%n Maßnahme</numerusform>
            <numerusform>%n Maßnahmen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 measures shown</source>
        <translation>%1 von %2 Maßnahmen angezeigt</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n überfällig</numerusform>
            <numerusform>%n überfällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quick win(s)</source>
        <translation>
            <numerusform>%n Quick Win</numerusform>
            <numerusform>%n Quick Wins</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 % done</source>
        <translation>%1 % erledigt</translation>
    </message>
    <message>
        <source>open cost %1</source>
        <translation>offene Kosten %1</translation>
    </message>
    <message>
        <source>Export action plan</source>
        <translation>Maßnahmenplan exportieren</translation>
    </message>
    <message>
        <source>action-plan.xlsx</source>
        <translation>Maßnahmenplan.xlsx</translation>
    </message>
    <message>
        <source>Action plan exported to %1</source>
        <translation>Maßnahmenplan exportiert nach %1</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Quick win</source>
        <translation>Quick Win</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Maßnahmenplan</translation>
    </message>
</context>
<context>
    <name>CloseRoundDialog</name>
    <message>
        <source>Close Assessment Round</source>
        <translation>Bewertungsrunde abschließen</translation>
    </message>
    <message>
        <source>The round stores the current scores of every touchpoint with their weighted scores. Later rounds and today&apos;s scores can then be compared with it.</source>
        <translation>Die Runde speichert die aktuellen Bewertungen aller Touchpoints samt ihrer gewichteten Bewertung. Spätere Runden und die Bewertungen von heute lassen sich dann mit ihr vergleichen.</translation>
    </message>
    <message>
        <source>Round %1 (%2)</source>
        <translation>Runde %1 (%2)</translation>
    </message>
    <message>
        <source>Who took part, what was the occasion</source>
        <translation>Wer war beteiligt, was war der Anlass</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;otiz:</translation>
    </message>
    <message>
        <source>Close round</source>
        <translation>Runde abschließen</translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <source>Touchpoint</source>
        <translation>Touchpoint</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
    <message>
        <source>Weighted as-is score in “%1”</source>
        <translation>Gewichtete Ist-Bewertung in „%1“</translation>
    </message>
    <message>
        <source>Not rated in either</source>
        <translation>In keiner der beiden bewertet</translation>
    </message>
    <message>
        <source>Rated in only one of the two</source>
        <translation>Nur in einer der beiden bewertet</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>no longer rated</source>
        <translation>nicht mehr bewertet</translation>
    </message>
</context>
<context>
    <name>DueView</name>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>Touchpoint</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Rhythmus</translation>
    </message>
    <message>
        <source>Last value</source>
        <translation>Letzter Wert</translation>
    </message>
    <message>
        <source>Last measured</source>
        <translation>Zuletzt gemessen</translation>
    </message>
    <message>
        <source>Due since</source>
        <translation>Fällig seit</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n Tag überfällig</numerusform>
            <numerusform>%n Tage überfällig</numerusform>
        </translation>
    </message>
    <message>
        <source>not yet measured</source>
        <translation>noch nie gemessen</translation>
    </message>
    <message>
        <source>No KPIs yet. Add KPIs to touchpoints in the KPI panel.</source>
        <translation>Noch keine KPIs. KPIs werden den Touchpoints im Bereich „KPIs“ hinzugefügt.</translation>
    </message>
    <message numerus="yes">
        <source>All %n KPI(s) are measured up to date.</source>
        <translation>
            <numerusform>Der KPI ist aktuell gemessen.</numerusform>
            <numerusform>Alle %n KPIs sind aktuell gemessen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n KPI(s) due for measurement.</source>
        <translation>
            <numerusform>%n KPI ist zur Messung fällig.</numerusform>
            <numerusform>%n KPIs sind zur Messung fällig.</numerusform>
        </translation>
    </message>
    <message>
        <source>A KPI is due when its last value is older than its frequency.</source>
        <translation>Ein KPI ist fällig, wenn sein letzter Wert älter ist als sein Messrhythmus.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import Measurements</source>
        <translation>Messwerte importieren</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Datei: %1</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>Tabellenblatt:</translation>
    </message>
    <message>
        <source>Show only rows with problems</source>
        <translation>Nur Zeilen mit Problemen zeigen</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message numerus="yes">
        <source>Import %n measurement(s)</source>
        <translation>
            <numerusform>%n Messwert importieren</numerusform>
            <numerusform>%n Messwerte importieren</numerusform>
        </translation>
    </message>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>The table lacks the column(s): %1.</source>
        <translation>Der Tabelle fehlen Spalten: %1.</translation>
    </message>
    <message>
        <source>Expected: date, touchpoint, KPI, value and an optional note (German headers work too). Found: %1.</source>
        <translation>Erwartet: Datum, Touchpoint, KPI, Wert und optional Notiz (englische Spaltenköpfe gehen auch). Gefunden: %1.</translation>
    </message>
    <message>
        <source>The table has no rows below its header.</source>
        <translation>Die Tabelle hat unter der Kopfzeile keine Zeilen.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read</source>
        <translation>
            <numerusform>%n Zeile gelesen</numerusform>
            <numerusform>%n Zeilen gelesen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n will be imported</source>
        <translation>
            <numerusform>%n wird importiert</numerusform>
            <numerusform>%n werden importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with problems, left out</source>
        <translation>
            <numerusform>%n mit Problemen, ausgelassen</numerusform>
            <numerusform>%n mit Problemen, ausgelassen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the project, left out</source>
        <translation>
            <numerusform>%n bereits im Projekt, ausgelassen</numerusform>
            <numerusform>%n bereits im Projekt, ausgelassen</numerusform>
        </translation>
    </message>
    <message>
        <source>The table could not be read (%1).</source>
        <translation>Die Tabelle konnte nicht gelesen werden (%1).</translation>
    </message>
</context>
<context>
    <name>KpiChart</name>
    <message>
        <source>No measurements yet.
Enter them in the table beside the chart or paste them from a spreadsheet.</source>
        <translation>Noch keine Messwerte.
Tragen Sie sie in der Tabelle neben dem Diagramm ein oder fügen Sie sie aus einer Tabellenkalkulation ein.</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Gemessen</translation>
    </message>
    <message>
        <source>Measured (%1)</source>
        <translation>Gemessen (%1)</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>Ziel %1</translation>
    </message>
</context>
<context>
    <name>KpiExamples</name>
    <message>
        <source>Net Promoter Score (NPS)</source>
        <translation>Net Promoter Score (NPS)</translation>
    </message>
    <message>
        <source>Promoters minus detractors, from -100 to +100</source>
        <translation>Promotoren minus Kritiker, von −100 bis +100</translation>
    </message>
    <message>
        <source>Customer satisfaction (CSAT)</source>
        <translation>Kundenzufriedenheit (CSAT)</translation>
    </message>
    <message>
        <source>Share of satisfied or very satisfied</source>
        <translation>Anteil zufriedener oder sehr zufriedener Kunden</translation>
    </message>
    <message>
        <source>Customer effort score (CES)</source>
        <translation>Customer Effort Score (CES)</translation>
    </message>
    <message>
        <source>“It was easy to get my issue resolved”, 1 to 7</source>
        <translation>„Mein Anliegen ließ sich leicht erledigen“, 1 bis 7</translation>
    </message>
    <message>
        <source>Complaint rate</source>
        <translation>Beschwerdequote</translation>
    </message>
    <message>
        <source>Complaints per 100 contacts</source>
        <translation>Beschwerden je 100 Kontakte</translation>
    </message>
    <message>
        <source>Conversion rate</source>
        <translation>Abschlussquote</translation>
    </message>
    <message>
        <source>Share of visits that end in a contract</source>
        <translation>Anteil der Besuche, die mit einem Vertragsabschluss enden</translation>
    </message>
    <message>
        <source>Call waiting time</source>
        <translation>Wartezeit am Telefon</translation>
    </message>
    <message>
        <source>Average seconds until an agent answers</source>
        <translation>Durchschnittliche Sekunden, bis jemand den Anruf annimmt</translation>
    </message>
    <message>
        <source>First-contact resolution</source>
        <translation>Erstlösungsquote</translation>
    </message>
    <message>
        <source>Share of issues solved at the first contact</source>
        <translation>Anteil der Anliegen, die beim ersten Kontakt gelöst werden</translation>
    </message>
</context>
<context>
    <name>KpiForm</name>
    <message>
        <source>e.g. %, s, €</source>
        <translation>z. B. %, s, €</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>kein Ziel</translation>
    </message>
    <message>
        <source>How often a value is expected; older ones make the KPI due</source>
        <translation>Wie oft ein Wert erwartet wird; ist der letzte älter, ist der KPI fällig</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Einheit:</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Zielwert:</translation>
    </message>
    <message>
        <source>&amp;Better:</source>
        <translation>&amp;Besser:</translation>
    </message>
    <message>
        <source>&amp;Measured:</source>
        <translation>&amp;Rhythmus:</translation>
    </message>
    <message>
        <source>“%1” is not a number; the target is unchanged.</source>
        <translation>„%1“ ist keine Zahl; der Zielwert bleibt unverändert.</translation>
    </message>
</context>
<context>
    <name>KpiPanel</name>
    <message>
        <source>Select a touchpoint on the map to see and measure its KPIs.</source>
        <translation>Wählen Sie auf der Landkarte einen Touchpoint, um seine KPIs zu sehen und zu messen.</translation>
    </message>
    <message>
        <source>&amp;Add KPI</source>
        <translation>KPI &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add a KPI: choose a common one or define your own</source>
        <translation>Einen KPI hinzufügen: einen gängigen wählen oder einen eigenen festlegen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the KPI with all its measurements</source>
        <translation>Den KPI mit allen Messwerten löschen</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Zuletzt</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <source>KPIs of “%1”</source>
        <translation>KPIs von „%1“</translation>
    </message>
    <message>
        <source>Trend: %1</source>
        <translation>Trend: %1</translation>
    </message>
    <message>
        <source>The touchpoint&apos;s trend over all its KPIs</source>
        <translation>Der Trend des Touchpoints über alle seine KPIs</translation>
    </message>
    <message>
        <source>On target</source>
        <translation>Ziel erreicht</translation>
    </message>
    <message>
        <source>Off target</source>
        <translation>Ziel verfehlt</translation>
    </message>
    <message>
        <source>This touchpoint has no KPIs yet. Add one with “Add KPI”: examples are offered.</source>
        <translation>Dieser Touchpoint hat noch keine KPIs. Fügen Sie mit „KPI hinzufügen“ einen hinzu; Beispiele werden angeboten.</translation>
    </message>
    <message>
        <source>not measured yet</source>
        <translation>noch nicht gemessen</translation>
    </message>
    <message>
        <source>last value %1 on %2</source>
        <translation>letzter Wert %1 am %2</translation>
    </message>
    <message>
        <source>target %1 reached</source>
        <translation>Ziel %1 erreicht</translation>
    </message>
    <message>
        <source>%1 short of the target %2</source>
        <translation>%1 vom Ziel %2 entfernt</translation>
    </message>
    <message>
        <source>no target set</source>
        <translation>kein Ziel gesetzt</translation>
    </message>
    <message>
        <source>due for measurement since %1</source>
        <translation>Messung fällig seit %1</translation>
    </message>
    <message>
        <source>Other KPI…</source>
        <translation>Anderer KPI…</translation>
    </message>
    <message>
        <source>New KPI</source>
        <translation>Neuer KPI</translation>
    </message>
    <message>
        <source>Add KPI</source>
        <translation>KPI hinzufügen</translation>
    </message>
    <message>
        <source>Delete KPI</source>
        <translation>KPI löschen</translation>
    </message>
    <message>
        <source>Edit KPI</source>
        <translation>KPI bearbeiten</translation>
    </message>
</context>
<context>
    <name>MeasureForm</name>
    <message>
        <source>What will be done, and how</source>
        <translation>Was getan wird, und wie</translation>
    </message>
    <message>
        <source>Who is responsible</source>
        <translation>Wer verantwortlich ist</translation>
    </message>
    <message>
        <source>Untick for a measure without a due date</source>
        <translation>Haken entfernen für eine Maßnahme ohne Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>Count as a quick win</source>
        <translation>Als Quick Win zählen</translation>
    </message>
    <message>
        <source>Open measures on high-priority touchpoints that cost little and are due within 90 days are quick wins by themselves; tick this to count one the rule does not catch.</source>
        <translation>Offene Maßnahmen an Touchpoints mit hoher Priorität, die wenig kosten und binnen 90 Tagen fällig sind, sind von selbst Quick Wins; haken Sie dies an, um eine Maßnahme zu zählen, die die Regel nicht erfasst.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Verantwortlich:</translation>
    </message>
    <message>
        <source>Due &amp;date:</source>
        <translation>&amp;Fällig am:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Cost:</source>
        <translation>&amp;Kosten:</translation>
    </message>
</context>
<context>
    <name>MeasurementEntry</name>
    <message>
        <source>Measurements</source>
        <translation>Messwerte</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>Add rows copied from a spreadsheet: date, value and an optional note (Ctrl+V in the table)</source>
        <translation>Aus einer Tabellenkalkulation kopierte Zeilen hinzufügen: Datum, Wert und optional eine Notiz (Strg+V in der Tabelle)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the selected measurements (Del)</source>
        <translation>Die ausgewählten Messwerte löschen (Entf)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Import the measurements of many KPIs from a CSV or Excel file</source>
        <translation>Messwerte vieler KPIs aus einer CSV- oder Excel-Datei importieren</translation>
    </message>
    <message>
        <source>Paste measurements</source>
        <translation>Messwerte einfügen</translation>
    </message>
    <message>
        <source>The clipboard holds no values to paste.</source>
        <translation>Die Zwischenablage enthält keine Werte zum Einfügen.</translation>
    </message>
    <message>
        <source>None of the pasted lines can be used.</source>
        <translation>Keine der eingefügten Zeilen ist verwendbar.</translation>
    </message>
    <message numerus="yes">
        <source>%n pasted line(s) cannot be read and will be left out.</source>
        <translation>
            <numerusform>%n eingefügte Zeile ist nicht lesbar und wird ausgelassen.</numerusform>
            <numerusform>%n eingefügte Zeilen sind nicht lesbar und werden ausgelassen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add the %n readable measurement(s)?</source>
        <translation>
            <numerusform>Den %n lesbaren Messwert hinzufügen?</numerusform>
            <numerusform>Die %n lesbaren Messwerte hinzufügen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pasted %n measurement(s).</source>
        <translation>
            <numerusform>%n Messwert eingefügt.</numerusform>
            <numerusform>%n Messwerte eingefügt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already present, left out.</source>
        <translation>
            <numerusform>%n bereits vorhanden, ausgelassen.</numerusform>
            <numerusform>%n bereits vorhanden, ausgelassen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weitere</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeasurementPreviewModel</name>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>Touchpoint</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>already in the project, left out</source>
        <translation>bereits im Projekt, ausgelassen</translation>
    </message>
    <message>
        <source>will be imported</source>
        <translation>wird importiert</translation>
    </message>
</context>
<context>
    <name>MeasurementsModel</name>
    <message>
        <source>Value (%1)</source>
        <translation>Wert (%1)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>new value…</source>
        <translation>neuer Wert…</translation>
    </message>
    <message>
        <source>Type a value here to add a measurement</source>
        <translation>Hier einen Wert eingeben, um einen Messwert hinzuzufügen</translation>
    </message>
    <message>
        <source>“%1” is not a number; nothing was changed.</source>
        <translation>„%1“ ist keine Zahl; nichts wurde geändert.</translation>
    </message>
</context>
<context>
    <name>MeasuresPanel</name>
    <message>
        <source>Select a touchpoint on the map to plan its measures.</source>
        <translation>Wählen Sie auf der Landkarte einen Touchpoint, um seine Maßnahmen zu planen.</translation>
    </message>
    <message>
        <source>&amp;Add measure</source>
        <translation>Maßnahme &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add a measure to the selected touchpoint</source>
        <translation>Dem ausgewählten Touchpoint eine Maßnahme hinzufügen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the selected measures (Del)</source>
        <translation>Die ausgewählten Maßnahmen löschen (Entf)</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message numerus="yes">
        <source>%n measure(s) for “%1”</source>
        <translation>
            <numerusform>%n Maßnahme für „%1“</numerusform>
            <numerusform>%n Maßnahmen für „%1“</numerusform>
        </translation>
    </message>
    <message>
        <source>Quick win: high priority, low cost, due soon</source>
        <translation>Quick Win: hohe Priorität, geringe Kosten, bald fällig</translation>
    </message>
    <message>
        <source>Quick win: marked by the team</source>
        <translation>Quick Win: vom Team markiert</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>New measure</source>
        <translation>Neue Maßnahme</translation>
    </message>
    <message>
        <source>Add measure</source>
        <translation>Maßnahme hinzufügen</translation>
    </message>
    <message>
        <source>Delete measures</source>
        <translation>Maßnahmen löschen</translation>
    </message>
    <message>
        <source>Edit measure</source>
        <translation>Maßnahme bearbeiten</translation>
    </message>
</context>
<context>
    <name>Monitoring</name>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Höher ist besser</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>Niedriger ist besser</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Wöchentlich</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>Vierteljährlich</translation>
    </message>
    <message>
        <source>Improving</source>
        <translation>Verbessert sich</translation>
    </message>
    <message>
        <source>Stable</source>
        <translation>Stabil</translation>
    </message>
    <message>
        <source>Worsening</source>
        <translation>Verschlechtert sich</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Keine Daten</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>kein Ziel</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>kein Datum</translation>
    </message>
    <message>
        <source>the date cannot be read</source>
        <translation>Datum nicht lesbar</translation>
    </message>
    <message>
        <source>unknown touchpoint</source>
        <translation>unbekannter Touchpoint</translation>
    </message>
    <message>
        <source>several touchpoints have this name</source>
        <translation>mehrere Touchpoints tragen diesen Namen</translation>
    </message>
    <message>
        <source>no KPI</source>
        <translation>kein KPI</translation>
    </message>
    <message>
        <source>unknown KPI for this touchpoint</source>
        <translation>unbekannter KPI für diesen Touchpoint</translation>
    </message>
    <message>
        <source>several KPIs have this name; name the touchpoint</source>
        <translation>mehrere KPIs tragen diesen Namen; bitte den Touchpoint angeben</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>kein Wert</translation>
    </message>
    <message>
        <source>the value is not a number</source>
        <translation>der Wert ist keine Zahl</translation>
    </message>
    <message>
        <source>the value is too large</source>
        <translation>der Wert ist zu groß</translation>
    </message>
</context>
<context>
    <name>MonitoringFeature</name>
    <message>
        <source>Measures</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>KPIs</translation>
    </message>
    <message>
        <source>Action Plan</source>
        <translation>Maßnahmenplan</translation>
    </message>
    <message>
        <source>Due for Measurement</source>
        <translation>Fällige Messungen</translation>
    </message>
    <message>
        <source>Round Comparison</source>
        <translation>Rundenvergleich</translation>
    </message>
    <message>
        <source>Score History</source>
        <translation>Bewertungsverlauf</translation>
    </message>
    <message>
        <source>Add &amp;Measure</source>
        <translation>&amp;Maßnahme hinzufügen</translation>
    </message>
    <message>
        <source>Add a measure to the selected touchpoint</source>
        <translation>Dem ausgewählten Touchpoint eine Maßnahme hinzufügen</translation>
    </message>
    <message>
        <source>Import Meas&amp;urements…</source>
        <translation>Mess&amp;werte importieren…</translation>
    </message>
    <message>
        <source>Export Action P&amp;lan…</source>
        <translation>Maßnahmen&amp;plan exportieren…</translation>
    </message>
    <message>
        <source>Mo&amp;nitoring</source>
        <translation>&amp;Monitoring</translation>
    </message>
    <message>
        <source>Read KPI values from a CSV or Excel table (date, touchpoint, KPI, value)</source>
        <translation>KPI-Werte aus einer CSV- oder Excel-Tabelle lesen (Datum, Touchpoint, KPI, Wert)</translation>
    </message>
    <message>
        <source>Save the measures shown in the action plan as an Excel or CSV table</source>
        <translation>Die im Maßnahmenplan angezeigten Maßnahmen als Excel- oder CSV-Tabelle speichern</translation>
    </message>
    <message>
        <source>&amp;Close Assessment Round…</source>
        <translation>Bewertungsrunde &amp;abschließen…</translation>
    </message>
    <message>
        <source>Store today&apos;s scores as a named, dated round for later comparison</source>
        <translation>Die heutigen Bewertungen als benannte, datierte Runde für spätere Vergleiche speichern</translation>
    </message>
    <message>
        <source>Show &amp;Overdue Measures</source>
        <translation>Ü&amp;berfällige Maßnahmen zeigen</translation>
    </message>
    <message>
        <source>The action plan, filtered to measures past their due date</source>
        <translation>Der Maßnahmenplan, auf überfällige Maßnahmen gefiltert</translation>
    </message>
    <message>
        <source>Select a touchpoint first.</source>
        <translation>Wählen Sie zuerst einen Touchpoint.</translation>
    </message>
    <message>
        <source>Assessment round closed.</source>
        <translation>Bewertungsrunde abgeschlossen.</translation>
    </message>
    <message>
        <source>Import measurements</source>
        <translation>Messwerte importieren</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n measurement(s).</source>
        <translation>
            <numerusform>%n Messwert importiert.</numerusform>
            <numerusform>%n Messwerte importiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoundsView</name>
    <message>
        <source>&amp;Close round…</source>
        <translation>Runde &amp;abschließen…</translation>
    </message>
    <message>
        <source>Store today&apos;s scores as a named, dated assessment round</source>
        <translation>Die heutigen Bewertungen als benannte, datierte Bewertungsrunde speichern</translation>
    </message>
    <message>
        <source>Delete round</source>
        <translation>Runde löschen</translation>
    </message>
    <message>
        <source>Delete the round chosen on the left</source>
        <translation>Die links gewählte Runde löschen</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleiche</translation>
    </message>
    <message>
        <source>with</source>
        <translation>mit</translation>
    </message>
    <message>
        <source>Current scores</source>
        <translation>Aktuelle Bewertungen</translation>
    </message>
    <message>
        <source>No assessment round has been closed yet. “Close round…” stores today&apos;s scores, so later scores can be compared with them.</source>
        <translation>Es wurde noch keine Bewertungsrunde abgeschlossen. „Runde abschließen…“ speichert die heutigen Bewertungen, damit spätere mit ihnen verglichen werden können.</translation>
    </message>
    <message>
        <source>No touchpoint is rated in both.</source>
        <translation>Kein Touchpoint ist in beiden bewertet.</translation>
    </message>
    <message numerus="yes">
        <source>%n touchpoint(s) compared</source>
        <translation>
            <numerusform>%n Touchpoint verglichen</numerusform>
            <numerusform>%n Touchpoints verglichen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n improved</source>
        <translation>
            <numerusform>%n verbessert</numerusform>
            <numerusform>%n verbessert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n worsened</source>
        <translation>
            <numerusform>%n verschlechtert</numerusform>
            <numerusform>%n verschlechtert</numerusform>
        </translation>
    </message>
    <message>
        <source>mean change %1</source>
        <translation>mittlere Veränderung %1</translation>
    </message>
    <message>
        <source>Delete the assessment round “%1” of %2?</source>
        <translation>Die Bewertungsrunde „%1“ vom %2 löschen?</translation>
    </message>
    <message>
        <source>Its stored scores are removed. You can undo this.</source>
        <translation>Ihre gespeicherten Bewertungen werden entfernt. Das lässt sich rückgängig machen.</translation>
    </message>
</context>
<context>
    <name>ScoreHistoryChart</name>
    <message>
        <source>Not rated in any round yet.</source>
        <translation>In noch keiner Runde bewertet.</translation>
    </message>
    <message>
        <source>As-is (weighted score)</source>
        <translation>Ist (gewichtete Bewertung)</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Soll</translation>
    </message>
</context>
<context>
    <name>ScoreHistoryView</name>
    <message>
        <source>Show</source>
        <translation>Zeige</translation>
    </message>
    <message>
        <source>Selected touchpoint</source>
        <translation>Ausgewählter Touchpoint</translation>
    </message>
    <message>
        <source>Department: %1</source>
        <translation>Abteilung: %1</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>No assessment round has been closed yet.</source>
        <translation>Es wurde noch keine Bewertungsrunde abgeschlossen.</translation>
    </message>
    <message>
        <source>Select a touchpoint on the map.</source>
        <translation>Wählen Sie auf der Landkarte einen Touchpoint.</translation>
    </message>
    <message>
        <source>Mean of the department&apos;s touchpoints</source>
        <translation>Mittelwert der Touchpoints der Abteilung</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>BuildDialog</name>
    <message>
        <source>Open the PDF when it is ready</source>
        <translation>PDF nach dem Erstellen öffnen</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Fertig.</translation>
    </message>
    <message>
        <source>Failed.</source>
        <translation>Fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>FindingsDialog</name>
    <message>
        <source>Edit Findings</source>
        <translation>Erkenntnisse bearbeiten</translation>
    </message>
    <message>
        <source>Executive report</source>
        <translation>Management-Bericht</translation>
    </message>
    <message>
        <source>Department report: %1</source>
        <translation>Abteilungsbericht: %1</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Bericht:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Ticked findings are printed in this order; drag or use the buttons to reorder. Edited texts (✎) stay when the data changes; ⚠ marks one whose computed text has changed since.</source>
        <translation>Angehakte Erkenntnisse werden in dieser Reihenfolge gedruckt; zum Umordnen ziehen oder die Schaltflächen nutzen. Bearbeitete Texte (✎) bleiben, wenn sich die Daten ändern; ⚠ markiert einen, dessen berechneter Text sich seitdem geändert hat.</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>&amp;Reset to Computed</source>
        <translation>Auf berechneten Text &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Headline:</source>
        <translation>&amp;Überschrift:</translation>
    </message>
    <message>
        <source>Deta&amp;il:</source>
        <translation>&amp;Erläuterung:</translation>
    </message>
    <message>
        <source>Recommen&amp;dation:</source>
        <translation>Em&amp;pfehlung:</translation>
    </message>
    <message>
        <source>Edit findings</source>
        <translation>Erkenntnisse bearbeiten</translation>
    </message>
    <message>
        <source>The computed text has changed since this finding was edited.</source>
        <translation>Der berechnete Text hat sich geändert, seit diese Erkenntnis bearbeitet wurde.</translation>
    </message>
    <message>
        <source>The computed text has changed since it was edited. Computed now: %1</source>
        <translation>Der berechnete Text hat sich seit der Bearbeitung geändert. Jetzt berechnet: %1</translation>
    </message>
</context>
<context>
    <name>PosterDialog</name>
    <message>
        <source>Export Poster</source>
        <translation>Poster exportieren</translation>
    </message>
    <message>
        <source>The whole touchpoint map on one large sheet, or on A4 pages to cut and assemble. Names keep at least 6 pt; a map too large for A2 needs A1 or tiles.</source>
        <translation>Die ganze Touchpoint-Landkarte auf einem großen Blatt oder auf A4-Seiten zum Zuschneiden und Zusammensetzen. Namen bleiben mindestens 6 pt groß; eine Landkarte, die für A2 zu groß ist, braucht A1 oder A4-Kacheln.</translation>
    </message>
    <message>
        <source>Poster</source>
        <translation>Poster</translation>
    </message>
    <message>
        <source>A&amp;2 on one sheet (59.4 × 42 cm)</source>
        <translation>A&amp;2 auf einem Blatt (59,4 × 42 cm)</translation>
    </message>
    <message>
        <source>A&amp;1 on one sheet (84.1 × 59.4 cm)</source>
        <translation>A&amp;1 auf einem Blatt (84,1 × 59,4 cm)</translation>
    </message>
    <message>
        <source>A&amp;4 pages to assemble, with crop marks</source>
        <translation>A&amp;4-Seiten zum Zusammensetzen, mit Schnittmarken</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>&amp;Language of the poster:</source>
        <translation>&amp;Sprache des Posters:</translation>
    </message>
    <message>
        <source>Priority index</source>
        <translation>Prioritätsindex</translation>
    </message>
    <message>
        <source>Customer experience</source>
        <translation>Kundenerlebnis</translation>
    </message>
    <message>
        <source>Gap between target and as-is</source>
        <translation>Lücke zwischen Soll und Ist</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Map &amp;colours show:</source>
        <translation>&amp;Farben der Landkarte zeigen:</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>Speichern unter:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Save poster as</source>
        <translation>Poster speichern unter</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Choose where to save the poster.</source>
        <translation>Wählen Sie, wo das Poster gespeichert werden soll.</translation>
    </message>
    <message>
        <source>Building the poster…</source>
        <translation>Poster wird erstellt…</translation>
    </message>
    <message>
        <source>Poster written: %1</source>
        <translation>Poster geschrieben: %1</translation>
    </message>
    <message>
        <source>The poster could not be written</source>
        <translation>Das Poster konnte nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>&amp;Executive report for the management</source>
        <translation>&amp;Management-Bericht für die Geschäftsführung</translation>
    </message>
    <message>
        <source>&amp;Department report for</source>
        <translation>&amp;Abteilungsbericht für</translation>
    </message>
    <message>
        <source>&amp;All department reports, one PDF each</source>
        <translation>A&amp;lle Abteilungsberichte, je eine PDF-Datei</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>&amp;Language of the report:</source>
        <translation>&amp;Sprache des Berichts:</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papierformat:</translation>
    </message>
    <message>
        <source>Priority index</source>
        <translation>Prioritätsindex</translation>
    </message>
    <message>
        <source>Customer experience</source>
        <translation>Kundenerlebnis</translation>
    </message>
    <message>
        <source>Gap between target and as-is</source>
        <translation>Lücke zwischen Soll und Ist</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Map &amp;colours show:</source>
        <translation>&amp;Farben der Landkarte zeigen:</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Querformat</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Hochformat</translation>
    </message>
    <message>
        <source>On A3 (Tabloid with Letter)</source>
        <translation>Auf A3 (Tabloid bei Letter)</translation>
    </message>
    <message>
        <source>&amp;Map pages:</source>
        <translation>Seiten der &amp;Landkarte:</translation>
    </message>
    <message>
        <source>Confidentiality &amp;line:</source>
        <translation>&amp;Vertraulichkeitszeile:</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Kein Logo</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Wählen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>L&amp;ogo (PNG or JPEG):</source>
        <translation>L&amp;ogo (PNG oder JPEG):</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Abschnitte</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Findings and recommendations</source>
        <translation>Erkenntnisse und Empfehlungen</translation>
    </message>
    <message>
        <source>Management summary</source>
        <translation>Zusammenfassung für das Management</translation>
    </message>
    <message>
        <source>Touchpoint map</source>
        <translation>Touchpoint-Landkarte</translation>
    </message>
    <message>
        <source>Customer journey with the experience curve</source>
        <translation>Kundenreise mit der Erlebniskurve</translation>
    </message>
    <message>
        <source>Portfolio matrix</source>
        <translation>Portfolio-Matrix</translation>
    </message>
    <message>
        <source>Customer segments</source>
        <translation>Kundengruppen</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Rangfolge</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Abteilungen</translation>
    </message>
    <message>
        <source>Measures plan</source>
        <translation>Maßnahmenplan</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Monitoring</translation>
    </message>
    <message>
        <source>Appendix with all notes</source>
        <translation>Anhang mit allen Notizen</translation>
    </message>
    <message>
        <source>Save in folder:</source>
        <translation>Speichern im Ordner:</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>Speichern unter:</translation>
    </message>
    <message>
        <source>Folder for the reports</source>
        <translation>Ordner für die Berichte</translation>
    </message>
    <message>
        <source>Save report as</source>
        <translation>Bericht speichern unter</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Logo wählen</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Choose where to save the report.</source>
        <translation>Wählen Sie, wo der Bericht gespeichert werden soll.</translation>
    </message>
    <message>
        <source>Building the report…</source>
        <translation>Bericht wird erstellt…</translation>
    </message>
    <message>
        <source>Report written: %1</source>
        <translation>Bericht geschrieben: %1</translation>
    </message>
    <message>
        <source>The report could not be written</source>
        <translation>Der Bericht konnte nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>ReportFeature</name>
    <message>
        <source>Export &amp;Report…</source>
        <translation>Be&amp;richt exportieren…</translation>
    </message>
    <message>
        <source>Write the executive report as PDF</source>
        <translation>Den Management-Bericht als PDF schreiben</translation>
    </message>
    <message>
        <source>Export &amp;Department Reports…</source>
        <translation>&amp;Abteilungsberichte exportieren…</translation>
    </message>
    <message>
        <source>Write one PDF report per department into a folder</source>
        <translation>Je Abteilung einen PDF-Bericht in einen Ordner schreiben</translation>
    </message>
    <message>
        <source>Export &amp;Poster…</source>
        <translation>&amp;Poster exportieren…</translation>
    </message>
    <message>
        <source>Write the whole touchpoint map as a poster: A2, A1 or A4 tiles</source>
        <translation>Die ganze Touchpoint-Landkarte als Poster schreiben: A2, A1 oder A4-Kacheln</translation>
    </message>
    <message>
        <source>Edit &amp;Findings…</source>
        <translation>Er&amp;kenntnisse bearbeiten…</translation>
    </message>
    <message>
        <source>Reword, reorder or switch off the findings the reports print</source>
        <translation>Die gedruckten Erkenntnisse der Berichte umformulieren, umordnen oder abschalten</translation>
    </message>
    <message>
        <source>Edit Findings</source>
        <translation>Erkenntnisse bearbeiten</translation>
    </message>
    <message>
        <source>The project is open read-only; the findings cannot be changed.</source>
        <translation>Das Projekt ist schreibgeschützt geöffnet; die Erkenntnisse können nicht geändert werden.</translation>
    </message>
</context>
</TS>

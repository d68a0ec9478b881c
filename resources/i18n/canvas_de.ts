<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CardTooltip</name>
    <message>
        <source>Short id</source>
        <translation>Kürzel</translation>
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
        <source>Super-touchpoint</source>
        <translation>Super-Touchpoint</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Experience</source>
        <translation>Kundenerlebnis</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>KPI trend</source>
        <translation>KPI-Trend</translation>
    </message>
</context>
<context>
    <name>CardTooltipTexts</name>
    <message numerus="yes">
        <source>%n measure(s)</source>
        <translation>
            <numerusform>%n Maßnahme</numerusform>
            <numerusform>%n Maßnahmen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n überfällig</numerusform>
            <numerusform>%n überfällig</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ColourMode</name>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
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
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Gap (target − as-is)</source>
        <translation>Lücke (Soll − Ist)</translation>
    </message>
    <message>
        <source>KPI trend</source>
        <translation>KPI-Trend</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Beibehalten</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Fokussieren</translation>
    </message>
    <message>
        <source>Combine</source>
        <translation>Kombinieren</translation>
    </message>
    <message>
        <source>Neglect</source>
        <translation>Vernachlässigen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Streichen</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ergänzen</translation>
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
        <source>No KPI data</source>
        <translation>Keine KPI-Daten</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <source>more than %1</source>
        <translation>mehr als %1</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>No gap</source>
        <translation>Keine Lücke</translation>
    </message>
    <message>
        <source>Colour the cards by: %1</source>
        <translation>Karten einfärben nach: %1</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export map as picture</source>
        <translation>Landkarte als Bild exportieren</translation>
    </message>
    <message>
        <source>PNG image (for slides and documents)</source>
        <translation>PNG-Bild (für Präsentationen und Dokumente)</translation>
    </message>
    <message>
        <source>SVG vector graphic (sharp at any size)</source>
        <translation>SVG-Vektorgrafik (in jeder Größe scharf)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Whole map at the current zoom (%1 %)</source>
        <translation>Ganze Landkarte in der aktuellen Vergrößerung (%1 %)</translation>
    </message>
    <message>
        <source>Fitted to an A4 page</source>
        <translation>Auf eine A4-Seite eingepasst</translation>
    </message>
    <message>
        <source>Fitted to an A3 page</source>
        <translation>Auf eine A3-Seite eingepasst</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Add the title and the legend</source>
        <translation>Titel und Legende hinzufügen</translation>
    </message>
</context>
<context>
    <name>ExportTexts</name>
    <message numerus="yes">
        <source>%n touchpoint(s)</source>
        <translation>
            <numerusform>%n Touchpoint</numerusform>
            <numerusform>%n Touchpoints</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterMenu</name>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Show only touchpoints with the checked decisions</source>
        <translation>Nur Touchpoints mit den angehakten Entscheidungen zeigen</translation>
    </message>
    <message>
        <source>Media type</source>
        <translation>Medientyp</translation>
    </message>
    <message>
        <source>Media type not set</source>
        <translation>Ohne Medientyp</translation>
    </message>
    <message>
        <source>Show only touchpoints of the checked media types</source>
        <translation>Nur Touchpoints der angehakten Medientypen zeigen</translation>
    </message>
    <message>
        <source>Super-touchpoints only</source>
        <translation>Nur Super-Touchpoints</translation>
    </message>
    <message>
        <source>Show only the super-touchpoints</source>
        <translation>Nur die Super-Touchpoints zeigen</translation>
    </message>
    <message>
        <source>Show all (clear filters)</source>
        <translation>Alle zeigen (Filter aufheben)</translation>
    </message>
    <message>
        <source>Clear every filter and show all touchpoints</source>
        <translation>Alle Filter aufheben und alle Touchpoints zeigen</translation>
    </message>
    <message>
        <source>Show only touchpoints in the checked phases</source>
        <translation>Nur Touchpoints der angehakten Phasen zeigen</translation>
    </message>
</context>
<context>
    <name>LaneCommands</name>
    <message>
        <source>Add department</source>
        <translation>Abteilung hinzufügen</translation>
    </message>
    <message>
        <source>Name of the new department:</source>
        <translation>Name der neuen Abteilung:</translation>
    </message>
    <message>
        <source>Rename department</source>
        <translation>Abteilung umbenennen</translation>
    </message>
    <message>
        <source>New name of the department:</source>
        <translation>Neuer Name der Abteilung:</translation>
    </message>
    <message>
        <source>Colour of the department</source>
        <translation>Farbe der Abteilung</translation>
    </message>
    <message>
        <source>Delete department</source>
        <translation>Abteilung löschen</translation>
    </message>
    <message>
        <source>Add channel</source>
        <translation>Kanal hinzufügen</translation>
    </message>
    <message>
        <source>Name of the new channel:</source>
        <translation>Name des neuen Kanals:</translation>
    </message>
    <message>
        <source>Rename channel</source>
        <translation>Kanal umbenennen</translation>
    </message>
    <message>
        <source>New name of the channel:</source>
        <translation>Neuer Name des Kanals:</translation>
    </message>
    <message>
        <source>Colour of the channel</source>
        <translation>Farbe des Kanals</translation>
    </message>
    <message>
        <source>Delete channel</source>
        <translation>Kanal löschen</translation>
    </message>
    <message>
        <source>Add phase</source>
        <translation>Phase hinzufügen</translation>
    </message>
    <message>
        <source>Name of the new phase:</source>
        <translation>Name der neuen Phase:</translation>
    </message>
    <message>
        <source>Rename phase</source>
        <translation>Phase umbenennen</translation>
    </message>
    <message>
        <source>New name of the phase:</source>
        <translation>Neuer Name der Phase:</translation>
    </message>
    <message>
        <source>Delete phase</source>
        <translation>Phase löschen</translation>
    </message>
    <message>
        <source>Delete “%1”? It holds no touchpoints.</source>
        <translation>„%1“ löschen? Darin liegen keine Touchpoints.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” holds %n touchpoint(s). What should happen to them?</source>
        <translation>
            <numerusform>In „%1“ liegt %n Touchpoint. Was soll mit ihm geschehen?</numerusform>
            <numerusform>In „%1“ liegen %n Touchpoints. Was soll mit ihnen geschehen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Move them to:</source>
        <translation>Verschieben nach:</translation>
    </message>
    <message>
        <source>Delete them, with their scores, measures and KPIs</source>
        <translation>Löschen, samt Bewertungen, Maßnahmen und KPIs</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>Farbe…</translation>
    </message>
    <message>
        <source>Move to Offline</source>
        <translation>Zu Offline verschieben</translation>
    </message>
    <message>
        <source>Move to Online</source>
        <translation>Zu Online verschieben</translation>
    </message>
</context>
<context>
    <name>LaneHeader</name>
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
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
</context>
<context>
    <name>LaneHeaderTexts</name>
    <message numerus="yes">
        <source>%n touchpoint(s)</source>
        <translation>
            <numerusform>%n Touchpoint</numerusform>
            <numerusform>%n Touchpoints</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryTree</name>
    <message>
        <source>An empty card: name it after dropping it on the map</source>
        <translation>Eine leere Karte: nach dem Ablegen auf der Landkarte benennen</translation>
    </message>
</context>
<context>
    <name>MapActions</name>
    <message>
        <source>Add a blank card next to the selected one and name it</source>
        <translation>Eine leere Karte neben der ausgewählten anlegen und benennen</translation>
    </message>
    <message>
        <source>Re&amp;name Touchpoint</source>
        <translation>Touchpoint &amp;umbenennen</translation>
    </message>
    <message>
        <source>Rename the selected card in place</source>
        <translation>Die ausgewählte Karte direkt umbenennen</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <source>Move the selected touchpoints to the clipboard</source>
        <translation>Die ausgewählten Touchpoints in die Zwischenablage verschieben</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the selected touchpoints</source>
        <translation>Die ausgewählten Touchpoints kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Ein&amp;fügen</translation>
    </message>
    <message>
        <source>Paste touchpoints (or one name per line) after the selected card</source>
        <translation>Touchpoints (oder einen Namen pro Zeile) hinter der ausgewählten Karte einfügen</translation>
    </message>
    <message>
        <source>Ne&amp;w Touchpoint</source>
        <translation>&amp;Neuer Touchpoint</translation>
    </message>
    <message>
        <source>Dup&amp;licate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>Copy the selected touchpoints, with their scores, next to them</source>
        <translation>Die ausgewählten Touchpoints samt Bewertungen daneben kopieren</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete the selected touchpoints</source>
        <translation>Die ausgewählten Touchpoints löschen</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Alle au&amp;swählen</translation>
    </message>
    <message>
        <source>Select every card shown on the map</source>
        <translation>Alle auf der Landkarte gezeigten Karten auswählen</translation>
    </message>
    <message>
        <source>Delete touchpoints</source>
        <translation>Touchpoints löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n touchpoint(s)?</source>
        <translation>
            <numerusform>%n Touchpoint löschen?</numerusform>
            <numerusform>%n Touchpoints löschen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them have measures or KPIs, which will be deleted as well. You can undo this.</source>
        <translation>
            <numerusform>Er hat Maßnahmen oder KPIs, die ebenfalls gelöscht werden. Sie können das rückgängig machen.</numerusform>
            <numerusform>%n davon haben Maßnahmen oder KPIs, die ebenfalls gelöscht werden. Sie können das rückgängig machen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n touchpoint(s) copied</source>
        <translation>
            <numerusform>%n Touchpoint kopiert</numerusform>
            <numerusform>%n Touchpoints kopiert</numerusform>
        </translation>
    </message>
    <message>
        <source>The touchpoints were copied but not deleted</source>
        <translation>Die Touchpoints wurden kopiert, aber nicht gelöscht</translation>
    </message>
    <message>
        <source>The clipboard holds no touchpoints</source>
        <translation>Die Zwischenablage enthält keine Touchpoints</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n touchpoint(s)</source>
        <translation>
            <numerusform>%n Touchpoint einfügen</numerusform>
            <numerusform>%n Touchpoints einfügen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapEdit</name>
    <message>
        <source>The change could not be made</source>
        <translation>Die Änderung konnte nicht vorgenommen werden</translation>
    </message>
</context>
<context>
    <name>MapExport</name>
    <message>
        <source>Colour: %1</source>
        <translation>Farbe: %1</translation>
    </message>
    <message>
        <source>Touchpoint map exported by TPM Desktop</source>
        <translation>Touchpoint-Landkarte, exportiert mit TPM Desktop</translation>
    </message>
</context>
<context>
    <name>MapFeature</name>
    <message>
        <source>Show or hide the map tool bar</source>
        <translation>Die Werkzeugleiste der Landkarte ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Show the map larger</source>
        <translation>Die Landkarte größer zeigen</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>Show more of the map</source>
        <translation>Mehr von der Landkarte zeigen</translation>
    </message>
    <message>
        <source>&amp;Fit Map</source>
        <translation>Landkarte ein&amp;passen</translation>
    </message>
    <message>
        <source>Show the whole map</source>
        <translation>Die ganze Landkarte zeigen</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>Show the map at 100 %</source>
        <translation>Die Landkarte in 100 % zeigen</translation>
    </message>
    <message>
        <source>Search the cards by name</source>
        <translation>Die Karten nach Namen durchsuchen</translation>
    </message>
    <message>
        <source>Explain the card colours</source>
        <translation>Die Farben der Karten erklären</translation>
    </message>
    <message>
        <source>A small map of the whole project in the corner</source>
        <translation>Eine kleine Karte des ganzen Projekts in der Ecke</translation>
    </message>
    <message>
        <source>Save the map as a PNG image or an SVG graphic</source>
        <translation>Die Landkarte als PNG-Bild oder SVG-Grafik speichern</translation>
    </message>
    <message>
        <source>&amp;Swap Rows and Columns</source>
        <translation>Zeilen und Spalten &amp;tauschen</translation>
    </message>
    <message>
        <source>Turn the map by 90 degrees</source>
        <translation>Die Landkarte um 90 Grad drehen</translation>
    </message>
    <message>
        <source>Add &amp;Department…</source>
        <translation>&amp;Abteilung hinzufügen…</translation>
    </message>
    <message>
        <source>A new row lane</source>
        <translation>Eine neue Zeile</translation>
    </message>
    <message>
        <source>Find &amp;Touchpoint</source>
        <translation>Touchpoint s&amp;uchen</translation>
    </message>
    <message>
        <source>Show Le&amp;gend</source>
        <translation>&amp;Legende zeigen</translation>
    </message>
    <message>
        <source>Show O&amp;verview Map</source>
        <translation>Ü&amp;bersichtskarte zeigen</translation>
    </message>
    <message>
        <source>E&amp;xport Map as Picture…</source>
        <translation>Landkarte als Bil&amp;d exportieren…</translation>
    </message>
    <message>
        <source>A new channel lane</source>
        <translation>Eine neue Kanalspalte</translation>
    </message>
    <message>
        <source>Add C&amp;hannel…</source>
        <translation>Ka&amp;nal hinzufügen…</translation>
    </message>
    <message>
        <source>Add &amp;Phase…</source>
        <translation>P&amp;hase hinzufügen…</translation>
    </message>
    <message>
        <source>A new journey phase</source>
        <translation>Eine neue Phase der Customer Journey</translation>
    </message>
    <message>
        <source>Rows of the map: %1</source>
        <translation>Zeilen der Landkarte: %1</translation>
    </message>
    <message>
        <source>Columns of the map: %1</source>
        <translation>Spalten der Landkarte: %1</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>&amp;Landkarte</translation>
    </message>
    <message>
        <source>&amp;Colour Cards By</source>
        <translation>Karten &amp;färben nach</translation>
    </message>
    <message>
        <source>&amp;Rows</source>
        <translation>&amp;Zeilen</translation>
    </message>
    <message>
        <source>Colu&amp;mns</source>
        <translation>&amp;Spalten</translation>
    </message>
    <message>
        <source>Fi&amp;lter</source>
        <translation>F&amp;ilter</translation>
    </message>
    <message numerus="yes">
        <source>%n matching touchpoint(s)</source>
        <translation>
            <numerusform>%n passender Touchpoint</numerusform>
            <numerusform>%n passende Touchpoints</numerusform>
        </translation>
    </message>
    <message>
        <source>New Touchpoint Here</source>
        <translation>Neuer Touchpoint hier</translation>
    </message>
    <message>
        <source>SVG graphics (*.svg)</source>
        <translation>SVG-Grafiken (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Export map</source>
        <translation>Landkarte exportieren</translation>
    </message>
    <message>
        <source>Map exported to %1</source>
        <translation>Landkarte exportiert nach %1</translation>
    </message>
    <message>
        <source>(reduced to %1 %: the picture would be too large)</source>
        <translation>(auf %1 % verkleinert: das Bild wäre sonst zu groß)</translation>
    </message>
</context>
<context>
    <name>MapOverview</name>
    <message>
        <source>Click to show them all in the cell</source>
        <translation>Klicken, um alle in der Zelle zu zeigen</translation>
    </message>
    <message>
        <source>Mean as-is score: %1</source>
        <translation>Mittlere Ist-Bewertung: %1</translation>
    </message>
    <message>
        <source>Mean priority: %1</source>
        <translation>Mittlere Priorität: %1</translation>
    </message>
    <message>
        <source>Zoom in to see the names</source>
        <translation>Vergrößern, um die Namen zu sehen</translation>
    </message>
    <message>
        <source>▲ Fewer</source>
        <translation>▲ Weniger</translation>
    </message>
    <message>
        <source>Mean priority per cell</source>
        <translation>Mittlere Priorität je Zelle</translation>
    </message>
</context>
<context>
    <name>MapSidePanel</name>
    <message>
        <source>Show the legend and the overview map</source>
        <translation>Legende und Übersichtskarte einblenden</translation>
    </message>
    <message>
        <source>Hide the legend and the overview map</source>
        <translation>Legende und Übersichtskarte ausblenden</translation>
    </message>
</context>
<context>
    <name>MapToolBar</name>
    <message>
        <source>Map tool bar</source>
        <translation>Werkzeugleiste Landkarte</translation>
    </message>
    <message>
        <source>Zoom level</source>
        <translation>Vergrößerung</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>Farbe:</translation>
    </message>
    <message>
        <source>What the colour of the cards shows</source>
        <translation>Was die Farbe der Karten zeigt</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>Zeilen:</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Spalten:</translation>
    </message>
    <message>
        <source>What the rows of the map are</source>
        <translation>Was die Zeilen der Landkarte sind</translation>
    </message>
    <message>
        <source>What the columns of the map are</source>
        <translation>Was die Spalten der Landkarte sind</translation>
    </message>
    <message>
        <source>Search touchpoints</source>
        <translation>Touchpoints suchen</translation>
    </message>
    <message>
        <source>Highlights the cards whose name contains the text</source>
        <translation>Hebt die Karten hervor, deren Name den Text enthält</translation>
    </message>
    <message>
        <source>Hide Others</source>
        <translation>Andere ausblenden</translation>
    </message>
    <message>
        <source>Show only the cards that match the search</source>
        <translation>Nur die Karten zeigen, die zur Suche passen</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Show only some phases, decisions or media types</source>
        <translation>Nur bestimmte Phasen, Entscheidungen oder Medientypen zeigen</translation>
    </message>
    <message>
        <source>Filter (%1)</source>
        <translation>Filter (%1)</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 von %2 gezeigt</translation>
    </message>
</context>
<context>
    <name>OverviewTexts</name>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n weiterer</numerusform>
            <numerusform>+%n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiterer</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n touchpoint(s)</source>
        <translation>
            <numerusform>%n Touchpoint</numerusform>
            <numerusform>%n Touchpoints</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaletteDock</name>
    <message>
        <source>Touchpoint library</source>
        <translation>Touchpoint-Bibliothek</translation>
    </message>
    <message>
        <source>Filter the library</source>
        <translation>Bibliothek filtern</translation>
    </message>
    <message>
        <source>Drag an entry onto a cell of the map to add it there.</source>
        <translation>Einen Eintrag auf ein Feld der Landkarte ziehen, um ihn dort anzulegen.</translation>
    </message>
</context>
<context>
    <name>PhaseLegend</name>
    <message>
        <source>Journey phase</source>
        <translation>Phase der Kundenreise</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Editor</name>
    <message>
        <source>Add touchpoint</source>
        <translation>Touchpoint hinzufügen</translation>
    </message>
    <message>
        <source>Rename touchpoint</source>
        <translation>Touchpoint umbenennen</translation>
    </message>
    <message>
        <source>Edit description</source>
        <translation>Beschreibung bearbeiten</translation>
    </message>
    <message>
        <source>Edit as-is situation</source>
        <translation>Ist-Situation bearbeiten</translation>
    </message>
    <message>
        <source>Edit target situation</source>
        <translation>Soll-Situation bearbeiten</translation>
    </message>
    <message>
        <source>Set customer experience</source>
        <translation>Kundenerlebnis festlegen</translation>
    </message>
    <message>
        <source>Set decision</source>
        <translation>Entscheidung festlegen</translation>
    </message>
    <message>
        <source>Set media type</source>
        <translation>Medientyp festlegen</translation>
    </message>
    <message>
        <source>Set responsible person</source>
        <translation>Verantwortliche Person festlegen</translation>
    </message>
    <message>
        <source>Set budget</source>
        <translation>Budget festlegen</translation>
    </message>
    <message>
        <source>Mark super-touchpoint</source>
        <translation>Super-Touchpoint markieren</translation>
    </message>
    <message>
        <source>Set relevance</source>
        <translation>Relevanz festlegen</translation>
    </message>
    <message>
        <source>Lock budget</source>
        <translation>Budget festlegen</translation>
    </message>
    <message>
        <source>Change short id</source>
        <translation>Kürzel ändern</translation>
    </message>
    <message>
        <source>Edit touchpoint</source>
        <translation>Touchpoint bearbeiten</translation>
    </message>
    <message numerus="yes">
        <source>Move %n touchpoint(s)</source>
        <translation>
            <numerusform>%n Touchpoint verschieben</numerusform>
            <numerusform>%n Touchpoints verschieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n touchpoint(s)</source>
        <translation>
            <numerusform>%n Touchpoint löschen</numerusform>
            <numerusform>%n Touchpoints löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n touchpoint(s)</source>
        <translation>
            <numerusform>%n Touchpoint duplizieren</numerusform>
            <numerusform>%n Touchpoints duplizieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Set combined touchpoints</source>
        <translation>Kombinierte Touchpoints festlegen</translation>
    </message>
    <message>
        <source>Add department</source>
        <translation>Abteilung hinzufügen</translation>
    </message>
    <message>
        <source>Edit department</source>
        <translation>Abteilung bearbeiten</translation>
    </message>
    <message>
        <source>Move department</source>
        <translation>Abteilung verschieben</translation>
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
        <source>Edit channel</source>
        <translation>Kanal bearbeiten</translation>
    </message>
    <message>
        <source>Move channel</source>
        <translation>Kanal verschieben</translation>
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
        <source>Edit phase</source>
        <translation>Phase bearbeiten</translation>
    </message>
    <message>
        <source>Move phase</source>
        <translation>Phase verschieben</translation>
    </message>
    <message>
        <source>Delete phase</source>
        <translation>Phase löschen</translation>
    </message>
    <message>
        <source>Add criterion</source>
        <translation>Kriterium hinzufügen</translation>
    </message>
    <message>
        <source>Edit criterion</source>
        <translation>Kriterium bearbeiten</translation>
    </message>
    <message>
        <source>Change scale</source>
        <translation>Skala ändern</translation>
    </message>
    <message>
        <source>Delete criterion</source>
        <translation>Kriterium löschen</translation>
    </message>
    <message>
        <source>Reorder criteria</source>
        <translation>Kriterien umsortieren</translation>
    </message>
    <message>
        <source>Set score</source>
        <translation>Bewertung festlegen</translation>
    </message>
    <message>
        <source>Add measure</source>
        <translation>Maßnahme hinzufügen</translation>
    </message>
    <message>
        <source>Edit measure</source>
        <translation>Maßnahme bearbeiten</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n measure(s)</source>
        <translation>
            <numerusform>%n Maßnahme löschen</numerusform>
            <numerusform>%n Maßnahmen löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Add KPI</source>
        <translation>KPI hinzufügen</translation>
    </message>
    <message>
        <source>Edit KPI</source>
        <translation>KPI bearbeiten</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n KPI(s)</source>
        <translation>
            <numerusform>%n KPI löschen</numerusform>
            <numerusform>%n KPIs löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n measurement(s)</source>
        <translation>
            <numerusform>%n Messwert hinzufügen</numerusform>
            <numerusform>%n Messwerte hinzufügen</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit measurement</source>
        <translation>Messwert bearbeiten</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n measurement(s)</source>
        <translation>
            <numerusform>%n Messwert löschen</numerusform>
            <numerusform>%n Messwerte löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Close assessment round</source>
        <translation>Bewertungsrunde abschließen</translation>
    </message>
    <message>
        <source>Delete assessment round</source>
        <translation>Bewertungsrunde löschen</translation>
    </message>
    <message>
        <source>Edit project properties</source>
        <translation>Projekteigenschaften bearbeiten</translation>
    </message>
    <message>
        <source>Change project setting</source>
        <translation>Projekteinstellung ändern</translation>
    </message>
    <message>
        <source>Switch map axes</source>
        <translation>Achsen der Landkarte wechseln</translation>
    </message>
</context>
<context>
    <name>SegmentEditing</name>
    <message>
        <source>Add customer segment</source>
        <translation>Kundengruppe hinzufügen</translation>
    </message>
    <message>
        <source>Edit customer segment</source>
        <translation>Kundengruppe bearbeiten</translation>
    </message>
    <message>
        <source>Delete customer segment</source>
        <translation>Kundengruppe löschen</translation>
    </message>
    <message>
        <source>Set segment relevance</source>
        <translation>Relevanz für Kundengruppe setzen</translation>
    </message>
    <message>
        <source>Set segment experience</source>
        <translation>Erlebnis der Kundengruppe setzen</translation>
    </message>
    <message>
        <source>Set segment score</source>
        <translation>Bewertung der Kundengruppe setzen</translation>
    </message>
    <message>
        <source>Attach file</source>
        <translation>Datei anhängen</translation>
    </message>
    <message>
        <source>Add link</source>
        <translation>Link hinzufügen</translation>
    </message>
    <message>
        <source>Add quote</source>
        <translation>Zitat hinzufügen</translation>
    </message>
    <message>
        <source>Edit evidence</source>
        <translation>Beleg bearbeiten</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n attachment(s)</source>
        <translation>
            <numerusform>%n Anhang löschen</numerusform>
            <numerusform>%n Anhänge löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Add comment</source>
        <translation>Kommentar hinzufügen</translation>
    </message>
    <message>
        <source>Edit comment</source>
        <translation>Kommentar bearbeiten</translation>
    </message>
    <message>
        <source>Resolve comment</source>
        <translation>Kommentar erledigen</translation>
    </message>
    <message>
        <source>Reopen comment</source>
        <translation>Kommentar wieder öffnen</translation>
    </message>
    <message>
        <source>Delete comment</source>
        <translation>Kommentar löschen</translation>
    </message>
</context>
</TS>

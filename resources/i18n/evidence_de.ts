<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CommentsPanel</name>
    <message>
        <source>Comment</source>
        <translation>Kommentieren</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Write a comment or a reply</source>
        <translation>Kommentar oder Antwort schreiben</translation>
    </message>
    <message>
        <source>Start a new thread with the text</source>
        <translation>Mit dem Text eine neue Diskussion beginnen</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Answer the chosen comment with the text</source>
        <translation>Mit dem Text auf den gewählten Kommentar antworten</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the chosen comment and its replies</source>
        <translation>Den gewählten Kommentar mit seinen Antworten löschen</translation>
    </message>
    <message>
        <source>Select one touchpoint to see its comments.</source>
        <translation>Wählen Sie einen Touchpoint, um seine Kommentare zu sehen.</translation>
    </message>
    <message numerus="yes">
        <source>%n open thread(s)</source>
        <translation>
            <numerusform>%n offene Diskussion</numerusform>
            <numerusform>%n offene Diskussionen</numerusform>
        </translation>
    </message>
    <message>
        <source>[resolved]</source>
        <translation>[erledigt]</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Wieder öffnen</translation>
    </message>
</context>
<context>
    <name>EvidenceFeature</name>
    <message>
        <source>Customer Segments</source>
        <translation>Kundengruppen</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Belege</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <source>Segment:</source>
        <translation>Kundengruppe:</translation>
    </message>
    <message>
        <source>Show the map and the ranking for one customer segment</source>
        <translation>Landkarte und Rangfolge für eine Kundengruppe zeigen</translation>
    </message>
    <message>
        <source>Open comments only</source>
        <translation>Nur offene Kommentare</translation>
    </message>
    <message>
        <source>Show only touchpoints with unresolved comments</source>
        <translation>Nur Touchpoints mit unerledigten Kommentaren zeigen</translation>
    </message>
    <message>
        <source>Customer Se&amp;gments…</source>
        <translation>Kunden&amp;gruppen…</translation>
    </message>
    <message>
        <source>Add, rename, describe and colour the customer segments</source>
        <translation>Kundengruppen hinzufügen, umbenennen, beschreiben und einfärben</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Alle Kunden</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <source>Print in the report</source>
        <translation>Im Bericht drucken</translation>
    </message>
    <message>
        <source>Images and quotes checked here appear in the appendix of the report</source>
        <translation>Hier angehakte Bilder und Zitate erscheinen im Anhang des Berichts</translation>
    </message>
    <message>
        <source>Add File…</source>
        <translation>Datei anhängen…</translation>
    </message>
    <message>
        <source>Add Link…</source>
        <translation>Link hinzufügen…</translation>
    </message>
    <message>
        <source>Add Quote…</source>
        <translation>Zitat hinzufügen…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Open a copy with the system&apos;s viewer</source>
        <translation>Eine Kopie mit dem Programm des Systems öffnen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Select one touchpoint to see its evidence.</source>
        <translation>Wählen Sie einen Touchpoint, um seine Belege zu sehen.</translation>
    </message>
    <message>
        <source>Photos, documents, links and customer quotes that show why the touchpoint is rated so. Drop files here or use Add File…</source>
        <translation>Fotos, Dokumente, Links und Kundenzitate, die zeigen, warum der Touchpoint so bewertet ist. Dateien hierher ziehen oder „Datei anhängen…“ wählen.</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Dateien anhängen</translation>
    </message>
    <message>
        <source>Images and documents (%1)</source>
        <translation>Bilder und Dokumente (%1)</translation>
    </message>
    <message>
        <source>The file was not attached</source>
        <translation>Die Datei wurde nicht angehängt</translation>
    </message>
    <message>
        <source>Attach anyway?</source>
        <translation>Trotzdem anhängen?</translation>
    </message>
    <message>
        <source>The project&apos;s attachments would take %1 MB. Past %2 MB the file gets slow to open and to send; the limit is %3 MB.</source>
        <translation>Die Anhänge des Projekts wären %1 MB groß. Ab %2 MB wird die Datei langsam beim Öffnen und Versenden; die Grenze liegt bei %3 MB.</translation>
    </message>
    <message>
        <source>Add link</source>
        <translation>Link hinzufügen</translation>
    </message>
    <message>
        <source>Web address:</source>
        <translation>Webadresse:</translation>
    </message>
    <message>
        <source>Add quote</source>
        <translation>Zitat hinzufügen</translation>
    </message>
    <message>
        <source>What the customer said:</source>
        <translation>Was der Kunde gesagt hat:</translation>
    </message>
    <message>
        <source>Source (survey, review, call …):</source>
        <translation>Quelle (Befragung, Bewertung, Anruf …):</translation>
    </message>
</context>
<context>
    <name>SegmentScoresBox</name>
    <message>
        <source>As-is scores for a segment</source>
        <translation>Ist-Bewertung einer Kundengruppe</translation>
    </message>
    <message>
        <source>The segment whose own as-is scores are shown</source>
        <translation>Die Kundengruppe, deren eigene Ist-Bewertung angezeigt wird</translation>
    </message>
    <message>
        <source>Empty: as in general. Only the as-is scores differ per segment.</source>
        <translation>Leer: wie allgemein. Nur die Ist-Bewertung unterscheidet sich je Kundengruppe.</translation>
    </message>
    <message>
        <source>Type %1 to %2 · Del: as in general</source>
        <translation>%1 bis %2 eingeben · Entf: wie allgemein</translation>
    </message>
    <message>
        <source>general %1</source>
        <translation>allgemein %1</translation>
    </message>
</context>
<context>
    <name>SegmentsDialog</name>
    <message>
        <source>Customer Segments</source>
        <translation>Kundengruppen</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Who they are, what they need, how they buy</source>
        <translation>Wer sie sind, was sie brauchen, wie sie kaufen</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>Farbe…</translation>
    </message>
    <message>
        <source>Save Profile</source>
        <translation>Profil speichern</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profil:</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>Farbe:</translation>
    </message>
    <message>
        <source>Picture…</source>
        <translation>Bild…</translation>
    </message>
    <message>
        <source>A PNG or JPEG photo of the persona</source>
        <translation>Ein PNG- oder JPEG-Foto der Persona</translation>
    </message>
    <message>
        <source>Remove Picture</source>
        <translation>Bild entfernen</translation>
    </message>
    <message>
        <source>Picture:</source>
        <translation>Bild:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keins</translation>
    </message>
    <message>
        <source>Segment picture</source>
        <translation>Bild der Kundengruppe</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>Bilder (%1)</translation>
    </message>
    <message>
        <source>The picture was not set</source>
        <translation>Das Bild wurde nicht übernommen</translation>
    </message>
    <message>
        <source>Set the picture anyway?</source>
        <translation>Bild trotzdem übernehmen?</translation>
    </message>
    <message>
        <source>The project&apos;s attachments would take %1 MB. Past %2 MB the file gets slow to open and to send; the limit is %3 MB.</source>
        <translation>Die Anhänge des Projekts wären %1 MB groß. Ab %2 MB wird die Datei langsam beim Öffnen und Versenden; die Grenze liegt bei %3 MB.</translation>
    </message>
    <message>
        <source>New segment</source>
        <translation>Neue Kundengruppe</translation>
    </message>
    <message>
        <source>Delete segment</source>
        <translation>Kundengruppe löschen</translation>
    </message>
    <message>
        <source>Delete the segment “%1” with its experiences and scores?</source>
        <translation>Die Kundengruppe „%1“ mit ihren Erlebnissen und Bewertungen löschen?</translation>
    </message>
    <message>
        <source>Segment colour</source>
        <translation>Farbe der Kundengruppe</translation>
    </message>
</context>
<context>
    <name>SegmentsPanel</name>
    <message>
        <source>Edit Segments…</source>
        <translation>Kundengruppen bearbeiten…</translation>
    </message>
    <message>
        <source>Add, rename, describe and colour customer segments</source>
        <translation>Kundengruppen hinzufügen, umbenennen, beschreiben und einfärben</translation>
    </message>
    <message>
        <source>Select one touchpoint to see its customer segments.</source>
        <translation>Wählen Sie einen Touchpoint, um seine Kundengruppen zu sehen.</translation>
    </message>
    <message>
        <source>The project has no customer segments yet. Add some with Edit Segments…</source>
        <translation>Das Projekt hat noch keine Kundengruppen. Legen Sie welche mit „Kundengruppen bearbeiten…“ an.</translation>
    </message>
    <message>
        <source>Check the segments this touchpoint matters to and rate their experience.</source>
        <translation>Haken Sie die Kundengruppen an, für die dieser Touchpoint zählt, und bewerten Sie ihr Erlebnis.</translation>
    </message>
    <message>
        <source>As in general</source>
        <translation>Wie allgemein</translation>
    </message>
</context>
</TS>

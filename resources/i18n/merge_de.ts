<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>HistoryDialog</name>
    <message numerus="yes">
        <source>%n steps, newest first.</source>
        <translation>
            <numerusform>%n Schritt, der neueste zuerst.</numerusform>
            <numerusform>%n Schritte, die neuesten zuerst.</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter by name, field, person or value</source>
        <translation>Nach Name, Feld, Person oder Wert filtern</translation>
    </message>
    <message>
        <source>When and what</source>
        <translation>Wann und was</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>No changes are recorded yet.</source>
        <translation>Es sind noch keine Änderungen aufgezeichnet.</translation>
    </message>
    <message>
        <source>Project created</source>
        <translation>Projekt angelegt</translation>
    </message>
    <message>
        <source>File upgraded to this version</source>
        <translation>Datei auf diese Version aktualisiert</translation>
    </message>
    <message>
        <source>Merged the changes of “%1”</source>
        <translation>Änderungen aus „%1“ zusammengeführt</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Rückgängig: %1</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>Wiederholt: %1</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 „%2“</translation>
    </message>
    <message>
        <source>Added: %1</source>
        <translation>Hinzugefügt: %1</translation>
    </message>
    <message>
        <source>Deleted: %1</source>
        <translation>Gelöscht: %1</translation>
    </message>
</context>
<context>
    <name>MergeFeature</name>
    <message>
        <source>&amp;Merge Changes From…</source>
        <translation>Änderungen &amp;zusammenführen aus…</translation>
    </message>
    <message>
        <source>Take the changes of another copy of this project (review first)</source>
        <translation>Die Änderungen einer anderen Kopie dieses Projekts übernehmen (vorher prüfen)</translation>
    </message>
    <message>
        <source>Project &amp;History…</source>
        <translation>Projekt&amp;verlauf…</translation>
    </message>
    <message>
        <source>Every change of the project: what, who and when, merges included</source>
        <translation>Jede Änderung am Projekt: was, wer und wann, Zusammenführungen eingeschlossen</translation>
    </message>
    <message>
        <source>Touchpoint &amp;History…</source>
        <translation>Touchpoint-&amp;Verlauf…</translation>
    </message>
    <message>
        <source>Every change of the selected touchpoint: field, before and after, who, when</source>
        <translation>Jede Änderung am gewählten Touchpoint: Feld, vorher und nachher, wer, wann</translation>
    </message>
    <message>
        <source>Project History</source>
        <translation>Projektverlauf</translation>
    </message>
    <message>
        <source>History of “%1”</source>
        <translation>Verlauf von „%1“</translation>
    </message>
    <message>
        <source>The history of this file cannot be read (%1). The project itself is not affected.</source>
        <translation>Der Verlauf dieser Datei kann nicht gelesen werden (%1). Das Projekt selbst ist davon nicht betroffen.</translation>
    </message>
    <message>
        <source>Merge Changes From</source>
        <translation>Änderungen zusammenführen aus</translation>
    </message>
    <message>
        <source>TPM projects (*.tpm);;All files (*)</source>
        <translation>TPM-Projekte (*.tpm);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Merged the changes of “%1”.</source>
        <translation>Die Änderungen aus „%1“ wurden zusammengeführt.</translation>
    </message>
</context>
<context>
    <name>MergeFlow</name>
    <message>
        <source>“%1” is this project&apos;s own file. Choose the other copy.</source>
        <translation>„%1“ ist die Datei dieses Projekts selbst. Wählen Sie die andere Kopie.</translation>
    </message>
    <message>
        <source>The change history of “%1” cannot be read, so it cannot be merged. Nothing was changed.</source>
        <translation>Der Änderungsverlauf von „%1“ ist nicht lesbar, daher kann sie nicht zusammengeführt werden. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Merging “%1” would leave the project inconsistent, so nothing was changed.</source>
        <translation>Das Zusammenführen von „%1“ würde das Projekt widersprüchlich machen, daher wurde nichts geändert.</translation>
    </message>
    <message>
        <source>“%1” cannot be merged.</source>
        <translation>„%1“ kann nicht zusammengeführt werden.</translation>
    </message>
    <message>
        <source>Merge Changes</source>
        <translation>Änderungen zusammenführen</translation>
    </message>
    <message>
        <source>This project already holds every change of “%1”. There is nothing to take.</source>
        <translation>Dieses Projekt enthält schon jede Änderung aus „%1“. Es gibt nichts zu übernehmen.</translation>
    </message>
    <message>
        <source>Merge Changes From “%1”</source>
        <translation>Änderungen aus „%1“ zusammenführen</translation>
    </message>
    <message>
        <source>“%1” is a file of another project, so its changes cannot be merged. Add its touchpoints to this project as new ones instead?</source>
        <translation>„%1“ ist eine Datei eines anderen Projekts, ihre Änderungen können daher nicht zusammengeführt werden. Stattdessen ihre Touchpoints als neue zu diesem Projekt hinzufügen?</translation>
    </message>
    <message>
        <source>Lanes and criteria are matched by name; touchpoints whose lane is missing go to the first lane.</source>
        <translation>Bahnen und Kriterien werden nach Namen zugeordnet; Touchpoints, deren Bahn fehlt, kommen in die erste Bahn.</translation>
    </message>
    <message>
        <source>Import Touchpoints From “%1”</source>
        <translation>Touchpoints aus „%1“ importieren</translation>
    </message>
</context>
<context>
    <name>MergeLabels</name>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Einstellung</translation>
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
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>Touchpoint</translation>
    </message>
    <message>
        <source>Combination</source>
        <translation>Kombination</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Measurement</source>
        <translation>Messwert</translation>
    </message>
    <message>
        <source>Workshop rating</source>
        <translation>Workshop-Bewertung</translation>
    </message>
    <message>
        <source>Assessment round</source>
        <translation>Bewertungsrunde</translation>
    </message>
    <message>
        <source>Round entry</source>
        <translation>Rundeneintrag</translation>
    </message>
    <message>
        <source>Round criterion</source>
        <translation>Rundenkriterium</translation>
    </message>
    <message>
        <source>Round score</source>
        <translation>Rundenbewertung</translation>
    </message>
    <message>
        <source>Earlier merge</source>
        <translation>Frühere Zusammenführung</translation>
    </message>
    <message>
        <source>Customer segment</source>
        <translation>Kundengruppe</translation>
    </message>
    <message>
        <source>Segment relevance</source>
        <translation>Relevanz für Kundengruppe</translation>
    </message>
    <message>
        <source>Segment score</source>
        <translation>Bewertung der Kundengruppe</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Media type</source>
        <translation>Medientyp</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>As-is</source>
        <translation>Ist</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Soll</translation>
    </message>
    <message>
        <source>Experience</source>
        <translation>Erlebnis</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Super-touchpoint</source>
        <translation>Super-Touchpoint</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Short id</source>
        <translation>Kürzel</translation>
    </message>
    <message>
        <source>Relevance</source>
        <translation>Relevanz</translation>
    </message>
    <message>
        <source>Target experience</source>
        <translation>Ziel-Erlebnis</translation>
    </message>
    <message>
        <source>Budget locked</source>
        <translation>Budget fest</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fällig am</translation>
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
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Häufigkeit</translation>
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
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>Online/offline</source>
        <translation>Online/Offline</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Ansprechperson</translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation>Kontakt-E-Mail</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewichtung</translation>
    </message>
    <message>
        <source>Scale from</source>
        <translation>Skala von</translation>
    </message>
    <message>
        <source>Scale to</source>
        <translation>Skala bis</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Auftraggeber</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Total budget</source>
        <translation>Gesamtbudget</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Streuung</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Bewertungen</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Durchgang</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Antwort auf</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Dateiname</translation>
    </message>
    <message>
        <source>File type</source>
        <translation>Dateityp</translation>
    </message>
    <message>
        <source>File content</source>
        <translation>Dateiinhalt</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Quote date</source>
        <translation>Datum des Zitats</translation>
    </message>
    <message>
        <source>In the report</source>
        <translation>Im Bericht</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Added there</source>
        <translation>Dort hinzugefügt</translation>
    </message>
    <message>
        <source>Changed there</source>
        <translation>Dort geändert</translation>
    </message>
    <message>
        <source>Deleted there</source>
        <translation>Dort gelöscht</translation>
    </message>
    <message>
        <source>Changed there, deleted here</source>
        <translation>Dort geändert, hier gelöscht</translation>
    </message>
    <message>
        <source>Conflict: changed on both sides</source>
        <translation>Konflikt: auf beiden Seiten geändert</translation>
    </message>
    <message>
        <source>Conflict: moved on both sides</source>
        <translation>Konflikt: auf beiden Seiten verschoben</translation>
    </message>
    <message>
        <source>Conflict: deleted here, changed there</source>
        <translation>Konflikt: hier gelöscht, dort geändert</translation>
    </message>
    <message>
        <source>Conflict: deleted there, changed here</source>
        <translation>Konflikt: dort gelöscht, hier geändert</translation>
    </message>
    <message>
        <source>Differs (no common history)</source>
        <translation>Unterschiedlich (keine gemeinsame Geschichte)</translation>
    </message>
    <message>
        <source>Checked: take their value. Unchecked: keep yours.</source>
        <translation>Angehakt: ihren Wert übernehmen. Nicht angehakt: Ihren behalten.</translation>
    </message>
    <message>
        <source>Checked: move it where they put it. Unchecked: leave it here.</source>
        <translation>Angehakt: dorthin verschieben, wo sie ihn haben. Nicht angehakt: hier lassen.</translation>
    </message>
    <message>
        <source>Checked: bring it back with their changes. Unchecked: it stays deleted.</source>
        <translation>Angehakt: mit ihren Änderungen wiederherstellen. Nicht angehakt: bleibt gelöscht.</translation>
    </message>
    <message>
        <source>Checked: delete it with everything that belongs to it. Unchecked: keep it.</source>
        <translation>Angehakt: mit allem, was dazugehört, löschen. Nicht angehakt: behalten.</translation>
    </message>
    <message>
        <source>The copies share no history, so who changed it cannot be told. Checked: take their value. Unchecked: keep yours.</source>
        <translation>Die Kopien haben keine gemeinsame Geschichte, daher lässt sich nicht sagen, wer es geändert hat. Angehakt: ihren Wert übernehmen. Nicht angehakt: Ihren behalten.</translation>
    </message>
</context>
<context>
    <name>MergeReviewDialog</name>
    <message>
        <source>Merge Changes From “%1”</source>
        <translation>Änderungen aus „%1“ zusammenführen</translation>
    </message>
    <message>
        <source>Incoming change</source>
        <translation>Eingehende Änderung</translation>
    </message>
    <message>
        <source>Here (this copy)</source>
        <translation>Hier (diese Kopie)</translation>
    </message>
    <message>
        <source>There (other copy)</source>
        <translation>Dort (andere Kopie)</translation>
    </message>
    <message>
        <source>All changes</source>
        <translation>Alle Änderungen</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>Which changes the two buttons beside decide</source>
        <translation>Über welche Änderungen die beiden Schaltflächen daneben entscheiden</translation>
    </message>
    <message>
        <source>&amp;Take All</source>
        <translation>Alle ü&amp;bernehmen</translation>
    </message>
    <message>
        <source>Take every change of the chosen kind</source>
        <translation>Jede Änderung der gewählten Art übernehmen</translation>
    </message>
    <message>
        <source>&amp;Leave All</source>
        <translation>Alle &amp;auslassen</translation>
    </message>
    <message>
        <source>Keep this copy as it is for every change of the kind</source>
        <translation>Diese Kopie bei jeder Änderung dieser Art lassen, wie sie ist</translation>
    </message>
    <message>
        <source>&amp;Decide:</source>
        <translation>&amp;Entscheiden:</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Zusammenführen</translation>
    </message>
    <message>
        <source>Take the checked changes as one step (Edit → Undo takes it back)</source>
        <translation>Die angehakten Änderungen in einem Schritt übernehmen (Bearbeiten → Rückgängig nimmt ihn zurück)</translation>
    </message>
    <message>
        <source>Project, lanes and criteria</source>
        <translation>Projekt, Bahnen und Kriterien</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>Touchpoint “%1”</source>
        <translation>Touchpoint „%1“</translation>
    </message>
    <message numerus="yes">
        <source>(with %n records that belong to it)</source>
        <translation>
            <numerusform>(mit %n zugehörigen Eintrag)</numerusform>
            <numerusform>(mit %n zugehörigen Einträgen)</numerusform>
        </translation>
    </message>
    <message>
        <source>(not here)</source>
        <translation>(nicht hier)</translation>
    </message>
    <message>
        <source>(new)</source>
        <translation>(neu)</translation>
    </message>
    <message>
        <source>(kept here)</source>
        <translation>(hier vorhanden)</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(gelöscht)</translation>
    </message>
    <message>
        <source>(changed)</source>
        <translation>(geändert)</translation>
    </message>
    <message numerus="yes">
        <source>%n incoming changes from “%1”, </source>
        <translation>
            <numerusform>%n eingehende Änderung aus „%1“, </numerusform>
            <numerusform>%n eingehende Änderungen aus „%1“, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them conflicts.</source>
        <translation>
            <numerusform>davon %n Konflikt.</numerusform>
            <numerusform>davon %n Konflikte.</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes only the other copy made are checked. For each conflict, check it to take their side, or leave it unchecked to keep yours.</source>
        <translation>Änderungen, die nur die andere Kopie gemacht hat, sind angehakt. Haken Sie einen Konflikt an, um deren Stand zu übernehmen, oder lassen Sie ihn frei, um Ihren zu behalten.</translation>
    </message>
    <message>
        <source>These copies share no history (copied before this version, or made separately): every difference is shown as a conflict.</source>
        <translation>Diese Kopien haben keine gemeinsame Geschichte (vor dieser Version kopiert oder getrennt angelegt): Jeder Unterschied wird als Konflikt gezeigt.</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 changes will be taken.</source>
        <translation>
            <numerusform>%n von %1 Änderungen wird übernommen.</numerusform>
            <numerusform>%n von %1 Änderungen werden übernommen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeValues</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
</context>
</TS>

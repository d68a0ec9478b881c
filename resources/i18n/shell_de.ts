<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About TPM Desktop</source>
        <translation>Über TPM Desktop</translation>
    </message>
    <message>
        <source>PSF licence</source>
        <translation>PSF-Lizenz</translation>
    </message>
    <message>
        <source>public domain</source>
        <translation>gemeinfrei</translation>
    </message>
    <message>
        <source>Bitstream Vera licence; changes public domain</source>
        <translation>Bitstream-Vera-Lizenz; Änderungen gemeinfrei</translation>
    </message>
    <message>
        <source>Customer Touchpoint Management: map, assess, plan, monitor and report.</source>
        <translation>Customer Touchpoint Management: erfassen, bewerten, planen, überwachen und berichten.</translation>
    </message>
    <message>
        <source>Built with</source>
        <translation>Erstellt mit</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Qt and PySide6 are used under the GNU Lesser General Public License v3; you may replace them with your own build. The DejaVu fonts are shipped with their licence in resources/fonts.</source>
        <translation>Qt und PySide6 werden unter der GNU Lesser General Public License v3 verwendet; Sie dürfen sie durch eine eigene Version ersetzen. Die DejaVu-Schriften liegen mit ihrer Lizenz in resources/fonts bei.</translation>
    </message>
</context>
<context>
    <name>CatalogueEditor</name>
    <message>
        <source>Criterion</source>
        <translation>Kriterium</translation>
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
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Question it answers</source>
        <translation>Leitfrage</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Add a criterion at the end</source>
        <translation>Ein Kriterium am Ende hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected criterion</source>
        <translation>Das ausgewählte Kriterium entfernen</translation>
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
        <source>&amp;Standard Catalogue</source>
        <translation>&amp;Standardkatalog</translation>
    </message>
    <message>
        <source>Function, Performance, Cost/benefit and Controllability, scored 1 to 5</source>
        <translation>Funktion, Performance, Kosten-/Leistungsverhältnis und Steuerbarkeit, bewertet von 1 bis 5</translation>
    </message>
    <message>
        <source>New criterion</source>
        <translation>Neues Kriterium</translation>
    </message>
    <message>
        <source>How much the criterion counts in the weighted score</source>
        <translation>Wie stark das Kriterium in die gewichtete Bewertung eingeht</translation>
    </message>
</context>
<context>
    <name>FileController</name>
    <message>
        <source>TPM projects (*.tpm);;All files (*)</source>
        <translation>TPM-Projekte (*.tpm);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <source>Save project</source>
        <translation>Projekt speichern</translation>
    </message>
    <message>
        <source>Save project as</source>
        <translation>Projekt speichern unter</translation>
    </message>
    <message>
        <source>Untitled project</source>
        <translation>Unbenanntes Projekt</translation>
    </message>
    <message>
        <source>Recover unsaved changes</source>
        <translation>Ungespeicherte Änderungen wiederherstellen</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <source>P&amp;in Inspector</source>
        <translation>Inspektor an&amp;heften</translation>
    </message>
    <message>
        <source>Keep the touchpoint panels open while nothing is selected</source>
        <translation>Die Touchpoint-Bereiche offen lassen, auch wenn nichts ausgewählt ist</translation>
    </message>
    <message>
        <source>Project &amp;Tables</source>
        <translation>Projekt&amp;tabellen</translation>
    </message>
    <message>
        <source>Show or hide the ranking, portfolio, budget and monitoring tables</source>
        <translation>Rangfolge, Portfolio, Budget und Monitoring-Tabellen ein- oder ausblenden</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The project is open.</source>
        <translation>Das Projekt ist geöffnet.</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>Start a new, empty project</source>
        <translation>Ein neues, leeres Projekt beginnen</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a project file (.tpm)</source>
        <translation>Eine Projektdatei (.tpm) öffnen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save the project to its file</source>
        <translation>Das Projekt in seiner Datei speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Save the project under a new name</source>
        <translation>Das Projekt unter einem neuen Namen speichern</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <source>Close the project</source>
        <translation>Das Projekt schließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Quit TPM Desktop</source>
        <translation>TPM Desktop beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>Die letzte Änderung rückgängig machen</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Redo the change you undid</source>
        <translation>Die rückgängig gemachte Änderung wiederholen</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Interface language and defaults</source>
        <translation>Sprache der Oberfläche und Voreinstellungen</translation>
    </message>
    <message>
        <source>Pro&amp;ject Properties…</source>
        <translation>Projekteigenschaf&amp;ten…</translation>
    </message>
    <message>
        <source>Name, client, author, currency and budget of the project</source>
        <translation>Name, Kunde, Verfasser, Währung und Budget des Projekts</translation>
    </message>
    <message>
        <source>&amp;About TPM Desktop</source>
        <translation>Ü&amp;ber TPM Desktop</translation>
    </message>
    <message>
        <source>Version and licences</source>
        <translation>Version und Lizenzen</translation>
    </message>
    <message>
        <source>&amp;Touchpoint Management</source>
        <translation>&amp;Touchpoint-Management</translation>
    </message>
    <message>
        <source>The method in four steps, and where each step lives in TPM Desktop</source>
        <translation>Die Methode in vier Schritten, und wo Sie jeden Schritt in TPM Desktop finden</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>Tasten&amp;kürzel</translation>
    </message>
    <message>
        <source>Every keyboard shortcut of this window</source>
        <translation>Alle Tastenkürzel dieses Fensters</translation>
    </message>
    <message>
        <source>Status &amp;Bar</source>
        <translation>Status&amp;leiste</translation>
    </message>
    <message>
        <source>Show or hide the status bar</source>
        <translation>Die Statusleiste ein- oder ausblenden</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open Recen&amp;t</source>
        <translation>Zuletzt &amp;geöffnet</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>&amp;Bereiche</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main tool bar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Show or hide the tool bar</source>
        <translation>Die Werkzeugleiste ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Show or hide the panel “%1”</source>
        <translation>Den Bereich „%1“ ein- oder ausblenden</translation>
    </message>
    <message>
        <source>The change could not be made</source>
        <translation>Die Änderung konnte nicht ausgeführt werden</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (schreibgeschützt)</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Wiederholen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n touchpoint(s)</source>
        <translation>
            <numerusform>%n Touchpoint</numerusform>
            <numerusform>%n Touchpoints</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n department(s)</source>
        <translation>
            <numerusform>%n Abteilung</numerusform>
            <numerusform>%n Abteilungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n channel(s)</source>
        <translation>
            <numerusform>%n Kanal</numerusform>
            <numerusform>%n Kanäle</numerusform>
        </translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Keine zuletzt geöffneten Dateien</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <source>Forget the recently opened files (the files stay)</source>
        <translation>Die Liste der zuletzt geöffneten Dateien leeren (die Dateien bleiben erhalten)</translation>
    </message>
</context>
<context>
    <name>ProjectDialog</name>
    <message>
        <source>Project Properties</source>
        <translation>Projekteigenschaften</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <source>The total budget the touchpoint budgets are set against</source>
        <translation>Das Gesamtbudget, dem die Budgets der Touchpoints gegenübergestellt werden</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Kunde:</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;Verfasser:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Währung:</translation>
    </message>
    <message>
        <source>&amp;Total budget:</source>
        <translation>&amp;Gesamtbudget:</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Save the changes to “%1” before closing?</source>
        <translation>Änderungen an „%1“ vor dem Schließen speichern?</translation>
    </message>
    <message>
        <source>If you don&apos;t save, your changes will be lost.</source>
        <translation>Wenn Sie nicht speichern, gehen Ihre Änderungen verloren.</translation>
    </message>
    <message>
        <source>Recover unsaved changes</source>
        <translation>Ungespeicherte Änderungen wiederherstellen</translation>
    </message>
    <message>
        <source>TPM Desktop was not closed properly. Unsaved changes to “%1” were found.</source>
        <translation>TPM Desktop wurde nicht ordnungsgemäß beendet. Es wurden ungespeicherte Änderungen an „%1“ gefunden.</translation>
    </message>
    <message>
        <source>The project was opened on %1. Recover the changes now?</source>
        <translation>Das Projekt wurde am %1 geöffnet. Die Änderungen jetzt wiederherstellen?</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Ask again later</source>
        <translation>Später erneut fragen</translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation>Datei wurde auf dem Datenträger geändert</translation>
    </message>
    <message>
        <source>“%1” was changed on disk since you opened or last saved it (another program, another copy saved over it, or a sync client).</source>
        <translation>„%1“ wurde seit dem Öffnen oder letzten Speichern auf dem Datenträger geändert (ein anderes Programm, eine andere darübergespeicherte Kopie oder ein Sync-Programm).</translation>
    </message>
    <message>
        <source>Merge its changes into yours before saving, save yours as a new file, or overwrite the other version?</source>
        <translation>Deren Änderungen vor dem Speichern mit Ihren zusammenführen, Ihren Stand als neue Datei speichern oder die andere Fassung überschreiben?</translation>
    </message>
    <message>
        <source>&amp;Merge, Then Save</source>
        <translation>&amp;Zusammenführen, dann speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>Ü&amp;berschreiben</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Berichte</translation>
    </message>
    <message>
        <source>New &amp;Projects</source>
        <translation>Neue &amp;Projekte</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>The language of menus, panels and dialogs</source>
        <translation>Die Sprache von Menüs, Bereichen und Dialogen</translation>
    </message>
    <message>
        <source>Your name as the project history and merges show it; empty: your user name on this computer</source>
        <translation>Ihr Name, wie ihn der Projektverlauf und Zusammenführungen zeigen; leer: Ihr Benutzername auf diesem Computer</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>&amp;Sprache der Oberfläche:</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Ihr &amp;Name:</translation>
    </message>
    <message>
        <source>The window is rebuilt in the new language; your work stays open. Your name is recorded with every change you make.</source>
        <translation>Das Fenster wird in der neuen Sprache neu aufgebaut; Ihre Arbeit bleibt geöffnet. Ihr Name wird mit jeder Ihrer Änderungen gespeichert.</translation>
    </message>
    <message>
        <source>The project&apos;s language</source>
        <translation>Die Sprache des Projekts</translation>
    </message>
    <message>
        <source>The language a new report is written in; you can change it per report</source>
        <translation>Die Sprache, in der ein neuer Bericht geschrieben wird; Sie können sie je Bericht ändern</translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <source>US Letter (8.5 × 11 in)</source>
        <translation>US Letter (8,5 × 11 Zoll)</translation>
    </message>
    <message>
        <source>The paper size of printed reports</source>
        <translation>Das Papierformat gedruckter Berichte</translation>
    </message>
    <message>
        <source>Report &amp;language:</source>
        <translation>&amp;Sprache der Berichte:</translation>
    </message>
    <message>
        <source>&amp;Paper size:</source>
        <translation>&amp;Papierformat:</translation>
    </message>
    <message>
        <source>Defaults for new reports; each report can still choose.</source>
        <translation>Voreinstellungen für neue Berichte; jeder Bericht kann sie noch ändern.</translation>
    </message>
    <message>
        <source>File → New starts with these criteria. Open projects keep their own catalogue; change it there in the assessment.</source>
        <translation>Datei → Neu beginnt mit diesen Kriterien. Geöffnete Projekte behalten ihren eigenen Katalog; ändern Sie ihn dort in der Bewertung.</translation>
    </message>
</context>
<context>
    <name>TableFiles</name>
    <message>
        <source>Tables (*.xlsx *.ods *.csv *.txt)</source>
        <translation>Tabellen (*.xlsx *.ods *.csv *.txt)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-Arbeitsmappen (*.xlsx)</translation>
    </message>
    <message>
        <source>OpenDocument spreadsheets (*.ods)</source>
        <translation>OpenDocument-Tabellen (*.ods)</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV-Dateien (*.csv *.txt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <source>OpenDocument spreadsheet, LibreOffice (*.ods)</source>
        <translation>OpenDocument-Tabelle, LibreOffice (*.ods)</translation>
    </message>
    <message>
        <source>CSV, semicolon-separated (*.csv)</source>
        <translation>CSV, durch Semikolon getrennt (*.csv)</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to TPM Desktop</source>
        <translation>Willkommen bei TPM Desktop</translation>
    </message>
    <message>
        <source>Find every touchpoint, map it by department, channel and journey phase, assess it, plan measures, monitor it and report to management.</source>
        <translation>Erfassen Sie jeden Touchpoint, ordnen Sie ihn nach Abteilung, Kanal und Phase der Customer Journey, bewerten Sie ihn, planen Sie Maßnahmen, überwachen Sie ihn und berichten Sie an die Geschäftsführung.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginnen</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Öffnen…</translation>
    </message>
    <message>
        <source>An empty touchpoint map with starter lanes and your criteria catalogue</source>
        <translation>Eine leere Touchpoint-Landkarte mit ersten Bahnen und Ihrem Kriterienkatalog</translation>
    </message>
    <message>
        <source>A project file (.tpm) from your disk, a USB stick or an e-mail</source>
        <translation>Eine Projektdatei (.tpm) von der Festplatte, einem USB-Stick oder aus einer E-Mail</translation>
    </message>
    <message>
        <source>Open the sample</source>
        <translation>Beispiel öffnen</translation>
    </message>
    <message>
        <source>A complete example: the touchpoints of a regional energy supplier</source>
        <translation>Ein vollständiges Beispiel: die Touchpoints eines regionalen Energieversorgers</translation>
    </message>
    <message>
        <source>Learn</source>
        <translation>Kennenlernen</translation>
    </message>
    <message>
        <source>Touchpoint management in four steps</source>
        <translation>Touchpoint-Management in vier Schritten</translation>
    </message>
    <message>
        <source>Help → Touchpoint Management</source>
        <translation>Hilfe → Touchpoint-Management</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Help → Keyboard Shortcuts</source>
        <translation>Hilfe → Tastenkürzel</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>Zuletzt geöffnete Projekte</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open</source>
        <translation>Zum Öffnen doppelklicken oder Eingabetaste drücken</translation>
    </message>
    <message>
        <source>Projects you open or save appear here, with their folder and date.</source>
        <translation>Projekte, die Sie öffnen oder speichern, erscheinen hier mit Ordner und Datum.</translation>
    </message>
    <message>
        <source>%1 · changed %2</source>
        <translation>%1 · geändert %2</translation>
    </message>
    <message>
        <source>%1 · not found</source>
        <translation>%1 · nicht gefunden</translation>
    </message>
</context>
</TS>

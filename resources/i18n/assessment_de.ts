<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Assessment</name>
    <message>
        <source>The change could not be made</source>
        <translation>Die Änderung konnte nicht ausgeführt werden</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Nicht bewertet</translation>
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
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <source>mixed</source>
        <translation>gemischt</translation>
    </message>
    <message>
        <source>Type %1 to %2 · Del: not rated · Return: next touchpoint</source>
        <translation>%1 bis %2 eingeben · Entf: nicht bewertet · Eingabe: nächster Touchpoint</translation>
    </message>
    <message>
        <source>Weight %1 · scale %2</source>
        <translation>Gewichtung %1 · Skala %2</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <source>touchpoint</source>
        <translation>Touchpoint</translation>
    </message>
    <message>
        <source>criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>No participant</source>
        <translation>Kein Teilnehmer angegeben</translation>
    </message>
    <message>
        <source>No touchpoint</source>
        <translation>Kein Touchpoint angegeben</translation>
    </message>
    <message>
        <source>Unknown touchpoint “%1”</source>
        <translation>Unbekannter Touchpoint „%1“</translation>
    </message>
    <message>
        <source>Several touchpoints are called “%1”; use its short id</source>
        <translation>Mehrere Touchpoints heißen „%1“; verwenden Sie das Kürzel</translation>
    </message>
    <message>
        <source>No criterion</source>
        <translation>Kein Kriterium angegeben</translation>
    </message>
    <message>
        <source>Unknown criterion “%1”</source>
        <translation>Unbekanntes Kriterium „%1“</translation>
    </message>
    <message>
        <source>Several criteria are called “%1”; use its number</source>
        <translation>Mehrere Kriterien heißen „%1“; verwenden Sie die Nummer</translation>
    </message>
    <message>
        <source>No value</source>
        <translation>Kein Wert angegeben</translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation>„%1“ ist keine Zahl</translation>
    </message>
    <message>
        <source>%1 is off the scale %2–%3</source>
        <translation>%1 liegt außerhalb der Skala %2–%3</translation>
    </message>
    <message>
        <source>The %1 is longer than %2 characters</source>
        <translation>Die Angabe „%1“ ist länger als %2 Zeichen</translation>
    </message>
    <message>
        <source>Same participant, touchpoint and criterion as line %1</source>
        <translation>Gleicher Teilnehmer, Touchpoint und Kriterium wie in Zeile %1</translation>
    </message>
</context>
<context>
    <name>AssessmentFeature</name>
    <message>
        <source>Scores</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Notes and Decision</source>
        <translation>Notizen/Entscheidung</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Rangfolge</translation>
    </message>
    <message>
        <source>Portfolio Matrix</source>
        <translation>Portfolio-Matrix</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>&amp;Criteria Catalogue…</source>
        <translation>&amp;Kriterienkatalog…</translation>
    </message>
    <message>
        <source>Add, remove, rename, weight and reorder the criteria</source>
        <translation>Kriterien hinzufügen, entfernen, umbenennen, gewichten und umsortieren</translation>
    </message>
    <message>
        <source>&amp;Score Selected Touchpoint</source>
        <translation>Ausgewählten Touchpoint &amp;bewerten</translation>
    </message>
    <message>
        <source>Put the cursor on the first score of the selected touchpoint</source>
        <translation>Den Cursor in die erste Bewertung des ausgewählten Touchpoints setzen</translation>
    </message>
    <message>
        <source>&amp;Next Touchpoint</source>
        <translation>&amp;Nächster Touchpoint</translation>
    </message>
    <message>
        <source>Select the next touchpoint in map order</source>
        <translation>Den nächsten Touchpoint in der Reihenfolge der Landkarte auswählen</translation>
    </message>
    <message>
        <source>&amp;Previous Touchpoint</source>
        <translation>&amp;Vorheriger Touchpoint</translation>
    </message>
    <message>
        <source>Select the previous touchpoint in map order</source>
        <translation>Den vorherigen Touchpoint in der Reihenfolge der Landkarte auswählen</translation>
    </message>
    <message>
        <source>Suggest S&amp;uper-Touchpoints…</source>
        <translation>S&amp;uper-Touchpoints vorschlagen…</translation>
    </message>
    <message>
        <source>Mark the touchpoints with the highest priority index</source>
        <translation>Die Touchpoints mit dem höchsten Prioritätsindex markieren</translation>
    </message>
    <message>
        <source>&amp;Distribute Budget…</source>
        <translation>Budget ver&amp;teilen…</translation>
    </message>
    <message>
        <source>Split a total budget in proportion to the priority index</source>
        <translation>Ein Gesamtbudget im Verhältnis zum Prioritätsindex aufteilen</translation>
    </message>
    <message>
        <source>&amp;Import Workshop Ratings…</source>
        <translation>Workshop-Bewertungen &amp;importieren…</translation>
    </message>
    <message>
        <source>Read participants&apos; ratings from a CSV or Excel table</source>
        <translation>Bewertungen der Teilnehmer aus einer CSV- oder Excel-Tabelle einlesen</translation>
    </message>
    <message>
        <source>&amp;Workshop Results…</source>
        <translation>&amp;Workshop-Ergebnisse…</translation>
    </message>
    <message>
        <source>Means, spread and number of ratings; aggregate again by group</source>
        <translation>Mittelwerte, Streuung und Anzahl der Bewertungen; erneut nach Gruppe zusammenfassen</translation>
    </message>
    <message>
        <source>Run &amp;Live Workshop…</source>
        <translation>&amp;Live-Workshop durchführen…</translation>
    </message>
    <message>
        <source>Participants rate touchpoints on their phones over the local network</source>
        <translation>Teilnehmende bewerten Touchpoints auf ihren Telefonen über das lokale Netz</translation>
    </message>
    <message>
        <source>Print &amp;Rating Sheets…</source>
        <translation>Bewertungsbögen &amp;drucken…</translation>
    </message>
    <message>
        <source>A PDF sheet per participant and the table to type the sheets into</source>
        <translation>Ein PDF-Bogen je Teilnehmer:in und die Tabelle, in die die Bögen übertragen werden</translation>
    </message>
    <message>
        <source>&amp;Export Ranking…</source>
        <translation>Rangfolge &amp;exportieren…</translation>
    </message>
    <message>
        <source>Save the ranking as shown as a CSV or Excel table</source>
        <translation>Die Rangfolge wie angezeigt als CSV- oder Excel-Tabelle speichern</translation>
    </message>
    <message>
        <source>&amp;Assessment</source>
        <translation>Be&amp;wertung</translation>
    </message>
</context>
<context>
    <name>BudgetPanel</name>
    <message>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <source>The project&apos;s total budget (also in Project Properties)</source>
        <translation>Das Gesamtbudget des Projekts (auch in den Projekteigenschaften)</translation>
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
        <source>Distribute…</source>
        <translation>Verteilen…</translation>
    </message>
    <message>
        <source>Propose a split of a total in proportion to the priority index</source>
        <translation>Eine Aufteilung eines Betrags im Verhältnis zum Prioritätsindex vorschlagen</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>With budget</source>
        <translation>Mit Budget</translation>
    </message>
    <message>
        <source>Total budget:</source>
        <translation>Gesamtbudget:</translation>
    </message>
    <message>
        <source>Group by:</source>
        <translation>Gruppieren nach:</translation>
    </message>
    <message>
        <source>Double-click an amount to change it; click a touchpoint to select it.</source>
        <translation>Doppelklick auf einen Betrag ändert ihn; ein Klick auf einen Touchpoint wählt ihn aus.</translation>
    </message>
    <message>
        <source>Planned: %1</source>
        <translation>Geplant: %1</translation>
    </message>
    <message>
        <source>Remaining: %1</source>
        <translation>Verbleibend: %1</translation>
    </message>
    <message>
        <source>Over budget by %1</source>
        <translation>Budget um %1 überschritten</translation>
    </message>
    <message>
        <source>%1 / touchpoint</source>
        <translation>%1 / Touchpoint</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>“%1” is not an amount; enter a number such as 12500.</source>
        <translation>„%1“ ist kein Betrag; geben Sie eine Zahl ein, etwa 12500.</translation>
    </message>
</context>
<context>
    <name>CriteriaDialog</name>
    <message>
        <source>Criteria Catalogue</source>
        <translation>Kriterienkatalog</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
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
        <source>Performance: how well it works</source>
        <translation>Leistung: wie gut er funktioniert</translation>
    </message>
    <message>
        <source>Relevance: how much it matters</source>
        <translation>Relevanz: wie wichtig er ist</translation>
    </message>
    <message>
        <source>Performance criteria make up the weighted as-is and target scores; relevance criteria give the relevance of touchpoints whose relevance is not set directly.</source>
        <translation>Leistungskriterien bilden die gewichtete Ist- und Soll-Bewertung; Relevanzkriterien ergeben die Relevanz der Touchpoints, deren Relevanz nicht direkt festgelegt ist.</translation>
    </message>
    <message>
        <source>What is rated, and what a low and a high score mean</source>
        <translation>Was bewertet wird und was ein niedriger und ein hoher Wert bedeuten</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Weight:</source>
        <translation>&amp;Gewichtung:</translation>
    </message>
    <message>
        <source>&amp;Scale:</source>
        <translation>&amp;Skala:</translation>
    </message>
    <message>
        <source>Measures:</source>
        <translation>Misst:</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Changes take effect at once and can be undone (Ctrl+Z). Drag criteria to reorder them; the first criterion&apos;s scale is the scale of the weighted scores.</source>
        <translation>Änderungen wirken sofort und lassen sich rückgängig machen (Strg+Z). Ziehen Sie Kriterien, um sie umzusortieren; die Skala des ersten Kriteriums ist die Skala der gewichteten Bewertungen.</translation>
    </message>
    <message>
        <source>Weight %1 · scale %2</source>
        <translation>Gewichtung %1 · Skala %2</translation>
    </message>
    <message>
        <source>%1 % of the relevance</source>
        <translation>%1 % der Relevanz</translation>
    </message>
    <message>
        <source>%1 % of the weighted score</source>
        <translation>%1 % der gewichteten Bewertung</translation>
    </message>
    <message>
        <source>New criterion</source>
        <translation>Neues Kriterium</translation>
    </message>
    <message>
        <source>Delete criterion</source>
        <translation>Kriterium löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete “%1” and its %n score(s)?</source>
        <translation>
            <numerusform>„%1“ und seine %n Bewertung löschen?</numerusform>
            <numerusform>„%1“ und seine %n Bewertungen löschen?</numerusform>
        </translation>
    </message>
    <message>
        <source>You can undo this with Edit → Undo.</source>
        <translation>Sie können dies mit Bearbeiten → Rückgängig zurücknehmen.</translation>
    </message>
    <message>
        <source>Change scale</source>
        <translation>Skala ändern</translation>
    </message>
    <message>
        <source>Rescale the existing values of “%1” from %2 to %3?</source>
        <translation>Die vorhandenen Werte von „%1“ von %2 auf %3 umrechnen?</translation>
    </message>
    <message numerus="yes">
        <source>%n score(s) and rating(s) are mapped linearly onto the new scale; for example %1 becomes %2. You can undo this.</source>
        <translation>
            <numerusform>%n Wert wird linear auf die neue Skala umgerechnet; zum Beispiel wird aus %1 der Wert %2. Sie können dies rückgängig machen.</numerusform>
            <numerusform>%n Werte werden linear auf die neue Skala umgerechnet; zum Beispiel wird aus %1 der Wert %2. Sie können dies rückgängig machen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DistributeDialog</name>
    <message>
        <source>Distribute Budget</source>
        <translation>Budget verteilen</translation>
    </message>
    <message>
        <source>Proposed: the project&apos;s total budget less the budgets that stay as they are</source>
        <translation>Vorgeschlagen: das Gesamtbudget des Projekts abzüglich der Budgets, die unverändert bleiben</translation>
    </message>
    <message>
        <source>All touchpoints</source>
        <translation>Alle Touchpoints</translation>
    </message>
    <message>
        <source>Touchpoints marked “focus”</source>
        <translation>Touchpoints mit der Entscheidung „Fokussieren“</translation>
    </message>
    <message>
        <source>Super-touchpoints</source>
        <translation>Super-Touchpoints</translation>
    </message>
    <message>
        <source>Focus or super-touchpoints</source>
        <translation>Fokussierte oder Super-Touchpoints</translation>
    </message>
    <message>
        <source>&amp;Total to distribute:</source>
        <translation>Zu verteilender &amp;Betrag:</translation>
    </message>
    <message>
        <source>&amp;Over:</source>
        <translation>&amp;Auf:</translation>
    </message>
    <message>
        <source>&amp;Round to:</source>
        <translation>&amp;Runden auf:</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Fest</translation>
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
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Bisher</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Vorschlag</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>A locked budget stays as it is and comes off the total</source>
        <translation>Ein festgelegtes Budget bleibt, wie es ist, und wird vom Gesamtbetrag abgezogen</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Übernehmen</translation>
    </message>
    <message>
        <source>Each touchpoint gets a share of the total in proportion to its priority index, weighted by its decision: more for “focus”, less for “neglect”, nothing for “remove”; touchpoints to be combined get the same, and those to be added a reserve. Locked budgets, touchpoints without scores and those outside the chosen group keep their budget. Review the proposal, then apply it as one step.</source>
        <translation>Jeder Touchpoint erhält einen Anteil im Verhältnis zu seinem Prioritätsindex, gewichtet nach seiner Entscheidung: mehr bei „Fokussieren“, weniger bei „Vernachlässigen“, nichts bei „Streichen“; zu kombinierende Touchpoints erhalten gleich viel, zu ergänzende eine Reserve. Festgelegte Budgets, Touchpoints ohne Bewertung und solche außerhalb der gewählten Gruppe behalten ihr Budget. Prüfen Sie den Vorschlag und übernehmen Sie ihn dann in einem Schritt.</translation>
    </message>
    <message>
        <source>Enter the total as a number, such as 250000.</source>
        <translation>Geben Sie den Betrag als Zahl ein, etwa 250000.</translation>
    </message>
    <message>
        <source>Keep this budget as it is</source>
        <translation>Dieses Budget unverändert lassen</translation>
    </message>
    <message>
        <source>By priority</source>
        <translation>Nach Priorität</translation>
    </message>
    <message>
        <source>Focus: more</source>
        <translation>Fokussieren: mehr</translation>
    </message>
    <message>
        <source>Combined: shared</source>
        <translation>Kombinieren: gemeinsam</translation>
    </message>
    <message>
        <source>Neglect: less</source>
        <translation>Vernachlässigen: weniger</translation>
    </message>
    <message>
        <source>Remove: nothing</source>
        <translation>Streichen: nichts</translation>
    </message>
    <message>
        <source>Add: reserve</source>
        <translation>Ergänzen: Reserve</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Festgelegt</translation>
    </message>
    <message numerus="yes">
        <source>%n touchpoint(s) share %1.</source>
        <translation>
            <numerusform>%n Touchpoint erhält %1.</numerusform>
            <numerusform>%n Touchpoints teilen sich %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Locked budgets keep %1.</source>
        <translation>Festgelegte Budgets behalten %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n touchpoint(s) without scores keep their budget.</source>
        <translation>
            <numerusform>%n Touchpoint ohne Bewertung behält sein Budget.</numerusform>
            <numerusform>%n Touchpoints ohne Bewertung behalten ihr Budget.</numerusform>
        </translation>
    </message>
    <message>
        <source>No rated touchpoint is in the chosen group.</source>
        <translation>In der gewählten Gruppe ist kein bewerteter Touchpoint.</translation>
    </message>
    <message>
        <source>Distribute budget</source>
        <translation>Budget verteilen</translation>
    </message>
</context>
<context>
    <name>LiveDashboard</name>
    <message>
        <source>Live Workshop – %1</source>
        <translation>Live-Workshop – %1</translation>
    </message>
    <message>
        <source>Scan the code or type the address on a phone in the same network.</source>
        <translation>Code scannen oder die Adresse auf einem Telefon im selben Netz eingeben.</translation>
    </message>
    <message>
        <source>&amp;Close Round</source>
        <translation>Runde &amp;beenden</translation>
    </message>
    <message>
        <source>&amp;Take Results…</source>
        <translation>Ergebnisse ü&amp;bernehmen…</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n Teilnehmer:in</numerusform>
            <numerusform>%n Teilnehmende</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rating(s) in</source>
        <translation>
            <numerusform>%n Bewertung eingegangen</numerusform>
            <numerusform>%n Bewertungen eingegangen</numerusform>
        </translation>
    </message>
    <message>
        <source>The round is closed.</source>
        <translation>Die Runde ist beendet.</translation>
    </message>
    <message>
        <source>The results were taken into the project.</source>
        <translation>Die Ergebnisse wurden ins Projekt übernommen.</translation>
    </message>
    <message>
        <source>The round is open.</source>
        <translation>Die Runde läuft.</translation>
    </message>
    <message>
        <source>The round is open: %1 left.</source>
        <translation>Die Runde läuft: noch %1.</translation>
    </message>
    <message>
        <source>Round closed</source>
        <translation>Runde beendet</translation>
    </message>
</context>
<context>
    <name>LiveResultsDialog</name>
    <message>
        <source>Live Workshop Results</source>
        <translation>Ergebnisse des Live-Workshops</translation>
    </message>
    <message>
        <source>“%1”: </source>
        <translation>„%1“: </translation>
    </message>
    <message numerus="yes">
        <source>%n rating(s)</source>
        <translation>
            <numerusform>%n Bewertung</numerusform>
            <numerusform>%n Bewertungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n Teilnehmer:in</numerusform>
            <numerusform>%n Teilnehmende</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n touchpoint(s).</source>
        <translation>
            <numerusform>%n Touchpoint.</numerusform>
            <numerusform>%n Touchpoints.</numerusform>
        </translation>
    </message>
    <message>
        <source>Also set the as-is values to the means, rounded to the scale</source>
        <translation>Auch die Ist-Werte auf die Mittelwerte setzen, auf die Skala gerundet</translation>
    </message>
    <message>
        <source>The ratings are stored as workshop ratings with group and workshop “%1”; Assessment → Workshop Results shows them.</source>
        <translation>Die Bewertungen werden als Workshop-Bewertungen mit Gruppe und Workshop „%1“ gespeichert; Bewertung → Workshop-Ergebnisse zeigt sie.</translation>
    </message>
    <message>
        <source>Each participant&apos;s customer experience is stored as a workshop rating without a criterion.</source>
        <translation>Das Kundenerlebnis jedes Teilnehmenden wird als Workshop-Bewertung ohne Kriterium gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Take into Project</source>
        <translation>Ins Projekt ü&amp;bernehmen</translation>
    </message>
    <message>
        <source>Take live workshop results</source>
        <translation>Ergebnisse des Live-Workshops übernehmen</translation>
    </message>
</context>
<context>
    <name>LiveResultsModel</name>
    <message>
        <source>Id</source>
        <translation>Kürzel</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>Touchpoint</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Skala</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Bewertungen</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <source>Spread (SD)</source>
        <translation>Streuung (SA)</translation>
    </message>
    <message>
        <source>Min–max</source>
        <translation>Min.–max.</translation>
    </message>
</context>
<context>
    <name>LiveSetupDialog</name>
    <message>
        <source>Print Rating Sheets</source>
        <translation>Bewertungsbögen drucken</translation>
    </message>
    <message>
        <source>Live Workshop</source>
        <translation>Live-Workshop</translation>
    </message>
    <message numerus="yes">
        <source>The selected touchpoints (%n)</source>
        <translation>
            <numerusform>Der ausgewählte Touchpoint (%n)</numerusform>
            <numerusform>Die ausgewählten Touchpoints (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>The touchpoints of a department:</source>
        <translation>Die Touchpoints einer Abteilung:</translation>
    </message>
    <message numerus="yes">
        <source>All touchpoints (%n)</source>
        <translation>
            <numerusform>Alle Touchpoints (%n)</numerusform>
            <numerusform>Alle Touchpoints (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>Touchpoints</translation>
    </message>
    <message>
        <source>Rated on</source>
        <translation>Bewertet nach</translation>
    </message>
    <message>
        <source>Customer experience (−2 disappoints … +2 delights)</source>
        <translation>Kundenerlebnis (−2 enttäuscht … +2 begeistert)</translation>
    </message>
    <message>
        <source>Live workshop %1</source>
        <translation>Live-Workshop %1</translation>
    </message>
    <message>
        <source>The ratings are kept under this name (group and workshop)</source>
        <translation>Die Bewertungen werden unter diesem Namen gespeichert (Gruppe und Workshop)</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonym</translation>
    </message>
    <message>
        <source>Named (participants enter their name)</source>
        <translation>Mit Namen (Teilnehmende geben ihren Namen ein)</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Ohne Begrenzung</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>This computer only (%1)</source>
        <translation>Nur dieser Computer (%1)</translation>
    </message>
    <message>
        <source>One sheet per participant, each with its own number</source>
        <translation>Ein Bogen je Teilnehmer:in, jeder mit eigener Nummer</translation>
    </message>
    <message>
        <source>&amp;Name of the round:</source>
        <translation>&amp;Name der Runde:</translation>
    </message>
    <message>
        <source>&amp;Sheets:</source>
        <translation>&amp;Bögen:</translation>
    </message>
    <message>
        <source>Participants:</source>
        <translation>Teilnehmende:</translation>
    </message>
    <message>
        <source>&amp;Time box:</source>
        <translation>&amp;Zeitrahmen:</translation>
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation>&amp;Netzwerk:</translation>
    </message>
    <message>
        <source>Participants open the page on their phones over this network; nothing leaves the room. The page is reachable only with the round&apos;s secret address, and only while the round is open.</source>
        <translation>Die Teilnehmenden öffnen die Seite auf ihren Telefonen über dieses Netz; nichts verlässt den Raum. Die Seite ist nur mit der geheimen Adresse der Runde erreichbar, und nur solange die Runde läuft.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>&amp;Start Round</source>
        <translation>Runde &amp;starten</translation>
    </message>
    <message>
        <source>Live workshop</source>
        <translation>Live-Workshop</translation>
    </message>
    <message>
        <source>Customer experience</source>
        <translation>Kundenerlebnis</translation>
    </message>
</context>
<context>
    <name>LiveWorkshop</name>
    <message>
        <source>Live Workshop</source>
        <translation>Live-Workshop</translation>
    </message>
    <message>
        <source>The round cannot be served on %1: %2</source>
        <translation>Die Runde kann nicht unter %1 angeboten werden: %2</translation>
    </message>
    <message>
        <source>The round “%1” was not taken into the project yet. It holds %2.</source>
        <translation>Die Runde „%1“ wurde noch nicht ins Projekt übernommen. Sie enthält %2.</translation>
    </message>
    <message>
        <source>Continue it (phones that joined keep their ratings), or discard it and start anew?</source>
        <translation>Fortsetzen (angemeldete Telefone behalten ihre Bewertungen) oder verwerfen und neu beginnen?</translation>
    </message>
    <message>
        <source>&amp;Continue Round</source>
        <translation>Runde &amp;fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Discard Round</source>
        <translation>Runde &amp;verwerfen</translation>
    </message>
    <message>
        <source>Save Rating Sheets</source>
        <translation>Bewertungsbögen speichern</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the sheets…</source>
        <translation>Die Bögen werden geschrieben…</translation>
    </message>
    <message>
        <source>Rating sheets saved: %1 and %2</source>
        <translation>Bewertungsbögen gespeichert: %1 und %2</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>mixed</source>
        <translation>gemischt</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Name the touchpoints to combine this one with</source>
        <translation>Die Touchpoints festlegen, mit denen dieser kombiniert wird</translation>
    </message>
    <message>
        <source>not planned</source>
        <translation>nicht geplant</translation>
    </message>
    <message>
        <source>The touchpoint&apos;s short id, unique in the project: shown on the card, in the ranking and in reports, and read by the workshop import</source>
        <translation>Das Kürzel des Touchpoints, im Projekt eindeutig: steht auf der Karte, in der Rangfolge und in Berichten und wird beim Workshop-Import gelesen</translation>
    </message>
    <message>
        <source>Super-touchpoint</source>
        <translation>Super-Touchpoint</translation>
    </message>
    <message>
        <source>One of the few touchpoints with the greatest influence on customers</source>
        <translation>Einer der wenigen Touchpoints mit dem größten Einfluss auf die Kunden</translation>
    </message>
    <message>
        <source>Short id:</source>
        <translation>Kürzel:</translation>
    </message>
    <message>
        <source>Experience:</source>
        <translation>Kundenerlebnis:</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Entscheidung:</translation>
    </message>
    <message>
        <source>Combine with:</source>
        <translation>Kombinieren mit:</translation>
    </message>
    <message>
        <source>Media:</source>
        <translation>Medientyp:</translation>
    </message>
    <message>
        <source>Responsible:</source>
        <translation>Verantwortlich:</translation>
    </message>
    <message>
        <source>Budget:</source>
        <translation>Budget:</translation>
    </message>
    <message>
        <source>As-is situation (from the customer&apos;s view)</source>
        <translation>Ist-Situation (aus Kundensicht)</translation>
    </message>
    <message>
        <source>Target situation</source>
        <translation>Soll-Situation</translation>
    </message>
    <message>
        <source>Select a touchpoint to see and edit its notes.</source>
        <translation>Wählen Sie einen Touchpoint aus, um seine Notizen zu sehen und zu bearbeiten.</translation>
    </message>
    <message numerus="yes">
        <source>%n touchpoint(s) selected</source>
        <translation>
            <numerusform>%n Touchpoint ausgewählt</numerusform>
            <numerusform>%n Touchpoints ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
    <message>
        <source>Select a single touchpoint to edit this text.</source>
        <translation>Wählen Sie einen einzelnen Touchpoint aus, um diesen Text zu bearbeiten.</translation>
    </message>
    <message>
        <source>What does the customer experience here today?</source>
        <translation>Was erlebt der Kunde hier heute?</translation>
    </message>
    <message>
        <source>What should the customer experience here?</source>
        <translation>Was soll der Kunde hier erleben?</translation>
    </message>
    <message>
        <source>“%1” is not an amount; enter a number such as 12500.</source>
        <translation>„%1“ ist kein Betrag; geben Sie eine Zahl ein, etwa 12500.</translation>
    </message>
</context>
<context>
    <name>PartnersDialog</name>
    <message>
        <source>Combine With</source>
        <translation>Kombinieren mit</translation>
    </message>
    <message>
        <source>Touchpoints that “%1” is to be combined with:</source>
        <translation>Touchpoints, mit denen „%1“ kombiniert werden soll:</translation>
    </message>
    <message>
        <source>Filter by name or department</source>
        <translation>Nach Name oder Abteilung filtern</translation>
    </message>
</context>
<context>
    <name>PortfolioMatrix</name>
    <message numerus="yes">
        <source>+ %n more</source>
        <translation>
            <numerusform>+ %n weitere</numerusform>
            <numerusform>+ %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PortfolioPanel</name>
    <message>
        <source>Swap the axes</source>
        <translation>Achsen tauschen</translation>
    </message>
    <message>
        <source>Quadrant Labels…</source>
        <translation>Quadranten benennen…</translation>
    </message>
    <message>
        <source>Name the four quadrants (stored in the project)</source>
        <translation>Die vier Quadranten benennen (wird im Projekt gespeichert)</translation>
    </message>
    <message>
        <source>Horizontal:</source>
        <translation>Horizontal:</translation>
    </message>
    <message>
        <source>Vertical:</source>
        <translation>Vertikal:</translation>
    </message>
    <message>
        <source>Weighted as-is score</source>
        <translation>Gewichtete Ist-Bewertung</translation>
    </message>
    <message>
        <source>Weighted target score</source>
        <translation>Gewichtete Soll-Bewertung</translation>
    </message>
    <message>
        <source>Priority index</source>
        <translation>Prioritätsindex</translation>
    </message>
    <message>
        <source>Relevance</source>
        <translation>Relevanz</translation>
    </message>
    <message>
        <source>Customer experience</source>
        <translation>Kundenerlebnis</translation>
    </message>
    <message>
        <source>Planned budget</source>
        <translation>Geplantes Budget</translation>
    </message>
    <message>
        <source>Criterion: %1</source>
        <translation>Kriterium: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n touchpoint(s) without a value on an axis are not shown.</source>
        <translation>
            <numerusform>%n Touchpoint ohne Wert auf einer Achse wird nicht angezeigt.</numerusform>
            <numerusform>%n Touchpoints ohne Wert auf einer Achse werden nicht angezeigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit quadrant labels</source>
        <translation>Quadranten benennen</translation>
    </message>
</context>
<context>
    <name>QuadrantDialog</name>
    <message>
        <source>Quadrant Labels</source>
        <translation>Quadranten benennen</translation>
    </message>
    <message>
        <source>Top left</source>
        <translation>Oben links</translation>
    </message>
    <message>
        <source>Top right</source>
        <translation>Oben rechts</translation>
    </message>
    <message>
        <source>Bottom left</source>
        <translation>Unten links</translation>
    </message>
    <message>
        <source>Bottom right</source>
        <translation>Unten rechts</translation>
    </message>
    <message>
        <source>Reset to Examples</source>
        <translation>Beispiele wiederherstellen</translation>
    </message>
</context>
<context>
    <name>RankingModel</name>
    <message>
        <source>Short id</source>
        <translation>Kürzel</translation>
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
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
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
        <source>Relevance</source>
        <translation>Relevanz</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Lücke</translation>
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
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Super</source>
        <translation>Super</translation>
    </message>
    <message>
        <source>As-is score on “%1” (%2 to %3)</source>
        <translation>Ist-Bewertung für „%1“ (%2 bis %3)</translation>
    </message>
    <message>
        <source>The touchpoint&apos;s short id, as on the card and in reports</source>
        <translation>Das Kürzel des Touchpoints, wie auf der Karte und in Berichten</translation>
    </message>
    <message>
        <source>Weighted as-is score</source>
        <translation>Gewichtete Ist-Bewertung</translation>
    </message>
    <message>
        <source>Weighted target score</source>
        <translation>Gewichtete Soll-Bewertung</translation>
    </message>
    <message>
        <source>Relevance to customers and the business (0 to 100); set it in the Scores panel</source>
        <translation>Bedeutung für Kunden und Unternehmen (0 bis 100); festgelegt im Bereich Bewertung</translation>
    </message>
    <message>
        <source>Priority index (0 to 100): relevance combined with how far the touchpoint falls short of its target</source>
        <translation>Prioritätsindex (0 bis 100): Relevanz, verbunden damit, wie weit der Touchpoint hinter seinem Soll zurückbleibt</translation>
    </message>
    <message>
        <source>Weighted target minus weighted as-is score</source>
        <translation>Gewichtete Soll- minus gewichtete Ist-Bewertung</translation>
    </message>
    <message>
        <source>Customer experience from −2 (disappoints) to +2 (delights)</source>
        <translation>Kundenerlebnis von −2 (enttäuscht) bis +2 (begeistert)</translation>
    </message>
    <message>
        <source>Super-touchpoint</source>
        <translation>Super-Touchpoint</translation>
    </message>
    <message numerus="yes">
        <source>Workshop: mean of %n rating(s), spread ±%1</source>
        <translation>
            <numerusform>Workshop: Mittelwert aus %n Bewertung, Streuung ±%1</numerusform>
            <numerusform>Workshop: Mittelwert aus %n Bewertungen, Streuung ±%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RankingPanel</name>
    <message>
        <source>Filter by short id, name, lane or person</source>
        <translation>Nach Kürzel, Name, Bahn oder Person filtern</translation>
    </message>
    <message>
        <source>All decisions</source>
        <translation>Alle Entscheidungen</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Save the rows and columns shown as CSV or Excel</source>
        <translation>Die angezeigten Zeilen und Spalten als CSV oder Excel speichern</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Alle Abteilungen</translation>
    </message>
    <message numerus="yes">
        <source>%n touchpoint(s)</source>
        <translation>
            <numerusform>%n Touchpoint</numerusform>
            <numerusform>%n Touchpoints</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 von %2 angezeigt</translation>
    </message>
    <message>
        <source>ranking</source>
        <translation>rangfolge</translation>
    </message>
    <message>
        <source>Export ranking</source>
        <translation>Rangfolge exportieren</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Rangfolge</translation>
    </message>
    <message>
        <source>Exporting the ranking…</source>
        <translation>Rangfolge wird exportiert…</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) exported to %1</source>
        <translation>
            <numerusform>%n Zeile nach %1 exportiert</numerusform>
            <numerusform>%n Zeilen nach %1 exportiert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelevanceField</name>
    <message>
        <source>&amp;Relevance:</source>
        <translation>&amp;Relevanz:</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <source>How much this touchpoint matters to customers and the business, 0 to 100. Not set: from the relevance criteria, else 50.</source>
        <translation>Wie wichtig dieser Touchpoint für Kunden und Unternehmen ist, 0 bis 100. Nicht festgelegt: aus den Relevanzkriterien, sonst 50.</translation>
    </message>
    <message>
        <source>mixed</source>
        <translation>gemischt</translation>
    </message>
    <message>
        <source>from the relevance criteria: %1</source>
        <translation>aus den Relevanzkriterien: %1</translation>
    </message>
    <message>
        <source>counts as %1 until set</source>
        <translation>zählt als %1, bis festgelegt</translation>
    </message>
</context>
<context>
    <name>ScoringPanel</name>
    <message>
        <source>Select a touchpoint on the map or in the ranking to rate it.</source>
        <translation>Wählen Sie einen Touchpoint auf der Landkarte oder in der Rangfolge aus, um ihn zu bewerten.</translation>
    </message>
    <message>
        <source>Previous touchpoint (Shift+Return)</source>
        <translation>Vorheriger Touchpoint (Umschalt+Eingabe)</translation>
    </message>
    <message>
        <source>Next touchpoint (Return)</source>
        <translation>Nächster Touchpoint (Eingabe)</translation>
    </message>
    <message>
        <source>As-is</source>
        <translation>Ist</translation>
    </message>
    <message>
        <source>Weighted as-is score over the rated criteria</source>
        <translation>Gewichtete Ist-Bewertung über die bewerteten Kriterien</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Soll</translation>
    </message>
    <message>
        <source>Weighted target score over the rated criteria</source>
        <translation>Gewichtete Soll-Bewertung über die bewerteten Kriterien</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Priority index, 0 to 100: high where the touchpoint matters (relevance) and falls short of its target</source>
        <translation>Prioritätsindex, 0 bis 100: hoch, wo der Touchpoint wichtig ist (Relevanz) und hinter seinem Soll zurückbleibt</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Lücke</translation>
    </message>
    <message>
        <source>Weighted target minus weighted as-is score</source>
        <translation>Gewichtete Soll- minus gewichtete Ist-Bewertung</translation>
    </message>
    <message>
        <source>Tab: next criterion · digits: score · Del: not rated · Return: next touchpoint · Shift+Return: previous</source>
        <translation>Tab: nächstes Kriterium · Ziffern: Bewertung · Entf: nicht bewertet · Eingabe: nächster Touchpoint · Umschalt+Eingabe: vorheriger</translation>
    </message>
    <message>
        <source>The criteria catalogue is empty: add criteria first.</source>
        <translation>Der Kriterienkatalog ist leer: Legen Sie zuerst Kriterien an.</translation>
    </message>
    <message numerus="yes">
        <source>%n touchpoint(s) selected</source>
        <translation>
            <numerusform>%n Touchpoint ausgewählt</numerusform>
            <numerusform>%n Touchpoints ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>A value set here applies to all of them.</source>
        <translation>Ein hier gesetzter Wert gilt für alle.</translation>
    </message>
    <message numerus="yes">
        <source>Workshop: mean of %n rating(s), spread ±%1</source>
        <translation>
            <numerusform>Workshop: Mittelwert aus %n Bewertung, Streuung ±%1</numerusform>
            <numerusform>Workshop: Mittelwert aus %n Bewertungen, Streuung ±%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Standard deviation of the participants&apos; ratings; from 1 on, they disagree.</source>
        <translation>Standardabweichung der Bewertungen der Teilnehmer; ab 1 sind sie sich uneinig.</translation>
    </message>
    <message>
        <source>This is the last touchpoint.</source>
        <translation>Das ist der letzte Touchpoint.</translation>
    </message>
    <message>
        <source>This is the first touchpoint.</source>
        <translation>Das ist der erste Touchpoint.</translation>
    </message>
</context>
<context>
    <name>SuperDialog</name>
    <message>
        <source>Suggest Super-Touchpoints</source>
        <translation>Super-Touchpoints vorschlagen</translation>
    </message>
    <message>
        <source>&amp;Suggest</source>
        <translation>&amp;Vorschlagen</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>Die besten</translation>
    </message>
    <message>
        <source>Super-touchpoints are the few touchpoints with the greatest influence on customers. The suggestion ticks the most relevant rated ones (ties by priority index); tick or untick any of them to override it.</source>
        <translation>Super-Touchpoints sind die wenigen Touchpoints mit dem größten Einfluss auf die Kunden. Der Vorschlag hakt die relevantesten bewerteten an (bei Gleichstand nach Prioritätsindex); haken Sie beliebige an oder ab, um ihn zu ändern.</translation>
    </message>
    <message>
        <source>Tick exactly the top touchpoints by relevance</source>
        <translation>Genau die obersten Touchpoints nach Relevanz anhaken</translation>
    </message>
    <message>
        <source>by relevance</source>
        <translation>nach Relevanz</translation>
    </message>
    <message>
        <source>Super</source>
        <translation>Super</translation>
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
        <source>Relevance</source>
        <translation>Relevanz</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Marked now</source>
        <translation>Bisher markiert</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Übernehmen</translation>
    </message>
    <message numerus="yes">
        <source>%n touchpoint(s) ticked</source>
        <translation>
            <numerusform>%n Touchpoint angehakt</numerusform>
            <numerusform>%n Touchpoints angehakt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n newly marked</source>
        <translation>
            <numerusform>%n neu markiert</numerusform>
            <numerusform>%n neu markiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n no longer marked</source>
        <translation>
            <numerusform>%n nicht mehr markiert</numerusform>
            <numerusform>%n nicht mehr markiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark super-touchpoints</source>
        <translation>Super-Touchpoints markieren</translation>
    </message>
</context>
<context>
    <name>WorkshopImportDialog</name>
    <message>
        <source>Import Workshop Ratings</source>
        <translation>Workshop-Bewertungen importieren</translation>
    </message>
    <message>
        <source>A CSV or Excel table with one row per rating and the columns participant, touchpoint (its short id such as T17, or its name), criterion, value and, optionally, group (for example customer or employee). German column names work too. Each as-is score becomes the mean of the participants&apos; values.</source>
        <translation>Eine CSV- oder Excel-Tabelle mit einer Zeile je Bewertung und den Spalten Teilnehmer, Touchpoint (sein Kürzel wie T17 oder sein Name), Kriterium, Wert und optional Gruppe (etwa Kunde oder Mitarbeiter). Englische Spaltennamen gehen auch. Jede Ist-Bewertung wird zum Mittelwert der Werte der Teilnehmenden.</translation>
    </message>
    <message>
        <source>No table chosen</source>
        <translation>Keine Tabelle ausgewählt</translation>
    </message>
    <message>
        <source>&amp;Choose Table…</source>
        <translation>Tabelle &amp;auswählen…</translation>
    </message>
    <message>
        <source>Save &amp;Blank Table…</source>
        <translation>&amp;Leere Tabelle speichern …</translation>
    </message>
    <message>
        <source>A table to hand out: one line per touchpoint and criterion, with its short id; participants fill in their name and value, and it is imported here</source>
        <translation>Eine Tabelle zum Austeilen: eine Zeile je Touchpoint und Kriterium, mit Kürzel; die Teilnehmenden tragen Name und Wert ein, danach wird sie hier importiert</translation>
    </message>
    <message>
        <source>The ratings are kept under this name and can be aggregated again later</source>
        <translation>Die Bewertungen werden unter diesem Namen gespeichert und können später erneut zusammengefasst werden</translation>
    </message>
    <message>
        <source>Table:</source>
        <translation>Tabelle:</translation>
    </message>
    <message>
        <source>&amp;Workshop name:</source>
        <translation>&amp;Name des Workshops:</translation>
    </message>
    <message>
        <source>Show only rows with errors</source>
        <translation>Nur Zeilen mit Fehlern anzeigen</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>ratings</source>
        <translation>bewertungen</translation>
    </message>
    <message>
        <source>Save Blank Rating Table</source>
        <translation>Leere Bewertungstabelle speichern</translation>
    </message>
    <message>
        <source>Writing the table…</source>
        <translation>Die Tabelle wird geschrieben …</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) written to %1.</source>
        <translation>
            <numerusform>%n Zeile in %1 geschrieben.</numerusform>
            <numerusform>%n Zeilen in %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose workshop table</source>
        <translation>Workshop-Tabelle auswählen</translation>
    </message>
    <message>
        <source>Reading the table…</source>
        <translation>Tabelle wird gelesen…</translation>
    </message>
    <message>
        <source>The table lacks the columns %1. Its columns are: %2.</source>
        <translation>Der Tabelle fehlen die Spalten %1. Ihre Spalten sind: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read:</source>
        <translation>
            <numerusform>%n Zeile gelesen:</numerusform>
            <numerusform>%n Zeilen gelesen:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ready to import</source>
        <translation>
            <numerusform>%n bereit zum Import</numerusform>
            <numerusform>%n bereit zum Import</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with errors (not imported)</source>
        <translation>
            <numerusform>%n mit Fehlern (wird nicht importiert)</numerusform>
            <numerusform>%n mit Fehlern (werden nicht importiert)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without a value (left out)</source>
        <translation>
            <numerusform>%n ohne Wert (ausgelassen)</numerusform>
            <numerusform>%n ohne Wert (ausgelassen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n Teilnehmer</numerusform>
            <numerusform>%n Teilnehmer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n touchpoint(s).</source>
        <translation>
            <numerusform>%n Touchpoint.</numerusform>
            <numerusform>%n Touchpoints.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import workshop ratings</source>
        <translation>Workshop-Bewertungen importieren</translation>
    </message>
    <message numerus="yes">
        <source>%n as-is score(s) set from the workshop ratings.</source>
        <translation>
            <numerusform>%n Ist-Bewertung aus den Workshop-Bewertungen gesetzt.</numerusform>
            <numerusform>%n Ist-Bewertungen aus den Workshop-Bewertungen gesetzt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkshopPreviewModel</name>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>Touchpoint</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>WorkshopResultsDialog</name>
    <message>
        <source>Workshop Results</source>
        <translation>Workshop-Ergebnisse</translation>
    </message>
    <message>
        <source>&amp;Set As-Is Scores</source>
        <translation>Ist-Bewertungen &amp;setzen</translation>
    </message>
    <message>
        <source>Set each as-is score to the mean of the ratings shown (one undo step)</source>
        <translation>Jede Ist-Bewertung auf den Mittelwert der angezeigten Bewertungen setzen (ein Rückgängig-Schritt)</translation>
    </message>
    <message>
        <source>&amp;Delete Workshop…</source>
        <translation>Workshop &amp;löschen…</translation>
    </message>
    <message>
        <source>Remove the stored ratings of the chosen workshop (scores stay)</source>
        <translation>Die gespeicherten Bewertungen des gewählten Workshops entfernen (die Ist-Bewertungen bleiben)</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Gruppe:</translation>
    </message>
    <message>
        <source>Workshop:</source>
        <translation>Workshop:</translation>
    </message>
    <message>
        <source>The stored ratings of all workshops and surveys. Spread is the standard deviation of the participants&apos; values: from 1 on (orange) they disagree. Choose a group or workshop to see and apply only its view.</source>
        <translation>Die gespeicherten Bewertungen aller Workshops und Befragungen. Die Streuung ist die Standardabweichung der Werte der Teilnehmer: ab 1 (orange) sind sie sich uneinig. Wählen Sie eine Gruppe oder einen Workshop, um nur deren Sicht zu sehen und zu übernehmen.</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Alle Gruppen</translation>
    </message>
    <message>
        <source>All workshops</source>
        <translation>Alle Workshops</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ohne)</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>Touchpoint</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mittelwert</translation>
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
        <source>As-is now</source>
        <translation>Ist derzeit</translation>
    </message>
    <message>
        <source>Mean of the group “%1”</source>
        <translation>Mittelwert der Gruppe „%1“</translation>
    </message>
    <message>
        <source>Customer experience</source>
        <translation>Kundenerlebnis</translation>
    </message>
    <message numerus="yes">
        <source>%n touchpoint-criterion pair(s)</source>
        <translation>
            <numerusform>%n Paar aus Touchpoint und Kriterium</numerusform>
            <numerusform>%n Paare aus Touchpoint und Kriterium</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer experience(s)</source>
        <translation>
            <numerusform>%n Kundenerlebnis</numerusform>
            <numerusform>%n Kundenerlebnisse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n Teilnehmer</numerusform>
            <numerusform>%n Teilnehmer</numerusform>
        </translation>
    </message>
    <message>
        <source>Aggregate workshop ratings</source>
        <translation>Workshop-Bewertungen zusammenfassen</translation>
    </message>
    <message numerus="yes">
        <source>%n as-is score(s) set from the workshop ratings.</source>
        <translation>
            <numerusform>%n Ist-Bewertung aus den Workshop-Bewertungen gesetzt.</numerusform>
            <numerusform>%n Ist-Bewertungen aus den Workshop-Bewertungen gesetzt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete workshop</source>
        <translation>Workshop löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n stored rating(s) of “%1”?</source>
        <translation>
            <numerusform>Die %n gespeicherte Bewertung von „%1“ löschen?</numerusform>
            <numerusform>Die %n gespeicherten Bewertungen von „%1“ löschen?</numerusform>
        </translation>
    </message>
    <message>
        <source>The as-is scores stay as they are. You can undo this.</source>
        <translation>Die Ist-Bewertungen bleiben, wie sie sind. Sie können dies rückgängig machen.</translation>
    </message>
    <message>
        <source>Delete workshop ratings</source>
        <translation>Workshop-Bewertungen löschen</translation>
    </message>
</context>
</TS>

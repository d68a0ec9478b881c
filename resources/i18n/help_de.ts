<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>GuideText</name>
    <message>
        <source>1  As-is analysis</source>
        <translation>1  Ist-Analyse</translation>
    </message>
    <message>
        <source>Find every point where customers meet the company, before, during and after the purchase, across all departments, online and offline. Describe what the customer experiences there today, from the customer&apos;s point of view.</source>
        <translation>Erfassen Sie jeden Punkt, an dem Kunden dem Unternehmen begegnen – vor, während und nach dem Kauf, über alle Abteilungen hinweg, online und offline. Beschreiben Sie, was der Kunde dort heute erlebt, aus seiner Sicht.</translation>
    </message>
    <message>
        <source>Walk through a typical customer journey, step by step.</source>
        <translation>Gehen Sie eine typische Customer Journey Schritt für Schritt durch.</translation>
    </message>
    <message>
        <source>Ask customers and colleagues from every department where they meet.</source>
        <translation>Fragen Sie Kunden und Kollegen aus allen Abteilungen, wo sie einander begegnen.</translation>
    </message>
    <message>
        <source>Note for each touchpoint whether it disappoints or delights.</source>
        <translation>Halten Sie für jeden Touchpoint fest, ob er enttäuscht oder begeistert.</translation>
    </message>
    <message>
        <source>The touchpoint map in the centre of the window: departments, channels and journey phases form its lanes; each card is a touchpoint.</source>
        <translation>Die Touchpoint-Landkarte in der Mitte des Fensters: Abteilungen, Kanäle und Phasen der Customer Journey bilden ihre Bahnen; jede Karte ist ein Touchpoint.</translation>
    </message>
    <message>
        <source>Each touchpoint holds its description, the person responsible, the as-is situation and the customer experience from −2 (disappoints) to +2 (delights).</source>
        <translation>Jeder Touchpoint hat eine Beschreibung, eine verantwortliche Person, die Ist-Situation und das Kundenerlebnis von −2 (enttäuscht) bis +2 (begeistert).</translation>
    </message>
    <message>
        <source>Already have a list in Excel? File → Import Touchpoints… reads it, with German or English column headers.</source>
        <translation>Sie haben schon eine Liste in Excel? Datei → Touchpoints importieren… liest sie ein, mit deutschen oder englischen Spaltenköpfen.</translation>
    </message>
    <message>
        <source>2  Target strategy</source>
        <translation>2  Soll-Strategie</translation>
    </message>
    <message>
        <source>Define the target situation of each touchpoint and decide where to act. Not every touchpoint deserves the same effort: the scores show which ones matter most and where the gap between as-is and target is largest.</source>
        <translation>Legen Sie die Soll-Situation jedes Touchpoints fest und entscheiden Sie, wo Sie handeln. Nicht jeder Touchpoint verdient denselben Aufwand: Die Bewertungen zeigen, welche am wichtigsten sind und wo die Lücke zwischen Ist und Soll am größten ist.</translation>
    </message>
    <message>
        <source>Score each touchpoint against the criteria catalogue, as it is and as it should be. The standard catalogue is Function, Performance, Cost/benefit and Controllability, scored 1 to 5, each with a weight.</source>
        <translation>Bewerten Sie jeden Touchpoint anhand des Kriterienkatalogs, so wie er ist und wie er sein soll. Der Standardkatalog umfasst Funktion, Performance, Kosten-/Leistungsverhältnis und Steuerbarkeit, bewertet von 1 bis 5, jeweils mit einer Gewichtung.</translation>
    </message>
    <message>
        <source>Judge apart from the scores how much each touchpoint matters to customers and the business: its relevance, 0 to 100. Set it directly, or mark criteria in the catalogue as relevance criteria; until then a touchpoint counts as 50.</source>
        <translation>Beurteilen Sie getrennt von den Bewertungen, wie wichtig jeder Touchpoint für Kunden und Unternehmen ist: seine Relevanz, 0 bis 100. Legen Sie sie direkt fest oder kennzeichnen Sie Kriterien im Katalog als Relevanzkriterien; bis dahin zählt ein Touchpoint mit 50.</translation>
    </message>
    <message>
        <source>The priority index puts relevance and need together: 100 × √(relevance/100 × need), where the need is the gap to the target as a share of the scale, plus 1/8 per step of negative experience. A touchpoint that matters and falls short comes first; one that meets its target has no priority, however good it is.</source>
        <translation>Der Prioritätsindex verbindet Relevanz und Handlungsbedarf: 100 × √(Relevanz/100 × Bedarf); der Bedarf ist die Lücke zum Soll als Anteil der Skala, dazu 1/8 je Stufe negativen Erlebnisses. Ein wichtiger Touchpoint, der zurückbleibt, kommt zuerst; einer, der sein Soll erreicht, hat keine Priorität, so gut er auch ist.</translation>
    </message>
    <message>
        <source>The portfolio sets performance against relevance (importance-performance analysis): concentrate here, keep up the good work, low priority, possible overkill.</source>
        <translation>Das Portfolio stellt Leistung und Relevanz gegenüber (Relevanz-Leistungs-Analyse): hier konzentrieren, weiter so, geringe Priorität, mögliche Übererfüllung.</translation>
    </message>
    <message>
        <source>Decide per touchpoint: focus, combine, neglect, remove, or add one that is missing.</source>
        <translation>Entscheiden Sie je Touchpoint: fokussieren, kombinieren, vernachlässigen, streichen – oder einen fehlenden hinzufügen.</translation>
    </message>
    <message>
        <source>The assessment: criteria and weights, as-is and target scores, the ranking and the portfolio, the decision and the budget per touchpoint.</source>
        <translation>Die Bewertung: Kriterien und Gewichtungen, Ist- und Soll-Werte, Rangfolge und Portfolio, Entscheidung und Budget je Touchpoint.</translation>
    </message>
    <message>
        <source>The catalogue a new project starts with is set in Edit → Settings → New Projects.</source>
        <translation>Den Katalog, mit dem ein neues Projekt beginnt, legen Sie unter Bearbeiten → Einstellungen → Neue Projekte fest.</translation>
    </message>
    <message>
        <source>3  Implementation</source>
        <translation>3  Operative Umsetzung</translation>
    </message>
    <message>
        <source>Plan the measures that lead from the as-is to the target situation, then carry them out. Quick wins come first: fast, visible results win the support of every department.</source>
        <translation>Planen Sie die Maßnahmen, die von der Ist- zur Soll-Situation führen, und setzen Sie sie um. Quick Wins zuerst: Schnelle, sichtbare Ergebnisse gewinnen die Unterstützung aller Abteilungen.</translation>
    </message>
    <message>
        <source>Plan who does what by when, and at what cost.</source>
        <translation>Planen Sie, wer was bis wann und zu welchen Kosten erledigt.</translation>
    </message>
    <message>
        <source>Put the budget where it matters: Distribute Budget shares a total by priority and decision (focus 1.5×, neglect 0.5×, remove nothing, combined touchpoints alike, a reserve for those to add) and keeps locked amounts.</source>
        <translation>Setzen Sie das Budget dort ein, wo es zählt: Budget verteilen teilt einen Betrag nach Priorität und Entscheidung auf (Fokussieren 1,5×, Vernachlässigen 0,5×, Streichen nichts, kombinierte Touchpoints gleich viel, eine Reserve für zu ergänzende) und lässt festgelegte Beträge unverändert.</translation>
    </message>
    <message>
        <source>Start with the quick wins: open measures on touchpoints with a priority of 50 or more that cost at most the median measure and are due within 90 days. The app finds them; mark any others by hand.</source>
        <translation>Beginnen Sie mit den Quick Wins: offene Maßnahmen an Touchpoints mit einer Priorität ab 50, die höchstens so viel kosten wie die mittlere Maßnahme und binnen 90 Tagen fällig sind. Die App findet sie; weitere markieren Sie von Hand.</translation>
    </message>
    <message>
        <source>Keep the status of each measure up to date.</source>
        <translation>Halten Sie den Status jeder Maßnahme aktuell.</translation>
    </message>
    <message>
        <source>Measures per touchpoint with owner, due date, status, cost and a quick-win mark; overdue measures stand out.</source>
        <translation>Maßnahmen je Touchpoint mit Verantwortlichem, Fälligkeit, Status, Kosten und Quick-Win-Kennzeichen; überfällige Maßnahmen fallen auf.</translation>
    </message>
    <message>
        <source>4  Monitoring</source>
        <translation>4  Monitoring</translation>
    </message>
    <message>
        <source>Measure each touchpoint regularly and keep optimising. Markets and media change fast; online touchpoints can even be measured continuously.</source>
        <translation>Messen Sie jeden Touchpoint regelmäßig und optimieren Sie laufend. Märkte und Medien ändern sich schnell; Online-Touchpoints lassen sich sogar durchgängig messen.</translation>
    </message>
    <message>
        <source>Give each important touchpoint key figures with target values.</source>
        <translation>Geben Sie jedem wichtigen Touchpoint Kennzahlen mit Zielwerten.</translation>
    </message>
    <message>
        <source>Record the measurements on their dates and watch the trend.</source>
        <translation>Erfassen Sie die Messwerte mit Datum und beobachten Sie den Trend.</translation>
    </message>
    <message>
        <source>Repeat the assessment now and then and compare the rounds.</source>
        <translation>Wiederholen Sie die Bewertung von Zeit zu Zeit und vergleichen Sie die Runden.</translation>
    </message>
    <message>
        <source>KPIs per touchpoint with target values and dated measurements; the trend shows whether a touchpoint improves.</source>
        <translation>KPIs je Touchpoint mit Zielwerten und datierten Messwerten; der Trend zeigt, ob sich ein Touchpoint verbessert.</translation>
    </message>
    <message>
        <source>Assessment rounds keep dated snapshots of all scores for comparison.</source>
        <translation>Bewertungsrunden halten datierte Stände aller Bewertungen zum Vergleich fest.</translation>
    </message>
    <message>
        <source>Reporting</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>Reporting closes the cycle: management gets the overall picture, and every department&apos;s contact person gets the results for their touchpoints, to reflect on them and keep improving.</source>
        <translation>Berichte schließen den Kreis: Die Geschäftsführung erhält das Gesamtbild, und die Ansprechpartner jeder Abteilung erhalten die Ergebnisse ihrer Touchpoints, um sie zu reflektieren und weiter zu verbessern.</translation>
    </message>
    <message>
        <source>An executive report for management.</source>
        <translation>Ein Management-Bericht für die Geschäftsführung.</translation>
    </message>
    <message>
        <source>One report per department for its contact person.</source>
        <translation>Ein Bericht je Abteilung für ihre Ansprechpartner.</translation>
    </message>
    <message>
        <source>Reports are printed as PDF, in German or English, on A4 or Letter.</source>
        <translation>Berichte entstehen als PDF, auf Deutsch oder Englisch, im Format A4 oder Letter.</translation>
    </message>
    <message>
        <source>Each report opens with its findings: what the figures say, most important first, each with the decision it suggests and that decision&apos;s effect on the budget proposal. File → Edit Findings… lets you reword, reorder or leave out a finding before you sign the report; your wording stays when the data changes.</source>
        <translation>Jeder Bericht beginnt mit seinen Erkenntnissen: was die Zahlen sagen, das Wichtigste zuerst, jeweils mit der Entscheidung, die sich daraus ergibt, und ihrer Wirkung auf den Budgetvorschlag. Unter Datei → Erkenntnisse bearbeiten… lassen sich Erkenntnisse umformulieren, umordnen oder weglassen, bevor Sie den Bericht unterzeichnen; Ihre Formulierung bleibt, wenn sich die Daten ändern.</translation>
    </message>
    <message>
        <source>File → Export Touchpoints… writes the whole list as an Excel or CSV table; importing it again reproduces the touchpoints.</source>
        <translation>Datei → Touchpoints exportieren… schreibt die ganze Liste als Excel- oder CSV-Tabelle; ein erneuter Import ergibt wieder dieselben Touchpoints.</translation>
    </message>
    <message>
        <source>As-is analysis</source>
        <translation>Ist-Analyse</translation>
    </message>
    <message>
        <source>Record the touchpoints</source>
        <translation>Touchpoints erfassen</translation>
    </message>
    <message>
        <source>Describe the as-is</source>
        <translation>Ist-Situation beschreiben</translation>
    </message>
    <message>
        <source>Target strategy</source>
        <translation>Soll-Strategie</translation>
    </message>
    <message>
        <source>Define the target</source>
        <translation>Soll-Situation festlegen</translation>
    </message>
    <message>
        <source>Decide per touchpoint</source>
        <translation>Je Touchpoint entscheiden</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>Operative Umsetzung</translation>
    </message>
    <message>
        <source>Plan measures</source>
        <translation>Maßnahmen planen</translation>
    </message>
    <message>
        <source>Carry them out</source>
        <translation>Maßnahmen umsetzen</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Monitoring</translation>
    </message>
    <message>
        <source>Measure regularly</source>
        <translation>Regelmäßig messen</translation>
    </message>
    <message>
        <source>Keep optimising</source>
        <translation>Laufend optimieren</translation>
    </message>
    <message>
        <source>Touchpoint management</source>
        <translation>Touchpoint-Management</translation>
    </message>
    <message>
        <source>Customers meet a company at many points: an advert, the website, a phone call, the invoice, the technician at the door. Customer Touchpoint Management looks at all of them from the customer&apos;s side and improves them step by step. Even a mid-sized company has well over 100 touchpoints.</source>
        <translation>Kunden begegnen einem Unternehmen an vielen Stellen: in einer Anzeige, auf der Website, am Telefon, auf der Rechnung, beim Techniker an der Haustür. Customer Touchpoint Management betrachtet sie alle aus Kundensicht und verbessert sie Schritt für Schritt. Schon in mittelgroßen Unternehmen kommen weit mehr als 100 Touchpoints zusammen.</translation>
    </message>
    <message>
        <source>Four steps, each in two stages</source>
        <translation>Vier Schritte mit je zwei Etappen</translation>
    </message>
    <message>
        <source>Reporting closes the cycle, and monitoring leads back to a new analysis. The next pages explain each step and where it lives in TPM Desktop.</source>
        <translation>Berichte schließen den Kreis, und das Monitoring führt zurück zu einer neuen Analyse. Die folgenden Seiten erklären jeden Schritt und wo Sie ihn in TPM Desktop finden.</translation>
    </message>
    <message>
        <source>How to begin</source>
        <translation>So fangen Sie an</translation>
    </message>
    <message>
        <source>Open the sample from the start page: the touchpoints of a regional energy supplier, assessed, with measures and KPIs.</source>
        <translation>Öffnen Sie auf der Startseite das Beispiel: die Touchpoints eines regionalen Energieversorgers, bewertet, mit Maßnahmen und KPIs.</translation>
    </message>
    <message>
        <source>Or start from your existing touchpoint list: Start from a spreadsheet on the start page, or File → Import Touchpoints… in an open project</source>
        <translation>Oder beginnen Sie mit Ihrer vorhandenen Touchpoint-Liste: „Mit einer Tabelle beginnen“ auf der Startseite oder Datei → Touchpoints importieren… in einem geöffneten Projekt</translation>
    </message>
    <message>
        <source>What you do</source>
        <translation>Was Sie tun</translation>
    </message>
    <message>
        <source>Where it lives in TPM Desktop</source>
        <translation>Wo Sie es in TPM Desktop finden</translation>
    </message>
    <message>
        <source>Panels (View → Panels): %1</source>
        <translation>Bereiche (Ansicht → Bereiche): %1</translation>
    </message>
    <message>
        <source>Panels appear in View → Panels while a project is open.</source>
        <translation>Bereiche erscheinen unter Ansicht → Bereiche, solange ein Projekt geöffnet ist.</translation>
    </message>
    <message>
        <source>Help → Keyboard Shortcuts lists every shortcut of this window.</source>
        <translation>Hilfe → Tastenkürzel listet alle Tastenkürzel dieses Fensters auf.</translation>
    </message>
    <message>
        <source>Every command explains itself in a tooltip and in the status bar.</source>
        <translation>Jeder Befehl erklärt sich in einem Tooltip und in der Statusleiste.</translation>
    </message>
    <message>
        <source>Finding your way</source>
        <translation>Orientierung</translation>
    </message>
    <message>
        <source>Menus</source>
        <translation>Menüs</translation>
    </message>
    <message>
        <source>Panels and help</source>
        <translation>Bereiche und Hilfe</translation>
    </message>
</context>
<context>
    <name>MethodGuide</name>
    <message>
        <source>Touchpoint Management</source>
        <translation>Touchpoint-Management</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Überblick</translation>
    </message>
    <message>
        <source>Finding your way</source>
        <translation>Orientierung</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Filter by command or key…</source>
        <translation>Nach Befehl oder Taste filtern…</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Map and panels</source>
        <translation>Landkarte und Bereiche</translation>
    </message>
    <message>
        <source>The sheet lists the commands of this window, so it is always up to date. Menus also show each shortcut beside its command.</source>
        <translation>Die Übersicht wird aus den Befehlen dieses Fensters erzeugt und ist daher immer aktuell. Auch die Menüs zeigen jedes Tastenkürzel neben seinem Befehl.</translation>
    </message>
</context>
</TS>

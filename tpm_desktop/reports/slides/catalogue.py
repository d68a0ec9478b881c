"""The slides' own texts in German and English (keys and placeholders as in the other language).

Texts the slides share with the PDF report (column headings, decisions, trends,
"Quick wins", ...) come from the report catalogue; these are the slides' own.
"""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    "en": {
        "deck_subtitle": "Results and recommendations",
        "deck_prepared_by": "Prepared by {author}",
        "deck_for": "For {client}",
        "slide_findings": "Findings and recommendations",
        "slide_part": "{title} ({part} of {parts})",
        "slide_map": "Touchpoint map",
        "slide_portfolio": "Portfolio matrix",
        "slide_priorities": "Top priorities",
        "slide_quick_wins": "Quick wins",
        "slide_budget": "Budget",
        "slide_kpis": "KPI trends",
        "page": "{page} / {total}",
        "recommendation": "Recommendation",
        "no_findings": "No findings yet: the project holds too little data to draw conclusions.",
        "map_caption": (
            "All {count} touchpoints by department (rows) and channel (columns); colour: {what}."
        ),
        "portfolio_caption": (
            "Across: {x}; up: {y}. Dots are coloured by department, numbers are the ranks "
            "of super-touchpoints."
        ),
        "portfolio_unplaced_one": "One touchpoint is not rated yet and is not shown.",
        "portfolio_unplaced_other": "{count} touchpoints are not rated yet and are not shown.",
        "priorities_caption": (
            "Ranked by priority index (0–100): the gap between target and as-is, weighted "
            "by relevance."
        ),
        "quick_wins_caption": "Open measures that pay off soon, by due date; red: overdue.",
        "touchpoints_count": "Touchpoints",
        "budget_overview": "Overview",
        "budget_by_decision": "Budget by decision",
        "budget_by_department": "Budget by department",
        "budget_over": "The touchpoints' budgets exceed the total by {amount}.",
        "kpis_caption": (
            "Latest value against target; the arrow shows where the values move, green is "
            "an improvement, red a deterioration."
        ),
        "first_value": "First",
        "latest_value": "Latest",
        "target_short": "Target",
        "map_no_picture": "The map has no departments or channels yet.",
        "error_target_is_folder": (
            "The slides' target is a folder; give a file name ending in .pptx: {path}"
        ),
        "error_folder_missing": "The folder does not exist: {path}",
        "error_target_locked": (
            "The presentation is open in another program and cannot be replaced; close it "
            "and try again: {path}"
        ),
    },
    "de": {
        "deck_subtitle": "Ergebnisse und Empfehlungen",
        "deck_prepared_by": "Erstellt von {author}",
        "deck_for": "Für {client}",
        "slide_findings": "Erkenntnisse und Empfehlungen",
        "slide_part": "{title} ({part} von {parts})",
        "slide_map": "Touchpoint-Landkarte",
        "slide_portfolio": "Portfolio-Matrix",
        "slide_priorities": "Höchste Prioritäten",
        "slide_quick_wins": "Quick Wins",
        "slide_budget": "Budget",
        "slide_kpis": "KPI-Entwicklung",
        "page": "{page} / {total}",
        "recommendation": "Empfehlung",
        "no_findings": (
            "Noch keine Erkenntnisse: Das Projekt enthält zu wenige Daten für Schlussfolgerungen."
        ),
        "map_caption": (
            "Alle {count} Touchpoints nach Abteilung (Zeilen) und Kanal (Spalten); Farbe: {what}."
        ),
        "portfolio_caption": (
            "Waagerecht: {x}; senkrecht: {y}. Farbe: Abteilung; Zahlen: Rang der Super-Touchpoints."
        ),
        "portfolio_unplaced_one": "Ein Touchpoint ist noch nicht bewertet und fehlt hier.",
        "portfolio_unplaced_other": "{count} Touchpoints sind noch nicht bewertet und fehlen hier.",
        "priorities_caption": (
            "Nach Prioritätsindex (0–100): die Lücke zwischen Soll und Ist, gewichtet nach "
            "Relevanz."
        ),
        "quick_wins_caption": (
            "Offene Maßnahmen, die sich schnell auszahlen, nach Fälligkeit; rot: überfällig."
        ),
        "touchpoints_count": "Touchpoints",
        "budget_overview": "Überblick",
        "budget_by_decision": "Budget nach Entscheidung",
        "budget_by_department": "Budget nach Abteilung",
        "budget_over": "Die Budgets der Touchpoints übersteigen das Gesamtbudget um {amount}.",
        "kpis_caption": (
            "Letzter Wert gegen Zielwert; der Pfeil zeigt, wohin sich die Werte bewegen, "
            "grün ist eine Verbesserung, rot eine Verschlechterung."
        ),
        "first_value": "Erster",
        "latest_value": "Letzter",
        "target_short": "Ziel",
        "map_no_picture": "Die Landkarte hat noch keine Abteilungen oder Kanäle.",
        "error_target_is_folder": (
            "Das Ziel der Folien ist ein Ordner; geben Sie einen Dateinamen mit .pptx an: {path}"
        ),
        "error_folder_missing": "Der Ordner existiert nicht: {path}",
        "error_target_locked": (
            "Die Präsentation ist in einem anderen Programm geöffnet und kann nicht ersetzt "
            "werden; schließen Sie sie und versuchen Sie es erneut: {path}"
        ),
    },
}

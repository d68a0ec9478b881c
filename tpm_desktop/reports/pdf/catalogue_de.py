"""The report's texts in German (keys and placeholders as in the other language)."""

from __future__ import annotations

TEXTS: dict[str, str] = {
    "kicker": "Customer Touchpoint Management",
    "executive_report": "Management-Bericht",
    "department_report_of": "Abteilungsbericht: {department}",
    "untitled": "Unbenanntes Projekt",
    "client": "Auftraggeber",
    "author": "Autor/in",
    "date": "Datum",
    "prepared_for": "Erstellt für",
    "page_of": "Seite {page} von {total}",
    "confidential_default": "Vertraulich – nur für den internen Gebrauch",
    "file_prefix": "Bericht",
    "folder_name": "Abteilungsberichte",
    "section_contents": "Inhalt",
    "section_summary": "Zusammenfassung für das Management",
    "section_summary_department": "Zusammenfassung",
    "section_map": "Touchpoint-Landkarte",
    "section_portfolio": "Portfolio-Matrix",
    "section_segments": "Kundengruppen",
    "section_ranking": "Rangfolge nach Priorität",
    "section_departments": "Abteilungen",
    "section_measures": "Maßnahmenplan",
    "section_monitoring": "Monitoring",
    "section_appendix": "Anhang: alle Touchpoints",
    "title_mon-charts": "KPIs der Super- und Fokus-Touchpoints",
    "title_mon-kpis": "Alle KPIs",
    "title_mon-progress": "Fortschritt des Maßnahmenplans",
    "title_mon-rounds": "Bewertungsrunden im Vergleich",
    "touchpoint": "Touchpoint",
    "short_id": "Kürzel",
    "department": "Abteilung",
    "channel": "Kanal",
    "phase": "Phase",
    "kind": "Art",
    "as_is": "Ist",
    "target": "Soll",
    "kpi_target": "Zielwert",
    "gap": "Lücke",
    "priority_short": "PI",
    "experience": "Erlebnis",
    "experience_short": "Erl.",
    "decision": "Entscheidung",
    "budget": "Budget",
    "budget_short": "Budget",
    "measure": "Maßnahme",
    "owner": "Verantwortlich",
    "due": "Fällig",
    "status": "Status",
    "cost": "Kosten",
    "item": "Posten",
    "amount": "Betrag",
    "count_short": "Anz.",
    "share": "Anteil",
    "change": "Veränderung",
    "today": "Heute",
    "none": "Keine",
    "overdue": "überfällig",
    "quick_win": "Quick Win",
    "super_touchpoint": "Super-Touchpoint",
    "not_rated": "nicht bewertet",
    "online_short": "Online",
    "offline_short": "Offline",
    "and_more": "… und {count} weitere",
    "touchpoints_one": "{count} Touchpoint",
    "touchpoints_other": "{count} Touchpoints",
    "touchpoints_of": "{count} von {total} Touchpoints",
    "summary_intro": (
        "{touchpoints} Touchpoints in {departments} Abteilungen, {channels} Kanälen und "
        "{phases} Phasen der Customer Journey; {rated} davon sind bewertet."
    ),
    "summary_intro_department": (
        "{touchpoints} Touchpoints in {channels} Kanälen und {phases} Phasen der Customer "
        "Journey; {rated} davon sind bewertet."
    ),
    "addressed_to": "Für {name}",
    "tile_touchpoints": "Touchpoints",
    "online_offline": "{online} online · {offline} offline",
    "tile_mean_as_is": "Ø Ist-Bewertung",
    "on_scale": "auf einer Skala von {low} bis {high}",
    "tile_mean_target": "Ø Soll-Bewertung",
    "mean_gap": "mittlere Lücke {gap}",
    "tile_budget": "Geplantes Budget",
    "of_total": "von insgesamt {total}",
    "no_total_budget": "kein Gesamtbudget festgelegt",
    "tile_measures": "Maßnahmen",
    "overdue_quick": "{overdue} überfällig · {quick} Quick\u00a0Wins",
    "by_department": "Touchpoints nach Abteilung",
    "by_channel": "Touchpoints nach Kanal",
    "by_phase": "Touchpoints nach Phase",
    "budget_planned": "An den Touchpoints geplant",
    "budget_total": "Gesamtbudget des Projekts",
    "budget_unallocated": "Noch nicht verteilt",
    "budget_measures": "Kosten der Maßnahmen",
    "budget_planned_department": "Für die Abteilung geplant",
    "budget_unallocated_project": "Im Projekt noch nicht verteilt",
    "budget_measures_department": "Kosten ihrer Maßnahmen",
    "of_project_total": "{share} des Projektbudgets",
    "top_priority": "Top 10 nach Prioritätsindex",
    "largest_gaps": "Die 10 größten Lücken",
    "super_touchpoints": "Super-Touchpoints",
    "quick_wins": "Quick Wins",
    "worst_experiences": "Schlechteste Kundenerlebnisse",
    "best_experiences": "Beste Kundenerlebnisse",
    "other_departments": "{count} weitere Abteilungen",
    "nothing_rated": "Noch kein Touchpoint ist bewertet",
    "no_gaps": "Kein Touchpoint hat eine Lücke",
    "no_super": "Noch keine Super-Touchpoints gewählt",
    "no_quick_wins": "Keine Maßnahme ist als Quick Win markiert",
    "no_worst": "Kein Touchpoint enttäuscht die Kunden",
    "no_best": "Noch kein Touchpoint begeistert die Kunden",
    "no_touchpoints": "Keine Touchpoints.",
    "map_corner": "Abteilungen ↓  Kanäle →",
    "map_key": "{star} Super-Touchpoint · unten rechts: Phase ({phases})",
    "map_value": "oben rechts: {what}",
    "map_page": "{channels} · Seite {page} von {pages}",
    "map_overview": "Alle {count} Touchpoints auf einem Blatt",
    "map_detail": "Touchpoint-Landkarte im Detail",
    "map_key_overview": "{star} Super-Touchpoint · rechts: Phase ({phases})",
    "poster_title": "Touchpoint-Landkarte",
    "poster_count": "Alle {count} Touchpoints",
    "poster_tile": (
        "Zeile {row} von {rows}, Spalte {column} von {columns} (Blatt {number} von {count})"
    ),
    "poster_assembly": (
        "Linken und oberen Rand an den Marken abschneiden und das Blatt bis an deren Marken "
        "auf die {overlap} mm Überlappung der Nachbarn legen"
    ),
    "map_continued": "Touchpoint-Landkarte, Fortsetzung",
    "map_empty": "Die Landkarte hat noch keine Abteilungen oder Kanäle.",
    "part_of": "Teil {part} von {parts}",
    "colour_priority": "Prioritätsindex",
    "colour_experience": "Kundenerlebnis",
    "colour_gap": "Lücke zwischen Soll und Ist",
    "colour_decision": "Entscheidung",
    "gap_none": "keine",
    "gap_upto": "bis {high}",
    "gap_above": "über {low}",
    "portfolio_intro": (
        "Die Relevanz-Leistungs-Matrix: Jeder Punkt ist ein Touchpoint, platziert nach seiner "
        "Leistung (gewichtete Ist-Bewertung) und seiner Bedeutung (Relevanz) und eingefärbt "
        "nach Abteilung, wie in der Portfolio-Ansicht der App. Die Linien teilen die Skalen "
        "in der Mitte; zuerst handeln, wo die Relevanz hoch und die Leistung niedrig ist. "
        "Die Zahlen sind die Ränge der Super-Touchpoints."
    ),
    "portfolio_unrated": ("{count} Touchpoints ohne Ist-Bewertung sind nicht dargestellt."),
    "portfolio_unlabelled": "Ohne Beschriftung, weil sie andere überdecken würden: {items}.",
    "portfolio_on_line": (
        "{count} Touchpoints liegen auf einer Mittellinie und zählen zu keinem Quadranten."
    ),
    "axis_as_is": "Gewichtete Ist-Bewertung",
    "axis_experience": "Kundenerlebnis",
    "axis_relevance": "Relevanz",
    "quadrant": "Quadrant",
    "meaning": "Lage",
    "examples": "Höchste Ränge",
    "low_as_is": "Ist-Bewertung niedrig",
    "high_as_is": "Ist-Bewertung hoch",
    "good_experience": "Erlebnis positiv",
    "bad_experience": "Erlebnis negativ",
    "high_relevance": "Relevanz hoch",
    "low_relevance": "Relevanz niedrig",
    "share_of": "{share}",
    "ranking_intro": (
        "Alle Touchpoints nach ihrem Prioritätsindex (0 bis 100): hoch, wo ein Touchpoint "
        "wichtig ist (Relevanz) und hinter seinem Soll zurückbleibt (die Lücke, dazu ein "
        "negatives Kundenerlebnis). Die Lücke ist die gewichtete Soll- minus die gewichtete "
        "Ist-Bewertung; ★ kennzeichnet einen Super-Touchpoint."
    ),
    "criteria_key": "Kriterien (Gewichtung): {items}",
    "criterion_item": "K{number} {name} ({weight})",
    "criterion_short": "K{number}",
    "contact": "Ansprechpartner/in: {contact}",
    "department_touchpoints": "Touchpoints der Abteilung",
    "department_measures": "Maßnahmen der Abteilung",
    "departments_without": "Ohne Touchpoints: {names}.",
    "measures_in_plan": "Ihre Maßnahmen stehen in Abschnitt {section}.",
    "touchpoints_in_ranking": "Die Touchpoints der Abteilung stehen in Abschnitt {section}.",
    "overdue_count": "{count} überfällig",
    "measures_intro": (
        "Die Maßnahmen, die von der Ist- zur Soll-Situation führen: überfällige zuerst, dann "
        "nach Fälligkeit. Ein roter Balken markiert eine überfällige Maßnahme."
    ),
    "no_measures": "Noch sind keine Maßnahmen geplant.",
    "tile_done": "Erledigt",
    "done_of": "{done} von {total} Maßnahmen",
    "tile_overdue": "Überfällig",
    "as_of": "Stand {date}",
    "tile_cost": "Kosten der Maßnahmen",
    "open_cost": "davon {cost} offen",
    "quick_count": "{count} Quick Wins",
    "measures_count": "Maßnahmen",
    "overdue_title": "Überfällig",
    "monitoring_intro": (
        "Wie sich die Touchpoints entwickeln: die KPIs im Vergleich zu ihren Zielwerten, der "
        "Fortschritt des Maßnahmenplans und die gewichteten Bewertungen der Bewertungsrunden."
    ),
    "charts_intro": (
        "Werte im Zeitverlauf; die gestrichelte Linie ist der Zielwert, der letzte Wert ist "
        "danach eingefärbt, ob er das Ziel erreicht. Der Pfeil zeigt, wohin sich die Werte "
        "bewegen (↗ steigend, ↘ fallend, → stabil); grün heißt, das ist eine Verbesserung, "
        "rot eine Verschlechterung."
    ),
    "no_key_kpis": "Die Super- und Fokus-Touchpoints haben noch keine KPIs.",
    "more_kpis": "{count} weitere KPIs stehen in der Tabelle unten.",
    "no_kpis": "Noch sind keine KPIs festgelegt.",
    "no_measurements": "keine Messwerte",
    "kpi": "KPI",
    "last_value": "Letzter Wert",
    "trend": "Trend",
    "next_due": "Nächste Messung",
    "higher_better": "höher ist besser",
    "lower_better": "niedriger ist besser",
    "on_target": "im Ziel",
    "off_target": "nicht im Ziel",
    "target_value": "Ziel {value}",
    "no_rounds": "Noch wurde keine Bewertungsrunde abgeschlossen.",
    "rounds_intro": (
        "Mittlere gewichtete Ist-Bewertung je Abteilung in jeder abgeschlossenen "
        "Bewertungsrunde und heute; die Veränderung bezieht sich auf die letzte Runde."
    ),
    "all_departments": "Alle Abteilungen",
    "largest_changes": "Größte Veränderungen von {before} zu {after}",
    "no_changes": "Seit der letzten Runde hat sich keine Bewertung verändert.",
    "appendix_intro": (
        "Alle Touchpoints mit ihren Bewertungen und ihren Notizen zur Ist- und Soll-Situation, "
        "nach Abteilung und in der Reihenfolge ihres Rangs."
    ),
    "segment": "Kundengruppe",
    "all_customers": "Alle Kunden",
    "segments_intro": (
        "Wessen Erlebnis: die Kundengruppen des Projekts mit ihrem Profil, das mittlere "
        "Kundenerlebnis je Phase der Customer Journey für jede von ihnen und die "
        "Touchpoints, an denen eine Kundengruppe enttäuscht wird."
    ),
    "segment_comparison_title": "Erlebnis je Phase und Kundengruppe",
    "segment_comparison_intro": (
        "Mittleres Kundenerlebnis (−2 enttäuschend … +2 begeisternd) der Touchpoints, die "
        "für die Kundengruppe relevant sind; in Klammern ihre Zahl, – keiner bewertet."
    ),
    "segment_disappoints_title": "Wo die Journey enttäuscht",
    "segment_disappoints_intro": (
        "Touchpoints, die mindestens eine Kundengruppe mit −1 oder schlechter erlebt, die "
        "schlechtesten zuerst; – nicht relevant für die Kundengruppe oder nicht bewertet."
    ),
    "segment_disappoints_none": "Keine Kundengruppe erlebt einen Touchpoint als enttäuschend.",
    "segment_disappoints_more": "… und {count} weitere Touchpoints.",
    "segment_experiences": "Erlebnis je Kundengruppe: {list}",
    "quotes_title": "Kundenzitate",
    "images_title": "Bilder",
    "comments_title": "Offene Kommentare",
    "comments_intro": (
        "Offene Kommentarverläufe zu den Touchpoints der Abteilung, mit Antworten; "
        "erledigte Verläufe sind nicht aufgeführt."
    ),
    "comment_head": "{author}, {date}",
    "comment_more": "… und {count} weitere Kommentare (im Projekt).",
    "description": "Beschreibung",
    "as_is_situation": "Ist-Situation",
    "target_situation": "Soll-Situation",
    "measures_title": "Maßnahmen",
    "decision_is": "Entscheidung: {decision}",
    "experience_is": "Erlebnis: {value} {label}",
    "responsible_is": "Verantwortlich: {name}",
    "budget_is": "Budget: {amount}",
    "score_line": "Ist {as_is} · Soll {target} · Lücke {gap} · Prioritätsindex {priority}",
    "criterion_score": "{name} {as_is} → {target}",
    "not_rated_yet": "Noch nicht bewertet",
    "measure_line": "{title} ({status}, fällig {due})",
    "note_shortened": "… für den Bericht gekürzt; {count} weitere Zeichen stehen im Projekt.",
    # findings and recommendations
    "section_findings": "Erkenntnisse und Empfehlungen",
    "fd_intro": (
        "Was die Zahlen dieses Berichts sagen, das Wichtigste zuerst – jeweils mit der "
        "Entscheidung, die sich daraus ergibt, und ihrer Wirkung auf den Budgetvorschlag "
        "(Budget → Verteilen: das Gesamtbudget nach Priorität und Entscheidung verteilt)."
    ),
    "fd_intro_department": (
        "Was die Zahlen über die Abteilung sagen, das Wichtigste zuerst – jeweils mit der "
        "Entscheidung, die sich daraus ergibt."
    ),
    "fd_none": "Die Zahlen zeigen derzeit nichts, was eine Entscheidung verlangt.",
    "fd_recommendation": "Empfehlung",
    "fd_list_and": "{items} und {last}",
    "fd_more": "{count} weitere",
    "fd_effect_other": (
        "im Budgetvorschlag bedeutet das {change} für sie ({after} statt {before}; heute "
        "geplant: {planned})"
    ),
    "fd_effect_one": (
        "im Budgetvorschlag bedeutet das {change} für ihn ({after} statt {before}; heute "
        "geplant: {planned})"
    ),
    "fd_effect_same": (
        "der Budgetvorschlag bleibt unverändert ({after}; heute geplant: {planned})"
    ),
    "fd_decide_all": "{decision}: {effect}.",
    "fd_decide": "{decision}: {names}; {effect}.",
    "fd_gap_head": (
        "Auf die Abteilung „{department}“ entfallen {count} der {top} Touchpoints mit der "
        "größten Lücke zwischen Ist und Soll"
    ),
    "fd_gap_head_bad_one": "{head}; einer davon enttäuscht die Kunden",
    "fd_gap_head_bad_other": "{head}; {bad} davon enttäuschen die Kunden",
    "fd_gap_head_bad_all": "{head}; alle enttäuschen die Kunden",
    "fd_gap_head_bad_both": "{head}; beide enttäuschen die Kunden",
    "fd_gap_detail": "Die Lücken: {names}.",
    "fd_gap_item": "{name} {gap}",
    "fd_already_focus_one": "Für einen davon ist „Fokussieren“ bereits entschieden.",
    "fd_already_focus_other": "Für {count} davon ist „Fokussieren“ bereits entschieden.",
    "fd_all_focus_one": (
        "„Fokussieren“ ist bereits entschieden; jetzt kommt es auf die Umsetzung seiner "
        "Maßnahmen an."
    ),
    "fd_all_focus_two": (
        "Für beide ist „Fokussieren“ bereits entschieden; jetzt kommt es auf die Umsetzung "
        "ihrer Maßnahmen an."
    ),
    "fd_all_focus_other": (
        "Für alle ist „Fokussieren“ bereits entschieden; jetzt kommt es auf die Umsetzung "
        "ihrer Maßnahmen an."
    ),
    "fd_super_head_all": "Alle {count} Super-Touchpoints verfehlen ihr Soll",
    "fd_super_head_both": "Beide Super-Touchpoints verfehlen ihr Soll",
    "fd_super_head_only": "Der Super-Touchpoint verfehlt sein Soll",
    "fd_super_head_one": "Einer der {total} Super-Touchpoints verfehlt sein Soll",
    "fd_super_head_other": "{count} der {total} Super-Touchpoints verfehlen ihr Soll",
    "fd_super_detail": (
        "Super-Touchpoints sind die Momente der Wahrheit für die Kunden. Die größte Lücke: "
        "{worst} (Ist {as_is}, Soll {target})."
    ),
    "fd_phase_head": (
        "In der Phase „{phase}“ sind die Kunden am häufigsten enttäuscht: bei {count} von "
        "{total} Touchpoints ({share})"
    ),
    "fd_phase_detail": (
        "In den übrigen Phasen sind es {other}. Ø Ist {as_is} bei einem Soll von {target}. "
        "Am dringlichsten: {names}."
    ),
    "fd_unallocated_head": ("{amount} des Budgets sind noch nicht verteilt ({share} von {total})"),
    "fd_unallocated_detail": (
        "{bottom} des geplanten Budgets liegen bei Touchpoints im unteren Drittel der Rangfolge."
    ),
    "fd_distribute": (
        "Nach Priorität und Entscheidung verteilen: Das obere Drittel der Rangfolge erhielte "
        "{after} statt {before} ({change})."
    ),
    "fd_overspent_head": (
        "Die geplanten Budgets übersteigen das Gesamtbudget von {total} um {amount} ({share})"
    ),
    "fd_overspent_detail": "Jede weitere Zusage vergrößert die Überschreitung.",
    "fd_overspent_action": (
        "Budgets vom Ende der Rangfolge her kürzen oder das Gesamtbudget erhöhen."
    ),
    "fd_low_head": (
        "{count} Touchpoints geringer Relevanz am Ende der Rangfolge binden {amount} "
        "({share} des geplanten Budgets)"
    ),
    "fd_low_detail": "Darunter: {names}.",
    "fd_removed_head_one": "Ein Touchpoint mit der Entscheidung „Streichen“ bindet noch {amount}",
    "fd_removed_head_other": (
        "{count} Touchpoints mit der Entscheidung „Streichen“ binden noch {amount}"
    ),
    "fd_removed_detail": "{names}.",
    "fd_removed_action": "{decision}: Budget auf null setzen; das macht {amount} frei.",
    "fd_added_head_one": "Ein zu ergänzender Touchpoint hat noch kein Budget",
    "fd_added_head_other": "{count} zu ergänzende Touchpoints haben noch kein Budget",
    "fd_added_detail": "{names}.",
    "fd_added_action": "{decision}: Der Budgetvorschlag sieht {amount} für den Aufbau vor.",
    "fd_added_action_none": "{decision}: Budget für den Aufbau einplanen.",
    "fd_quick_head_one": "Ein Quick Win ist in den nächsten {days} Tagen fällig",
    "fd_quick_head_other": "{count} Quick Wins sind in den nächsten {days} Tagen fällig",
    "fd_quick_detail_one": "Er kostet {cost}: {names}.",
    "fd_quick_detail_other": "Zusammen kosten sie {cost}: {names}.",
    "fd_quick_action": (
        "Mittel jetzt freigeben und Verantwortliche bestätigen, damit die Ergebnisse vor "
        "der nächsten Bewertungsrunde sichtbar sind."
    ),
    "fd_due_item": "{title} (fällig {date})",
    "fd_overdue_head_one": "Eine Maßnahme ist seit {days} überfällig",
    "fd_overdue_head_other": "{count} Maßnahmen sind überfällig, im Schnitt seit {days}",
    "fd_days_one": "einem Tag",
    "fd_days_other": "{count} Tagen",
    "fd_overdue_detail": "{names}. Kosten: {cost}.",
    "fd_overdue_super_one": "Eine davon betrifft einen Super-Touchpoint.",
    "fd_overdue_super_it": "Sie betrifft einen Super-Touchpoint.",
    "fd_overdue_super_other": "{count} davon betreffen Super-Touchpoints.",
    "fd_overdue_action": (
        "Neue Termine mit den Verantwortlichen vereinbaren oder Maßnahmen verwerfen, die "
        "nicht mehr kommen."
    ),
    "fd_overdue_action_super": (
        "Neue Termine mit den Verantwortlichen vereinbaren oder Maßnahmen verwerfen, die "
        "nicht mehr kommen; die Super-Touchpoints zuerst."
    ),
    "fd_kpi_head_all": "Alle {total} Kennzahlen verfehlen ihren Zielwert",
    "fd_kpi_head_both": "Beide Kennzahlen verfehlen ihren Zielwert",
    "fd_kpi_head_only": "Die Kennzahl verfehlt ihren Zielwert",
    "fd_kpi_head_one": "Eine von {total} Kennzahlen verfehlt ihren Zielwert",
    "fd_kpi_head_other": "{count} von {total} Kennzahlen verfehlen ihren Zielwert",
    "fd_kpi_detail": "Betroffen: {names}.",
    "fd_kpi_worse_one": "Eine davon entwickelt sich weiter negativ.",
    "fd_kpi_worse_other": "{count} davon entwickeln sich weiter negativ.",
    "fd_kpi_action": (
        "Maßnahmen an diesen Touchpoints prüfen: Die Kennzahlen zeigen, ob sie wirken."
    ),
    "fd_kpi_action_one": (
        "Maßnahmen an diesem Touchpoint prüfen und an den Messwerten verfolgen, ob sie wirken."
    ),
    "decision_keep": "Beibehalten",
    "decision_focus": "Fokussieren",
    "decision_combine": "Kombinieren",
    "decision_neglect": "Vernachlässigen",
    "decision_remove": "Streichen",
    "decision_add": "Ergänzen",
    "status_planned": "Geplant",
    "status_in_progress": "In Arbeit",
    "status_done": "Erledigt",
    "status_dropped": "Verworfen",
    "trend_improving": "verbessert sich",
    "trend_stable": "stabil",
    "trend_worsening": "verschlechtert sich",
    "trend_no_data": "noch kein Trend",
    "kind_online": "Online",
    "kind_offline": "Offline",
    "error_logo_format": "Das Logo muss ein PNG- oder JPEG-Bild sein: {path}",
    "error_logo_too_large": "Das Logo ist zu groß (höchstens 20 MB und 40 Megapixel): {path}",
    "error_logo_unreadable": "Das Logo kann nicht gelesen werden ({detail}): {path}",
    "error_department_unknown": ("Das Projekt hat keine Abteilung „{name}“. Abteilungen: {names}"),
    "error_target_is_folder": (
        "Das Ziel des Berichts ist ein Ordner; geben Sie einen Dateinamen mit .pdf an: {path}"
    ),
    "error_folder_missing": "Der Ordner existiert nicht: {path}",
    "error_target_locked": (
        "Die PDF-Datei ist in einem anderen Programm geöffnet und kann nicht ersetzt "
        "werden; schließen Sie sie und versuchen Sie es erneut: {path}"
    ),
    "error_poster_too_large": (
        "Die Landkarte hat zu viele Touchpoints für ein lesbares {size}-Poster (Namen "
        "mindestens 6 pt); drucken Sie sie stattdessen auf A4-Kacheln."
    ),
    "error_poster_empty": (
        "Die Landkarte hat noch keine Abteilungen oder Kanäle, es gibt also kein Poster zu drucken."
    ),
    "error_not_a_folder": "Das ist eine Datei, kein Ordner für die Abteilungsberichte: {path}",
    # -- rating sheets (the live workshop's paper fallback)
    "sheet_title": "Bewertungsbogen",
    "sheet_label": "Bogen {number}",
    "sheet_name": "Name",
    "sheet_group": "Gruppe",
    "sheet_hint": (
        "Bewerten Sie jeden Touchpoint aus Sicht der Kunden: ein Kästchen je Kriterium "
        "ankreuzen ({low} = schlecht, {high} = sehr gut). Eine Zeile leer lassen, um sie "
        "zu überspringen."
    ),
    "sheet_id": "Kürzel",
    "sheet_touchpoint": "Touchpoint",
    "sheet_footer": "{round} · {sheet} · Seite {page}",
    "sheet_file": "Bewertungsbögen",
    "section_journey": "Kundenreise",
    "journey_intro": (
        "Die Touchpoints entlang der Kundenreise: die Phasen von links nach rechts, darunter "
        "die Kanäle (online oben, offline unten). Die Kurve zeigt das mittlere Kundenerlebnis "
        "je Phase (−2 enttäuscht … +2 begeistert), wie es ist und wie es sein soll; Sterne "
        "markieren die Momente der Wahrheit (Super-Touchpoints) bei ihrem Erlebnis."
    ),
    "journey_as_is": "Ist-Erlebnis",
    "journey_target": "Soll-Erlebnis",
    "journey_moment": "Moment der Wahrheit (Super-Touchpoint)",
    "journey_moments": "Momente der Wahrheit",
    "journey_note": (
        "In Klammern: die Zahl der Touchpoints, auf denen ein Mittelwert beruht. Das "
        "Soll-Erlebnis ist das eigene Soll-Erlebnis eines Touchpoints, wo gesetzt, sonst seine "
        "gewichtete Soll-Bewertung, auf −2 … +2 abgebildet (das obere Ende der Skala = +2)."
    ),
    "journey_more": "+{count} weitere",
    "journey_cut": (
        "Zellen mit mehr Touchpoints, als eine Seite fasst, enden mit „+N weitere“; der Anhang "
        "führt jeden Touchpoint auf."
    ),
}

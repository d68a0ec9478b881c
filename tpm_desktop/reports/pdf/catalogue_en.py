"""The report's texts in English (keys and placeholders as in the other language)."""

from __future__ import annotations

TEXTS: dict[str, str] = {
    # cover, chrome
    "kicker": "Customer Touchpoint Management",
    "executive_report": "Executive report",
    "department_report_of": "Department report: {department}",
    "untitled": "Untitled project",
    "client": "Client",
    "author": "Author",
    "date": "Date",
    "prepared_for": "Prepared for",
    "page_of": "Page {page} of {total}",
    "confidential_default": "Confidential – for internal use only",
    "file_prefix": "Report",
    "folder_name": "Department reports",
    # sections
    "section_contents": "Contents",
    "section_summary": "Management summary",
    "section_summary_department": "Summary",
    "section_map": "Touchpoint map",
    "section_portfolio": "Portfolio matrix",
    "section_segments": "Customer segments",
    "section_ranking": "Ranking by priority",
    "section_departments": "Departments",
    "section_measures": "Measures plan",
    "section_monitoring": "Monitoring",
    "section_appendix": "Appendix: all touchpoints",
    "title_mon-charts": "KPIs of the super and focus touchpoints",
    "title_mon-kpis": "All KPIs",
    "title_mon-progress": "Progress of the measures plan",
    "title_mon-rounds": "Assessment rounds compared",
    # common words
    "touchpoint": "Touchpoint",
    "short_id": "Short id",
    "department": "Department",
    "channel": "Channel",
    "phase": "Phase",
    "kind": "Type",
    "as_is": "As-is",
    "target": "Target",
    "kpi_target": "Target",
    "gap": "Gap",
    "priority_short": "PI",
    "experience": "Experience",
    "experience_short": "Exp.",
    "decision": "Decision",
    "budget": "Budget",
    "budget_short": "Budget",
    "measure": "Measure",
    "owner": "Owner",
    "due": "Due",
    "status": "Status",
    "cost": "Cost",
    "item": "Item",
    "amount": "Amount",
    "count_short": "No.",
    "share": "Share",
    "change": "Change",
    "today": "Today",
    "none": "None",
    "overdue": "overdue",
    "quick_win": "Quick win",
    "super_touchpoint": "Super-touchpoint",
    "not_rated": "not rated",
    "online_short": "Online",
    "offline_short": "Offline",
    "and_more": "… and {count} more",
    "touchpoints_one": "{count} touchpoint",
    "touchpoints_other": "{count} touchpoints",
    "touchpoints_of": "{count} of {total} touchpoints",
    # summary
    "summary_intro": (
        "{touchpoints} touchpoints in {departments} departments, {channels} channels and "
        "{phases} journey phases; {rated} of them are rated."
    ),
    "summary_intro_department": (
        "{touchpoints} touchpoints in {channels} channels and {phases} journey phases; "
        "{rated} of them are rated."
    ),
    "addressed_to": "For {name}",
    "tile_touchpoints": "Touchpoints",
    "online_offline": "{online} online · {offline} offline",
    "tile_mean_as_is": "Mean as-is score",
    "on_scale": "on a scale of {low} to {high}",
    "tile_mean_target": "Mean target score",
    "mean_gap": "mean gap {gap}",
    "tile_budget": "Planned budget",
    "of_total": "of {total} in total",
    "no_total_budget": "no total budget set",
    "tile_measures": "Measures",
    "overdue_quick": "{overdue} overdue · {quick} quick\u00a0wins",
    "by_department": "Touchpoints by department",
    "by_channel": "Touchpoints by channel",
    "by_phase": "Touchpoints by journey phase",
    "budget_planned": "Planned at the touchpoints",
    "budget_total": "Total budget of the project",
    "budget_unallocated": "Not yet allocated",
    "budget_measures": "Cost of the measures",
    "budget_planned_department": "Planned for the department",
    "budget_unallocated_project": "Not yet allocated in the project",
    "budget_measures_department": "Cost of its measures",
    "of_project_total": "{share} of the project budget",
    "top_priority": "Top 10 by priority index",
    "largest_gaps": "The 10 largest gaps",
    "super_touchpoints": "Super-touchpoints",
    "quick_wins": "Quick wins",
    "worst_experiences": "Worst customer experiences",
    "best_experiences": "Best customer experiences",
    "other_departments": "{count} other departments",
    "nothing_rated": "No touchpoint is rated yet",
    "no_gaps": "No touchpoint has a gap",
    "no_super": "No super-touchpoints chosen yet",
    "no_quick_wins": "No measures are flagged as quick wins",
    "no_worst": "No touchpoint disappoints customers",
    "no_best": "No touchpoint delights customers yet",
    "no_touchpoints": "No touchpoints.",
    # map
    "map_corner": "Departments ↓  Channels →",
    "map_key": "{star} super-touchpoint · bottom right: journey phase ({phases})",
    "map_value": "top right: {what}",
    "map_page": "{channels} · page {page} of {pages}",
    "map_overview": "All {count} touchpoints on one sheet",
    "map_detail": "Touchpoint map in detail",
    "map_key_overview": "{star} super-touchpoint · right: journey phase ({phases})",
    "poster_title": "Touchpoint map",
    "poster_tile": "Row {row} of {rows}, column {column} of {columns} (sheet {number} of {count})",
    "poster_count": "All {count} touchpoints",
    "poster_assembly": (
        "Cut the left and top margins at the marks and lay the sheet onto its neighbours’ "
        "{overlap} mm overlap, up to their marks"
    ),
    "map_continued": "Touchpoint map, continued",
    "map_empty": "The map has no departments or channels yet.",
    "part_of": "part {part} of {parts}",
    "colour_priority": "Priority index",
    "colour_experience": "Customer experience",
    "colour_gap": "Gap between target and as-is",
    "colour_decision": "Decision",
    "gap_none": "none",
    "gap_upto": "up to {high}",
    "gap_above": "above {low}",
    # portfolio
    "portfolio_intro": (
        "The importance-performance matrix: each dot is a touchpoint, placed by how well it "
        "performs (weighted as-is score) and how much it matters (relevance) and coloured by "
        "department, as in the app's portfolio view. The lines split the scales in the "
        "middle; act first where relevance is high and performance low. Numbers are the "
        "ranks of the super-touchpoints."
    ),
    "portfolio_unrated": ("{count} touchpoints without an as-is score are not shown."),
    "portfolio_unlabelled": "Not labelled, as the label would cover others: {items}.",
    "portfolio_on_line": "{count} touchpoints lie on a middle line and count in no quadrant.",
    "axis_as_is": "Weighted as-is score",
    "axis_experience": "Customer experience",
    "axis_relevance": "Relevance",
    "quadrant": "Quadrant",
    "meaning": "Position",
    "examples": "Highest ranked",
    "low_as_is": "low as-is score",
    "high_as_is": "high as-is score",
    "good_experience": "positive experience",
    "bad_experience": "negative experience",
    "high_relevance": "high relevance",
    "low_relevance": "low relevance",
    "share_of": "{share}",
    # ranking and tables
    "ranking_intro": (
        "Every touchpoint ordered by its priority index (0 to 100): high where a touchpoint "
        "matters (relevance) and falls short of its target (the gap, plus negative customer "
        "experience). The gap is the weighted target score minus the weighted as-is score; "
        "★ marks a super-touchpoint."
    ),
    "criteria_key": "Criteria (weight): {items}",
    "criterion_item": "C{number} {name} ({weight})",
    "criterion_short": "C{number}",
    # departments
    "contact": "Contact person: {contact}",
    "department_touchpoints": "Touchpoints of the department",
    "department_measures": "Measures of the department",
    "departments_without": "Without touchpoints: {names}.",
    "measures_in_plan": "Its measures are listed in section {section}.",
    "touchpoints_in_ranking": "The department's touchpoints are listed in section {section}.",
    "overdue_count": "{count} overdue",
    # measures
    "measures_intro": (
        "The measures that lead from the as-is to the target situation, overdue measures "
        "first, then by due date. A red bar marks a measure past its due date."
    ),
    "no_measures": "No measures are planned yet.",
    "tile_done": "Done",
    "done_of": "{done} of {total} measures",
    "tile_overdue": "Overdue",
    "as_of": "as of {date}",
    "tile_cost": "Cost of the measures",
    "open_cost": "{cost} still open",
    "quick_count": "{count} quick wins",
    "measures_count": "Measures",
    "overdue_title": "Overdue",
    # monitoring
    "monitoring_intro": (
        "How the touchpoints develop: the KPIs against their targets, the progress of the "
        "measures plan, and the weighted scores of the assessment rounds."
    ),
    "charts_intro": (
        "Values over time; the dashed line is the target, the last value is coloured by "
        "whether it meets the target. The arrow shows where the values move (↗ rising, "
        "↘ falling, → stable); green means that is an improvement, red a deterioration."
    ),
    "no_key_kpis": "The super and focus touchpoints have no KPIs yet.",
    "more_kpis": "{count} further KPIs are listed in the table below.",
    "no_kpis": "No KPIs are defined yet.",
    "no_measurements": "no measurements",
    "kpi": "KPI",
    "last_value": "Last value",
    "trend": "Trend",
    "next_due": "Next measurement",
    "higher_better": "higher is better",
    "lower_better": "lower is better",
    "on_target": "on target",
    "off_target": "off target",
    "target_value": "target {value}",
    "no_rounds": "No assessment round has been closed yet.",
    "rounds_intro": (
        "Mean weighted as-is scores per department in each closed assessment round and "
        "today; the change is against the latest round."
    ),
    "all_departments": "All departments",
    "largest_changes": "Largest changes from {before} to {after}",
    "no_changes": "No touchpoint changed its score since the latest round.",
    # appendix
    "appendix_intro": (
        "Every touchpoint with its scores and its notes on the as-is and the target "
        "situation, by department in ranking order."
    ),
    "segment": "Segment",
    "all_customers": "All customers",
    "segments_intro": (
        "Whose experience: the project's customer segments with their profile, the mean "
        "customer experience per journey phase for each of them, and the touchpoints where "
        "a segment is disappointed."
    ),
    "segment_comparison_title": "Experience per phase and segment",
    "segment_comparison_intro": (
        "Mean customer experience (−2 disappointing … +2 delightful) of the touchpoints "
        "relevant to the segment; in brackets how many, – none rated."
    ),
    "segment_disappoints_title": "Where the journey disappoints",
    "segment_disappoints_intro": (
        "Touchpoints that at least one segment experiences at −1 or worse, worst first; "
        "– not relevant to the segment or not rated."
    ),
    "segment_disappoints_none": "No segment experiences a touchpoint as disappointing.",
    "segment_disappoints_more": "… and {count} more touchpoints.",
    "segment_experiences": "Experience by segment: {list}",
    "quotes_title": "Customer quotes",
    "images_title": "Images",
    "comments_title": "Open comments",
    "comments_intro": (
        "Open comment threads on the department's touchpoints, with their replies; "
        "resolved threads are not listed."
    ),
    "comment_head": "{author}, {date}",
    "comment_more": "… and {count} more comments (in the project).",
    "description": "Description",
    "as_is_situation": "As-is situation",
    "target_situation": "Target situation",
    "measures_title": "Measures",
    "decision_is": "Decision: {decision}",
    "experience_is": "Experience: {value} {label}",
    "responsible_is": "Responsible: {name}",
    "budget_is": "Budget: {amount}",
    "score_line": "As-is {as_is} · target {target} · gap {gap} · priority index {priority}",
    "criterion_score": "{name} {as_is} → {target}",
    "not_rated_yet": "Not rated yet",
    "measure_line": "{title} ({status}, due {due})",
    "note_shortened": (
        "… shortened for the report; {count} further characters are in the project."
    ),
    # findings and recommendations
    "section_findings": "Findings and recommendations",
    "fd_intro": (
        "What the figures of this report say, most important first, each with the "
        "decision it suggests and that decision's effect on the budget proposal "
        "(Budget → Distribute: the total budget split by priority and decision)."
    ),
    "fd_intro_department": (
        "What the figures say about the department, most important first, each with "
        "the decision it suggests."
    ),
    "fd_none": "The figures show nothing that needs a decision now.",
    "fd_recommendation": "Recommendation",
    "fd_list_and": "{items} and {last}",
    "fd_more": "{count} more",
    "fd_effect_other": (
        "in the budget proposal this means {change} for them ({after} instead of {before}; "
        "planned today: {planned})"
    ),
    "fd_effect_one": (
        "in the budget proposal this means {change} for it ({after} instead of {before}; "
        "planned today: {planned})"
    ),
    "fd_effect_same": "the budget proposal does not change ({after}; planned today: {planned})",
    "fd_decide_all": "{decision}: {effect}.",
    "fd_decide": "{decision}: {names}; {effect}.",
    "fd_gap_head": "{department} holds {count} of the {top} touchpoints with the largest gaps",
    "fd_gap_head_bad_one": "{head}; one of them disappoints customers",
    "fd_gap_head_bad_other": "{head}; {bad} of them disappoint customers",
    "fd_gap_head_bad_all": "{head}; all of them disappoint customers",
    "fd_gap_head_bad_both": "{head}; both disappoint customers",
    "fd_gap_detail": "The gaps: {names}.",
    "fd_gap_item": "{name} {gap}",
    "fd_already_focus_one": "One of them is already decided “Focus”.",
    "fd_already_focus_other": "{count} of them are already decided “Focus”.",
    "fd_all_focus_one": (
        "It is already decided “Focus”; what counts now is carrying out its measures."
    ),
    "fd_all_focus_two": (
        "Both are already decided “Focus”; what counts now is carrying out their measures."
    ),
    "fd_all_focus_other": (
        "All of them are already decided “Focus”; what counts now is carrying out their measures."
    ),
    "fd_super_head_all": "All {count} super-touchpoints fall short of their target",
    "fd_super_head_both": "Both super-touchpoints fall short of their target",
    "fd_super_head_only": "The super-touchpoint falls short of its target",
    "fd_super_head_one": "One of the {total} super-touchpoints falls short of its target",
    "fd_super_head_other": "{count} of the {total} super-touchpoints fall short of their target",
    "fd_super_detail": (
        "Super-touchpoints are the moments of truth for the customer. The largest gap: "
        "{worst} (as-is {as_is}, target {target})."
    ),
    "fd_phase_head": (
        "Customers are disappointed most often in the phase “{phase}”: at {count} of "
        "{total} touchpoints ({share})"
    ),
    "fd_phase_detail": (
        "In the other phases it is {other}. Mean as-is {as_is} against a target of "
        "{target}. Most pressing: {names}."
    ),
    "fd_unallocated_head": "{amount} of the budget is not yet allocated ({share} of {total})",
    "fd_unallocated_detail": (
        "{bottom} of the planned budget sits on touchpoints in the bottom third of the ranking."
    ),
    "fd_distribute": (
        "Distribute by priority and decision: the top third of the ranking would get "
        "{after} instead of {before} ({change})."
    ),
    "fd_overspent_head": (
        "The planned budgets exceed the total budget of {total} by {amount} ({share})"
    ),
    "fd_overspent_detail": "Every further commitment adds to the overrun.",
    "fd_overspent_action": (
        "Cut budgets from the bottom of the ranking upwards, or raise the total budget."
    ),
    "fd_low_head": (
        "{count} touchpoints of low relevance at the bottom of the ranking hold {amount} "
        "({share} of the planned budget)"
    ),
    "fd_low_detail": "Among them: {names}.",
    "fd_removed_head_one": "A touchpoint decided “Remove” still holds {amount}",
    "fd_removed_head_other": "{count} touchpoints decided “Remove” still hold {amount}",
    "fd_removed_detail": "{names}.",
    "fd_removed_action": "{decision}: set their budget to zero; this frees {amount}.",
    "fd_added_head_one": "A touchpoint to be added has no budget yet",
    "fd_added_head_other": "{count} touchpoints to be added have no budget yet",
    "fd_added_detail": "{names}.",
    "fd_added_action": "{decision}: the budget proposal reserves {amount} to build them.",
    "fd_added_action_none": "{decision}: plan a budget to build them.",
    "fd_quick_head_one": "One quick win is due within {days} days",
    "fd_quick_head_other": "{count} quick wins are due within {days} days",
    "fd_quick_detail_one": "It costs {cost}: {names}.",
    "fd_quick_detail_other": "Together they cost {cost}: {names}.",
    "fd_quick_action": (
        "Release the money and confirm the owners now, so that the results show before "
        "the next assessment round."
    ),
    "fd_due_item": "{title} (due {date})",
    "fd_overdue_head_one": "One measure is {days} overdue",
    "fd_overdue_head_other": "{count} measures are overdue, by {days} on average",
    "fd_days_one": "one day",
    "fd_days_other": "{count} days",
    "fd_overdue_detail": "{names}. Cost: {cost}.",
    "fd_overdue_super_one": "One of them serves a super-touchpoint.",
    "fd_overdue_super_it": "It serves a super-touchpoint.",
    "fd_overdue_super_other": "{count} of them serve super-touchpoints.",
    "fd_overdue_action": (
        "Agree new dates with the owners, or drop the measures that will not happen."
    ),
    "fd_overdue_action_super": (
        "Agree new dates with the owners, or drop the measures that will not happen; "
        "the super-touchpoints first."
    ),
    "fd_kpi_head_all": "All {total} KPIs miss their target",
    "fd_kpi_head_both": "Both KPIs miss their target",
    "fd_kpi_head_only": "The KPI misses its target",
    "fd_kpi_head_one": "One of {total} KPIs misses its target",
    "fd_kpi_head_other": "{count} of {total} KPIs miss their target",
    "fd_kpi_detail": "Touchpoints: {names}.",
    "fd_kpi_worse_one": "One of them is getting worse.",
    "fd_kpi_worse_other": "{count} of them are getting worse.",
    "fd_kpi_action": "Review the measures at these touchpoints: the KPIs show whether they work.",
    "fd_kpi_action_one": (
        "Review the measures at this touchpoint and watch the measurements for their effect."
    ),
    # values
    "decision_keep": "Keep",
    "decision_focus": "Focus",
    "decision_combine": "Combine",
    "decision_neglect": "Neglect",
    "decision_remove": "Remove",
    "decision_add": "Add",
    "status_planned": "Planned",
    "status_in_progress": "In progress",
    "status_done": "Done",
    "status_dropped": "Dropped",
    "trend_improving": "improving",
    "trend_stable": "stable",
    "trend_worsening": "worsening",
    "trend_no_data": "no trend yet",
    "kind_online": "Online",
    "kind_offline": "Offline",
    # errors
    "error_logo_format": "The logo must be a PNG or JPEG image: {path}",
    "error_logo_too_large": (
        "The logo image is too large (at most 20 MB and 40 megapixels): {path}"
    ),
    "error_logo_unreadable": "The logo cannot be read ({detail}): {path}",
    "error_department_unknown": (
        "There is no department “{name}” in the project. Departments: {names}"
    ),
    "error_target_is_folder": (
        "The report target is a folder; give a file name ending in .pdf: {path}"
    ),
    "error_folder_missing": "The folder does not exist: {path}",
    "error_target_locked": (
        "The PDF is open in another program and cannot be replaced; close it and try again: {path}"
    ),
    "error_poster_too_large": (
        "The map has too many touchpoints for a legible {size} poster (names of at least 6 "
        "pt); print it on A4 tiles instead."
    ),
    "error_poster_empty": (
        "The map has no departments or channels yet, so there is no poster to print."
    ),
    "error_not_a_folder": "This is a file, not a folder for the department reports: {path}",
    # -- rating sheets (the live workshop's paper fallback)
    "sheet_title": "Rating sheet",
    "sheet_label": "Sheet {number}",
    "sheet_name": "Name",
    "sheet_group": "Group",
    "sheet_hint": (
        "Rate each touchpoint from the customer's point of view: tick one box per "
        "criterion ({low} = poor, {high} = excellent). Leave a row empty to skip it."
    ),
    "sheet_id": "Id",
    "sheet_touchpoint": "Touchpoint",
    "sheet_footer": "{round} · {sheet} · page {page}",
    "sheet_file": "Rating sheets",
    "section_journey": "Customer journey",
    "journey_intro": (
        "The touchpoints along the customer journey: the phases from left to right, the "
        "channels below (online above, offline below). The curve shows the mean customer "
        "experience per phase (−2 disappoints … +2 delights) as it is and as it is meant to "
        "be; stars mark the moments of truth (super-touchpoints) at their experience."
    ),
    "journey_as_is": "As-is experience",
    "journey_target": "Target experience",
    "journey_moment": "Moment of truth (super-touchpoint)",
    "journey_moments": "Moments of truth",
    "journey_note": (
        "In brackets: the number of touchpoints a mean rests on. The target experience is a "
        "touchpoint's own target experience where set, else its weighted target score mapped "
        "onto −2 … +2 (the top of the scale = +2)."
    ),
    "journey_more": "+{count} more",
    "journey_cut": (
        "Cells with more touchpoints than one page holds end with “+N more”; the appendix "
        "lists every touchpoint."
    ),
}

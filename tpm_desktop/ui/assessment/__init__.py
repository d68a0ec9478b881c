"""Assessment panels: criteria, scores, notes and decisions, priorities, budget, workshops."""

"""Presentation mode: a view shown full screen, stepped through group by group."""

"""Importing and exporting the touchpoint table in the app: File → Import/Export touchpoints."""

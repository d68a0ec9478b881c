"""Measures and monitoring: the action plan, KPIs and measurements, assessment rounds.

One module per panel or view; `feature.MonitoringFeature` puts them into the window.
The rules they show (trend, due, overdue, round comparison, filters) live in `core`
and `reports` and are tested there without Qt.
"""

"""The command line. Only the GUI entry imports Qt, and only when it runs."""

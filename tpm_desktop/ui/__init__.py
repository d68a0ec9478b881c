"""Qt widgets: the main window, the map canvas, docks and dialogs."""

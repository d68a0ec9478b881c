"""The open project in memory: change signals, undo commands and the editor facade."""

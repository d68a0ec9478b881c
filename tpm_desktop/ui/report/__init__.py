"""File → Export report…: the PDF reports built in the background."""

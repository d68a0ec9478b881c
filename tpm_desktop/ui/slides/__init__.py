"""File → Export Slides…: the project as a PPTX deck."""

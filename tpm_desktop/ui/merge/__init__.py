"""File → Merge Changes From…: review another copy's changes and take them in."""

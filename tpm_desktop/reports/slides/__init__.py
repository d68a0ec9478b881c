"""Slides for a presentation (PPTX, python-pptx): the project's results as an editable deck.

`build_slides` turns a project state into PPTX bytes; `write_slides` writes them
atomically. Each kind of slide lives in its own module; every text is a real,
editable text box or table cell, only the map and the portfolio are pictures.
"""

from tpm_desktop.reports.slides.deck import SlideOptions, build_slides, slides_from_file
from tpm_desktop.reports.slides.writer import check_target, write_slides

__all__ = ["SlideOptions", "build_slides", "check_target", "slides_from_file", "write_slides"]

"""TPM Desktop: Customer Touchpoint Management on the desktop."""

import os

# openpyxl switches to its lxml writer and reader whenever lxml is installed (python-pptx
# brings it). Keep the pure-Python one the spreadsheet import and export are tested with:
# the two differ on line breaks and invalid characters. Set before openpyxl is imported.
os.environ.setdefault("OPENPYXL_LXML", "False")

__version__ = "0.1.0"

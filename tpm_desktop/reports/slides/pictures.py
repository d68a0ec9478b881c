"""Pictures for slides, without Qt: vector drawings set on a PDF page, rendered to PNG.

The map and the portfolio are drawn by the PDF report's own code (ReportLab), on
a page of their own size, and rendered by PDFium (pypdfium2) at a resolution
that stays sharp on a projector and when zoomed in.
"""

from __future__ import annotations

import io
import threading
from collections.abc import Callable

import pypdfium2
from reportlab.pdfgen.canvas import Canvas

from tpm_desktop.reports.pdf.fonts import register_fonts
from tpm_desktop.reports.pdf.safe import lock_down_reportlab

MAX_PIXELS = 4200  # along the longer side: about 300 dpi across a 13.3-inch slide
MIN_SCALE = 1.0
_lock = threading.Lock()  # PDFium is not thread-safe

Painter = Callable[[Canvas], None]


def page_pdf(width: float, height: float, paint: Painter) -> bytes:
    """A one-page PDF of `width` x `height` points that `paint` draws on."""
    register_fonts()
    lock_down_reportlab()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(width, height))
    paint(canvas)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def render_png(pdf: bytes, longest: int = MAX_PIXELS) -> tuple[bytes, tuple[int, int]]:
    """The first page of a PDF as PNG bytes, its longer side `longest` pixels; and its size."""
    with _lock:
        document = pypdfium2.PdfDocument(pdf)
        try:
            page = document[0]
            width, height = page.get_size()
            scale = max(MIN_SCALE, longest / max(width, height, 1.0))
            image = page.render(scale=scale).to_pil()
        finally:
            document.close()
    buffer = io.BytesIO()
    image.convert("RGB").save(buffer, format="PNG")
    return buffer.getvalue(), image.size


def picture(width: float, height: float, paint: Painter) -> tuple[bytes, tuple[int, int]]:
    """A drawing as PNG: painted on a page of its size, then rendered."""
    return render_png(page_pdf(width, height, paint))

"""The deck as LibreOffice Impress reads it: converted to PDF headless, one page per slide.

scripts/bootstrap.sh installs LibreOffice Impress; without soffice the test is skipped.
"""

from __future__ import annotations

import shutil
import subprocess

import pytest

from tests.reports.conftest import TODAY
from tests.reports.pdf_tools import pages_text
from tests.reports.slides_tools import open_deck
from tpm_desktop.core.sample import sample_state
from tpm_desktop.reports.findings_text import printed_findings
from tpm_desktop.reports.pdf.figures import ReportData
from tpm_desktop.reports.slides import SlideOptions, build_slides

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice is not installed")
@pytest.mark.parametrize("lang", ["en", "de"])
def test_impress_converts_every_slide_with_its_text(tmp_path, lang):
    state = sample_state(lang, today=TODAY)
    data = build_slides(state, SlideOptions(language=lang, today=TODAY))
    deck = tmp_path / "deck.pptx"
    deck.write_bytes(data)
    # A profile of its own: a LibreOffice already running would take the job otherwise.
    profile = (tmp_path / "profile").as_uri()
    result = subprocess.run(
        [SOFFICE, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
         "--outdir", str(tmp_path), str(deck)],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    pdf = tmp_path / "deck.pdf"
    assert result.returncode == 0 and pdf.exists(), result.stderr
    pages = pages_text(pdf.read_bytes())
    assert len(pages) == len(open_deck(data).slides)
    text = " ".join(pages)
    squeezed = text.replace(" ", "")
    for finding in printed_findings(state, lang, today=TODAY):
        # pdftotext breaks lines where Impress wrapped them: compare without spaces
        assert finding.headline.replace("\u00a0", "").replace(" ", "") in squeezed
    for tp in ReportData(state, TODAY).top_priority(10):
        assert tp.name in pages[5]
    assert state.project.name in pages[0]

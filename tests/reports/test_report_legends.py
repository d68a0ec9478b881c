"""The PDF's legends say what the app's map says."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale

from tpm_desktop.core.enums import MediaType
from tpm_desktop.reports.pdf.colouring import Colouring
from tpm_desktop.reports.pdf.figures import ReportData
from tpm_desktop.reports.pdf.options import MapColour
from tpm_desktop.reports.pdf.texts import Texts
from tpm_desktop.ui.canvas.colours import Colouring as MapColouring
from tpm_desktop.ui.canvas.colours import ColourMode

from .conftest import TODAY


def test_priority_bands_agree_with_the_app_and_do_not_overlap(sample_en):
    pdf = Colouring(MapColour.PRIORITY, ReportData(sample_en, TODAY), Texts("en"))
    bands = [s.label for s in pdf.swatches()][:5]
    app = [e.label for e in MapColouring(sample_en, ColourMode.PRIORITY).legend()][:5]
    assert bands == list(reversed(app))
    assert bands == ["< 20", "20 – < 40", "40 – < 60", "60 – < 80", "≥ 80"]


def test_a_band_boundary_belongs_to_the_upper_band(sample_en):
    data = ReportData(sample_en, TODAY)
    pdf = Colouring(MapColour.PRIORITY, data, Texts("en"))
    app = MapColouring(sample_en, ColourMode.PRIORITY)
    swatches = pdf.swatches()
    legend = app.legend()
    for tp in sample_en.touchpoints.values():
        priority = data.metrics[tp.id].priority
        if priority is None:
            continue
        band = min(4, int(priority // 20))
        assert pdf.fill(tp) == swatches[band].colour
        assert app.colour(tp) == legend[4 - band].colour


@pytest.mark.parametrize("language", ["de", "en"])
def test_experience_and_media_words_are_the_apps(language):
    from tpm_desktop.ui.assessment import labels
    from tpm_desktop.ui.canvas import colours

    before = QLocale()
    german = language == "de"
    QLocale.setDefault(QLocale(QLocale.Language.German if german else QLocale.Language.English))
    try:
        t = Texts(language)
        for value in range(-2, 3):
            assert t.experience(value) == labels.experience_label(value)
            assert colours.experience_label(value).endswith(f" {t.experience(value)}")
        for media in MediaType:
            assert t.media(media) == labels.media_label(media)
    finally:
        QLocale.setDefault(before)
    assert Texts("de").experience(-1) == "Eher enttäuscht"
    assert Texts("en").experience(1) == "Rather pleases"
    assert Texts("de").media(MediaType.OWNED) == "Eigene Medien"

"""The slides' texts: their own catalogue first, then the report's, in one language."""

from __future__ import annotations

from tpm_desktop.core.errors import TpmError
from tpm_desktop.core.messages import param_text
from tpm_desktop.reports.pdf.texts import Texts
from tpm_desktop.reports.slides.catalogue import TEXTS


class SlideTexts(Texts):
    """The report's texts and formats, with the slides' own keys on top."""

    def __call__(self, key: str, **params: object) -> str:
        own = TEXTS[self.language].get(key) or TEXTS["en"].get(key)
        if own is None:
            return super().__call__(key, **params)
        return own.format(**params) if params else own


class SlidesError(TpmError):
    """The slides cannot be written; the messages live in the slides' catalogue."""

    def message(self, lang: str = "en") -> str:
        """The message in the given language."""
        quoted = {name: param_text(value) for name, value in self.params.items()}
        return SlideTexts(lang)(f"error_{self.code}", path=param_text(self.path or ""), **quoted)

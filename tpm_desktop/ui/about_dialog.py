"""About TPM Desktop: version, and the versions and licences of the bundled parts."""

from __future__ import annotations

import platform

import reportlab
import sqlalchemy
from PySide6 import __version__ as pyside_version
from PySide6.QtCore import qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from tpm_desktop import __version__


class AboutDialog(QDialog):
    """Shows what this build is made of."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About TPM Desktop"))
        rows = [
            ("Python", platform.python_version(), "PSF License"),
            ("Qt", qVersion(), "LGPL-3.0"),
            ("PySide6", pyside_version, "LGPL-3.0"),
            ("SQLAlchemy", sqlalchemy.__version__, "MIT"),
            ("SQLite", _sqlite_version(), self.tr("public domain")),
            ("ReportLab", reportlab.Version, "BSD"),
            ("DejaVu Sans", "2.37", self.tr("Bitstream Vera licence / public domain")),
        ]
        table = "".join(
            f"<tr><td>{name}</td><td>{version}</td><td>{licence}</td></tr>"
            for name, version, licence in rows
        )
        text = QLabel(
            f"<h2>TPM Desktop {__version__}</h2>"
            + "<p>"
            + self.tr("Customer Touchpoint Management: map, assess, plan, monitor and report.")
            + "</p><p><b>"
            + self.tr("Built with")
            + "</b></p>"
            + "<table cellspacing='6'><tr><th align='left'>"
            + self.tr("Component")
            + "</th><th align='left'>"
            + self.tr("Version")
            + "</th><th align='left'>"
            + self.tr("Licence")
            + f"</th></tr>{table}</table>"
            + "<p>"
            + self.tr(
                "Qt and PySide6 are used under the GNU Lesser General Public License v3; "
                "you may replace them with your own build."
            )
            + "</p>"
        )
        text.setWordWrap(True)
        text.setObjectName("about_text")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(buttons)


def _sqlite_version() -> str:
    import sqlite3

    return sqlite3.sqlite_version

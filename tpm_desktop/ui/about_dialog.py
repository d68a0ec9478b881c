"""About TPM Desktop: version, and the versions and licences of the bundled parts."""

from __future__ import annotations

import html
import importlib.metadata
import platform
import sqlite3

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QSize, Qt, qVersion
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from tpm_desktop import __version__
from tpm_desktop.core.paths import resources_dir

DEJAVU_VERSION = "2.37"


def _version(distribution: str) -> str:
    try:
        return importlib.metadata.version(distribution)
    except importlib.metadata.PackageNotFoundError:
        return "–"


class AboutDialog(QDialog):
    """Shows what this build is made of."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("about_dialog")
        self.setWindowTitle(self.tr("About TPM Desktop"))
        self.rows = [
            ("Python", platform.python_version(), self.tr("PSF licence")),
            ("Qt", qVersion(), "LGPL-3.0"),
            ("PySide6 / Shiboken6", pyside_version, "LGPL-3.0"),
            ("SQLAlchemy", _version("SQLAlchemy"), "MIT"),
            ("SQLite", sqlite3.sqlite_version, self.tr("public domain")),
            ("ReportLab", _version("reportlab"), "BSD"),
            ("openpyxl / et-xmlfile", _version("openpyxl"), "MIT"),
            ("python-pptx", _version("python-pptx"), "MIT"),
            ("pypdfium2 / PDFium", _version("pypdfium2"), "Apache-2.0 / BSD-3-Clause"),
            ("platformdirs", _version("platformdirs"), "MIT"),
            ("filelock", _version("filelock"), "MIT"),
            ("waitress", _version("waitress"), "ZPL-2.1"),
            ("segno", _version("segno"), "BSD-3-Clause"),
            (
                "DejaVu Sans",
                DEJAVU_VERSION,
                self.tr("Bitstream Vera licence; changes public domain"),
            ),
        ]
        table = "".join(
            f"<tr><td>{html.escape(name)}</td><td>{html.escape(version)}</td>"
            f"<td>{html.escape(licence)}</td></tr>"
            for name, version, licence in self.rows
        )
        text = QLabel(
            f"<h2>TPM Desktop {html.escape(__version__)}</h2>"
            + "<p>"
            + self.tr("Customer Touchpoint Management: map, assess, plan, monitor and report.")
            + "</p><p><b>"
            + self.tr("Built with")
            + "</b></p>"
            + "<table cellspacing='0' cellpadding='3'><tr><th align='left'>"
            + self.tr("Component")
            + "</th><th align='left'>"
            + self.tr("Version")
            + "</th><th align='left'>"
            + self.tr("Licence")
            + f"</th></tr>{table}</table>"
            + "<p>"
            + self.tr(
                "Qt and PySide6 are used under the GNU Lesser General Public License v3; "
                "you may replace them with your own build. The DejaVu fonts are shipped "
                "with their licence in resources/fonts."
            )
            + "</p>"
        )
        text.setWordWrap(True)
        text.setObjectName("about_text")
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # A fixed width lets the wrapped label report its full height to the dialog.
        text.setFixedWidth(text.fontMetrics().averageCharWidth() * 72)
        logo = QLabel()
        logo.setPixmap(
            QIcon(str(resources_dir() / "icons" / "tpm-desktop.svg")).pixmap(QSize(72, 72))
        )
        logo.setAlignment(Qt.AlignmentFlag.AlignTop)
        body = QHBoxLayout()
        body.setSpacing(18)
        body.addWidget(logo)
        body.addWidget(text, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(body)
        layout.addWidget(buttons)

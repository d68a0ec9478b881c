"""Help → Touchpoint Management: a few pages on the method and where each step lives."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
)

from tpm_desktop.ui.help.actions_text import dock_titles, menu_contents
from tpm_desktop.ui.help.guide_content import GuideText


def _dot(colour: str) -> QIcon:
    pixmap = QPixmap(14, 14)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(colour))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(1, 1, 12, 12)
    painter.end()
    return QIcon(pixmap)


class MethodGuide(QDialog):
    """Pages in a list on the left, the text on the right, Back and Next below."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName("method_guide")
        self.setWindowTitle(self.tr("Touchpoint Management"))
        text = GuideText(self)
        sections = text.sections()
        self.pages: list[tuple[str, str, str]] = [
            (self.tr("Overview"), text.overview_html(), "#808080"),
            *((s.title, text.section_html(s), s.colour) for s in sections),
            (
                self.tr("Finding your way"),
                text.orientation_html(menu_contents(window), dock_titles(window)),
                "#808080",
            ),
        ]
        self.contents = QListWidget()
        self.contents.setObjectName("guide_contents")
        self.contents.setIconSize(QSize(14, 14))
        self.contents.setFixedWidth(210)
        self.contents.setSpacing(2)
        for title, _, colour in self.pages:
            QListWidgetItem(_dot(colour), title.replace("  ", " "), self.contents)
        self.browser = QTextBrowser()
        self.browser.setObjectName("guide_text")
        self.browser.setOpenExternalLinks(False)
        self.browser.document().setDocumentMargin(18)
        self.contents.currentRowChanged.connect(self.show_page)

        self.back_button = QPushButton(self.tr("< &Back"))
        self.back_button.clicked.connect(lambda: self.step(-1))
        self.next_button = QPushButton(self.tr("&Next >"))
        self.next_button.clicked.connect(lambda: self.step(1))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.addButton(self.back_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.next_button, QDialogButtonBox.ButtonRole.ActionRole)

        body = QHBoxLayout()
        body.addWidget(self.contents)
        body.addWidget(self.browser, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(buttons)
        self.resize(900, 600)
        self.contents.setCurrentRow(0)

    def show_page(self, index: int) -> None:
        """Show page `index` (0 is the overview)."""
        if not 0 <= index < len(self.pages):
            return
        self.browser.setHtml(self.pages[index][1])
        if self.contents.currentRow() != index:
            self.contents.setCurrentRow(index)
        self.back_button.setEnabled(index > 0)
        self.next_button.setEnabled(index < len(self.pages) - 1)

    def step(self, delta: int) -> None:
        """Go to the previous (-1) or next (+1) page."""
        self.show_page(self.contents.currentRow() + delta)

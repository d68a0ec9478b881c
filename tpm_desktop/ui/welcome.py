"""The page shown when no project is open: start actions, recent files, and help to begin."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime, QLocale, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QIcon, QPainter, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from tpm_desktop.core.paths import resources_dir
from tpm_desktop.ui.actions import theme_icon

if TYPE_CHECKING:
    from tpm_desktop.ui.main_window import MainWindow

PATH_ROLE = Qt.ItemDataRole.UserRole
DETAIL_ROLE = Qt.ItemDataRole.UserRole + 1
ACCENT = "#2f6f9f"

STYLE = f"""
#welcome_page, #welcome_content {{ background: palette(window); }}
#welcome_title {{ font-size: 24pt; font-weight: 600; }}
#welcome_subtitle {{ color: palette(placeholder-text); font-size: 11pt; }}
.section_title {{ font-size: 11pt; font-weight: 600; color: {ACCENT}; }}
QPushButton#start_card {{ background: palette(base); border: 1px solid #d3dae3;
                          border-radius: 8px; text-align: left; padding: 0px; }}
QPushButton#start_card:hover {{ border: 1px solid {ACCENT}; background: #f3f8fc; }}
QPushButton#start_card:focus {{ border: 2px solid {ACCENT}; }}
QPushButton#start_card:pressed {{ background: #e4eef7; }}
#card_title {{ font-size: 11pt; font-weight: 600; }}
#card_text {{ color: palette(placeholder-text); }}
#recent_list {{ background: palette(base); border: 1px solid #d3dae3; border-radius: 8px; }}
#recent_empty {{ color: palette(placeholder-text); background: palette(base);
                 border: 1px dashed #c3ccd6; border-radius: 8px; }}
QPushButton.link {{ border: none; background: transparent; color: {ACCENT};
                    text-align: left; padding: 2px 0px; }}
QPushButton.link:hover {{ text-decoration: underline; }}
"""


class StartCard(QPushButton):
    """A large button with an icon, a title and one line of explanation."""

    def __init__(self, icon: QIcon, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("start_card")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAccessibleName(title)
        self.setToolTip(text)
        icon_label = QLabel()
        icon_label.setPixmap(icon.pixmap(QSize(32, 32)))
        icon_label.setFixedSize(40, 40)
        icon_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title_label = QLabel(title)
        self.title_label.setObjectName("card_title")
        self.text_label = QLabel(text)
        self.text_label.setObjectName("card_text")
        self.text_label.setWordWrap(True)
        texts = QVBoxLayout()
        texts.setSpacing(2)
        texts.addWidget(self.title_label)
        texts.addWidget(self.text_label)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(12)
        layout.addWidget(icon_label)
        layout.addLayout(texts, 1)
        for label in (icon_label, self.title_label, self.text_label):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setMinimumHeight(68)

    def sizeHint(self) -> QSize:
        """As tall as the two lines of text need."""
        return self.layout().sizeHint()


class RecentDelegate(QStyledItemDelegate):
    """A recent file in two lines: its name in bold, then folder and date in grey."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        """Draw selection and hover as the style does, then the two lines."""
        self.initStyleOption(option, index)
        name, detail = option.text, str(index.data(DETAIL_ROLE) or "")
        option.text = ""
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        group = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        rect = option.rect.adjusted(12, 6, -12, -6)
        painter.save()
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(option.palette.color(group))
        line = QRect(rect.left(), rect.top(), rect.width(), rect.height() // 2)
        metrics = painter.fontMetrics()
        painter.drawText(
            line,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            metrics.elidedText(name, Qt.TextElideMode.ElideRight, line.width()),
        )
        painter.setFont(option.font)
        if not selected:
            painter.setPen(option.palette.color(QPalette.ColorRole.PlaceholderText))
        line.translate(0, rect.height() // 2)
        metrics = painter.fontMetrics()
        painter.drawText(
            line,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            metrics.elidedText(detail, Qt.TextElideMode.ElideMiddle, line.width()),
        )
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        """Two lines of text with some air."""
        height = option.fontMetrics.height()
        return QSize(200, height * 2 + 18)


class WelcomePage(QWidget):
    """New project, Open…, Open the sample, and the recent files with paths and dates."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("welcome_page")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setStyleSheet(STYLE)
        self._window = window

        logo = QLabel()
        icon_path = resources_dir() / "icons" / "tpm-desktop.svg"
        logo.setPixmap(QIcon(str(icon_path)).pixmap(QSize(72, 72)))
        logo.setFixedSize(80, 80)
        title = QLabel(self.tr("Welcome to TPM Desktop"))
        title.setObjectName("welcome_title")
        subtitle = QLabel(
            self.tr(
                "Find every touchpoint, map it by department, channel and journey phase, "
                "assess it, plan measures, monitor it and report to management."
            )
        )
        subtitle.setObjectName("welcome_subtitle")
        subtitle.setWordWrap(True)
        heading = QVBoxLayout()
        heading.setSpacing(4)
        heading.addWidget(title)
        heading.addWidget(subtitle)
        header = QHBoxLayout()
        header.setSpacing(16)
        header.addWidget(logo, 0, Qt.AlignmentFlag.AlignTop)
        header.addLayout(heading, 1)

        # -- start ----------------------------------------------------------------------
        self.start_column = QVBoxLayout()
        self.start_column.setSpacing(10)
        self.start_column.addWidget(_section(self.tr("Start")))
        self.new_button = self.add_start_action(
            theme_icon("document-new"),
            self.tr("New project"),
            self.tr("An empty touchpoint map with starter lanes and your criteria catalogue"),
            window.files.new_project,
        )
        self.open_button = self.add_start_action(
            theme_icon("document-open"),
            self.tr("Open…"),
            self.tr("A project file (.tpm) from your disk, a USB stick or an e-mail"),
            window.files.open_dialog,
        )
        self.sample_button = self.add_start_action(
            QIcon(str(icon_path)),
            self.tr("Open the sample"),
            self.tr("A complete example: the touchpoints of a regional energy supplier"),
            window.sample_requested.emit,
        )
        self._cards_end = self.start_column.count()
        self.start_column.addSpacing(14)
        self.start_column.addWidget(_section(self.tr("Learn")))
        self.guide_link = _link(self.tr("Touchpoint management in four steps"))
        self.guide_link.setToolTip(self.tr("Help → Touchpoint Management"))
        self.guide_link.clicked.connect(self._show_guide)
        self.shortcuts_link = _link(self.tr("Keyboard shortcuts"))
        self.shortcuts_link.setToolTip(self.tr("Help → Keyboard Shortcuts"))
        self.shortcuts_link.clicked.connect(self._show_shortcuts)
        self.start_column.addWidget(self.guide_link)
        self.start_column.addWidget(self.shortcuts_link)
        self.start_column.addStretch(1)

        # -- recent -----------------------------------------------------------------------
        self.recent_label = _section(self.tr("Recent projects"))
        self.recent_list = QListWidget()
        self.recent_list.setObjectName("recent_list")
        self.recent_list.setItemDelegate(RecentDelegate(self.recent_list))
        self.recent_list.setFrameShape(QFrame.Shape.NoFrame)
        self.recent_list.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.recent_list.itemActivated.connect(self._open_item)
        self.recent_list.setToolTip(self.tr("Double-click or press Enter to open"))
        self.recent_empty = QLabel(
            self.tr("Projects you open or save appear here, with their folder and date.")
        )
        self.recent_empty.setObjectName("recent_empty")
        self.recent_empty.setWordWrap(True)
        self.recent_empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.recent_empty.setMargin(24)
        # The list and its empty state take the same place, so the page does not jump.
        self.recent_stack = QStackedWidget()
        self.recent_stack.addWidget(self.recent_list)
        self.recent_stack.addWidget(self.recent_empty)
        recent_column = QVBoxLayout()
        recent_column.setSpacing(10)
        recent_column.addWidget(self.recent_label)
        recent_column.addWidget(self.recent_stack, 1)

        columns = QHBoxLayout()
        columns.setSpacing(40)
        columns.addLayout(self.start_column, 5)
        columns.addLayout(recent_column, 6)

        content = QVBoxLayout()
        content.setSpacing(28)
        content.addLayout(header)
        content.addLayout(columns, 1)
        content_widget = QWidget()
        content_widget.setLayout(content)
        content_widget.setMaximumWidth(1080)
        page = QWidget()
        page.setObjectName("welcome_content")
        centred = QHBoxLayout(page)
        centred.setContentsMargins(48, 40, 48, 32)
        centred.addStretch(1)
        centred.addWidget(content_widget, 100)
        centred.addStretch(1)
        # Scrolls on small screens instead of forcing the window to be tall.
        scroll = QScrollArea()
        scroll.setWidget(page)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        window.recent.changed.connect(self.refresh)
        self.refresh()

    def add_start_action(
        self, icon: QIcon, title: str, text: str, slot: Callable[[], object]
    ) -> StartCard:
        """A card in the Start column (features add theirs, e.g. starting from a table)."""
        card = StartCard(icon, title, text, self)
        card.clicked.connect(lambda _checked=False: slot())
        index = getattr(self, "_cards_end", None)
        if index is None:
            self.start_column.addWidget(card)
        else:
            self.start_column.insertWidget(index, card)
            self._cards_end += 1
        return card

    def refresh(self) -> None:
        """Fill the recent list from settings."""
        self.recent_list.clear()
        locale = QLocale()
        for path in self._window.recent.paths():
            exists = path.exists()
            if exists:
                when = QDateTime.fromSecsSinceEpoch(int(path.stat().st_mtime))
                detail = (
                    self.tr("%1 · changed %2")
                    .replace("%1", str(path.parent))
                    .replace("%2", locale.toString(when, QLocale.FormatType.ShortFormat))
                )
            else:
                detail = self.tr("%1 · not found").replace("%1", str(path.parent))
            item = QListWidgetItem(path.name)
            item.setData(PATH_ROLE, str(path))
            item.setData(DETAIL_ROLE, detail)
            item.setToolTip(str(path))
            if not exists:
                item.setForeground(Qt.GlobalColor.gray)
            self.recent_list.addItem(item)
        empty = self.recent_list.count() == 0
        self.recent_stack.setCurrentWidget(self.recent_empty if empty else self.recent_list)

    # The window's help actions are made after this page, so they are looked up late.
    def _show_guide(self) -> None:
        self._window.action_guide.trigger()

    def _show_shortcuts(self) -> None:
        self._window.action_shortcuts.trigger()

    def _open_item(self, item: QListWidgetItem) -> None:
        self._window.files.open_path(Path(item.data(PATH_ROLE)))


def _section(text: str) -> QLabel:
    label = QLabel(text)
    label.setProperty("class", "section_title")
    return label


def _link(text: str) -> QPushButton:
    button = QPushButton(text)
    button.setProperty("class", "link")
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    button.setFlat(True)
    return button

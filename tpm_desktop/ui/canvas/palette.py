"""The palette dock: the touchpoint library by journey phase, dragged onto the map."""

from __future__ import annotations

import json
from html import escape

from PySide6.QtCore import QByteArray, QMimeData, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tpm_desktop.core import library, vocabulary
from tpm_desktop.core.defaults import PHASE_NAMES
from tpm_desktop.core.enums import MediaType
from tpm_desktop.core.library import LibraryEntry

MIME_TYPE = "application/x-tpm-library-entry"
KEY_ROLE = Qt.ItemDataRole.UserRole

_MEDIA_COLOURS = {
    MediaType.OWNED: "#4e79a7",
    MediaType.PAID: "#f28e2b",
    MediaType.EARNED: "#59a14f",
    None: "#9aa3af",
}


def entry_mime(entry: LibraryEntry) -> QMimeData:
    """The drag payload of a library entry."""
    mime = QMimeData()
    mime.setData(MIME_TYPE, QByteArray(json.dumps({"key": entry.key}).encode()))
    return mime


def entry_from_mime(mime: QMimeData) -> LibraryEntry | None:
    """The library entry a drag carries, or None for anything else."""
    if not mime.hasFormat(MIME_TYPE):
        return None
    raw = bytes(mime.data(MIME_TYPE).data())
    if len(raw) > 10_000:
        return None
    try:
        data = json.loads(raw.decode("utf-8"))
    except (ValueError, UnicodeDecodeError):
        return None
    key = data.get("key") if isinstance(data, dict) else None
    return library.entry(key) if isinstance(key, str) else None


def _swatch(colour: str | None) -> QIcon:
    """A small card in the media type's colour; an empty dashed card for the blank one."""
    pixmap = QPixmap(14, 14)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if colour is None:
        painter.setPen(QPen(QColor("#6b7280"), 1.0, Qt.PenStyle.DashLine))
        painter.setBrush(QColor("#ffffff"))
    else:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(colour))
    painter.drawRoundedRect(QRectF(1.5, 2.5, 11, 9), 3, 3)
    painter.end()
    return QIcon(pixmap)


class LibraryTree(QTreeWidget):
    """The entries grouped by phase; dragging one carries the palette's mime type."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("palette_tree")
        self.setHeaderHidden(True)
        self.setRootIsDecorated(True)
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setIndentation(14)
        self.setUniformRowHeights(True)
        self.language = language
        self.items: dict[str, QTreeWidgetItem] = {}
        self._fill()

    def _fill(self) -> None:
        blank = QTreeWidgetItem([library.BLANK.name(self.language)])
        blank.setData(0, KEY_ROLE, library.BLANK.key)
        blank.setToolTip(0, self.tr("An empty card: name it after dropping it on the map"))
        font = blank.font(0)
        font.setBold(True)
        blank.setFont(0, font)
        blank.setIcon(0, _swatch(None))
        self.addTopLevelItem(blank)
        self.items[library.BLANK.key] = blank
        names = PHASE_NAMES["de" if self.language == "de" else "en"]
        # One wording with the notes panel and the printed report: core.vocabulary.
        language = "de" if self.language == "de" else "en"
        media_names = self.media_names = {
            media: vocabulary.media_label(media, language) for media in MediaType
        }
        for phase, entries in library.by_phase():
            group = QTreeWidgetItem([names[phase]])
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            self.addTopLevelItem(group)
            for entry in entries:
                item = QTreeWidgetItem([entry.name(self.language)])
                item.setData(0, KEY_ROLE, entry.key)
                item.setIcon(0, _swatch(_MEDIA_COLOURS[entry.media_type]))
                if entry.media_type is not None:
                    item.setToolTip(
                        0, f"{entry.name(self.language)} · {media_names[entry.media_type]}"
                    )
                group.addChild(item)
                self.items[entry.key] = item
            group.setExpanded(True)

    def mimeTypes(self) -> list[str]:
        """The palette's own type only."""
        return [MIME_TYPE]

    def mimeData(self, items: list[QTreeWidgetItem]) -> QMimeData:
        """The payload of the dragged entry."""
        for item in items:
            found = library.entry(str(item.data(0, KEY_ROLE)))
            if found is not None:
                return entry_mime(found)
        return QMimeData()

    def filter(self, text: str) -> None:
        """Show only entries whose name contains `text`."""
        needle = text.strip().casefold()
        for index in range(self.topLevelItemCount()):
            group = self.topLevelItem(index)
            if group.childCount() == 0:
                group.setHidden(bool(needle) and needle not in group.text(0).casefold())
                continue
            visible = 0
            for k in range(group.childCount()):
                child = group.child(k)
                hidden = bool(needle) and needle not in child.text(0).casefold()
                child.setHidden(hidden)
                visible += not hidden
            group.setHidden(visible == 0)


class PaletteDock(QDockWidget):
    """The dock with the search field, the library and a hint."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("map_palette_dock")
        self.setWindowTitle(self.tr("Touchpoint library"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Filter the library"))
        self.search.setClearButtonEnabled(True)
        self.tree = LibraryTree(language)
        self.search.textChanged.connect(self.tree.filter)
        hint = QLabel(self.tr("Drag an entry onto a cell of the map to add it there."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #6b7280;")
        names = self.tree.media_names
        media = QLabel(
            " · ".join(
                # non-breaking: a line may only break between the entries
                f"<span style='color:{_MEDIA_COLOURS[kind]}'>■</span>&nbsp;"
                + escape(names[kind]).replace(" ", "&nbsp;")
                for kind in (MediaType.OWNED, MediaType.PAID, MediaType.EARNED)
            )
        )
        media.setWordWrap(True)
        media.setStyleSheet("color: #4b5563;")
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.search)
        layout.addWidget(self.tree, 1)
        layout.addWidget(media)
        layout.addWidget(hint)
        self.setWidget(body)

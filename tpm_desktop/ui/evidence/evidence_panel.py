"""The Evidence panel: files, links and quotes that show why a touchpoint is rated so.

Files come in by button or by dropping them onto the panel; each is checked by
`core.attachments` (size first, images decoded) before it is stored. Images show
as thumbnails. A document is opened with the system's viewer only when the user
asks, from a temporary copy: the bytes never leave the project file otherwise.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QSize, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent, QIcon, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QGridLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tpm_desktop.core.attachments import (
    MAX_PROJECT_BYTES,
    MB,
    WARN_PROJECT_BYTES,
    attached_bytes,
    project_room,
    read_attachment,
    safe_filename,
    thumbnail_png,
)
from tpm_desktop.core.changes import Delta
from tpm_desktop.core.enums import EvidenceKind
from tpm_desktop.core.errors import EditError
from tpm_desktop.core.model import Evidence, Touchpoint
from tpm_desktop.ui import prompts
from tpm_desktop.ui.assessment.common import run_edit, ui_language
from tpm_desktop.ui.feature import DocumentContext

THUMB = 64
EVIDENCE_ROLE = Qt.ItemDataRole.UserRole


class EvidencePanel(QWidget):
    """The selected touchpoint's evidence; files may be dropped onto it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context: DocumentContext | None = None
        self.touchpoint_id: int | None = None
        self._thumbs: dict[str, QIcon] = {}  # digest -> thumbnail
        self.setAcceptDrops(True)
        layout = QVBoxLayout(self)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.list = QListWidget()
        self.list.setObjectName("evidence_list")
        self.list.setIconSize(QSize(THUMB, THUMB))
        self.list.setWordWrap(True)
        self.list.itemDoubleClicked.connect(lambda _item: self.open_current())
        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())
        layout.addWidget(self.list, 1)
        self.in_report = QCheckBox(self.tr("Print in the report"))
        self.in_report.setToolTip(
            self.tr("Images and quotes checked here appear in the appendix of the report")
        )
        self.in_report.clicked.connect(self._set_in_report)
        layout.addWidget(self.in_report)
        # Two rows of buttons, so the inspector can stay narrow beside the map.
        row = QGridLayout()
        self.add_file_button = QPushButton(self.tr("Add File…"))
        self.add_file_button.clicked.connect(self.choose_files)
        self.add_link_button = QPushButton(self.tr("Add Link…"))
        self.add_link_button.clicked.connect(self.ask_link)
        self.add_quote_button = QPushButton(self.tr("Add Quote…"))
        self.add_quote_button.clicked.connect(self.ask_quote)
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.setToolTip(self.tr("Open a copy with the system's viewer"))
        self.open_button.clicked.connect(self.open_current)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self.remove_current)
        for index, button in enumerate(
            (
                self.add_file_button,
                self.add_link_button,
                self.add_quote_button,
                self.open_button,
                self.remove_button,
            )
        ):
            row.addWidget(button, *divmod(index, 3))
        row.setColumnStretch(3, 1)
        layout.addLayout(row)
        self._refresh()

    # -- life cycle ----------------------------------------------------------------------

    def attach(self, context: DocumentContext) -> None:
        """Follow a document and its selection."""
        self.context = context
        context.document.changed.connect(self._on_changed)
        context.selection.selection_changed.connect(self._on_selection)
        self._on_selection(context.selection.ids)

    def detach(self) -> None:
        """Forget the document."""
        if self.context is not None:
            self.context.document.changed.disconnect(self._on_changed)
            self.context.selection.selection_changed.disconnect(self._on_selection)
        self.context, self.touchpoint_id = None, None
        self._thumbs.clear()
        self._refresh()

    def _on_selection(self, ids: list) -> None:
        self.touchpoint_id = ids[0] if len(ids) == 1 else None
        self._refresh()

    def _on_changed(self, delta: Delta) -> None:
        if delta.touches(Evidence, Touchpoint):
            if self.context and self.touchpoint_id not in self.context.document.state.touchpoints:
                self.touchpoint_id = None
            self._refresh()

    # -- showing -------------------------------------------------------------------------

    def _refresh(self) -> None:
        current = self.current_id()
        self.list.clear()
        writable = self.context is not None and not self.context.document.read_only
        has_touchpoint = self.context is not None and self.touchpoint_id is not None
        for button in (self.add_file_button, self.add_link_button, self.add_quote_button):
            button.setEnabled(has_touchpoint and writable)
        if not has_touchpoint:
            self.hint.setText(self.tr("Select one touchpoint to see its evidence."))
            self._update_buttons()
            return
        self.hint.setText(
            self.tr(
                "Photos, documents, links and customer quotes that show why the touchpoint "
                "is rated so. Drop files here or use Add File…"
            )
        )
        state = self.context.document.state
        for record in state.evidence_of(self.touchpoint_id):
            item = QListWidgetItem(self._label(record))
            item.setData(EVIDENCE_ROLE, record.id)
            icon = self._icon(record)
            if icon is not None:
                item.setIcon(icon)
            self.list.addItem(item)
            if record.id == current:
                self.list.setCurrentItem(item)
        self._update_buttons()

    def _label(self, record: Evidence) -> str:
        if record.kind is EvidenceKind.QUOTE:
            text = record.quote if len(record.quote) <= 300 else record.quote[:299] + "…"
            source = ", ".join(
                part for part in (record.source, str(record.quote_date or "")) if part
            )
            return f"“{text}”" + (f"\n— {source}" if source else "")
        if record.kind is EvidenceKind.LINK:
            return (record.title + "\n" if record.title else "") + record.url
        size = self.tr("%1 KB").replace("%1", f"{max(1, record.size // 1024):,}")
        return f"{record.title or record.filename}\n{size}"

    def _icon(self, record: Evidence) -> QIcon | None:
        if record.kind is not EvidenceKind.IMAGE or not record.data:
            return None
        icon = self._thumbs.get(record.digest)
        if icon is None:
            png = thumbnail_png(record.data, THUMB)
            pixmap = QPixmap()
            if png is None or not pixmap.loadFromData(png, "PNG"):
                return None
            icon = QIcon(pixmap)
            self._thumbs[record.digest] = icon
        return icon

    def current_id(self) -> int | None:
        """The id of the evidence chosen in the list."""
        item = self.list.currentItem()
        return None if item is None else item.data(EVIDENCE_ROLE)

    def _current(self) -> Evidence | None:
        evidence_id = self.current_id()
        if self.context is None or evidence_id is None:
            return None
        return self.context.document.state.get(Evidence, evidence_id)

    def _update_buttons(self) -> None:
        record = self._current()
        writable = self.context is not None and not self.context.document.read_only
        self.open_button.setEnabled(
            record is not None and (record.data is not None or record.kind is EvidenceKind.LINK)
        )
        self.remove_button.setEnabled(record is not None and writable)
        self.in_report.setEnabled(
            record is not None
            and writable
            and record.kind in (EvidenceKind.IMAGE, EvidenceKind.QUOTE)
        )
        self.in_report.setChecked(record is not None and record.in_report)

    # -- adding --------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        """Accept files dragged from the file manager while a touchpoint is shown."""
        if self.touchpoint_id is not None and event.mimeData().hasUrls():
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:  # noqa: ANN001 - QDragMoveEvent
        """Keep accepting while the drag moves over the panel."""
        self.dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        """Attach the dropped local files."""
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if not paths or self.touchpoint_id is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.attach_paths(paths)

    def choose_files(self) -> None:
        """Ask for files and attach them."""
        names, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Attach files"),
            "",
            self.tr("Images and documents (%1)").replace(
                "%1", "*.png *.jpg *.jpeg *.pdf *.docx *.xlsx *.pptx *.odt *.ods *.odp *.txt *.csv"
            ),
        )
        self.attach_paths([Path(name) for name in names])

    def attach_paths(self, paths: list[Path]) -> int:
        """Check and attach files; a refused one is explained. Returns how many went in."""
        if self.context is None or self.touchpoint_id is None:
            return 0
        added = 0
        for path in paths:
            try:
                attachment = read_attachment(path)
            except EditError as error:
                prompts.show_error(
                    self, self.tr("The file was not attached"), error.message(ui_language())
                )
                continue
            state = self.context.document.state
            if project_room(state, len(attachment.data)) == "warn" and not prompts.confirm(
                self,
                self.tr("Attach anyway?"),
                self.tr(
                    "The project's attachments would take %1 MB. Past %2 MB the file gets slow "
                    "to open and to send; the limit is %3 MB."
                )
                .replace("%1", str((attached_bytes(state) + len(attachment.data)) // MB))
                .replace("%2", str(WARN_PROJECT_BYTES // MB))
                .replace("%3", str(MAX_PROJECT_BYTES // MB)),
            ):
                continue
            if run_edit(
                self,
                lambda a=attachment, t=self.touchpoint_id: self.context.editor.attach_file(t, a),
            ):
                added += 1
        return added

    def ask_link(self) -> None:
        """Ask for a web link and attach it."""
        url, ok = QInputDialog.getText(self, self.tr("Add link"), self.tr("Web address:"))
        if ok and url.strip() and self.context and self.touchpoint_id is not None:
            touchpoint_id = self.touchpoint_id
            run_edit(self, lambda: self.context.editor.add_link(touchpoint_id, url))

    def ask_quote(self) -> None:
        """Ask for a customer quote and its source and attach it."""
        quote, ok = QInputDialog.getMultiLineText(
            self, self.tr("Add quote"), self.tr("What the customer said:")
        )
        if not ok or not quote.strip() or self.context is None or self.touchpoint_id is None:
            return
        source, _ = QInputDialog.getText(
            self, self.tr("Add quote"), self.tr("Source (survey, review, call …):")
        )
        touchpoint_id = self.touchpoint_id
        run_edit(self, lambda: self.context.editor.add_quote(touchpoint_id, quote, source))

    # -- acting on one -------------------------------------------------------------------

    def _set_in_report(self, checked: bool) -> None:
        evidence_id = self.current_id()
        if self.context is not None and evidence_id is not None:
            run_edit(
                self, lambda: self.context.editor.update_evidence(evidence_id, in_report=checked)
            )

    def remove_current(self) -> None:
        """Remove the chosen evidence (undoable)."""
        evidence_id = self.current_id()
        if self.context is not None and evidence_id is not None:
            run_edit(self, lambda: self.context.editor.delete_evidence([evidence_id]))

    def open_current(self) -> Path | None:
        """Open the chosen file (a temporary copy) or link; returns the copy's path."""
        record = self._current()
        if record is None:
            return None
        if record.kind is EvidenceKind.LINK:
            QDesktopServices.openUrl(QUrl(record.url))
            return None
        if record.data is None:
            return None
        folder = Path(tempfile.mkdtemp(prefix="tpm-evidence-"))
        copy = folder / safe_filename(record.filename)
        copy.write_bytes(record.data)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(copy)))
        return copy

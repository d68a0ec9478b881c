"""File → Export Poster…: the whole map on A2, A1 or A4 tiles, built in the background."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from tpm_desktop.core.state import ProjectState
from tpm_desktop.reports.pdf.options import MapColour
from tpm_desktop.reports.pdf.poster import PosterOptions, PosterSize
from tpm_desktop.reports.pdf.safe import file_name_part
from tpm_desktop.reports.pdf.texts import Texts
from tpm_desktop.ui import prompts
from tpm_desktop.ui.report import dialog as report_dialog
from tpm_desktop.ui.report.build_dialog import BuildDialog
from tpm_desktop.ui.report.job import PosterRequest

SETTINGS = "poster/"
SUFFIX = {PosterSize.A2: "A2", PosterSize.A1: "A1", PosterSize.A4_TILES: "A4"}


class PosterDialog(BuildDialog):
    """Size, language, target and progress of a poster export."""

    poster_written = Signal(list)  # paths
    poster_failed = Signal(str)

    def __init__(
        self,
        parent: QWidget | None,
        state: ProjectState,
        project_path: Path | None,
        language: str,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("poster_dialog")
        self.setWindowTitle(self.tr("Export Poster"))
        self.state = state
        self.project_path = project_path
        self.ui_language = language
        self._target_edited = False
        self._build()
        self._restore()
        self._update_target()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "The whole touchpoint map on one large sheet, or on A4 pages to cut and "
                "assemble. Names keep at least 6 pt; a map too large for A2 needs A1 or tiles."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        sizes = QGroupBox(self.tr("Poster"))
        self.size_box = sizes
        size_layout = QVBoxLayout(sizes)
        self.size_group = QButtonGroup(self)
        self.size_buttons: dict[PosterSize, QRadioButton] = {}
        for index, (size, label) in enumerate(
            (
                (PosterSize.A2, self.tr("A&2 on one sheet (59.4 × 42 cm)")),
                (PosterSize.A1, self.tr("A&1 on one sheet (84.1 × 59.4 cm)")),
                (PosterSize.A4_TILES, self.tr("A&4 pages to assemble, with crop marks")),
            )
        ):
            button = QRadioButton(label)
            self.size_group.addButton(button, index)
            self.size_buttons[size] = button
            size_layout.addWidget(button)
        layout.addWidget(sizes)

        options = QGroupBox(self.tr("Options"))
        self.options_box = options
        form = QFormLayout(options)
        self.language_combo = QComboBox()
        self.language_combo.addItem("Deutsch", "de")
        self.language_combo.addItem("English", "en")
        form.addRow(self.tr("&Language of the poster:"), self.language_combo)
        self.colour_combo = QComboBox()
        for mode, label in (
            (MapColour.PRIORITY, self.tr("Priority index")),
            (MapColour.EXPERIENCE, self.tr("Customer experience")),
            (MapColour.GAP, self.tr("Gap between target and as-is")),
            (MapColour.DECISION, self.tr("Decision")),
        ):
            self.colour_combo.addItem(label, mode.value)
        form.addRow(self.tr("Map &colours show:"), self.colour_combo)
        layout.addWidget(options)

        target = QHBoxLayout()
        target.addWidget(QLabel(self.tr("Save as:")))
        self.target_edit = QLineEdit()
        self.target_edit.setObjectName("poster_target")
        self.target_edit.setMinimumWidth(340)  # the path is long; show its end
        self.target_edit.textEdited.connect(self._on_target_edited)
        self.browse_button = QPushButton(self.tr("&Browse…"))
        self.browse_button.clicked.connect(self._browse)
        target.addWidget(self.target_edit, 1)
        target.addWidget(self.browse_button)
        layout.addLayout(target)

        self.add_build_controls(layout)

        self.size_group.idToggled.connect(self._on_choice_changed)
        self.language_combo.currentIndexChanged.connect(self._update_target)
        self._show_progress(False)

    # -- settings and the form's state -------------------------------------------------

    def _restore(self) -> None:
        settings = QSettings()
        size = str(settings.value(SETTINGS + "size", PosterSize.A2.value))
        button = self.size_buttons.get(PosterSize(size) if size in set(PosterSize) else None)
        (button or self.size_buttons[PosterSize.A2]).setChecked(True)
        project_language = self.state.project.language
        default = project_language if project_language in ("de", "en") else self.ui_language
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(default)))
        colour = str(settings.value(SETTINGS + "colour", MapColour.PRIORITY.value))
        self.colour_combo.setCurrentIndex(max(0, self.colour_combo.findData(colour)))
        self.open_check.setChecked(settings.value(SETTINGS + "open", "true") == "true")

    def _save_settings(self) -> None:
        settings = QSettings()
        settings.setValue(SETTINGS + "size", self.size.value)
        settings.setValue(SETTINGS + "colour", self.colour_combo.currentData())
        settings.setValue(SETTINGS + "open", "true" if self.open_check.isChecked() else "false")

    @property
    def size(self) -> PosterSize:
        """The chosen poster size."""
        for size, button in self.size_buttons.items():
            if button.isChecked():
                return size
        return PosterSize.A2

    def options(self) -> PosterOptions:
        """The options as chosen in the form."""
        return PosterOptions(
            size=self.size,
            language=str(self.language_combo.currentData()),
            map_colour=MapColour(self.colour_combo.currentData()),
            today=date.today(),
        )

    def _on_choice_changed(self, _id: int, checked: bool) -> None:
        if checked:
            self._update_target()

    def _on_target_edited(self) -> None:
        self._target_edited = True

    def _update_target(self) -> None:
        if self._target_edited:
            return
        texts = Texts(str(self.language_combo.currentData() or "en"))
        stem = file_name_part(
            self.project_path.stem if self.project_path else self.state.project.name
        )
        folder = report_dialog.default_folder(self.project_path)
        name = f"{stem} – {file_name_part(texts('poster_title'))} {SUFFIX[self.size]}.pdf"
        self.target_edit.setText(str(folder / name))

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save poster as"),
            self.target_edit.text(),
            self.tr("PDF documents (*.pdf)"),
        )
        if chosen:
            if not chosen.lower().endswith(".pdf"):
                chosen += ".pdf"
            self.target_edit.setText(chosen)
            self._target_edited = True

    # -- running -------------------------------------------------------------------------

    def locked_while_running(self) -> list[QWidget]:
        """The form, while the file is built."""
        return [
            self.export_button,
            self.browse_button,
            self.target_edit,
            self.size_box,
            self.options_box,
        ]

    def export(self) -> None:
        """Start building in the background."""
        if self.runner is not None:
            return
        text = self.target_edit.text().strip()
        if not text:
            prompts.show_error(
                self, self.tr("Export Poster"), self.tr("Choose where to save the poster.")
            )
            return
        target = Path(text).expanduser()
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        request = PosterRequest(
            # Records are immutable: a new state over the same records is a safe snapshot.
            state=ProjectState(self.state.records()),
            options=self.options(),
            target=target,
            message_language=self.ui_language,
        )
        self._save_settings()
        self.start_runner(request, self.tr("Building the poster…"))

    def _on_succeeded(self, paths: list) -> None:
        super()._on_succeeded(paths)
        window = self.parent()
        if hasattr(window, "show_status"):
            window.show_status(self.tr("Poster written: %1").replace("%1", paths[0]))
        if self.open_check.isChecked() and paths:
            report_dialog.open_in_viewer(Path(paths[0]))
        self.poster_written.emit(paths)

    def _on_failed(self, message: str) -> None:
        super()._on_failed(message)
        self.poster_failed.emit(message)
        prompts.show_error(self, self.tr("The poster could not be written"), message)

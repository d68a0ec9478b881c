"""The report dialog: what to export, with which options, and the build's progress."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from tpm_desktop.core.enums import Dimension
from tpm_desktop.core.model import Department
from tpm_desktop.core.state import ProjectState
from tpm_desktop.reports.pdf.options import (
    MapColour,
    MapOrientation,
    Paper,
    ReportOptions,
    Section,
)
from tpm_desktop.reports.pdf.safe import file_name_part
from tpm_desktop.reports.pdf.texts import Texts
from tpm_desktop.ui import prompts
from tpm_desktop.ui.report.build_dialog import BuildDialog
from tpm_desktop.ui.report.job import ReportRequest, Scope

SETTINGS = "report/"


def open_in_viewer(path: Path) -> None:
    """Show a written PDF (or folder) with the desktop's viewer (tests replace this)."""
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def default_folder(project_path: Path | None) -> Path:
    """Where an export goes by default: next to the project, else into Documents."""
    if project_path is not None:
        return project_path.parent
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents or Path.home())


def _add_row(form: QFormLayout, text: str, layout: QHBoxLayout, buddy: QWidget) -> None:
    """A form row whose field is a layout; the label's mnemonic focuses `buddy`."""
    label = QLabel(text)
    label.setBuddy(buddy)
    form.addRow(label, layout)


class ReportDialog(BuildDialog):
    """Options, target and progress of one export; the build runs in a worker thread."""

    report_written = Signal(list)  # paths
    report_failed = Signal(str)

    def __init__(
        self,
        parent: QWidget | None,
        state: ProjectState,
        project_path: Path | None,
        language: str,
        scope: Scope = Scope.EXECUTIVE,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("report_dialog")
        self.setWindowTitle(self.tr("Export Report"))
        self.state = state
        self.project_path = project_path
        self.ui_language = language
        self._target_edited = False
        self._build()
        self._restore()
        self._set_scope(scope)
        self._update_target()

    # -- construction --------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)

        what = QGroupBox(self.tr("Report"))
        self.what_box = what
        grid = QGridLayout(what)
        self.scope_group = QButtonGroup(self)
        self.scope_executive = QRadioButton(self.tr("&Executive report for the management"))
        self.scope_department = QRadioButton(self.tr("&Department report for"))
        self.scope_all = QRadioButton(self.tr("&All department reports, one PDF each"))
        for index, button in enumerate(
            (self.scope_executive, self.scope_department, self.scope_all)
        ):
            self.scope_group.addButton(button, index)
        self.department_combo = QComboBox()
        for department in self.state.lanes(Dimension.DEPARTMENT):
            label = department.name[:80]
            if department.contact_person:
                label += f" ({department.contact_person[:40]})"
            self.department_combo.addItem(label, department.id)
        grid.addWidget(self.scope_executive, 0, 0, 1, 2)
        grid.addWidget(self.scope_department, 1, 0)
        grid.addWidget(self.department_combo, 1, 1)
        grid.addWidget(self.scope_all, 2, 0, 1, 2)
        grid.setColumnStretch(1, 1)
        layout.addWidget(what)

        target = QHBoxLayout()
        self.target_label = QLabel()
        self.target_edit = QLineEdit()
        self.target_edit.setObjectName("report_target")
        self.target_edit.textEdited.connect(self._on_target_edited)
        self.browse_button = QPushButton(self.tr("&Browse…"))
        self.browse_button.clicked.connect(self._browse)
        target.addWidget(self.target_label)
        target.addWidget(self.target_edit, 1)
        target.addWidget(self.browse_button)
        layout.addLayout(target)

        options = QGroupBox(self.tr("Options"))
        self.options_box = options
        form = QFormLayout(options)
        self.language_combo = QComboBox()
        self.language_combo.addItem("Deutsch", "de")
        self.language_combo.addItem("English", "en")
        self.language_combo.currentIndexChanged.connect(self._on_language_changed)
        form.addRow(self.tr("&Language of the report:"), self.language_combo)
        self.paper_combo = QComboBox()
        self.paper_combo.addItem(self.tr("A4"), Paper.A4.value)
        self.paper_combo.addItem(self.tr("Letter"), Paper.LETTER.value)
        form.addRow(self.tr("&Paper:"), self.paper_combo)
        self.colour_combo = QComboBox()
        for mode, label in (
            (MapColour.PRIORITY, self.tr("Priority index")),
            (MapColour.EXPERIENCE, self.tr("Customer experience")),
            (MapColour.GAP, self.tr("Gap between target and as-is")),
            (MapColour.DECISION, self.tr("Decision")),
        ):
            self.colour_combo.addItem(label, mode.value)
        form.addRow(self.tr("Map &colours show:"), self.colour_combo)
        map_row = QHBoxLayout()
        self.orientation_combo = QComboBox()
        self.orientation_combo.addItem(self.tr("Landscape"), MapOrientation.LANDSCAPE.value)
        self.orientation_combo.addItem(self.tr("Portrait"), MapOrientation.PORTRAIT.value)
        self.large_map_check = QCheckBox(self.tr("On A3 (Tabloid with Letter)"))
        map_row.addWidget(self.orientation_combo)
        map_row.addWidget(self.large_map_check)
        map_row.addStretch(1)
        _add_row(form, self.tr("&Map pages:"), map_row, self.orientation_combo)
        confidential = QHBoxLayout()
        self.confidential_check = QCheckBox()
        self.confidential_check.setChecked(True)
        self.confidential_edit = QLineEdit()
        self.confidential_check.toggled.connect(self.confidential_edit.setEnabled)
        confidential.addWidget(self.confidential_check)
        confidential.addWidget(self.confidential_edit, 1)
        _add_row(form, self.tr("Confidentiality &line:"), confidential, self.confidential_edit)
        logo = QHBoxLayout()
        self.logo_edit = QLineEdit()
        self.logo_edit.setPlaceholderText(self.tr("No logo"))
        choose_logo = QPushButton(self.tr("C&hoose…"))
        choose_logo.clicked.connect(self._choose_logo)
        clear_logo = QPushButton(self.tr("Remove"))
        clear_logo.clicked.connect(self.logo_edit.clear)
        logo.addWidget(self.logo_edit, 1)
        logo.addWidget(choose_logo)
        logo.addWidget(clear_logo)
        _add_row(form, self.tr("L&ogo (PNG or JPEG):"), logo, self.logo_edit)
        layout.addWidget(options)

        sections = QGroupBox(self.tr("Sections"))
        self.sections_box = sections
        section_grid = QGridLayout(sections)
        labels = {
            Section.CONTENTS: self.tr("Contents"),
            Section.FINDINGS: self.tr("Findings and recommendations"),
            Section.SUMMARY: self.tr("Management summary"),
            Section.MAP: self.tr("Touchpoint map"),
            Section.JOURNEY: self.tr("Customer journey with the experience curve"),
            Section.PORTFOLIO: self.tr("Portfolio matrix"),
            Section.SEGMENTS: self.tr("Customer segments"),
            Section.RANKING: self.tr("Ranking"),
            Section.DEPARTMENTS: self.tr("Departments"),
            Section.MEASURES: self.tr("Measures plan"),
            Section.MONITORING: self.tr("Monitoring"),
            Section.APPENDIX: self.tr("Appendix with all notes"),
        }
        self.section_checks: dict[Section, QCheckBox] = {}
        for index, (section, label) in enumerate(labels.items()):
            check = QCheckBox(label)
            check.setChecked(True)
            self.section_checks[section] = check
            section_grid.addWidget(check, index // 3, index % 3)
        layout.addWidget(sections)

        self.add_build_controls(layout)

        self.scope_group.idToggled.connect(self._on_scope_toggled)
        self.department_combo.currentIndexChanged.connect(self._update_target)
        self.department_combo.currentIndexChanged.connect(self._select_department_scope)
        self._show_progress(False)

    # -- settings ------------------------------------------------------------------

    def _restore(self) -> None:
        settings = QSettings()

        def pick(combo: QComboBox, key: str, default: str) -> None:
            index = combo.findData(str(settings.value(SETTINGS + key, default)))
            combo.setCurrentIndex(max(0, index))

        project_language = self.state.project.language
        pick(
            self.language_combo,
            "language",
            project_language if project_language in ("de", "en") else self.ui_language,
        )
        pick(self.paper_combo, "paper", Paper.A4.value)
        pick(self.colour_combo, "colour", MapColour.PRIORITY.value)
        pick(self.orientation_combo, "orientation", MapOrientation.LANDSCAPE.value)
        self.large_map_check.setChecked(settings.value(SETTINGS + "large_map", "false") == "true")
        self.confidential_check.setChecked(
            settings.value(SETTINGS + "confidential_on", "true") == "true"
        )
        self.confidential_edit.setText(str(settings.value(SETTINGS + "confidential", "")))
        self.logo_edit.setText(str(settings.value(SETTINGS + "logo", "")))
        self.open_check.setChecked(settings.value(SETTINGS + "open", "true") == "true")
        self._on_language_changed()

    def _save_settings(self) -> None:
        settings = QSettings()
        settings.setValue(SETTINGS + "language", self.language_combo.currentData())
        settings.setValue(SETTINGS + "paper", self.paper_combo.currentData())
        settings.setValue(SETTINGS + "colour", self.colour_combo.currentData())
        settings.setValue(SETTINGS + "orientation", self.orientation_combo.currentData())
        settings.setValue(
            SETTINGS + "large_map", "true" if self.large_map_check.isChecked() else "false"
        )
        settings.setValue(
            SETTINGS + "confidential_on", "true" if self.confidential_check.isChecked() else "false"
        )
        settings.setValue(SETTINGS + "confidential", self.confidential_edit.text())
        settings.setValue(SETTINGS + "logo", self.logo_edit.text())
        settings.setValue(SETTINGS + "open", "true" if self.open_check.isChecked() else "false")

    # -- state of the form -----------------------------------------------------------

    @property
    def scope(self) -> Scope:
        """The chosen report(s)."""
        return (Scope.EXECUTIVE, Scope.DEPARTMENT, Scope.ALL_DEPARTMENTS)[
            max(0, self.scope_group.checkedId())
        ]

    def _set_scope(self, scope: Scope) -> None:
        button = {
            Scope.EXECUTIVE: self.scope_executive,
            Scope.DEPARTMENT: self.scope_department,
            Scope.ALL_DEPARTMENTS: self.scope_all,
        }[scope]
        has_departments = self.department_combo.count() > 0
        for widget in (self.scope_department, self.scope_all, self.department_combo):
            widget.setEnabled(has_departments)
        (button if has_departments else self.scope_executive).setChecked(True)

    def _on_scope_toggled(self, _id: int, checked: bool) -> None:
        if checked:
            self._target_edited = False
            self._update_target()

    def _select_department_scope(self) -> None:
        if self.scope is Scope.EXECUTIVE and self.department_combo.hasFocus():
            self.scope_department.setChecked(True)

    def _on_target_edited(self) -> None:
        self._target_edited = True

    def _on_language_changed(self) -> None:
        texts = Texts(str(self.language_combo.currentData()))
        self.confidential_edit.setPlaceholderText(texts("confidential_default"))
        self._update_target()

    def _default_folder(self) -> Path:
        return default_folder(self.project_path)

    def _update_target(self) -> None:
        if self._target_edited:
            return
        texts = Texts(str(self.language_combo.currentData() or "en"))
        stem = file_name_part(
            self.project_path.stem if self.project_path else self.state.project.name
        )
        folder = self._default_folder()
        scope = self.scope
        if scope is Scope.ALL_DEPARTMENTS:
            self.target_label.setText(self.tr("Save in folder:"))
            path = folder / f"{stem} – {texts('folder_name')}"
        else:
            self.target_label.setText(self.tr("Save as:"))
            if scope is Scope.DEPARTMENT and self.department_combo.count():
                department = self.state.get(Department, self.department_combo.currentData())
                name = department.name if department else ""
                path = folder / f"{stem} – {file_name_part(name)}.pdf"
            else:
                path = folder / f"{stem} – {file_name_part(texts('executive_report'))}.pdf"
        self.target_edit.setText(str(path))

    def options(self) -> ReportOptions:
        """The options as chosen in the form."""
        confidentiality: str | None = ""
        if self.confidential_check.isChecked():
            confidentiality = self.confidential_edit.text().strip() or None
        logo = self.logo_edit.text().strip()
        return ReportOptions(
            language=str(self.language_combo.currentData()),
            paper=Paper(self.paper_combo.currentData()),
            sections=frozenset(s for s, check in self.section_checks.items() if check.isChecked()),
            map_colour=MapColour(self.colour_combo.currentData()),
            map_orientation=MapOrientation(self.orientation_combo.currentData()),
            large_map=self.large_map_check.isChecked(),
            confidentiality=confidentiality,
            logo=Path(logo) if logo else None,
            today=date.today(),
        )

    # -- file choosers ---------------------------------------------------------------

    def _browse(self) -> None:
        current = self.target_edit.text()
        if self.scope is Scope.ALL_DEPARTMENTS:
            chosen = QFileDialog.getExistingDirectory(
                self, self.tr("Folder for the reports"), current
            )
        else:
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save report as"), current, self.tr("PDF documents (*.pdf)")
            )
            if chosen and not chosen.lower().endswith(".pdf"):
                chosen += ".pdf"
        if chosen:
            self.target_edit.setText(chosen)
            self._target_edited = True

    def _choose_logo(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a logo"),
            self.logo_edit.text() or str(self._default_folder()),
            self.tr("Images (*.png *.jpg *.jpeg)"),
        )
        if chosen:
            self.logo_edit.setText(chosen)

    # -- running -----------------------------------------------------------------------

    def locked_while_running(self) -> list[QWidget]:
        """The form, while the file is built."""
        return [
            self.export_button,
            self.browse_button,
            self.target_edit,
            self.what_box,
            self.options_box,
            self.sections_box,
        ]

    def export(self) -> None:
        """Start building in the background with the chosen options."""
        if self.runner is not None:
            return
        text = self.target_edit.text().strip()
        if not text:
            prompts.show_error(
                self, self.tr("Export Report"), self.tr("Choose where to save the report.")
            )
            return
        target = Path(text).expanduser()
        if self.scope is not Scope.ALL_DEPARTMENTS and target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        department_id = (
            self.department_combo.currentData() if self.scope is Scope.DEPARTMENT else None
        )
        request = ReportRequest(
            # Records are immutable: a new state over the same records is a safe snapshot.
            state=ProjectState(self.state.records()),
            options=self.options(),
            scope=self.scope,
            target=target,
            department_id=department_id,
            message_language=self.ui_language,
        )
        self._save_settings()
        self.start_runner(request, self.tr("Building the report…"))

    def _on_succeeded(self, paths: list) -> None:
        super()._on_succeeded(paths)
        shown = paths[0] if len(paths) == 1 else self.target_edit.text()
        window = self.parent()
        if hasattr(window, "show_status"):
            window.show_status(self.tr("Report written: %1").replace("%1", shown))
        if self.open_check.isChecked() and paths:
            open_in_viewer(Path(paths[0]) if len(paths) == 1 else Path(paths[0]).parent)
        self.report_written.emit(paths)

    def _on_failed(self, message: str) -> None:
        super()._on_failed(message)
        self.report_failed.emit(message)
        prompts.show_error(self, self.tr("The report could not be written"), message)

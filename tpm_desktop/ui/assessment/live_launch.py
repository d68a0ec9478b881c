"""Starting a live round, or continuing one a closed or crashed app left in its journal."""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from tpm_desktop.core.errors import TpmError
from tpm_desktop.core.live.journal import (
    RoundJournal,
    journal_folder,
    read_journal,
    start_round,
    unfinished_rounds,
)
from tpm_desktop.core.live.round import LiveRound
from tpm_desktop.core.live.serving import RoundServer
from tpm_desktop.reports.pdf.safe import file_name_part
from tpm_desktop.reports.pdf.writer import write_pdf
from tpm_desktop.reports.rating_sheets import rating_sheets_pdf, write_sheet_template
from tpm_desktop.ui import prompts
from tpm_desktop.ui.assessment.common import run_busy, ui_language
from tpm_desktop.ui.assessment.labels import rich, shown
from tpm_desktop.ui.assessment.live_dashboard import LiveDashboard
from tpm_desktop.ui.assessment.live_setup import LiveSetupDialog
from tpm_desktop.ui.feature import DocumentContext


def serve(
    parent: QWidget, live: LiveRound, journal: RoundJournal, host: str, port: int = 0
) -> RoundServer | None:
    """Start the round's server (on `port` if free, else any); None with a message on failure."""
    server = None
    for candidate in dict.fromkeys((port, 0)):
        try:
            server = RoundServer(live, host, candidate)
            break
        except OSError as error:
            failure = error
    if server is None:
        prompts.show_error(
            parent,
            QCoreApplication.translate("LiveWorkshop", "Live Workshop"),
            rich(
                QCoreApplication.translate("LiveWorkshop", "The round cannot be served on %1: %2")
                .replace("%1", host)
                .replace("%2", str(failure))
            ),
        )
        return None
    server.start()
    with contextlib.suppress(OSError):  # only a convenience for a later recovery
        journal.served_at(server.host, server.port)
    return server


def run_live_workshop(
    parent: QWidget, context: DocumentContext, data_folder: Path
) -> LiveDashboard | None:
    """Ask for a round (or offer an unfinished one), serve it and show its dashboard."""
    folder = journal_folder(data_folder)
    state = context.document.state
    for path in unfinished_rounds(folder, state.project.uuid):
        dashboard = _offer_unfinished(parent, context, path)
        if dashboard is not False:
            return dashboard  # continued (a dashboard) or cancelled (None)
    setup = LiveSetupDialog(context, parent)
    if setup.exec() != QDialog.DialogCode.Accepted:
        return None
    choice = setup.choice()
    try:
        live, journal = start_round(folder, choice.spec)
    except OSError as error:
        prompts.show_error(
            parent, QCoreApplication.translate("LiveWorkshop", "Live Workshop"), rich(str(error))
        )
        return None
    server = serve(parent, live, journal, choice.host)
    if server is None:
        journal.discard()
        return None
    return _show(parent, context, live, journal, server)


def _offer_unfinished(
    parent: QWidget, context: DocumentContext, path: Path
) -> LiveDashboard | bool | None:
    """Continue, discard or keep an unfinished round; False to go on to a new round."""
    try:
        recovered = read_journal(path)
    except (OSError, ValueError):
        return False  # not ours to judge: left where it is
    live = recovered.round
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("LiveWorkshop", "Live Workshop"))
    box.setText(
        QCoreApplication.translate(
            "LiveWorkshop", "The round “%1” was not taken into the project yet. It holds %2."
        )
        .replace("%1", shown(live.spec.name, 60))
        .replace(
            "%2", QCoreApplication.translate("LiveWorkshop", "%n rating(s)", "", live.ballot_count)
        )
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "LiveWorkshop",
            "Continue it (phones that joined keep their ratings), or discard it and start anew?",
        )
    )
    resume = box.addButton(
        QCoreApplication.translate("LiveWorkshop", "&Continue Round"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    discard = box.addButton(
        QCoreApplication.translate("LiveWorkshop", "&Discard Round"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(resume)
    box.exec()
    clicked = box.clickedButton()
    if clicked is resume:
        server = None
        if not live.closed:
            host, port = recovered.address or ("127.0.0.1", 0)
            server = serve(parent, live, recovered.journal, host, port)
            if server is None:
                return None
        return _show(parent, context, live, recovered.journal, server)
    if clicked is discard:
        recovered.journal.discard()
        return False
    return None


def _show(
    parent: QWidget,
    context: DocumentContext,
    live: LiveRound,
    journal: RoundJournal,
    server: RoundServer | None,
) -> LiveDashboard:
    dashboard = LiveDashboard(context, live, journal, server, parent)
    if server is None:
        dashboard.close_round()  # recovered after it was closed: straight to the results
    dashboard.show()
    return dashboard


SHEETS_DIR_KEY = "assessment/rating_sheets_dir"


def print_rating_sheets(parent: QWidget, context: DocumentContext) -> Path | None:
    """Ask for the sheets' touchpoints, criteria and number; write the PDF and its table.

    The table (CSV, beside the PDF, same name) has a line per sheet, touchpoint and
    criterion with the short id: typed in after the event, Import Workshop Ratings
    reads it. Returns the PDF's path, or None when cancelled or failed.
    """
    setup = LiveSetupDialog(context, parent, printing=True)
    if setup.exec() != QDialog.DialogCode.Accepted:
        return None
    spec = setup.choice().spec
    count = setup.sheets.value()
    settings = QSettings()
    folder = Path(str(settings.value(SHEETS_DIR_KEY, str(Path.home()))))
    title = QCoreApplication.translate("LiveWorkshop", "Save Rating Sheets")
    suggested = folder / f"{file_name_part(spec.name)}.pdf"
    chosen, _ = QFileDialog.getSaveFileName(
        parent, title, str(suggested), QCoreApplication.translate("LiveWorkshop", "PDF (*.pdf)")
    )
    if not chosen:
        return None
    target = Path(chosen)
    if target.suffix.lower() != ".pdf":
        target = target.with_name(target.name + ".pdf")
    table = target.with_suffix(".csv")
    language = context.document.state.project.language

    def write() -> None:
        write_pdf(target, rating_sheets_pdf(spec, count, language))
        write_sheet_template(spec, count, language, table)

    try:
        run_busy(parent, QCoreApplication.translate("LiveWorkshop", "Writing the sheets…"), write)
    except (TpmError, OSError) as error:
        message = error.message(ui_language()) if isinstance(error, TpmError) else str(error)
        prompts.show_error(parent, title, rich(message))
        return None
    settings.setValue(SHEETS_DIR_KEY, str(target.parent))
    if hasattr(parent, "show_status"):
        parent.show_status(
            QCoreApplication.translate("LiveWorkshop", "Rating sheets saved: %1 and %2")
            .replace("%1", shown(target.name, 60))
            .replace("%2", shown(table.name, 60))
        )
    return target

"""Run Live Workshop: a round on loopback, phones voting over HTTP, the dashboard, the results."""

from __future__ import annotations

import http.client
import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from tests.ui.assessment.conftest import assessment_feature
from tpm_desktop.core.live.journal import journal_folder
from tpm_desktop.core.model import Score, WorkshopRating
from tpm_desktop.core.project_file import read_project
from tpm_desktop.ui.assessment.live_results import LiveResultsDialog
from tpm_desktop.ui.assessment.live_setup import LOOPBACK, LiveSetupDialog
from tpm_desktop.ui.assessment.workshop_results import WorkshopResultsDialog


class Phone:
    def __init__(self, url: str) -> None:
        rest = url.removeprefix("http://")
        address, _, path = rest.partition("/")
        host, _, port = address.partition(":")
        self.host, self.port, self.base = host, int(port), "/" + path
        self.cookie = ""

    def request(self, method, path, body=None):
        connection = http.client.HTTPConnection(self.host, self.port, timeout=10)
        headers = {"Cookie": self.cookie} if self.cookie else {}
        data = None
        if body is not None:
            data = json.dumps(body).encode()
            headers["Content-Type"] = "application/json"
        connection.request(method, self.base + path, body=data, headers=headers)
        response = connection.getresponse()
        payload = response.read()
        if response.getheader("Set-Cookie"):
            self.cookie = response.getheader("Set-Cookie").split(";")[0]
        connection.close()
        return response.status, payload

    def vote(self, touchpoint, values):
        return self.request("POST", "api/vote", {"touchpoint": touchpoint, "values": values})[0]


def take_results(monkeypatch, qtbot, as_is=True):
    def run(dialog):
        dialog.show()
        dialog.as_is_box.setChecked(as_is)
        qtbot.mouseClick(dialog.take_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(LiveResultsDialog, "exec", run)


def test_round_on_loopback_votes_dashboard_close_take_and_undo(
    window, start_round, qtbot, monkeypatch, data_dir, sample_path
):
    document = window.context.document
    dashboard = start_round(criteria={1})
    server = dashboard.server
    assert server.running and server.host == LOOPBACK
    assert dashboard.url_label.text() == server.url and dashboard.qr.isVisible()
    spec = dashboard.live.spec
    first = spec.touchpoints[0].id
    ana, ben = Phone(server.url), Phone(server.url)
    assert ana.request("GET", "")[0] == 200 and ben.request("GET", "")[0] == 200
    assert ana.vote(first, {"c1": 2, "experience": -2}) == 200
    assert ben.vote(first, {"c1": 5, "experience": -1}) == 200
    assert ben.vote(first, {"c1": 9}) == 400  # off the scale: refused
    qtbot.waitUntil(lambda: dashboard.model.index(0, 3).data() == "2", timeout=3000)
    assert dashboard.model.index(0, 4).data() == "3.5"
    assert dashboard.model.index(0, 5).data() == "1.5"
    assert dashboard.model.index(0, 6).data() == "2 – 5"
    assert dashboard.model.index(1, 2).data() == "Customer experience"
    assert "2 participants" in dashboard.counters.text()
    assert "2 ratings in" in dashboard.counters.text()
    assert document.undo_stack.count() == 0  # nothing enters the project while voting

    qtbot.mouseClick(dashboard.close_button, Qt.MouseButton.LeftButton)
    assert not server.running and dashboard.live.closed
    with pytest.raises(OSError):
        ana.vote(first, {"c1": 1})
    assert dashboard.take_button.isEnabled()

    before = document.state.get(Score, (first, 1))
    experience_before = document.state.touchpoints[first].experience
    take_results(monkeypatch, qtbot, as_is=True)
    qtbot.mouseClick(dashboard.take_button, Qt.MouseButton.LeftButton)
    assert document.undo_stack.count() == 1  # one undo step
    ratings = [r for r in document.state.table(WorkshopRating).values() if r.batch == "Kick-off"]
    # Per participant: the criterion's rating and the experience's (no criterion).
    expected = [
        ("P1", None, -2.0, "Kick-off"),
        ("P1", 1, 2.0, "Kick-off"),
        ("P2", None, -1.0, "Kick-off"),
        ("P2", 1, 5.0, "Kick-off"),
    ]
    key = lambda r: (r[0], r[1] or 0)  # noqa: E731
    found = [(r.participant, r.criterion_id, r.value, r.group_name) for r in ratings]
    assert sorted(found, key=key) == expected
    score = document.state.get(Score, (first, 1))
    assert (score.as_is, score.as_is_count, score.as_is_spread) == (4.0, 2, 1.5)
    assert document.state.touchpoints[first].experience == -1
    assert not list(journal_folder(data_dir).glob("*.jsonl"))  # taken: the journal is gone
    assert not dashboard.isVisible()
    # The Results dialog lists the experience beside the criterion, from the ratings.
    results = WorkshopResultsDialog(window.context, window)
    rows = {
        results.table.item(r, 1).text(): results.table.item(r, 2).text()
        for r in range(results.table.rowCount())
        if results.table.item(r, 0).text() == document.state.touchpoints[first].name
    }
    assert rows["Customer experience"] == "-1.5"
    assert "1 customer experience ·" in results.summary.text()
    if Path("/work/shots").is_dir():  # to be looked at, not asserted on
        results.show()
        qtbot.waitExposed(results)
        results.grab().save("/work/shots/13x-workshop-results-en.png")
    results.close()
    # Saved into the file: the experience ratings travel with the project.
    window.action_save.trigger()
    saved = [r for r in read_project(sample_path).table(WorkshopRating).values()]
    saved = [(r.participant, r.criterion_id, r.value, r.group_name) for r in saved]
    assert sorted((s for s in saved if s[3] == "Kick-off"), key=key) == expected

    document.undo_stack.undo()
    assert not [r for r in document.state.table(WorkshopRating).values() if r.batch == "Kick-off"]
    assert document.state.get(Score, (first, 1)) == before
    assert document.state.touchpoints[first].experience == experience_before


def test_closing_the_window_stops_the_server_and_the_round_can_be_continued(
    window, start_round, qtbot, monkeypatch, data_dir
):
    dashboard = start_round(experience=False, criteria={1, 2})
    server = dashboard.server
    url = server.url
    phone = Phone(url)
    phone.request("GET", "")
    first = dashboard.live.spec.touchpoints[0].id
    assert phone.vote(first, {"c2": 4}) == 200
    dashboard.close()
    assert not server.running
    assert len(list(journal_folder(data_dir).glob("*.jsonl"))) == 1

    def choose_continue(box):
        next(b for b in box.buttons() if b.text() == "&Continue Round").click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", choose_continue)
    feature = assessment_feature(window)
    feature.action_live.trigger()
    again = feature.live_dashboard
    assert again is not dashboard and again.server.running
    assert again.live.ballots_of(phone.cookie.split("=", 1)[1]) == {first: {"c2": 4}}
    # the same phone goes on voting at the same address (same token, and the port was free)
    assert again.server.url == url
    assert phone.vote(first, {"c2": 5}) == 200
    qtbot.mouseClick(again.close_button, Qt.MouseButton.LeftButton)
    take_results(monkeypatch, qtbot, as_is=False)
    scores_before = dict(window.context.document.state.table(Score))
    qtbot.mouseClick(again.take_button, Qt.MouseButton.LeftButton)
    state = window.context.document.state
    ratings = [r for r in state.table(WorkshopRating).values() if r.batch == "Kick-off"]
    assert [(r.criterion_id, r.value) for r in ratings] == [(2, 5.0)]
    assert dict(state.table(Score)) == scores_before  # as-is not chosen: scores unchanged


def test_setup_needs_a_scale_and_touchpoints(window):
    dialog = LiveSetupDialog(window.context, window)
    assert dialog.ok_button.isEnabled()
    for box in dialog.criterion_boxes.values():
        box.setChecked(False)
    assert not dialog.ok_button.isEnabled()
    dialog.experience_box.setChecked(True)
    assert dialog.ok_button.isEnabled()
    assert dialog.host_combo.findData(LOOPBACK) >= 0
    dialog.use_department.setChecked(True)
    department = dialog.department_combo.currentData()
    state = window.context.document.state
    assert set(dialog.touchpoint_ids()) == state.touchpoint_ids_in(department_id=department)
    spec = dialog.choice().spec
    assert [s.key for s in spec.scales] == ["experience"]


def test_screenshots_of_setup_and_dashboard(window, start_round, qtbot):
    """Not an assertion on looks: writes the pictures a person looks at (/work/shots)."""
    from pathlib import Path

    shots = Path("/work/shots")
    if not shots.is_dir():
        pytest.skip("no /work/shots folder")
    setup = LiveSetupDialog(window.context, window)
    setup.show()
    qtbot.waitExposed(setup)
    setup.grab().save(str(shots / "13w-setup.png"))
    setup.close()
    dashboard = start_round(criteria={1, 2})
    phones = [Phone(dashboard.server.url) for _ in range(5)]
    spec = dashboard.live.spec
    for n, phone in enumerate(phones):
        phone.request("GET", "")
        for i, touchpoint in enumerate(spec.touchpoints[:6]):
            phone.vote(touchpoint.id, {"c1": 1 + (n + i) % 5, "experience": (n * i) % 5 - 2})
    qtbot.waitUntil(lambda: "30 ratings" in dashboard.counters.text(), timeout=3000)
    dashboard.grab().save(str(shots / "13w-dashboard.png"))


def test_print_rating_sheets_writes_the_pdf_and_a_table_the_import_reads(
    window, monkeypatch, qtbot, tmp_path
):
    import io

    from pypdf import PdfReader
    from PySide6.QtWidgets import QFileDialog

    from tpm_desktop.reports.table_writer import write_table
    from tpm_desktop.reports.tabular import read_table
    from tpm_desktop.ui.assessment.workshop_dialog import WorkshopImportDialog

    def answer(dialog):
        assert dialog.experience_box.isHidden()
        dialog.use_department.setChecked(True)
        for criterion_id, box in dialog.criterion_boxes.items():
            box.setChecked(criterion_id == 1)
        dialog.sheets.setValue(3)
        dialog.name_edit.setText("Paper round")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(LiveSetupDialog, "exec", answer)
    target = tmp_path / "sheets"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assessment_feature(window).action_sheets.trigger()
    pdf, table_path = tmp_path / "sheets.pdf", tmp_path / "sheets.csv"
    qtbot.waitUntil(table_path.exists, timeout=5000)
    reader = PdfReader(io.BytesIO(pdf.read_bytes()))
    assert len(reader.pages) >= 3
    assert "Sheet 1" in reader.pages[0].extract_text()
    table = read_table(table_path)
    first_department = {row[0] for row in table.rows}
    state = window.context.document.state
    codes = {t.code for t in state.touchpoints.values()}
    assert first_department <= codes
    rows = [list(row) for row in table.rows]
    for row in rows[:4]:
        row[4] = 4
    write_table(table_path, table.headers, rows)
    dialog = WorkshopImportDialog(window.context, window)
    dialog.batch_edit.setText("Paper round")
    dialog.load(table_path)
    assert "4 ready to import" in dialog.summary.text()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    stored = [r for r in state.table(WorkshopRating).values() if r.batch == "Paper round"]
    assert len(stored) == 4 and {r.participant for r in stored} == {"Sheet 1"}


def test_german_dashboard_screenshot(window, qtbot, tmp_path):
    """The dashboard in German, with a few votes (written to /work/shots to be looked at)."""
    from pathlib import Path

    from PySide6.QtCore import QCoreApplication

    from tpm_desktop.core.live.journal import start_round as begin
    from tpm_desktop.core.live.results import round_spec
    from tpm_desktop.core.live.serving import RoundServer
    from tpm_desktop.ui.assessment.live_dashboard import LiveDashboard
    from tpm_desktop.ui.i18n import Translations

    german = Translations()
    german.install("de")
    try:
        state = window.context.document.state
        ids = list(state.touchpoints)[:12]
        spec = round_spec(
            state,
            ids,
            [1, 2],
            True,
            name="Auftakt-Workshop",
            experience_label="Kundenerlebnis",
            minutes=30,
        )
        live, journal = begin(tmp_path / "journals", spec)
        server = RoundServer(live, LOOPBACK, 0, rate=1000, burst=1000)
        server.start()
        dashboard = LiveDashboard(window.context, live, journal, server, window)
        dashboard.show()
        qtbot.waitExposed(dashboard)
        for n in range(7):
            phone = Phone(server.url)
            phone.request("GET", "")
            for i, touchpoint in enumerate(spec.touchpoints[:8]):
                phone.vote(touchpoint.id, {"c1": 1 + (n * i) % 5, "c2": 2 + (n + i) % 4})
        qtbot.waitUntil(lambda: "56 Bewertungen" in dashboard.counters.text(), timeout=3000)
        assert "7 Teilnehmende" in dashboard.counters.text()
        assert dashboard.close_button.text() == "Runde &beenden"
        assert (
            "noch 29:" in dashboard.state_label.text() or "noch 30:" in dashboard.state_label.text()
        )
        if Path("/work/shots").is_dir():
            dashboard.grab().save("/work/shots/13w-dashboard-de.png")
        dashboard.close()
        assert not server.running
    finally:
        for translator in german._translators:
            QCoreApplication.removeTranslator(translator)


def test_time_box_running_out_closes_the_round(window, start_round, qtbot, monkeypatch):
    from tpm_desktop.core.live.round import LiveRound

    dashboard = start_round(criteria={1})
    server = dashboard.server
    assert server.running
    monkeypatch.setattr(LiveRound, "expired", lambda self, now=None: True)
    qtbot.waitUntil(lambda: not server.running, timeout=3000)
    assert not dashboard.close_button.isEnabled() and dashboard.take_button.isEnabled()
    assert dashboard.state_label.text() == "The round is closed."


def test_dashboard_shows_the_right_figures_after_many_votes_redrawing_only_changed_rows(
    window, start_round, qtbot
):
    import random

    from tpm_desktop.core.live.round import new_device_id, summarise
    from tpm_desktop.ui.assessment.live_model import summary_texts

    dashboard = start_round(criteria={1, 2})
    dashboard.timer.stop()  # the test says when the dashboard looks
    live, model = dashboard.live, dashboard.model
    spec = live.spec
    resets, changed_rows = [], []
    model.modelReset.connect(lambda: resets.append(1))
    model.dataChanged.connect(
        lambda first, last, roles=(): changed_rows.extend(range(first.row(), last.row() + 1))
    )
    rng = random.Random(13)
    phones = [new_device_id() for _ in range(40)]
    for phone in phones:
        live.join(phone)
    for n in range(800):  # ballots replaced and scales dropped on the way
        keys = rng.sample([s.key for s in spec.scales], rng.randint(1, len(spec.scales)))
        values = {k: rng.randint(-2, 2) if k == "experience" else rng.randint(1, 5) for k in keys}
        live.vote(rng.choice(phones), rng.choice(spec.touchpoints).id, values)
        if n % 97 == 0:
            dashboard.poll()  # many votes coalesced into one update
    dashboard.poll()
    assert not resets
    for row, (touchpoint, scale) in enumerate(
        (t, s) for t in spec.touchpoints for s in spec.scales
    ):
        values = [
            b.as_dict[scale.key]
            for b in live.ballots()
            if b.touchpoint_id == touchpoint.id and scale.key in b.as_dict
        ]
        shown_texts = tuple(model.index(row, column).data() for column in (3, 4, 5, 6))
        assert shown_texts == summary_texts(summarise(values)), (touchpoint.code, scale.key)
        assert model.index(row, 0).data() == touchpoint.code
    ballots = len(live.ballots())
    assert f"{ballots} ratings in" in dashboard.counters.text()
    assert "40 participants" in dashboard.counters.text()

    # One more vote: only the rows of that touchpoint are redrawn, once each.
    changed_rows.clear()
    touchpoint = spec.touchpoints[2]
    phone = new_device_id()
    live.join(phone)
    live.vote(phone, touchpoint.id, {"c1": 5})
    dashboard.poll()
    first_row = 2 * len(spec.scales)
    assert changed_rows == [first_row]  # the c1 row; c2 and the experience are unchanged
    dashboard.poll()
    assert changed_rows == [first_row]  # nothing new: no redraw

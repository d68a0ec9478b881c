"""The workshop server on loopback, driven with a real HTTP client (http.client)."""

from __future__ import annotations

import http.client
import json
import socket

import pytest

from tests.support.builders import small_state
from tpm_desktop.core.live.journal import journal_folder, read_journal, start_round
from tpm_desktop.core.live.results import round_spec
from tpm_desktop.core.live.server import COOKIE, RateLimiter, language_of
from tpm_desktop.core.live.serving import RoundServer


class Phone:
    """One participant's browser: keeps the device cookie between requests."""

    def __init__(self, server: RoundServer, language: str = "en") -> None:
        self.server = server
        self.cookie = ""
        self.language = language

    def request(self, method, path, body=None, headers=None, raw=None, token=None):
        connection = http.client.HTTPConnection(self.server.host, self.server.port, timeout=10)
        token = self.server.live.spec.token if token is None else token
        sent = {"Accept-Language": self.language, **(headers or {})}
        if self.cookie:
            sent["Cookie"] = self.cookie
        data = raw if raw is not None else (None if body is None else json.dumps(body).encode())
        if data is not None and "Content-Type" not in sent:
            sent["Content-Type"] = "application/json"
        connection.request(method, f"/{token}/{path}" if token else path, body=data, headers=sent)
        response = connection.getresponse()
        payload = response.read()
        cookie = response.getheader("Set-Cookie")
        if cookie:
            self.cookie = cookie.split(";")[0]
        connection.close()
        return response, payload

    def open(self):
        response, payload = self.request("GET", "")
        return response, payload.decode()

    def vote(self, touchpoint, values):
        return self.request("POST", "api/vote", {"touchpoint": touchpoint, "values": values})

    def json(self, path):
        response, payload = self.request("GET", path)
        return response.status, json.loads(payload)


@pytest.fixture
def state():
    return small_state()


@pytest.fixture
def running(state, tmp_path):
    spec = round_spec(
        state, state.touchpoints, [1, 2], True, name="Kick-off <b>", experience_label="Experience"
    )
    live, journal = start_round(journal_folder(tmp_path), spec)
    server = RoundServer(live, "127.0.0.1", 0, rate=1000, burst=1000)
    server.start()
    yield server
    server.stop()
    journal.close()


def test_page_script_and_style_are_served_from_memory_with_a_device_cookie(running):
    phone = Phone(running, "de-DE,de;q=0.9,en;q=0.5")
    response, page = phone.open()
    assert response.status == 200
    assert '<html lang="de">' in page and "Touchpoints bewerten" in page
    assert "Kick-off &lt;b&gt;" in page  # the round's name is escaped
    assert "HttpOnly" in response.getheader("Set-Cookie")
    assert "SameSite=Strict" in response.getheader("Set-Cookie")
    assert phone.cookie.startswith(COOKIE + "=")
    assert "default-src 'none'" in response.getheader("Content-Security-Policy")
    assert response.getheader("Referrer-Policy") == "no-referrer"
    assert response.getheader("Server") == "tpm-desktop"
    script, body = phone.request("GET", "app.js")
    assert script.status == 200 and b"api/vote" in body
    assert script.getheader("Content-Type").startswith("text/javascript")
    style, _ = phone.request("GET", "style.css")
    assert style.status == 200
    assert running.live.device_count == 1
    phone.open()  # the same phone again: still one device
    assert running.live.device_count == 1


def test_round_api_gives_touchpoints_scales_and_texts_by_language(running, state):
    phone = Phone(running)
    phone.open()
    status, data = phone.json("api/round")
    assert status == 200
    assert [t["id"] for t in data["touchpoints"]] == [t.id for t in running.live.spec.touchpoints]
    assert data["touchpoints"][0]["code"].startswith("T")
    assert [s["key"] for s in data["scales"]] == ["c1", "c2", "experience"]
    assert data["texts"]["progress"] == "{n} of {total}"
    assert data["ballots"] == {}


def test_votes_count_once_per_device_and_can_be_changed(running):
    tp = running.live.spec.touchpoints[0].id
    ana, ben = Phone(running), Phone(running)
    ana.open()
    ben.open()
    response, body = ana.vote(tp, {"c1": 4})
    assert response.status == 200 and json.loads(body) == {"ok": True, "changed": True}
    response, body = ana.vote(tp, {"c1": 4})  # replayed
    assert response.status == 200 and json.loads(body)["changed"] is False
    ana.vote(tp, {"c1": 2})
    ben.vote(tp, {"c1": 5, "experience": 1})
    summary = running.live.summaries()[(tp, "c1")]
    assert (summary.count, summary.mean) == (2, 3.5)
    assert ana.json("api/round")[1]["ballots"] == {str(tp): {"c1": 2}}


def test_bad_input_gets_a_4xx_and_changes_nothing(running):
    tp = running.live.spec.touchpoints[0].id
    phone = Phone(running)
    phone.open()
    phone.vote(tp, {"c1": 3})
    before = (running.live.revision, running.live.ballots())
    cases = [
        (phone.vote(tp, {"c1": 6}), 400, "off_scale"),
        (phone.vote(tp, {"experience": 3}), 400, "off_scale"),
        (phone.vote(tp, {"c1": "3"}), 400, "off_scale"),
        (phone.vote(tp, {"c7": 3}), 400, "unknown_scale"),
        (phone.vote(99999, {"c1": 3}), 400, "unknown_touchpoint"),
        (phone.vote(tp, {}), 400, "no_values"),
        (phone.request("POST", "api/vote", raw=b"{not json"), 400, "malformed"),
        (phone.request("POST", "api/vote", raw=b"[1, 2]"), 400, "malformed"),
        (phone.request("POST", "api/vote", raw=b"\xff\xfe"), 400, "malformed"),
        (
            phone.request(
                "POST",
                "api/vote",
                raw=b"touchpoint=1",
                headers={"Content-Type": "application/x-www-form-urlencoded"},
            ),
            415,
            "not_json",
        ),
        (phone.request("GET", "api/vote"), 405, "method"),
        (phone.request("POST", "api/vote", raw=b"x" * 3000), 413, None),
    ]
    for (response, body), status, code in cases:
        assert response.status == status, (status, code, body)
        if code:
            assert json.loads(body)["error"] == code
    stranger = Phone(running)  # never opened the page: no cookie
    response, body = stranger.vote(tp, {"c1": 1})
    assert response.status == 403
    stranger.cookie = f"{COOKIE}=AAAAAAAAAAAAAAAAAAAAAAAA"  # a made-up device id
    assert stranger.vote(tp, {"c1": 1})[0].status == 403
    assert (running.live.revision, running.live.ballots()) == before


def test_without_the_token_there_is_nothing(running):
    phone = Phone(running)
    for path in ("/", "/app.js", "/api/round", "/favicon.ico", "/../resources/workshop/page.html"):
        response, _ = phone.request("GET", path, token="")
        assert response.status == 404, path
    response, _ = phone.request("GET", "", token="wrong-token-value")
    assert response.status == 404
    response, _ = phone.request("GET", "../../pyproject.toml")
    assert response.status == 404
    response, _ = phone.request("GET", "texts.json")
    assert response.status == 404
    assert running.live.device_count == 0


def test_a_foreign_host_header_is_refused(running):
    response, _ = Phone(running).request("GET", "", headers={"Host": "evil.example:80"})
    assert response.status == 400
    assert running.live.device_count == 0


def test_rate_limit_per_client(state, tmp_path):
    spec = round_spec(state, state.touchpoints, [1], False, name="r", experience_label="")
    live, journal = start_round(journal_folder(tmp_path), spec)
    server = RoundServer(live, "127.0.0.1", 0, rate=0.001, burst=5)
    server.start()
    try:
        phone = Phone(server)
        statuses = [phone.request("GET", "style.css")[0].status for _ in range(8)]
        assert statuses[:5] == [200] * 5 and statuses[5:] == [429] * 3
    finally:
        server.stop()
        journal.close()
    limiter = RateLimiter(rate=1, burst=2)
    assert [limiter.allow("a", now=0) for _ in range(3)] == [True, True, False]
    assert limiter.allow("b", now=0) and limiter.allow("a", now=1.0)


def test_closing_refuses_votes_and_the_server_stops(running, tmp_path):
    tp = running.live.spec.touchpoints[0].id
    phone = Phone(running)
    phone.open()
    phone.vote(tp, {"c1": 3})
    running.live.close()
    response, body = phone.vote(tp, {"c1": 1})
    assert response.status == 410 and json.loads(body)["error"] == "closed"
    response, page = phone.open()
    assert response.status == 410 and "closed" in page
    port = running.port
    running.stop()
    assert not running.running
    with pytest.raises(OSError), socket.create_connection(("127.0.0.1", port), timeout=2):
        pass
    journal = next(journal_folder(tmp_path).glob("*.jsonl"))
    recovered = read_journal(journal).round
    assert recovered.closed and recovered.ballots_of(phone.cookie.split("=", 1)[1]) == {
        tp: {"c1": 3}
    }


def test_named_round_asks_for_a_name(state, tmp_path):
    spec = round_spec(
        state, state.touchpoints, [1], False, name="r", experience_label="", named=True
    )
    live, journal = start_round(journal_folder(tmp_path), spec)
    server = RoundServer(live, "127.0.0.1", 0, rate=1000, burst=1000)
    server.start()
    try:
        phone = Phone(server)
        phone.open()
        tp = spec.touchpoints[0].id
        assert phone.vote(tp, {"c1": 2})[0].status == 400
        response, _ = phone.request("POST", "api/name", {"name": "  "})
        assert response.status == 400
        response, body = phone.request("POST", "api/name", {"name": "Ana"})
        assert response.status == 200 and json.loads(body)["name"] == "Ana"
        assert phone.vote(tp, {"c1": 2})[0].status == 200
        assert live.participants() == {phone.cookie.split("=", 1)[1]: "Ana"}
    finally:
        server.stop()
        journal.close()


def test_accept_language():
    assert language_of("") == "en"
    assert language_of("de-DE,de;q=0.9") == "de"
    assert language_of("fr-FR,en;q=0.3,de;q=0.8") == "de"
    assert language_of("fr") == "en"
    assert language_of("de;q=abc,en") == "en"


def test_a_journal_that_cannot_be_written_acknowledges_nothing(state, tmp_path):
    from tpm_desktop.core.live.round import LiveRound

    spec = round_spec(state, state.touchpoints, [1], False, name="r", experience_label="")
    failing = {"on": False}

    def journal(kind, data):
        if failing["on"]:
            raise OSError(28, "No space left on device")

    live = LiveRound(spec, journal)
    server = RoundServer(live, "127.0.0.1", 0, rate=1000, burst=1000)
    server.start()
    try:
        phone = Phone(server)
        phone.open()
        tp = spec.touchpoints[0].id
        failing["on"] = True
        response, body = phone.vote(tp, {"c1": 3})
        assert response.status == 503 and json.loads(body)["error"] == "not_saved"
        assert live.ballot_count == 0
        failing["on"] = False
        assert phone.vote(tp, {"c1": 3})[0].status == 200
    finally:
        server.stop()


def test_bad_input_on_the_name_and_round_endpoints(state, tmp_path):
    spec = round_spec(
        state, state.touchpoints, [1], False, name="r", experience_label="", named=True
    )
    live, journal = start_round(journal_folder(tmp_path), spec)
    server = RoundServer(live, "127.0.0.1", 0, rate=1000, burst=1000)
    server.start()
    try:
        stranger = Phone(server)
        assert stranger.request("GET", "api/round")[0].status == 403
        assert stranger.request("POST", "api/name", {"name": "Eve"})[0].status == 403
        phone = Phone(server)
        phone.open()
        before = live.revision
        cases = [
            (phone.request("POST", "api/name", {"name": 5}), 400),
            (phone.request("POST", "api/name", {}), 400),
            (phone.request("POST", "api/name", {"name": "x" * 2500}), 413),
            (phone.request("POST", "api/name", {"name": "x" * 301}), 400),
            (phone.request("POST", "api/name", raw=b'"Ana"'), 400),
            (phone.request("POST", "api/name", raw=b""), 400),
            (phone.request("GET", "api/name"), 405),
            (phone.request("POST", "api/round", {}), 405),
            (phone.request("PUT", "api/vote", {}), 405),
        ]
        for (response, _), status in cases:
            assert response.status == status
        assert live.revision == before and live.device_count == 1
        assert live.name_of(phone.cookie.split("=", 1)[1]) == ""
    finally:
        server.stop()
        journal.close()

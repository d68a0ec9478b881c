"""The live round's web application (WSGI): the participant page and its small JSON API.

Every address starts with the round's random token: without it there is nothing
(404), so only people in the room who scanned the code reach the page. The page,
script, style sheet and texts are read from `resources/workshop/` once, when the
application is made; no file on disk is ever served by path. Each request is
size-limited and rate-limited per client address, every input is checked by the
round (a refusal is a 4xx and changes nothing), and a device is known by a random
cookie this application issued.
"""

from __future__ import annotations

import hmac
import html
import json
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from http.cookies import CookieError, SimpleCookie
from pathlib import Path
from typing import Any

from tpm_desktop.core.live.round import BallotError, LiveRound, new_device_id, valid_device_id
from tpm_desktop.core.paths import resources_dir

MAX_BODY = 2048  # a ballot is a few dozen bytes; a name at most a few hundred
COOKIE = "tpm_device"
LANGUAGES = ("en", "de")
Environ = dict[str, Any]
STATUS_LINES = {
    400: "400 Bad Request",
    403: "403 Forbidden",
    410: "410 Gone",
    413: "413 Payload Too Large",
    415: "415 Unsupported Media Type",
    429: "429 Too Many Requests",
}
StartResponse = Callable[..., Any]

# The page may load only what this application serves; the token must not leak
# to other sites through the Referer; nothing is cached on the phone.
SECURITY_HEADERS = [
    (
        "Content-Security-Policy",
        "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
        "img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    ),
    ("X-Content-Type-Options", "nosniff"),
    ("Referrer-Policy", "no-referrer"),
    ("X-Frame-Options", "DENY"),
    ("Cache-Control", "no-store"),
]


@dataclass(frozen=True, slots=True)
class PageFiles:
    """The participant page's files, read into memory once."""

    page: str
    script: bytes
    style: bytes
    texts: dict[str, dict[str, str]]

    @classmethod
    def load(cls, folder: Path | None = None) -> PageFiles:
        """Read the page, script, style sheet and texts from `resources/workshop/`."""
        folder = folder or resources_dir() / "workshop"
        texts = json.loads((folder / "texts.json").read_text(encoding="utf-8"))
        return cls(
            page=(folder / "page.html").read_text(encoding="utf-8"),
            script=(folder / "app.js").read_bytes(),
            style=(folder / "style.css").read_bytes(),
            texts={lang: dict(texts[lang]) for lang in LANGUAGES},
        )


class RateLimiter:
    """A token bucket per client address: `rate` requests a second, bursts up to `burst`."""

    def __init__(self, rate: float, burst: int, max_clients: int = 2000) -> None:
        self.rate = rate
        self.burst = burst
        self.max_clients = max_clients
        self._buckets: dict[str, tuple[float, float]] = {}
        self._lock = threading.Lock()

    def allow(self, client: str, now: float | None = None) -> bool:
        """True when the client may make one more request now."""
        now = time.monotonic() if now is None else now
        with self._lock:
            if client not in self._buckets and len(self._buckets) >= self.max_clients:
                self._buckets.clear()  # a flood of addresses: start over rather than grow
            tokens, last = self._buckets.get(client, (float(self.burst), now))
            tokens = min(float(self.burst), tokens + (now - last) * self.rate)
            if tokens < 1.0:
                self._buckets[client] = (tokens, now)
                return False
            self._buckets[client] = (tokens - 1.0, now)
            return True


def language_of(header: str) -> str:
    """ "de" or "en" from an Accept-Language header (by quality; English by default)."""
    best, best_q = "en", -1.0
    for part in header.split(",")[:20]:
        pieces = part.strip().split(";")
        tag = pieces[0].strip().lower()[:2]
        q = 1.0
        for piece in pieces[1:]:
            name, _, value = piece.strip().partition("=")
            if name == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        if tag in LANGUAGES and q > best_q:
            best, best_q = tag, q
    return best


class WorkshopApp:
    """The WSGI application of one round."""

    def __init__(
        self,
        live: LiveRound,
        files: PageFiles | None = None,
        *,
        rate: float = 10.0,
        burst: int = 60,
        expected_host: str | None = None,
    ) -> None:
        self.live = live
        self.files = files or PageFiles.load()
        self.limiter = RateLimiter(rate, burst)
        # Set by the server once it knows its port: a Host header naming anything else
        # is refused, which stops DNS rebinding from reaching the page via another name.
        self.expected_host = expected_host
        self.requests = 0
        self.refused = 0

    # -- WSGI ------------------------------------------------------------------------

    def __call__(self, environ: Environ, start_response: StartResponse) -> Iterable[bytes]:
        """Answer one request."""
        self.requests += 1
        status, headers, body = self.respond(environ)
        if not status.startswith("2"):
            self.refused += 1
        headers = [*headers, *SECURITY_HEADERS, ("Content-Length", str(len(body)))]
        start_response(status, headers)
        return [body]

    def respond(self, environ: Environ) -> tuple[str, list[tuple[str, str]], bytes]:
        """Status, headers and body for a request (the routing and every check)."""
        client = str(environ.get("REMOTE_ADDR", ""))
        if not self.limiter.allow(client):
            return _json("429 Too Many Requests", {"error": "rate_limited"}, [("Retry-After", "1")])
        host = str(environ.get("HTTP_HOST", ""))
        if self.expected_host is not None and host != self.expected_host:
            return _json("400 Bad Request", {"error": "bad_host"})
        path = str(environ.get("PATH_INFO", ""))
        parts = path.split("/")
        # "/<token>/<rest>": the token is compared in constant time.
        if (
            len(parts) < 3
            or parts[0] != ""
            or not hmac.compare_digest(
                parts[1].encode("utf-8", "surrogateescape"), self.live.spec.token.encode()
            )
        ):
            return _text("404 Not Found", "Not found")
        rest = "/".join(parts[2:])
        method = str(environ.get("REQUEST_METHOD", "GET"))
        routes: dict[str, tuple[str, Callable[[Environ], Any]]] = {
            "": ("GET", self._page),
            "app.js": ("GET", self._script),
            "style.css": ("GET", self._style),
            "api/round": ("GET", self._round),
            "api/name": ("POST", self._name),
            "api/vote": ("POST", self._vote),
        }
        route = routes.get(rest)
        if route is None:
            return _text("404 Not Found", "Not found")
        if method != route[0] and not (method == "HEAD" and route[0] == "GET"):
            return _json("405 Method Not Allowed", {"error": "method"}, [("Allow", route[0])])
        try:
            return route[1](environ)
        except BallotError as error:
            return _json(STATUS_LINES[error.status], {"error": error.code})
        except OSError:
            # The journal could not be written (a full disk, say): nothing was stored,
            # so nothing is acknowledged; the phone says "not saved" and may try again.
            return _json("503 Service Unavailable", {"error": "not_saved"})

    # -- pages -----------------------------------------------------------------------

    def _page(self, environ: Environ) -> tuple[str, list[tuple[str, str]], bytes]:
        language = language_of(str(environ.get("HTTP_ACCEPT_LANGUAGE", "")))
        texts = self.files.texts[language]
        headers = [("Content-Type", "text/html; charset=utf-8")]
        device = self._device(environ)
        if self.live.closed:
            status, message = "410 Gone", texts["closed"]
        else:
            status, message = "200 OK", texts["noscript"]
            if device is None or not self.live.has_device(device):
                device = new_device_id()
                self.live.join(device)
                base = "/" + self.live.spec.token + "/"
                headers.append(
                    (
                        "Set-Cookie",
                        f"{COOKIE}={device}; Path={base}; HttpOnly; SameSite=Strict; Max-Age=86400",
                    )
                )
        page = (
            self.files.page.replace("{{lang}}", language)
            .replace("{{title}}", html.escape(texts["title"]))
            .replace("{{round}}", html.escape(self.live.spec.name))
            .replace("{{message}}", html.escape(message))
        )
        return status, headers, page.encode("utf-8")

    def _script(self, environ: Environ) -> tuple[str, list[tuple[str, str]], bytes]:
        return "200 OK", [("Content-Type", "text/javascript; charset=utf-8")], self.files.script

    def _style(self, environ: Environ) -> tuple[str, list[tuple[str, str]], bytes]:
        return "200 OK", [("Content-Type", "text/css; charset=utf-8")], self.files.style

    # -- the API ---------------------------------------------------------------------

    def _round(self, environ: Environ) -> tuple[str, list[tuple[str, str]], bytes]:
        device = self._known_device(environ)
        language = language_of(str(environ.get("HTTP_ACCEPT_LANGUAGE", "")))
        spec = self.live.spec
        deadline = spec.deadline
        return _json(
            "200 OK",
            {
                "round": spec.name,
                "named": spec.named,
                "name": self.live.name_of(device),
                "closed": self.live.closed,
                "seconds_left": None if deadline is None else max(0, int(deadline - time.time())),
                "texts": self.files.texts[language],
                "touchpoints": [
                    {
                        "id": t.id,
                        "code": t.code,
                        "name": t.name,
                        "description": t.description,
                        "phase": t.phase,
                    }
                    for t in spec.touchpoints
                ],
                "scales": [
                    {
                        "key": s.key,
                        "label": s.label,
                        "description": s.description,
                        "low": s.low,
                        "high": s.high,
                        "experience": s.criterion_id is None,
                    }
                    for s in spec.scales
                ],
                "ballots": {str(k): v for k, v in self.live.ballots_of(device).items()},
            },
        )

    def _name(self, environ: Environ) -> tuple[str, list[tuple[str, str]], bytes]:
        device = self._known_device(environ)
        body = _read_json(environ)
        name = body.get("name")
        if not isinstance(name, str) or not name.strip():
            raise BallotError("name_missing")
        self.live.join(device, name)
        return _json("200 OK", {"ok": True, "name": self.live.name_of(device)})

    def _vote(self, environ: Environ) -> tuple[str, list[tuple[str, str]], bytes]:
        device = self._known_device(environ)
        body = _read_json(environ)
        changed = self.live.vote(device, body.get("touchpoint"), body.get("values"))
        return _json("200 OK", {"ok": True, "changed": changed})

    # -- the device cookie -----------------------------------------------------------

    def _device(self, environ: Environ) -> str | None:
        raw = str(environ.get("HTTP_COOKIE", ""))
        if not raw or len(raw) > 4096:
            return None
        cookie = SimpleCookie()
        try:
            cookie.load(raw)
        except CookieError:
            return None
        morsel = cookie.get(COOKIE)
        if morsel is None or not valid_device_id(morsel.value):
            return None
        return morsel.value

    def _known_device(self, environ: Environ) -> str:
        device = self._device(environ)
        if device is None or not self.live.has_device(device):
            raise BallotError("unknown_device", 403)
        return device


def _read_json(environ: Environ) -> dict[str, Any]:
    """The request's JSON object body, or BallotError (415, 413, 400)."""
    content_type = str(environ.get("CONTENT_TYPE", "")).split(";")[0].strip().lower()
    if content_type != "application/json":
        # Also a guard against forms posted from other sites: they cannot send JSON.
        raise BallotError("not_json", 415)
    try:
        length = int(environ.get("CONTENT_LENGTH") or 0)
    except ValueError as error:
        raise BallotError("bad_length") from error
    if length <= 0:
        raise BallotError("empty_body")
    if length > MAX_BODY:
        raise BallotError("too_large", 413)
    data = environ["wsgi.input"].read(length)
    try:
        body = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as error:
        raise BallotError("malformed") from error
    if not isinstance(body, dict):
        raise BallotError("malformed")
    return body


def _json(
    status: str, data: Any, extra: list[tuple[str, str]] | None = None
) -> tuple[str, list[tuple[str, str]], bytes]:
    body = json.dumps(data, ensure_ascii=False).encode("utf-8")
    return status, [("Content-Type", "application/json; charset=utf-8"), *(extra or [])], body


def _text(status: str, text: str) -> tuple[str, list[tuple[str, str]], bytes]:
    return status, [("Content-Type", "text/plain; charset=utf-8")], text.encode("utf-8")

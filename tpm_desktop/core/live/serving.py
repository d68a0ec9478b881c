"""Runs a round's web application with waitress in a background thread.

waitress is a maintained, pure-Python WSGI server (the Pylons project's): it parses
HTTP, enforces header and body size limits and caps connections, so no HTTP
parsing is written here. The server listens only on the address the facilitator
chose (loopback in tests) and on a free port when asked for port 0.
"""

from __future__ import annotations

import logging
import threading

from waitress.server import create_server

from tpm_desktop.core.live.round import LiveRound
from tpm_desktop.core.live.server import MAX_BODY, PageFiles, WorkshopApp

LOG = logging.getLogger(__name__)
# waitress warns of every queued request ("Task queue depth is 3"): a room of phones
# tapping at once queues a few by design, and the warnings would flood the log.
logging.getLogger("waitress.queue").setLevel(logging.ERROR)


class RoundServer:
    """The web server of one round; `start` to listen, `stop` to end it (idempotent)."""

    def __init__(
        self,
        live: LiveRound,
        host: str = "127.0.0.1",
        port: int = 0,
        *,
        rate: float = 10.0,
        burst: int = 60,
        threads: int = 4,
        files: PageFiles | None = None,
    ) -> None:
        self.live = live
        self.app = WorkshopApp(live, files, rate=rate, burst=burst)
        self._server = create_server(
            self.app,
            host=host,
            port=port,
            threads=threads,
            ident="tpm-desktop",
            max_request_body_size=MAX_BODY,
            max_request_header_size=16384,
            connection_limit=200,
            channel_timeout=30,
            asyncore_loop_timeout=0.2,
            expose_tracebacks=False,
            clear_untrusted_proxy_headers=True,
        )
        self.host = str(self._server.effective_host)
        self.port = int(self._server.effective_port)
        shown = f"[{self.host}]" if ":" in self.host else self.host
        self.app.expected_host = f"{shown}:{self.port}"
        self._thread: threading.Thread | None = None
        self._stopped = False

    @property
    def url(self) -> str:
        """The address the participants open (with the round's token)."""
        return f"http://{self.app.expected_host}/{self.live.spec.token}/"

    @property
    def running(self) -> bool:
        """True while the server thread serves."""
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> None:
        """Serve in a daemon thread (a daemon, so a closing app never waits on it)."""
        if self._thread is not None or self._stopped:
            return
        self._thread = threading.Thread(target=self._run, name="tpm-workshop", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            self._server.run()
        except Exception:  # pragma: no cover - logged, the dashboard sees `running` fall
            LOG.exception("the workshop server stopped")

    def stop(self, timeout: float = 5.0) -> None:
        """Stop listening, drop the connections and end the thread."""
        if self._stopped:
            return
        self._stopped = True
        server = self._server
        if self._thread is None:
            server.close()
            return
        # Closing the sockets from the loop's own thread: the loop ends when its map
        # is empty, and no socket is closed under a running poll.
        server.trigger.pull_trigger(lambda: server.close())
        self._thread.join(timeout)
        if self._thread.is_alive():  # pragma: no cover - a wedged loop: force it
            server.close()
            self._thread.join(timeout)

"""Getting the metrics out: a textfile-collector file written atomically, and /metrics.

Both run off the GUI thread: the file is written on a worker thread (`FileWriter.write` is
what that thread calls), the HTTP server is prometheus_client's own daemon thread.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from wsgiref.simple_server import WSGIServer

from prometheus_client import CollectorRegistry, start_http_server, write_to_textfile

log = logging.getLogger("kiosk.monitoring")


class FileWriter:
    """Writes the registry to a file: a temporary file beside it, then a rename (atomic), so
    the textfile collector never reads half a file. Failures are logged once until a write
    succeeds again."""

    def __init__(self, path: Path, registry: CollectorRegistry) -> None:
        self.path = path
        self._registry = registry
        self._lock = threading.Lock()
        self._failing = False
        self.writes = 0

    def write(self) -> bool:
        """Write now (any thread); False when it failed."""
        with self._lock:
            try:
                write_to_textfile(str(self.path), self._registry)
            except OSError as exc:
                if not self._failing:
                    log.warning("cannot write the metrics file %s: %s", self.path, exc)
                self._failing = True
                return False
            if self._failing:
                log.info("the metrics file %s is written again", self.path)
            self._failing = False
            self.writes += 1
            return True


class MetricsServer:
    """``/metrics`` over HTTP on its own daemon thread; `close` stops it."""

    def __init__(self, registry: CollectorRegistry, port: int, bind: str = "127.0.0.1") -> None:
        self._server: WSGIServer | None = None
        self._thread: threading.Thread | None = None
        self.port = port
        self.bind = bind
        try:
            self._server, self._thread = start_http_server(port, bind, registry)
        except OSError as exc:
            log.error("cannot serve metrics on %s:%s: %s", bind, port, exc)
            return
        self.port = self._server.server_port
        log.info("metrics served on http://%s:%s/metrics", bind, self.port)

    @property
    def running(self) -> bool:
        return self._server is not None

    def close(self) -> None:
        server, self._server = self._server, None
        if server is not None:
            server.shutdown()
            server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

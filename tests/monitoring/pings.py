"""A push monitor on loopback (what Healthchecks or Uptime Kuma are to a kiosk): it records
every GET it receives."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class PingMonitor:
    def __init__(self, server: ThreadingHTTPServer) -> None:
        self._server = server
        self._lock = threading.Lock()
        self._paths: list[str] = []
        self.status = 200

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    def record(self, path: str) -> None:
        with self._lock:
            self._paths.append(path)

    def count(self, path: str) -> int:
        with self._lock:
            return self._paths.count(path)

    @property
    def paths(self) -> list[str]:
        with self._lock:
            return list(self._paths)


@contextmanager
def ping_monitor() -> Iterator[PingMonitor]:
    monitor: PingMonitor

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            monitor.record(self.path)
            self.send_response(monitor.status)
            self.send_header("Content-Length", "2")
            self.end_headers()
            self.wfile.write(b"OK")

        def log_message(self, format: str, *args: object) -> None:
            return

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    monitor = PingMonitor(server)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield monitor
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)

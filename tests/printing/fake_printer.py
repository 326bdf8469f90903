"""A pretend network thermal printer on loopback: records what it gets, answers status queries."""

from __future__ import annotations

import socket
import threading
from types import TracebackType
from typing import Self

ONLINE = b"\x16"  # DLE EOT 1: fixed bits only
OFFLINE = b"\x1e"  # bit 3: offline
PAPER_OK = b"\x12"  # DLE EOT 4: fixed bits only
PAPER_OUT = b"\x72"  # bits 5 and 6: paper end sensor


class FakePrinter:
    """Accepts connections on 127.0.0.1; ``None`` answers mean the printer stays silent."""

    def __init__(self, online: bytes | None = ONLINE, paper: bytes | None = PAPER_OK) -> None:
        self.online = online
        self.paper = paper
        self.received: list[bytes] = []
        self._server = socket.create_server(("127.0.0.1", 0))
        self._server.settimeout(0.1)
        self.port: int = self._server.getsockname()[1]
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, name="fake-printer", daemon=True)

    def __enter__(self) -> Self:
        self._thread.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
        self._server.close()

    @property
    def data(self) -> bytes:
        return b"".join(self.received)

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                connection, _ = self._server.accept()
            except TimeoutError:
                continue
            with connection:
                self._talk(connection)

    def _talk(self, connection: socket.socket) -> None:
        connection.settimeout(0.1)
        chunks: list[bytes] = []
        while not self._stop.is_set():
            try:
                chunk = connection.recv(65536)
            except TimeoutError:
                continue
            except OSError:
                break
            if not chunk:
                break
            chunks.append(chunk)
            if chunk.endswith(b"\x10\x04\x01") and self.online is not None:
                connection.sendall(self.online)
            elif chunk.endswith(b"\x10\x04\x04") and self.paper is not None:
                connection.sendall(self.paper)
        self.received.append(b"".join(chunks))

"""The Qminder sandbox in a process of its own, steered from the benchmark.

In the kiosk's own process the sandbox's aiohttp thread competes with the kiosk for the
interpreter lock, which would blur exactly what the benchmarks measure (the kiosk's event loop,
its overhead). Here it runs in a child process; the benchmark turns it down and up, sets faults,
and reads how long the sandbox itself took for each request (aiohttp's access log, ``%Tf``).
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import re
from collections.abc import Callable
from multiprocessing.connection import Connection
from types import TracebackType
from typing import Any, Self

ACCESS = re.compile(r'"(?P<method>\S+) (?P<path>\S+) [^"]*" (?P<status>\d+) \S+ (?P<took>[\d.]+)s')


class SandboxProcess:
    """``with SandboxProcess() as sandbox:`` a sandbox at ``sandbox.url`` in a child process."""

    def __init__(self, **faults: Any) -> None:
        context = multiprocessing.get_context("spawn")
        self._conn, child = context.Pipe()
        self._process = context.Process(
            target=_serve, args=(child, faults), name="bench-sandbox", daemon=True
        )
        self.url = ""

    def __enter__(self) -> Self:
        self._process.start()
        self.url = self._conn.recv()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        with contextlib.suppress(EOFError, OSError):
            self._call("stop")
        self._process.join(10)
        if self._process.is_alive():
            self._process.kill()
            self._process.join()

    def _call(self, command: str, *args: Any) -> Any:
        self._conn.send((command, args))
        return self._conn.recv()

    def set_down(self, down: bool) -> None:
        """Refuse connections (down) or answer again, on the same port."""
        self._call("set_down", down)

    def set_faults(self, **faults: Any) -> None:
        """Replace the faults (`kiosk.sandbox.Faults` keywords; none: well-behaved)."""
        self._call("set_faults", faults)

    def reset(self) -> None:
        """No tickets, no recorded requests, no faults, no handling times."""
        self._call("reset")

    def ticket_names(self) -> list[str]:
        """The first name on every stored ticket, in the order they were created."""
        names: list[str] = self._call("ticket_names")
        return names

    def request_times(self, method: str, path: str) -> list[float]:
        """When each matching API request arrived (epoch seconds), in order."""
        times: list[float] = self._call("request_times", method, path)
        return times

    def handling_times(self, method: str, path: str) -> list[float]:
        """Seconds the sandbox took to answer each matching request, in order."""
        times: list[float] = self._call("handling_times", method, path)
        return times


def _serve(conn: Connection, faults: dict[str, Any]) -> None:
    from kiosk.sandbox import Faults, SandboxServer

    handled: list[tuple[str, str, float]] = []

    class Collect(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            found = ACCESS.search(record.getMessage())
            if found:
                path = found["path"].split("?", 1)[0]
                handled.append((found["method"], path, float(found["took"])))

    access = logging.getLogger("aiohttp.access")
    access.setLevel(logging.INFO)
    access.propagate = False
    access.addHandler(Collect())

    server = SandboxServer(faults=Faults(**faults), access_log=True, appointments=False)
    conn.send(server.start())

    def matching(method: str, path: str) -> list[float]:
        return [took for m, p, took in handled if (m, p) == (method, path)]

    def reset() -> None:
        server.reset()
        handled.clear()

    commands: dict[str, Callable[..., Any]] = {
        "set_down": server.set_down,
        "set_faults": lambda changes: server.set_faults(Faults(**changes)),
        "reset": reset,
        "ticket_names": lambda: [t.body.get("firstName", "") for t in server.tickets],
        "request_times": lambda method, path: [
            r.received.timestamp() for r in server.requests if (r.method, r.path) == (method, path)
        ],
        "handling_times": matching,
    }
    try:
        while True:
            command, args = conn.recv()
            if command == "stop":
                break
            conn.send(commands[command](*args))
    finally:
        server.stop()
        conn.send(None)

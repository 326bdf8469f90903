"""`SandboxServer`: the sandbox on its own event loop in a daemon thread."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Coroutine
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any, Self, TypeVar, Unpack

from aiohttp import web

from kiosk.sandbox.app import build_app
from kiosk.sandbox.appointments import DEFAULT_MINUTES, STAFF_ID
from kiosk.sandbox.faults import FaultChanges, Faults, FaultState
from kiosk.sandbox.model import Location
from kiosk.sandbox.recorder import RecordedRequest
from kiosk.sandbox.seed import DEMO_API_KEY, DEMO_LOCATION
from kiosk.sandbox.state import SandboxState
from kiosk.sandbox.store import Slot, Ticket

T = TypeVar("T")

SHUTDOWN_TIMEOUT = 0.25  # seconds granted to in-flight requests on stop
ACCESS_LOG_FORMAT = '%a "%r" %s %b %Tfs'


class SandboxServer:
    """A Qminder-compatible HTTP server on loopback, for the demo mode and for tests.

    `port=0` picks a free port. The server keeps its port across `set_down(True)` and
    `set_down(False)`. Every public method may be called from any thread. With `appointments`
    (the default) today's appointments are booked at start and after every `reset()`
    (`kiosk.sandbox.appointments`); `appointments=False` starts with no tickets at all.
    """

    def __init__(
        self,
        port: int = 0,
        host: str = "127.0.0.1",
        api_key: str = DEMO_API_KEY,
        faults: Faults | None = None,
        *,
        location: Location = DEMO_LOCATION,
        access_log: bool = False,
        appointments: bool = True,
    ) -> None:
        self._host = host
        self._port = port
        self._access_log = access_log
        self._state = SandboxState(
            location, api_key, faults=FaultState(faults), appointments=appointments
        )
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._runner: web.AppRunner | None = None
        self._site: web.TCPSite | None = None
        self._lock = threading.Lock()

    # --- lifecycle -----------------------------------------------------------------------

    def start(self) -> str:
        """Start serving and return the root URL; blocks until the port is listening."""
        with self._lock:
            if self._thread is not None:
                raise RuntimeError("sandbox server already started")
            ready = threading.Event()
            failure: list[BaseException] = []
            loop = asyncio.new_event_loop()
            thread = threading.Thread(
                target=self._serve, args=(loop, ready, failure), name="kiosk-sandbox", daemon=True
            )
            self._loop, self._thread = loop, thread
            thread.start()
            ready.wait()
            if failure:
                thread.join()
                self._loop = self._thread = None
                raise failure[0]
            return self.url

    def stop(self) -> None:
        """Stop serving: close connections and sockets, end the loop, join the thread."""
        with self._lock:
            loop, thread = self._loop, self._thread
            if loop is None or thread is None:
                return
            asyncio.run_coroutine_threadsafe(self._shutdown(), loop).result()
            loop.call_soon_threadsafe(loop.stop)
            thread.join()
            self._loop = self._thread = None

    def __enter__(self) -> Self:
        self.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.stop()

    @property
    def url(self) -> str:
        """Root URL, e.g. `http://127.0.0.1:8765`."""
        if self._thread is None:
            raise RuntimeError("sandbox server not started")
        host = f"[{self._host}]" if ":" in self._host else self._host
        return f"http://{host}:{self._port}"

    @property
    def port(self) -> int:
        """The listening port (the chosen one once started with port 0)."""
        return self._port

    @property
    def api_key(self) -> str:
        """The API key requests must carry."""
        return self._state.api_key

    @property
    def location(self) -> Location:
        """The location served."""
        return self._state.location

    # --- faults and state ----------------------------------------------------------------

    def set_faults(self, faults: Faults | None = None, /, **changes: Unpack[FaultChanges]) -> None:
        """Replace the active faults: `set_faults(Faults(latency=2.0))` or `set_faults(fail_503=2)`.

        Keywords are applied on top of `faults` (or of no faults); `set_faults()` clears them.
        """
        self._state.faults.set(replace(faults or Faults(), **changes))

    @property
    def faults(self) -> Faults:
        """The faults still to play (counts go down as they are played)."""
        return self._state.faults.get()

    def set_down(self, down: bool) -> None:
        """Refuse connections (stop listening, drop open connections) or listen again."""
        loop = self._loop
        if loop is None:
            raise RuntimeError("sandbox server not started")
        self._call(loop, self._go_down() if down else self._go_up())

    @property
    def is_down(self) -> bool:
        """Whether the server is refusing connections."""
        return self._thread is not None and self._site is None

    @property
    def tickets(self) -> list[Ticket]:
        """Copies of the stored tickets, oldest first."""
        return self._state.store.all()

    @property
    def requests(self) -> list[RecordedRequest]:
        """Copies of the recorded API requests, oldest first."""
        return self._state.log.all()

    def set_ticket_status(self, ticket_id: str, status: str) -> Ticket:
        """Move a ticket to a status such as CALLED or SERVED; KeyError if it does not exist."""
        ticket = self._state.store.set_status(ticket_id, status)
        if ticket is None:
            raise KeyError(ticket_id)
        return ticket

    @property
    def appointments(self) -> dict[str, Ticket]:
        """The appointments booked at the last start or reset, by case key (empty if none)."""
        return {key: ticket.copy() for key, ticket in self._state.seeded.items()}

    def seed_appointments(self) -> dict[str, Ticket]:
        """Book today's appointments now, relative to the current time; by case key."""
        return {key: ticket.copy() for key, ticket in self._state.seed().items()}

    def book_appointment(self, line_id: str, first_name: str) -> Ticket:
        """Book one more SCHEDULED appointment on `line_id`, starting now (15 minutes)."""
        now = datetime.now(UTC)
        slot = Slot(start=now, end=now + timedelta(minutes=DEFAULT_MINUTES), assignee=STAFF_ID)
        body = {"firstName": first_name, "languageCode": "en"}
        return self._state.store.book(line_id, body, slot, booked=now).copy()

    def set_location(self, location: Location) -> None:
        """Serve `location` from the next request on (as if changed in Qminder); `reset`
        brings the starting one back."""
        self._state.location = location

    def reset(self) -> None:
        """Clear tickets, recorded requests and faults and serve the starting location again
        (the server keeps running); with appointments, book them again relative to now."""
        self._state.reset()

    # --- event-loop side -----------------------------------------------------------------

    def _serve(
        self, loop: asyncio.AbstractEventLoop, ready: threading.Event, failure: list[BaseException]
    ) -> None:
        asyncio.set_event_loop(loop)
        try:
            loop.run_until_complete(self._startup())
        except BaseException as exc:  # reported to start()
            failure.append(exc)
            ready.set()
            self._close_loop(loop)
            return
        ready.set()
        try:
            loop.run_forever()
        finally:
            self._close_loop(loop)

    @staticmethod
    def _close_loop(loop: asyncio.AbstractEventLoop) -> None:
        pending = asyncio.all_tasks(loop)
        for task in pending:
            task.cancel()
        if pending:
            loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
        loop.run_until_complete(loop.shutdown_asyncgens())
        loop.run_until_complete(loop.shutdown_default_executor())
        asyncio.set_event_loop(None)
        loop.close()

    async def _startup(self) -> None:
        app = build_app(self._state)
        kwargs: dict[str, Any] = {"access_log_format": ACCESS_LOG_FORMAT}
        if not self._access_log:
            kwargs = {"access_log": None}
        runner = web.AppRunner(app, shutdown_timeout=SHUTDOWN_TIMEOUT, **kwargs)
        await runner.setup()
        self._runner = runner
        try:
            await self._go_up()
        except BaseException:
            await runner.cleanup()
            self._runner = None
            raise

    async def _go_up(self) -> None:
        if self._site is not None or self._runner is None:
            return
        site = web.TCPSite(self._runner, self._host, self._port)
        await site.start()
        self._site = site
        if self._port == 0:
            self._port = int(self._runner.addresses[0][1])

    async def _go_down(self) -> None:
        site, self._site = self._site, None
        if site is None or self._runner is None:
            return
        await site.stop()
        server = self._runner.server
        for connection in server.connections if server is not None else []:
            connection.force_close()

    async def _shutdown(self) -> None:
        runner, self._runner, self._site = self._runner, None, None
        if runner is not None:
            await runner.cleanup()

    @staticmethod
    def _call(loop: asyncio.AbstractEventLoop, coro: Coroutine[Any, Any, T]) -> T:
        return asyncio.run_coroutine_threadsafe(coro, loop).result()

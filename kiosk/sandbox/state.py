"""The mutable state one sandbox server works on, and JSON response helpers."""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

from kiosk.sandbox.appointments import seed_appointments
from kiosk.sandbox.faults import FaultState
from kiosk.sandbox.model import Location
from kiosk.sandbox.recorder import RequestLog
from kiosk.sandbox.store import Ticket, TicketStore

_dumps = functools.partial(json.dumps, ensure_ascii=False)


@dataclass
class SandboxState:
    """Location served, API key expected, tickets, faults and the request log.

    With `appointments`, today's appointments are booked at once and again after each reset.
    `location` may be replaced while serving (a change made in Qminder's dashboard);
    `reset` serves the starting location again.
    """

    location: Location
    api_key: str
    store: TicketStore = field(default_factory=TicketStore)
    faults: FaultState = field(default_factory=FaultState)
    log: RequestLog = field(default_factory=RequestLog)
    appointments: bool = False
    seeded: dict[str, Ticket] = field(default_factory=dict)
    starting_location: Location | None = None

    def __post_init__(self) -> None:
        if self.starting_location is None:
            self.starting_location = self.location
        if self.appointments:
            self.seed()

    def seed(self) -> dict[str, Ticket]:
        """Book today's appointments relative to now (`kiosk.sandbox.appointments`)."""
        self.seeded = seed_appointments(self.store, self.location)
        return self.seeded

    def reset(self) -> None:
        """Clear tickets, recorded requests and faults; serve the starting location again and
        book the appointments again."""
        self.store.clear()
        self.log.clear()
        self.faults.clear()
        if self.starting_location is not None:
            self.location = self.starting_location
        self.seeded = {}
        if self.appointments:
            self.seed()


STATE = web.AppKey("sandbox_state", SandboxState)


def json_response(
    data: Any, status: int = 200, headers: dict[str, str] | None = None
) -> web.Response:
    """A JSON response, UTF-8, non-ASCII text kept readable."""
    return web.json_response(data, status=status, headers=headers, dumps=_dumps)


def error(status: int, message: str) -> web.Response:
    """A legacy-style error `{statusCode, message}`."""
    return json_response({"statusCode": status, "message": message}, status=status)

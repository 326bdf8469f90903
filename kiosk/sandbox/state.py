"""The mutable state one sandbox server works on, and JSON response helpers."""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

from kiosk.sandbox.faults import FaultState
from kiosk.sandbox.model import Location
from kiosk.sandbox.recorder import RequestLog
from kiosk.sandbox.store import TicketStore

_dumps = functools.partial(json.dumps, ensure_ascii=False)


@dataclass
class SandboxState:
    """Location served, API key expected, tickets, faults and the request log.

    `location` may be replaced while serving (a change made in Qminder's dashboard);
    `reset` serves the starting location again.
    """

    location: Location
    api_key: str
    store: TicketStore = field(default_factory=TicketStore)
    faults: FaultState = field(default_factory=FaultState)
    log: RequestLog = field(default_factory=RequestLog)
    seed: Location | None = None

    def __post_init__(self) -> None:
        if self.seed is None:
            self.seed = self.location

    def reset(self) -> None:
        """Clear tickets, recorded requests and faults; serve the starting location again."""
        self.store.clear()
        self.log.clear()
        self.faults.clear()
        if self.seed is not None:
            self.location = self.seed


STATE = web.AppKey("sandbox_state", SandboxState)


def json_response(
    data: Any, status: int = 200, headers: dict[str, str] | None = None
) -> web.Response:
    """A JSON response, UTF-8, non-ASCII text kept readable."""
    return web.json_response(data, status=status, headers=headers, dumps=_dumps)


def error(status: int, message: str) -> web.Response:
    """A legacy-style error `{statusCode, message}`."""
    return json_response({"statusCode": status, "message": message}, status=status)
